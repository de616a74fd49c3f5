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
	valYes      = rules.ValueYes
	valNo       = rules.ValueNo
)

// field is the row of the fact table (rules.Fields) behind a fact path; nil for a fact
// the table does not know (a question added to guide without its row: guide panics).
func field(fact string) *rules.Field { return rules.FieldOf(rules.FactID(fact)) }

// known reports whether a fact has an answer (the fact table's Known).
func known(s *rules.Situation, fact string) bool {
	fd := field(fact)
	return fd != nil && fd.Known(s)
}

// clearFact sets a fact back to unknown.
func clearFact(s *rules.Situation, fact string) {
	if fd := field(fact); fd != nil {
		fd.Clear(s)
	}
}

// rawValue is the current answer as the form edits it: digits for numbers, "1 500,50" for
// euros, an option value for choices, yes/no for booleans, valUnknown when unknown.
func rawValue(s *rules.Situation, q guide.Question) string {
	fd := field(q.Fact)
	if fd == nil {
		return valUnknown
	}
	switch fd.Kind {
	case rules.FieldInt:
		if v := fd.Int(s); v != nil {
			return strconv.Itoa(*v)
		}
	case rules.FieldEnum, rules.FieldString:
		if v := fd.String(s); v != nil {
			return *v
		}
	case rules.FieldBool:
		if v := fd.Bool(s); v != nil {
			if *v {
				return valYes
			}
			return valNo
		}
	case rules.FieldEuros:
		if v := fd.Euros(s); v != nil {
			return strings.TrimSuffix(rules.FormatEurosShort(rules.Cents(*v)), " €")
		}
	}
	if q.Kind == guide.KindInt || q.Kind == guide.KindEuros || q.Kind == guide.KindText {
		return ""
	}
	return valUnknown
}

// multiValue is the current answer of a multiple-choice question.
func multiValue(s *rules.Situation, q guide.Question) []string {
	fd := field(q.Fact)
	if fd == nil || fd.Kind != rules.FieldSet {
		return nil
	}
	v := fd.Set(s)
	if v == nil {
		return nil
	}
	if len(*v) == 0 {
		return []string{valNone}
	}
	return append([]string(nil), (*v)...)
}

// setRaw stores an answer given as the form's text (see rawValue). An empty text or
// valUnknown makes the fact unknown. The error is in French, for the form.
func setRaw(s *rules.Situation, q guide.Question, raw string) error {
	fd := field(q.Fact)
	if fd == nil {
		return fmt.Errorf("question non prise en charge")
	}
	raw = strings.TrimSpace(raw)
	if raw == "" || raw == valUnknown {
		fd.Clear(s)
		return nil
	}
	switch fd.Kind {
	case rules.FieldInt:
		n, err := parseIntAnswer(q, raw)
		if err != nil {
			return err
		}
		fd.SetInt(s, n)
	case rules.FieldEuros:
		c, err := parseEuros(raw)
		if err != nil {
			return err
		}
		fd.SetEuros(s, rules.Euros(c))
	case rules.FieldBool:
		switch raw {
		case valYes:
			fd.SetBool(s, true)
		case valNo:
			fd.SetBool(s, false)
		default:
			return fmt.Errorf("réponse attendue : oui, non ou je ne sais pas")
		}
	case rules.FieldEnum, rules.FieldString:
		v, err := normaliseText(q, raw)
		if err != nil {
			return err
		}
		fd.SetString(s, v)
	default:
		return fmt.Errorf("question non prise en charge")
	}
	return nil
}

// setMulti stores a multiple-choice answer: nothing chosen or valUnknown is unknown,
// valNone alone is "none of these".
func setMulti(s *rules.Situation, q guide.Question, vals []string) error {
	fd := field(q.Fact)
	if fd == nil || fd.Kind != rules.FieldSet {
		return fmt.Errorf("question non prise en charge")
	}
	if len(vals) == 0 || contains(vals, valUnknown) {
		fd.Clear(s)
		return nil
	}
	out := []string{}
	for _, v := range vals {
		if v != valNone {
			out = append(out, v)
		}
	}
	fd.SetSet(s, out)
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
	case guide.KindEuros, guide.KindInt:
		return field(q.Fact).Answer(s)
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

// shortLabel is a few words naming a question in lists ("Âge", "Département"), from the
// fact table.
func shortLabel(q guide.Question) string {
	if fd := field(q.Fact); fd != nil && fd.Short != "" {
		return fd.Short
	}
	return strings.TrimSuffix(strings.TrimSpace(q.Text), " ?")
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
