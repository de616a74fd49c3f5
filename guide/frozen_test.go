package guide

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"aidants/content"
)

// The golden files (guide/testdata/export-*.golden, tui/testdata) run on a frozen copy of
// the content, guide/testdata/content, on purpose: they check renderings, and a fiche
// reworded in content/ must not rewrite every golden. The law is pinned elsewhere, by the
// law tests of rules/ on the embedded parameters. For the goldens to stay meaningful the
// copy may lag in wording, never in figures: every amount the goldens can show, at their
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
	err := fs.WalkDir(content.Embedded(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path == "snapshot.gob" {
			return err
		}
		live, err := fs.ReadFile(content.Embedded(), path)
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
		if _, err := fs.Stat(content.Embedded(), path); err != nil {
			onlyFrozen = append(onlyFrozen, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("frozen copy %s: %d files differ from content/ %v, %d only in content/ %v, %d only in the copy %v",
		dir, len(differ), differ, len(onlyLive), onlyLive, len(onlyFrozen), onlyFrozen)

	// figures: every amount at the goldens' date, formatted as printed
	frozenSet, err := content.LoadFS(frozen)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	live := content.MustLoad().Params
	names := live.AmountNames()
	sort.Strings(names)
	for _, id := range names {
		want, _ := live.Amount(id, testDay)
		got, ok := frozenSet.Params.Amount(id, testDay)
		switch {
		case !ok:
			t.Errorf("%s: missing from the frozen copy, so the goldens cannot show it (refresh the copy, see above)", id)
		case got.Format() != want.Format() || got.Confidence != want.Confidence:
			t.Errorf("%s on %s: frozen copy %q (%s), content/ %q (%s): the goldens show a figure the program no longer prints (refresh the copy, see above)",
				id, testDay.Format(DateFormat), got.Format(), got.Confidence, want.Format(), want.Confidence)
		}
	}
}
