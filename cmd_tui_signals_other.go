//go:build !unix

package main

import (
	"os"

	tea "charm.land/bubbletea/v2"
)

// watchSignals: on Windows there is no SIGHUP, SIGQUIT or job control; Bubble Tea handles
// the console's interrupts.
func watchSignals(p *tea.Program) (stop func(), got func() os.Signal) {
	return func() {}, func() os.Signal { return nil }
}

func signalExit(s os.Signal) (int, string) { return exitError, "" }

const suspendable = false

func requestSuspend() {}
