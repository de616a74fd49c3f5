package content

import (
	"testing"
	"time"
)

func FuzzParseFiche(f *testing.F) {
	b, _ := embedded.ReadFile("fiches/apa-domicile.md")
	f.Add(string(b))
	f.Add(hostileFiche)
	f.Add("---\n---\n")
	f.Add("---\nid: [\n---\n")
	f.Add("no front matter")
	f.Add("---\nsteps: {a: b}\nsources: 3\n---\n{{apa.plafond.gir1}} [x](fiche:y)")
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
