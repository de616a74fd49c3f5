package rules

import (
	"testing"
	"time"
)

// MaPrimeAdapt' from 60 to 69 asks for a GIR evaluated 1 to 6 (Anah, règlement de
// MaPrimeAdapt'). When no GIR is given (none at all, or only estimated from the AGGIR
// answers), the plan must ask for it: person.gir is a missing fact of the item.
func TestMaPrimeAdaptAsksTheEvaluatedGIR(t *testing.T) {
	p, err := NewParams(nil)
	if err != nil {
		t.Fatal(err)
	}
	needs := []string{"home_adaptation"}
	estimated := &AGGIR{"coherence": "A", "orientation": "A", "toilette": "B", "habillage": "B", "alimentation": "A",
		"elimination": "A", "transferts": "A", "deplacement_interieur": "A"}
	for _, c := range []struct {
		name  string
		age   int
		aggir *AGGIR
		want  bool
	}{{"65, GIR estimated", 65, estimated, true}, {"65, no GIR", 65, nil, true}, {"72, no GIR", 72, nil, false}, {"58, no GIR", 58, nil, false}} {
		s := &Situation{Person: Person{Age: ptr(c.age), Residence: ptr("home"), Housing: ptr("owner"), DisabilityRate: ptr(0), AGGIR: c.aggir}, Needs: &needs}
		for _, r := range Evaluate(s, p, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)) {
			if r.Entry.ID != "maprimeadapt" {
				continue
			}
			got := false
			for _, m := range r.Missing {
				got = got || m == string(FactGIR)
			}
			if got != c.want {
				t.Errorf("%s: person.gir missing = %v, want %v (%s, %v)", c.name, got, c.want, r.Status, r.Missing)
			}
		}
	}
}

func ptr[T any](v T) *T { return &v }
