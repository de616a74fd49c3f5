package rules

// ASPA and the aide sociale to the elderly: aide ménagère, hébergement, obligation alimentaire (CSS L815-1 et s., CASF L113-1, L231-1 et s., L132-6).

func (f *facts) aspaCeiling() *Quantity {
	if c := f.s.Person.Couple; c != nil && *c {
		return f.amount("aspa.couple")
	}
	return f.amount("aspa.seul")
}

func (f *facts) resourcesUnder(q *Quantity) Tri {
	res, ok := f.resources()
	if !ok || !q.Found {
		return Unknown
	}
	if f.s.Person.Couple == nil {
		// single or couple changes the ceiling: decide only when both agree
		s, c := f.amount("aspa.seul"), f.amount("aspa.couple")
		if s.Found && c.Found && (res <= s.Num) == (res <= c.Num) {
			return Bool(res <= s.Num)
		}
		return Unknown
	}
	return Bool(res <= q.Num)
}

func ruleASPA(f *facts, r *ItemResult) {
	p := f.s.Person
	if p.ReceivesASPA != nil && *p.ReceivesASPA {
		r.add(cond("La personne reçoit déjà l'ASPA", "CSS art. L815-1", Yes, "oui"))
		r.amount(f.aspaCeiling())
		return
	}
	age65 := f.ageAtLeast(65, "CSS art. L815-1 et R815-1")
	// from 62 with an incapacity of at least 50 % or an unfitness for work (inaptitude),
	// which the guide does not ask: a lower rate does not settle it
	dis50 := f.disability(func(d int) bool { return d >= 50 })
	age62 := cond("Ou : 62 ans ou plus avec une incapacité d'au moins 50 % (ou une inaptitude au travail)", "CSS art. L815-1",
		And(f.age(func(a int) bool { return a >= 62 }), Or(dis50, Unknown)),
		f.ageSeen()+", incapacité "+f.disabilitySeen(), "person.age", "person.disability_rate")
	if age62.Result == Unknown && dis50 == No && f.age(func(a int) bool { return a >= 62 }) == Yes {
		age62.Seen += " : possible avec une inaptitude au travail reconnue"
		age62.Facts = nil
	}
	if age65.Result == Yes {
		r.add(age65)
	} else {
		c := anyCond("La personne a 65 ans ou plus (62 ans en cas d'inaptitude ou d'incapacité d'au moins 50 %)", "CSS art. L815-1 et R815-1", age65, age62)
		if age65.Result == No {
			c.Seen = age62.Seen // the age is already in it
		}
		r.add(c)
	}
	ceil := f.aspaCeiling()
	r.add(cond("Les ressources sont sous le plafond de l'ASPA ("+ceil.Format()+" par mois)", "CSS art. L815-9", f.resourcesUnder(ceil), f.resourcesSeen(), "person.monthly_resources", "person.couple"))
	r.amount(ceil)
	if res, ok := f.resources(); ok && ceil.Found && res < ceil.Num && p.Couple != nil {
		r.amount(&Quantity{ID: "aspa.estimation", Label: "ASPA estimée (plafond moins ressources), par mois", Unit: UnitEuros, Num: ceil.Num - res, Found: true, AsOf: ceil.AsOf, Confidence: Computed, Source: "CSS art. L815-9 (allocation différentielle) ; la caisse compte toutes les ressources"})
	}
	r.note("L'ASPA peut être récupérée sur la succession, au-delà d'un certain montant.")
}

func ruleAideMenagere(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(f.age65or60Unfit())
	// The APA is the relevant aid when the GIR is 1 to 4 (L232-23: no cumulation).
	apa := f.girIn(1, 4)
	if p.ReceivesAPA != nil && *p.ReceivesAPA {
		apa = Yes
	}
	seen := f.girSeen()
	if p.ReceivesAPA != nil && *p.ReceivesAPA {
		seen = "reçoit l'APA"
	}
	r.add(cond("La personne ne relève pas de l'APA (GIR 5 ou 6, pas d'APA)", "CASF art. L232-23", Not(apa), seen, "person.gir"))
	ceil := f.aspaCeiling()
	r.add(cond("Les ressources ne dépassent pas le plafond de l'ASPA ("+ceil.Format()+" par mois)", "CASF art. L231-1 et R231-2", f.resourcesUnder(ceil), f.resourcesSeen(), "person.monthly_resources", "person.couple"))
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L231-1"))
	r.amount(f.amount("aide_menagere.heures_max"))
	r.Relevant = f.need("household_help")
	r.note("Le département fixe une petite participation par heure. Pas d'obligation alimentaire pour cette aide ; récupération possible sur la succession au-delà de " + f.amount("recuperation.seuil_actif").Format() + ".")
}

func ruleASH(f *facts, r *ItemResult) {
	r.add(f.age65or60Unfit())
	// placement in an establishment or with a host family (L231-4); the host family's
	// agrément is an habilitation to receive aid beneficiaries unless it says otherwise
	// (L441-1); a résidence autonomie must be habilitée
	place, seen := f.inInstitution(), f.residenceSeen()
	if res := f.s.Person.Residence; res != nil {
		switch *res {
		case "host_family":
			place, seen = Yes, seen+" (agrément valant habilitation, sauf mention contraire)"
		case "residence_autonomie":
			place, seen = Unknown, seen+" : si la résidence est habilitée à l'aide sociale"
		case "home", "relative_home":
			seen += " : à demander à l'entrée en établissement ou en accueil familial"
		}
	}
	r.add(cond("La personne vit ou va vivre en établissement (ou chez un accueillant familial) habilité à l'aide sociale", "CASF art. L231-4 et L441-1", place, seen, "person.residence"))
	enough := cond("Ses ressources ne suffisent pas à payer l'hébergement", "CASF art. L132-1", Unknown, "à comparer au prix de journée", "person.monthly_resources", "person.ehpad_accommodation_daily")
	e, _, ok := f.ehpadEstimate()
	if ok {
		enough.Result, enough.Facts = Bool(e.ASH.Possible), nil
		enough.Seen = FormatEuros(Cents(*f.s.Person.MonthlyResources)) + " par mois pour un reste à payer estimé à " + FormatEuros(e.ResidentMonth)
	}
	r.add(enough)
	if ok && e.ASH.Possible && e.ASH.Minimum.Found && e.ASH.Share.Found {
		src := "CASF art. L132-1, R231-6 ; estimation"
		r.amount(figure("ash.part_etablissement", "Part des ressources versée à l'établissement (90 %), par mois", e.ASH.ToEstablishment, e, src),
			figure("ash.garde_mois", "Somme gardée par le résident, par mois", e.ASH.Kept, e, src),
			figure("ash.reste_famille_departement", "Reste demandé aux enfants (obligation alimentaire) puis payé par le département, par mois", e.ASH.Remaining, e, src))
	}
	r.amount(f.amount("ash.reste_a_vivre"))
	r.note("L'ASH est récupérable sur la succession dès le premier euro. Les enfants sont sollicités au titre de l'obligation alimentaire (pas les petits-enfants depuis le 10 avril 2024).")
}

func ruleObligationAlimentaire(f *facts, r *ItemResult) {
	r.Relevant = Or(f.inInstitution(), f.relIn("child", "in_law"))
}
