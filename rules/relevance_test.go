package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// Every need the questionnaire offers can be a signal: it has its plain-French label.
func TestNeedSignalLabels(t *testing.T) {
	for _, v := range FieldOf(FactNeeds).Values() {
		if needLabels[v] == "" {
			t.Errorf("need %q has no signal label in needLabels", v)
		}
	}
	if len(needLabels) != len(FieldOf(FactNeeds).Values()) {
		t.Errorf("needLabels has %d labels for %d needs", len(needLabels), len(FieldOf(FactNeeds).Values()))
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
