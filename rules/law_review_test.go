package rules_test

// Tests of the law review of December 2026 (issue 13), each written from the text it names.

import (
	"strings"
	"testing"

	"aidants/rules"
)

func condBases(r rules.ItemResult) string {
	var b []string
	for _, c := range r.Conditions {
		b = append(b, c.Basis)
	}
	return strings.Join(b, " | ")
}

// Agents publics take their congé de proche aidant and congé de solidarité familiale under
// the Code général de la fonction publique (art. L634-1; art. L633-1 à L633-4), not under
// the Code du travail articles written for salariés (L3142-16, L3142-6).
func TestLeavesOfAgentsPublicsRestOnTheCGFP(t *testing.T) {
	for _, c := range []struct {
		employment, item, want, notWant string
	}{
		{"public_servant", "conge-proche-aidant", "fonction publique art. L634-1", "Code du travail art. L3142-16 (salariés)"},
		{"employee", "conge-proche-aidant", "Code du travail art. L3142-16", "L634-1"},
		{"public_servant", "conge-solidarite-familiale", "fonction publique art. L633-1", "Code du travail art. L3142-6"},
		{"employee", "conge-solidarite-familiale", "Code du travail art. L3142-6", "L633-1"},
	} {
		m := statuses(&rules.Situation{
			Person:    rules.Person{Age: ip(82), Residence: sp("home"), ReceivesAPA: bp(true), EndOfLife: bp(true)},
			Caregiver: rules.Caregiver{Relationship: sp("child"), Employment: sp(c.employment)},
		}, t)
		r := m[c.item]
		// the employment condition names both texts; the others follow the employment
		var rest []string
		for _, cd := range r.Conditions {
			if cd.Label != "L'aidant est salarié ou agent public" {
				rest = append(rest, cd.Basis)
			}
		}
		all := condBases(r)
		if !strings.Contains(all, c.want) {
			t.Errorf("%s, %s: bases %q do not cite %q", c.item, c.employment, all, c.want)
		}
		if strings.Contains(strings.Join(rest, " | "), c.notWant) {
			t.Errorf("%s, %s: bases %q cite %q", c.item, c.employment, rest, c.notWant)
		}
	}
}
