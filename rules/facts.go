package rules

import (
	"strconv"
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
	m := map[string][]string{}
	for _, f := range []string{"person.age", "person.department", "person.residence", "person.gir", "person.aggir",
		"person.monthly_resources", "person.couple", "person.receives_apa", "person.apa_plan_amount", "person.disability_rate",
		"person.end_of_life", "person.memory_disorders", "person.urgent", "person.recent_hospitalisation", "person.housing",
		"person.pension_scheme", "person.receives_aspa", "person.receives_pch", "caregiver.relationship", "caregiver.lives_with_person",
		"caregiver.employment", "caregiver.exhausted", "caregiver.hospitalisation_planned", "caregiver.hosts_person", "needs"} {
		m[f] = []string{f}
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

func (f *facts) ageAtLeast(n int, basis string) Condition {
	label, ok := ageLabels[n]
	if !ok {
		label = "La personne a " + strconv.Itoa(n) + " ans ou plus"
	}
	return cond(label, basis,
		f.age(func(a int) bool { return a >= n }), f.ageSeen(), "person.age")
}

func (f *facts) girSeen() string {
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

func (f *facts) girCond(lo, hi int, label, basis string) Condition {
	return cond(label, basis, f.girIn(lo, hi), f.girSeen(), "person.gir")
}

var residenceWords = map[string]string{
	"home":                "à son domicile",
	"relative_home":       "chez un proche",
	"host_family":         "chez un accueillant familial",
	"residence_autonomie": "en résidence autonomie",
	"institution":         "en établissement (EHPAD, USLD)",
}

func (f *facts) residenceSeen() string {
	if r := f.s.Person.Residence; r != nil {
		return residenceWords[*r]
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

func (f *facts) homeCond(label, basis string) Condition {
	return cond(label, basis, f.atHome(), f.residenceSeen(), "person.residence")
}

func (f *facts) inInstitution() Tri { return Not(f.atHome()) }

func (f *facts) resources() (Cents, bool) {
	if r := f.s.Person.MonthlyResources; r != nil {
		return Cents(*r), true
	}
	return 0, false
}

func (f *facts) resourcesSeen() string {
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

var relationshipWords = map[string]string{
	"spouse":           "conjoint, concubin ou partenaire de PACS",
	"child":            "enfant",
	"grandchild":       "petit-enfant",
	"sibling":          "frère ou sœur",
	"other_family":     "autre membre de la famille",
	"in_law":           "gendre, belle-fille ou autre membre de la belle-famille",
	"friend_neighbour": "ami ou voisin",
}

func (f *facts) relationshipSeen() string {
	if r := f.relationship(); r != "" {
		return relationshipWords[r]
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

var employmentWords = map[string]string{
	"employee":       "salarié",
	"public_servant": "agent public",
	"self_employed":  "travailleur indépendant",
	"jobseeker":      "demandeur d'emploi",
	"retired":        "retraité",
	"not_working":    "sans activité professionnelle",
}

func (f *facts) employmentSeen() string {
	if e := f.employment(); e != "" {
		return employmentWords[e]
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

func (f *facts) amount(id string) *Quantity {
	if q := f.p.AmountRef(id, f.d); q != nil {
		return q
	}
	return &Quantity{ID: id, Label: id, Confidence: NotFound, Source: "montant inconnu"}
}

// known reports whether the situation answers a fact.
func (f *facts) known(fact string) bool {
	p, c := &f.s.Person, &f.s.Caregiver
	switch fact {
	case "person.age":
		return p.Age != nil
	case "person.department":
		return p.Department != nil
	case "person.residence":
		return p.Residence != nil
	case "person.gir":
		return f.gir != 0
	case "person.monthly_resources":
		return p.MonthlyResources != nil
	case "person.couple":
		return p.Couple != nil
	case "person.receives_apa":
		return p.ReceivesAPA != nil
	case "person.apa_plan_amount":
		return p.APAPlanAmount != nil
	case "person.disability_rate":
		return p.DisabilityRate != nil
	case "person.end_of_life":
		return p.EndOfLife != nil
	case "person.memory_disorders":
		return p.MemoryDisorders != nil
	case "person.urgent":
		return p.Urgent != nil
	case "person.recent_hospitalisation":
		return p.RecentHospitalisation != nil
	case "person.housing":
		return p.Housing != nil
	case "person.pension_scheme":
		return p.PensionScheme != nil
	case "person.receives_aspa":
		return p.ReceivesASPA != nil
	case "person.receives_pch":
		return p.ReceivesPCH != nil
	case "caregiver.relationship":
		return c.Relationship != nil
	case "caregiver.lives_with_person":
		return c.LivesWithPerson != nil
	case "caregiver.employment":
		return c.Employment != nil
	case "caregiver.exhausted":
		return c.Exhausted != nil
	case "caregiver.hospitalisation_planned":
		return c.HospitalisationPlanned != nil
	case "caregiver.hosts_person":
		return c.HostsPerson != nil
	case "needs":
		return f.s.Needs != nil
	}
	return false
}

// needCond is the condition of a service: the family needs it. Its value is the item's
// relevance, computed by the rule from the needs expressed and what is known.
func (f *facts) needCond(e *Entry, relevant Tri) Condition {
	if e.NeedLabel != "" {
		seen := unknownSeen
		switch relevant {
		case Yes:
			seen = "oui"
		case No:
			seen = "non"
		}
		return cond(e.NeedLabel, e.NeedBasis, relevant, seen, e.NeedFact)
	}
	seen := unknownSeen
	switch relevant {
	case Yes:
		seen = "oui"
	case No:
		seen = "pas demandé"
	}
	return cond("La famille en a besoin", "Choix de la personne et de sa famille", relevant, seen, "needs")
}

// age65or60Unfit is the age condition of social aid to the elderly (CASF art. L113-1):
// 65 years, or 60 for a person recognised unfit for work. The guide does not ask about
// unfitness, so 60 to 64 stays to check rather than refused.
func (f *facts) age65or60Unfit() Condition {
	c := cond("La personne a 65 ans ou plus (60 ans si elle est reconnue inapte au travail)", "CASF art. L113-1",
		f.age(func(a int) bool { return a >= 65 }), f.ageSeen(), "person.age")
	if a := f.s.Person.Age; a != nil && *a >= 60 && *a < 65 {
		c.Result = Unknown
		c.Seen = f.ageSeen() + " : possible dès 60 ans avec une inaptitude au travail reconnue"
		c.Facts = nil
	}
	return c
}

// boolFacts are the yes/no answers of a situation, by path.
var boolFacts = map[string]func(*Situation) *bool{
	"person.couple":                     func(s *Situation) *bool { return s.Person.Couple },
	"person.receives_apa":               func(s *Situation) *bool { return s.Person.ReceivesAPA },
	"person.end_of_life":                func(s *Situation) *bool { return s.Person.EndOfLife },
	"person.memory_disorders":           func(s *Situation) *bool { return s.Person.MemoryDisorders },
	"person.urgent":                     func(s *Situation) *bool { return s.Person.Urgent },
	"person.recent_hospitalisation":     func(s *Situation) *bool { return s.Person.RecentHospitalisation },
	"person.receives_aspa":              func(s *Situation) *bool { return s.Person.ReceivesASPA },
	"person.receives_pch":               func(s *Situation) *bool { return s.Person.ReceivesPCH },
	"caregiver.lives_with_person":       func(s *Situation) *bool { return s.Caregiver.LivesWithPerson },
	"caregiver.exhausted":               func(s *Situation) *bool { return s.Caregiver.Exhausted },
	"caregiver.hospitalisation_planned": func(s *Situation) *bool { return s.Caregiver.HospitalisationPlanned },
	"caregiver.hosts_person":            func(s *Situation) *bool { return s.Caregiver.HostsPerson },
}

// IsBoolFact reports whether path names a yes/no answer of a situation.
func IsBoolFact(path string) bool { _, ok := boolFacts[path]; return ok }

// BoolFact is the value of a yes/no answer (Unknown when not answered or not a yes/no fact).
func BoolFact(s *Situation, path string) Tri {
	if get, ok := boolFacts[path]; ok {
		return triOf(get(s))
	}
	return Unknown
}
