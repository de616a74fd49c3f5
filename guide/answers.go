package guide

import (
	"fmt"
	"strconv"
	"strings"

	"aidants/content"
	"aidants/rules"
)

// Answers are read from and written to a rules.Situation by fact path ("person.age"),
// through the fact table (rules.Fields). A nil field is an unknown answer: "Je ne sais
// pas" and "not asked yet" both leave it nil; the case remembers separately which
// questions were asked. The AGGIR questions ("aggir.toilette") write one modality each.

// Special values of choice answers.
const (
	Unknown     = "?"     // Je ne sais pas
	Estimate    = "aggir" // GIR unknown: estimate it with the AGGIR grid
	NoneOfThese = "none"  // needs: none of these
	Yes         = rules.ValueYes
	No          = rules.ValueNo
)

// field is the row of the fact table (rules.Fields) behind a fact path; nil for a fact
// the table does not know (a question added to guide without its row: guide panics).
func field(fact string) *rules.Field { return rules.FieldOf(rules.FactID(fact)) }

// Known reports whether a fact has an answer (the fact table's Known).
func Known(s *rules.Situation, fact string) bool {
	if n, ok := aggirName(fact); ok {
		return aggirGet(s, n) != ""
	}
	fd := field(fact)
	return fd != nil && fd.Known(s)
}

// ClearFact sets a fact back to unknown.
func ClearFact(s *rules.Situation, fact string) {
	if n, ok := aggirName(fact); ok {
		aggirSet(s, n, "")
		return
	}
	if fd := field(fact); fd != nil {
		fd.Clear(s)
	}
}

// RawAnswer is the current answer as the form edits it: digits for numbers, "1 500,50" for
// euros, an option value for choices, yes/no for booleans, Unknown when unknown.
func RawAnswer(s *rules.Situation, q Question) string {
	if n, ok := aggirName(q.Fact); ok {
		if v := aggirGet(s, n); v != "" {
			return v
		}
		return Unknown
	}
	if v, ok := placeValue(s); ok && q.Fact == "person.department" {
		return v
	}
	fd := field(q.Fact)
	if fd == nil {
		return Unknown
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
				return Yes
			}
			return No
		}
	case rules.FieldEuros:
		if v := fd.Euros(s); v != nil {
			return strings.TrimSuffix(rules.FormatEurosShort(rules.Cents(*v)), " €")
		}
	}
	if q.Kind == KindInt || q.Kind == KindEuros || q.Kind == KindText {
		return ""
	}
	return Unknown
}

// MultiAnswer is the current answer of a multiple-choice question.
func MultiAnswer(s *rules.Situation, q Question) []string {
	fd := field(q.Fact)
	if fd == nil || fd.Kind != rules.FieldSet {
		return nil
	}
	v := fd.Set(s)
	if v == nil {
		return nil
	}
	if len(*v) == 0 {
		return []string{NoneOfThese}
	}
	return append([]string(nil), (*v)...)
}

// SetAnswer stores an answer given as the form's text (see RawAnswer). An empty text or
// Unknown makes the fact unknown. The error is in French, for the form.
func SetAnswer(s *rules.Situation, q Question, raw string) error {
	if n, ok := aggirName(q.Fact); ok {
		switch v := strings.ToUpper(strings.TrimSpace(raw)); v {
		case "", Unknown:
			aggirSet(s, n, "")
		case "A", "B", "C":
			aggirSet(s, n, v)
		default:
			return fmt.Errorf("réponse attendue : A, B, C ou je ne sais pas")
		}
		return nil
	}
	if q.Fact == "person.department" {
		return setPlace(s, raw)
	}
	fd := field(q.Fact)
	if fd == nil {
		return fmt.Errorf("question non prise en charge")
	}
	raw = strings.TrimSpace(raw)
	if raw == "" || raw == Unknown {
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
		switch strings.ToLower(raw) {
		case Yes, "oui", "o":
			raw = Yes
		case No, "non", "n":
			raw = No
		}
		switch raw {
		case Yes:
			fd.SetBool(s, true)
		case No:
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

// SetMulti stores a multiple-choice answer: nothing chosen or Unknown is unknown,
// NoneOfThese alone is "none of these".
func SetMulti(s *rules.Situation, q Question, vals []string) error {
	fd := field(q.Fact)
	if fd == nil || fd.Kind != rules.FieldSet {
		return fmt.Errorf("question non prise en charge")
	}
	if len(vals) == 0 || containsStr(vals, Unknown) {
		fd.Clear(s)
		return nil
	}
	out := []string{}
	for _, v := range vals {
		if v != NoneOfThese {
			out = append(out, v)
		}
	}
	fd.SetSet(s, out)
	return nil
}

// parseIntAnswer reads a whole number ("82", "82 ans", "80 %") within the question's range.
func parseIntAnswer(q Question, raw string) (int, error) {
	t := strings.TrimSpace(strings.NewReplacer("ans", "", "an", "", "%", "", " ", "", "\u00a0", "").Replace(strings.ToLower(raw)))
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf("tapez un nombre entier (par exemple %d)", max(q.Min, min(q.Max, 80)))
	}
	if q.Max > 0 && (n < q.Min || n > q.Max) {
		return 0, fmt.Errorf("entre %d et %d", q.Min, q.Max)
	}
	return n, nil
}

// parseEuros reads "1500", "1 500,50", "1500.5 €" into cents.
func parseEuros(raw string) (rules.Cents, error) {
	t := strings.NewReplacer(" ", "", "\u00a0", "", "\u202f", "", "€", "", "euros", "", "euro", "").Replace(strings.ToLower(raw))
	c, err := rules.ParseFixed(t, 2)
	if err != nil || c < 0 {
		return 0, fmt.Errorf("tapez un montant en euros (par exemple 1 500 ou 1500,50)")
	}
	if c > rules.MaxEuros {
		return 0, fmt.Errorf("montant trop grand (au plus 1 000 000 € par mois)")
	}
	return c, nil
}

// setPlace stores where the person lives, typed as a commune's name, a postcode or a
// département (ResolvePlace). Several matching communes give an error that lists them,
// so that the caller can say which.
func setPlace(s *rules.Situation, raw string) error {
	raw = strings.TrimSpace(raw)
	if raw == "" || raw == Unknown {
		s.Person.Commune, s.Person.Department, s.Person.Territory = nil, nil, ""
		return nil
	}
	p := ResolvePlace(raw)
	if ApplyPlace(s, p) {
		return nil
	}
	if p.Kind != PlaceChoice {
		return fmt.Errorf("%s", p.Message)
	}
	return fmt.Errorf("%s", strings.Join(ChoiceLines(p), "\n"))
}

// placeValue is the place as the form edits it: the commune and its postcode, or the
// Métropole de Lyon.
func placeValue(s *rules.Situation) (string, bool) {
	if s.Person.Commune != nil {
		if c, ok := content.CommuneByCode(*s.Person.Commune); ok {
			v := c.Name
			if pcs := c.Postcodes(); len(pcs) > 0 {
				v += " " + pcs[0]
			}
			return v, true
		}
	}
	if s.Person.Territory == content.TerritoryMetropoleDeLyon {
		return content.TerritoryMetropoleDeLyon, true
	}
	return "", false
}

// normaliseText checks a text or choice answer: a département code ("23", "2a", "5" → "05"),
// or one of the question's option values.
func normaliseText(q Question, raw string) (string, error) {
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

// DisplayAnswer is the answer in plain French, for the list of answers and the summary.
// It says "je ne sais pas" for an asked question left unknown, "—" for one not asked yet.
func DisplayAnswer(s *rules.Situation, q Question, asked bool) string {
	if !Known(s, q.Fact) {
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
	if q.Fact == "person.department" {
		p := ResolvePlace(*s.Person.Department)
		if v, ok := placeValue(s); ok {
			p = ResolvePlace(v)
		}
		if l := PlaceLabel(p); l != "" {
			return l
		}
	}
	if q.Fact == "caregiver.sex" {
		if w := caregiverWho(s.Caregiver); w != "" {
			return w
		}
	}
	switch q.Kind {
	case KindMulti:
		vals := MultiAnswer(s, q)
		if len(vals) == 1 && vals[0] == NoneOfThese {
			return "aucun de ces besoins"
		}
		labels := make([]string, 0, len(vals))
		for _, v := range vals {
			labels = append(labels, OptionLabel(q, v))
		}
		return strings.Join(labels, ", ")
	case KindBool:
		if RawAnswer(s, q) == Yes {
			return "oui"
		}
		return "non"
	case KindEuros, KindInt:
		if fd := field(q.Fact); fd != nil {
			return fd.Answer(s)
		}
	}
	return OptionLabel(q, RawAnswer(s, q))
}

// OptionLabel is the label of a choice value, or the value itself.
func OptionLabel(q Question, v string) string {
	for _, o := range q.Options {
		if o.Value == v {
			return o.Label
		}
	}
	return v
}

// ShortLabel is a few words naming a question in lists ("Âge", "Département"), from the
// fact table.
func ShortLabel(q Question) string {
	if l, ok := aggirShort[q.Fact]; ok {
		return l
	}
	if fd := field(q.Fact); fd != nil && fd.Short != "" {
		return fd.Short
	}
	return strings.TrimSuffix(strings.TrimSpace(q.Text), " ?")
}

func containsStr(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}
