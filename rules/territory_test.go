package rules_test

import (
	"testing"

	"aidants/rules"
)

// In the Rhône, the 2025-2026 EHPAD experiment (LFSS 2024 art. 79 as amended by LFSS 2025
// art. 82; 23 territories listed for the décret du 20/02/2025) covers the Métropole de Lyon
// and not the rest of the département: the commune settles it. Territory is what the guide
// derives from person.commune ("69M" for the 58 communes of the Métropole).
func TestEHPADExperimentInTheRhoneFollowsTheCommune(t *testing.T) {
	cond := "Le département finance la dépendance en EHPAD par l'APA (hors expérimentation 2025-2026)"
	for _, c := range []struct {
		name      string
		dep       string
		territory string
		want      rules.Tri
		missing   string
	}{
		{"Villeurbanne: Métropole de Lyon, in the experiment", "69", "69M", rules.No, ""},
		{"Villefranche-sur-Saône: Rhône outside the Métropole", "69", "69", rules.Yes, ""},
		{"Rhône, commune unknown", "69", "", rules.Unknown, "person.commune"},
		{"Creuse, in the experiment", "23", "23", rules.No, ""},
		{"Ain, not in the experiment", "01", "01", rules.Yes, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := &rules.Situation{Person: rules.Person{Age: ip(85), GIR: ip(2), Residence: sp("institution"), Department: sp(c.dep), Territory: c.territory}}
			m := statuses(s, t)
			r := m["apa-etablissement"]
			found := false
			for _, k := range r.Conditions {
				if k.Label != cond {
					continue
				}
				found = true
				if k.Result != c.want {
					t.Errorf("result %v, want %v (seen %q)", k.Result, c.want, k.Seen)
				}
				if c.missing != "" && (len(k.Facts) != 1 || k.Facts[0] != c.missing) {
					t.Errorf("facts %v, want [%s]", k.Facts, c.missing)
				}
			}
			if !found {
				t.Fatalf("condition %q not found in %+v", cond, r.Conditions)
			}
		})
	}
}

func TestCommuneCodeForm(t *testing.T) {
	for code, ok := range map[string]bool{"69266": true, "2A004": true, "2B033": true, "23096": true,
		"6926": false, "692660": false, "2C004": false, "ab123": false, "": false, "69 26": false} {
		s := &rules.Situation{Person: rules.Person{Commune: sp(code)}}
		err := s.Validate()
		if (err == nil) != ok {
			t.Errorf("commune %q: error %v, want ok=%v", code, err, ok)
		}
		if err != nil {
			if fe, isFE := err.(*rules.FieldError); !isFE || fe.Field != "person.commune" {
				t.Errorf("commune %q: error %v does not name person.commune", code, err)
			}
		}
	}
}
