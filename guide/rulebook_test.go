package guide

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"aidants/rules"
)

// The rule book of two items, as a reader follows them (texte for the APA at home,
// Markdown for the congé de proche aidant).
func TestRuleBookGolden(t *testing.T) {
	g := goldenGuide(t)
	d := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		id   string
		md   bool
		file string
	}{{"apa-domicile", false, "regles-apa-domicile.txt.golden"}, {"conge-proche-aidant", true, "regles-conge-proche-aidant.md.golden"},
		{"aspa", false, "regles-aspa.txt.golden"},
		// a service with its relevance signals (« Mis en avant dans le plan quand »)
		{"services-autonomie-domicile", false, "regles-services-autonomie-domicile.txt.golden"}} {
		got, err := g.RuleBook(c.id, d, c.md)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", c.file)
		if *update {
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (go test ./guide -run TestRuleBook -update)", err)
		}
		if got != string(want) {
			t.Errorf("%s: the rule book changed (go test ./guide -run TestRuleBook -update, then read the diff)\n%s", c.id, got)
		}
	}
}

// Every item of the catalogue has its page, and every declared condition (and alternative)
// is on it: the book is the declarations, nothing left out.
func TestRuleBookCoversEveryDeclaration(t *testing.T) {
	g := testGuide(t)
	d := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	all, err := g.RuleBook("", d, false)
	if err != nil {
		t.Fatal(err)
	}
	var walk func(id, page string, c *rules.Check)
	walk = func(id, page string, c *rules.Check) {
		if !strings.Contains(page, c.Label) || !strings.Contains(page, c.Basis) {
			t.Errorf("%s: %q (%s) missing from its page", id, c.Label, c.Basis)
		}
		for _, a := range c.Any {
			walk(id, page, a)
		}
	}
	for _, e := range rules.Catalogue {
		page, err := g.RuleBook(e.ID, d, true)
		if err != nil || !strings.Contains(all, e.ID+" — "+e.Title) {
			t.Fatalf("%s: %v", e.ID, err)
		}
		for _, c := range e.Checks() {
			walk(e.ID, page, c)
		}
		for _, sg := range e.Relevant {
			if !strings.Contains(page, "Mis en avant dans le plan quand") || !strings.Contains(page, sg.Label) {
				t.Errorf("%s: the relevance signal %q is missing from its page", e.ID, sg.Label)
			}
		}
		for _, sg := range e.Urgent {
			if !strings.Contains(page, "» quand :") || !strings.Contains(page, sg.Label) {
				t.Errorf("%s: the urgency signal %q is missing from its page", e.ID, sg.Label)
			}
		}
	}
	if _, err := g.RuleBook("inconnu", d, false); !errors.As(err, new(ErrUnknownItem)) {
		t.Errorf("unknown id: %v", err)
	}
}

// The articles list cuts the bases into articles and names the items citing each.
func TestRuleArticles(t *testing.T) {
	if got := splitBasis("CGI art. 156 II 2° ; Code civil art. 205 et 206"); strings.Join(got, "|") != "CGI art. 156|Code civil art. 205|Code civil art. 206" {
		t.Errorf("split: %q", got)
	}
	if got := splitBasis("Code général de la fonction publique art. L633-1 à L633-4 (agents publics)"); len(got) != 1 || got[0] != "Code général de la fonction publique art. L633-1 à L633-4" {
		t.Errorf("range: %q", got)
	}
	a := RuleArticles(false)
	for _, want := range []string{"CASF art. L232-1 : apa-urgence, apa-domicile, apa-etablissement", "Code civil art. 494-1 : habilitation-familiale"} {
		if !strings.Contains(a, want) {
			t.Errorf("articles: %q missing\n%s", want, a)
		}
	}
}
