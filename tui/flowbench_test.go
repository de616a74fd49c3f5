package tui

import "testing"

// BenchmarkKeystrokeFlow is scripts/tui-keys.py in the process: from the first question,
// each answer typed, Enter pressed and the frame drawn after every key.
func BenchmarkKeystrokeFlow(b *testing.B) {
	answers := []string{"1", "2", "82", "23", "1", "1", "2", "1"}
	for b.Loop() {
		b.StopTimer()
		m := newSized(b, 80, 24)
		_ = m.View()
		b.StartTimer()
		for _, a := range answers {
			for _, k := range a {
				m.Update(press(string(k)))
				_ = m.View()
			}
			m.Update(press("enter"))
			_ = m.View()
		}
	}
}
