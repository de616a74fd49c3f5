package rules

import (
	"strconv"
	"strings"
	"time"
)

// facts is what the rules read from a situation, derived once per evaluation.
type facts struct {
	s   *Situation
	p   *Params
	d   time.Time
	gir int // 0 when unknown
	// girEstimated is true when the GIR comes from the AGGIR answers, not from a decision.
	girEstimated bool
	girResult    GIRResult

	// plain-French renderings of the facts, computed once
	seenAge, seenGIR, seenRes, seenDis string
	// noText: the caller reads only the decisions (statuses, missing facts, amounts,
	// urgency, relevance), not the words: the "seen" helpers return "" (Evaluator.Compact).
	noText bool
	// day is the table of named amounts at d, looked up on first use (see amounts)
	day *dayAmounts
	// lists holds the lists of facts built for this situation (the unknown alternatives
	// of a check, a verdict's narrowed list), which conditions share: an Evaluator reuses
	// it from one situation to the next (its results are valid until its next call).
	lists []string
	// figures holds the figures computed for this situation (estimates), reused likewise
	figures []Quantity
}

func newFacts(s *Situation, p *Params, d time.Time) *facts {
	f := &facts{s: s, p: p, d: d}
	f.init()
	return f
}

// init derives the GIR: the one given wins over the AGGIR answers.
func (f *facts) init() {
	s := f.s
	if s.Person.GIR != nil {
		f.gir = *s.Person.GIR
	} else if s.Person.AGGIR != nil {
		if r, ok := EstimateGIR(*s.Person.AGGIR); ok {
			f.gir, f.girEstimated, f.girResult = r.GIR, true, r
		}
	}
}

const unknownSeen = "inconnu"

func boolSeen(b *bool, yes, no string) string {
	if b == nil {
		return unknownSeen
	}
	if *b {
		return yes
	}
	return no
}

// boolSeen is boolSeen for a check's value seen: "" when the caller does not read the words
// (Evaluator.Compact, NoWords), so that the words joined around it are not built either.
func (f *facts) boolSeen(b *bool, yes, no string) string {
	if f.noText {
		return ""
	}
	return boolSeen(b, yes, no)
}

// seenOf is SeenOf for a check's value seen: "" when the caller does not read the words.
func (f *facts) seenOf(id FactID, v string) string {
	if f.noText {
		return ""
	}
	return SeenOf(id, v)
}

func triOf(b *bool) Tri {
	if b == nil {
		return Unknown
	}
	return Bool(*b)
}

func cond(label, basis string, r Tri, seen string, facts ...string) Condition {
	c := Condition{Label: label, Seen: seen, Result: r, Basis: basis}
	if r == Unknown && len(facts) > 0 {
		c.Facts = internFacts(facts)
	}
	return c
}

// factSlices holds one shared slice per single fact, so conditions do not allocate.
var factSlices = func() map[string][]string {
	m := make(map[string][]string, len(Fields))
	for _, fd := range Fields {
		m[string(fd.ID)] = []string{string(fd.ID)}
	}
	return m
}()

func internFacts(facts []string) []string {
	if len(facts) == 1 {
		if s, ok := factSlices[facts[0]]; ok {
			return s
		}
	}
	return append([]string(nil), facts...)
}

func (f *facts) ageSeen() string {
	if f.noText {
		return ""
	}
	if f.s.Person.Age == nil {
		return unknownSeen
	}
	if f.seenAge == "" {
		f.seenAge = strconv.Itoa(*f.s.Person.Age) + " ans"
	}
	return f.seenAge
}

// age reports whether the person's age satisfies test.
func (f *facts) age(test func(int) bool) Tri {
	if f.s.Person.Age == nil {
		return Unknown
	}
	return Bool(test(*f.s.Person.Age))
}

var ageLabels = map[int]string{60: "La personne a 60 ans ou plus", 65: "La personne a 65 ans ou plus", 70: "La personne a 70 ans ou plus"}

func (f *facts) girSeen() string {
	if f.noText {
		return ""
	}
	if f.gir == 0 {
		return unknownSeen
	}
	if f.seenGIR == "" {
		f.seenGIR = "GIR " + strconv.Itoa(f.gir)
		if f.girEstimated {
			f.seenGIR += " (estimé)"
		}
	}
	return f.seenGIR
}

// girIn reports whether the GIR is between lo and hi.
func (f *facts) girIn(lo, hi int) Tri {
	if f.gir == 0 {
		return Unknown
	}
	return Bool(f.gir >= lo && f.gir <= hi)
}

func (f *facts) residenceSeen() string {
	if f.noText {
		return ""
	}
	if r := f.s.Person.Residence; r != nil {
		return SeenOf(FactResidence, *r)
	}
	return unknownSeen
}

// atHome: "domicile" in the APA's sense (L232-5): own home, a relative's, a host family,
// a résidence autonomie.
func (f *facts) atHome() Tri {
	r := f.s.Person.Residence
	if r == nil {
		return Unknown
	}
	return Bool(*r != "institution")
}

func (f *facts) inInstitution() Tri { return Not(f.atHome()) }

func (f *facts) resources() (Cents, bool) {
	if r := f.s.Person.MonthlyResources; r != nil {
		return Cents(*r), true
	}
	return 0, false
}

func (f *facts) resourcesSeen() string {
	if f.noText {
		return ""
	}
	r, ok := f.resources()
	if !ok {
		return unknownSeen
	}
	if f.seenRes == "" {
		f.seenRes = FormatEuros(r) + " par mois"
		if f.s.Person.Couple != nil && *f.s.Person.Couple {
			f.seenRes += " (couple)"
		}
	}
	return f.seenRes
}

func (f *facts) relationship() string {
	if r := f.s.Caregiver.Relationship; r != nil {
		return *r
	}
	return ""
}

func (f *facts) relationshipSeen() string {
	if f.noText {
		return ""
	}
	if r := f.relationship(); r != "" {
		return SeenOf(FactRelationship, r)
	}
	return unknownSeen
}

func (f *facts) relIn(set ...string) Tri {
	r := f.relationship()
	if r == "" {
		return Unknown
	}
	for _, s := range set {
		if r == s {
			return Yes
		}
	}
	return No
}

func (f *facts) employment() string {
	if e := f.s.Caregiver.Employment; e != nil {
		return *e
	}
	return ""
}

func (f *facts) employmentSeen() string {
	if f.noText {
		return ""
	}
	if e := f.employment(); e != "" {
		return SeenOf(FactEmployment, e)
	}
	return unknownSeen
}

func (f *facts) empIn(set ...string) Tri {
	e := f.employment()
	if e == "" {
		return Unknown
	}
	for _, s := range set {
		if e == s {
			return Yes
		}
	}
	return No
}

// need reports whether the family expressed a need; Unknown when needs were not asked.
func (f *facts) need(n string) Tri {
	if f.s.Needs == nil {
		return Unknown
	}
	for _, x := range *f.s.Needs {
		if x == n {
			return Yes
		}
	}
	return No
}

func (f *facts) disability(test func(int) bool) Tri {
	if f.s.Person.DisabilityRate == nil {
		return Unknown
	}
	return Bool(test(*f.s.Person.DisabilityRate))
}

func (f *facts) disabilitySeen() string {
	if f.noText {
		return ""
	}
	if f.s.Person.DisabilityRate == nil {
		return unknownSeen
	}
	if f.seenDis == "" {
		f.seenDis = strconv.Itoa(*f.s.Person.DisabilityRate) + " %"
	}
	return f.seenDis
}

func (f *facts) department() string {
	if d := f.s.Person.Department; d != nil {
		return *d
	}
	return ""
}

// amounts is the table of named amounts at the evaluation date.
func (f *facts) amounts() *dayAmounts {
	if f.day == nil {
		f.day = f.p.amountsAt(f.d)
	}
	return f.day
}

func (f *facts) amount(id string) *Quantity {
	if q, _ := f.amounts().get(f.p.names, id); q != nil {
		return q
	}
	own := strings.Clone(id) // so that an id the caller builds stays on its stack
	return &Quantity{ID: own, Label: own, Confidence: NotFound, Source: "montant inconnu"}
}

// computed is a figure computed for this situation (an estimate), kept in the evaluation's
// memory (facts.figures) rather than allocated.
func (f *facts) computed(q Quantity) *Quantity {
	if len(f.figures) == cap(f.figures) {
		f.figures = make([]Quantity, 0, max(8, 2*cap(f.figures))) // the figures given out stay where they are
	}
	f.figures = append(f.figures, q)
	return &f.figures[len(f.figures)-1]
}

// amountText is a named amount at the date in French, as Quantity.Format prints it,
// formatted once per day.
func (f *facts) amountText(id string) string {
	if q, i := f.amounts().get(f.p.names, id); q != nil {
		return f.day.text[i]
	}
	return f.amount(id).Format()
}

// amountDate is a named amount of unit date at the date, parsed once per day; ok is false
// when the date is not found (or not a date).
func (f *facts) amountDate(id string) (time.Time, bool) {
	if q, i := f.amounts().get(f.p.names, id); q != nil && !f.day.dates[i].IsZero() {
		return f.day.dates[i], true
	}
	return time.Time{}, false
}

// say joins the words of a value seen, a label or a note; "" when the caller does not read
// the words (Evaluator.Compact), without building them.
func (f *facts) say(parts ...string) string {
	if f.noText {
		return ""
	}
	return strings.Join(parts, "")
}

// known reports whether the situation answers a fact (the fact table's Known).
func (f *facts) known(fact string) bool {
	if fd := fieldOf(fact); fd != nil {
		return fd.Known(f.s)
	}
	return false
}

// needCond is the condition of a service: the family needs it. Its value is the item's
// relevance, computed by the rule from the needs expressed and what is known.
func (f *facts) needCond(e *Entry, relevant Tri) Condition {
	if e.NeedLabel != "" {
		seen := unknownSeen
		switch {
		case relevant == Yes && !f.noText:
			seen = e.seenBy(f)
		case relevant == Yes:
			seen = "oui"
		case relevant == No:
			seen = "non"
		}
		return cond(e.NeedLabel, e.NeedBasis, relevant, seen, e.NeedFact)
	}
	seen := unknownSeen
	switch {
	case relevant == Yes && !f.noText:
		seen = e.seenBy(f)
	case relevant == Yes:
		seen = "oui"
	case relevant == No:
		seen = "pas demandé"
	}
	return cond("La famille en a besoin", "Choix de la personne et de sa famille", relevant, seen, "needs")
}

// boolFacts are the yes/no answers of a situation, by path, from the fact table.
var boolFacts = func() map[string]*Field {
	m := map[string]*Field{}
	for _, fd := range Fields {
		if fd.Kind == FieldBool {
			m[string(fd.ID)] = fd
		}
	}
	return m
}()

// IsBoolFact reports whether path names a yes/no answer of a situation.
func IsBoolFact(path string) bool { _, ok := boolFacts[path]; return ok }

// BoolFact is the value of a yes/no answer (Unknown when not answered or not a yes/no fact).
func BoolFact(s *Situation, path string) Tri {
	if fd, ok := boolFacts[path]; ok {
		return triOf(fd.Bool(s))
	}
	return Unknown
}
