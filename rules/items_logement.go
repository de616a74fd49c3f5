package rules

// Housing: adaptation (MaPrimeAdapt', tax credit) and housing aids.

import (
	"time"
)

var ileDeFrance = map[string]bool{"75": true, "77": true, "78": true, "91": true, "92": true, "93": true, "94": true, "95": true}

func ruleMaPrimeAdapt(f *facts, r *ItemResult) {
	p := f.s.Person
	h, seen := Unknown, unknownSeen
	if p.Housing != nil {
		h = Bool(*p.Housing == "owner" || *p.Housing == "private_tenant")
		seen = SeenOf(FactHousing, *p.Housing)
	}
	if f.inInstitution() == Yes {
		// the prime adapts the home one lives in: a resident no longer occupies one
		h, seen = No, f.residenceSeen()
	}
	r.add(cond("La personne est propriétaire occupante ou locataire du parc privé", "Anah, règlement de MaPrimeAdapt'", h, seen, "person.housing"))
	age70 := f.ageAtLeast(70, "Anah, règlement de MaPrimeAdapt'")
	age60gir := cond("Ou : 60 à 69 ans avec un GIR évalué (1 à 6)", "Anah, règlement de MaPrimeAdapt'",
		And(f.age(func(a int) bool { return a >= 60 && a < 70 }), Bool(f.gir != 0 && !f.girEstimated)), f.ageSeen()+", "+f.girSeen(), "person.age", "person.gir")
	if f.gir == 0 || f.girEstimated {
		// a GIR estimated from the AGGIR answers is not an evaluation, but one can be asked for
		age60gir.Result = And(f.age(func(a int) bool { return a >= 60 && a < 70 }), Unknown)
		if f.girEstimated {
			age60gir.Seen += " : à faire évaluer"
		}
	}
	dis := cond("Ou : un taux d'incapacité d'au moins 50 %", "Anah, règlement de MaPrimeAdapt'", f.disability(func(d int) bool { return d >= 50 }), f.disabilitySeen(), "person.disability_rate")
	r.add(anyCond("La personne a 70 ans ou plus, ou 60 à 69 ans avec un GIR, ou une incapacité d'au moins 50 %", "Anah, règlement de MaPrimeAdapt'", age70, age60gir, dis))
	r.add(cond("Le revenu fiscal de référence du foyer est sous les plafonds de l'Anah (ménages modestes ou très modestes)", "Anah, barème de revenus", Unknown, "à vérifier sur l'avis d'impôt", "person.monthly_resources"))
	r.amount(f.amount("maprimeadapt.taux_tres_modeste"), f.amount("maprimeadapt.taux_modeste"), f.amount("maprimeadapt.plafond_travaux"))
	zone := "rfr"
	if ileDeFrance[f.department()] {
		zone = "rfr_idf"
	}
	size := "1" // persons in the tax household: a couple is two
	if c := p.Couple; c != nil && *c {
		size = "2"
	}
	r.amount(f.amount("maprimeadapt."+zone+".tres_modeste."+size), f.amount("maprimeadapt."+zone+".modeste."+size))
	r.Relevant = f.need("home_adaptation")
}

func ruleCreditImpotAdaptation(f *facts, r *ItemResult) {
	end := f.amount("credit_impot_adaptation.fin_depenses")
	var endDate time.Time
	if end.Found {
		endDate, _ = time.Parse("2006-01-02", end.Text)
	}
	period := Unknown
	seen := "après le " + end.Format() + " : prolongation non confirmée"
	if !endDate.IsZero() && !f.d.After(endDate) {
		period, seen = Yes, "dépenses payées jusqu'au "+end.Format()
	}
	r.add(cond("Les dépenses sont payées pendant la période couverte par la loi", "CGI art. 200 quater A", period, seen))
	r.add(anyCond("La personne est en perte d'autonomie (60 ans ou plus, GIR 1 à 4) ou handicapée", "CGI art. 200 quater A",
		cond("60 ans ou plus et GIR 1 à 4", "CGI art. 200 quater A", And(f.age(func(a int) bool { return a >= 60 }), f.girIn(1, 4)), f.ageSeen()+", "+f.girSeen(), "person.age", "person.gir"),
		cond("Incapacité d'au moins 50 %", "CGI art. 200 quater A", f.disability(func(d int) bool { return d >= 50 }), f.disabilitySeen(), "person.disability_rate")))
	// since 2024, only between a floor (above the MaPrimeAdapt' ceilings, so the two do not
	// add up) and a ceiling of income
	r.add(cond("Les revenus du foyer sont au-dessus des plafonds de MaPrimeAdapt' et sous le plafond du crédit d'impôt", "CGI art. 200 quater A (loi de finances 2024)", Unknown, "à vérifier sur l'avis d'impôt", "person.monthly_resources"))
	r.amount(f.amount("credit_impot_adaptation.taux"), f.amount("credit_impot_adaptation.plafond_seul"), f.amount("credit_impot_adaptation.plafond_couple"))
	if period == Unknown {
		r.note("La loi prévoyait ce crédit d'impôt pour les dépenses payées jusqu'au 31 décembre 2025 ; sa prolongation n'est pas confirmée. Vérifiez auprès des impôts avant d'engager des frais.")
	}
	r.Relevant = f.need("home_adaptation")
}

func ruleAidesLogement(f *facts, r *ItemResult) {
	p := f.s.Person
	t, seen := Unknown, unknownSeen
	switch {
	case p.Residence != nil && (*p.Residence == "institution" || *p.Residence == "residence_autonomie"):
		t, seen = Yes, f.residenceSeen()
	case p.Residence != nil && *p.Residence == "host_family":
		// the contract with the accueillant familial includes a rent for the room (D442-2)
		t, seen = Yes, f.residenceSeen()+" (loyer de la pièce)"
	case p.Housing != nil:
		t = Bool(*p.Housing == "private_tenant" || *p.Housing == "social_tenant")
		seen = SeenOf(FactHousing, *p.Housing)
	}
	r.add(cond("La personne paie un loyer ou un hébergement (locataire, EHPAD, résidence autonomie ou accueil familial)", "CCH art. L821-1 et CSS (APL, ALS)", t, seen, "person.housing", "person.residence"))
	r.add(cond("Ses ressources sont assez basses (la CAF ou la MSA calcule)", "CCH art. L822-1", Unknown, "calcul de la CAF", "person.monthly_resources"))
	r.note("Pas d'aide au logement pendant un hébergement temporaire.")
}
