package tui

import (
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"aidants/content"
	"aidants/guide"
	"aidants/rules"
)

// testDate is the evaluation day of every test, so that amounts and goldens are stable.
var testDate = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

var (
	guideOnce sync.Once
	testG     *guide.Guide
)

func testGuide() *guide.Guide {
	guideOnce.Do(func() { testG = guide.New(content.MustLoad()) })
	return testG
}

func testConfig() Config {
	return Config{Guide: testGuide(), Date: testDate, Dir: ""}
}

// newSized returns a model that has seen a window of w×h.
func newSized(t testing.TB, w, h int) *Model {
	t.Helper()
	m := New(testConfig())
	m.Init() // focuses the first question, as the program does
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return m
}

// press turns a key name into a key press: "enter", "esc", "shift+tab", "ctrl+c",
// "space", arrows, or a single character.
func press(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	}
	r := []rune(k)
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// drive sends keys to a model synchronously, running the commands they return (and the
// messages those return) the way the program would, but in order and without a terminal.
func drive(m *Model, keys ...string) {
	for _, k := range keys {
		_, cmd := m.Update(press(k))
		runCmd(m, cmd, 0)
	}
}

// runCmd executes a command and feeds its messages back, a few levels deep. Timers
// (cursor blink) and terminal requests are skipped.
func runCmd(m *Model, cmd tea.Cmd, depth int) {
	if cmd == nil || depth > 4 {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(200 * time.Millisecond):
		// still running: a blink timer (not needed in tests), unless the model says it is
		// writing an export, whose result the test waits for however loaded the machine is
		if m.screen != scrExport || m.export.step != exWriting {
			return
		}
		select {
		case msg = <-done:
		case <-time.After(30 * time.Second):
			return
		}
	}
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			runCmd(m, c, depth+1)
		}
	default:
		_, next := m.Update(msg)
		runCmd(m, next, depth+1)
	}
}

// screenText is the model's view without escape sequences.
func screenText(m *Model) string { return ansi.Strip(m.View().Content) }

// probe wraps the model for teatest: it remembers the last frame, stripped, so tests wait
// on what the screen shows rather than on the renderer's byte stream (which only holds
// the cells that changed).
type probe struct {
	m    *Model
	mu   *sync.Mutex
	last *string
	// ctrlC receives, for each ctrl+c the model has handled, whether it asked to confirm
	// (true) or quit at once (false): quit waits on it instead of sleeping
	ctrlC chan bool
}

func newProbe(m *Model) probe {
	return probe{m: m, mu: &sync.Mutex{}, last: new(string), ctrlC: make(chan bool, 16)}
}

func (p probe) Init() tea.Cmd { return p.m.Init() }

func (p probe) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := p.m.Update(msg)
	if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "ctrl+c" {
		select {
		case p.ctrlC <- p.m.overlay == ovConfirmQuit:
		default:
		}
	}
	return p, cmd
}

func (p probe) View() tea.View {
	v := p.m.View()
	s := ansi.Strip(v.Content)
	p.mu.Lock()
	*p.last = s
	p.mu.Unlock()
	return v
}

func (p probe) screen() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return *p.last
}

// flow is a teatest program on the real model.
type flow struct {
	t  *testing.T
	tm *teatest.TestModel
	p  probe
}

func startFlow(t *testing.T, w, h int) *flow {
	t.Helper()
	p := newProbe(New(testConfig()))
	tm := teatest.NewTestModel(t, p, teatest.WithInitialTermSize(w, h))
	f := &flow{t: t, tm: tm, p: p}
	f.wait("une femme ou un homme")
	return f
}

// wait blocks until the screen shows every one of the texts.
func (f *flow) wait(texts ...string) string {
	f.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := f.p.screen()
		ok := true
		for _, x := range texts {
			if !strings.Contains(s, x) {
				ok = false
				break
			}
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("l'écran ne montre pas %q après 5 s ; écran :\n%s", texts, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitScreen blocks until the header names the screen, and the screen shows the texts.
func (f *flow) waitScreen(title string, texts ...string) string {
	f.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := f.p.screen()
		first, _, _ := strings.Cut(s, "\n")
		ok := strings.HasSuffix(strings.TrimSpace(first), title)
		for _, x := range texts {
			ok = ok && strings.Contains(s, x)
		}
		if ok {
			return s
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("l'écran « %s » avec %q n'apparaît pas après 5 s ; écran :\n%s", title, texts, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitGone blocks until the screen no longer shows text.
func (f *flow) waitGone(text string) string {
	f.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s := f.p.screen()
		if !strings.Contains(s, text) {
			return s
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("l'écran montre encore %q après 5 s ; écran :\n%s", text, s)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// keys sends key presses; type sends text.
func (f *flow) keys(ks ...string) {
	for _, k := range ks {
		f.tm.Send(press(k))
	}
}

func (f *flow) typ(s string) { f.tm.Type(s) }

// quit leaves the program (answering yes when asked) and returns the final model.
func (f *flow) quit() *Model {
	f.t.Helper()
	for len(f.p.ctrlC) > 0 { // earlier ctrl+c, already handled
		<-f.p.ctrlC
	}
	f.keys("ctrl+c")
	select {
	case asked := <-f.p.ctrlC:
		if asked {
			f.wait("Quitter le guide ?")
			f.keys("o")
		}
	case <-time.After(5 * time.Second):
		f.t.Fatalf("ctrl+c n'a pas été traité après 5 s ; écran :\n%s", f.p.screen())
	}
	fm := f.tm.FinalModel(f.t, teatest.WithFinalTimeout(5*time.Second))
	return fm.(probe).m
}

// situationOf builds a situation from JSON, failing the test on error.
func situationOf(t testing.TB, js string) *rules.Situation {
	t.Helper()
	s, err := guide.ParseSituation([]byte(js))
	if err != nil {
		t.Fatalf("situation : %v", err)
	}
	return s
}

// lineWith returns the first line of screen holding s.
func lineWith(screen, s string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}
