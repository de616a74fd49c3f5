package tui

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"aidants/guide"
	"aidants/rules"
)

// Answers are read from and written to a rules.Situation by fact path ("person.age"). A nil
// field is an unknown answer: "Je ne sais pas" and "not asked yet" both leave it nil; the
// model remembers separately which questions were asked.

// Special values of choice answers.
const (
	valUnknown  = "?"     // Je ne sais pas
	valEstimate = "aggir" // GIR unknown: estimate it with the AGGIR grid
	valNone     = "none"  // needs: none of these
	valYes      = "yes"
	valNo       = "no"
)

// factSlot points at the field of a situation that a fact path names. Exactly one pointer
// is set.
type factSlot struct {
	i *(*int)
	s *(*string)
	b *(*bool)
	e *(*rules.Euros)
	l *(*[]string)
}

// slot returns the field behind a fact path; ok is false for a fact this screen does not
// know (a question added to guide without its field here: the tests catch it).
func slot(s *rules.Situation, fact string) (factSlot, bool) {
	p, c := &s.Person, &s.Caregiver
	switch fact {
	case "person.age":
		return factSlot{i: &p.Age}, true
	case "person.department":
		return factSlot{s: &p.Department}, true
	case "person.residence":
		return factSlot{s: &p.Residence}, true
	case "person.gir":
		return factSlot{i: &p.GIR}, true
	case "person.monthly_resources":
		return factSlot{e: &p.MonthlyResources}, true
	case "person.couple":
		return factSlot{b: &p.Couple}, true
	case "person.receives_apa":
		return factSlot{b: &p.ReceivesAPA}, true
	case "person.apa_plan_amount":
		return factSlot{e: &p.APAPlanAmount}, true
	case "person.disability_rate":
		return factSlot{i: &p.DisabilityRate}, true
	case "person.end_of_life":
		return factSlot{b: &p.EndOfLife}, true
	case "person.memory_disorders":
		return factSlot{b: &p.MemoryDisorders}, true
	case "person.urgent":
		return factSlot{b: &p.Urgent}, true
	case "person.recent_hospitalisation":
		return factSlot{b: &p.RecentHospitalisation}, true
	case "person.housing":
		return factSlot{s: &p.Housing}, true
	case "person.pension_scheme":
		return factSlot{s: &p.PensionScheme}, true
	case "person.receives_aspa":
		return factSlot{b: &p.ReceivesASPA}, true
	case "person.receives_pch":
		return factSlot{b: &p.ReceivesPCH}, true
	case "caregiver.relationship":
		return factSlot{s: &c.Relationship}, true
	case "caregiver.lives_with_person":
		return factSlot{b: &c.LivesWithPerson}, true
	case "caregiver.employment":
		return factSlot{s: &c.Employment}, true
	case "caregiver.exhausted":
		return factSlot{b: &c.Exhausted}, true
	case "caregiver.hospitalisation_planned":
		return factSlot{b: &c.HospitalisationPlanned}, true
	case "caregiver.hosts_person":
		return factSlot{b: &c.HostsPerson}, true
	case "needs":
		return factSlot{l: &s.Needs}, true
	}
	return factSlot{}, false
}

// known reports whether a fact has an answer.
func known(s *rules.Situation, fact string) bool {
	sl, ok := slot(s, fact)
	if !ok {
		return false
	}
	switch {
	case sl.i != nil:
		return *sl.i != nil
	case sl.s != nil:
		return *sl.s != nil
	case sl.b != nil:
		return *sl.b != nil
	case sl.e != nil:
		return *sl.e != nil
	case sl.l != nil:
		return *sl.l != nil
	}
	return false
}

// clearFact sets a fact back to unknown.
func clearFact(s *rules.Situation, fact string) {
	sl, ok := slot(s, fact)
	if !ok {
		return
	}
	switch {
	case sl.i != nil:
		*sl.i = nil
	case sl.s != nil:
		*sl.s = nil
	case sl.b != nil:
		*sl.b = nil
	case sl.e != nil:
		*sl.e = nil
	case sl.l != nil:
		*sl.l = nil
	}
}

// rawValue is the current answer as the form edits it: digits for numbers, "1 500,50" for
// euros, an option value for choices, yes/no for booleans, valUnknown when unknown.
func rawValue(s *rules.Situation, q guide.Question) string {
	sl, ok := slot(s, q.Fact)
	if !ok {
		return valUnknown
	}
	switch {
	case sl.i != nil && *sl.i != nil:
		return strconv.Itoa(**sl.i)
	case sl.s != nil && *sl.s != nil:
		return **sl.s
	case sl.b != nil && *sl.b != nil:
		if **sl.b {
			return valYes
		}
		return valNo
	case sl.e != nil && *sl.e != nil:
		return strings.TrimSuffix(rules.FormatEurosShort(rules.Cents(**sl.e)), " €")
	}
	if q.Kind == guide.KindInt || q.Kind == guide.KindEuros || q.Kind == guide.KindText {
		return ""
	}
	return valUnknown
}

// multiValue is the current answer of a multiple-choice question.
func multiValue(s *rules.Situation, q guide.Question) []string {
	sl, ok := slot(s, q.Fact)
	if !ok || sl.l == nil {
		return nil
	}
	if *sl.l == nil {
		return nil
	}
	if len(**sl.l) == 0 {
		return []string{valNone}
	}
	return append([]string(nil), (**sl.l)...)
}

// setRaw stores an answer given as the form's text (see rawValue). An empty text or
// valUnknown makes the fact unknown. The error is in French, for the form.
func setRaw(s *rules.Situation, q guide.Question, raw string) error {
	sl, ok := slot(s, q.Fact)
	if !ok {
		return fmt.Errorf("question non prise en charge")
	}
	raw = strings.TrimSpace(raw)
	if raw == "" || raw == valUnknown {
		clearFact(s, q.Fact)
		return nil
	}
	switch {
	case sl.i != nil:
		n, err := parseIntAnswer(q, raw)
		if err != nil {
			return err
		}
		*sl.i = &n
	case sl.e != nil:
		c, err := parseEuros(raw)
		if err != nil {
			return err
		}
		e := rules.Euros(c)
		*sl.e = &e
	case sl.b != nil:
		switch raw {
		case valYes:
			b := true
			*sl.b = &b
		case valNo:
			b := false
			*sl.b = &b
		default:
			return fmt.Errorf("réponse attendue : oui, non ou je ne sais pas")
		}
	case sl.s != nil:
		v, err := normaliseText(q, raw)
		if err != nil {
			return err
		}
		*sl.s = &v
	default:
		return fmt.Errorf("question non prise en charge")
	}
	return nil
}

// setMulti stores a multiple-choice answer: nothing chosen or valUnknown is unknown,
// valNone alone is "none of these".
func setMulti(s *rules.Situation, q guide.Question, vals []string) error {
	sl, ok := slot(s, q.Fact)
	if !ok || sl.l == nil {
		return fmt.Errorf("question non prise en charge")
	}
	if len(vals) == 0 || contains(vals, valUnknown) {
		*sl.l = nil
		return nil
	}
	out := []string{}
	for _, v := range vals {
		if v != valNone {
			out = append(out, v)
		}
	}
	*sl.l = &out
	return nil
}

// parseIntAnswer reads a whole number ("82", "82 ans", "80 %") within the question's range.
func parseIntAnswer(q guide.Question, raw string) (int, error) {
	t := strings.TrimSpace(strings.NewReplacer("ans", "", "an", "", "%", "", " ", "", "\u00a0", "").Replace(strings.ToLower(raw)))
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf("tapez un nombre entier (par exemple %d), ou laissez vide", max(q.Min, min(q.Max, 80)))
	}
	if q.Max > 0 && (n < q.Min || n > q.Max) {
		return 0, fmt.Errorf("entre %d et %d, ou laissez vide", q.Min, q.Max)
	}
	return n, nil
}

// parseEuros reads "1500", "1 500,50", "1500.5 €" into cents.
func parseEuros(raw string) (rules.Cents, error) {
	t := strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "€", "", "euros", "", "euro", "").Replace(strings.ToLower(raw))
	c, err := rules.ParseFixed(t, 2)
	if err != nil || c < 0 {
		return 0, fmt.Errorf("tapez un montant en euros (par exemple 1 500 ou 1500,50), ou laissez vide")
	}
	if c > rules.MaxEuros {
		return 0, fmt.Errorf("montant trop grand (au plus 1 000 000 € par mois)")
	}
	return c, nil
}

// normaliseText checks a text or choice answer: a département code ("23", "2a", "5" → "05"),
// or one of the question's option values.
func normaliseText(q guide.Question, raw string) (string, error) {
	if q.Fact == "person.department" {
		d := strings.ToUpper(strings.TrimSpace(raw))
		if len(d) == 1 && d[0] >= '1' && d[0] <= '9' {
			d = "0" + d
		}
		if !rules.ValidDepartment(d) {
			return "", fmt.Errorf("un numéro de département : 01 à 95, 2A, 2B ou 971 à 976")
		}
		return d, nil
	}
	if len(q.Options) == 0 {
		return raw, nil
	}
	for _, o := range q.Options {
		if o.Value == raw {
			return raw, nil
		}
	}
	return "", fmt.Errorf("réponse inconnue")
}

// display is the answer in plain French, for the list of answers and the summary.
// It says "je ne sais pas" for an asked question left unknown, "—" for one not asked yet.
func display(s *rules.Situation, q guide.Question, asked bool) string {
	if !known(s, q.Fact) {
		if q.Fact == "person.gir" {
			if g, est, _ := rules.EffectiveGIR(s); est {
				return "GIR " + strconv.Itoa(g) + " (estimé)"
			}
			if s.Person.AGGIR != nil && len(*s.Person.AGGIR) > 0 {
				return "estimation incomplète"
			}
		}
		if asked {
			return "je ne sais pas"
		}
		return "—"
	}
	switch q.Kind {
	case guide.KindMulti:
		vals := multiValue(s, q)
		if len(vals) == 1 && vals[0] == valNone {
			return "aucun de ces besoins"
		}
		labels := make([]string, 0, len(vals))
		for _, v := range vals {
			labels = append(labels, optionLabel(q, v))
		}
		return strings.Join(labels, ", ")
	case guide.KindBool:
		if rawValue(s, q) == valYes {
			return "oui"
		}
		return "non"
	case guide.KindEuros:
		sl, _ := slot(s, q.Fact)
		return rules.FormatEurosShort(rules.Cents(**sl.e)) + " par mois"
	case guide.KindInt:
		v := rawValue(s, q)
		switch q.Fact {
		case "person.age":
			return v + " ans"
		case "person.disability_rate":
			return v + " %"
		}
		return v
	}
	return optionLabel(q, rawValue(s, q))
}

// optionLabel is the label of a choice value, or the value itself.
func optionLabel(q guide.Question, v string) string {
	for _, o := range q.Options {
		if o.Value == v {
			return o.Label
		}
	}
	return v
}

// shortLabel is a few words naming a question in lists ("Âge", "Département").
func shortLabel(q guide.Question) string {
	if l, ok := shortLabels[q.Fact]; ok {
		return l
	}
	return strings.TrimSuffix(strings.TrimSpace(q.Text), " ?")
}

var shortLabels = map[string]string{
	"person.age":                        "Âge",
	"person.department":                 "Département",
	"person.residence":                  "Lieu de vie",
	"person.housing":                    "Logement",
	"person.urgent":                     "Urgence",
	"person.recent_hospitalisation":     "Sortie d'hôpital",
	"person.end_of_life":                "Fin de vie",
	"person.memory_disorders":           "Troubles de la mémoire",
	"person.gir":                        "GIR",
	"person.receives_apa":               "Reçoit l'APA",
	"person.apa_plan_amount":            "Plan d'aide APA",
	"person.disability_rate":            "Taux d'incapacité",
	"person.monthly_resources":          "Ressources",
	"person.couple":                     "En couple",
	"person.receives_aspa":              "Minimum vieillesse (ASPA)",
	"person.receives_pch":               "PCH",
	"person.pension_scheme":             "Caisse de retraite",
	"caregiver.relationship":            "Lien de l'aidant",
	"caregiver.employment":              "Travail de l'aidant",
	"caregiver.lives_with_person":       "L'aidant vit avec elle",
	"caregiver.hosts_person":            "L'aidant l'héberge",
	"caregiver.exhausted":               "Aidant épuisé",
	"caregiver.hospitalisation_planned": "Hospitalisation de l'aidant",
	"needs":                             "Besoins",
}

// cloneSituation deep-copies a situation (for work done off the update loop).
func cloneSituation(s *rules.Situation) *rules.Situation {
	b, err := json.Marshal(s)
	if err != nil {
		return &rules.Situation{}
	}
	var c rules.Situation
	if err := json.Unmarshal(b, &c); err != nil {
		return &rules.Situation{}
	}
	return &c
}

// questionIndex returns the index of a fact's question in guide.Questions, or -1.
func questionIndex(fact string) int {
	for i, q := range guide.Questions {
		if q.Fact == fact {
			return i
		}
	}
	return -1
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// shown reports whether a question can still matter.
func shown(q guide.Question, s *rules.Situation) bool {
	return q.Shown == nil || q.Shown(s)
}
