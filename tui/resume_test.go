package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A case saved with the "dossier" export reopens on its plan, answers kept.
func TestReopenedCaseStartsOnItsPlan(t *testing.T) {
	cfg := testConfig()
	cfg.Situation = situationOf(t, `{"person":{"age":84,"residence":"home","gir":2,"receives_apa":true},"caregiver":{"relationship":"child","employment":"employee"}}`)
	m := New(cfg)
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	s := screenText(m)
	if !strings.Contains(s, "Dossier en cours") || !strings.Contains(s, "Plan d'aide") || !strings.Contains(s, "84 ans") || !strings.Contains(s, "Congé de proche aidant") {
		t.Fatalf("reopened case does not show its plan:\n%s", s)
	}
}
