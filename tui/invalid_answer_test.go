package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// An answer that cannot be right (an age of 300, 24 nines pasted) is refused in words
// under the question; the agent corrects it and goes on.
func TestInvalidAnswerIsExplained(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "1", "enter", "2", "enter")
	drive(m, "3", "0", "0", "enter")
	if s := screenText(m); !strings.Contains(s, "Entre 0 et 125") {
		t.Fatalf("no explanation for an age of 300:\n%s", s)
	}
	for i := 0; i < 3; i++ {
		m.Update(press("backspace"))
	}
	m.Update(tea.PasteMsg{Content: strings.Repeat("9", 10000)}) // a 10 000-character paste
	drive(m, "enter")
	if s := screenText(m); !strings.Contains(s, "nombre entier") {
		t.Fatalf("no explanation for a huge number:\n%s", s)
	}
	for i := 0; i < 60; i++ {
		m.Update(press("backspace"))
	}
	drive(m, "8", "4", "enter")
	if s := screenText(m); !strings.Contains(s, "département") {
		t.Fatalf("did not move on to the next question:\n%s", s)
	}
}
