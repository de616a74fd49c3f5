package tui

import (
	"charm.land/bubbles/v2/key"
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"aidants/content"
)

// searchDoc is a fiche prepared for search: its lines as read and folded.
type searchDoc struct {
	id, title string
	lines     []string // Markdown source lines, markup trimmed
	folded    []string
	ftitle    string
}

type searchHit struct {
	id, title, snippet string
	score              int
}

// searchScreen searches every fiche as one types, accents and case ignored.
type searchScreen struct {
	filterPane
	docs    []searchDoc
	hits    []searchHit
	last    string
	indexed bool
}

func newSearchScreen(c *Common) *searchScreen {
	return &searchScreen{filterPane: newFilterPane(c, "un mot, un sigle, une démarche…")}
}

// Update implements Component: keys, and the input's blink.
func (s *searchScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return s, s.key(k)
	}
	return s, s.blink(msg)
}

// ShortHelp implements help.KeyMap.
func (s *searchScreen) ShortHelp() []key.Binding {
	k := s.keys
	return []key.Binding{typing("tapez", "mots cherchés"), withHelp(k.ListDown, "↑/↓", "choisir"), withHelp(k.Enter, "entrée", "ouvrir la fiche"), withHelp(k.Back, "échap", "retour")}
}

// FullHelp implements help.KeyMap.
func (s *searchScreen) FullHelp() [][]key.Binding {
	k := s.keys
	return [][]key.Binding{{typing("tapez", "les mots cherchés (sans accents, c'est pareil)"), withHelp(k.ListDown, "↑/↓", "choisir un résultat"),
		withHelp(k.Enter, "entrée", "ouvrir la fiche, sur le mot cherché"), withHelp(k.Back, "échap", "retour"), withHelp(k.ForceQuit, "ctrl+c", "quitter le guide")}}
}

// index prepares the fiches once (a few milliseconds, on first use).
func (s *searchScreen) index() {
	if s.indexed {
		return
	}
	s.indexed = true
	set := s.g.Content
	for _, id := range set.FicheIDs {
		f := set.Fiches[id]
		d := searchDoc{id: id, title: f.Title, ftitle: fold(f.Title)}
		// one entry per paragraph (the source wraps its lines), list items on their own
		var para []string
		flush := func() {
			if len(para) > 0 {
				l := strings.Join(para, " ")
				d.lines = append(d.lines, l)
				d.folded = append(d.folded, fold(l))
				para = para[:0]
			}
		}
		for _, l := range strings.Split(f.Markdown(set.Params, s.date), "\n") {
			t := strings.TrimSpace(l)
			if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "|") {
				flush()
			}
			t = strings.TrimSpace(strings.TrimLeft(t, "#>*-| "))
			t = strings.NewReplacer("**", "", "*", "", "`", "").Replace(t)
			if t != "" {
				para = append(para, t)
			}
		}
		flush()
		s.docs = append(s.docs, d)
	}
}

// run finds the fiches holding every word of q: title matches first, then the most
// frequent.
func (s *searchScreen) run(q string) {
	s.last = q
	s.hits = s.hits[:0]
	words := strings.Fields(fold(q))
	if len(words) == 0 {
		return
	}
	for _, d := range s.docs {
		score, snippet := 0, ""
		all := true
		for wi, w := range words {
			n := strings.Count(d.ftitle, w) * 20
			for i, l := range d.folded {
				c := strings.Count(l, w)
				if c > 0 && snippet == "" && wi == 0 && i > 0 { // line 0 is the title
					snippet = snippetAround(d.lines[i], l, w)
				}
				n += c
			}
			if n == 0 {
				all = false
				break
			}
			score += n
		}
		if !all {
			continue
		}
		if snippet == "" && len(d.lines) > 1 {
			snippet = d.lines[1]
		}
		s.hits = append(s.hits, searchHit{id: d.id, title: d.title, snippet: snippet, score: score})
	}
	sort.SliceStable(s.hits, func(i, j int) bool { return s.hits[i].score > s.hits[j].score })
	s.sel, s.off = 0, 0
}

// open prepares the search across fiches, with q typed when set.
func (s *searchScreen) open(q string) tea.Cmd {
	s.index()
	if q != "" {
		s.input.SetValue(q)
	}
	s.run(s.input.Value())
	return s.input.Focus()
}

func (s *searchScreen) key(k tea.KeyPressMsg) tea.Cmd {
	if s.move(k, len(s.hits)) {
		return nil
	}
	if key.Matches(k, s.keys.Enter) {
		if len(s.hits) == 0 {
			return nil
		}
		s.input.Blur()
		return s.openFiche(s.hits[s.sel].id, s.needle(s.hits[s.sel].id))
	}
	cmd, _ := s.typed(k)
	if s.input.Value() != s.last {
		s.run(s.input.Value())
	}
	return cmd
}

// needle is what the fiche reader searches: the whole query when the fiche has it as
// typed, else its longest word.
func (s *searchScreen) needle(id string) string {
	q := strings.TrimSpace(s.input.Value())
	fq := fold(q)
	for _, d := range s.docs {
		if d.id != id {
			continue
		}
		for _, l := range d.folded {
			if strings.Contains(l, fq) {
				return q
			}
		}
	}
	return longestWord(q)
}

// snippetAround cuts a line to about 70 characters around the first occurrence of the
// folded word.
func snippetAround(line, folded, word string) string {
	rs := []rune(line)
	if len(rs) <= 70 {
		return line
	}
	at := len([]rune(folded[:max(0, strings.Index(folded, word))]))
	start := max(0, min(at-25, len(rs)-70))
	end := min(len(rs), start+70)
	out := string(rs[start:end])
	if start > 0 {
		out = "…" + out
	}
	if end < len(rs) {
		out += "…"
	}
	return out
}

func longestWord(q string) string {
	best := ""
	for _, w := range strings.Fields(q) {
		if len([]rune(w)) > len([]rune(best)) {
			best = w
		}
	}
	return best
}

// View implements Component.
func (s *searchScreen) View() string {
	h := s.h
	w := s.width
	lines := []string{s.st.bold.Render("Chercher dans les fiches : ") + s.input.View(), ""}
	q := strings.TrimSpace(s.input.Value())
	switch {
	case q == "":
		lines = append(lines, s.st.dim.Render(trunc("Tapez un mot : « répit », « GIR », « employeur »… Les accents ne comptent pas.", w)))
		return strings.Join(lines, "\n")
	case len(s.hits) == 0:
		lines = append(lines, "Aucune fiche ne contient « "+q+" ».")
		return strings.Join(lines, "\n")
	}
	lines = append(lines, s.st.dim.Render(plainCount(len(s.hits), "fiche trouvée", "fiches trouvées")))
	per := 2
	listH := (h - len(lines)) / per
	s.off = scrollTo(s.off, s.sel, listH, len(s.hits), false)
	for i := s.off; i < len(s.hits) && i < s.off+listH; i++ {
		hit := s.hits[i]
		cur := "  "
		title := hit.title
		if i == s.sel {
			cur = s.st.cursor.Render("▸ ")
			title = s.st.selected.Render(title)
		}
		lines = append(lines, trunc(cur+title, w), s.st.dim.Render(trunc("    "+hit.snippet, w)))
	}
	return strings.Join(lines, "\n")
}

func plainCount(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// glossaryScreen lists the acronyms, filtered as one types.
type glossaryScreen struct {
	filterPane
}

func newGlossaryScreen(c *Common) *glossaryScreen {
	return &glossaryScreen{newFilterPane(c, "sigle ou mot")}
}

// Update implements Component: keys, and the input's blink.
func (g *glossaryScreen) Update(msg tea.Msg) (Component, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return g, g.key(k)
	}
	return g, g.blink(msg)
}

// View implements Component.
func (g *glossaryScreen) View() string { return g.view(g.h) }

// ShortHelp implements help.KeyMap.
func (g *glossaryScreen) ShortHelp() []key.Binding {
	k := g.keys
	return []key.Binding{typing("tapez", "filtrer"), withHelp(k.ListDown, "↑/↓", "choisir"), withHelp(k.Enter, "entrée", "fiche liée"), withHelp(k.Back, "échap", "retour")}
}

// FullHelp implements help.KeyMap.
func (g *glossaryScreen) FullHelp() [][]key.Binding {
	k := g.keys
	return [][]key.Binding{{typing("tapez", "un sigle ou un mot pour filtrer"), withHelp(k.ListDown, "↑/↓", "choisir"),
		withHelp(k.Enter, "entrée", "ouvrir la fiche liée au sigle, s'il y en a une"), withHelp(k.Back, "échap", "retour"), withHelp(k.ForceQuit, "ctrl+c", "quitter le guide")}}
}

// open shows the glossary from its first entry.
func (g *glossaryScreen) open() tea.Cmd {
	g.sel, g.off = 0, 0
	return g.input.Focus()
}

// entries are the glossary entries matching the filter.
func (g *glossaryScreen) entries() []content.GlossaryEntry {
	q := fold(strings.TrimSpace(g.input.Value()))
	if q == "" {
		return g.g.Content.Glossary
	}
	var exact, rest []content.GlossaryEntry
	for _, e := range g.g.Content.Glossary {
		fa := fold(e.Acronym)
		switch {
		case fa == q:
			exact = append(exact, e)
		case strings.Contains(fa, q) || strings.Contains(fold(e.Meaning), q):
			rest = append(rest, e)
		}
	}
	return append(exact, rest...)
}

func (g *glossaryScreen) key(k tea.KeyPressMsg) tea.Cmd {
	es := g.entries()
	if g.move(k, len(es)) {
		return nil
	}
	if key.Matches(k, g.keys.Enter) {
		if g.sel < len(es) && es[g.sel].Fiche != "" {
			g.input.Blur()
			return g.openFiche(es[g.sel].Fiche, es[g.sel].Acronym)
		}
		g.setFlash("Pas de fiche liée à ce sigle.", true)
		return nil
	}
	cmd, changed := g.typed(k)
	if changed {
		g.sel, g.off = 0, 0
	}
	return cmd
}

func (g *glossaryScreen) view(h int) string {
	w := g.width
	es := g.entries()
	lines := []string{g.st.bold.Render("Filtrer : ") + g.input.View(), ""}
	if len(es) == 0 {
		return strings.Join(append(lines, "Aucun sigle ne correspond."), "\n")
	}
	g.sel = min(g.sel, len(es)-1)
	aw := 0
	for _, e := range es {
		aw = max(aw, len([]rune(e.Acronym)))
	}
	aw = min(aw, 12)
	listH := h - len(lines)
	// entries may wrap: keep the selected one fully on screen
	entryLines := func(i int) []string {
		e := es[i]
		meaning := e.Meaning
		if e.Fiche != "" {
			meaning += " (fiche)"
		}
		return wrapIndent(meaning, w, strings.Repeat(" ", aw+4), strings.Repeat(" ", aw+4))
	}
	if g.sel < g.off {
		g.off = g.sel
	}
	for g.off < g.sel {
		n := 0
		for i := g.off; i <= g.sel; i++ {
			n += len(entryLines(i))
		}
		if n <= listH {
			break
		}
		g.off++
	}
	for i := g.off; i < len(es) && len(lines) < h; i++ {
		e := es[i]
		cur := "  "
		acr := padRight(e.Acronym, aw)
		if i == g.sel {
			cur = g.st.cursor.Render("▸ ")
			acr = g.st.selected.Render(acr)
		} else {
			acr = g.st.key.Render(acr)
		}
		meaning := e.Meaning
		if e.Fiche != "" {
			meaning += " (fiche)"
		}
		ws := wrapIndent(meaning, w, cur+padRight(e.Acronym, aw)+"  ", strings.Repeat(" ", aw+4))
		ws[0] = cur + acr + "  " + strings.TrimPrefix(ws[0], cur+padRight(e.Acronym, aw)+"  ")
		lines = append(lines, ws...)
	}
	return strings.Join(lines, "\n")
}

// filterPane is what the search and glossary screens share: a text input over a list
// that the arrow and page keys move through.
type filterPane struct {
	*Common
	h     int
	input textinput.Model
	sel   int
	off   int
}

func newFilterPane(c *Common, placeholder string) filterPane {
	return filterPane{Common: c, input: newInput(placeholder)}
}

// Init implements Component.
func (p *filterPane) Init() tea.Cmd { return nil }

// SetSize implements Component.
func (p *filterPane) SetSize(w, h int) {
	p.h = h
	p.input.SetWidth(max(10, w-30))
}

// blink passes to the input what is not a key: the cursor's blink.
func (p *filterPane) blink(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(msg)
	return cmd
}

// move handles the keys that leave the screen or move through a list of n entries; it
// is false for every other key.
func (p *filterPane) move(k tea.KeyPressMsg, n int) bool {
	switch {
	case key.Matches(k, p.keys.Back):
		p.input.Blur()
		p.pop()
	case key.Matches(k, p.keys.ListUp):
		p.sel = max(0, p.sel-1)
	case key.Matches(k, p.keys.ListDown):
		p.sel = max(0, min(n-1, p.sel+1))
	case key.Matches(k, p.keys.PgDown):
		p.sel = max(0, min(n-1, p.sel+10))
	case key.Matches(k, p.keys.PgUp):
		p.sel = max(0, p.sel-10)
	default:
		return false
	}
	return true
}

// typed gives a key to the input; changed is whether the text changed.
func (p *filterPane) typed(k tea.KeyPressMsg) (cmd tea.Cmd, changed bool) {
	before := p.input.Value()
	p.input, cmd = p.input.Update(k)
	return cmd, p.input.Value() != before
}
