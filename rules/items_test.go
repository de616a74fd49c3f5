package rules_test

import (
	"strings"
	"testing"

	"aidants/rules"

	"pgregory.net/rapid"
)

func ip(v int) *int           { return &v }
func bp(v bool) *bool         { return &v }
func sp(v string) *string     { return &v }
func ep(c int64) *rules.Euros { return rules.EurosPtr(c) }

func statuses(s *rules.Situation, t *testing.T) map[string]rules.ItemResult {
	res := rules.Evaluate(s, params(t), day(2026, 6, 1))
	m := map[string]rules.ItemResult{}
	for _, r := range res {
		m[r.Entry.ID] = r
	}
	return m
}

func want(t *testing.T, m map[string]rules.ItemResult, id string, status rules.Status) {
	t.Helper()
	r, ok := m[id]
	if !ok {
		t.Fatalf("%s missing from the evaluation", id)
	}
	if r.Status != status {
		t.Errorf("%s: %s, want %s (conditions %+v)", id, r.Status, status, r.Conditions)
	}
}

// The cases of issue 2, evaluated at 2026-06-01.
func TestIssueCases(t *testing.T) {
	t.Run("GIR 2 with APA, son employee", func(t *testing.T) {
		m := statuses(&rules.Situation{
			Person:    rules.Person{Age: ip(84), Residence: sp("home"), GIR: ip(2), ReceivesAPA: bp(true), MonthlyResources: ep(140000), Couple: bp(false)},
			Caregiver: rules.Caregiver{Relationship: sp("child"), Employment: sp("employee")},
		}, t)
		want(t, m, "apa-domicile", rules.StatusEligible)
		want(t, m, "conge-proche-aidant", rules.StatusEligible)
		want(t, m, "ajpa", rules.StatusEligible)
		want(t, m, "aidant-salarie", rules.StatusEligible)
		want(t, m, "cmi", rules.StatusEligible)
		want(t, m, "aide-menagere-departement", rules.StatusNotEligible)
		want(t, m, "caisse-retraite-oscar", rules.StatusNotEligible)
		found := false
		for _, a := range m["apa-domicile"].Amounts {
			if a.ID == "apa.plafond.gir2" && a.Num == 168230 {
				found = true
			}
		}
		if !found {
			t.Errorf("APA ceiling GIR 2 of 1 682,30 € not shown: %+v", m["apa-domicile"].Amounts)
		}
	})
	t.Run("GIR 5 single at 900 euros, general scheme", func(t *testing.T) {
		m := statuses(&rules.Situation{
			Person: rules.Person{Age: ip(78), Residence: sp("home"), GIR: ip(5), MonthlyResources: ep(90000), Couple: bp(false), PensionScheme: sp("general")},
		}, t)
		want(t, m, "apa-domicile", rules.StatusNotEligible)
		want(t, m, "aide-menagere-departement", rules.StatusEligible)
		want(t, m, "caisse-retraite-oscar", rules.StatusEligible)
	})
	t.Run("85 years old, GIR unknown", func(t *testing.T) {
		m := statuses(&rules.Situation{Person: rules.Person{Age: ip(85)}}, t)
		want(t, m, "apa-domicile", rules.StatusToCheck)
		if !contains(m["apa-domicile"].Missing, "person.gir") {
			t.Errorf("person.gir not among the missing facts: %v", m["apa-domicile"].Missing)
		}
	})
	t.Run("spouse cannot be paid by the APA", func(t *testing.T) {
		m := statuses(&rules.Situation{
			Person:    rules.Person{Age: ip(80), Residence: sp("home"), GIR: ip(3), ReceivesAPA: bp(true)},
			Caregiver: rules.Caregiver{Relationship: sp("spouse")},
		}, t)
		want(t, m, "aidant-salarie", rules.StatusNotEligible)
	})
}

// More cases from the law.
func TestRules(t *testing.T) {
	base := func() *rules.Situation {
		return &rules.Situation{Person: rules.Person{Age: ip(82), Residence: sp("home"), GIR: ip(4), ReceivesAPA: bp(true)},
			Caregiver: rules.Caregiver{Relationship: sp("child"), Employment: sp("employee")}}
	}
	// GIR 4 opens the congé de proche aidant since 1 July 2022 (D3142-8).
	want(t, statuses(base(), t), "conge-proche-aidant", rules.StatusEligible)
	// A GIR evaluated without an APA decision is not enough (D3142-8 4°): ask the APA first.
	s := base()
	s.Person.ReceivesAPA = bp(false)
	m := statuses(s, t)
	want(t, m, "conge-proche-aidant", rules.StatusToCheck)
	// Retired caregiver with no activity: no AJPA; unemployed: only if indemnified.
	s = base()
	s.Caregiver.Employment = sp("retired")
	want(t, statuses(s, t), "ajpa", rules.StatusNotEligible)
	want(t, statuses(s, t), "conge-proche-aidant", rules.StatusNotEligible)
	s.Caregiver.Employment = sp("jobseeker")
	want(t, statuses(s, t), "ajpa", rules.StatusToCheck)
	// Emergency APA only when urgent and not yet receiving the APA.
	s = base()
	s.Person.Urgent, s.Person.ReceivesAPA = bp(true), bp(false)
	m = statuses(s, t)
	want(t, m, "apa-urgence", rules.StatusEligible)
	if !m["apa-urgence"].Urgent {
		t.Error("apa-urgence should be urgent")
	}
	// In an EHPAD in the Creuse during the 2025-2026 experiment: no APA en établissement.
	s = &rules.Situation{Person: rules.Person{Age: ip(90), Residence: sp("institution"), GIR: ip(2), Department: sp("23")}}
	want(t, statuses(s, t), "apa-etablissement", rules.StatusNotEligible)
	s.Person.Department = sp("33")
	want(t, statuses(s, t), "apa-etablissement", rules.StatusEligible)
	// ASPA at 65, or 62 with 50 % incapacity; resources under the ceiling.
	s = &rules.Situation{Person: rules.Person{Age: ip(63), DisabilityRate: ip(60), MonthlyResources: ep(80000), Couple: bp(false)}}
	want(t, statuses(s, t), "aspa", rules.StatusEligible)
	s.Person.MonthlyResources = ep(110000)
	want(t, statuses(s, t), "aspa", rules.StatusNotEligible)
	// Aide ménagère at 62: possible with a recognised unfitness for work, which the guide
	// does not ask: to check, not refused (CASF art. L113-1).
	s = &rules.Situation{Person: rules.Person{Age: ip(62), GIR: ip(5), MonthlyResources: ep(80000), Couple: bp(false), Residence: sp("home")}}
	want(t, statuses(s, t), "aide-menagere-departement", rules.StatusToCheck)
	s.Person.Age = ip(58)
	want(t, statuses(s, t), "aide-menagere-departement", rules.StatusNotEligible)
	// MaPrimeAdapt': social tenants are not covered.
	s = &rules.Situation{Person: rules.Person{Age: ip(75), Housing: sp("social_tenant")}}
	want(t, statuses(s, t), "maprimeadapt", rules.StatusNotEligible)
	// Mining scheme.
	s = &rules.Situation{Person: rules.Person{PensionScheme: sp("mines")}}
	want(t, statuses(s, t), "aide-aidants-mines", rules.StatusEligible)
	// CMI with APA in GIR 3: only through an 80 % incapacity.
	s = base()
	s.Person.GIR = ip(3)
	s.Person.DisabilityRate = ip(50)
	want(t, statuses(s, t), "cmi", rules.StatusNotEligible)
	// Estimated GIR from the AGGIR answers.
	s = &rules.Situation{Person: rules.Person{Age: ip(80), Residence: sp("home"), AGGIR: &rules.AGGIR{"coherence": "C", "orientation": "C", "toilette": "C", "habillage": "C", "alimentation": "C", "elimination": "C", "transferts": "C", "deplacement_interieur": "C"}}}
	want(t, statuses(s, t), "apa-domicile", rules.StatusEligible)
	if g, est, _ := rules.EffectiveGIR(s); g != 1 || !est {
		t.Errorf("estimated GIR %d %v", g, est)
	}
}

func TestCatalogueDependenciesComeFirst(t *testing.T) {
	for i, e := range rules.Catalogue {
		for _, dep := range e.After {
			j := rules.CatalogueIndex(dep)
			if j < 0 || j >= i {
				t.Errorf("%s depends on %s which is not before it in the catalogue", e.ID, dep)
			}
		}
	}
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// genSituation draws a situation where every field may be unknown.
func genSituation(t *rapid.T) *rules.Situation {
	maybe := func(name string) bool { return rapid.Bool().Draw(t, name+"?") }
	s := &rules.Situation{}
	p, c := &s.Person, &s.Caregiver
	if maybe("age") {
		p.Age = ip(rapid.IntRange(40, 105).Draw(t, "age"))
	}
	if maybe("dep") {
		p.Department = sp(rapid.SampledFrom([]string{"23", "33", "75", "93", "69", "974"}).Draw(t, "dep"))
	}
	if maybe("res") {
		p.Residence = sp(rapid.SampledFrom(rules.Residences).Draw(t, "res"))
	}
	if maybe("gir") {
		p.GIR = ip(rapid.IntRange(1, 6).Draw(t, "gir"))
	}
	if maybe("money") {
		p.MonthlyResources = ep(rapid.Int64Range(0, 600000).Draw(t, "money"))
	}
	if maybe("plan") {
		p.APAPlanAmount = ep(rapid.Int64Range(0, 300000).Draw(t, "plan"))
	}
	bools := []**bool{&p.Couple, &p.ReceivesAPA, &p.EndOfLife, &p.MemoryDisorders, &p.Urgent, &p.RecentHospitalisation, &p.ReceivesASPA,
		&c.LivesWithPerson, &c.Exhausted, &c.HospitalisationPlanned, &c.HostsPerson}
	for i, b := range bools {
		if maybe("b" + string(rune('a'+i))) {
			*b = bp(rapid.Bool().Draw(t, "v"+string(rune('a'+i))))
		}
	}
	if maybe("dis") {
		p.DisabilityRate = ip(rapid.IntRange(0, 100).Draw(t, "dis"))
	}
	if maybe("housing") {
		p.Housing = sp(rapid.SampledFrom(rules.Housings).Draw(t, "housing"))
	}
	if maybe("scheme") {
		p.PensionScheme = sp(rapid.SampledFrom(rules.PensionSchemes).Draw(t, "scheme"))
	}
	if maybe("rel") {
		c.Relationship = sp(rapid.SampledFrom(rules.Relationships).Draw(t, "rel"))
	}
	if maybe("emp") {
		c.Employment = sp(rapid.SampledFrom(rules.Employments).Draw(t, "emp"))
	}
	if maybe("needs") {
		n := rapid.SliceOfNDistinct(rapid.SampledFrom(rules.NeedsList), 0, 6, rapid.ID[string]).Draw(t, "needs")
		s.Needs = &n
	}
	return s
}

// Learning a fact never turns an eligible item into a not-eligible one, unless a
// condition settled by that very fact fails; and every amount is ≥ 0.
func TestLearningAFactIsMonotonic(t *testing.T) {
	p := params(t)
	d := day(2026, 6, 1)
	rapid.Check(t, func(t *rapid.T) {
		full := genSituation(t)
		// forget one fact
		partial := *full
		partial.Person, partial.Caregiver = full.Person, full.Caregiver
		fact := rapid.SampledFrom([]string{"person.age", "person.gir", "person.residence", "person.monthly_resources", "person.receives_apa",
			"caregiver.relationship", "caregiver.employment", "person.couple", "person.housing", "person.pension_scheme", "person.disability_rate"}).Draw(t, "forget")
		switch fact {
		case "person.age":
			partial.Person.Age = nil
		case "person.gir":
			partial.Person.GIR = nil
		case "person.residence":
			partial.Person.Residence = nil
		case "person.monthly_resources":
			partial.Person.MonthlyResources = nil
		case "person.receives_apa":
			partial.Person.ReceivesAPA = nil
		case "caregiver.relationship":
			partial.Caregiver.Relationship = nil
		case "caregiver.employment":
			partial.Caregiver.Employment = nil
		case "person.couple":
			partial.Person.Couple = nil
		case "person.housing":
			partial.Person.Housing = nil
		case "person.pension_scheme":
			partial.Person.PensionScheme = nil
		case "person.disability_rate":
			partial.Person.DisabilityRate = nil
		}
		before := rules.Evaluate(&partial, p, d)
		after := rules.Evaluate(full, p, d)
		for i := range before {
			for _, q := range after[i].Amounts {
				if q.Found && q.Num < 0 {
					t.Fatalf("%s: negative amount %s %d", after[i].Entry.ID, q.ID, q.Num)
				}
			}
			if before[i].Status != rules.StatusEligible || after[i].Status != rules.StatusNotEligible {
				continue
			}
			// the failing condition must be one that the forgotten fact settles
			ok := false
			for j, c := range after[i].Conditions {
				if c.Result == rules.No && j < len(before[i].Conditions) && before[i].Conditions[j].Result != rules.No {
					ok = true
				}
			}
			if !ok {
				t.Fatalf("%s went from eligible to not eligible when %s became known", before[i].Entry.ID, fact)
			}
		}
	})
}

func BenchmarkEvaluate(b *testing.B) {
	p := params(b)
	s := &rules.Situation{
		Person:    rules.Person{Age: ip(84), Residence: sp("home"), GIR: ip(2), ReceivesAPA: bp(true), MonthlyResources: ep(140000), Couple: bp(false), Department: sp("23"), APAPlanAmount: ep(120000)},
		Caregiver: rules.Caregiver{Relationship: sp("child"), Employment: sp("employee")},
	}
	d := day(2026, 6, 1)
	b.ReportAllocs()
	for b.Loop() {
		_ = rules.Evaluate(s, p, d)
	}
}

// BenchmarkEvaluator is Evaluate with reused memory, as `aidants lot` runs it.
func BenchmarkEvaluator(b *testing.B) {
	p := params(b)
	s := &rules.Situation{
		Person:    rules.Person{Age: ip(84), Residence: sp("home"), GIR: ip(2), ReceivesAPA: bp(true), MonthlyResources: ep(140000), Couple: bp(false), Department: sp("23"), APAPlanAmount: ep(120000)},
		Caregiver: rules.Caregiver{Relationship: sp("child"), Employment: sp("employee")},
	}
	d := day(2026, 6, 1)
	var ev rules.Evaluator
	b.ReportAllocs()
	for b.Loop() {
		_ = ev.Evaluate(s, p, d)
	}
}

// The AJAP goes to the people the leave goes to: an ascendant, a descendant, a brother or
// sister, the personne de confiance or someone who shares the home (CSS art. L168-1). A
// neighbour who does not live with the person is not known to be one of them.
func TestAJAPRelationship(t *testing.T) {
	s := &rules.Situation{
		Person:    rules.Person{Age: ip(85), Residence: sp("home"), EndOfLife: bp(true)},
		Caregiver: rules.Caregiver{Relationship: sp("friend_neighbour"), LivesWithPerson: bp(false), Employment: sp("employee")},
	}
	m := statuses(s, t)
	want(t, m, "conge-solidarite-familiale", rules.StatusToCheck)
	want(t, m, "ajap", rules.StatusToCheck)
	s.Caregiver.Relationship = sp("grandchild")
	m = statuses(s, t)
	want(t, m, "ajap", rules.StatusEligible)
}

// The ASPA opens at 62 for an incapacity of at least 50 % or an unfitness for work
// (CSS art. L815-1 ; verifications §10). The guide does not ask about unfitness: at 63
// with a 30 % rate, the ASPA is to check, not refused.
func TestASPAAt62WithUnfitness(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(63), DisabilityRate: ip(30), MonthlyResources: ep(80000), Couple: bp(false)}}
	want(t, statuses(s, t), "aspa", rules.StatusToCheck)
	s.Person.Age = ip(61)
	want(t, statuses(s, t), "aspa", rules.StatusNotEligible)
}

// The emergency APA exists in an establishment too: half the establishment's GIR 1-2
// dependency tariff (CASF art. L232-12 and R232-29); not where the département no longer
// pays the APA in an establishment (2025-2026 experiment).
func TestAPAUrgenceInEstablishment(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(88), Residence: sp("institution"), Department: sp("33"), Urgent: bp(true), ReceivesAPA: bp(false)}}
	m := statuses(s, t)
	want(t, m, "apa-urgence", rules.StatusEligible)
	found := false
	for _, a := range m["apa-urgence"].Amounts {
		found = found || a.ID == "apa.etablissement.urgence_taux"
		if a.ID == "apa.urgence" {
			t.Errorf("the home amount (half the GIR 1 ceiling) is shown for a resident")
		}
	}
	if !found {
		t.Errorf("the establishment's emergency rate is not shown: %+v", m["apa-urgence"].Amounts)
	}
	s.Person.Department = sp("23")
	want(t, statuses(s, t), "apa-urgence", rules.StatusNotEligible)
	s.Person.Department = nil
	want(t, statuses(s, t), "apa-urgence", rules.StatusToCheck)
}

// The employer's exemption (CSS art. L241-10 I): 70 years or more per household (a spouse
// of 70 opens it), the APA, or the loss of autonomy of the APA (GIR 1 to 4) even without
// the APA (e); the PCH and the MTP too (c), which the guide does not ask; from 62, the need
// of a third person for the ordinary acts of life (d), on a doctor's certificate.
func TestExonerationEmployeur(t *testing.T) {
	needs := []string{"household_help"}
	s := &rules.Situation{Person: rules.Person{Age: ip(61), Residence: sp("home"), GIR: ip(3), ReceivesAPA: bp(false), Couple: bp(false), EmploysHomeHelp: bp(true)}, Needs: &needs}
	want(t, statuses(s, t), "exoneration-charges-employeur", rules.StatusEligible)
	s.Person.GIR = ip(5)
	m := statuses(s, t)
	want(t, m, "exoneration-charges-employeur", rules.StatusNotEligible)
	if c := m["exoneration-charges-employeur"].Conditions[2]; !strings.Contains(c.Seen, "PCH") {
		t.Errorf("a refusal should say the PCH or the MTP open it too: %q", c.Seen)
	}
	s.Person.Couple = bp(true)
	want(t, statuses(s, t), "exoneration-charges-employeur", rules.StatusToCheck)
	// d): from 62 (D241-5, age of L351-1-5), a doctor's certificate that she cannot do 4
	// ordinary acts of life alone opens it; the guide does not ask for it
	s.Person.Couple, s.Person.Age = bp(false), ip(62)
	want(t, statuses(s, t), "exoneration-charges-employeur", rules.StatusToCheck)
}

// The 70-year exemption is limited by a ceiling of remuneration (CSS art. L241-10 I a,
// D241-2: 65 hours at the SMIC a month): 800,15 € is the pay exempted at most, not the
// amount saved. The label must not read as an exemption of 800 €.
func TestExonerationCeilingIsAPay(t *testing.T) {
	q, ok := params(t).Amount("exoneration.plafond_mensuel", day(2026, 6, 1))
	if !ok || q.Num != 80015 {
		t.Fatalf("65 × 12,31 € expected: %+v", q)
	}
	if !strings.Contains(q.Label, "Salaire") || strings.HasPrefix(q.Label, "Plafond mensuel de l'exonération") {
		t.Errorf("label reads as an amount of exemption: %q", q.Label)
	}
}

// MaPrimeAdapt' from 60 to 69 asks for an evaluated GIR (1 to 6). A GIR estimated from the
// AGGIR answers is not an evaluation yet, but one can be asked for: to check, not refused.
func TestMaPrimeAdaptEstimatedGIR(t *testing.T) {
	needs := []string{"home_adaptation"}
	s := &rules.Situation{Person: rules.Person{Age: ip(65), Residence: sp("home"), Housing: sp("owner"), DisabilityRate: ip(0),
		AGGIR: &rules.AGGIR{"coherence": "A", "orientation": "A", "toilette": "B", "habillage": "B", "alimentation": "A", "elimination": "A", "transferts": "A", "deplacement_interieur": "A"}},
		Needs: &needs}
	m := statuses(s, t)
	want(t, m, "maprimeadapt", rules.StatusToCheck)
	if c := m["maprimeadapt"].Conditions[1]; c.Result != rules.Unknown {
		t.Errorf("age condition with an estimated GIR: %v (%s)", c.Result, c.Seen)
	}
}

// The Anah's income ceilings depend on the size of the household: a couple is compared to
// the two-person ceilings (barème Anah 2025, verifications §3), not the one-person ones.
func TestMaPrimeAdaptCoupleCeilings(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(72), Residence: sp("home"), Housing: sp("owner"), Couple: bp(true), Department: sp("35")}}
	ids := map[string]bool{}
	for _, a := range statuses(s, t)["maprimeadapt"].Amounts {
		ids[a.ID] = true
	}
	if !ids["maprimeadapt.rfr.tres_modeste.2"] || !ids["maprimeadapt.rfr.modeste.2"] || ids["maprimeadapt.rfr.tres_modeste.1"] {
		t.Errorf("a couple should see the two-person ceilings: %v", ids)
	}
}

// The ARDH pays for help at home after a hospital stay, from 55 (reference §8): not for a
// resident of an EHPAD, nor before 55.
func TestARDHAtHomeFrom55(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(80), Residence: sp("institution"), RecentHospitalisation: bp(true), PensionScheme: sp("general"), ReceivesAPA: bp(false)}}
	m := statuses(s, t)
	want(t, m, "ardh", rules.StatusNotEligible)
	if m["ardh"].Urgent {
		t.Error("ARDH urgent for an EHPAD resident")
	}
	s.Person.Residence = sp("home")
	s.Person.GIR = ip(5)
	want(t, statuses(s, t), "ardh", rules.StatusToCheck) // the Carsat's resource ceiling
	s.Person.Age = ip(52)
	want(t, statuses(s, t), "ardh", rules.StatusNotEligible)
}

// OSCAR is for retirees who do not have the APA (GIR 5 or 6): receiving the APA settles it.
// For another pension scheme, the refusal says where to ask instead (it shows only the
// failing conditions, so the pointer must be there).
func TestOSCARWithAPAOrAnotherScheme(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(80), Residence: sp("home"), ReceivesAPA: bp(true), PensionScheme: sp("general")}}
	want(t, statuses(s, t), "caisse-retraite-oscar", rules.StatusNotEligible)
	s = &rules.Situation{Person: rules.Person{Age: ip(80), Residence: sp("home"), GIR: ip(5), PensionScheme: sp("agricultural")}}
	m := statuses(s, t)
	want(t, m, "caisse-retraite-oscar", rules.StatusNotEligible)
	for _, id := range []string{"caisse-retraite-oscar", "ardh"} {
		ok := false
		for _, c := range m[id].Conditions {
			ok = ok || (c.Result == rules.No && strings.Contains(c.Seen, "caisse de retraite principale"))
		}
		if !ok {
			t.Errorf("%s: the refusal does not say to ask the person's own pension fund: %+v", id, m[id].Conditions)
		}
	}
}

// The aide sociale à l'hébergement pays a placement in an establishment or with a host
// family (CASF art. L231-4), whose agrément is an habilitation unless it says otherwise
// (L441-1); a résidence autonomie may be habilitée.
func TestASHHostFamilyAndResidenceAutonomie(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(85), Residence: sp("host_family")}}
	m := statuses(s, t)
	want(t, m, "aide-sociale-hebergement", rules.StatusToCheck) // resources still to compare
	if c := m["aide-sociale-hebergement"].Conditions[1]; c.Result != rules.Yes {
		t.Errorf("host family: %v (%s)", c.Result, c.Seen)
	}
	s.Person.Residence = sp("residence_autonomie")
	want(t, statuses(s, t), "aide-sociale-hebergement", rules.StatusToCheck)
	s.Person.Residence = sp("home")
	want(t, statuses(s, t), "aide-sociale-hebergement", rules.StatusNotEligible)
}

// The congé de proche aidant asks for a copy of the APA decision, or of a decision founded
// on an incapacity of at least 80 %, or of a majoration pour tierce personne (Code du
// travail art. D3142-8 3° to 5°). In a département of the 2025-2026 experiment there is no
// APA in an EHPAD to ask for: the plan must not send the family to ask for it.
func TestCongeProcheAidantPieces(t *testing.T) {
	s := &rules.Situation{
		Person:    rules.Person{Age: ip(90), Residence: sp("institution"), Department: sp("23"), GIR: ip(2), ReceivesAPA: bp(false)},
		Caregiver: rules.Caregiver{Relationship: sp("child"), Employment: sp("employee")},
	}
	m := statuses(s, t)
	want(t, m, "conge-proche-aidant", rules.StatusToCheck)
	for _, id := range []string{"conge-proche-aidant", "ajpa"} {
		for _, c := range m[id].Conditions {
			if strings.Contains(c.Seen, "demandez-la") {
				t.Errorf("%s: sends the family to ask for an APA the département does not pay: %q", id, c.Seen)
			}
		}
	}
	// no APA, GIR 5, 50 %: refused, but the refusal names the MTP (5°)
	s = &rules.Situation{
		Person:    rules.Person{Age: ip(80), Residence: sp("home"), GIR: ip(5), ReceivesAPA: bp(false), DisabilityRate: ip(50)},
		Caregiver: rules.Caregiver{Relationship: sp("child"), Employment: sp("employee")},
	}
	m = statuses(s, t)
	want(t, m, "conge-proche-aidant", rules.StatusNotEligible)
	if c := m["conge-proche-aidant"].Conditions[2]; !strings.Contains(c.Seen, "tierce personne") {
		t.Errorf("the refusal should name the majoration pour tierce personne: %q", c.Seen)
	}
}

// The habilitation familiale is the person's: the judge may habilitate an ascendant, a
// descendant, a brother or sister or the spouse (Code civil art. 494-1). A neighbour who
// helps cannot be habilité, but that does not close it to the person's children.
func TestHabilitationFamilialeNotClosedByTheCaregiver(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(84), MemoryDisorders: bp(true)}, Caregiver: rules.Caregiver{Relationship: sp("friend_neighbour")}}
	want(t, statuses(s, t), "habilitation-familiale", rules.StatusToCheck)
}

// Since 2024 the tax credit for adaptation equipment is reserved to households whose income
// lies between a floor (above the MaPrimeAdapt' ceilings) and a ceiling (CGI art. 200
// quater A, loi de finances 2024; reference §9): the guide cannot know the income band, so
// even in 2025 the credit is to check, not probable.
func TestCreditImpotAdaptationIncomeBand(t *testing.T) {
	needs := []string{"home_adaptation"}
	s := &rules.Situation{Person: rules.Person{Age: ip(75), Residence: sp("home"), GIR: ip(3)}, Needs: &needs}
	res := rules.Evaluate(s, params(t), day(2025, 6, 1))
	for _, r := range res {
		if r.Entry.ID == "credit-impot-adaptation" && r.Status != rules.StatusToCheck {
			t.Errorf("credit-impot-adaptation in 2025: %s, want to_check (%+v)", r.Status, r.Conditions)
		}
	}
}

// MaPrimeAdapt' is for owners who occupy their home and private tenants (reference §9): a
// resident of an EHPAD who still owns a house does not occupy it.
func TestMaPrimeAdaptNotForResidents(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(90), Residence: sp("institution"), Housing: sp("owner"), GIR: ip(1)}}
	want(t, statuses(s, t), "maprimeadapt", rules.StatusNotEligible)
}

// Amounts the reference computed and never saw published (CALC: répit 583,52 €, aidant's
// hospitalisation 1 159,32 €, the establishment thresholds, the APA payment minimum) must
// not be shown as "source officielle"; the published APA ceilings stay official.
func TestComputedAmountsAreNotOfficial(t *testing.T) {
	p := params(t)
	d := day(2026, 6, 1)
	for id, cents := range map[string]int64{"apa.repit": 58352, "apa.hospitalisation_aidant": 115932,
		"apa.etablissement.seuil_bas": 284677, "apa.etablissement.seuil_haut": 437964, "apa.minimum_verse": 3693} {
		q, _ := p.Amount(id, d)
		if q.Num != cents || q.Confidence != rules.Computed {
			t.Errorf("%s: %d %s, want %d calculé", id, q.Num, q.Confidence, cents)
		}
	}
	if q, _ := p.Amount("apa.plafond.gir1", d); q.Confidence != rules.Official {
		t.Errorf("GIR 1 ceiling: %s", q.Confidence)
	}
}

// A person living with an accueillant familial pays a rent for her room (CASF art. D442-2,
// reference §16): housing aid is possible, whatever "housing" was answered.
func TestAidesLogementHostFamily(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(82), Residence: sp("host_family"), Housing: sp("hosted")}}
	want(t, statuses(s, t), "aides-logement", rules.StatusToCheck)
}

// The AJAP is 21 daily allowances, or 42 half allowances when the activity is reduced
// (CSS art. D168-1 et s., reference §5): a caregiver who works part time needs the second.
func TestAJAPHalfAllowances(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{EndOfLife: bp(true)}}
	for _, a := range statuses(s, t)["ajap"].Amounts {
		if a.ID == "ajap.nombre_demi_jours" && a.Num == 42 {
			return
		}
	}
	t.Error("the 42 half allowances are not shown")
}

// A service nobody has asked about is information until the family says it needs it;
// then it is a right to check or a probable right.
func TestServicesWaitForTheNeed(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(80), Residence: sp("home")}}
	want(t, statuses(s, t), "teleassistance", rules.StatusInfo)
	if m := statuses(s, t)["teleassistance"].Missing; !contains(m, "needs") {
		t.Errorf("the needs question must still be suggested: %v", m)
	}
	needs := []string{"alarm"}
	s.Needs = &needs
	want(t, statuses(s, t), "teleassistance", rules.StatusEligible)
	none := []string{}
	s.Needs = &none
	want(t, statuses(s, t), "teleassistance", rules.StatusInfo)
}

// The APA's relay during the caregiver's hospitalisation is for a proche aidant
// (L232-3-3); a deduction for an in-law depends on which in-law (Code civil art. 206).
func TestRelayAndInLaws(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(84), Residence: sp("home"), GIR: ip(2), ReceivesAPA: bp(true)},
		Caregiver: rules.Caregiver{HospitalisationPlanned: bp(true)}}
	want(t, statuses(s, t), "relais-hospitalisation-aidant", rules.StatusToCheck)
	s.Caregiver.Relationship = sp("child")
	want(t, statuses(s, t), "relais-hospitalisation-aidant", rules.StatusEligible)
	s.Caregiver.Relationship = sp("in_law")
	want(t, statuses(s, t), "deduction-fiscale-ascendant", rules.StatusToCheck)
}

// The APA and the PCH do not cumulate (CASF art. L232-23): with the PCH, the APA is a
// choice to make, not a right to add; the PCH opens the employer exemption (L241-10 I c).
func TestPCH(t *testing.T) {
	s := &rules.Situation{Person: rules.Person{Age: ip(66), Residence: sp("home"), GIR: ip(3), DisabilityRate: ip(80), ReceivesPCH: bp(true)}}
	m := statuses(s, t)
	want(t, m, "apa-domicile", rules.StatusNotEligible)
	want(t, m, "exoneration-charges-employeur", rules.StatusToCheck) // whether she employs someone
	s.Person.EmploysHomeHelp = bp(true)
	want(t, statuses(s, t), "exoneration-charges-employeur", rules.StatusEligible)
	s.Person.EmploysHomeHelp = nil
	s.Person.ReceivesPCH = nil
	want(t, statuses(s, t), "apa-domicile", rules.StatusEligible)
}
