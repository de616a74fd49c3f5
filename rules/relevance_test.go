package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Every need the questionnaire offers can be a signal: its row of the fact table says what
// a service's need condition saw, and the signal's label quotes the answer offered.
func TestNeedSignalLabels(t *testing.T) {
	for _, c := range FieldOf(FactNeeds).Choices {
		if c.Seen == "" || c.Label == "" {
			t.Errorf("need %q has no words to be seen", c.Value)
		}
		s := needSignal(c.Value)
		if !strings.Contains(s.Label, "« "+c.Label+" »") {
			t.Errorf("need %q: signal label %q does not quote the answer", c.Value, s.Label)
		}
	}
}

// The need condition of a service says what was actually seen: the need the family named,
// or the GIR when that is the signal that holds — never a bare « oui ».
func TestNeedConditionSaysWhatWasSeen(t *testing.T) {
	gir, age, home := 4, 82, "home"
	needs := []string{"household_help"}
	none := []string{}
	for _, c := range []struct {
		name string
		s    *Situation
		want string
	}{
		{"ménage demandé", &Situation{Person: Person{Age: &age, Residence: &home}, Needs: &needs}, "aide à domicile demandée"},
		{"GIR 4 sans besoin dit", &Situation{Person: Person{Age: &age, Residence: &home, GIR: &gir}, Needs: &none}, "GIR 4"},
		{"les deux : le besoin dit d'abord", &Situation{Person: Person{Age: &age, Residence: &home, GIR: &gir}, Needs: &needs}, "aide à domicile demandée"},
	} {
		var got string
		p, err := NewParams(nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range Evaluate(c.s, p, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)) {
			if r.Entry.ID != "services-autonomie-domicile" {
				continue
			}
			for _, cd := range r.Conditions {
				if cd.Label == "La famille en a besoin" {
					got = cd.Seen
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: vu %q, want %q", c.name, got, c.want)
		}
	}
}

// A service is put forward only by its signals (its need condition): a service without
// any would always be information.
func TestServicesHaveSignals(t *testing.T) {
	for _, e := range Catalogue {
		if e.Service && len(e.Relevant) == 0 {
			t.Errorf("%s is a service without relevance signals", e.ID)
		}
		for _, s := range append(append([]*Signal{}, e.Relevant...), e.Urgent...) {
			if s == nil || s.eval == nil || s.Label == "" || len(s.Facts) == 0 {
				t.Errorf("%s: incomplete signal %+v", e.ID, s)
			}
		}
	}
}

// Relevance and urgency are declared: no code of the package but the engine (evaluate.go)
// writes an item's Relevant or Urgent, so what the rule book prints is all there is.
func TestNoRuleWritesRelevance(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") || name == "evaluate.go" {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			a, ok := n.(*ast.AssignStmt)
			if !ok {
				return true
			}
			for _, l := range a.Lhs {
				if sel, ok := l.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Relevant" || sel.Sel.Name == "Urgent") {
					t.Errorf("%s: assigns %s.%s: declare a Signal on the entry instead", fset.Position(a.Pos()), exprName(sel.X), sel.Sel.Name)
				}
			}
			return true
		})
	}
}

func exprName(e ast.Expr) string {
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return "…"
}
