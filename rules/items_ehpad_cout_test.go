package rules_test

import (
	"testing"

	"aidants/rules"
)

func sonsCall(resources int64) *rules.Situation {
	return &rules.Situation{Person: rules.Person{Age: ip(91), GIR: ip(2), Residence: sp("institution"), Department: sp("75"),
		MonthlyResources: ep(resources), Couple: bp(false),
		EHPADAccommodationDaily: ep(9500), EHPADDependencyDaily: ep(2200), EHPADDependency56Daily: ep(650)},
		Caregiver: rules.Caregiver{Relationship: sp("child")}}
}

func amountOf(r rules.ItemResult, id string) (int64, bool) {
	for _, q := range r.Amounts {
		if q.ID == id && q.Found {
			return q.Num, true
		}
	}
	return 0, false
}

// The plan shows the figures of `aidants ehpad` (TestEHPADSonsCall, same hand computation):
// 3 087,29 € a month left to pay, APA 471,46 €, ASH 1 440 € / 160 € / 1 647,29 €, tax
// reduction 2 500 € a year (25 % of the 10 000 € ceiling, CGI 199 quindecies).
func TestPlanEHPADFigures(t *testing.T) {
	m := statuses(sonsCall(160000), t)
	cost := m["reste-a-charge-ehpad"]
	for id, want := range map[string]int64{"ehpad.reste_a_payer_mois": 308729, "ehpad.apa_mois": 47146, "ehpad.manque_mois": 148729} {
		if got, ok := amountOf(cost, id); !ok || got != want {
			t.Errorf("%s = %d (%v), want %d", id, got, ok, want)
		}
	}
	want(t, m, "aide-sociale-hebergement", rules.StatusEligible)
	ash := m["aide-sociale-hebergement"]
	for id, w := range map[string]int64{"ash.part_etablissement": 144000, "ash.garde_mois": 16000, "ash.reste_famille_departement": 164729} {
		if got, ok := amountOf(ash, id); !ok || got != w {
			t.Errorf("%s = %d (%v), want %d", id, got, ok, w)
		}
	}
	want(t, m, "reduction-impot-ehpad", rules.StatusToCheck) // is income tax due? on the avis
	if got, ok := amountOf(m["reduction-impot-ehpad"], "reduction_ehpad.estimation"); !ok || got != 250000 {
		t.Errorf("reduction = %d (%v), want 250000", got, ok)
	}
}

// CASF L132-1: the ASH is for resources that do not cover the cost. GIR 5 (no APA, the
// cost does not depend on resources): (95 + 6,50) × 365 / 12 = 3 087,29 € a month;
// resources of 3 087,28 € do not cover it, 3 087,29 € do.
func TestASHResourcesBoundary(t *testing.T) {
	for _, c := range []struct {
		res    int64
		status rules.Status
	}{{308728, rules.StatusEligible}, {308729, rules.StatusNotEligible}} {
		s := sonsCall(c.res)
		s.Person.GIR = ip(5)
		want(t, statuses(s, t), "aide-sociale-hebergement", c.status)
	}
}

// CGI 199 quindecies: only for a person accommodated in an establishment; a résidence
// autonomie counts only if it bills dependency costs.
func TestReductionImpotEHPADPlace(t *testing.T) {
	s := sonsCall(160000)
	s.Person.Residence = sp("home")
	want(t, statuses(s, t), "reduction-impot-ehpad", rules.StatusNotEligible)
	s.Person.Residence = sp("residence_autonomie")
	want(t, statuses(s, t), "reduction-impot-ehpad", rules.StatusToCheck)
}

// Without the prices the plan asks for them.
func TestEHPADPricesAsked(t *testing.T) {
	s := sonsCall(160000)
	s.Person.EHPADAccommodationDaily = nil
	r := statuses(s, t)["reste-a-charge-ehpad"]
	if len(r.Missing) == 0 || r.Missing[0] != "person.ehpad_accommodation_daily" {
		t.Errorf("missing %v", r.Missing)
	}
}
