package main

import (
	"io"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"aidants/tui"
)

// A raw paste of 100 KB (no bracketed paste: one key per character) into a field does not
// keep the guide busy: past maxFieldInput characters the keys are dropped, and the guide
// says so.
func TestRawPasteIsCapped(t *testing.T) {
	g, err := loadGuide("", io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	var m tea.Model = newJobControl(tui.New(tui.Config{Guide: g, Date: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)}))
	m.Init()
	m, _ = m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
	for i := 0; i < 100_000; i++ {
		m, _ = m.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
		m.View() // Bubble Tea asks for the view after every message
	}
	view := m.View().Content
	// past the cap a key costs next to nothing: it never reaches the form, and the last
	// view is reused (counted in allocations, not in time, so a loaded machine cannot fail it)
	allocs := testing.AllocsPerRun(200, func() {
		m, _ = m.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
		m.View()
	})
	if allocs > 8 {
		t.Errorf("a key past the cap still allocates %.0f times: it reaches the form", allocs)
	}
	if !strings.Contains(view, "la suite du collage est ignorée") || strings.Contains(view, strings.Repeat("a", maxFieldInput+1)) {
		t.Errorf("no message about the dropped text:\n%s", view)
	}
}
