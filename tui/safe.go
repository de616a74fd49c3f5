package tui

import (
	"runtime/debug"

	tea "charm.land/bubbletea/v2"
)

// panicMsg carries a panic caught in a command back to the update loop.
type panicMsg struct {
	value any
	stack []byte
}

// guardCmd makes every command the model returns (and those of a batch) report a panic as
// a panicMsg instead of letting Bubble Tea print a Go stack from its command goroutine,
// which could reach the terminal after the program has stopped.
func guardCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{r, debug.Stack()}
			}
		}()
		msg = cmd()
		if b, ok := msg.(tea.BatchMsg); ok {
			for i := range b {
				b[i] = guardCmd(b[i])
			}
		}
		return msg
	}
}

// safeCmd runs a command of ours and turns a panic into a panicMsg.
func safeCmd(f func() tea.Msg) tea.Cmd {
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = panicMsg{r, debug.Stack()}
			}
		}()
		return f()
	}
}
