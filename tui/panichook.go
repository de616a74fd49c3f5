//go:build paniccheck

package tui

// In a build with -tags paniccheck, f12 panics in Update and f11 in a command, so that
// scripts/e2e-tui.sh can check the terminal is restored and the message is French.
func init() { panicKeys = true }
