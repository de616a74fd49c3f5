package rules_test

import (
	"math/rand"
	"testing"
	"time"

	"aidants/rules"
)

// Every dated amount an item shows is declared on its catalogue entry (the rule book prints
// the declared ones at its date): on random situations over two years, no rule shows a
// parameter its entry does not declare.
func TestDeclaredAmounts(t *testing.T) {
	p := params(t)
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 4000; n++ {
		s := &rules.Situation{}
		for _, fd := range rules.Fields {
			if rng.Intn(3) == 0 {
				continue
			}
			switch fd.Kind {
			case rules.FieldInt:
				fd.SetInt(s, fd.Min+rng.Intn(fd.Max-fd.Min+1))
			case rules.FieldEuros:
				fd.SetEuros(s, rules.Euros(rng.Intn(400000)))
			case rules.FieldBool:
				fd.SetBool(s, rng.Intn(2) == 0)
			case rules.FieldEnum:
				fd.SetString(s, fd.Choices[rng.Intn(len(fd.Choices))].Value)
			case rules.FieldString:
				fd.SetString(s, []string{"23", "33", "69", "75", "974"}[rng.Intn(5)])
			case rules.FieldSet:
				var vs []string
				for _, c := range fd.Choices {
					if rng.Intn(3) == 0 {
						vs = append(vs, c.Value)
					}
				}
				fd.SetSet(s, vs)
			}
		}
		d := time.Date(2025+rng.Intn(2), time.Month(1+rng.Intn(12)), 1, 0, 0, 0, 0, time.UTC)
		for _, r := range rules.Evaluate(s, p, d) {
			for _, a := range r.Amounts {
				if _, ok := p.Amount(a.ID, d); !ok && a.Found {
					continue // computed for this situation (an estimate), not a dated amount
				}
				declared := false
				for _, id := range r.Entry.Amounts() {
					declared = declared || id == a.ID
				}
				if !declared {
					t.Fatalf("%s shows %s: declare it in the entry's amounts (rules/catalogue.go)", r.Entry.ID, a.ID)
				}
			}
		}
	}
}
