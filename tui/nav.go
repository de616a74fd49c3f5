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
