package rules

import (
	"math/rand"
	"testing"
	"time"
)

// randomSituation draws a situation over every row of the fact table (each field unknown
// one time in three).
func randomSituation(rng *rand.Rand) *Situation {
	s := &Situation{}
	for _, fd := range Fields {
		if rng.Intn(3) == 0 {
			continue
		}
		switch fd.Kind {
		case FieldInt:
			if rng.Intn(2) == 0 {
				fd.SetInt(s, []int{fd.Min, fd.Max, 50, 55, 60, 62, 65, 70, 75, 80}[rng.Intn(10)]%(fd.Max+1))
			} else {
				fd.SetInt(s, fd.Min+rng.Intn(fd.Max-fd.Min+1))
			}
		case FieldEuros:
			fd.SetEuros(s, Euros(rng.Intn(400000)))
		case FieldBool:
			fd.SetBool(s, rng.Intn(2) == 0)
		case FieldEnum:
			fd.SetString(s, fd.Choices[rng.Intn(len(fd.Choices))].Value)
		case FieldString:
			fd.SetString(s, []string{"23", "33", "69", "75", "974"}[rng.Intn(5)])
		case FieldSet:
			var vs []string
			for _, c := range fd.Choices {
				if rng.Intn(3) == 0 {
					vs = append(vs, c.Value)
				}
			}
			fd.SetSet(s, vs)
		case FieldAGGIR:
			a := AGGIR{}
			for _, v := range AGGIRVariables {
				a[v] = []string{"A", "B", "C"}[rng.Intn(3)]
			}
			p := fd.at(s).(**AGGIR)
			*p = &a
		}
	}
	return s
}

// Every condition of the plan comes from a check its entry declares (the rule book prints
// exactly these), and no condition is built by a rule outside its declarations.
func TestConditionsAreDeclared(t *testing.T) {
	p, err := NewParams(nil)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 3000; n++ {
		s := randomSituation(rng)
		d := time.Date(2025+rng.Intn(2), time.Month(1+rng.Intn(12)), 1, 0, 0, 0, 0, time.UTC)
		for _, r := range Evaluate(s, p, d) {
			for i, c := range r.Conditions {
				if r.Entry.Service && i == len(r.Conditions)-1 {
					continue // the need condition
				}
				found := false
				for _, k := range r.Entry.checks {
					found = found || k == c.check
				}
				if !found {
					t.Fatalf("%s: condition %q is not one of its declared checks", r.Entry.ID, c.Label)
				}
			}
		}
	}
}
