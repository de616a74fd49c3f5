package rules

// The cost of an EHPAD in the plan (the same estimate as `aidants ehpad`) and the tax
// reduction for dependency and accommodation costs (CGI art. 199 quindecies).

// ehpadEstimate is the EHPAD estimate from the situation, when the prices, the GIR and the
// resources are known.
func (f *facts) ehpadEstimate() (EHPADEstimate, EHPADInput, bool) {
	p := f.s.Person
	if p.EHPADAccommodationDaily == nil || p.EHPADDependency56Daily == nil || p.MonthlyResources == nil || f.gir == 0 {
		return EHPADEstimate{}, EHPADInput{}, false
	}
	in := EHPADInput{GIR: f.gir, Accommodation: Cents(*p.EHPADAccommodationDaily), Dependency56: Cents(*p.EHPADDependency56Daily),
		Resources: Cents(*p.MonthlyResources), Couple: p.Couple != nil && *p.Couple, Department: f.department()}
	in.Dependency = in.Dependency56
	if p.EHPADDependencyDaily != nil {
		in.Dependency = Cents(*p.EHPADDependencyDaily)
	} else if f.gir <= 4 && f.p.InExperiment(in.Department, f.d) != Yes {
		return EHPADEstimate{}, in, false
	}
	e, err := f.p.EstimateEHPAD(in, f.d)
	if err != nil {
		return EHPADEstimate{}, in, false
	}
	return e, in, true
}

func figure(id, label string, c Cents, e EHPADEstimate, source string) *Quantity {
	return &Quantity{ID: id, Label: label, Unit: UnitEuros, Num: c, Found: true, AsOf: e.AsOf, Confidence: e.Confidence, Source: source}
}

var ehpadPriceFacts = []FactID{FactEHPADAccommodation, FactEHPADDependency56, FactEHPADDependency, FactGIR, FactMonthlyResources}

var entryResteAChargeEHPAD = &Entry{
	ID: "reste-a-charge-ehpad", Title: "Ce que l'EHPAD coûtera chaque mois (estimation)", For: "person", After: []string{"ehpad"}, Info: true,
	Relevant: []*Signal{institutionSignal},
	checks:   resteAChargeEHPADChecks,
	rule:     ruleResteAChargeEHPAD,
}

var resteAChargeEHPADChecks = []*Check{
	{Label: "Les prix de journée de l'établissement (hébergement, dépendance), le GIR et les ressources sont connus",
		Basis: "Contrat de séjour et prix affichés de l'établissement (CASF art. L311-4)", Facts: ehpadPriceFacts,
		eval: func(f *facts) verdict {
			if _, _, ok := f.ehpadEstimate(); ok {
				return is(Yes, "connus")
			}
			return verdict{r: Unknown, seen: "prix de journée, GIR ou ressources inconnus", paths: missingOf(f, ehpadPriceFacts)}
		}},
}

func ruleResteAChargeEHPAD(f *facts, r *ItemResult) {
	e, in, ok := f.ehpadEstimate()
	if !ok {
		r.note("Avec la grille de prix de l'établissement (prix de journée hébergement et tarifs dépendance) et les ressources, le guide estime le reste à payer chaque mois.")
		return
	}
	src := "Estimation : CASF art. R232-19 ; un mois = 365 jours ÷ 12"
	r.amount(figure("ehpad.reste_a_payer_mois", "Reste à payer estimé par mois (hébergement et dépendance, après l'APA)", e.ResidentMonth, e, src))
	if e.APAApplies {
		r.amount(figure("ehpad.apa_mois", "APA en établissement estimée, par mois", e.APAMonth, e, src))
	}
	if e.Shortfall > 0 {
		r.amount(figure("ehpad.manque_mois", "Ce qui manque chaque mois par rapport aux ressources", e.Shortfall, e, src))
	}
	if e.Experiment == Yes {
		r.note("Département de l'expérimentation 2025-2026 : pas d'APA en établissement, l'EHPAD facture une participation forfaitaire à la dépendance (" + FormatEuros(in.Dependency56) + " par jour).")
	}
	r.note("C'est une estimation, pas une facture : l'établissement et le département donnent les montants exacts.")
	r.note("Aide au logement à vérifier : APL si l'établissement est conventionné, sinon ALS ; elle réduit le reste à payer.")
}

func missingOf(f *facts, facts []FactID) []string {
	var buf [8]FactID // on the stack: f.list copies the list
	missing := buf[:0]
	for _, x := range facts {
		if !f.known(string(x)) {
			missing = append(missing, x)
		}
	}
	if len(missing) == 0 {
		return f.list(facts[:1])
	}
	return f.list(missing)
}

var entryReductionImpotEHPAD = &Entry{
	ID: "reduction-impot-ehpad", Title: "Réduction d'impôt pour les frais d'EHPAD", For: "person", After: []string{"ehpad"},
	checks:  reductionImpotEHPADChecks,
	amounts: []string{"reduction_ehpad.taux", "reduction_ehpad.plafond"},
	rule:    ruleReductionImpotEHPAD,
}

var reductionImpotEHPADChecks = []*Check{
	{Label: "La personne est accueillie en EHPAD, en unité de soins de longue durée ou en établissement pour personnes âgées, et paie des frais de dépendance",
		Basis: "CGI art. 199 quindecies ; CASF art. L312-1 I 6°", Facts: []FactID{FactResidence},
		Unsettled: "une résidence autonomie ne compte que si elle facture des frais de dépendance",
		eval: func(f *facts) verdict {
			place, seen := f.inInstitution(), f.residenceSeen()
			if res := f.s.Person.Residence; res != nil && *res == "residence_autonomie" {
				// a résidence autonomie is an establishment of L312-1 I 6°, but the reduction needs
				// dependency costs, not only accommodation (BOI-IR-RICI-140)
				place, seen = Unknown, seen+" : si elle facture des frais de dépendance"
			}
			return is(place, seen)
		}},
	{Label: "{Elle|Il|La personne} paie de l'impôt sur le revenu (c'est une réduction, pas un crédit d'impôt : rien n'est remboursé à une personne non imposable)",
		Basis: "CGI art. 199 quindecies", Unsettled: "le guide ne demande pas si la personne est imposable",
		eval: func(*facts) verdict { return is(Unknown, "à vérifier sur l'avis d'imposition") }},
}

func ruleReductionImpotEHPAD(f *facts, r *ItemResult) {
	r.amount(f.amount("reduction_ehpad.taux"), f.amount("reduction_ehpad.plafond"))
	if e, _, ok := f.ehpadEstimate(); ok && e.TaxRate.Found && e.TaxCeiling.Found {
		r.amount(figure("reduction_ehpad.estimation", "Réduction d'impôt estimée par an (25 % des frais payés, dans la limite du plafond)", e.TaxReduction, e, "CGI art. 199 quindecies ; frais payés estimés à "+FormatEuros(e.YearlyCost)+" par an"))
	}
	r.note("Les aides reçues (APA, aide au logement, aide sociale) se déduisent des frais retenus ; les frais de soins ne comptent pas.")
}
