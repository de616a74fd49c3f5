package tui

import (
	"runtime/debug"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

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

// panicKeys makes f12 panic in Update and f11 in a command; set by panichook.go in a
// build with -tags paniccheck, to check that the terminal is restored.
var panicKeys = false

// Smallest window the guide draws in; below, it says so instead.
const (
	minWidth  = 40
	minHeight = 12
)

// Model is the root model of the guide. Only it returns a tea.View: it routes messages to
// the screen on view (a Component) and draws the frame around it (header, status line,
// footer help); the screens share a Common.
type Model struct {
	*Common

	// the screens, by screen id; the typed fields are the same screens
	pages   [nScreens]Component
	ask     *askPage
	planPg  *planPage
	answers *answersPage
	detail  *detailPage
	fiche   *ficheReader
	search  *searchScreen
	gloss   *glossaryScreen
	summary *summaryPage
	export  *exportDialog

	back    []screen
	overlay overlay
	flash   string
	flashOK bool
	help    help.Model

	settleUntil time.Time // Entrée is ignored until then (just after the questions closed)

	panicked   any
	panicStack []byte
}

// New returns the guide's model on a new, empty case, on the first question.
func New(cfg Config) *Model {
	if cfg.Date.IsZero() {
		n := time.Now()
		cfg.Date = time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
	}
	c := &Common{
		cfg:      cfg,
		g:        cfg.Guide,
		date:     cfg.Date,
		keys:     defaultKeys(),
		dark:     !cfg.Light,
		huhTheme: formTheme(),
		huhKeys:  formKeyMap(),
		cache:    newRenderCache(),
	}
	c.st = newPalette(c.dark)
	m := &Model{Common: c, help: help.New()}
	m.ask = &askPage{m: c}
	m.planPg = &planPage{Common: c}
	m.answers = &answersPage{Common: c}
	m.detail = newDetailPage(c)
	m.fiche = newFicheReader(c)
	m.search = newSearchScreen(c)
	m.gloss = newGlossaryScreen(c)
	m.summary = newSummaryPage(c)
	m.export = &exportDialog{Common: c}
	m.pages = [nScreens]Component{scrQuestion: m.ask, scrPlan: m.planPg, scrAnswers: m.answers, scrDetail: m.detail,
		scrFiche: m.fiche, scrSearch: m.search, scrGlossary: m.gloss, scrSummary: m.summary, scrExport: m.export}
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
	m.selected = ""
	m.planPg.off, m.answers.sel, m.answers.off = 0, 0, 0
	m.detail.id = ""
	*m.export = exportDialog{Common: m.Common}
	m.screen = scrPlan
	if !reopened {
		m.openAsk(askFlow)
	}
	m.drain()
}

// reopen shows a saved situation as a reopened case, on its plan.
func (m *Model) reopen(s *rules.Situation) {
	m.c = m.g.NewCase(s, m.date)
	m.resetCase(true)
	m.layout()
}

// sync mirrors the case for the screens after it changed.
func (m *Model) sync() {
	m.Common.sync()
	m.drain()
}

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
		return m, tea.Batch(m.forwardToForm(msg), m.fiche.renderCmd())
	case ficheRenderedMsg:
		m.cache.put(msg.key, msg.out, msg.err)
		m.fiche.rendered(msg.key)
		return m, nil
	case exportDoneMsg:
		m.export.finish(msg)
		return m, m.drain()
	case panicMsg:
		m.panicked, m.panicStack = msg.value, msg.stack
		return m, tea.Quit
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	}
	return m, m.forwardToForm(msg)
}

// forwardToForm gives a non-key message to the screen on view: huh advances with its own
// messages, and inputs blink.
func (m *Model) forwardToForm(msg tea.Msg) tea.Cmd {
	_, cmd := m.pages[m.screen].Update(msg)
	return tea.Batch(cmd, m.drain())
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
		switch {
		case key.Matches(k, m.keys.PanicUpdate):
			panic("panique de test (f12)")
		case key.Matches(k, m.keys.PanicCmd):
			return func() tea.Msg { panic("panique de test dans une commande (f11)") }
		}
	}
	switch m.overlay {
	case ovConfirmNew, ovConfirmQuit:
		switch {
		case key.Matches(k, m.keys.Yes):
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
		case key.Matches(k, m.keys.No), key.Matches(k, m.keys.ForceQuit) && m.overlay == ovConfirmNew:
			m.overlay = ovNone
		}
		return nil
	case ovHelp:
		if key.Matches(k, m.keys.Help, m.keys.Back, m.keys.Q) {
			m.overlay = ovNone
		} else if key.Matches(k, m.keys.ForceQuit) {
			m.overlay = ovNone
			return m.askQuit()
		}
		return nil
	}
	if key.Matches(k, m.keys.ForceQuit) {
		return m.askQuit()
	}
	_, cmd := m.pages[m.screen].Update(k)
	return tea.Batch(cmd, m.drain())
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

func (m *Model) setFlash(s string, ok bool) { m.flash, m.flashOK = s, ok }

// Notice shows a warning in the status line; the command line's input filter uses it
// (main.jobControl: a raw paste too long for a field is cut there).
func (m *Model) Notice(s string) { m.setFlash(s, false) }

// refresh rebuilds the screen on view when it shows the plan.
func (m *Model) refresh() {
	if r, ok := m.pages[m.screen].(refresher); ok {
		r.refresh()
	}
}

// layout sizes the screens from the window; it returns a render command when the fiche
// reader needs a new width.
func (m *Model) layout() tea.Cmd {
	if m.width <= 0 || m.height <= 0 {
		return nil
	}
	bh := m.bodyHeight()
	for _, p := range m.pages {
		p.SetSize(m.width, bh)
	}
	m.refresh()
	return m.fiche.renderCmd()
}
