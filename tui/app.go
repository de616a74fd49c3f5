package tui

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"aidants/guide"
	"aidants/rules"
)

// Config is what the interactive guide needs to start.
type Config struct {
	Guide *guide.Guide
	Date  time.Time // the day the plan is computed for
	// Light starts with the palette for light backgrounds (dark is the default).
	Light bool
	// AskBackground asks the terminal for its background colour after the first frame
	// and re-themes when it answers. It never blocks and is safe to leave off.
	AskBackground bool
	// Dir is the folder exports are proposed in; "" is the current folder.
	Dir string
	// Situation reopens a case saved with the "dossier" export (nil: a new case).
	Situation *rules.Situation
}

type screen int

const (
	scrQuestion screen = iota
	scrPlan
	scrAnswers
	scrDetail
	scrFiche
	scrSearch
	scrGlossary
	scrSummary
	scrExport
)

var screenTitles = map[screen]string{
	scrQuestion: "Questions",
	scrPlan:     "Plan d'aide",
	scrAnswers:  "Réponses",
	scrDetail:   "Détail",
	scrFiche:    "Fiche",
	scrSearch:   "Recherche dans les fiches",
	scrGlossary: "Lexique des sigles",
	scrSummary:  "Résumé à lire",
	scrExport:   "Exporter le plan",
}

type overlay int

const (
	ovNone overlay = iota
	ovHelp
	ovConfirmNew
	ovConfirmQuit
)

// panicKeys makes f12 panic in Update and f11 in a command; set by panichook.go in a
// build with -tags paniccheck, to check that the terminal is restored.
var panicKeys = false

// Smallest window the guide draws in; below, it says so instead.
const (
	minWidth  = 40
	minHeight = 12
)

// Model is the root model of the guide. Only it returns a tea.View; every screen is drawn
// by a method returning a string sized by the model.
type Model struct {
	cfg           Config
	g             *guide.Guide
	date          time.Time
	keys          keys
	st            palette
	dark          bool
	width, height int

	// c is the call: answers, plan, undo. sit and plan mirror it (m.sync) for the screens.
	c    *guide.Case
	sit  *rules.Situation
	plan *guide.Plan

	screen  screen
	back    []screen
	overlay overlay
	flash   string
	flashOK bool

	ask         askPage
	settleUntil time.Time // Entrée is ignored until then (just after the questions closed)

	planSel string // id of the selected item
	planOff int

	ansSel, ansOff int

	detailID string
	detailVP viewport.Model

	fiche  ficheReader
	search searchScreen
	gloss  glossaryScreen

	summaryVP viewport.Model
	export    exportDialog

	huhTheme huh.Theme
	huhKeys  *huh.KeyMap
	cache    *renderCache

	panicked   any
	panicStack []byte
}

// New returns the guide's model on a new, empty case, on the first question.
func New(cfg Config) *Model {
	if cfg.Date.IsZero() {
		n := time.Now()
		cfg.Date = time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
	}
	m := &Model{
		cfg:      cfg,
		g:        cfg.Guide,
		date:     cfg.Date,
		keys:     defaultKeys(),
		dark:     !cfg.Light,
		huhTheme: formTheme(),
		huhKeys:  formKeyMap(),
		cache:    newRenderCache(),
	}
	m.st = newPalette(m.dark)
	m.detailVP = viewport.New()
	m.summaryVP = viewport.New()
	m.fiche = newFicheReader()
	m.search = newSearchScreen()
	m.gloss = newGlossaryScreen()
	m.c = m.g.NewCase(cfg.Situation, m.date)
	m.resetCase(cfg.Situation != nil)
	return m
}

// resetCase shows a case from its start: the first question of a new case, or the plan
// of a reopened one (every answer still changeable).
func (m *Model) resetCase(reopened bool) {
	m.sync()
	m.back = nil
	m.overlay = ovNone
	m.planSel, m.planOff = "", 0
	m.ansSel, m.ansOff = 0, 0
	m.detailID = ""
	m.export = exportDialog{}
	m.screen = scrPlan
	if !reopened {
		m.openAsk(askFlow)
	}
}

// reopen shows a saved situation as a reopened case, on its plan.
func (m *Model) reopen(s *rules.Situation) {
	m.c = m.g.NewCase(s, m.date)
	m.resetCase(true)
	m.layout()
}

// sync mirrors the case for the screens after it changed.
func (m *Model) sync() {
	m.sit, m.plan = m.c.Situation(), m.c.Plan()
	m.refresh()
}

// caseOpen reports whether anything was answered: quitting or starting again loses it.
func (m *Model) caseOpen() bool { return m.c.Open() }

// Init starts the first question; the background query, if asked, never delays it.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.cfg.AskBackground {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Panicked returns what made the program stop, if it panicked (nil otherwise), with the
// stack for debugging.
func (m *Model) Panicked() (any, []byte) { return m.panicked, m.panicStack }

// Situation returns the answers so far (read only: for tests and the caller).
func (m *Model) Situation() *rules.Situation { return m.sit }

// Plan returns the plan as currently computed.
func (m *Model) Plan() *guide.Plan { return m.plan }

// Update routes a message: window and theme first, then the overlay, then the screen.
// A panic stops the program cleanly (the terminal is restored) instead of crashing it.
func (m *Model) Update(msg tea.Msg) (mod tea.Model, cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			m.panicked, m.panicStack = r, debug.Stack()
			mod, cmd = m, tea.Quit
		}
		cmd = guardCmd(cmd)
	}()
	if m.panicked != nil {
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, tea.Batch(m.layout(), m.forwardToForm(msg))
	case tea.BackgroundColorMsg:
		if dark := msg.IsDark(); dark != m.dark {
			m.dark = dark
			m.st = newPalette(dark)
			m.refresh()
		}
		return m, tea.Batch(m.forwardToForm(msg), m.ficheRenderCmd())
	case ficheRenderedMsg:
		m.cache.put(msg.key, msg.out, msg.err)
		m.fiche.rendered(m, msg.key)
		return m, nil
	case exportDoneMsg:
		m.export.finish(m, msg)
		return m, nil
	case panicMsg:
		m.panicked, m.panicStack = msg.value, msg.stack
		return m, tea.Quit
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	}
	return m, m.forwardToForm(msg)
}

// forwardToForm gives a non-key message to whatever huh form or text input is active:
// huh advances with its own messages, and inputs blink.
func (m *Model) forwardToForm(msg tea.Msg) tea.Cmd {
	switch m.screen {
	case scrQuestion:
		return m.ask.Update(msg)
	case scrExport:
		return m.export.update(m, msg)
	case scrSearch:
		var cmd tea.Cmd
		m.search.input, cmd = m.search.input.Update(msg)
		return cmd
	case scrGlossary:
		var cmd tea.Cmd
		m.gloss.input, cmd = m.gloss.input.Update(msg)
		return cmd
	case scrFiche:
		if m.fiche.inputOn {
			var cmd tea.Cmd
			m.fiche.input, cmd = m.fiche.input.Update(msg)
			return cmd
		}
	}
	return nil
}

// handleKey: confirmations and help first, then ctrl+c, then the screen's own keys.
func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if m.screen != scrQuestion {
		if key.Matches(k, m.keys.Enter) && time.Now().Before(m.settleUntil) {
			return nil // typed with the last answer: not meant for this screen
		}
		m.settleUntil = time.Time{} // any other key: the agent is acting on this screen
		m.flash = ""                // on a question, the answer just recorded stays said until the next one
	}
	if panicKeys { // only in a build with -tags paniccheck (scripts/e2e-tui.sh)
		switch k.String() {
		case "f12":
			panic("panique de test (f12)")
		case "f11":
			return func() tea.Msg { panic("panique de test dans une commande (f11)") }
		}
	}
	switch m.overlay {
	case ovConfirmNew, ovConfirmQuit:
		switch {
		case matches(k, m.keys.Yes):
			ov := m.overlay
			m.overlay = ovNone
			if ov == ovConfirmQuit {
				return tea.Quit
			}
			m.c.New()
			m.resetCase(false)
			m.layout()
			m.setFlash("Nouveau dossier : les réponses précédentes sont effacées.", true)
			return nil
		case matches(k, m.keys.No), k.String() == "ctrl+c" && m.overlay == ovConfirmNew:
			m.overlay = ovNone
		}
		return nil
	case ovHelp:
		if matches(k, m.keys.Help, m.keys.Back) || k.String() == "q" {
			m.overlay = ovNone
		} else if k.String() == "ctrl+c" {
			m.overlay = ovNone
			return m.askQuit()
		}
		return nil
	}
	if k.String() == "ctrl+c" {
		return m.askQuit()
	}
	switch m.screen {
	case scrQuestion:
		return m.ask.Update(k)
	case scrPlan:
		return m.planKey(k)
	case scrAnswers:
		return m.answersKey(k)
	case scrDetail:
		return m.detailKey(k)
	case scrFiche:
		return m.fiche.key(m, k)
	case scrSearch:
		return m.search.key(m, k)
	case scrGlossary:
		return m.gloss.key(m, k)
	case scrSummary:
		return m.summaryKey(k)
	case scrExport:
		return m.export.key(m, k)
	}
	return nil
}

func matches(k tea.KeyPressMsg, bs ...interface{ Keys() []string }) bool {
	s := k.String()
	for _, b := range bs {
		for _, x := range b.Keys() {
			if x == s {
				return true
			}
		}
	}
	return false
}

// askQuit quits at once when nothing was answered, else asks first.
func (m *Model) askQuit() tea.Cmd {
	if !m.caseOpen() {
		return tea.Quit
	}
	m.overlay = ovConfirmQuit
	return nil
}

// askNew starts a new case at once when nothing was answered, else asks first.
func (m *Model) askNew() tea.Cmd {
	if !m.caseOpen() {
		m.c.New()
		m.resetCase(false)
		m.layout()
		return nil
	}
	m.overlay = ovConfirmNew
	return nil
}

// commonKey handles the keys every list screen shares: help and quit.
func (m *Model) commonKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case matches(k, m.keys.Help):
		m.overlay = ovHelp
		return nil, true
	case k.String() == "q":
		return m.askQuit(), true
	}
	return nil, false
}

// go to a screen, remembering where we came from.
func (m *Model) push(s screen) tea.Cmd {
	if m.screen != s {
		m.back = append(m.back, m.screen)
	}
	m.screen = s
	return m.layout()
}

// pop goes back to the previous screen (the plan when there is none).
func (m *Model) pop() {
	if n := len(m.back); n > 0 {
		m.screen = m.back[n-1]
		m.back = m.back[:n-1]
	} else {
		m.screen = scrPlan
	}
	if m.screen == scrQuestion && m.ask.q.Fact == "" {
		m.screen = scrPlan
	}
	m.refresh()
}

func (m *Model) setFlash(s string, ok bool) { m.flash, m.flashOK = s, ok }

// Notice shows a warning in the status line; the command line's input filter uses it
// (main.jobControl: a raw paste too long for a field is cut there).
func (m *Model) Notice(s string) { m.setFlash(s, false) }

// statusKey is the status, with urgency as a status of its own (it changes the order).
func statusKey(it guide.Item) rules.Status {
	if it.Urgent {
		return "urgent"
	}
	return it.Status
}

// statusWord is the status in plain French: "Droit probable", "À vérifier (urgent)".
func statusWord(it guide.Item) string {
	if it.Urgent {
		return guide.StatusLabel(it.Status) + " (urgent)"
	}
	return guide.StatusLabel(it.Status)
}

// refresh rebuilds what depends on the plan or the size: detail, summary.
func (m *Model) refresh() {
	switch m.screen {
	case scrDetail:
		m.refreshDetail()
	case scrSummary:
		m.refreshSummary()
	}
}

// layout sizes the screens from the window; it returns a render command when the fiche
// reader needs a new width.
func (m *Model) layout() tea.Cmd {
	if m.width <= 0 || m.height <= 0 {
		return nil
	}
	bh := m.bodyHeight()
	m.detailVP.SetWidth(m.width)
	m.detailVP.SetHeight(bh)
	m.summaryVP.SetWidth(m.width)
	m.summaryVP.SetHeight(bh)
	m.search.input.SetWidth(max(10, m.width-30))
	m.gloss.input.SetWidth(max(10, m.width-30))
	m.ask.SetSize(m.width, bh)
	m.export.resize(m)
	m.refresh()
	return m.fiche.resize(m, bh-1)
}

// headerLines is the header: name, case, date, screen; the freshness warning below.
func (m *Model) headerLines() []string {
	w := m.width
	name := " aidants "
	left := " "
	if m.caseOpen() {
		left += "Dossier en cours"
	} else {
		left += "Nouveau dossier"
	}
	left += " · " + rules.FrenchDate(m.date)
	right := screenTitles[m.screen] + " "
	if m.overlay == ovHelp {
		right = "Aide "
	}
	// styled in pieces: an escape sequence inside a styled string would end its background
	rest := w - ansi.StringWidth(name)
	gap := rest - ansi.StringWidth(left) - ansi.StringWidth(right)
	var line string
	if gap >= 1 {
		line = left + strings.Repeat(" ", gap) + right
	} else {
		line = left
	}
	lines := []string{trunc(m.st.appName.Render(name)+m.st.header.Render(padRight(line, max(0, rest))), w)}
	if m.plan != nil && !m.plan.Freshness.UpToDate && m.plan.Freshness.Message != "" {
		ws := wrapIndent(m.plan.Freshness.Message, w, "⚠ ", "  ")
		if len(ws) > 2 {
			ws = ws[:2]
			ws[1] = trunc(ws[1]+" …", w)
		}
		for _, l := range ws {
			lines = append(lines, m.st.warn.Render(l))
		}
	}
	return lines
}

// footerLine is the short help of the current screen.
func (m *Model) footerLine() string {
	short, _ := m.screenHelp()
	if m.overlay == ovHelp {
		short = []bindingHelp{{"?/échap", "fermer l'aide"}}
	}
	if m.overlay == ovConfirmNew || m.overlay == ovConfirmQuit {
		short = []bindingHelp{{"o", "oui"}, {"n/échap", "non"}}
	}
	// as many keys as fit, in order of use; "? aide" always shows where there is help
	sep := m.st.keyDesc.Render(" · ")
	render := func(b bindingHelp) string { return m.st.key.Render(b.keys) + " " + m.st.keyDesc.Render(b.desc) }
	var tail string
	if m.overlay == ovNone {
		for i, b := range short {
			if b.keys == "?" {
				tail = render(b)
				short = append(short[:i:i], short[i+1:]...)
				break
			}
		}
	}
	out := ""
	for _, b := range short {
		next := render(b)
		if out != "" {
			next = out + sep + next
		}
		room := m.width
		if tail != "" {
			room -= ansi.StringWidth(sep + tail)
		}
		if ansi.StringWidth(next) > room {
			break
		}
		out = next
	}
	if tail != "" {
		if out != "" {
			out += sep
		}
		out += tail
	}
	return trunc(out, m.width)
}

// statusLine is the message of the last action (answer stored, export written…).
func (m *Model) statusLine() string {
	if m.flash == "" {
		return ""
	}
	st := m.st.flash
	if !m.flashOK {
		st = m.st.errorS
	}
	return st.Render(trunc(m.flash, m.width))
}

// bodyHeight is what is left for the screen between the header and the footer.
func (m *Model) bodyHeight() int {
	return max(0, m.height-len(m.headerLines())-2)
}

// View draws the whole window.
func (m *Model) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			m.panicked, m.panicStack = r, debug.Stack()
			v = tea.NewView("")
		}
	}()
	v.AltScreen = true
	v.WindowTitle = "aidants"
	if m.panicked != nil || m.width <= 0 || m.height <= 0 {
		return v
	}
	if m.width < minWidth || m.height < minHeight {
		msg := fmt.Sprintf("Fenêtre trop petite (%d×%d). Agrandissez-la : au moins %d×%d, 80×24 conseillé.", m.width, m.height, minWidth, minHeight)
		v.SetContent(fit(strings.Join(wrap(msg, m.width), "\n"), m.width, m.height))
		return v
	}
	header := m.headerLines()
	bh := m.height - len(header) - 2
	var body string
	switch m.overlay {
	case ovHelp:
		body = m.helpView(bh)
	case ovConfirmNew, ovConfirmQuit:
		body = m.confirmView(bh)
	default:
		body = m.bodyView(bh)
	}
	content := strings.Join(header, "\n") + "\n" + fit(body, m.width, bh) + "\n" + m.statusLine() + "\n" + m.footerLine()
	v.SetContent(fit(content, m.width, m.height))
	return v
}

func (m *Model) bodyView(h int) string {
	switch m.screen {
	case scrQuestion:
		return m.ask.View()
	case scrPlan:
		return m.planView(h)
	case scrAnswers:
		return m.answersView(h)
	case scrDetail:
		return m.detailVP.View()
	case scrFiche:
		return m.fiche.view(m, h)
	case scrSearch:
		return m.search.view(m, h)
	case scrGlossary:
		return m.gloss.view(m, h)
	case scrSummary:
		return m.summaryVP.View()
	case scrExport:
		return m.export.view(m, h)
	}
	return ""
}

// helpView lists the keys of the current screen.
func (m *Model) helpView(h int) string {
	_, full := m.screenHelp()
	kw := 0
	for _, b := range full {
		kw = max(kw, ansi.StringWidth(b.keys))
	}
	kw = min(kw, m.width/3)
	lines := []string{m.st.title.Render("Touches de l'écran « " + screenTitles[m.screen] + " »"), ""}
	for _, b := range full {
		for i, l := range wrapIndent(b.desc, m.width, "  "+padRight(b.keys, kw)+"  ", "  "+strings.Repeat(" ", kw)+"  ") {
			if i == 0 {
				l = "  " + m.st.key.Render(padRight(b.keys, kw)) + "  " + strings.TrimPrefix(l, "  "+padRight(b.keys, kw)+"  ")
			}
			lines = append(lines, l)
		}
	}
	lines = append(lines, "", m.st.dim.Render("Rien n'est enregistré sur le disque, sauf quand vous exportez le plan."))
	return strings.Join(lines, "\n")
}

// confirmView asks before losing the case.
func (m *Model) confirmView(h int) string {
	var title, text string
	if m.overlay == ovConfirmQuit {
		title = "Quitter le guide ?"
		text = "Les réponses de ce dossier seront perdues : rien n'est enregistré sur le disque."
		if m.c.Dirty() {
			text += " Le plan n'a pas été exporté depuis la dernière réponse (touche e)."
		}
	} else {
		title = "Commencer un nouveau dossier ?"
		text = "Toutes les réponses en cours seront effacées."
		if m.c.Dirty() {
			text += " Le plan n'a pas été exporté depuis la dernière réponse."
		}
	}
	bw := min(m.width-4, 60)
	lines := []string{m.st.warn.Render(title), ""}
	lines = append(lines, wrap(text, bw-4)...)
	lines = append(lines, "", m.st.key.Render("o")+" oui    "+m.st.key.Render("n")+" ou "+m.st.key.Render("échap")+" non")
	box := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(m.st.accent).Padding(0, 1).Width(bw).
		Render(strings.Join(lines, "\n"))
	return lipgloss.Place(m.width, h, lipgloss.Center, lipgloss.Center, box)
}

// panicMsg carries a panic caught in a command back to the update loop.
type panicMsg struct {
	value any
	stack []byte
}

// guardCmd makes every command the model returns (and those of a batch) report a panic as
// a panicMsg instead of letting Bubble Tea print a Go stack from its command goroutine,
// which could reach the terminal after the program has stopped.
func guardCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{r, debug.Stack()}
			}
		}()
		msg = cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for i := range b {
				b[i] = guardCmd(b[i])
			}
		}
		return msg
	}
}

// safeCmd runs a command of ours and turns a panic into a panicMsg.
func safeCmd(f func() tea.Msg) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{r, debug.Stack()}
			}
		}()
		return f()
	}
}

// countLines counts the plan's items per status, on as few lines of w cells as needed.
func (m *Model) countLines(w int) []string {
	var el, ch, info, not, urg int
	for _, it := range m.plan.Items {
		switch {
		case it.Urgent:
			urg++
		case it.Status == rules.StatusEligible:
			el++
		case it.Status == rules.StatusToCheck:
			ch++
		case it.Status == rules.StatusInfo:
			info++
		default:
			not++
		}
	}
	var parts []string
	if urg > 0 {
		parts = append(parts, m.st.status("urgent").Render("! "+strconv.Itoa(urg)+" urgent"))
	}
	parts = append(parts,
		m.st.status(rules.StatusEligible).Render("✓ "+strconv.Itoa(el)+" droit"+plural(el)+" probable"+plural(el)),
		m.st.status(rules.StatusToCheck).Render("? "+strconv.Itoa(ch)+" à vérifier"),
		m.st.status(rules.StatusNotEligible).Render("✗ "+strconv.Itoa(not)+" non éligible"+plural(not)),
		m.st.status(rules.StatusInfo).Render("i "+strconv.Itoa(info)+" info"))
	var lines []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case ansi.StringWidth(cur+"  "+p) <= w:
			cur += "  " + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	return append(lines, cur)
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// newInput is a text input with the guide's look.
func newInput(placeholder string) textinput.Model {
	ti := textinput.New()
	ti.Placeholder = placeholder
	ti.Prompt = "> "
	ti.CharLimit = 80
	return ti
}
