package rules

// APA: at home, in an establishment, in an emergency (CASF art. L232-1 et s.).

func receivesAPA(f *facts) bool    { return isTrue(f.s.Person.ReceivesAPA) }
func notReceivesAPA(f *facts) bool { return !isTrue(f.s.Person.ReceivesAPA) }

const apaHomeLabel = "La personne vit à domicile (chez elle, chez un proche, en accueil familial ou en résidence autonomie)"

var entryAPADomicile = &Entry{
	ID: "apa-domicile", Title: "Allocation personnalisée d'autonomie (APA) à domicile", For: "person",
	checks:  apaDomicileChecks,
	amounts: []string{"apa.plafond.gir1", "apa.plafond.gir2", "apa.plafond.gir3", "apa.plafond.gir4", "apa.seuil_sans_participation"},
	rule:    ruleAPADomicile,
	Urgent:  []*Signal{urgentSignal},
}

// apaDomicileChecks: the APA at home (CASF L232-1 et s.). For a person who already
// receives it, what the plan checks is that she still lives at home and is in GIR 1 to 4.
var apaDomicileChecks = []*Check{
	{Label: "La personne reçoit déjà l'APA", Basis: "CASF art. L232-2", Facts: []FactID{FactReceivesAPA},
		When: "si elle reçoit déjà l'APA", when: receivesAPA,
		eval: func(*facts) verdict { return is(Yes, "oui") }},
	withWhen(homeCheck(apaHomeLabel, "CASF art. L232-5"), "si elle reçoit déjà l'APA", receivesAPA),
	// the APA implies a GIR 1 to 4; a GIR 5 or 6 now means the APA stops at the next review
	{Label: "La personne est en GIR 1 à 4", Basis: "CASF art. L232-2 et R232-4", Facts: []FactID{FactGIR},
		When: "si elle reçoit déjà l'APA (l'APA accordée vaut GIR 1 à 4 quand le GIR n'est pas donné)", when: receivesAPA,
		eval: func(f *facts) verdict {
			if f.gir == 0 {
				return is(Yes, "GIR 1 à 4 (l'APA est accordée)")
			}
			return is(f.girIn(1, 4), f.girSeen())
		}},
	withWhen(ageCheck(60, "CASF art. L232-1 et R232-1"), "si elle ne reçoit pas encore l'APA", notReceivesAPA),
	withWhen(girCheck(1, 4, "La personne est en GIR 1 à 4 (perte d'autonomie évaluée avec la grille AGGIR)", "CASF art. L232-2 et R232-4"), "si elle ne reçoit pas encore l'APA", notReceivesAPA),
	withWhen(homeCheck(apaHomeLabel, "CASF art. L232-5"), "si elle ne reçoit pas encore l'APA", notReceivesAPA),
	{Label: "La personne ne touche pas la PCH (l'APA et la PCH ne se cumulent pas)", Basis: "CASF art. L232-23", Facts: []FactID{FactReceivesPCH},
		When: "si elle touche la PCH", when: func(f *facts) bool { return isTrue(f.s.Person.ReceivesPCH) },
		eval: func(*facts) verdict {
			return is(No, "{elle touche la PCH : elle peut|il touche la PCH : il peut} la garder ou choisir l'APA, comparez avec le département")
		}},
}

// apaCeilingID is the id of the monthly ceiling of the APA plan for GIR 1 to 4.
var apaCeilingID = [...]string{1: "apa.plafond.gir1", 2: "apa.plafond.gir2", 3: "apa.plafond.gir3", 4: "apa.plafond.gir4"}

func ruleAPADomicile(f *facts, r *ItemResult) {
	p := f.s.Person
	if receivesAPA(f) && f.atHome() != No {
		r.note("L'APA est déjà accordée : si l'état de santé s'aggrave ou si l'aidant s'épuise, demandez une révision du plan d'aide au département.")
	}
	if f.girEstimated {
		r.note("GIR estimé à partir des réponses à la grille AGGIR : seule l'équipe médico-sociale du département fixe le GIR.")
	}
	switch {
	case f.gir >= 1 && f.gir <= 4:
		r.amount(f.amount(apaCeilingID[f.gir]))
	case f.gir == 0:
		for g := 1; g <= 4; g++ {
			r.amount(f.amount(apaCeilingID[g]))
		}
	}
	res, ok := f.resources()
	if f.gir >= 1 && f.gir <= 4 && ok && p.APAPlanAmount != nil {
		in := APAInput{GIR: f.gir, Plan: Cents(*p.APAPlanAmount), Resources: res,
			Couple: p.Couple != nil && *p.Couple, ReceivesASPA: p.ReceivesASPA != nil && *p.ReceivesASPA}
		if out, err := f.p.ComputeAPA(in, f.d); err == nil {
			r.amount(
				f.computed(Quantity{ID: "apa.participation", Label: "Estimation : participation de la personne, par mois", Unit: UnitEuros, Num: out.Participation, Found: true, AsOf: out.AsOf, Confidence: out.Confidence, Source: "CASF art. R232-11"}),
				f.computed(Quantity{ID: "apa.montant", Label: "Estimation : APA versée, par mois", Unit: UnitEuros, Num: out.APA, Found: true, AsOf: out.AsOf, Confidence: out.Confidence, Source: "CASF art. R232-10 et R232-11"}),
			)
			if out.BelowMinimum {
				r.note("Le montant calculé est sous le minimum versé (" + out.Minimum.Format() + " par mois) : l'APA ne serait pas versée (CASF art. D232-31).")
			}
			if in.Plan > out.PlanRetained {
				r.note("Le plan indiqué dépasse le plafond du GIR : le calcul retient le plafond.")
			}
		}
	} else if f.gir >= 1 && f.gir <= 4 && ok {
		// no plan yet: what the APA would be if the plan reaches the ceiling of the GIR
		in := APAInput{GIR: f.gir, Plan: MaxEuros, Resources: res,
			Couple: p.Couple != nil && *p.Couple, ReceivesASPA: p.ReceivesASPA != nil && *p.ReceivesASPA}
		if out, err := f.p.ComputeAPA(in, f.d); err == nil {
			r.amount(
				f.computed(Quantity{ID: "apa.participation_plafond", Label: "Plafond : participation de la personne si le plan atteint le plafond, par mois", Unit: UnitEuros, Num: out.Participation, Found: true, AsOf: out.AsOf, Confidence: out.Confidence, Source: "CASF art. R232-11"}),
				f.computed(Quantity{ID: "apa.montant_plafond", Label: "Plafond : APA au plus (plan d'aide au plafond), par mois", Unit: UnitEuros, Num: out.APA, Found: true, AsOf: out.AsOf, Confidence: out.Confidence, Source: "CASF art. R232-10 et R232-11"}),
			)
		}
		r.note("Estimation au plafond : le plan d'aide réel est souvent plus bas. Avec le montant du plan proposé par le département, le calcul devient exact.")
	} else if f.gir >= 1 && f.gir <= 4 {
		r.note("Pour estimer l'APA, indiquez les ressources mensuelles de la personne (et le montant du plan d'aide s'il est connu).")
	}
	r.amount(f.amount("apa.seuil_sans_participation"))
	// the two beliefs that keep families from asking (non-recours): say it every time
	r.note("L'APA n'est jamais reprise sur l'héritage et on ne demande rien aux enfants (CASF art. L232-19 et L232-24). Elle n'a pas de condition de ressources : les revenus changent seulement la part payée par la personne.")
}

var entryAPAUrgence = &Entry{
	ID: "apa-urgence", Title: "APA en urgence", For: "person",
	checks:  apaUrgenceChecks,
	amounts: []string{"apa.urgence", "apa.etablissement.urgence_taux"},
	rule:    ruleAPAUrgence,
	Urgent:  []*Signal{urgentSignal},
}

// apaUrgenceChecks: the emergency APA (CASF L232-12), at home and in an establishment
// (R232-29), except where the département no longer pays the APA in an establishment
// (2025-2026 experiment).
var apaUrgenceChecks = []*Check{
	boolCheck("La situation est urgente (urgence médicale ou sociale)", "CASF art. L232-12", FactUrgent, true, "oui", "non"),
	boolCheck("La personne ne reçoit pas encore l'APA", "CASF art. L232-12", FactReceivesAPA, false, "{elle|il} la reçoit", "pas encore"),
	ageCheck(60, "CASF art. L232-1"),
	{Label: "La personne vit à domicile, ou en établissement dans un département qui y verse l'APA", Basis: "CASF art. L232-12 et R232-29",
		Facts: []FactID{FactResidence, FactDepartment, FactCommune},
		eval: func(f *facts) verdict {
			if f.atHome() != No {
				return verdict{r: f.atHome(), seen: f.residenceSeen(), facts: onlyResidence}
			}
			t, seen := f.fusionPaysAPA()
			return verdict{r: t, seen: f.residenceSeen() + ", " + seen, facts: f.fusionFacts()}
		}},
}

func ruleAPAUrgence(f *facts, r *ItemResult) {
	switch f.atHome() {
	case Yes:
		r.amount(f.amount("apa.urgence"))
	case No:
		r.amount(f.amount("apa.etablissement.urgence_taux"))
	default:
		r.amount(f.amount("apa.urgence"), f.amount("apa.etablissement.urgence_taux"))
	}
}

// fusionPaysAPA reports whether the person's département pays the APA in an establishment
// at the evaluation date: not in the départements of the 2025-2026 experiment where the
// assurance maladie pays for dependency care in EHPAD (LFSS 2024 art. 79, décret n°
// 2025-168). Its period and départements are the dated parameter
// ehpad.experimentation.departements; after the planned end, a listed département is
// unknown (the extension is not confirmed), with a note to check locally.
func (f *facts) fusionPaysAPA() (Tri, string) {
	e := f.p.Experiment(f.d)
	if !e.InForce {
		return Yes, "hors période de l'expérimentation"
	}
	dep, terr := f.department(), f.s.Person.Territory
	if dep == "" {
		return Unknown, unknownSeen
	}
	code, name := dep, f.say("département ", dep)
	switch {
	case terr == "69M": // settled from the commune: the Métropole de Lyon
		code, name = terr, "Métropole de Lyon"
	case dep == "69" && terr == "69": // a commune of the Rhône outside the Métropole
		return Yes, "Rhône, hors Métropole de Lyon"
	}
	switch f.p.InExperiment(code, f.d) {
	case Yes:
		return No, f.say(name, " (expérimentation : financement par l'assurance maladie)")
	case Unknown:
		if e.Confirmed {
			return Unknown, "Rhône : dépend de la commune (Métropole de Lyon ou non)"
		}
		if f.noText {
			return Unknown, ""
		}
		return Unknown, name + " : expérimentation prévue jusqu'au " + FrenchDate(e.Until) + ", prolongation non confirmée, à vérifier auprès du département"
	}
	return Yes, name
}

// fusionFacts is the fact that would settle fusionPaysAPA: the commune in the Rhône (the
// Métropole de Lyon or not), else the département.
func (f *facts) fusionFacts() []FactID {
	if f.department() == "69" && f.s.Person.Territory == "" {
		return onlyCommune
	}
	return onlyDepartment
}

var onlyCommune = []FactID{FactCommune}

// inFusionPeriod: the experiment's list applies (confirmed or, after its planned end, unsure).
func inFusionPeriod(f *facts) bool { return f.p.Experiment(f.d).InForce }

var entryAPAEtablissement = &Entry{
	ID: "apa-etablissement", Title: "APA en établissement", For: "person",
	checks:  apaEtablissementChecks,
	amounts: []string{"ehpad.experimentation.participation_jour", "apa.etablissement.seuil_bas", "apa.etablissement.seuil_haut"},
	rule:    ruleAPAEtablissement,
}

// apaEtablissementChecks: the APA in an establishment (CASF L232-8), where the département
// still pays it (LFSS 2024 art. 79).
var apaEtablissementChecks = []*Check{
	ageCheck(60, "CASF art. L232-1"),
	girCheck(1, 4, "La personne est en GIR 1 à 4", "CASF art. L232-2"),
	{Label: "La personne vit en établissement (EHPAD, USLD)", Basis: "CASF art. L232-8", Facts: []FactID{FactResidence},
		eval: func(f *facts) verdict { return is(f.inInstitution(), f.residenceSeen()) }},
	{Label: "Le département finance la dépendance en EHPAD par l'APA (hors expérimentation 2025-2026)", Basis: "LFSS 2024 art. 79 ; décret n° 2025-168",
		Facts: []FactID{FactDepartment, FactCommune}, When: "à partir du 1er juillet 2025 (expérimentation prévue jusqu'au 31 décembre 2026)", when: inFusionPeriod,
		eval: func(f *facts) verdict {
			v := is(f.fusionPaysAPA())
			v.facts = f.fusionFacts()
			return v
		}},
}

func ruleAPAEtablissement(f *facts, r *ItemResult) {
	if e := f.p.Experiment(f.d); e.InForce {
		t, _ := f.fusionPaysAPA()
		switch {
		case t == No:
			r.note("Dans ce département, pendant l'expérimentation, la dépendance en EHPAD est payée par l'assurance maladie : il n'y a pas de demande d'APA en établissement à faire. Le résident paie à l'établissement une participation journalière forfaitaire aux dépenses d'entretien de l'autonomie (décret n° 2025-168, art. 3).")
			r.amount(f.amount("ehpad.experimentation.participation_jour"))
		case t == Unknown && !e.Confirmed && f.department() != "":
			r.note("L'expérimentation du financement des EHPAD par l'assurance maladie était prévue jusqu'au " + FrenchDate(e.Until) + " dans ce département ; sa prolongation n'est pas confirmée. Demandez au département ou à l'établissement si l'APA en établissement est de nouveau versée.")
		}
	}
	r.amount(f.amount("apa.etablissement.seuil_bas"), f.amount("apa.etablissement.seuil_haut"))
}
