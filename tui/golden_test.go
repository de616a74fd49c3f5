package tui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"aidants/content"
	"aidants/guide"
)

// The golden files (testdata/TestGolden*/*.golden) hold screens stripped of escape
// sequences. They are built on the frozen copy of the content that the guide's golden
// exports use (guide/testdata/content), so rewording a fiche does not change them; a
// change of layout or of the rules does. Rewrite them with:
//
//	go test ./tui -run TestGolden -update
//
// and read the diff before committing.

const goldenSituation = `{
  "person": {"age": 82, "department": "23", "residence": "home", "housing": "owner", "gir": 2,
             "receives_apa": false, "disability_rate": 0, "monthly_resources": 1500, "couple": false,
             "urgent": false, "recent_hospitalisation": false, "end_of_life": false, "memory_disorders": false,
             "pension_scheme": "general"},
  "caregiver": {"relationship": "child", "employment": "employee", "lives_with_person": false,
                "exhausted": false, "hospitalisation_planned": false, "hosts_person": false}
}`

// frozenGuide is a guide on guide/testdata/content.
func frozenGuide(t *testing.T) *guide.Guide {
	t.Helper()
	dir := filepath.Join("..", "guide", "testdata", "content")
	set, err := content.LoadFS(os.DirFS(dir))
	if err != nil {
		t.Fatalf("%s : %v", dir, err)
	}
	return guide.New(set)
}

// goldenModel is a model on the frozen content with the golden situation answered.
func goldenModel(t *testing.T, w, h int) *Model {
	t.Helper()
	m := New(Config{Guide: frozenGuide(t), Date: testDate})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m.reopen(situationOf(t, goldenSituation))
	return m
}

var goldenSizes = []struct {
	name string
	w, h int
}{{"80x24", 80, 24}, {"120x40", 120, 40}}

// checkFrame fails when a frame is not exactly w×h cells.
func checkFrame(t *testing.T, s string, w, h int) {
	t.Helper()
	lines := strings.Split(s, "\n")
	if len(lines) != h {
		t.Errorf("%d lignes, attendu %d", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("ligne %d : %d colonnes, au plus %d : %q", i+1, n, w, ansi.Strip(l))
		}
	}
}

func TestGoldenPlan(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			m := goldenModel(t, sz.w, sz.h)
			out := m.View().Content
			checkFrame(t, out, sz.w, sz.h)
			golden.RequireEqual(t, []byte(ansi.Strip(out)))
		})
	}
}

func TestGoldenDetail(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			m := goldenModel(t, sz.w, sz.h)
			m.openDetail("apa-domicile")
			out := m.View().Content
			checkFrame(t, out, sz.w, sz.h)
			golden.RequireEqual(t, []byte(ansi.Strip(out)))
		})
	}
}

// TestGoldenQuestion is the GIR question with the live plan, narrow and wide.
func TestGoldenQuestion(t *testing.T) {
	for _, sz := range goldenSizes {
		t.Run(sz.name, func(t *testing.T) {
			m := goldenModel(t, sz.w, sz.h)
			m.openAsk(askOne, "person.gir")
			out := m.View().Content
			checkFrame(t, out, sz.w, sz.h)
			golden.RequireEqual(t, []byte(ansi.Strip(out)))
		})
	}
}
