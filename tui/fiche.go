package tui

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"aidants/content"
	"aidants/guide"
	"aidants/rules"
)

// renderKey names one Glamour rendering: a fiche at a width in a style.
type renderKey struct {
	id    string
	width int
	style Style
}

// renderCache keeps Glamour renderings: a fiche is rendered once per width and style, off
// the update loop; a keystroke never renders Markdown.
type renderCache struct {
	mu   sync.Mutex
	outs map[renderKey]renderResult
}

type renderResult struct {
	out string
	err error
}

func newRenderCache() *renderCache { return &renderCache{outs: map[renderKey]renderResult{}} }

func (c *renderCache) get(k renderKey) (renderResult, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.outs[k]
	return r, ok
}

func (c *renderCache) put(k renderKey, out string, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.outs) > 200 {
		c.outs = map[renderKey]renderResult{}
	}
	c.outs[k] = renderResult{out, err}
}

// ficheRenderedMsg brings a rendering back to the update loop.
type ficheRenderedMsg struct {
	key renderKey
	out string
	err error
}

// renderCmd renders Markdown in a command (a letter as text: see letterText). It
// captures values only.
func renderCmd(k renderKey, title, md string) tea.Cmd {
	return safeCmd(func() tea.Msg {
		if strings.HasPrefix(k.id, letterPrefix) {
			return ficheRenderedMsg{key: k, out: letterText(title, md, k.width)}
		}
		out, err := RenderMarkdown(md, k.width, k.style)
		return ficheRenderedMsg{key: k, out: out, err: err}
	})
}

var emphRE = regexp.MustCompile(`\*([^*\n]+)\*`)

// letterText lays a letter template out as text at width w. Glamour joins the lines of
// a letter's address blocks (it ignores hard line breaks), so letters keep their own
// small layout: paragraphs re-wrapped, hard breaks ("  " at the end of a line) kept,
// emphasis markers dropped.
func letterText(title, body string, w int) string {
	w = max(20, w-2)
	out := []string{"", "  " + title, "", "  Modèle de courrier : les passages entre crochets sont à compléter.", ""}
	unmark := strings.NewReplacer("**", "", "__", "")
	for _, block := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n\n") {
		if strings.TrimSpace(block) == "" {
			continue
		}
		var cur []string
		flush := func() {
			if len(cur) > 0 {
				line := emphRE.ReplaceAllString(unmark.Replace(strings.Join(cur, " ")), "$1")
				out = append(out, wrapIndent(line, w, "  ", "  ")...)
				cur = cur[:0]
			}
		}
		for _, l := range strings.Split(block, "\n") {
			hard := strings.HasSuffix(l, "  ")
			cur = append(cur, strings.TrimSpace(l))
			if hard {
				flush()
			}
		}
		flush()
		out = append(out, "")
	}
	return strings.Join(out, "\n")
}

// match is one occurrence of the searched text: line, and cell columns [start, end).
type match struct{ line, start, end int }

// ficheReader is the pager: a viewport over a rendered fiche, with search (/, n, N).
type ficheReader struct {
	*Common
	h       int
	id      string
	title   string
	vp      viewport.Model
	want    renderKey // rendering the reader waits for or shows
	loading bool
	err     error
	lines   []string // rendered lines, with escape sequences
	plain   []string // the same lines, stripped and folded, for search

	input   textinput.Model
	inputOn bool
	query   string
	matches []match
	cur     int
}

func newFicheReader(c *Common) *ficheReader {
	f := &ficheReader{Common: c, vp: viewport.New(), input: newInput("mot à chercher")}
	f.input.Prompt = "/"
	return f
}

// Init implements Component.
func (r *ficheReader) Init() tea.Cmd { return nil }

// Update implements Component: the reader's keys, and the search prompt's blink.
func (r *ficheReader) Update(msg tea.Msg) (Component, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return r, r.key(k)
	}
	if r.inputOn {
		var cmd tea.Cmd
		r.input, cmd = r.input.Update(msg)
		return r, cmd
	}
	return r, nil
}

// SetSize implements Component; the layout then asks for a rendering at the new width
// (renderCmd).
func (r *ficheReader) SetSize(w, h int) {
	r.h = h
	r.vp.SetWidth(w)
	r.vp.SetHeight(max(1, h-1))
}

// ShortHelp implements help.KeyMap.
func (r *ficheReader) ShortHelp() []key.Binding {
	k := r.keys
	return []key.Binding{withHelp(k.Find, "/", "chercher"), withHelp(k.NextMatch, "n/N", "suivant/précédent"),
		withHelp(k.LessPgDown, "espace/b", "page"), withHelp(k.Q, "q/échap", "retour"), k.Help}
}

// FullHelp implements help.KeyMap.
func (r *ficheReader) FullHelp() [][]key.Binding {
	k := r.keys
	return [][]key.Binding{{k.Up, k.Down, withHelp(k.LessPgDown, "espace/f/pgdn", "page suivante"), withHelp(k.LessPgUp, "b/pgup", "page précédente"),
		k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.Find, k.NextMatch, k.PrevMatch,
		withHelp(k.Q, "q/échap", "retour"), withHelp(k.ForceQuit, "ctrl+c", "quitter le guide")}}
}

func (m *Common) markdownStyle() Style {
	if m.dark {
		return StyleDark
	}
	return StyleLight
}

// maxFicheWidth is the widest a fiche is laid out.
const maxFicheWidth = 100

// letterPrefix marks a letter template in the reader: "lettre:conge-proche-aidant".
const letterPrefix = "lettre:"

// readerDoc returns the title and the Markdown of a fiche, or of a letter template filled
// with what the case knows (the date, the caregiver's link).
func (m *Common) readerDoc(id string) (title, md string, ok bool) {
	set := m.g.Content
	if lid, isLetter := strings.CutPrefix(id, letterPrefix); isLetter {
		l, ok := set.Letters[lid]
		if !ok {
			return "", "", false
		}
		fields := map[string]string{"date": rules.FrenchDate(m.date)}
		if r := m.sit.Caregiver.Relationship; r != nil {
			fields["lien_aidant"] = guide.CaregiverLink(*r)
		}
		return l.Title, content.ResolveAmounts(l.Fill(fields), set.Params, m.date), true
	}
	f, ok := set.Fiches[id]
	if !ok {
		return "", "", false
	}
	return f.Title, f.Markdown(set.Params, m.date), true
}

// open puts a fiche (or a letter) in the reader; query, if set, is searched once it is
// rendered. false: there is no such fiche.
func (r *ficheReader) open(id, query string) bool {
	title, _, ok := r.readerDoc(id)
	if !ok {
		return false
	}
	r.id, r.title = id, title
	r.query, r.matches, r.cur, r.inputOn = query, nil, 0, false
	r.lines, r.plain, r.err = nil, nil, nil
	r.want = renderKey{}
	r.vp.GotoTop()
	return true
}

// renderCmd asks for the rendering the reader needs now, from the cache when there.
func (r *ficheReader) renderCmd() tea.Cmd {
	if r.screen != scrFiche || r.id == "" || r.width <= 0 {
		return nil
	}
	// lines longer than about 100 columns are hard to follow: wide windows get a margin
	k := renderKey{id: r.id, width: max(20, min(r.vp.Width(), maxFicheWidth)), style: r.markdownStyle()}
	if k == r.want && (r.lines != nil || r.loading) {
		return nil
	}
	r.want = k
	if _, ok := r.cache.get(k); ok {
		r.rendered(k)
		return nil
	}
	title, md, ok := r.readerDoc(r.id)
	if !ok {
		return nil
	}
	r.loading = true
	return renderCmd(k, title, md)
}

// rendered installs a finished rendering if it is the one the reader waits for.
func (r *ficheReader) rendered(k renderKey) {
	if k != r.want {
		return
	}
	res, ok := r.cache.get(k)
	if !ok {
		return
	}
	r.loading = false
	r.err = res.err
	if res.err != nil {
		r.lines, r.plain = []string{"La fiche n'a pas pu être mise en page : " + res.err.Error()}, nil
		r.vp.SetContentLines(r.lines)
		return
	}
	off := r.vp.YOffset()
	r.lines = strings.Split(strings.TrimRight(res.out, "\n"), "\n")
	r.plain = make([]string, len(r.lines))
	for i, l := range r.lines {
		r.plain[i] = ansi.Strip(l)
	}
	r.vp.SetYOffset(0)
	r.search(r.query, false)
	if r.query == "" {
		r.vp.SetYOffset(off)
	}
}

// search finds every occurrence of q (case and accents ignored) and shows the first one
// at or after the top of the page (or the next one when next is set).
func (r *ficheReader) search(q string, keepPos bool) {
	r.query = q
	r.matches = r.matches[:0]
	fq := fold(strings.TrimSpace(q))
	if fq != "" {
		for i, l := range r.plain {
			fl := fold(l)
			for _, rg := range findAll(fl, fq) {
				a, b := cellRange(l, rg)
				r.matches = append(r.matches, match{i, a, b})
			}
		}
	}
	r.cur = 0
	if keepPos {
		top := r.vp.YOffset()
		for i, mt := range r.matches {
			if mt.line >= top {
				r.cur = i
				break
			}
		}
	}
	r.show()
}

// show paints the highlights and scrolls to the current match.
func (r *ficheReader) show() {
	if r.lines == nil {
		return
	}
	if len(r.matches) == 0 {
		r.vp.SetContentLines(append([]string(nil), r.lines...))
		return
	}
	lines := append([]string(nil), r.lines...)
	byLine := map[int][]lipgloss.Range{}
	for i, mt := range r.matches {
		st := r.st.hl
		if i == r.cur {
			st = r.st.hlCur
		}
		byLine[mt.line] = append(byLine[mt.line], lipgloss.NewRange(mt.start, mt.end, st))
	}
	for ln, rg := range byLine {
		lines[ln] = lipgloss.StyleRanges(lines[ln], rg...)
	}
	r.vp.SetContentLines(lines)
	cur := r.matches[r.cur]
	if cur.line < r.vp.YOffset() || cur.line >= r.vp.YOffset()+r.vp.Height() {
		r.vp.SetYOffset(max(0, cur.line-2))
	}
}

// key handles the reader's keys: less-like paging, / search, n and N.
func (r *ficheReader) key(k tea.KeyPressMsg) tea.Cmd {
	if r.inputOn {
		switch {
		case key.Matches(k, r.keys.Enter):
			r.inputOn = false
			r.input.Blur()
			r.search(r.input.Value(), true)
			if r.query != "" && len(r.matches) == 0 {
				r.setFlash("« "+r.query+" » n'est pas dans cette fiche.", false)
			}
			return nil
		case key.Matches(k, r.keys.Back):
			r.inputOn = false
			r.input.Blur()
			return nil
		}
		var cmd tea.Cmd
		r.input, cmd = r.input.Update(k)
		return cmd
	}
	vp := &r.vp
	switch {
	case key.Matches(k, r.keys.Help):
		r.send(helpMsg{})
	case key.Matches(k, r.keys.Q, r.keys.Back, r.keys.Erase2):
		r.pop()
	case key.Matches(k, r.keys.Up, r.keys.LessUp):
		vp.ScrollUp(1)
	case key.Matches(k, r.keys.Down, r.keys.LessDown):
		vp.ScrollDown(1)
	case key.Matches(k, r.keys.PgDown, r.keys.LessPgDown):
		vp.PageDown()
	case key.Matches(k, r.keys.PgUp, r.keys.LessPgUp):
		vp.PageUp()
	case key.Matches(k, r.keys.HalfDown):
		vp.HalfPageDown()
	case key.Matches(k, r.keys.HalfUp):
		vp.HalfPageUp()
	case key.Matches(k, r.keys.Top, r.keys.LessTop):
		vp.GotoTop()
	case key.Matches(k, r.keys.Bottom, r.keys.LessBottom):
		vp.GotoBottom()
	case key.Matches(k, r.keys.Find):
		r.inputOn = true
		r.input.SetValue("")
		return r.input.Focus()
	case key.Matches(k, r.keys.NextMatch), key.Matches(k, r.keys.PrevMatch):
		if len(r.matches) == 0 {
			if r.query == "" {
				r.setFlash("Tapez / pour chercher un mot dans la fiche.", true)
			} else {
				r.setFlash("« "+r.query+" » n'est pas dans cette fiche.", false)
			}
			return nil
		}
		if key.Matches(k, r.keys.NextMatch) {
			r.cur = (r.cur + 1) % len(r.matches)
		} else {
			r.cur = (r.cur - 1 + len(r.matches)) % len(r.matches)
		}
		r.show()
		vp.SetYOffset(max(0, r.matches[r.cur].line-2))
	}
	return nil
}

// View implements Component: the fiche and its status line (or the search prompt).
func (r *ficheReader) View() string {
	h := r.h
	w := r.width
	var body string
	switch {
	case r.lines == nil && r.loading:
		body = r.st.dim.Render("Mise en page de la fiche « " + r.title + " »…")
	case r.lines == nil:
		body = ""
	default:
		body = r.vp.View()
	}
	var status string
	if r.inputOn {
		status = trunc(r.input.View()+r.st.dim.Render("   entrée : chercher · échap : annuler"), w)
	} else {
		pct := int(r.vp.ScrollPercent()*100 + 0.5)
		if r.vp.TotalLineCount() <= r.vp.Height() {
			pct = 100
		}
		s := "Fiche « " + r.id + " » · " + strconv.Itoa(pct) + " %"
		if lid, ok := strings.CutPrefix(r.id, letterPrefix); ok {
			s = "Modèle de courrier « " + lid + " » · " + strconv.Itoa(pct) + " %"
		}
		if r.query != "" && r.lines != nil {
			if len(r.matches) > 0 {
				s += " · « " + r.query + " » " + strconv.Itoa(r.cur+1) + "/" + strconv.Itoa(len(r.matches)) + " (n/N)"
			} else {
				s += " · « " + r.query + " » absent"
			}
		}
		status = r.st.header.Render(padRight(" "+s, w))
	}
	return fit(body, w, max(0, h-1)) + "\n" + status
}
