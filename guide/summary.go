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
		a = append(a, "vit "+residenceLabel(*p.Residence))
	}
	if p.Department != nil {
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
		a = append(a, yesNo(*p.ReceivesAPA, "reçoit l'APA", "ne reçoit pas l'APA"))
	}
	if p.MonthlyResources != nil {
		a = append(a, rules.FormatEuros(rules.Cents(*p.MonthlyResources))+" de ressources par mois")
	}
	if p.Couple != nil {
		a = append(a, yesNo(*p.Couple, "en couple", "seule"))
	}
	if isTrue(p.Urgent) {
		a = append(a, "situation urgente")
	}
	if isTrue(p.EndOfLife) {
		a = append(a, "fin de vie")
	}
	if isTrue(p.MemoryDisorders) {
		a = append(a, "troubles de la mémoire")
	}
	var b []string
	if c.Relationship != nil {
		b = append(b, optionLabel("caregiver.relationship", *c.Relationship))
	}
	if c.Employment != nil {
		b = append(b, strings.ToLower(optionLabel("caregiver.employment", *c.Employment)))
	}
	if isTrue(c.LivesWithPerson) {
		b = append(b, "vit avec la personne")
	}
	if isTrue(c.Exhausted) {
		b = append(b, "épuisé")
	}
	if isTrue(c.HospitalisationPlanned) {
		b = append(b, "doit être hospitalisé")
	}
	var n []string
	if s.Needs != nil {
		for _, x := range *s.Needs {
			n = append(n, strings.ToLower(optionLabel("needs", x)))
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

func yesNo(b bool, y, n string) string {
	if b {
		return y
	}
	return n
}

func residenceLabel(r string) string {
	switch r {
	case "home":
		return "chez elle"
	case "relative_home":
		return "chez un proche"
	case "host_family":
		return "chez un accueillant familial"
	case "residence_autonomie":
		return "en résidence autonomie"
	case "institution":
		return "en établissement"
	}
	return r
}

// optionLabel returns the French label of a choice answer.
func optionLabel(fact, value string) string {
	q, ok := QuestionFor(fact)
	if !ok {
		return value
	}
	for _, o := range q.Options {
		if o.Value == value {
			return o.Label
		}
	}
	return value
}
