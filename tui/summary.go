package tui

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"aidants/guide"
	"aidants/rules"
)

// summaryPart is a paragraph of the summary read aloud: a heading and its lines.
type summaryPart struct {
	head  string
	lines []string
}

// readAloud is what the agent reads to the caller at the end of the call: what was
// understood, the likely rights, what remains to check, what to do first, the papers to
// gather and whom to call. Plain sentences, no codes.
func readAloud(p *guide.Plan) []summaryPart {
	var parts []summaryPart
	var sit []string
	for _, l := range guide.SituationSummary(p.Situation) {
		if l != "" {
			sit = append(sit, l)
		}
	}
	if len(sit) == 0 {
		sit = []string{"(aucune réponse pour l'instant)"}
	}
	parts = append(parts, summaryPart{"Je récapitule ce que vous m'avez dit :", sit})

	// in the order of the démarches: the aid that opens the others, what was asked for,
	// the rest (guide.Plan.Priorities)
	prio := p.Priorities()
	var likely, check []string
	for _, it := range prio {
		if it.Status == rules.StatusEligible {
			likely = append(likely, it.Title)
		}
	}
	for _, it := range prio {
		if it.Status != rules.StatusToCheck {
			continue
		}
		reason := ""
		for _, c := range it.Conditions {
			if c.Result == rules.Unknown {
				reason = " — à vérifier : " + lowerFirst(c.Label)
				break
			}
		}
		check = append(check, it.Title+reason+".")
	}
	if len(likely) > 0 {
		parts = append(parts, summaryPart{"Vous avez probablement droit à :", bullets(likely, 8, "autre aide", "autres aides")})
	}
	if len(check) > 0 {
		parts = append(parts, summaryPart{"Il reste à vérifier :", bullets(check, 4, "autre point", "autres points")})
	}

	// the first step of the first three aids, and the papers those steps need
	var todo, docs []string
	seenDoc := map[string]bool{}
	for i, it := range prio {
		if len(todo) == 3 {
			break
		}
		// the first aids of the order, even to check (asking for the APA is the first step)
		if len(it.Steps) == 0 || (it.Status != rules.StatusEligible && i > 1) {
			continue
		}
		st := it.Steps[0]
		line := it.Title + " : " + lowerFirst(strings.TrimSuffix(st.Text, "."))
		if st.Where != "" {
			line += " (" + st.Where + ")"
		}
		line += "."
		if st.Deadline != "" {
			line += " Délai : " + lowerFirst(strings.TrimSuffix(st.Deadline, ".")) + "."
		}
		todo = append(todo, strconv.Itoa(len(todo)+1)+". "+line)
		for _, d := range st.Documents {
			if !seenDoc[d] && len(docs) < 8 {
				seenDoc[d] = true
				docs = append(docs, "• "+d)
			}
		}
	}
	if len(todo) > 0 {
		parts = append(parts, summaryPart{"Par quoi commencer :", todo})
	}
	if len(docs) > 0 {
		parts = append(parts, summaryPart{"Les papiers à préparer pour commencer :", docs})
	}
	// whom to call: the two or three calls to make, in order, with their numbers
	var calls []string
	for i, c := range guide.WhomToCall(p) {
		calls = append(calls, strconv.Itoa(i+1)+". "+c.String())
	}
	if len(calls) > 0 {
		parts = append(parts, summaryPart{"Qui appeler :", calls})
	}
	end := []string{"Les montants sont ceux en vigueur au " + rules.FrenchDate(p.When) + " ; le département ou la caisse confirme les droits."}
	if !p.Freshness.UpToDate && p.Freshness.Message != "" {
		end = append(end, p.Freshness.Message)
	}
	end = append(end, "Je peux vous envoyer ce plan par écrit, avec les adresses et les papiers à réunir.")
	parts = append(parts, summaryPart{"Pour finir :", end})
	return parts
}

// bullets lists at most max entries, then says how many more the written plan has.
func bullets(xs []string, max int, one, many string) []string {
	var out []string
	for i, x := range xs {
		if i == max {
			n := len(xs) - max
			w := one
			if n > 1 {
				w = many
			}
			out = append(out, "• et "+strconv.Itoa(n)+" "+w+", dans le plan écrit.")
			break
		}
		out = append(out, "• "+x)
	}
	return out
}

// lowerFirst lowercases the first letter unless the word is an acronym ("APA").
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	if r2, _ := utf8.DecodeRuneInString(s[n:]); unicode.IsUpper(r2) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// summaryPage is the summary to read aloud at the end of the call.
type summaryPage struct{ scrollPage }

func newSummaryPage(c *Common) *summaryPage { return &summaryPage{newScrollPage(c)} }

// open shows the summary from its top.
func (m *summaryPage) open() { m.vp.GotoTop() }

// Update implements Component: the summary's keys.
func (m *summaryPage) Update(msg tea.Msg) (Component, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return m, m.summaryKey(k)
	}
	return m, nil
}

// ShortHelp implements help.KeyMap.
func (m *summaryPage) ShortHelp() []key.Binding {
	k := m.keys
	return []key.Binding{withHelp(k.Down, "↑/↓", "défiler"), k.Export, withHelp(k.Back, "échap", "retour"), k.Help}
}

// FullHelp implements help.KeyMap.
func (m *summaryPage) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{{k.Up, k.Down, withHelp(k.PgDown, "pgup/pgdn", "page"), k.Export, withHelp(k.Back, "échap", "retour"), k.Quit}}
}

// refresh rebuilds the summary from the plan.
func (m *summaryPage) refresh() {
	w := m.width
	var lines []string
	lines = append(lines, m.st.title.Render(trunc("À lire à l'appelant, à la fin de l'appel", w)), "")
	for _, p := range readAloud(m.plan) {
		lines = append(lines, m.st.bold.Render(trunc(p.head, w)))
		for _, l := range p.lines {
			ind := "  "
			if strings.HasPrefix(l, "• ") {
				lines = append(lines, wrapIndent(strings.TrimPrefix(l, "• "), w, "  • ", "    ")...)
				continue
			}
			if len(l) > 2 && l[1] == '.' {
				ind = "     "
				lines = append(lines, wrapIndent(l[3:], w, "  "+l[:3], ind)...)
				continue
			}
			lines = append(lines, wrapIndent(l, w, ind, ind)...)
		}
		lines = append(lines, "")
	}
	off := m.vp.YOffset()
	m.vp.SetContent(strings.Join(lines, "\n"))
	m.vp.SetYOffset(off)
}

func (m *summaryPage) summaryKey(k tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.commonKey(k); ok {
		return cmd
	}
	vp := &m.vp
	if m.scrollKey(vp, k) {
		return nil
	}
	switch {
	case key.Matches(k, m.keys.Export):
		return m.openExport()
	case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.Summary):
		m.pop()
	}
	return nil
}
