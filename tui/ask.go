package tui

import (
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"aidants/guide"
	"aidants/rules"
)

// The question screen. One rule, said on screen and in the README: what you type goes in
// the answer line (a digit chooses an answer, a number is typed as it is said), and only
// Entrée records it. Entrée with nothing typed records nothing, so an extra Entrée never
// answers the next question; Tab records « je ne sais pas »; Maj+Tab takes the last
// answer back. Answers are checked and stored by the case controller (guide.Case), the
// same one the accessible guide uses.

// wideQuestion is the width from which the live plan sits beside the question.
const wideQuestion = 110

// settleTime is how long an Entrée is ignored after the questions close.
const settleTime = 500 * time.Millisecond

type askMode int

const (
	askFlow   askMode = iota // the questionnaire: the next useful question each time
	askOne                   // one question (and the AGGIR estimate it may open), then back
	askSeries                // a list of questions (the useful ones, an item's missing facts)
)

// askPage is the question on screen and what is typed for it.
type askPage struct {
	m          *Common
	q          guide.Question
	mode       askMode
	queue      []string
	typed      string
	err        string
	escPending bool   // Échap pressed with something typed: a second one leaves without it
	confirming string // an unusual answer shown for confirmation: Entrée on it records it
	returnTo   screen
	remaining  int
	w, h       int
}

// An answer recorded moves on at once: the page sends its messages through Common.send,
// which the root applies before it reads the next key (no command round trip), so no key
// typed after Entrée can reach the question just answered.

// openAsk opens the question screen. facts are the questions of a series (askSeries) or
// the one question (askOne).
func (m *Model) openAsk(mode askMode, facts ...string) tea.Cmd {
	ret := m.screen
	if ret == scrQuestion {
		ret = m.ask.returnTo
	}
	*m.ask = askPage{m: m.Common, mode: mode, queue: facts, returnTo: ret, w: m.ask.w, h: m.ask.h}
	if !m.ask.advance() {
		m.setFlash("Aucune question en attente : toutes les questions utiles ont été posées.", true)
		m.screen = ret
		if m.screen == scrQuestion {
			m.screen = scrPlan
		}
		return nil
	}
	m.screen = scrQuestion
	m.layout()
	return nil
}

// advance puts the next question on screen; false when there is none.
func (a *askPage) advance() bool {
	c := a.m.c
	a.typed, a.err, a.escPending = "", "", false
	if c.Estimating() {
		if q, ok := c.Next(); ok && (a.mode == askFlow || strings.HasPrefix(q.Fact, "aggir.")) {
			a.show(q)
			return true
		}
	}
	switch a.mode {
	case askFlow:
		q, ok := c.Next()
		if !ok {
			return false
		}
		a.show(q)
		return true
	default:
		for len(a.queue) > 0 {
			f := a.queue[0]
			a.queue = a.queue[1:]
			q, ok := guide.QuestionFor(f)
			if !ok {
				continue
			}
			if a.mode == askSeries && (guide.Known(c.Situation(), f) || !c.Worth(q)) {
				continue
			}
			a.show(q)
			return true
		}
	}
	return false
}

func (a *askPage) show(q guide.Question) {
	a.q, a.confirming = q, ""
	a.remaining = 0
	if a.mode == askFlow {
		a.remaining = a.m.c.Remaining()
	}
}

// choice reports whether the question is answered by numbers.
func (a *askPage) choice() bool {
	switch a.q.Kind {
	case guide.KindBool, guide.KindChoice, guide.KindMulti:
		return true
	}
	return false
}

// Init implements Component.
func (a *askPage) Init() tea.Cmd { return nil }

// Update implements Component: a key or a paste on the question.
func (a *askPage) Update(msg tea.Msg) (Component, tea.Cmd) { return a, a.handle(msg) }

// handle handles a key or a paste on the question.
func (a *askPage) handle(msg tea.Msg) tea.Cmd {
	if p, ok := msg.(tea.PasteMsg); ok {
		a.typed = clipCells(a.typed+strings.ReplaceAll(p.Content, "\n", " "), 40)
		a.err, a.escPending, a.confirming = "", false, ""
		return nil
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	m, km := a.m, a.m.keys
	switch {
	case key.Matches(k, km.Validate):
		return a.validate()
	case key.Matches(k, km.Skip):
		m.c.Skip(a.q.Fact)
		return a.recorded(a.q.Fact)
	case key.Matches(k, km.Undo):
		return a.undo()
	case key.Matches(k, km.Back):
		if strings.TrimSpace(a.typed) != "" && !a.escPending {
			a.escPending = true
			a.err = "« " + a.typed + " » n'est pas enregistré. Entrée : l'enregistrer · Échap : l'oublier et aller au plan."
			return nil
		}
		return m.leaveAsk("")
	case key.Matches(k, km.Help):
		m.send(helpMsg{})
		return nil
	case key.Matches(k, km.Erase):
		if r := []rune(a.typed); len(r) > 0 {
			a.typed = string(r[:len(r)-1])
		}
		a.err, a.escPending, a.confirming = "", false, ""
		return nil
	case a.choice() && key.Matches(k, km.ChoiceUp, km.ChoiceDown):
		a.move(key.Matches(k, km.ChoiceDown))
		return nil
	}
	if t := k.Text; t != "" && ansi.StringWidth(t) > 0 && ansi.StringWidth(a.typed) < 40 {
		a.typed += t
		a.err, a.escPending, a.confirming = "", false, ""
	}
	return nil
}

// move goes to the answer above or below the one typed (multiple choice: the last one).
func (a *askPage) move(down bool) {
	n := len(a.m.c.Choices(a.q))
	cur := 0
	if f := strings.Fields(a.typed); len(f) > 0 {
		cur, _ = strconv.Atoi(f[len(f)-1])
	}
	switch {
	case down && cur < n:
		cur++
	case !down && cur > 1:
		cur--
	case cur == 0:
		cur = 1
	}
	a.typed = strconv.Itoa(cur)
	a.err = ""
}

// validate records what was typed, or says why not.
func (a *askPage) validate() tea.Cmd {
	c := a.m.c
	raw := strings.TrimSpace(a.typed)
	if raw == "" {
		if a.choice() {
			a.err = "Rien n'est choisi : tapez le chiffre d'une réponse, puis Entrée (Tab : je ne sais pas)."
		} else {
			a.err = "Rien n'est tapé : tapez la réponse, puis Entrée (Tab : je ne sais pas)."
		}
		return nil
	}
	if a.choice() {
		v, err := c.ParseChoice(a.q, raw)
		if err != nil {
			a.err = upperFirst(err.Error()) + "."
			return nil
		}
		raw = v
	}
	if why := guide.Unusual(a.q, raw); why != "" && a.confirming != raw {
		a.confirming, a.err = raw, why+" Si oui, Entrée à nouveau ; sinon, corrigez."
		return nil
	}
	a.confirming = ""
	if err := c.Answer(a.q.Fact, raw); err != nil {
		a.err = upperFirst(err.Error()) + "."
		return nil
	}
	return a.recorded(a.q.Fact)
}

// recorded says what was recorded and moves on.
func (a *askPage) recorded(fact string) tea.Cmd {
	m := a.m
	m.sync()
	wasEstimating := strings.HasPrefix(fact, "aggir.")
	flash := m.c.Feedback(fact)
	if !a.advance() {
		if wasEstimating {
			flash = guide.GIREstimateText(m.sit) + " " + flash
		}
		if a.mode == askFlow {
			flash += " Toutes les questions utiles ont été posées : voici le plan."
		}
		return m.leaveAsk(flash)
	}
	// still asking: Maj+Tab works here
	flash = strings.Replace(flash, " ✓.", " ✓ — Maj+Tab pour corriger.", 1)
	if wasEstimating && !strings.HasPrefix(a.q.Fact, "aggir.") {
		flash = guide.GIREstimateText(m.sit) + " " + flash
	}
	m.setFlash(flash, true)
	return nil
}

// undo takes the last answer back and asks its question again.
func (a *askPage) undo() tea.Cmd {
	m := a.m
	fact, ok := m.c.Undo()
	if !ok {
		a.err = "Aucune réponse à reprendre."
		return nil
	}
	m.sync()
	q, isQ := guide.QuestionFor(fact)
	if !isQ {
		m.setFlash("Dernière réponse reprise.", true)
		return nil
	}
	a.q, a.typed, a.err, a.escPending, a.confirming = q, "", "", false, ""
	if a.mode == askFlow {
		a.remaining = m.c.Remaining()
	}
	t := guide.ShortLabel(q) + " : réponse reprise, répondez à nouveau."
	if guide.Known(m.sit, fact) {
		t += " (Réponse d'avant : " + m.c.Display(q) + ".)"
	}
	m.setFlash(t, true)
	return nil
}

// leaveAsk closes the questions (the root does it, leaveAskMsg).
func (c *Common) leaveAsk(flash string) tea.Cmd { c.send(leaveAskMsg{flash}); return nil }

// leaveAsk closes the questions and goes back where they were opened from.
func (m *Model) leaveAsk(flash string) tea.Cmd {
	ret := m.ask.returnTo
	if ret == scrQuestion {
		ret = scrPlan
	}
	if m.ask.mode == askFlow {
		if _, more := m.c.Next(); !more {
			m.selected, m.planPg.off = "", 0 // the questionnaire is over: the plan opens at its top
		}
	}
	// an Entrée typed just after the last answer (a habit, or typed ahead) must not open
	// whatever is selected on the screen that comes next
	m.settleUntil = time.Now().Add(settleTime)
	m.screen = ret
	if flash != "" {
		m.setFlash(flash, true)
	}
	m.layout()
	return nil
}

// ShortHelp implements help.KeyMap.
func (a *askPage) ShortHelp() []key.Binding {
	k := a.m.keys
	return []key.Binding{withHelp(k.Validate, "entrée", "enregistrer"), k.Skip, withHelp(k.Undo, "maj+tab", "corriger"),
		withHelp(k.Back, "échap", "plan"), k.Help, withHelp(k.ForceQuit, "ctrl+c", "quitter")}
}

// FullHelp implements help.KeyMap.
func (a *askPage) FullHelp() [][]key.Binding {
	k := a.m.keys
	return [][]key.Binding{{k.Digits, withHelp(k.ChoiceDown, "↑/↓", "choisir la réponse au-dessus, au-dessous"),
		typing("chiffres, lettres", "taper un nombre ou un numéro de département comme on le dit (1 300 €)"),
		k.Validate, withHelp(k.Validate, "entrée sans rien taper", "rien n'est enregistré (une Entrée de trop ne répond jamais)"),
		k.Skip, withHelp(k.Undo, "maj+tab", "reprendre la dernière réponse enregistrée et la corriger"), k.Erase,
		withHelp(k.Back, "échap", "aller au plan (avec une réponse tapée : il demande d'abord)"), withHelp(k.ForceQuit, "ctrl+c", "quitter")}}
}

// SetSize implements Component.
func (a *askPage) SetSize(w, h int) { a.w, a.h = w, h }

// progress says where the questionnaire stands.
func (a *askPage) progress() string {
	q := a.q
	if strings.HasPrefix(q.Fact, "aggir.") {
		n := 0
		for i, x := range guide.AGGIRQuestions {
			if x.Fact == q.Fact {
				n = i + 1
			}
		}
		return "Estimation du GIR · " + strconv.Itoa(n) + " sur " + strconv.Itoa(len(guide.AGGIRQuestions))
	}
	s := q.Group
	switch a.mode {
	case askOne:
		s += " · modification"
	case askSeries:
		s += " · encore " + strconv.Itoa(len(a.queue)) + " ensuite au plus"
	default:
		if a.remaining > 1 {
			s += " · encore " + strconv.Itoa(a.remaining-1) + " question" + plural(a.remaining-1) + " au plus"
		} else {
			s += " · dernière question"
		}
	}
	return s
}

// rule is the one line that says how to answer.
func (a *askPage) rule() string {
	switch {
	case a.q.Kind == guide.KindMulti:
		return "Tapez les chiffres (1 3), puis Entrée · Tab : je ne sais pas · Maj+Tab : corriger"
	case a.choice():
		return "Un chiffre choisit, Entrée enregistre · Tab : je ne sais pas · Maj+Tab : corriger"
	}
	return "Tapez la réponse, Entrée enregistre · Tab : je ne sais pas · Maj+Tab : corriger"
}

// questionLines is the question, its answers and the answer line, in w cells.
func (a *askPage) questionLines(w int) []string {
	m, c, q := a.m, a.m.c, a.q
	st := m.st
	lines := []string{st.title.Render(trunc(a.progress(), w)), ""}
	for _, l := range wrap(c.Text(q), w) {
		lines = append(lines, st.bold.Render(l))
	}
	if q.Help != "" {
		for _, l := range wrap(c.Words(q.Help), w) {
			lines = append(lines, st.dim.Render(l))
		}
	}
	if a.choice() {
		chosen := c.Chosen(q, a.typed)
		recorded := map[int]bool{}
		if a.typed == "" {
			recorded = c.Chosen(q, c.Typed(q))
		}
		for i, ch := range c.Choices(q) {
			n := i + 1
			mark := ""
			if q.Kind == guide.KindMulti {
				mark = "[ ] "
				if chosen[n] {
					mark = "[x] "
				}
			}
			line := mark + strconv.Itoa(n) + ". " + ch.Label
			if recorded[n] {
				line += " ← enregistrée"
			}
			if chosen[n] {
				lines = append(lines, st.cursor.Render("▸ ")+st.selected.Render(trunc(line, w-2)))
			} else {
				lines = append(lines, "  "+trunc(line, w-2))
			}
		}
	}
	prompt := "Réponse : "
	if q.Kind == guide.KindEuros {
		prompt = "Réponse (€ par mois) : "
	}
	lines = append(lines, st.key.Render(prompt)+a.typed+st.cursor.Render("▏"))
	switch {
	case a.err != "":
		for _, l := range wrap(a.err, w) {
			lines = append(lines, st.errorS.Render(l))
		}
	case guide.Known(c.Situation(), q.Fact):
		lines = append(lines, st.dim.Render(trunc("Réponse enregistrée : "+c.Display(q)+".", w)))
	default:
		for _, l := range wrap(a.rule(), w) {
			lines = append(lines, st.dim.Render(l))
		}
	}
	return lines
}

// View draws the question with the live plan below it (or beside it when wide).
func (a *askPage) View() string {
	m, w, h := a.m, a.w, a.h
	if w >= wideQuestion {
		lw := min(90, w/2)
		left := strings.Join(a.questionLines(lw), "\n")
		right := m.livePlan(w-lw-3, h, true)
		return joinColumns(left, right, lw, h, m.st.dim.Render(" │ "))
	}
	lines := a.questionLines(w)
	if room := h - 4; len(lines) > room && room > 3 {
		// keep the answer line and what follows; cut the help first
		lines = append(lines[:room-2], lines[len(lines)-2:]...)
	}
	if rest := h - len(lines) - 1; rest > 0 {
		lines = append(lines, "")
		lines = append(lines, strings.Split(m.livePlan(w, rest, false), "\n")...)
	}
	return strings.Join(lines, "\n")
}

// clipCells keeps the first n cells of s.
func clipCells(s string, n int) string {
	if ansi.StringWidth(s) <= n {
		return s
	}
	return ansi.Truncate(s, n, "")
}

func upperFirst(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return s
	}
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

// livePlan is the plan as it stands, in h lines: counts, what the last answer changed,
// then the items in plan order.
func (m *Common) livePlan(w, h int, wide bool) string {
	if h <= 0 {
		return ""
	}
	rule := "Plan en direct "
	lines := []string{m.st.bold.Render(rule) + m.st.dim.Render(strings.Repeat("─", max(0, w-ansi.StringWidth(rule))))}
	lines = append(lines, m.countLines(w)...)
	seen := map[string]bool{}
	maxChanges := 3
	if wide {
		maxChanges = 10
	}
	changes := m.c.Changes()
	if len(changes) > 0 && len(lines) < h {
		lines = append(lines, m.st.dim.Render(trunc("Changé par la dernière réponse :", w)))
	}
	for i, c := range changes {
		if len(lines) >= h {
			break
		}
		if i == maxChanges {
			lines = append(lines, m.st.dim.Render(trunc("… et "+strconv.Itoa(len(changes)-maxChanges)+" autres changements", w)))
			break
		}
		seen[c.ID] = true
		if it := m.itemByID(c.ID); it != nil {
			lines = append(lines, m.liveItem(*it, w))
		}
	}
	if len(changes) > 0 && len(lines) < h {
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
func (m *Common) liveItem(it guide.Item, w int) string {
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
