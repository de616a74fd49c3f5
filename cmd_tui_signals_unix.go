//go:build unix

package main

import (
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	tea "charm.land/bubbletea/v2"
)

// watchSignals keeps the terminal usable whatever signal the guide gets while it owns the
// screen. SIGINT and SIGTERM are Bubble Tea's (it quits and restores the terminal).
//   - SIGHUP (terminal closed, kill -HUP) and SIGQUIT (Ctrl+\): the guide quits through
//     Bubble Tea, which leaves the alternate screen, shows the cursor and puts the tty back
//     in cooked mode; SIGQUIT no longer prints the Go runtime's goroutine dump.
//   - SIGTSTP (kill -TSTP; Ctrl+Z arrives as a key, see jobControl): the guide suspends
//     through Bubble Tea (tea.Suspend: terminal restored, then the process stops); after
//     « fg » (SIGCONT) Bubble Tea takes the screen back and repaints.
//
// Bubble Tea stops the process by sending SIGTSTP to its process group and waiting for
// SIGCONT. Once SIGTSTP is watched (signal.Notify), the Go runtime keeps its own handler
// for it for good, so that SIGTSTP would only come back here: while a suspension is under
// way, it is answered with SIGSTOP to the group, which stops the job exactly as the
// default action would (the shell sees it stopped and « fg » continues it).
//
// stop ends the watching; got is the signal that made the guide quit (nil if none).
func watchSignals(p *tea.Program) (stop func(), got func() os.Signal) {
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, syscall.SIGHUP, syscall.SIGQUIT, syscall.SIGTSTP, syscall.SIGCONT)
	done := make(chan struct{})
	finished := make(chan struct{})
	var quitBy atomic.Value
	go func() {
		defer close(finished)
		for {
			select {
			case <-done:
				return
			case s := <-sigs:
				switch s {
				case syscall.SIGCONT:
					suspending.Store(false)
				case syscall.SIGTSTP:
					if suspending.Load() { // Bubble Tea's own: the terminal is released
						syscall.Kill(0, syscall.SIGSTOP)
						continue
					}
					requestSuspend()
					p.Send(tea.SuspendMsg{})
				default:
					quitBy.CompareAndSwap(nil, s)
					p.Quit()
				}
			}
		}
	}()
	return func() {
			close(done)
			<-finished
			signal.Stop(sigs)
		}, func() os.Signal {
			s, _ := quitBy.Load().(os.Signal)
			return s
		}
}

// suspending is set from the request to suspend to the SIGCONT that ends the suspension.
var suspending atomic.Bool

// requestSuspend marks a suspension under way (see watchSignals).
func requestSuspend() { suspending.Store(true) }

// signalExit is the exit status and the message after a signal made the guide quit.
func signalExit(s os.Signal) (int, string) {
	switch s {
	case syscall.SIGHUP:
		return 128 + int(syscall.SIGHUP), "aidants : le terminal a été fermé ; le guide s'est arrêté (rien n'a été enregistré).\n"
	case syscall.SIGQUIT:
		return 128 + int(syscall.SIGQUIT), "aidants : arrêt demandé (Ctrl+\\) ; le guide s'est arrêté et le terminal est rétabli (rien n'a été enregistré).\n"
	}
	return exitError, "aidants : le guide s'est arrêté sur un signal du système.\n"
}

// suspendable: Ctrl+Z suspends the guide (job control exists here).
const suspendable = true
