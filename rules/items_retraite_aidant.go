package rules

// The caregiver's own pension: the assurance vieillesse des aidants (CSS art. L381-2, as in
// force since 1/1/2026), the majoration de durée d'assurance for the permanent care of an
// adult with an incapacity of at least 80 % (L351-4-2, D351-1-15) and the full-rate pension
// at 65 of the aidant familial of a PCH recipient (L351-8 1° bis, R351-24-2; CASF L245-12).

var entryAssuranceVieillesseAidants = &Entry{
	ID: "assurance-vieillesse-aidants", Title: "Assurance vieillesse des aidants (AVA) : des trimestres de retraite pendant l'aide", For: "caregiver",
	After:   []string{"ajpa"},
	checks:  avaChecks,
	amounts: []string{"ava.taux_incapacite"},
	Relevant: []*Signal{{Label: "la personne aidée a une décision d'APA ou une incapacité d'au moins 80 %, et l'aidant n'a pas encore pris sa retraite",
		Facts: []FactID{FactReceivesAPA, FactDisabilityRate, FactEmployment},
		eval: func(f *facts) Tri {
			working := Unknown
			if e := f.employment(); e != "" {
				working = Bool(e != "retired")
			}
			return And(Or(triOf(f.s.Person.ReceivesAPA), f.disability(func(d int) bool { return d >= 80 })), working)
		}}},
	rule: ruleAVA,
}

var entryTrimestresRetraiteAidant = &Entry{
	ID: "trimestres-retraite-aidant", Title: "Trimestres de retraite en plus et taux plein à 65 ans pour l'aidant", For: "caregiver",
	After:   []string{"assurance-vieillesse-aidants"},
	checks:  trimestresChecks,
	amounts: []string{"retraite_aidant.trimestres_max", "retraite_aidant.periode_mois", "retraite_aidant.age_taux_plein"},
	Relevant: []*Signal{
		{Label: "la personne aidée a un taux d'incapacité d'au moins 80 % reconnu par la MDPH", Facts: []FactID{FactDisabilityRate},
			eval: func(f *facts) Tri { t, _ := f.rateAtLeast("retraite_aidant.taux_incapacite"); return t }},
		boolSignal("la personne aidée reçoit la PCH", FactReceivesPCH),
	},
	rule: ruleTrimestres,
}

// rateAtLeast: the incapacity rate is at least the rate parameter id (basis points).
func (f *facts) rateAtLeast(id string) (Tri, *Quantity) {
	q := f.amount(id)
	if !q.Found {
		return Unknown, q
	}
	return f.disability(func(d int) bool { return int64(d)*100 >= q.Num }), q
}

// Congé de proche aidant or AJPA (L381-2, 2nd and 3rd paragraphs): the caregiver stops or
// reduces work (salarié, indépendant, demandeur d'emploi indemnisé) for a person who opens the
// leave (an APA decision or an incapacity of at least 80 %, Code du travail D3142-8). Whether
// they take it, the guide does not know.
var avaLeave = &Check{
	Label: "Ou : {aidant:elle|il} arrête ou réduit son travail par un congé de proche aidant, avec ou sans AJPA (la personne aidée a une décision d'APA ou une incapacité d'au moins 80 %)",
	Basis: "CSS art. L381-2 (2e et 3e alinéas)", Facts: []FactID{FactEmployment, FactReceivesAPA, FactDisabilityRate},
	Unsettled: "le guide ne sait pas si l'aidant prend le congé ou reçoit l'AJPA",
	eval: func(f *facts) verdict {
		emp := f.employment()
		seen := f.employmentSeen()
		var work Tri
		switch emp {
		case "":
			work = Unknown
		case "retired", "not_working":
			return is(No, seen+" : pas de travail à arrêter")
		case "public_servant":
			return verdict{r: Unknown, seen: seen + " : titulaire, son congé compte déjà dans sa retraite de fonctionnaire ; contractuel, {aidant:elle|il} relève de l'AVA", noFacts: true}
		default:
			work = Yes
		}
		opens := Or(triOf(f.s.Person.ReceivesAPA), f.disability(func(d int) bool { return d >= 80 }))
		seen += ", " + f.boolSeen(f.s.Person.ReceivesAPA, "l'APA est accordée", "pas d'APA")
		if f.s.Person.ReceivesAPA == nil {
			seen = f.employmentSeen() + ", APA inconnue"
		}
		if work == No || opens == No {
			return is(No, seen)
		}
		facts := make([]FactID, 0, 3) // on the stack: f.list copies the condition's list
		if work == Unknown {
			facts = append(facts, FactEmployment)
		}
		if opens == Unknown {
			facts = append(facts, FactReceivesAPA, FactDisabilityRate)
		}
		if len(facts) == 0 {
			return verdict{r: Unknown, seen: f.say(seen, " : {aidant:si elle prend|s'il prend} le congé ou l'AJPA"), noFacts: true}
		}
		return verdict{r: Unknown, seen: seen, paths: f.list(facts)}
	}}

// L381-2 3°: no work or part-time work, an adult with an incapacity of at least the rate of
// the 1° whose need of help or presence the CDAPH recognises (a decision the guide does not
// ask for: never more than unknown).
var avaDisabledAdult = &Check{
	Label: "Ou : {aidant:elle|il} ne travaille pas (ou à temps partiel) et la personne aidée a un taux d'incapacité d'au moins 80 % avec un besoin d'aide ou de présence reconnu par la CDAPH (MDPH)",
	Basis: "CSS art. L381-2 (3°)", Facts: []FactID{FactDisabilityRate}, Params: []string{"ava.taux_incapacite"},
	Unsettled: "la reconnaissance du besoin de présence par la CDAPH n'est pas demandée par le guide",
	eval: func(f *facts) verdict {
		t, _ := f.rateAtLeast("ava.taux_incapacite")
		seen := "incapacité " + f.disabilitySeen()
		if t != Yes {
			return is(t, seen)
		}
		if f.empIn("employee", "public_servant", "self_employed") == Yes {
			seen += " : seulement {aidant:si elle travaille|s'il travaille} à temps partiel"
		}
		return verdict{r: Unknown, seen: seen + " : la décision de la CDAPH est à demander", noFacts: true}
	}}

var avaChecks = []*Check{
	relationCheck("CSS art. L381-2 ; Code du travail art. L3142-16 (proches)"),
	{Label: "{aidant:Elle|Il|L'aidant} prend un congé de proche aidant ou l'AJPA, ou {aidant:elle|il} ne travaille pas (ou à temps partiel) et aide un adulte dont le taux d'incapacité est d'au moins 80 % (avec une décision de la CDAPH)", Basis: "CSS art. L381-2", Any: []*Check{avaLeave, avaDisabledAdult}},
}

func ruleAVA(f *facts, r *ItemResult) {
	r.amount(f.amount("ava.taux_incapacite"))
	r.note("Avec l'AJPA, l'affiliation est automatique : la Caf (ou la MSA) cotise pour la retraite de l'aidant pendant les jours indemnisés. Pour un congé sans AJPA, il faut la demander.")
	if f.employment() == "retired" {
		r.note("L'aidant est déjà retraité : une fois la retraite prise, de nouveaux trimestres ne la changent en principe plus.")
	}
}

// family of L351-4-2 (spouse, partner, ascendant, descendant, collateral, or those of the
// spouse) and of L245-12 CASF (up to the 4th degree): every relationship but a friend or
// neighbour
var trimestresFamily = &Check{
	Label: "L'aidant est de sa famille : conjoint, concubin, partenaire de PACS, enfant, parent, frère ou sœur, ou de la famille de son conjoint",
	Basis: "CSS art. L351-4-2 ; CASF art. L245-12", Facts: []FactID{FactRelationship},
	eval: func(f *facts) verdict {
		return is(f.relIn("spouse", "child", "grandchild", "sibling", "other_family", "in_law"), f.relationshipSeen())
	}}

var trimestresRate = &Check{
	Label: "Ou : la personne aidée a un taux d'incapacité d'au moins 80 % (un trimestre en plus par période de 30 mois, 8 au plus)",
	Basis: "CSS art. L351-4-2 et D351-1-15", Facts: []FactID{FactDisabilityRate}, Params: []string{"retraite_aidant.taux_incapacite"},
	eval: func(f *facts) verdict {
		t, _ := f.rateAtLeast("retraite_aidant.taux_incapacite")
		return is(t, "incapacité "+f.disabilitySeen())
	}}

var trimestresPCH = &Check{
	Label: "Ou : {elle|il|la personne} reçoit la PCH et l'aidant a arrêté de travailler pour l'aider au moins 30 mois de suite (retraite à taux plein à 65 ans)",
	Basis: "CSS art. L351-8 1° bis et R351-24-2 ; CASF art. L245-12", Facts: []FactID{FactReceivesPCH},
	Unsettled: "le guide ne demande pas depuis quand l'aidant a arrêté de travailler",
	eval: func(f *facts) verdict {
		b := f.s.Person.ReceivesPCH
		if isTrue(b) {
			return verdict{r: Unknown, seen: "reçoit la PCH : 30 mois d'arrêt de travail à justifier", noFacts: true}
		}
		return is(triOf(b), f.boolSeen(b, "reçoit la PCH", "pas de PCH"))
	}}

var trimestresChecks = []*Check{
	{Label: "La personne aidée a un taux d'incapacité d'au moins 80 %, ou reçoit la PCH (aidant familial)", Basis: "CSS art. L351-4-2 et L351-8 1° bis", Any: []*Check{trimestresRate, trimestresPCH}},
	trimestresFamily,
	{Label: "L'aidant s'en occupe au foyer familial : la personne aidée vit à domicile, pas en établissement", Basis: "CSS art. L351-4-2", Facts: []FactID{FactResidence},
		eval: func(f *facts) verdict {
			r := f.s.Person.Residence
			switch {
			case r == nil:
				return is(Unknown, unknownSeen)
			case *r == "home" || *r == "relative_home":
				return is(Yes, f.residenceSeen())
			case *r == "institution":
				return is(No, f.residenceSeen())
			}
			return verdict{r: Unknown, seen: f.residenceSeen() + " : à voir avec la caisse de retraite", noFacts: true}
		}},
	{Label: "L'aidant s'en occupe en permanence depuis au moins 30 mois", Basis: "CSS art. L351-4-2 et R351-24-2",
		Unsettled: "le guide ne demande pas depuis quand l'aidant s'occupe de la personne",
		eval: func(*facts) verdict {
			return verdict{r: Unknown, seen: "à justifier auprès de la caisse de retraite", noFacts: true}
		}},
}

func ruleTrimestres(f *facts, r *ItemResult) {
	r.amount(f.amount("retraite_aidant.trimestres_max"), f.amount("retraite_aidant.periode_mois"), f.amount("retraite_aidant.age_taux_plein"))
	if rel := f.relationship(); rel == "child" || rel == "" {
		r.note("Pour l'enfant d'un parent âgé, c'est rare : le GIR de l'APA ne suffit pas, il faut un taux d'incapacité d'au moins 80 % reconnu par la MDPH et une aide permanente d'au moins 30 mois (ou la PCH, rarement accordée après 60 ans, et 30 mois d'arrêt de travail pour le taux plein à 65 ans).")
	}
	if f.employment() == "retired" {
		r.note("L'aidant est déjà retraité : demandez à sa caisse de retraite si ces trimestres ont été comptés.")
	}
}
