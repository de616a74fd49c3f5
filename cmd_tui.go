package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"aidants/tui"
)

// panicMessage is what the user reads after an internal error in the interactive guide.
const panicMessage = "aidants : erreur interne inattendue ; le guide s'est arrêté.\n" +
	"Le terminal est rétabli et rien n'a été enregistré.\n" +
	"Merci de signaler ce message aux mainteneurs (AIDANTS_DEBUG=1 donne le détail).\n"

// cmdTUI starts the interactive guide: full screen on a terminal, or line by line (huh's
// accessible mode) with --accessible, ACCESSIBLE=1, TERM=dumb, or when input or output is
// not a terminal.
func cmdTUI(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	fs := flags("(guide interactif)")
	accessible := fs.Bool("accessible", false, "")
	date := fs.String("date", "", "")
	annuaire := fs.String("annuaire", "", "")
	profil := fs.String("profil", "", "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if fs.NArg() > 0 {
		return fail(stderr, "(guide interactif)", exitUsage, "argument en trop : %q (voir aidants aide)", clip(fs.Arg(0)))
	}
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "(guide interactif)", exitUsage, "%v", err)
	}
	g, err := loadGuide(*annuaire, stderr)
	if err != nil {
		return fail(stderr, "(guide interactif)", exitError, "%v", err)
	}
	cfg := tui.Config{Guide: g, Date: d, AskBackground: os.Getenv("AIDANTS_THEME") == ""}
	if *profil == "-" {
		return fail(stderr, "(guide interactif)", exitUsage, "--profil : donnez un fichier (l'entrée standard sert au clavier)")
	}
	if *profil != "" {
		s, err := readSituation(*profil, stdin)
		if err != nil {
			return fail(stderr, "(guide interactif)", exitUsage, "%v", err)
		}
		cfg.Situation = s
	}
	switch strings.ToLower(os.Getenv("AIDANTS_THEME")) {
	case "clair", "light":
		cfg.Light = true
	}

	defer func() {
		if r := recover(); r != nil {
			fmt.Fprint(stderr, panicMessage)
			debugDetail(stderr, r, nil)
			code = exitError
		}
	}()

	if *accessible || envOn("ACCESSIBLE") || os.Getenv("TERM") == "dumb" || !isTerminal(stdin) || !isTerminal(stdout) {
		if err := tui.RunAccessible(cfg, stdin, stdout); err != nil {
			fmt.Fprintf(stderr, "aidants : %v\n", err)
			return exitError
		}
		return exitOK
	}

	m := tui.New(cfg)
	// 120 frames a second: the first frame comes up to 8 ms sooner than at the default
	// 60 (measured: 34 ms instead of 42 ms from exec to the first question, median); a
	// frame is only written when the screen changed.
	p := tea.NewProgram(newJobControl(m), tea.WithInput(stdin), tea.WithOutput(stdout), tea.WithFPS(120))
	stopSignals, quitSignal := watchSignals(p)
	// The window title the guide sets is the terminal's own again after it: push the
	// title on the terminal's stack (XTWINOPS 22) and pop it (23) after Bubble Tea's reset.
	io.WriteString(stdout, pushTitle)
	var runErr error
	captured := captureStderr(func() { _, runErr = p.Run() })
	stopSignals()
	io.WriteString(stdout, popTitle)
	if s := quitSignal(); s != nil {
		code, msg := signalExit(s)
		stderr.Write(captured)
		io.WriteString(stderr, msg)
		return code
	}
	if v, stack := m.Panicked(); v != nil || errors.Is(runErr, tea.ErrProgramPanic) {
		fmt.Fprint(stderr, panicMessage)
		debugDetail(stderr, v, append(stack, captured...))
		return exitError
	}
	stderr.Write(captured)
	if runErr != nil && !errors.Is(runErr, tea.ErrInterrupted) {
		fmt.Fprintf(stderr, "aidants : le guide interactif s'est arrêté : %v\n", runErr)
		return exitError
	}
	return exitOK
}

// Push and pop the window title (icon and window: parameter 0), xterm's XTWINOPS.
const (
	pushTitle = "\x1b[22;0t"
	popTitle  = "\x1b[23;0t"
)

// jobControl is the guide's model plus two things the command line owns:
//   - Ctrl+Z: the terminal is in raw mode, so Ctrl+Z arrives as a key and not as SIGTSTP;
//     it suspends the guide like the shell would (the terminal is restored first, and the
//     screen comes back after « fg »);
//   - a cap on typed text: a raw paste (a terminal without bracketed paste sends one key
//     per character) of 100 KB kept the guide busy for minutes, every key re-rendering a
//     growing field. Past maxFieldInput characters typed in a row, keys are dropped here,
//     before the model, and the guide says so once; a bracketed paste is cut the same way.
type jobControl struct {
	*tui.Model
	typed *typingRun
}

// maxFieldInput is the most characters one answer takes in a row: the longest answer of
// the guide (a name searched, a label of 120 characters) is far shorter.
const maxFieldInput = 500

const pasteCut = "Texte trop long : seuls les 500 premiers caractères sont gardés, la suite du collage est ignorée."

// typingRun counts the characters typed since the last other key. Bubble Tea asks for
// the view after every message: while keys are dropped the model has not changed, and
// the last view is given again (a full screen costs milliseconds; a paste is thousands
// of keys).
type typingRun struct {
	n       int
	warned  bool
	dropped bool // the last message was a dropped key
	last    *tea.View
}

func newJobControl(m *tui.Model) jobControl { return jobControl{m, &typingRun{}} }

func (j jobControl) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch k := msg.(type) {
	case tea.KeyPressMsg:
		if k.String() == "ctrl+z" && suspendable {
			requestSuspend()
			return j, tea.Suspend
		}
		if k.Text == "" || k.Mod&^tea.ModShift != 0 {
			j.typed.n, j.typed.warned = 0, false // Enter, Tab, Backspace, arrows…: a new run
			break
		}
		j.typed.n += utf8.RuneCountInString(k.Text)
		if j.typed.n > maxFieldInput {
			if !j.typed.warned {
				j.typed.warned = true
				j.Model.Notice(pasteCut)
				return j, nil
			}
			j.typed.dropped = true
			return j, nil
		}
	case tea.PasteMsg:
		if utf8.RuneCountInString(k.Content) > maxFieldInput {
			k.Content = string([]rune(k.Content)[:maxFieldInput])
			next, cmd := j.forward(k)
			j.Model.Notice(pasteCut)
			return next, cmd
		}
	}
	return j.forward(msg)
}

// View is the model's view, or the last one while keys are dropped.
func (j jobControl) View() tea.View {
	if j.typed.dropped && j.typed.last != nil {
		return *j.typed.last
	}
	v := j.Model.View()
	j.typed.last = &v
	return v
}

func (j jobControl) forward(msg tea.Msg) (tea.Model, tea.Cmd) {
	j.typed.dropped = false
	next, cmd := j.Model.Update(msg)
	if m, ok := next.(*tui.Model); ok {
		return jobControl{m, j.typed}, cmd
	}
	return next, cmd
}

func envOn(name string) bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv(name)))
	return v != "" && v != "0" && v != "false" && v != "non"
}

func isTerminal(x any) bool {
	f, ok := x.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// debugDetail prints the panic and its stack only when AIDANTS_DEBUG is set.
func debugDetail(w io.Writer, v any, stack []byte) {
	if !envOn("AIDANTS_DEBUG") {
		return
	}
	if v != nil {
		fmt.Fprintf(w, "\n%v\n", v)
	}
	w.Write(stack)
}

// captureStderr runs f with os.Stderr sent to a buffer: while the guide owns the screen,
// nothing may write over it, and Bubble Tea's own panic report (a Go stack) is replaced
// by a short French message. Whatever was written is returned.
func captureStderr(f func()) []byte {
	r, w, err := os.Pipe()
	if err != nil {
		f()
		return nil
	}
	saved := os.Stderr
	os.Stderr = w
	var buf bytes.Buffer
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		io.Copy(&limitedBuffer{b: &buf, max: 1 << 20}, r)
	}()
	defer func() { // also when f panics
		os.Stderr = saved
		w.Close()
		wg.Wait()
		r.Close()
	}()
	f()
	os.Stderr = saved
	w.Close()
	wg.Wait()
	return bytes.Clone(buf.Bytes())
}

// limitedBuffer keeps the first max bytes and drops the rest.
type limitedBuffer struct {
	b   *bytes.Buffer
	max int
}

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := l.max - l.b.Len(); room > 0 {
		if len(p) > room {
			l.b.Write(p[:room])
		} else {
			l.b.Write(p)
		}
	}
	return len(p), nil
}
