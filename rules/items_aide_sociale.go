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

func receivesASPA(f *facts) bool { return isTrue(f.s.Person.ReceivesASPA) }

var aspaAge65 = ageCheck(65, "CSS art. L815-1 et R815-1")

// from 62 with an incapacity of at least 50 % or an unfitness for work (inaptitude),
// which the guide does not ask: a lower rate does not settle it
var aspaAge62 = &Check{Label: "Ou : 62 ans ou plus avec une incapacité d'au moins 50 % (ou une inaptitude au travail)", Basis: "CSS art. L815-1",
	Facts: []FactID{FactAge, FactDisabilityRate}, Unsettled: "le guide ne demande pas l'inaptitude au travail",
	eval: func(f *facts) verdict {
		dis50 := f.disability(func(d int) bool { return d >= 50 })
		age62 := f.age(func(a int) bool { return a >= 62 })
		v := is(And(age62, Or(dis50, Unknown)), f.ageSeen()+", incapacité "+f.disabilitySeen())
		if v.r == Unknown && dis50 == No && age62 == Yes {
			v.seen += " : possible avec une inaptitude au travail reconnue"
			v.noFacts = true
		}
		return v
	}}

// resourcesCheck: the resources are under the ASPA's ceiling (single or couple).
func resourcesCheck(label, basis string) *Check {
	return &Check{Label: label, Basis: basis, Facts: []FactID{FactMonthlyResources, FactCouple}, Params: []string{"aspa.seul", "aspa.couple"},
		eval: func(f *facts) verdict {
			ceil := f.aspaCeiling()
			v := verdict{r: f.resourcesUnder(ceil), seen: f.resourcesSeen()}
			if !f.noText {
				v.label = label + " (" + ceil.Format() + " par mois)"
			}
			return v
		}}
}

var entryASPA = &Entry{
	ID: "aspa", Title: "Allocation de solidarité aux personnes âgées (ASPA)", For: "person",
	checks:  aspaChecks,
	amounts: []string{"aspa.couple", "aspa.seul"},
	rule:    ruleASPA,
}

var aspaChecks = []*Check{
	{Label: "La personne reçoit déjà l'ASPA", Basis: "CSS art. L815-1", Facts: []FactID{FactReceivesASPA},
		When: "si elle reçoit déjà l'ASPA", when: receivesASPA, eval: func(*facts) verdict { return is(Yes, "oui") }},
	{Label: "La personne a 65 ans ou plus (62 ans en cas d'inaptitude ou d'incapacité d'au moins 50 %)", Basis: "CSS art. L815-1 et R815-1",
		Any: []*Check{aspaAge65, aspaAge62}, When: "si elle ne reçoit pas encore l'ASPA", when: func(f *facts) bool { return !receivesASPA(f) },
		eval: func(f *facts) verdict {
			a65 := aspaAge65.decide(f)
			if a65.r == Yes {
				a65.label = aspaAge65.Label // the single alternative that settles it
				return a65
			}
			v := f.anyOf([]*Check{aspaAge65, aspaAge62})
			if a65.r == No {
				v.seen = aspaAge62.decide(f).seen // the age is already in it
			}
			return v
		}},
	withWhen(resourcesCheck("Les ressources sont sous le plafond de l'ASPA", "CSS art. L815-9"), "si elle ne reçoit pas encore l'ASPA", func(f *facts) bool { return !receivesASPA(f) }),
}

func ruleASPA(f *facts, r *ItemResult) {
	p := f.s.Person
	ceil := f.aspaCeiling()
	r.amount(ceil)
	if receivesASPA(f) {
		return
	}
	if res, ok := f.resources(); ok && ceil.Found && res < ceil.Num && p.Couple != nil {
		r.amount(f.computed(Quantity{ID: "aspa.estimation", Label: "ASPA estimée (plafond moins ressources), par mois", Unit: UnitEuros, Num: ceil.Num - res, Found: true, AsOf: ceil.AsOf, Confidence: Computed, Source: "CSS art. L815-9 (allocation différentielle) ; la caisse compte toutes les ressources"}))
	}
	r.note("L'ASPA peut être récupérée sur la succession, au-delà d'un certain montant.")
}

// age65or60Unfit is the age condition of social aid to the elderly (CASF art. L113-1):
// 65 years, or 60 for a person recognised unfit for work. The guide does not ask about
// unfitness, so 60 to 64 stays to check rather than refused.
var age65or60Unfit = &Check{Label: "La personne a 65 ans ou plus (60 ans si elle est reconnue inapte au travail)", Basis: "CASF art. L113-1",
	Facts: []FactID{FactAge}, Unsettled: "de 60 à 64 ans, le guide ne demande pas l'inaptitude au travail",
	eval: func(f *facts) verdict {
		if a := f.s.Person.Age; a != nil && *a >= 60 && *a < 65 {
			return verdict{r: Unknown, seen: f.ageSeen() + " : possible dès 60 ans avec une inaptitude au travail reconnue", noFacts: true}
		}
		return is(f.age(func(a int) bool { return a >= 65 }), f.ageSeen())
	}}

var entryAideMenagereDepartement = &Entry{
	ID: "aide-menagere-departement", Title: "Aide ménagère du département (aide sociale)", For: "person",
	Relevant: []*Signal{householdHelpSignal},
	checks:   aideMenagereChecks,
	amounts:  []string{"aide_menagere.heures_max"},
	rule:     ruleAideMenagere,
}

var aideMenagereChecks = []*Check{
	age65or60Unfit,
	// The APA is the relevant aid when the GIR is 1 to 4 (L232-23: no cumulation).
	{Label: "La personne ne relève pas de l'APA (GIR 5 ou 6, pas d'APA)", Basis: "CASF art. L232-23", Facts: []FactID{FactGIR},
		eval: func(f *facts) verdict {
			if isTrue(f.s.Person.ReceivesAPA) {
				return is(No, "reçoit l'APA")
			}
			return is(Not(f.girIn(1, 4)), f.girSeen())
		}},
	resourcesCheck("Les ressources ne dépassent pas le plafond de l'ASPA", "CASF art. L231-1 et R231-2"),
	homeCheck("La personne vit à domicile", "CASF art. L231-1"),
}

func ruleAideMenagere(f *facts, r *ItemResult) {
	r.amount(f.amount("aide_menagere.heures_max"))
	r.note(f.say("Le département fixe une petite participation par heure. Pas d'obligation alimentaire pour cette aide ; récupération possible sur la succession au-delà de ", f.amountText("recuperation.seuil_actif"), "."))
}

var entryAideSocialeHebergement = &Entry{
	ID: "aide-sociale-hebergement", Title: "Aide sociale à l'hébergement (ASH)", For: "person", After: []string{"ehpad"},
	checks:  ashChecks,
	amounts: []string{"ash.reste_a_vivre"},
	rule:    ruleASH,
}

var ashChecks = []*Check{
	age65or60Unfit,
	// placement in an establishment or with a host family (L231-4); the host family's
	// agrément is an habilitation to receive aid beneficiaries unless it says otherwise
	// (L441-1); a résidence autonomie must be habilitée
	{Label: "La personne vit ou va vivre en établissement (ou chez un accueillant familial) habilité à l'aide sociale", Basis: "CASF art. L231-4 et L441-1",
		Facts: []FactID{FactResidence}, Unsettled: "une résidence autonomie doit être habilitée à l'aide sociale (à demander)",
		eval: func(f *facts) verdict {
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
			return is(place, seen)
		}},
	// settled by the EHPAD estimate when the daily prices, the GIR and the resources are known
	{Label: "Ses ressources ne suffisent pas à payer l'hébergement", Basis: "CASF art. L132-1", Facts: []FactID{FactMonthlyResources, FactEHPADAccommodation},
		Unsettled: "sans les prix de journée de l'établissement, le département compare les ressources au prix de journée",
		eval: func(f *facts) verdict {
			if e, _, ok := f.ehpadEstimate(); ok {
				if f.noText {
					return is(Bool(e.ASH.Possible), "")
				}
				return is(Bool(e.ASH.Possible), FormatEuros(Cents(*f.s.Person.MonthlyResources))+" par mois pour un reste à payer estimé à "+FormatEuros(e.ResidentMonth))
			}
			return is(Unknown, "à comparer au prix de journée")
		}},
}

func ruleASH(f *facts, r *ItemResult) {
	if e, _, ok := f.ehpadEstimate(); ok && e.ASH.Possible && e.ASH.Minimum.Found && e.ASH.Share.Found {
		src := "CASF art. L132-1, R231-6 ; estimation"
		r.amount(figure("ash.part_etablissement", "Part des ressources versée à l'établissement (90 %), par mois", e.ASH.ToEstablishment, e, src),
			figure("ash.garde_mois", "Somme gardée par le résident, par mois", e.ASH.Kept, e, src),
			figure("ash.reste_famille_departement", "Reste demandé aux enfants (obligation alimentaire) puis payé par le département, par mois", e.ASH.Remaining, e, src))
	}
	r.amount(f.amount("ash.reste_a_vivre"))
	r.note("L'ASH est récupérable sur la succession dès le premier euro. Les enfants sont sollicités au titre de l'obligation alimentaire (pas les petits-enfants depuis le 10 avril 2024).")
}

var entryObligationAlimentaire = &Entry{
	ID: "obligation-alimentaire", Title: "Obligation alimentaire des enfants", For: "caregiver", Info: true,
	Relevant: []*Signal{institutionSignal, childOrInLawSignal},
}
