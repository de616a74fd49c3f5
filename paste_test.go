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
	start := time.Now()
	for i := 0; i < 100_000; i++ {
		m, _ = m.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
		m.View() // Bubble Tea asks for the view after every message
		if i%1000 == 0 && time.Since(start) > 3*time.Second {
			t.Fatalf("after %d of 100 000 pasted characters, already %v", i, time.Since(start))
		}
	}
	took := time.Since(start)
	view := m.View().Content
	if took > 3*time.Second {
		t.Errorf("100 000 pasted characters took %v", took)
	}
	if !strings.Contains(view, "la suite du collage est ignorée") || strings.Contains(view, strings.Repeat("a", maxFieldInput+1)) {
		t.Errorf("no message about the dropped text:\n%s", view)
	}
	t.Logf("100 000 keys in %v", took)
}
