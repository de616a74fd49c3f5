package rules

// The caregiver's own pension: the assurance vieillesse des aidants (CSS art. L381-2, as in
// force since 1/1/2026).

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
	Label: "Ou : il arrête ou réduit son travail par un congé de proche aidant, avec ou sans AJPA (la personne aidée a une décision d'APA ou une incapacité d'au moins 80 %)",
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
			return verdict{r: Unknown, seen: seen + " : titulaire, son congé compte déjà dans sa retraite de fonctionnaire ; contractuel, il relève de l'AVA", noFacts: true}
		default:
			work = Yes
		}
		opens := Or(triOf(f.s.Person.ReceivesAPA), f.disability(func(d int) bool { return d >= 80 }))
		seen += ", " + boolSeen(f.s.Person.ReceivesAPA, "l'APA est accordée", "pas d'APA")
		if f.s.Person.ReceivesAPA == nil {
			seen = f.employmentSeen() + ", APA inconnue"
		}
		if work == No || opens == No {
			return is(No, seen)
		}
		var facts []FactID
		if work == Unknown {
			facts = append(facts, FactEmployment)
		}
		if opens == Unknown {
			facts = append(facts, FactReceivesAPA, FactDisabilityRate)
		}
		if facts == nil {
			return verdict{r: Unknown, seen: seen + " : s'il prend le congé ou l'AJPA", noFacts: true}
		}
		return verdict{r: Unknown, seen: seen, facts: facts}
	}}

// L381-2 3°: no work or part-time work, an adult with an incapacity of at least the rate of
// the 1° whose need of help or presence the CDAPH recognises (a decision the guide does not
// ask for: never more than unknown).
var avaDisabledAdult = &Check{
	Label: "Ou : il ne travaille pas (ou à temps partiel) et la personne aidée a un taux d'incapacité d'au moins 80 % avec un besoin d'aide ou de présence reconnu par la CDAPH (MDPH)",
	Basis: "CSS art. L381-2 (3°)", Facts: []FactID{FactDisabilityRate}, Params: []string{"ava.taux_incapacite"},
	Unsettled: "la reconnaissance du besoin de présence par la CDAPH n'est pas demandée par le guide",
	eval: func(f *facts) verdict {
		t, _ := f.rateAtLeast("ava.taux_incapacite")
		seen := "incapacité " + f.disabilitySeen()
		if t != Yes {
			return is(t, seen)
		}
		if f.empIn("employee", "public_servant", "self_employed") == Yes {
			seen += " : seulement s'il travaille à temps partiel"
		}
		return verdict{r: Unknown, seen: seen + " : la décision de la CDAPH est à demander", noFacts: true}
	}}

var avaChecks = []*Check{
	relationCheck("CSS art. L381-2 ; Code du travail art. L3142-16 (proches)"),
	{Label: "Il prend un congé de proche aidant ou l'AJPA, ou il ne travaille pas (ou à temps partiel) et aide un adulte dont le taux d'incapacité est d'au moins 80 % (avec une décision de la CDAPH)", Basis: "CSS art. L381-2", Any: []*Check{avaLeave, avaDisabledAdult}},
}

func ruleAVA(f *facts, r *ItemResult) {
	r.amount(f.amount("ava.taux_incapacite"))
	r.note("Avec l'AJPA, l'affiliation est automatique : la Caf (ou la MSA) cotise pour la retraite de l'aidant pendant les jours indemnisés. Pour un congé sans AJPA, il faut la demander.")
	if f.employment() == "retired" {
		r.note("L'aidant est déjà retraité : une fois la retraite prise, de nouveaux trimestres ne la changent en principe plus.")
	}
}
