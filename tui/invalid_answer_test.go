package tui

import (
	"strings"
	"testing"
)

// An answer that cannot be right (an age of 300, 24 nines pasted) is refused in words
// under the question; the agent corrects it and goes on.
func TestInvalidAnswerIsExplained(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "3", "0", "0", "enter")
	if s := screenText(m); !strings.Contains(s, "entre 0 et 125") {
		t.Fatalf("no explanation for an age of 300:\n%s", s)
	}
	drive(m, "backspace", "backspace", "backspace")
	for _, k := range strings.Split("999999999999999999999999999999", "") {
		drive(m, k)
	}
	drive(m, "enter")
	if s := screenText(m); !strings.Contains(s, "nombre entier") {
		t.Fatalf("no explanation for a huge number:\n%s", s)
	}
	for i := 0; i < 30; i++ {
		drive(m, "backspace")
	}
	drive(m, "8", "4", "enter")
	if s := screenText(m); !strings.Contains(s, "département") {
		t.Fatalf("did not move on to the next question:\n%s", s)
	}
}
