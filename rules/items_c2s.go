package rules

// Complémentaire santé solidaire (C2S): free under the ceiling of CSS art. L861-1 1°, with a
// monthly participation by age up to that ceiling increased by 35 % (2°); ASPA recipients are
// presumed to meet the resource condition of the 2° (L861-2, last paragraph, 1°).

var entryComplementaireSanteSolidaire = &Entry{
	ID: "complementaire-sante-solidaire", Title: "Complémentaire santé solidaire (C2S)", For: "person",
	checks: c2sChecks,
	Relevant: []*Signal{
		boolSignal("la personne reçoit l'ASPA (minimum vieillesse)", FactReceivesASPA),
		{Label: "12 fois ses ressources mensuelles ne dépassent pas le plafond de la C2S avec participation", Facts: []FactID{FactMonthlyResources, FactCouple},
			eval: func(f *facts) Tri { return f.c2sUnder("css.plafond_participation").t }},
	},
	amounts: []string{"css.plafond_gratuit.1", "css.plafond_participation.1", "css.plafond_gratuit.2", "css.plafond_participation.2",
		"css.participation.60_69", "css.participation.70_plus"},
	rule: ruleC2S,
}

var c2sASPA = &Check{
	Label: "Ou : {elle reçoit l'ASPA (elle est présumée|il reçoit l'ASPA (il est présumé|la personne reçoit l'ASPA (elle est présumée} remplir la condition de ressources de la C2S avec participation, si {elle|il|elle} n'a pas travaillé pendant la période de référence)",
	Basis: "CSS art. L861-2 (dernier alinéa, 1°)", Facts: []FactID{FactReceivesASPA}, Params: []string{"aspa.seul", "aspa.couple"},
	eval: func(f *facts) verdict {
		b := f.s.Person.ReceivesASPA
		if b == nil && f.resourcesUnder(f.aspaCeiling()) == No {
			// the ASPA tops resources up to its ceiling (CSS art. L815-9): above it, she
			// does not receive it
			return is(No, "ressources au-dessus du plafond de l'ASPA")
		}
		return is(triOf(b), f.boolSeen(b, "reçoit l'ASPA", "pas d'ASPA"))
	}}

const c2sResourcesLabel = "Ou : 12 fois ses ressources mensuelles ne dépassent pas le plafond annuel de la C2S avec participation"

var c2sResources = &Check{
	Label: c2sResourcesLabel, Basis: "CSS art. L861-1 (1° et 2°)", Facts: []FactID{FactMonthlyResources, FactCouple},
	Params: []string{"css.plafond_participation.1", "css.plafond_participation.2"},
	eval: func(f *facts) verdict {
		r := f.c2sUnder("css.plafond_participation")
		return verdict{r: r.t, seen: r.seen, facts: r.facts, noFacts: r.noFacts, label: r.label}
	}}

var c2sChecks = []*Check{
	{Label: "{Elle|Il|La personne} reçoit l'ASPA, ou 12 fois ses ressources mensuelles ne dépassent pas le plafond annuel de la C2S avec participation", Basis: "CSS art. L861-1 et L861-2", Any: []*Check{c2sASPA, c2sResources}},
}

// c2sVerdict is a resource comparison with one C2S ceiling.
type c2sVerdict struct {
	t       Tri
	seen    string
	label   string
	facts   []FactID
	noFacts bool
}

// c2sUnder compares 12 times the monthly resources with the ceiling prefix+".1" (alone) or
// ".2" (couple). The 2° of L861-1 reads « comprises entre … et ce même plafond majoré »: at
// the ceiling, it is met; the 1° reads « inférieures à »: the free C2S needs less.
func (f *facts) c2sUnder(prefix string) c2sVerdict {
	one, two := f.amount(prefix+".1"), f.amount(prefix+".2")
	res, ok := f.resources()
	if !ok {
		return c2sVerdict{t: Unknown, seen: unknownSeen}
	}
	year := res * 12
	seen := ""
	if !f.noText {
		seen = FormatEuros(year) + " par an, soit 12 × " + FormatEuros(res) + " par mois"
	}
	if !one.Found || !two.Found {
		return c2sVerdict{t: Unknown, seen: f.say(seen, " : plafond non confirmé à cette date"), noFacts: true}
	}
	strict := prefix == "css.plafond_gratuit"
	under := func(q *Quantity) bool {
		if strict {
			return year < q.Num
		}
		return year <= q.Num
	}
	c := f.s.Person.Couple
	switch {
	case c != nil && *c:
		return c2sVerdict{t: Bool(under(two)), seen: seen, label: f.ceilingLabel(c2sResourcesLabel, two, " pour un couple)")}
	case c != nil:
		return c2sVerdict{t: Bool(under(one)), seen: seen, label: f.ceilingLabel(c2sResourcesLabel, one, " pour une personne seule)")}
	case under(one) == under(two):
		// alone or in a couple: both ceilings give the same answer
		return c2sVerdict{t: Bool(under(one)), seen: seen}
	}
	return c2sVerdict{t: Unknown, seen: seen, facts: onlyCouple}
}

var onlyCouple = []FactID{FactCouple}

// ceilingLabel is label + " (" + the ceiling in French + end, not built without the words.
func (f *facts) ceilingLabel(label string, ceiling *Quantity, end string) string {
	if f.noText {
		return ""
	}
	return label + " (" + ceiling.Format() + end
}

func ruleC2S(f *facts, r *ItemResult) {
	p := f.s.Person
	switch c := p.Couple; {
	case c != nil && *c:
		r.amount(f.amount("css.plafond_gratuit.2"), f.amount("css.plafond_participation.2"))
	case c != nil:
		r.amount(f.amount("css.plafond_gratuit.1"), f.amount("css.plafond_participation.1"))
	default:
		r.amount(f.amount("css.plafond_gratuit.1"), f.amount("css.plafond_participation.1"),
			f.amount("css.plafond_gratuit.2"), f.amount("css.plafond_participation.2"))
	}
	// the participation follows the age on 1 January of the year of the decision (arrêté du
	// 21/06/2019): a person of 70 today may have been 69 then
	if a := p.Age; a != nil {
		switch {
		case *a >= 71:
			r.amount(f.amount("css.participation.70_plus"))
		case *a == 70:
			r.amount(f.amount("css.participation.60_69"), f.amount("css.participation.70_plus"))
		case *a >= 60:
			r.amount(f.amount("css.participation.60_69"))
		}
	} else {
		r.amount(f.amount("css.participation.60_69"), f.amount("css.participation.70_plus"))
	}
	free := f.c2sUnder("css.plafond_gratuit")
	paying := f.c2sUnder("css.plafond_participation")
	switch {
	case free.t == Yes:
		r.note("Avec les ressources indiquées, la C2S serait gratuite. La caisse fait le calcul exact : elle ajoute un forfait logement si la personne est propriétaire, hébergée gratuitement ou touche une aide au logement.")
	case paying.t == Yes:
		r.note("Avec les ressources indiquées, la C2S serait avec une participation mensuelle selon l'âge. La caisse fait le calcul exact : elle ajoute un forfait logement si la personne est propriétaire, hébergée gratuitement ou touche une aide au logement.")
	}
	if isTrue(p.ReceivesASPA) {
		r.note("Avec l'ASPA, la demande se fait sans justificatif de ressources et le droit est renouvelé automatiquement chaque année.")
	}
}
