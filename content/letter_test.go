package content

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var updateLetters = flag.Bool("update-letters", false, "rewrite content/testdata/lettres/*.golden")

// One golden file per letter, filled as the guide fills it: a date in words, the
// caregiver's link, the département's name, amounts resolved at a fixed date. And the
// blanks left when the guide does not know.
func TestLetterGolden(t *testing.T) {
	set := MustLoadForTest(t)
	d := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, id := range set.LetterIDs {
		l := set.Letters[id]
		for _, c := range []struct {
			name   string
			fields map[string]string
		}{
			{"rempli", map[string]string{"date": "1er juin 2026", "lien_aidant": "mon parent", "departement": "Creuse"}},
			{"vierge", nil},
		} {
			got := ResolveAmounts(l.Fill(c.fields), set.Params, d)
			path := filepath.Join("testdata", "lettres", id+"-"+c.name+".golden")
			if *updateLetters {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./content -run TestLetterGolden -update-letters)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s (go test ./content -run TestLetterGolden -update-letters, then review the diff)", id, path)
			}
			if c.fields == nil {
				for _, blank := range []string{"[date]", "[lien avec la personne aidée]"} {
					if l.hasField(blank) && !strings.Contains(got, blank) {
						t.Errorf("%s: blank %s missing", id, blank)
					}
				}
			}
		}
	}
}

func (l *Letter) hasField(blank string) bool {
	for _, f := range l.Fields() {
		if blanks[f] == blank {
			return true
		}
	}
	return false
}
