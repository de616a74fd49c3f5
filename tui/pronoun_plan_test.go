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
