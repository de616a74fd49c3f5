package guide

import (
	"strconv"
	"strings"

	"aidants/rules"
)

// SituationSummary describes the situation in plain French, without names: one line for
// the person helped, one for the caregiver, one for the needs (lines may be empty).
func SituationSummary(s *rules.Situation) []string { return situationSummary(s, "") }

// situationSummary is SituationSummary with the département's name when it is known.
func situationSummary(s *rules.Situation, depName string) []string {
	p, c := s.Person, s.Caregiver
	var a []string
	if p.Age != nil {
		a = append(a, strconv.Itoa(*p.Age)+" ans")
	}
	if p.Residence != nil {
		a = append(a, "vit "+rules.SummaryOf(rules.FactResidence, *p.Residence))
	}
	if c, ok := communeOf(s); ok {
		a = append(a, "vit à "+PlaceLabel(communePlace(c)))
	} else if p.Department != nil {
		dep := "département " + *p.Department
		if depName != "" {
			dep += " (" + depName + ")"
		}
		a = append(a, dep)
	}
	if gir, est, _ := rules.EffectiveGIR(s); gir != 0 {
		g := "GIR " + strconv.Itoa(gir)
		if est {
			g += " (estimé)"
		}
		a = append(a, g)
	}
	if p.ReceivesAPA != nil {
		a = append(a, rules.BoolSummary(rules.FactReceivesAPA, *p.ReceivesAPA))
	}
	if p.MonthlyResources != nil {
		a = append(a, rules.FormatEuros(rules.Cents(*p.MonthlyResources))+" de ressources par mois")
	}
	if p.Couple != nil {
		a = append(a, rules.BoolSummary(rules.FactCouple, *p.Couple))
	}
	if isTrue(p.Urgent) {
		a = append(a, rules.BoolSummary(rules.FactUrgent, true))
	}
	if isTrue(p.EndOfLife) {
		a = append(a, rules.BoolSummary(rules.FactEndOfLife, true))
	}
	if isTrue(p.MemoryDisorders) {
		a = append(a, rules.BoolSummary(rules.FactMemoryDisorders, true))
	}
	var b []string
	if c.Relationship != nil {
		b = append(b, rules.SummaryOf(rules.FactRelationship, *c.Relationship))
	}
	if c.Employment != nil {
		b = append(b, rules.SummaryOf(rules.FactEmployment, *c.Employment))
	}
	if isTrue(c.LivesWithPerson) {
		b = append(b, rules.BoolSummary(rules.FactLivesWithPerson, true))
	}
	if isTrue(c.Exhausted) {
		b = append(b, rules.BoolSummary(rules.FactExhausted, true))
	}
	if isTrue(c.HospitalisationPlanned) {
		b = append(b, rules.BoolSummary(rules.FactHospitalisationPlanned, true))
	}
	var n []string
	if s.Needs != nil {
		for _, x := range *s.Needs {
			n = append(n, rules.SummaryOf(rules.FactNeeds, x))
		}
	}
	out := []string{"", "", ""}
	if len(a) > 0 {
		out[0] = "Personne aidée : " + strings.Join(a, ", ") + "."
	}
	if len(b) > 0 {
		out[1] = "Aidant : " + strings.Join(b, ", ") + "."
	}
	if len(n) > 0 {
		out[2] = "Besoins : " + strings.Join(n, ", ") + "."
	}
	return out
}
