package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/x/ansi"

	"aidants/guide"
	"aidants/rules"
)

// wideQuestion is the width from which the live plan sits beside the question.
const wideQuestion = 110

// firstQuestion returns the first question after index `after` that is shown and, when
// unaskedOnly, not asked yet; it wraps around once; -1 when there is none.
func (m *Model) firstQuestion(after int, unaskedOnly bool) int {
	n := len(guide.Questions)
	order := make([]int, 0, n)
	for i := after + 1; i < n; i++ {
		order = append(order, i)
	}
	for i := 0; i <= after && i < n; i++ {
		order = append(order, i)
	}
	for _, i := range order {
		q := guide.Questions[i]
		if !shown(q, m.sit) || (unaskedOnly && m.asked[q.Fact]) {
			continue
		}
		return i
	}
	return -1
}

// startWizard opens the questionnaire on a step. single asks only that question.
func (m *Model) startWizard(st step, single bool) tea.Cmd {
	ret := m.screen
	if ret == scrQuestion {
		ret = m.wiz.returnTo
	}
	m.wiz = wizard{single: single, returnTo: ret}
	m.screen = scrQuestion
	m.openStep(st)
	m.layout()
	return m.wiz.form.form.Init()
}

// askSeries asks the given facts one after the other (those still unknown), then goes
// back where it started.
func (m *Model) askSeries(facts []string) tea.Cmd {
	var steps []step
	for _, f := range facts {
		if i := questionIndex(f); i >= 0 {
			steps = append(steps, step{idx: i})
		}
	}
	if len(steps) == 0 {
		return nil
	}
	cmd := m.startWizard(steps[0], false)
	m.wiz.queue = steps[1:]
	if m.wiz.queue == nil {
		m.wiz.queue = []step{}
	}
	return cmd
}

// openStep puts the form of a step on screen.
func (m *Model) openStep(st step) {
	if st.idx < 0 {
		m.wiz.form = nil
		return
	}
	m.wiz.form = newQForm(st, m.sit, m.huhTheme, m.huhKeys, m.formWidth(), nil)
	m.sizeForm(m.wiz.form.form)
}

// reflowForm rebuilds the question on screen when the width changed: its text was
// wrapped for the old width. What was typed or ticked is kept.
func (m *Model) reflowForm() tea.Cmd {
	f := m.wiz.form
	if f == nil || f.width == m.formWidth() || m.width <= 0 {
		return nil
	}
	m.wiz.form = newQForm(f.st, m.sit, m.huhTheme, m.huhKeys, m.formWidth(), f)
	m.sizeForm(m.wiz.form.form)
	return m.wiz.form.form.Init()
}

// sizeForm tells a new form the room it has: huh sizes a group when it first sees the
// window, and a group built before that is cut to its unwrapped height.
func (m *Model) sizeForm(f *huh.Form) {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	f.WithWidth(m.formWidth())
	f.Update(tea.WindowSizeMsg{Width: m.width, Height: max(4, m.bodyHeight()-2)})
}

// formWidth is the width given to the question form.
func (m *Model) formWidth() int {
	w := m.width
	if w >= wideQuestion {
		w = w / 2
	}
	return max(20, min(w-2, 90))
}

// questionKey: esc leaves, shift+tab goes back, ? helps; the rest is the form's.
func (m *Model) questionKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, m.keys.Back):
		return m.leaveWizard("")
	case key.Matches(k, m.keys.PrevQ):
		if n := len(m.wiz.history); n > 0 {
			prev := m.wiz.history[n-1]
			m.wiz.history = m.wiz.history[:n-1]
			m.openStep(prev)
			m.layout()
			return m.wiz.form.form.Init()
		}
		m.setFlash("C'est la première question de cette série.", true)
		return nil
	case key.Matches(k, m.keys.Help):
		m.overlay = ovHelp
		return nil
	}
	return m.updateQuestion(k)
}

// updateQuestion forwards a message to the form and, once answered, stores the answer,
// recomputes the plan and moves on.
func (m *Model) updateQuestion(msg tea.Msg) tea.Cmd {
	f := m.wiz.form
	if f == nil {
		return nil
	}
	cmd := f.update(msg)
	if !f.done {
		return cmd
	}
	estimate := m.apply(f)
	m.wiz.history = append(m.wiz.history, f.st)
	next, ok := m.nextStep(f.st, estimate)
	if !ok {
		if f.st.aggir || estimate {
			m.setFlash(girEstimateText(m.sit), true)
		}
		if !m.wiz.single && m.firstQuestion(-1, true) < 0 {
			m.setFlash(m.flash+" Toutes les questions ont été posées : voici le plan.", true)
		}
		return m.leaveWizard(m.flash)
	}
	m.openStep(next)
	m.layout()
	return m.wiz.form.form.Init()
}

// nextStep is the step after st: the AGGIR variables in a row after "l'estimer", then the
// next question not asked yet.
func (m *Model) nextStep(st step, estimate bool) (step, bool) {
	if estimate {
		return step{aggir: true, idx: 0}, true
	}
	if st.aggir {
		if st.idx+1 < len(aggirVars) {
			return step{aggir: true, idx: st.idx + 1}, true
		}
		if m.wiz.single {
			return step{}, false
		}
		st = step{idx: questionIndex("person.gir")}
	} else if m.wiz.single {
		return step{}, false
	}
	if m.wiz.queue != nil {
		for len(m.wiz.queue) > 0 {
			next := m.wiz.queue[0]
			m.wiz.queue = m.wiz.queue[1:]
			if q := next.question(); !known(m.sit, q.Fact) && shown(q, m.sit) {
				return next, true
			}
		}
		return step{}, false
	}
	i := m.firstQuestion(st.idx, true)
	if i < 0 {
		return step{}, false
	}
	return step{idx: i}, true
}

// apply stores the form's answer in the situation and recomputes the plan. It reports
// whether the agent chose to estimate the GIR.
func (m *Model) apply(f *qform) (estimate bool) {
	if f.st.aggir {
		v := aggirVars[f.st.idx]
		setAGGIR(m.sit, v.Name, f.multi)
		m.asked["aggir."+v.Name] = true
		m.recompute()
		m.setFlash(v.Label+" : "+aggirDisplay(m.sit, v.Name)+"."+m.changesText(), true)
		return false
	}
	q := f.st.question()
	var err error
	switch {
	case q.Kind == guide.KindMulti:
		err = setMulti(m.sit, q, f.multi)
	case f.str == valEstimate:
		clearFact(m.sit, q.Fact)
		estimate = true
	default:
		err = setRaw(m.sit, q, f.str)
	}
	m.asked[q.Fact] = true
	m.recompute()
	if err != nil {
		m.setFlash(shortLabel(q)+" : "+err.Error(), false)
		return estimate
	}
	m.setFlash(shortLabel(q)+" : "+display(m.sit, q, true)+"."+m.changesText(), true)
	return estimate
}

// changesText tells in a few words what the last answer changed in the plan.
func (m *Model) changesText() string {
	switch n := len(m.changes); {
	case n == 0:
		return " Le plan ne change pas."
	case n <= 2:
		parts := make([]string, n)
		for i, c := range m.changes {
			parts[i] = c.title + " → " + c.to
		}
		return " " + strings.Join(parts, " ; ") + "."
	default:
		// counted by new status: "8 aides changent : 1 → Droit probable, 7 → Non éligible."
		var order []string
		count := map[string]int{}
		for _, c := range m.changes {
			if count[c.to] == 0 {
				order = append(order, c.to)
			}
			count[c.to]++
		}
		parts := make([]string, len(order))
		for i, to := range order {
			parts[i] = strconv.Itoa(count[to]) + " → " + to
		}
		return " " + strconv.Itoa(n) + " aides changent : " + strings.Join(parts, ", ") + "."
	}
}

// leaveWizard closes the questionnaire and goes back where it was opened from.
func (m *Model) leaveWizard(flash string) tea.Cmd {
	ret := m.wiz.returnTo
	if ret == scrQuestion {
		ret = scrPlan
	}
	if !m.wiz.single && m.wiz.queue == nil && m.firstQuestion(-1, true) < 0 {
		// the questionnaire is over: the plan opens at its top
		m.planSel, m.planOff = "", 0
	}
	m.wiz.form = nil
	m.screen = ret
	if flash != "" {
		m.flash = flash
	}
	m.layout()
	return nil
}

// progress says where the questionnaire stands: group, question n of N.
func (m *Model) progress() string {
	f := m.wiz.form
	if f.st.aggir {
		return "Estimation du GIR (grille AGGIR) · " + strconv.Itoa(f.st.idx+1) + " sur " + strconv.Itoa(len(aggirVars))
	}
	q := f.st.question()
	total, pos := 0, 0
	for i, x := range guide.Questions {
		if !shown(x, m.sit) {
			continue
		}
		total++
		if i <= f.st.idx {
			pos = total
		}
	}
	s := q.Group + " · question " + strconv.Itoa(pos) + " sur " + strconv.Itoa(total)
	switch {
	case m.wiz.single:
		s += " · modification"
	case len(m.wiz.queue) > 0:
		s += " · encore " + strconv.Itoa(len(m.wiz.queue)) + " ensuite"
	}
	return s
}

// questionView draws the question with the live plan below it (or beside it when wide).
func (m *Model) questionView(h int) string {
	f := m.wiz.form
	if f == nil {
		return ""
	}
	w := m.width
	top := []string{m.st.title.Render(trunc(m.progress(), w)), ""}
	form := f.view()
	if w >= wideQuestion {
		lw := m.formWidth() + 2
		rw := w - lw - 3
		left := strings.Join(append(top, form), "\n")
		right := m.livePlan(rw, h, true)
		return joinColumns(left, right, lw, h, m.st.dim.Render(" │ "))
	}
	formLines := strings.Split(form, "\n")
	room := h - len(top) - 1 - 4 // keep at least 4 lines of live plan
	if room < len(formLines) {
		room = max(3, room)
		if room < len(formLines) {
			formLines = formLines[:room]
		}
	}
	lines := append(top, formLines...)
	lines = append(lines, "")
	rest := h - len(lines)
	if rest > 0 {
		lines = append(lines, strings.Split(m.livePlan(w, rest, false), "\n")...)
	}
	return strings.Join(lines, "\n")
}

// livePlan is the plan as it stands, in h lines: counts, what the last answer changed,
// then the items in plan order.
func (m *Model) livePlan(w, h int, wide bool) string {
	if h <= 0 {
		return ""
	}
	rule := "Plan en direct "
	lines := []string{m.st.bold.Render(rule) + m.st.dim.Render(strings.Repeat("─", max(0, w-ansi.StringWidth(rule))))}
	lines = append(lines, m.countLines(w)...)
	// the items the last answer changed, with their new status, then the others
	seen := map[string]bool{}
	maxChanges := 3
	if wide {
		maxChanges = 10
	}
	if len(m.changes) > 0 && len(lines) < h {
		lines = append(lines, m.st.dim.Render(trunc("Changé par la dernière réponse :", w)))
	}
	for i, c := range m.changes {
		if len(lines) >= h {
			break
		}
		if i == maxChanges {
			lines = append(lines, m.st.dim.Render(trunc("… et "+strconv.Itoa(len(m.changes)-maxChanges)+" autres changements", w)))
			break
		}
		seen[c.id] = true
		if it := m.itemByID(c.id); it != nil {
			lines = append(lines, m.liveItem(*it, w))
		}
	}
	if len(m.changes) > 0 && len(lines) < h {
		lines = append(lines, m.st.dim.Render(trunc("Le reste du plan :", w)))
	}
	for _, it := range m.plan.Items {
		if len(lines) >= h {
			break
		}
		if seen[it.ID] || (!wide && it.Status == rules.StatusNotEligible) {
			continue
		}
		lines = append(lines, m.liveItem(it, w))
	}
	return strings.Join(lines, "\n")
}

// liveItem is one line of the live plan: mark, title, status word.
func (m *Model) liveItem(it guide.Item, w int) string {
	sk := statusKey(it)
	mark := m.st.status(sk).Render(statusMark(it.Status, it.Urgent))
	label := guide.StatusLabel(it.Status)
	tw := w - 2 - ansi.StringWidth(label) - 1
	if tw < 12 {
		return trunc(mark+" "+it.Title, w)
	}
	return mark + " " + padRight(it.Title, tw) + " " + m.st.status(sk).Render(label)
}

// joinColumns puts two blocks side by side, the left one padded to lw cells.
func joinColumns(left, right string, lw, h int, sep string) string {
	l := strings.Split(left, "\n")
	r := strings.Split(right, "\n")
	out := make([]string, 0, h)
	for i := 0; i < h; i++ {
		var a, b string
		if i < len(l) {
			a = l[i]
		}
		if i < len(r) {
			b = r[i]
		}
		out = append(out, padRight(a, lw)+sep+b)
	}
	return strings.Join(out, "\n")
}

// itemByID finds an item of the current plan.
func (m *Model) itemByID(id string) *guide.Item {
	for i := range m.plan.Items {
		if m.plan.Items[i].ID == id {
			return &m.plan.Items[i]
		}
	}
	return nil
}
