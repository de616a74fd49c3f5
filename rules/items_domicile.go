package rules

// Services and employment at home: SAD, CESU, tax credit, employer exemption, téléassistance, meals.

func ruleSAD(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L313-1-3"))
	r.amount(f.amount("sad.tarif_plancher"))
	r.Relevant = Or(f.need("household_help"), f.girIn(1, 4))
}

func ruleCESU(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "Code du travail art. L1271-1 (CESU)"))
	r.Relevant = f.need("household_help")
}

func ruleCreditImpotServices(f *facts, r *ItemResult) {
	r.add(f.homeCond("Les services sont rendus au domicile de la personne", "CGI art. 199 sexdecies"))
	r.Relevant = Or(f.need("household_help"), f.need("alarm"), f.need("meals"))
	r.amount(f.amount("credit_impot_services.taux"))
	base := f.amount("credit_impot_services.plafond")
	maj := f.amount("credit_impot_services.majoration")
	maxq := f.amount("credit_impot_services.plafond_max")
	inval := f.amount("credit_impot_services.plafond_invalidite")
	switch {
	case f.disability(func(d int) bool { return d >= 80 }) == Yes && inval.Found:
		q := *inval
		q.Label = "Plafond annuel de dépenses (membre du foyer invalide, carte à 80 %)"
		r.amount(&q)
	case f.age(func(a int) bool { return a > 65 }) == Yes && base.Found && maj.Found && maxq.Found:
		r.amount(&Quantity{ID: "credit_impot_services.plafond_estime", Label: "Plafond annuel de dépenses estimé (personne de plus de 65 ans)", Unit: UnitEuros,
			Num: min(base.Num+maj.Num, maxq.Num), Found: true, AsOf: base.AsOf, Confidence: Weakest(base.Confidence, maj.Confidence), Source: "CGI art. 199 sexdecies"})
	default:
		r.amount(base)
	}
	r.note("Le crédit d'impôt est versé même si la personne ne paie pas d'impôt. L'avance immédiate (Urssaf) évite d'attendre l'année suivante.")
}

func ruleExoneration(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(f.homeCond("La personne emploie quelqu'un chez elle", "CSS art. L241-10"))
	age70 := f.ageAtLeast(70, "CSS art. L241-10 I a")
	// the 70-year limit is per household (foyer): a spouse of 70 or more opens it too
	spouse := Unknown
	if c := p.Couple; c != nil && !*c {
		spouse = No
	}
	spouse70 := cond("Ou : son conjoint a 70 ans ou plus", "CSS art. L241-10 I a (par foyer)", spouse, boolSeen(p.Couple, "en couple : âge du conjoint inconnu", "seule"), "person.couple")
	apa := cond("Ou : elle reçoit l'APA", "CSS art. L241-10 I e", triOf(p.ReceivesAPA), boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA"), "person.receives_apa")
	if p.ReceivesPCH != nil && *p.ReceivesPCH {
		// c) the PCH opens it too (asked only when an incapacity of 50 % or more is known)
		apa = cond("Ou : elle reçoit la PCH", "CSS art. L241-10 I c", Yes, "reçoit la PCH")
	}
	// e) the loss of autonomy of the APA (GIR 1 to 4) is enough, even without the APA
	dep := f.girIn(1, 4)
	if dep == Yes && f.girEstimated {
		dep = Unknown // to be recognised by an evaluation
	}
	gir := cond("Ou : sa perte d'autonomie est reconnue (GIR 1 à 4)", "CSS art. L241-10 I e", dep, f.girSeen(), "person.gir")
	c := anyCond("La personne (ou son conjoint) a 70 ans ou plus, ou elle reçoit l'APA ou est en GIR 1 à 4", "CSS art. L241-10 I", age70, spouse70, apa, gir)
	if c.Result == No {
		// c) the PCH and the MTP open it too; the guide does not ask about them
		c.Seen += " : possible aussi avec la PCH ou une majoration pour tierce personne (MTP), à vérifier sur ses décisions"
	}
	r.add(c)
	if apa.Result == Yes || gir.Result == Yes {
		r.note("Avec l'APA ou une perte d'autonomie reconnue, l'exonération n'a pas de plafond.")
	} else {
		r.amount(f.amount("exoneration.plafond_mensuel"))
	}
	r.Relevant = f.need("household_help")
}

func ruleTeleassistance(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L232-3 (plan d'aide APA)"))
	r.Relevant = f.need("alarm")
	r.note("Peut être payée par le plan d'aide APA, ou par la caisse de retraite pour les GIR 5 et 6 ; ouvre droit au crédit d'impôt de 50 %.")
}

func rulePortageRepas(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L232-3 (plan d'aide APA)"))
	r.Relevant = f.need("meals")
}
