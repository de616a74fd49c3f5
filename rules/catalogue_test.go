package rules_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"aidants/rules"
)

// catalogueOrder is the order of the démarches, written out: a reordered or lost line of
// Catalogue (a merge, a misplaced new item) fails here, not silently in the plan.
var catalogueOrder = []string{
	"apa-urgence",
	"apa-domicile",
	"apa-etablissement",
	"pch-apres-60",
	"relais-hospitalisation-aidant",
	"repit-apa",
	"conge-proche-aidant",
	"ajpa",
	"conge-solidarite-familiale",
	"ajap",
	"don-jours-repos",
	"amenagement-travail-aidant",
	"conges-aidants-fonction-publique",
	"aidant-salarie",
	"cmi",
	"aspa",
	"complementaire-sante-solidaire",
	"aide-menagere-departement",
	"caisse-retraite-oscar",
	"ardh",
	"assurance-vieillesse-aidants",
	"trimestres-retraite-aidant",
	"action-sociale-agirc-arrco",
	"action-sociale-msa",
	"services-autonomie-domicile",
	"emploi-domicile-cesu",
	"credit-impot-services",
	"exoneration-charges-employeur",
	"teleassistance",
	"portage-repas",
	"maprimeadapt",
	"credit-impot-adaptation",
	"accueil-de-jour",
	"hebergement-temporaire",
	"relayage",
	"soutien-aidants",
	"consultation-memoire",
	"accueil-familial",
	"ehpad",
	"reste-a-charge-ehpad",
	"aide-sociale-hebergement",
	"aides-logement",
	"reduction-impot-ehpad",
	"taxe-fonciere",
	"obligation-alimentaire",
	"deduction-fiscale-ascendant",
	"procuration",
	"mandat-protection-future",
	"habilitation-familiale",
	"tutelle-curatelle",
	"carte-urgence-aide",
	"carte-urgence-aidant",
	"assurance-dependance",
	"aide-aidants-mines",
	"forfait-journalier-hospitalier",
	"ald-alzheimer",
	"service-social-assurance-maladie",
	"ecoute-aidants",
	"point-information",
	"defenseur-des-droits",
}

func TestCatalogueOrder(t *testing.T) {
	var got []string
	seen := map[string]bool{}
	for i, e := range rules.Catalogue {
		if e == nil {
			t.Fatalf("Catalogue[%d] is nil (an entry declared after its use?)", i)
		}
		if seen[e.ID] {
			t.Errorf("%s is twice in the catalogue", e.ID)
		}
		seen[e.ID] = true
		got = append(got, e.ID)
	}
	if strings.Join(got, "\n") != strings.Join(catalogueOrder, "\n") {
		for i := 0; i < len(got) || i < len(catalogueOrder); i++ {
			var g, w string
			if i < len(got) {
				g = got[i]
			}
			if i < len(catalogueOrder) {
				w = catalogueOrder[i]
			}
			if g != w {
				t.Errorf("catalogue position %d: %q, want %q", i, g, w)
			}
		}
	}
}

// TestCatalogueListsEveryEntry reads the package's source: every entry declared in a
// family file (var x = &Entry{ID: …}) is in Catalogue exactly once, so an item whose line
// was forgotten (Go does not reject an unused package variable) does not vanish from the plan.
func TestCatalogueListsEveryEntry(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	declared := map[string]string{} // id -> file
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			u, ok := n.(*ast.UnaryExpr)
			if !ok || u.Op != token.AND {
				return true
			}
			cl, ok := u.X.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if typ, ok := cl.Type.(*ast.Ident); !ok || typ.Name != "Entry" {
				return true
			}
			for _, el := range cl.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if k, ok := kv.Key.(*ast.Ident); !ok || k.Name != "ID" {
					continue
				}
				lit, ok := kv.Value.(*ast.BasicLit)
				if !ok {
					t.Errorf("%s: an entry's ID is not a string literal", fset.Position(kv.Pos()))
					continue
				}
				id, _ := strconv.Unquote(lit.Value)
				if prev, dup := declared[id]; dup {
					t.Errorf("entry %s declared in %s and %s", id, prev, name)
				}
				declared[id] = name
			}
			return true
		})
	}
	count := map[string]int{}
	for _, e := range rules.Catalogue {
		count[e.ID]++
	}
	for id, file := range declared {
		if count[id] != 1 {
			t.Errorf("entry %s (%s) is %d times in Catalogue, want once", id, file, count[id])
		}
	}
	for id := range count {
		if _, ok := declared[id]; !ok {
			t.Errorf("catalogue id %s has no entry literal in the package's files", id)
		}
	}
	if len(declared) < 40 {
		t.Errorf("only %d entries found in the source: the parser missed them", len(declared))
	}
}
