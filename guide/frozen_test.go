package guide

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"aidants/content"
	"aidants/rules"
)

// The golden files (guide/testdata/export-*.golden, tui/testdata) run on a frozen copy of
// the content, guide/testdata/content, on purpose: they check renderings, and a fiche
// reworded in content/ must not rewrite every golden. The law is pinned elsewhere, by the
// law tests of rules/ on the embedded parameters. For the goldens to stay meaningful the
// copy may lag in wording, never in figures: every amount the golden plans show, at their
// date, must be the one the program shows today. This test says which files differ (run
// with -v) and fails when a figure differs or is missing. Refresh the copy with
//
//	go test ./guide -run TestExportGolden -update-content -update
//	go test ./tui -run TestGolden -update
//
// and read the golden diff before committing.
func TestFrozenContentDrift(t *testing.T) {
	dir := filepath.Join("testdata", "content")
	frozen := os.DirFS(dir)
	var differ, onlyLive, onlyFrozen []string
	src := contentSources(t)
	err := fs.WalkDir(src, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		live, err := fs.ReadFile(src, path)
		if err != nil {
			return err
		}
		old, err := fs.ReadFile(frozen, path)
		switch {
		case err != nil:
			onlyLive = append(onlyLive, path)
		case !bytes.Equal(live, old):
			differ = append(differ, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	err = fs.WalkDir(frozen, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if _, err := fs.Stat(src, path); err != nil {
			onlyFrozen = append(onlyFrozen, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("frozen copy %s: %d files differ from content/ %v, %d only in content/ %v, %d only in the copy %v",
		dir, len(differ), differ, len(onlyLive), onlyLive, len(onlyFrozen), onlyFrozen)

	// figures: every amount the golden plans show, at their date, evaluated by today's rules
	// on the frozen parameters and on the embedded ones
	frozenSet, err := content.LoadFS(frozen)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	live := content.MustLoad().Params
	sits := []string{frozenWideSituation}
	for _, c := range exportCases {
		sits = append(sits, c.json)
	}
	for _, js := range sits {
		s := mustParse(t, js)
		want := rules.Evaluate(s, live, testDay)
		got := rules.Evaluate(s, frozenSet.Params, testDay)
		for i := range want {
			w, g := amountsOf(want[i]), amountsOf(got[i])
			if w != g {
				t.Errorf("%s on %s: the goldens show\n%s\nthe program shows\n%s(refresh the copy, see above)", want[i].Entry.ID, testDay.Format(DateFormat), g, w)
			}
		}
	}
}

// frozenWideSituation opens most amounts: the situation of the TUI's goldens.
const frozenWideSituation = `{
  "person": {"age": 82, "department": "23", "residence": "home", "housing": "owner", "gir": 2,
             "receives_apa": false, "disability_rate": 0, "monthly_resources": 1500, "couple": false,
             "urgent": false, "recent_hospitalisation": false, "end_of_life": false, "memory_disorders": false,
             "pension_scheme": "general"},
  "caregiver": {"relationship": "child", "employment": "employee", "lives_with_person": false,
                "exhausted": false, "hospitalisation_planned": false, "hosts_person": false}
}`

func amountsOf(r rules.ItemResult) string {
	var b strings.Builder
	for _, q := range r.Amounts {
		fmt.Fprintf(&b, "  %s = %s (%s)\n", q.ID, q.Format(), q.Confidence)
	}
	return b.String()
}
