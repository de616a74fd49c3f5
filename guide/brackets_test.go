package guide

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"aidants/rules"
)

// nestedBracket returns the first « ( … ( » of a text read aloud, "" when there is none
// (counted per paragraph, so a stray « 1) » does not carry over).
func nestedBracket(s string) string {
	for _, para := range strings.Split(s, "\n\n") {
		flat := strings.Join(strings.Fields(para), " ")
		d, start := 0, 0
		for i, r := range flat {
			switch r {
			case '(':
				d++
				if d == 1 {
					start = i
				}
				if d == 2 {
					end := min(len(flat), i+80)
					return flat[start:end]
				}
			case ')':
				d = max(0, d-1)
			}
		}
	}
	return ""
}

// The plans of the five calls and of a sample of situations, in every export format, read
// aloud without brackets inside brackets (« (vu : en établissement (EHPAD, USLD)) »,
// « (vu : inconnu ; Code du travail art. D3142-8 (3° à 5°)) »).
func TestNoNestedBracketsInExports(t *testing.T) {
	g := testGuide(t)
	var sits []*rules.Situation
	files, _ := filepath.Glob("../scripts/calls/*.json")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var s rules.Situation
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(f, err)
		}
		sits = append(sits, &s)
	}
	fh, err := os.Open("testdata/situations-1000.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 0; n < 40 && sc.Scan(); n++ {
		var s rules.Situation
		if json.Unmarshal(sc.Bytes(), &s) == nil {
			sits = append(sits, &s)
		}
	}
	if len(sits) < 40 {
		t.Fatalf("only %d situations read", len(sits))
	}
	for i, s := range sits {
		p := g.Evaluate(s, testDay)
		for _, f := range []ExportFormat{FormatMarkdown, FormatText} {
			if n := nestedBracket(string(g.Export(p, f, ExportOptions{}))); n != "" {
				t.Errorf("situation %d, %s: nested brackets: %q", i, f, n)
				break
			}
		}
	}
}

// What a condition saw is said once: « vu : 82 ans, GIR 4 », not « 82 ans ; 82 ans, GIR 4 ».
func TestSeenWordsSaidOnce(t *testing.T) {
	for in, want := range map[string]string{
		"82 ans ; 82 ans, GIR 4":          "82 ans, GIR 4",
		"76 ans ; 76 ans, inconnu":        "76 ans, inconnu",
		"propriétaire":                    "propriétaire",
		"en couple ; 2 400,00 € par mois": "en couple, 2 400,00 € par mois",
	} {
		if got := SeenWords(in); got != want {
			t.Errorf("SeenWords(%q) = %q, want %q", in, got, want)
		}
	}
}
