package main

import (
	"strings"
	"testing"
)

// aidants regles: one item's page, the whole book, the articles; an unknown id or format is
// a French error naming it (sanitised), exit 2.
func TestReglesCLI(t *testing.T) {
	code, out, errs := runCLI(t, "", "regles", "conge-proche-aidant", "--date", "2026-06-01")
	if code != 0 || !strings.Contains(out, "Code du travail art. D3142-8") || errs != "" {
		t.Fatalf("regles conge-proche-aidant: %d %q %q", code, out, errs)
	}
	code, out, _ = runCLI(t, "", "regles", "--format", "markdown", "apa-domicile")
	if code != 0 || !strings.HasPrefix(out, "## apa-domicile") {
		t.Fatalf("regles --format markdown apa-domicile: %d %q", code, out)
	}
	if code, out, _ = runCLI(t, "", "regles"); code != 0 || strings.Count(out, "\n---") < 40 {
		t.Fatalf("regles: %d, %d items", code, strings.Count(out, "\n---"))
	}
	if code, out, _ = runCLI(t, "", "regles", "--articles"); code != 0 || !strings.Contains(out, "Code civil art. 494-1 : habilitation-familiale") {
		t.Fatalf("regles --articles: %d %q", code, out)
	}
	for _, args := range [][]string{{"regles", "zz\x1b[31m"}, {"regles", "--format", "pdf\x1b]0;x\x07"}, {"regles", "--date", "demain"}, {"regles", "aspa", "en-trop"}} {
		code, _, errs := runCLI(t, "", args...)
		if code != 2 || !strings.HasPrefix(errs, "aidants regles : ") || strings.ContainsAny(errs, "\x1b\x07") {
			t.Errorf("%q: %d %q", args, code, errs)
		}
	}
}
