package content

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// ficheSeeds are the seeds of FuzzParseFiche besides testdata/fuzz/FuzzParseFiche. The
// whole of fiches/apa-domicile.md (9 KB) was one: every execution mutated from it parsed
// kilobytes of YAML and Markdown, twenty times the cost of a small fiche (see
// BenchmarkFicheFuzzSeeds) — 74 000 executions in 60 s. The embedded fiches are parsed and
// checked by the content tests; testdata/fuzz/FuzzParseFiche/petite-fiche has their shape.
var ficheSeeds = []string{
	hostileFiche,
	"---\n---\n",
	"---\nid: [\n---\n",
	"no front matter",
	"---\nsteps: {a: b}\nsources: 3\n---\n{{apa.plafond.gir1}} [x](fiche:y)",
}

func FuzzParseFiche(f *testing.F) {
	for _, s := range ficheSeeds {
		f.Add(s)
	}
	set := MustLoadForTest(f)
	f.Fuzz(func(t *testing.T, s string) {
		fi, _ := ParseFiche("fiches/x.md", []byte(s))
		if fi == nil {
			return
		}
		assertInert(t, fi.Body)
		assertInert(t, fi.Title)
		_ = fi.Markdown(set.Params, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
	})
}

// BenchmarkFicheFuzzSeeds runs the body of FuzzParseFiche over each seed (and, as
// "apa-domicile", the whole fiche that used to be one), to profile it:
//
//	go test ./content -run '^$' -bench FicheFuzzSeeds -cpuprofile /tmp/fiche.prof
func BenchmarkFicheFuzzSeeds(b *testing.B) {
	set := MustLoadForTest(b)
	seeds := map[string]string{}
	for i, s := range ficheSeeds {
		seeds[fmt.Sprintf("seed%d", i)] = s
	}
	files, _ := filepath.Glob("testdata/fuzz/FuzzParseFiche/*")
	for _, p := range files {
		seeds[filepath.Base(p)] = readFuzzString(b, p)
	}
	whole, _ := os.ReadFile("fiches/apa-domicile.md")
	seeds["apa-domicile"] = string(whole)
	d := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for name, s := range seeds {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if fi, _ := ParseFiche("fiches/x.md", []byte(s)); fi != nil {
					_ = fi.Markdown(set.Params, d)
				}
			}
		})
	}
}

// readFuzzString reads a one-string file of a seed corpus ("go test fuzz v1").
func readFuzzString(tb testing.TB, path string) string {
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	lit, ok := strings.CutPrefix(strings.TrimSpace(string(b)), "go test fuzz v1\nstring(")
	if !ok || !strings.HasSuffix(lit, ")") {
		tb.Fatalf("%s: not a one-string seed", path)
	}
	s, err := strconv.Unquote(strings.TrimSuffix(lit, ")"))
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return s
}

// The seeds of FuzzParseDirectory, FuzzParseParams and FuzzParseLetter are small (testdata/fuzz/…): a
// whole embedded file as a seed made every execution parse kilobytes of YAML, and each
// new input was minimised for a minute (go test's default -fuzzminimizetime) — 904 and 9
// executions in 60 s. The embedded files are parsed by the content tests anyway.
func FuzzParseDirectory(f *testing.F) {
	f.Add("department: national\ncontacts: []\n")
	f.Add("department: 99\n")
	f.Add("contacts:\n  - {}\n")
	f.Add(":\n- -\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, _ := ParseDirectory("mine.yaml", []byte(s))
		if d == nil {
			return
		}
		for _, c := range d.Contacts {
			assertInert(t, c.Name)
			assertInert(t, c.Role)
		}
	})
}

func FuzzParseParams(f *testing.F) {
	f.Add("- id: x\n  unit: euros\n  revision: fixe\n  values:\n    - from: 2026-01-01\n      value: \"1e9\"\n      confidence: officiel\n      source: s\n")
	f.Add("- id: x\n  unit: coefficient\n  values:\n    - from: bad\n")
	f.Fuzz(func(t *testing.T, s string) {
		ps, probs := ParseParams("parametres/x.yaml", []byte(s))
		if len(probs) > 0 {
			return
		}
		// whatever parses must be either refused by NewParams or usable
		_, _ = NewParamsForTest(ps)
	})
}

func FuzzParseLetter(f *testing.F) {
	f.Add("---\nid: x\n---\n{{date}} {{lien_aidant}} {{ nope }}")
	f.Fuzz(func(t *testing.T, s string) {
		l, _ := ParseLetter("lettres/x.md", []byte(s))
		if l == nil {
			return
		}
		out := l.Fill(map[string]string{"date": "1er juin 2026"})
		assertInert(t, out)
	})
}
