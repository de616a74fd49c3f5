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
	// one verb for the place and the commune: « vit chez un proche à Guéret (Creuse, 23) »
	lives := "vit"
	if p.Residence != nil {
		lives += " " + rules.SummaryOf(rules.FactResidence, *p.Residence)
	}
	if c, ok := communeOf(s); ok {
		a = append(a, lives+" à "+PlaceLabel(communePlace(c)))
	} else {
		if p.Residence != nil {
			a = append(a, lives)
		}
		if p.Department != nil {
			dep := "département " + *p.Department
			if depName != "" {
				dep += " (" + depName + ")"
			}
			a = append(a, dep)
		}
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
	if w := caregiverWho(c); w != "" {
		b = append(b, w)
	} else if c.Relationship != nil {
		b = append(b, rules.SummaryOf(rules.FactRelationship, *c.Relationship))
	}
	fem := is(c.Sex, "female")
	if c.Employment != nil {
		w := rules.SummaryOf(rules.FactEmployment, *c.Employment)
		if f, ok := feminineEmployment[*c.Employment]; ok && fem {
			w = f
		}
		b = append(b, w)
	}
	if isTrue(c.LivesWithPerson) {
		b = append(b, rules.BoolSummary(rules.FactLivesWithPerson, true))
	}
	if isTrue(c.Exhausted) {
		b = append(b, feminine(rules.BoolSummary(rules.FactExhausted, true), fem))
	}
	if isTrue(c.HospitalisationPlanned) {
		b = append(b, feminine(rules.BoolSummary(rules.FactHospitalisationPlanned, true), fem))
	}
	var n []string
	if s.Needs != nil {
		for _, x := range *s.Needs {
			n = append(n, rules.SummaryOf(rules.FactNeeds, x))
		}
	}
	out := []string{"", "", ""}
	if len(a) > 0 {
		out[0] = rules.WordsFor("Personne aidée : "+strings.Join(a, ", ")+".", s)
	}
	if len(b) > 0 {
		out[1] = rules.WordsFor("Aidant : "+strings.Join(b, ", ")+".", s)
	}
	if len(n) > 0 {
		out[2] = "Besoins : " + strings.Join(n, ", ") + "."
	}
	return out
}

// caregiverNouns are the words for the caregiver when the relationship has a feminine and
// a masculine form (« sa fille », « son fils »); "" when it has none or is unknown.
func caregiverNouns(rel *string) (fem, masc string) {
	if rel == nil {
		return "", ""
	}
	switch *rel {
	case "spouse":
		return "sa conjointe", "son conjoint"
	case "child":
		return "sa fille", "son fils"
	case "grandchild":
		return "sa petite-fille", "son petit-fils"
	case "sibling":
		return "sa sœur", "son frère"
	case "friend_neighbour":
		return "une amie ou voisine", "un ami ou voisin"
	}
	return "", ""
}

// caregiverWho names the caregiver in the summary once the relationship and the
// caregiver's sex are known (« sa fille »), "" otherwise.
func caregiverWho(c rules.Caregiver) string {
	f, m := caregiverNouns(c.Relationship)
	switch {
	case f == "" || c.Sex == nil:
		return ""
	case *c.Sex == "female":
		return f
	}
	return m
}

// feminineEmployment are the caregiver's work in the feminine, where it differs.
var feminineEmployment = map[string]string{
	"employee":       "salariée",
	"public_servant": "agente publique",
	"self_employed":  "indépendante",
	"jobseeker":      "demandeuse d'emploi",
	"retired":        "retraitée",
}

// feminine puts a summary's past participle in the feminine for a woman (« épuisée »).
func feminine(s string, fem bool) string {
	if !fem {
		return s
	}
	switch {
	case strings.HasSuffix(s, "épuisé"), strings.HasSuffix(s, "hospitalisé"):
		return s + "e"
	}
	return s
}

func upperFirst(s string) string {
	for i := range s {
		if i > 0 {
			return strings.ToUpper(s[:i]) + s[i:]
		}
	}
	return strings.ToUpper(s)
}
