package rules

import "strings"

// PCH after 60 (CASF art. L245-1 II, D245-3): a first request is made before 60, or later
// by a person whose disability met the criteria before 60 (L245-1 II 1°, at any age since
// the loi n° 2020-220 removed « sous réserve de solliciter cette prestation avant un âge
// fixé par décret », the limit of 75 the décret n° 2020-1826 then took out of D245-3), or
// by a person still working whose disability meets the criteria (II 2°); the age limit
// does not apply to a holder of the allocation compensatrice (ACTP) who opts for the PCH
// (D245-3, loi n° 2005-102 art. 95). Whoever has the PCH at 60 chooses between it and the
// APA at 60 and at each renewal (L245-9), as the two are not cumulated (L232-23).

var entryPCHApres60 = &Entry{
	ID: "pch-apres-60", Title: "Prestation de compensation du handicap (PCH) après 60 ans, ou l'APA", For: "person",
	checks: pchChecks,
	amounts: []string{"pch.age_limite", "apa.plafond.gir1", "apa.plafond.gir2", "apa.plafond.gir3", "apa.plafond.gir4",
		"sad.tarif_plancher", "pch.aidant_familial.taux", "pch.aidant_familial.taux_cessation", "pch.aidant_familial.heure"},
	Relevant: []*Signal{
		boolSignal("la personne reçoit la PCH", FactReceivesPCH),
		// yes when said; not said or « non » leaves the other signals to decide, as before
		{Label: "son handicap remplissait déjà les critères de la PCH avant ses 60 ans", Facts: []FactID{FactDisabilityBefore60},
			eval: func(f *facts) Tri { return Bool(isTrue(f.s.Person.DisabilityBefore60)) }},
		{Label: "un taux d'incapacité d'au moins 50 % est reconnu par la MDPH", Facts: []FactID{FactDisabilityRate},
			eval: func(f *facts) Tri { return f.disability(func(d int) bool { return d >= 50 }) }},
	},
	rule: rulePCHApres60,
}

var pchUnder60 = &Check{Label: "Ou : {elle|il|la personne} a moins de 60 ans (la PCH se demande à la MDPH)", Basis: "CASF art. L245-1 (I) et D245-3",
	Facts: []FactID{FactAge}, Params: []string{"pch.age_limite"},
	eval: func(f *facts) verdict {
		q := f.amount("pch.age_limite")
		if !q.Found {
			return verdict{r: Unknown, seen: f.ageSeen(), noFacts: true}
		}
		return is(f.age(func(a int) bool { return int64(a) < q.Num }), f.ageSeen())
	}}

var pchAlready = &Check{Label: "Ou : {elle reçoit déjà la PCH (elle peut|il reçoit déjà la PCH (il peut|la personne reçoit déjà la PCH (elle peut} la garder après 60 ans)", Basis: "CASF art. L245-9",
	Facts: []FactID{FactReceivesPCH},
	eval: func(f *facts) verdict {
		b := f.s.Person.ReceivesPCH
		return is(triOf(b), f.boolSeen(b, "reçoit la PCH", "pas de PCH"))
	}}

var pchBefore60 = &Check{Label: "Ou : son handicap remplissait déjà les critères de la PCH avant ses 60 ans (la demande est alors possible à tout âge)",
	Basis: "CASF art. L245-1 (II, 1°) ; loi n° 2020-220 du 6/3/2020, art. 1", Facts: []FactID{FactDisabilityBefore60},
	eval: func(f *facts) verdict {
		b := f.s.Person.DisabilityBefore60
		if b != nil {
			return is(triOf(b), f.boolSeen(b, "critères remplis avant 60 ans (à montrer avec des documents anciens)", "pas avant 60 ans"))
		}
		if pchAskBefore60(f) {
			return is(Unknown, unknownSeen)
		}
		// not asked: nothing says she has a disability the MDPH recognised
		return verdict{r: Unknown, seen: "à montrer avec des documents médicaux anciens", noFacts: true}
	}}

// pchAskBefore60 reports whether the question of the disability before 60 is worth asking:
// she is past the age limit, does not already receive the PCH, and the MDPH recognises an
// incapacity of 50 % or more (the item's own signal of a disability). Not every call asks it.
func pchAskBefore60(f *facts) bool {
	if isTrue(f.s.Person.ReceivesPCH) || f.s.Person.Age == nil || f.disability(func(d int) bool { return d >= 50 }) != Yes {
		return false
	}
	q := f.amount("pch.age_limite")
	return q.Found && int64(*f.s.Person.Age) >= q.Num
}

var pchWorking = &Check{Label: "Ou : {elle travaille|il travaille|la personne travaille} encore et son handicap remplit les critères de la PCH", Basis: "CASF art. L245-1 (II, 2°)",
	Unsettled: "le guide ne demande pas si la personne aidée travaille encore",
	eval: func(f *facts) verdict {
		if pchRouteSettled(f) {
			return verdict{r: Unknown, noFacts: true} // nothing to add to what was seen
		}
		return verdict{r: Unknown, seen: "à signaler à la MDPH {si elle|s'il} a encore une activité professionnelle", noFacts: true}
	}}

var pchACTP = &Check{Label: "Ou : {elle|il|la personne} reçoit l'allocation compensatrice (ACTP) et choisit la PCH à la place (possible à tout âge)",
	Basis:     "CASF art. D245-3 ; loi n° 2005-102 du 11/2/2005, art. 95",
	Unsettled: "le guide ne demande pas si la personne aidée reçoit l'allocation compensatrice (ACTP), remplacée par la PCH depuis 2006",
	eval: func(f *facts) verdict {
		if pchRouteSettled(f) {
			return verdict{r: Unknown, noFacts: true}
		}
		return verdict{r: Unknown, seen: "allocation compensatrice : à voir sur ses anciennes décisions", noFacts: true}
	}}

// pchRouteSettled reports whether an answered route already opens the PCH at her age (under
// the limit, the PCH already, the criteria met before 60): the routes the guide does not
// ask then add nothing to what the condition says it saw.
func pchRouteSettled(f *facts) bool {
	p := f.s.Person
	if isTrue(p.ReceivesPCH) || isTrue(p.DisabilityBefore60) {
		return true
	}
	q := f.amount("pch.age_limite")
	return p.Age != nil && q.Found && int64(*p.Age) < q.Num
}

// pchAge: the routes of the PCH at her age. When one holds, the condition says which, with
// its own basis (« La PCH est possible à son âge : son handicap remplissait déjà… »,
// CASF art. L245-1 (II, 1°)), so that the plan names the text that opens it.
var pchAge = &Check{Label: "La PCH est possible à son âge", Basis: "CASF art. L245-1 et D245-3", Any: []*Check{pchUnder60, pchAlready, pchBefore60, pchWorking, pchACTP}}

func init() {
	pchAge.eval = func(f *facts) verdict {
		v := f.anyOfTable(pchAge.Any, pchAge.anyPaths)
		if v.r != Yes || f.noText {
			return v
		}
		for _, a := range pchAge.Any {
			if a.decide(f).r == Yes {
				route := a.Label // the neutral form; the forms for her sex when it has some (words.go)
				if a.forms != nil {
					route = a.forms[f.sexIndex()]
				}
				v.label, v.basis = pchAge.Label+" : "+strings.TrimPrefix(route, "Ou : "), a.Basis
				break
			}
		}
		return v
	}
}

var pchChecks = []*Check{
	pchAge,
	{Label: "Son handicap remplit les critères de la PCH : une difficulté absolue pour au moins une activité essentielle, ou grave pour au moins deux",
		Basis: "CASF art. L245-1 et D245-4 (annexe 2-5)", Facts: []FactID{FactReceivesPCH},
		Unsettled: "c'est l'équipe de la MDPH qui évalue les difficultés",
		eval: func(f *facts) verdict {
			if isTrue(f.s.Person.ReceivesPCH) {
				return is(Yes, "reçoit la PCH")
			}
			return verdict{r: Unknown, seen: "évalué par la MDPH", noFacts: true}
		}},
}

func rulePCHApres60(f *facts, r *ItemResult) {
	r.amount(f.amount("pch.age_limite"))
	if f.gir >= 1 && f.gir <= 4 {
		r.amount(f.amount(apaCeilingID[f.gir]))
	}
	r.amount(f.amount("sad.tarif_plancher"), f.amount("pch.aidant_familial.taux"), f.amount("pch.aidant_familial.taux_cessation"), f.amount("pch.aidant_familial.heure"))
	r.note("La PCH et l'APA ne se cumulent pas (CASF art. L232-23). Qui a la PCH avant 60 ans choisit à 60 ans, puis à chaque renouvellement, entre la garder et passer à l'APA ; sans réponse, {elle|il|la personne} garde la PCH (CASF art. L245-9).")
	if f.gir >= 1 && f.gir <= 4 {
		r.note("Pour comparer : l'APA à domicile a un plafond mensuel selon le GIR et une participation selon les ressources ; la PCH paie chaque élément (aide humaine, aides techniques, logement) selon les besoins évalués par la MDPH, sans plafond global pour l'aide humaine, et peut dédommager un aidant familial, même le conjoint.")
	}
}
