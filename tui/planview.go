package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"aidants/guide"
)

// planPage is the plan: the situation in a sentence, the questions worth asking next,
// then every item by section, the selected one opening its detail.
type planPage struct {
	*Common
	off, h int
}

// Init implements Component.
func (m *planPage) Init() tea.Cmd { return nil }

// Update implements Component: the plan's keys.
func (m *planPage) Update(msg tea.Msg) (Component, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return m, m.planKey(k)
	}
	return m, nil
}

// View implements Component.
func (m *planPage) View() string { return m.planView(m.h) }

// SetSize implements Component.
func (m *planPage) SetSize(_, h int) { m.h = h }

// ShortHelp implements help.KeyMap.
func (m *planPage) ShortHelp() []key.Binding {
	k := m.keys
	return []key.Binding{withHelp(k.Enter, "entrée", "détail"), k.Fiche, k.Answers, k.Useful, k.Search, k.Export, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap.
func (m *planPage) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{{k.Up, k.Down, withHelp(k.PgDown, "pgup/pgdn", "page"), k.Top, k.Bottom},
		{withHelp(k.Enter, "entrée", "détail de l'aide"), k.Fiche, k.Answers, k.Continue, k.Useful,
			k.Search, k.Glossary, k.Summary, k.Export, k.New, k.Quit}}
}

// planRow is a line of the plan list: a section title or an item.
type planRow struct {
	header string
	item   *guide.Item
}

// planRows lists the plan by section, in the order an agent acts.
func (m *Common) planRows() []planRow {
	var rows []planRow
	for si, items := range m.plan.Sections() {
		if len(items) == 0 {
			continue
		}
		rows = append(rows, planRow{header: guide.SectionTitles[si] + " (" + strconv.Itoa(len(items)) + ")"})
		for i := range items {
			rows = append(rows, planRow{item: &items[i]})
		}
	}
	return rows
}

// selectedRow returns the index of the selected item's row, selecting the first item when
// the selection is gone.
func (m *planPage) selectedRow(rows []planRow) int {
	first := -1
	for i, r := range rows {
		if r.item == nil {
			continue
		}
		if first < 0 {
			first = i
		}
		if r.item.ID == m.selected {
			return i
		}
	}
	if first >= 0 {
		m.selected = rows[first].item.ID
	}
	return first
}

// usefulQuestions are the next questions worth asking: unknown facts that settle the most
// items, in the plan's order.
func (m *Common) usefulQuestions() []guide.NextQ {
	var out []guide.NextQ
	for _, q := range m.plan.NextQuestions {
		if !known(m.sit, q.Fact) {
			out = append(out, q)
		}
	}
	return out
}

// planTop is what sits above the list: the situation in a sentence and the questions to
// ask next.
func (m *planPage) planTop(h int) []string {
	w := m.width
	var lines []string
	var sum []string
	for _, l := range guide.SituationSummary(m.sit) {
		if l != "" {
			sum = append(sum, l)
		}
	}
	switch {
	case len(sum) == 0 && !m.caseOpen():
		lines = append(lines, m.st.dim.Render(trunc("Aucune réponse pour l'instant : c pour les questions, r pour répondre dans le désordre.", w)))
	case len(sum) == 0:
		lines = append(lines, m.st.dim.Render(trunc("Réponses données : r pour les voir et les changer.", w)))
	default:
		ws := wrap(strings.Join(sum, " "), w)
		if len(ws) > 2 {
			ws = ws[:2]
			ws[1] = trunc(ws[1]+" …", w)
		}
		for _, l := range ws {
			lines = append(lines, m.st.dim.Render(l))
		}
	}
	qs := m.usefulQuestions()
	n := 1
	if h >= 30 {
		n = 3
	}
	for i, q := range qs {
		if i == n {
			break
		}
		prefix := "À demander ensuite (u) : "
		if i > 0 {
			prefix = "                        "
		}
		lines = append(lines, trunc(m.st.bold.Render(prefix)+m.c.Words(q.Question)+m.st.dim.Render(" — "+settles(q.Settles)), w))
	}
	return append(lines, "")
}

func settles(n int) string {
	if n == 1 {
		return "précise 1 aide"
	}
	return "précise " + strconv.Itoa(n) + " aides"
}

// planView draws the plan: top lines, then the scrolling list.
func (m *planPage) planView(h int) string {
	var top []string
	if h >= 10 {
		top = m.planTop(h)
	}
	listH := h - len(top)
	rows := m.planRows()
	sel := m.selectedRow(rows)
	m.off = scrollTo(m.off, sel, listH, len(rows), sel > 0 && rows[sel-1].item == nil)
	out := append([]string{}, top...)
	for i := m.off; i < len(rows) && i < m.off+listH; i++ {
		out = append(out, m.planRowView(rows[i], i == sel))
	}
	if len(rows) > listH && listH > 0 {
		// a scroll hint on the last line when more follows
		if m.off+listH < len(rows) {
			more := len(rows) - m.off - (listH - 1) // the hint takes the last line
			hint := func(n int) string {
				return m.st.dim.Render(padRight("  ↓ "+strconv.Itoa(n)+" ligne(s) de plus", m.width))
			}
			out[len(out)-1] = hint(more)
			// a section title with none of its items shown goes under the hint
			if last := m.off + listH - 2; listH >= 3 && last >= 0 && last < len(rows) && rows[last].item == nil && last != sel {
				out[len(out)-2] = hint(more + 1)
				out[len(out)-1] = ""
			}
		}
	}
	return strings.Join(out, "\n")
}

// scrollTo returns an offset that keeps row sel visible in a window of h rows (and the
// row above it when withPrev, the section title of a first item).
func scrollTo(off, sel, h, n int, withPrev bool) int {
	if h <= 0 || sel < 0 {
		return 0
	}
	want := sel
	if withPrev {
		want = sel - 1
	}
	if want < off {
		off = want
	}
	// the last line of the window may hold the "more" hint: keep the selection above it
	if sel >= off+h-1 && sel < n-1 {
		off = sel - h + 2
	} else if sel >= off+h {
		off = sel - h + 1
	}
	return max(0, min(off, max(0, n-h)))
}

func (m *planPage) planRowView(r planRow, selected bool) string {
	w := m.width
	if r.item == nil {
		return m.st.section.Render(trunc(r.header, w))
	}
	it := r.item
	sk := statusKey(*it)
	cur := "  "
	if selected {
		cur = m.st.cursor.Render("▸ ")
	}
	mark := m.st.status(sk).Render(statusMark(it.Status, it.Urgent))
	label := guide.StatusLabel(it.Status)
	lw := 14
	tw := w - 2 - 2 - 1 - lw
	title := it.Title
	if tw < 16 {
		return trunc(cur+mark+" "+title, w)
	}
	t := padRight(title, tw)
	if selected {
		t = m.st.selected.Render(t)
	}
	return cur + mark + " " + t + " " + m.st.status(sk).Render(padRight(label, lw))
}

// planKey handles the plan's keys.
func (m *planPage) planKey(k tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.commonKey(k); ok {
		return cmd
	}
	rows := m.planRows()
	sel := m.selectedRow(rows)
	listH := max(1, m.bodyHeight()-len(m.planTop(m.bodyHeight())))
	move := func(delta int) {
		i := sel
		for steps := 0; steps < abs(delta); {
			j := i + sign(delta)
			if j < 0 || j >= len(rows) {
				break
			}
			i = j
			if rows[i].item != nil {
				steps++
				sel = i
			}
		}
		if sel >= 0 && rows[sel].item != nil {
			m.selected = rows[sel].item.ID
		}
	}
	switch {
	case m.listKey(k, move, listH, len(rows)):
	case key.Matches(k, m.keys.Enter):
		if m.selected != "" {
			m.openDetail(m.selected)
		}
	case key.Matches(k, m.keys.Fiche):
		if it := m.itemByID(m.selected); it != nil {
			return m.openFiche(it.Fiche, "")
		}
	case key.Matches(k, m.keys.Answers):
		m.push(scrAnswers)
	case key.Matches(k, m.keys.Continue):
		if _, ok := m.c.Next(); !ok {
			m.setFlash("Toutes les questions utiles ont été posées. r pour changer une réponse.", true)
			return nil
		}
		return m.openAsk(askFlow)
	case key.Matches(k, m.keys.Useful):
		qs := m.usefulQuestions()
		if len(qs) == 0 {
			m.setFlash("Aucune question ne changerait le plan pour l'instant.", true)
			return nil
		}
		// the useful questions not asked yet, most useful first; all of them again when
		// every one was asked (the caller may know now)
		var facts, again []string
		for _, q := range qs {
			if m.c.Asked(q.Fact) {
				again = append(again, q.Fact)
			} else {
				facts = append(facts, q.Fact)
			}
		}
		if len(facts) == 0 {
			facts = again
		}
		return m.openAsk(askSeries, facts...)
	case key.Matches(k, m.keys.Search):
		return m.openSearch("")
	case key.Matches(k, m.keys.Glossary):
		return m.openGlossary()
	case key.Matches(k, m.keys.Summary):
		m.openSummary()
	case key.Matches(k, m.keys.Export):
		return m.openExport()
	case key.Matches(k, m.keys.New):
		return m.askNew()
	case key.Matches(k, m.keys.Back):
		m.setFlash("Vous êtes sur le plan. q pour quitter, ? pour l'aide.", true)
	}
	return nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	return 1
}

// answersPage lists every answer, to change them in any order.
type answersPage struct {
	*Common
	sel, off, h int
}

// Init implements Component.
func (m *answersPage) Init() tea.Cmd { return nil }

// Update implements Component: the answers' keys.
func (m *answersPage) Update(msg tea.Msg) (Component, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return m, m.answersKey(k)
	}
	return m, nil
}

// View implements Component.
func (m *answersPage) View() string { return m.answersView(m.h) }

// SetSize implements Component.
func (m *answersPage) SetSize(_, h int) { m.h = h }

// ShortHelp implements help.KeyMap.
func (m *answersPage) ShortHelp() []key.Binding {
	k := m.keys
	return []key.Binding{k.Edit, k.Clear, k.Estimate, withHelp(k.Back, "échap", "plan"), k.Help}
}

// FullHelp implements help.KeyMap.
func (m *answersPage) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{{k.Up, k.Down, k.Edit, k.Clear, k.Estimate, withHelp(k.Back, "échap", "retour au plan"), k.Quit}}
}

// answerRow is a line of the answers screen: a group title, a question, or the AGGIR
// estimation.
type answerRow struct {
	group string
	q     int // index in guide.Questions, -1 otherwise
	aggir bool
}

func (m *answersPage) answerRows() []answerRow {
	var rows []answerRow
	group := ""
	for i, q := range guide.Questions {
		if q.Group != group {
			group = q.Group
			rows = append(rows, answerRow{group: group, q: -1})
		}
		rows = append(rows, answerRow{q: i})
		if q.Fact == "person.gir" {
			rows = append(rows, answerRow{q: -1, aggir: true})
		}
	}
	return rows
}

func (m *answersPage) answersView(h int) string {
	w := m.width
	rows := m.answerRows()
	sel := m.answerSelected(rows)
	head := []string{m.st.dim.Render(trunc("Changez les réponses dans l'ordre de votre choix : le plan suit.", w)), ""}
	listH := h - len(head)
	m.off = scrollTo(m.off, sel, listH, len(rows), sel > 0 && rows[sel-1].group != "")
	out := head
	lw := min(34, w/2-2)
	for i := m.off; i < len(rows) && i < m.off+listH; i++ {
		r := rows[i]
		if r.group != "" {
			out = append(out, m.st.section.Render(trunc(r.group, w)))
			continue
		}
		cur := "  "
		if i == sel {
			cur = m.st.cursor.Render("▸ ")
		}
		var label, val string
		dim := false
		if r.aggir {
			label = "  Estimation AGGIR (a)"
			val = m.aggirSummary()
		} else {
			q := guide.Questions[r.q]
			label = shortLabel(q)
			val = m.c.Display(q)
			if !shown(q, m.sit) {
				val += " (sans objet ici)"
				dim = true
			}
		}
		line := padRight(label, lw) + " " + val
		if i == sel {
			line = m.st.selected.Render(trunc(line, w-2))
		} else if dim || val == "—" {
			line = m.st.dim.Render(trunc(line, w-2))
		}
		out = append(out, trunc(cur+line, w))
	}
	return strings.Join(out, "\n")
}

// aggirSummary says how far the AGGIR estimation went.
func (m *answersPage) aggirSummary() string {
	if m.sit.Person.AGGIR == nil || len(*m.sit.Person.AGGIR) == 0 {
		return "—"
	}
	t := guide.GIREstimateText(m.sit)
	return strings.TrimSuffix(t, ".")
}

func (m *answersPage) answerSelected(rows []answerRow) int {
	if m.sel <= 0 || m.sel >= len(rows) || rows[m.sel].group != "" {
		for i, r := range rows {
			if r.group == "" && i >= m.sel {
				m.sel = i
				return i
			}
		}
	}
	return m.sel
}

func (m *answersPage) answersKey(k tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.commonKey(k); ok {
		return cmd
	}
	rows := m.answerRows()
	sel := m.answerSelected(rows)
	move := func(d int) {
		i := sel
		for n := 0; n < abs(d); {
			j := i + sign(d)
			if j < 0 || j >= len(rows) {
				break
			}
			i = j
			if rows[i].group == "" {
				n++
				sel = i
			}
		}
		m.sel = sel
	}
	listH := max(1, m.bodyHeight()-2)
	switch {
	case m.listKey(k, move, listH, len(rows)):
	case key.Matches(k, m.keys.Edit):
		r := rows[sel]
		if r.aggir {
			m.c.StartEstimate()
			return m.openAsk(askOne)
		}
		return m.openAsk(askOne, guide.Questions[r.q].Fact)
	case key.Matches(k, m.keys.Estimate):
		m.c.StartEstimate()
		return m.openAsk(askOne)
	case key.Matches(k, m.keys.Clear):
		r := rows[sel]
		if r.aggir {
			m.c.ClearEstimate()
			m.sync()
			m.setFlash("Estimation AGGIR effacée — Maj+Tab dans les questions pour la reprendre.", true)
			return nil
		}
		q := guide.Questions[r.q]
		m.c.Skip(q.Fact)
		m.sync()
		m.setFlash(m.c.Feedback(q.Fact), true)
	case key.Matches(k, m.keys.Back), key.Matches(k, m.keys.Answers):
		m.pop()
	}
	return nil
}

// listKey moves a selection in a list with the arrow, page and home/end keys; it reports
// whether k was one of them.
func (m *Common) listKey(k tea.KeyPressMsg, move func(int), listH, n int) bool {
	switch {
	case key.Matches(k, m.keys.Up):
		move(-1)
	case key.Matches(k, m.keys.Down):
		move(1)
	case key.Matches(k, m.keys.PgUp):
		move(-(listH - 2))
	case key.Matches(k, m.keys.PgDown, m.keys.PgDownAlt):
		move(listH - 2)
	case key.Matches(k, m.keys.Top):
		move(-n)
	case key.Matches(k, m.keys.Bottom):
		move(n)
	default:
		return false
	}
	return true
}
