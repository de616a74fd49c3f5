package rules

// Housing: adaptation (MaPrimeAdapt', tax credit) and housing aids.

var ileDeFrance = map[string]bool{"75": true, "77": true, "78": true, "91": true, "92": true, "93": true, "94": true, "95": true}

var maprimeadaptAlternatives = []*Check{
	ageCheck(70, "Anah, règlement de MaPrimeAdapt'"),
	{Label: "Ou : 60 à 69 ans avec un GIR évalué (1 à 6)", Basis: "Anah, règlement de MaPrimeAdapt'", Facts: []FactID{FactAge, FactGIR},
		eval: func(f *facts) verdict {
			age := f.age(func(a int) bool { return a >= 60 && a < 70 })
			seen := f.ageSeen() + ", " + f.girSeen()
			if f.gir == 0 || f.girEstimated {
				// a GIR estimated from the AGGIR answers is not an evaluation, but one can be asked for
				if f.girEstimated {
					seen += " : à faire évaluer"
				}
				// unknown until a GIR is evaluated: the plan asks for it (person.gir)
				return is(And(age, Unknown), seen)
			}
			return is(age, seen)
		}},
	{Label: "Ou : un taux d'incapacité d'au moins 50 %", Basis: "Anah, règlement de MaPrimeAdapt'", Facts: []FactID{FactDisabilityRate},
		eval: func(f *facts) verdict {
			return is(f.disability(func(d int) bool { return d >= 50 }), f.disabilitySeen())
		}},
}

var entryMaPrimeAdapt = &Entry{
	ID: "maprimeadapt", Title: "MaPrimeAdapt' (adapter le logement)", For: "person", Service: true,
	Relevant: []*Signal{homeAdaptationSignal},
	checks:   maprimeadaptChecks,
	amounts:  []string{"maprimeadapt.taux_tres_modeste", "maprimeadapt.taux_modeste", "maprimeadapt.plafond_travaux", "maprimeadapt.rfr.tres_modeste.2", "maprimeadapt.rfr.modeste.2", "maprimeadapt.rfr.tres_modeste.1", "maprimeadapt.rfr.modeste.1", "maprimeadapt.rfr_idf.tres_modeste.2", "maprimeadapt.rfr_idf.modeste.2", "maprimeadapt.rfr_idf.tres_modeste.1", "maprimeadapt.rfr_idf.modeste.1"},
	rule:     ruleMaPrimeAdapt,
}

var maprimeadaptChecks = []*Check{
	{Label: "La personne, ou le foyer qui l'héberge, est propriétaire occupant ou locataire du parc privé", Basis: "Anah, règlement de MaPrimeAdapt' (« vous ou un membre de votre foyer »)", Facts: []FactID{FactHousing},
		eval: func(f *facts) verdict {
			if f.inInstitution() == Yes {
				// the prime adapts the home one lives in: a resident no longer occupies one
				return is(No, f.residenceSeen())
			}
			if maprimeadaptHosted(f) {
				// the household that hosts her may apply: « vous ou un membre de votre foyer »
				// is 70 or over (Anah); what counts is then the host's status and income
				return verdict{r: Unknown, seen: "{hébergée|hébergé} : le foyer qui l'héberge peut la demander s'il est propriétaire occupant ou locataire du parc privé, avec ses propres revenus", noFacts: true}
			}
			if h := f.s.Person.Housing; h != nil {
				return is(Bool(*h == "owner" || *h == "private_tenant"), f.seenOf(FactHousing, *h))
			}
			return is(Unknown, unknownSeen)
		}},
	{Label: "La personne a 70 ans ou plus, ou 60 à 69 ans avec un GIR, ou une incapacité d'au moins 50 %", Basis: "Anah, règlement de MaPrimeAdapt'",
		Any: maprimeadaptAlternatives},
	{Label: "Le revenu fiscal de référence du foyer est sous les plafonds de l'Anah (ménages modestes ou très modestes)", Basis: "Anah, barème de revenus",
		Facts: []FactID{FactMonthlyResources}, Unsettled: "le guide ne demande pas le revenu fiscal de référence : à lire sur l'avis d'impôt",
		eval: func(f *facts) verdict {
			if maprimeadaptHosted(f) {
				return is(Unknown, "revenus du foyer qui l'héberge, à vérifier sur son avis d'impôt")
			}
			return is(Unknown, "à vérifier sur l'avis d'impôt")
		}},
}

// maprimeadaptHosted: she is hosted by someone (not in an establishment), whose household
// may apply for her.
func maprimeadaptHosted(f *facts) bool {
	h := f.s.Person.Housing
	return h != nil && *h == "hosted" && f.inInstitution() != Yes
}

// maprimeadaptCeilings are the income ceilings (very modest, modest) by zone (outside or
// in Île-de-France) and number of persons in the tax household (1 or 2).
var maprimeadaptCeilings = [2][2][2]string{
	{{"maprimeadapt.rfr.tres_modeste.1", "maprimeadapt.rfr.modeste.1"}, {"maprimeadapt.rfr.tres_modeste.2", "maprimeadapt.rfr.modeste.2"}},
	{{"maprimeadapt.rfr_idf.tres_modeste.1", "maprimeadapt.rfr_idf.modeste.1"}, {"maprimeadapt.rfr_idf.tres_modeste.2", "maprimeadapt.rfr_idf.modeste.2"}},
}

func ruleMaPrimeAdapt(f *facts, r *ItemResult) {
	p := f.s.Person
	r.amount(f.amount("maprimeadapt.taux_tres_modeste"), f.amount("maprimeadapt.taux_modeste"), f.amount("maprimeadapt.plafond_travaux"))
	zone := 0
	if ileDeFrance[f.department()] {
		zone = 1
	}
	size := 0 // persons in the tax household: a couple is two
	if c := p.Couple; c != nil && *c {
		size = 1
	}
	ids := maprimeadaptCeilings[zone][size]
	r.amount(f.amount(ids[0]), f.amount(ids[1]))
}

var creditAdaptationPeriod = &Check{Label: "Les dépenses sont payées pendant la période couverte par la loi", Basis: "CGI art. 200 quater A",
	Params: []string{"credit_impot_adaptation.fin_depenses"},
	eval: func(f *facts) verdict {
		const id = "credit_impot_adaptation.fin_depenses"
		if endDate, ok := f.amountDate(id); ok && !endDate.IsZero() && !f.d.After(endDate) {
			return is(Yes, f.say("dépenses payées jusqu'au ", f.amountText(id)))
		}
		return verdict{r: Unknown, seen: f.say("après le ", f.amountText(id), " : prolongation non confirmée"), noFacts: true}
	}}

var entryCreditImpotAdaptation = &Entry{
	ID: "credit-impot-adaptation", Title: "Crédit d'impôt pour équipements d'adaptation du logement", For: "person", After: []string{"maprimeadapt"}, Service: true,
	Relevant: []*Signal{homeAdaptationSignal},
	checks:   creditImpotAdaptationChecks,
	amounts:  []string{"credit_impot_adaptation.taux", "credit_impot_adaptation.plafond_seul", "credit_impot_adaptation.plafond_couple"},
	rule:     ruleCreditImpotAdaptation,
}

var creditImpotAdaptationChecks = []*Check{
	creditAdaptationPeriod,
	{Label: "La personne est en perte d'autonomie (60 ans ou plus, GIR 1 à 4) ou handicapée", Basis: "CGI art. 200 quater A", Any: []*Check{
		{Label: "60 ans ou plus et GIR 1 à 4", Basis: "CGI art. 200 quater A", Facts: []FactID{FactAge, FactGIR},
			eval: func(f *facts) verdict {
				return is(And(f.age(func(a int) bool { return a >= 60 }), f.girIn(1, 4)), f.ageSeen()+", "+f.girSeen())
			}},
		{Label: "Incapacité d'au moins 50 %", Basis: "CGI art. 200 quater A", Facts: []FactID{FactDisabilityRate},
			eval: func(f *facts) verdict {
				return is(f.disability(func(d int) bool { return d >= 50 }), f.disabilitySeen())
			}},
	}},
	// since 2024, only between a floor (above the MaPrimeAdapt' ceilings, so the two do not
	// add up) and a ceiling of income
	askedCheck("Les revenus du foyer sont au-dessus des plafonds de MaPrimeAdapt' et sous le plafond du crédit d'impôt", "CGI art. 200 quater A (loi de finances 2024)",
		"à vérifier sur l'avis d'impôt", FactMonthlyResources, "le guide ne demande pas le revenu fiscal de référence : à lire sur l'avis d'impôt"),
}

func ruleCreditImpotAdaptation(f *facts, r *ItemResult) {
	period := creditAdaptationPeriod.decide(f).r
	r.amount(f.amount("credit_impot_adaptation.taux"), f.amount("credit_impot_adaptation.plafond_seul"), f.amount("credit_impot_adaptation.plafond_couple"))
	if period == Unknown {
		r.note("La loi prévoyait ce crédit d'impôt pour les dépenses payées jusqu'au 31 décembre 2025 ; sa prolongation n'est pas confirmée. Vérifiez auprès des impôts avant d'engager des frais.")
	}
}

var entryAidesLogement = &Entry{
	ID: "aides-logement", Title: "Aides au logement (APL, ALS)", For: "person",
	checks: aidesLogementChecks,
	rule:   ruleAidesLogement,
}

var aidesLogementChecks = []*Check{
	{Label: "La personne paie un loyer ou un hébergement (locataire, EHPAD, résidence autonomie ou accueil familial)", Basis: "CCH art. L821-1 et CSS (APL, ALS)",
		Facts: []FactID{FactHousing, FactResidence},
		eval: func(f *facts) verdict {
			p := f.s.Person
			switch {
			case p.Residence != nil && (*p.Residence == "institution" || *p.Residence == "residence_autonomie"):
				return is(Yes, f.residenceSeen())
			case p.Residence != nil && *p.Residence == "host_family":
				// the contract with the accueillant familial includes a rent for the room (D442-2)
				return is(Yes, f.residenceSeen()+" (loyer de la pièce)")
			case p.Housing != nil:
				return is(Bool(*p.Housing == "private_tenant" || *p.Housing == "social_tenant"), f.seenOf(FactHousing, *p.Housing))
			}
			return is(Unknown, unknownSeen)
		}},
	askedCheck("Ses ressources sont assez basses (la CAF ou la MSA calcule)", "CCH art. L822-1", "calcul de la CAF", FactMonthlyResources,
		"la CAF ou la MSA fait le calcul"),
}

func ruleAidesLogement(f *facts, r *ItemResult) {
	r.note("Pas d'aide au logement pendant un hébergement temporaire.")
}
