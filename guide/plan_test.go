package guide

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"aidants/content"
	"aidants/rules"
)

var testDay = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

func testGuide(t testing.TB) *Guide {
	t.Helper()
	set, err := content.Load()
	if err != nil {
		t.Fatal(err)
	}
	return New(set)
}

func mustParse(t testing.TB, s string) *rules.Situation {
	t.Helper()
	sit, err := ParseSituation([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return sit
}

func position(p *Plan, id string) int {
	for i, it := range p.Items {
		if it.ID == id {
			return i
		}
	}
	return -1
}

// Urgent first; the APA request before the congé de proche aidant, the congé before the
// AJPA, whatever their statuses.
func TestPlanOrder(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(mustParse(t, `{"person":{"age":84,"residence":"home","gir":2,"receives_apa":false,"urgent":true},"caregiver":{"relationship":"child","employment":"employee"}}`), testDay)
	if p.Items[0].ID != "apa-urgence" || !p.Items[0].Urgent {
		t.Errorf("first item %s, want the emergency APA", p.Items[0].ID)
	}
	for _, pair := range [][2]string{{"apa-domicile", "conge-proche-aidant"}, {"conge-proche-aidant", "ajpa"}, {"apa-domicile", "aidant-salarie"}} {
		if position(p, pair[0]) > position(p, pair[1]) {
			t.Errorf("%s comes after %s", pair[0], pair[1])
		}
	}
	// not-eligible items come last
	last := -1
	for i, it := range p.Items {
		if it.Status == rules.StatusNotEligible {
			last = i
		} else if last >= 0 && !it.Urgent {
			t.Errorf("%s (%s) after a not-eligible item", it.ID, it.Status)
		}
	}
}

func TestNextQuestions(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(&rules.Situation{}, testDay)
	if len(p.NextQuestions) == 0 {
		t.Fatal("an empty situation must suggest questions")
	}
	// the first question settles at least as many items as any other
	for _, q := range p.NextQuestions[1:] {
		if q.Settles > p.NextQuestions[0].Settles {
			t.Errorf("%s settles %d > first %d", q.Fact, q.Settles, p.NextQuestions[0].Settles)
		}
	}
	// answered facts are never asked again
	p = g.Evaluate(mustParse(t, `{"person":{"age":80,"gir":3,"residence":"home"}}`), testDay)
	for _, q := range p.NextQuestions {
		if q.Fact == "person.age" || q.Fact == "person.gir" || q.Fact == "person.residence" {
			t.Errorf("%s is known but still asked", q.Fact)
		}
	}
	for _, f := range p.Missing {
		if _, ok := QuestionFor(f); !ok {
			t.Errorf("missing fact %s has no question", f)
		}
	}
}

func TestEveryFactHasAQuestion(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(&rules.Situation{}, testDay)
	for _, it := range p.Items {
		for _, m := range it.Missing {
			if _, ok := QuestionFor(m); !ok {
				t.Errorf("%s: missing fact %s has no question", it.ID, m)
			}
		}
	}
}

func TestStepsAndContactsFromContent(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(mustParse(t, `{"person":{"age":84,"department":"23","residence":"home","gir":2}}`), testDay)
	it := p.Items[position(p, "apa-domicile")]
	if len(it.Steps) == 0 || it.Steps[0].Order != 1 {
		t.Errorf("APA steps: %+v", it.Steps)
	}
	found := false
	for _, c := range it.Contacts {
		if strings.Contains(c.Name, "UTAS") {
			found = true
		}
	}
	if !found {
		t.Errorf("the Creuse contacts must appear for a person in the 23: %+v", it.Contacts)
	}
	// and not for another département
	p = g.Evaluate(mustParse(t, `{"person":{"age":84,"department":"33","residence":"home","gir":2}}`), testDay)
	for _, c := range p.Items[position(p, "apa-domicile")].Contacts {
		if strings.Contains(c.Name, "UTAS") {
			t.Error("Creuse contacts shown in the Gironde")
		}
	}
}

func TestEstimatedGIRInPlan(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(mustParse(t, `{"person":{"age":80,"aggir":{"coherence":"B","orientation":"B","toilette":"C","habillage":"C","alimentation":"B","elimination":"B","transferts":"B","deplacement_interieur":"B","deplacement_exterieur":"C","alerter":"B"}}}`), testDay)
	if p.GIR == nil || !p.GIR.Estimated {
		t.Fatalf("GIR %+v, want an estimate", p.GIR)
	}
	b, _ := json.Marshal(p)
	if !strings.Contains(string(b), `"estimated":true`) {
		t.Error("estimate not in the JSON")
	}
	// gir wins over aggir
	p = g.Evaluate(mustParse(t, `{"person":{"gir":5,"aggir":{"coherence":"C","orientation":"C","toilette":"C","habillage":"C","alimentation":"C","elimination":"C","transferts":"C","deplacement_interieur":"C"}}}`), testDay)
	if p.GIR.Value != 5 || p.GIR.Estimated {
		t.Errorf("gir must win over aggir: %+v", p.GIR)
	}
}

func TestAPAAmountInPlan(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(mustParse(t, `{"person":{"age":80,"residence":"home","gir":3,"apa_plan_amount":1000,"monthly_resources":2000}}`), time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC))
	it := p.Items[position(p, "apa-domicile")]
	var got []string
	for _, a := range it.Amounts {
		got = append(got, a.Label+"="+a.Text)
	}
	joined := strings.Join(got, "|")
	if !strings.Contains(joined, "299,22 €") || !strings.Contains(joined, "700,78 €") {
		t.Errorf("APA estimate not shown: %s", joined)
	}
}

func FuzzParseSituation(f *testing.F) {
	f.Add(`{"person":{"age":84,"residence":"home","gir":2,"receives_apa":true,"monthly_resources":1400,"couple":false,"department":"23"},"caregiver":{"relationship":"child","employment":"employee"},"needs":["respite"]}`)
	f.Add(`{"person":{"aggir":{"coherence":"B","orientation":"B","toilette":"C","habillage":"C","alimentation":"B","elimination":"B","transferts":"B","deplacement_interieur":"B"}}}`)
	f.Add(`{"person":{"monthly_resources":1e308}}`)
	f.Add(`{}`)
	f.Add(`[]`)
	f.Add(`{"person":null,"needs":null}`)
	g := testGuide(f)
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ParseSituation([]byte(in))
		if err != nil {
			if s != nil {
				t.Fatal("situation and error")
			}
			if strings.Contains(err.Error(), "json:") {
				t.Fatalf("untranslated message: %v", err)
			}
			return
		}
		p := g.Evaluate(s, testDay)
		if len(p.Items) != len(rules.Catalogue) {
			t.Fatal("items lost")
		}
		for _, it := range p.Items {
			for _, a := range it.Amounts {
				if a.Cents != nil && *a.Cents < 0 {
					t.Fatalf("negative amount in %s", it.ID)
				}
			}
		}
	})
}

func BenchmarkEvaluatePlan(b *testing.B) {
	g := testGuide(b)
	s := mustParse(b, `{"person":{"age":84,"residence":"home","gir":2,"receives_apa":true,"monthly_resources":1400,"couple":false,"department":"23"},"caregiver":{"relationship":"child","employment":"employee"}}`)
	b.ReportAllocs()
	for b.Loop() {
		_ = g.Evaluate(s, testDay)
	}
}
