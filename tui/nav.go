package tui

import tea "charm.land/bubbletea/v2"

// The screens of the guide and the way between them.

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
	nScreens
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

// drain applies what the screens asked for during this update (Common.send), in order,
// before the next message is read.
func (m *Model) drain() tea.Cmd {
	var cmds []tea.Cmd
	for len(m.sent) > 0 {
		msg := m.sent[0]
		m.sent = m.sent[1:]
		cmds = append(cmds, m.route(msg))
	}
	return tea.Batch(cmds...)
}

// route applies one message of a screen.
func (m *Model) route(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case showMsg:
		return m.show(msg)
	case askMsg:
		return m.openAsk(msg.mode, msg.facts...)
	case leaveAskMsg:
		return m.leaveAsk(msg.flash)
	case backMsg:
		m.pop()
	case flashMsg:
		m.setFlash(msg.text, msg.ok)
	case helpMsg:
		m.overlay = ovHelp
	case quitMsg:
		return m.askQuit()
	case newCaseMsg:
		return m.askNew()
	case changedMsg:
		m.refresh()
	}
	return nil
}

// show goes to a screen, opening what it shows first.
func (m *Model) show(msg showMsg) tea.Cmd {
	switch msg.to {
	case scrDetail:
		m.openDetail(msg.id)
		return nil
	case scrFiche:
		return m.openFiche(msg.id, msg.query)
	case scrSearch:
		m.push(scrSearch)
		return m.search.open(msg.query)
	case scrGlossary:
		m.push(scrGlossary)
		return m.gloss.open()
	case scrSummary:
		m.push(scrSummary)
		m.summary.open()
		return nil
	case scrExport:
		m.push(scrExport)
		return m.export.open()
	}
	return m.push(msg.to)
}

// openDetail shows an item's detail.
func (m *Model) openDetail(id string) {
	m.detail.open(id)
	m.push(scrDetail)
}

// openFiche opens a fiche (or a letter) in the reader; query, if set, is searched once it
// is rendered.
func (m *Model) openFiche(id, query string) tea.Cmd {
	if !m.fiche.open(id, query) {
		m.setFlash("Pas de fiche « "+id+" ».", false)
		return nil
	}
	return m.push(scrFiche) // the layout asks for the rendering at the reader's width
}

// push goes to a screen, remembering where we came from.
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
