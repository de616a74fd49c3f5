//go:build linux

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// ptyGuide is the built guide running on a pseudo-terminal, with everything it wrote.
type ptyGuide struct {
	t    *testing.T
	cmd  *exec.Cmd
	ptmx *os.File
	tty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer
	done chan struct{}
	err  error
}

func startPtyGuide(t *testing.T, bin string) *ptyGuide {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal here: %v", err)
	}
	pty.Setsize(ptmx, &pty.Winsize{Rows: 30, Cols: 100})
	g := &ptyGuide{t: t, ptmx: ptmx, tty: tty, done: make(chan struct{})}
	g.cmd = exec.Command(bin, "--date", "2026-06-01")
	g.cmd.Env = append(os.Environ(), "TERM=xterm-256color", "AIDANTS_THEME=sombre", "AIDANTS_CONFIG="+t.TempDir(), "NO_COLOR=")
	g.cmd.Stdin, g.cmd.Stdout, g.cmd.Stderr = tty, tty, tty
	g.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := g.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := ptmx.Read(buf)
			g.mu.Lock()
			g.out.Write(buf[:n])
			g.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { g.err = g.cmd.Wait(); close(g.done) }()
	t.Cleanup(func() {
		g.cmd.Process.Kill()
		<-g.done
		ptmx.Close()
		tty.Close()
	})
	return g
}

// output is everything written since byte from.
func (g *ptyGuide) output(from int) string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.out.String()[from:]
}

func (g *ptyGuide) mark() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.out.Len()
}

// waitFor waits until the output since from contains s.
func (g *ptyGuide) waitFor(from int, s, what string) {
	g.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(g.output(from), s) {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	g.t.Fatalf("%s: %q never written; output:\n%q", what, s, tail(g.output(from), 2000))
}

// stty is the terminal's mode as stty -a reads it on the guide's tty.
func (g *ptyGuide) stty() string {
	g.t.Helper()
	c := exec.Command("stty", "-a")
	c.Stdin = g.tty
	b, err := c.CombinedOutput()
	if err != nil {
		g.t.Skipf("stty: %v %s", err, b)
	}
	return string(b)
}

func cooked(stty string) bool {
	f := strings.Fields(stty)
	has := func(w string) bool {
		for _, x := range f {
			if x == w {
				return true
			}
		}
		return false
	}
	return has("icanon") && has("echo") && has("isig")
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func (g *ptyGuide) exit(what string) int {
	g.t.Helper()
	select {
	case <-g.done:
	case <-time.After(15 * time.Second):
		g.t.Fatalf("%s: the guide did not stop; output:\n%q", what, tail(g.output(0), 2000))
	}
	if ee, ok := g.err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return 0
}

const (
	altScreenOn  = "\x1b[?1049h"
	altScreenOff = "\x1b[?1049l"
	cursorShown  = "\x1b[?25h"
)

// SIGHUP, SIGQUIT and SIGTSTP leave the terminal restored: alternate screen off, cursor
// shown, cooked mode, the window title popped; SIGQUIT prints no Go goroutine dump; after
// SIGTSTP and SIGCONT (what « fg » sends) the guide takes the screen back and goes on.
func TestSignalsRestoreTheTerminal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the program and runs it on a pseudo-terminal")
	}
	if _, err := exec.LookPath("stty"); err != nil {
		t.Skip("no stty")
	}
	bin := filepath.Join(t.TempDir(), "aidants")
	if b, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	started := func(g *ptyGuide) {
		g.waitFor(0, altScreenOn, "start")
		time.Sleep(300 * time.Millisecond) // the first frame, and raw mode set
		if cooked(g.stty()) {
			t.Fatal("the guide runs with the tty in cooked mode: the test would prove nothing")
		}
	}
	restored := func(g *ptyGuide, from int, what string) {
		t.Helper()
		out := g.output(from)
		for _, s := range []string{altScreenOff, cursorShown} {
			if !strings.Contains(out, s) {
				t.Errorf("%s: %q not written after the signal; output:\n%q", what, s, tail(out, 1500))
			}
		}
		if i, j := strings.LastIndex(out, altScreenOff), strings.LastIndex(out, altScreenOn); j > i {
			t.Errorf("%s: the alternate screen is on again after leaving it", what)
		}
		if st := g.stty(); !cooked(st) {
			t.Errorf("%s: tty left in raw mode:\n%s", what, st)
		}
		if strings.Contains(out, "goroutine ") || strings.Contains(out, "runtime.") || strings.Contains(out, "SIGQUIT: quit") {
			t.Errorf("%s: Go stack printed:\n%q", what, tail(out, 1500))
		}
	}

	for _, c := range []struct {
		sig  syscall.Signal
		code int
		msg  string
	}{
		{syscall.SIGHUP, 129, "terminal a été fermé"},
		{syscall.SIGQUIT, 131, "arrêt demandé"},
	} {
		g := startPtyGuide(t, bin)
		started(g)
		from := g.mark()
		g.cmd.Process.Signal(c.sig)
		if code := g.exit(c.sig.String()); code != c.code {
			t.Errorf("%v: exit %d, want %d", c.sig, code, c.code)
		}
		time.Sleep(100 * time.Millisecond)
		restored(g, from, c.sig.String())
		if out := g.output(from); !strings.Contains(out, popTitle) || !strings.Contains(out, c.msg) {
			t.Errorf("%v: title not popped or no message:\n%q", c.sig, tail(out, 800))
		}
		// the title is popped after Bubble Tea's last title write (it empties the title)
		if out := g.output(0); !strings.Contains(out, pushTitle) ||
			strings.LastIndex(out, popTitle) < max(strings.LastIndex(out, "\x1b]2;"), strings.LastIndex(out, "\x1b]0;")) {
			t.Errorf("%v: the window title is not pushed, or not popped last", c.sig)
		}
	}

	// SIGTSTP, then SIGCONT: restored while stopped, the screen back after, then a normal end
	g := startPtyGuide(t, bin)
	started(g)
	from := g.mark()
	g.cmd.Process.Signal(syscall.SIGTSTP)
	g.waitFor(from, altScreenOff, "SIGTSTP")
	time.Sleep(300 * time.Millisecond)
	restored(g, from, "SIGTSTP")
	if st := procState(g.cmd.Process.Pid); st != "T" {
		t.Errorf("after SIGTSTP the guide is in state %q, want stopped (T)", st)
	}
	from = g.mark()
	g.cmd.Process.Signal(syscall.SIGCONT)
	g.waitFor(from, altScreenOn, "SIGCONT")
	time.Sleep(300 * time.Millisecond)
	if cooked(g.stty()) {
		t.Error("after SIGCONT the guide runs with the tty in cooked mode")
	}
	// a second suspension works too (SIGTSTP is watched again after SIGCONT)
	from = g.mark()
	g.cmd.Process.Signal(syscall.SIGTSTP)
	g.waitFor(from, altScreenOff, "second SIGTSTP")
	from = g.mark()
	g.cmd.Process.Signal(syscall.SIGCONT)
	g.waitFor(from, altScreenOn, "second SIGCONT")
	time.Sleep(200 * time.Millisecond)
	from = g.mark()
	g.cmd.Process.Signal(syscall.SIGTERM)
	g.exit("SIGTERM after resuming")
	time.Sleep(100 * time.Millisecond)
	restored(g, from, "SIGTERM after resuming")
}

// procState is the state letter of a process in /proc (R, S, T…).
func procState(pid int) string {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return "?"
	}
	_, rest, _ := strings.Cut(string(b), ") ")
	st, _, _ := strings.Cut(rest, " ")
	return st
}
