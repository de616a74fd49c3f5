package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// The plan's « À demander ensuite » line speaks of a man as « il », like the questions do.
func TestNextQuestionLineFollowsThePronoun(t *testing.T) {
	m := New(testConfig())
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(m, "2", "enter", "tab", "tab", "tab", "esc") // un homme, three « je ne sais pas », then the plan
	s := screenText(m)
	if !strings.Contains(s, "À demander ensuite") {
		t.Fatalf("pas de question suggérée dans le plan :\n%s", s)
	}
	if strings.Contains(s, "-elle") || strings.Contains(s, " elle ") {
		t.Errorf("le plan parle d'un homme au féminin :\n%s", s)
	}
}

// The detail's « Pour trancher, demander » lists the questions in the words for this man.
func TestDetailQuestionsFollowThePronoun(t *testing.T) {
	m := New(testConfig())
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 120})
	drive(m, "2", "enter", "tab", "tab", "tab", "esc")
	found := false
	for i := 0; i < 30 && !found; i++ {
		drive(m, "enter")
		s := screenText(m)
		if strings.Contains(s, "Pour trancher") {
			found = true
			part := s[strings.Index(s, "Pour trancher"):]
			if strings.Contains(part, "-elle") || strings.Contains(part, " elle ") {
				t.Errorf("questions au féminin pour un homme :\n%s", part)
			}
		}
		drive(m, "esc", "down")
	}
	if !found {
		t.Skip("aucun détail avec des questions")
	}
}
