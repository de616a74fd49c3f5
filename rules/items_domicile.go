package rules

import "strconv"

// Services and employment at home: SAD, CESU, tax credit, employer exemption, téléassistance, meals.

var entryServicesAutonomieDomicile = &Entry{
	ID: "services-autonomie-domicile", Title: "Services autonomie à domicile (SAD)", For: "person", Service: true,
	Relevant: []*Signal{householdHelpSignal, gir1to4Signal},
	// the GIR says who pays the hours: the APA's plan d'aide in GIR 1 to 4 (CASF L232-3),
	// valued at least at the tarif minimal (L314-2-1 I 1°); not the APA in GIR 5 or 6
	Refines: []FactID{FactGIR},
	checks:  sadChecks,
	amounts: []string{"sad.tarif_plancher"},
	rule:    ruleSAD,
}

var sadChecks = []*Check{
	homeCheck("La personne vit à domicile", "CASF art. L313-1-3"),
}

// ruleSAD says who pays the hours, from the GIR: the APA in GIR 1 to 4, whose hours the
// département values at least at the tarif minimal (CASF art. L314-2-1 I 1°), which does
// not concern the hours of a GIR 5 or 6 paid without the APA or the PCH.
func ruleSAD(f *facts, r *ItemResult) {
	apa := f.girIn(1, 4)
	if isTrue(f.s.Person.ReceivesAPA) || isTrue(f.s.Person.ReceivesPCH) {
		apa = Yes
	}
	switch apa {
	case Yes:
		r.amount(f.amount("sad.tarif_plancher"))
		r.note("Le plan d'aide de l'APA (ou la PCH) paie une partie des heures du service ; le département compte chaque heure au moins au tarif plancher (CASF art. L314-2-1).")
	case No:
		r.note("En GIR 5 ou 6, l'APA ne paie pas le service : demandez l'aide à domicile de la caisse de retraite, ou l'aide ménagère du département si les ressources sont faibles. Les heures payées par la personne ouvrent le crédit d'impôt de 50 %.")
	default:
		r.amount(f.amount("sad.tarif_plancher"))
		r.note("Qui paie les heures dépend du GIR : l'APA en GIR 1 à 4, la caisse de retraite ou l'aide ménagère du département en GIR 5 ou 6.")
	}
}

var entryEmploiDomicileCESU = &Entry{
	ID: "emploi-domicile-cesu", Title: "Employer quelqu'un à domicile (CESU)", For: "person", Service: true,
	Relevant: []*Signal{householdHelpSignal},
	checks:   cesuChecks,
}

var cesuChecks = []*Check{
	homeCheck("La personne vit à domicile", "Code du travail art. L1271-1 (CESU)"),
}

// money rights with conditions in the law: never « information » for want of a stated need
var entryCreditImpotServices = &Entry{
	ID: "credit-impot-services", Title: "Crédit d'impôt pour l'aide à domicile", For: "person",
	Relevant: []*Signal{householdHelpSignal, alarmSignal, mealsSignal},
	checks:   creditImpotServicesChecks,
	amounts:  []string{"credit_impot_services.taux", "credit_impot_services.plafond", "credit_impot_services.plafond_invalidite"},
	rule:     ruleCreditImpotServices,
}

var creditImpotServicesChecks = []*Check{
	homeCheck("Les services sont rendus au domicile de la personne", "CGI art. 199 sexdecies"),
	// the credit is on what is paid for services at home: a salarié she employs, or a
	// service (prestataire, téléassistance, portage de repas…); the guide asks only whether
	// she employs someone herself
	{Label: "La personne paie une aide à domicile : un salarié qu'elle emploie ou un service", Basis: "CGI art. 199 sexdecies",
		Facts: []FactID{FactEmploysHomeHelp}, Unsettled: "le guide ne demande pas si elle paie un service prestataire",
		eval: func(f *facts) verdict {
			e := f.s.Person.EmploysHomeHelp
			switch {
			case isTrue(e):
				return is(Yes, "emploie quelqu'un chez {elle|lui}")
			case isFalse(e):
				return verdict{r: Unknown, seen: "n'emploie personne {elle-même : oui si elle|lui-même : oui s'il} paie un service d'aide à domicile, de téléassistance ou de portage de repas", noFacts: true}
			}
			return is(Unknown, unknownSeen)
		}},
}

func ruleCreditImpotServices(f *facts, r *ItemResult) {
	r.amount(f.amount("credit_impot_services.taux"))
	base := f.amount("credit_impot_services.plafond")
	maj := f.amount("credit_impot_services.majoration")
	maxq := f.amount("credit_impot_services.plafond_max")
	inval := f.amount("credit_impot_services.plafond_invalidite")
	switch {
	case f.disability(func(d int) bool { return d >= 80 }) == Yes && inval.Found:
		q := *inval
		q.Label = "Plafond annuel de dépenses (membre du foyer invalide, carte à 80 %)"
		r.amount(f.computed(q))
	case f.age(func(a int) bool { return a > 65 }) == Yes && base.Found && maj.Found && maxq.Found:
		r.amount(f.computed(Quantity{ID: "credit_impot_services.plafond_estime", Label: "Plafond annuel de dépenses estimé (personne de plus de 65 ans)", Unit: UnitEuros,
			Num: min(base.Num+maj.Num, maxq.Num), Found: true, AsOf: base.AsOf, Confidence: Weakest(base.Confidence, maj.Confidence), Source: "CGI art. 199 sexdecies"}))
	default:
		r.amount(base)
	}
	r.note("Le crédit d'impôt est versé même si la personne ne paie pas d'impôt. L'avance immédiate (Urssaf) évite d'attendre l'année suivante.")
}

// the 70-year limit is per household (foyer): a spouse of 70 or more opens it too; the
// guide does not ask the spouse's age
var exoSpouse70 = &Check{Label: "Ou : son conjoint a 70 ans ou plus", Basis: "CSS art. L241-10 I a (par foyer)", Facts: []FactID{FactCouple},
	Unsettled: "le guide ne demande pas l'âge du conjoint",
	eval: func(f *facts) verdict {
		p := f.s.Person
		spouse := Unknown
		if isFalse(p.Couple) {
			spouse = No
		}
		return is(spouse, f.boolSeen(p.Couple, "en couple : âge du conjoint inconnu", "{seule|seul}"))
	}}

// e) the APA; c) the PCH too (asked only when an incapacity of 50 % or more is known)
var exoAPA = &Check{Label: "Ou : {elle|il|la personne} reçoit l'APA (ou la PCH)", Basis: "CSS art. L241-10 I e (APA) et I c (PCH)", Facts: []FactID{FactReceivesAPA},
	eval: func(f *facts) verdict {
		p := f.s.Person
		if isTrue(p.ReceivesPCH) {
			return is(Yes, "reçoit la PCH")
		}
		return is(triOf(p.ReceivesAPA), f.boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA"))
	}}

// e) the loss of autonomy of the APA (GIR 1 to 4) is enough, even without the APA; an
// estimated GIR is still to be recognised by an evaluation
var exoGIR = &Check{Label: "Ou : sa perte d'autonomie est reconnue (GIR 1 à 4)", Basis: "CSS art. L241-10 I e", Facts: []FactID{FactGIR},
	eval: func(f *facts) verdict {
		dep := f.girIn(1, 4)
		if dep == Yes && f.girEstimated {
			dep = Unknown
		}
		return is(dep, f.girSeen())
	}}

// d) a person who must be helped by a third person for the ordinary acts of life (at least
// 4 acts of the national grid of 1997: a certificate of the doctor), from the age of
// CSS art. L351-1-5 (D241-5, as amended by décret 2023-436: 62 years), without ceiling.
// The guide asks no certificate: from that age it is to check, under it no.
var exoTiercePersonne = &Check{Label: "Ou : {elle|il|la personne} a 62 ans ou plus et un médecin atteste que {elle|il} ne peut faire seul{e|} au moins 4 actes ordinaires de la vie",
	Basis: "CSS art. L241-10 I d et D241-5 (âge de l'art. L351-1-5)", Facts: []FactID{FactAge}, Params: []string{"exoneration.age_tierce_personne"},
	Unsettled: "le guide ne demande pas l'attestation du médecin",
	eval: func(f *facts) verdict {
		n := 62
		if q := f.amount("exoneration.age_tierce_personne"); q.Found {
			n = int(q.Num)
		}
		// the age itself is said by the 70-year alternative: say only what this case adds
		v := is(f.age(func(a int) bool { return a >= n }), unknownSeen)
		if n != 62 {
			v.label = "Ou : {elle|il|la personne} a " + strconv.Itoa(n) + " ans ou plus et un médecin atteste que {elle|il} ne peut faire seul{e|} au moins 4 actes ordinaires de la vie"
		}
		switch {
		case f.noText:
			v.seen = ""
		case v.r == No:
			v.seen = "moins de " + strconv.Itoa(n) + " ans"
		case v.r == Yes:
			v.seen = "à " + strconv.Itoa(n) + " ans ou plus : oui si son médecin atteste que {elle|il} ne peut faire seul{e|} au moins 4 actes ordinaires de la vie"
		}
		if v.r == Yes {
			v.r, v.noFacts = Unknown, true
		}
		return v
	}}

var exoAlternatives = []*Check{ageCheck(70, "CSS art. L241-10 I a et D241-5"), exoSpouse70, exoAPA, exoGIR, exoTiercePersonne}

var entryExonerationChargesEmployeur = &Entry{
	ID: "exoneration-charges-employeur", Title: "Exonération de cotisations patronales (particulier employeur)", For: "person", After: []string{"emploi-domicile-cesu"},
	Relevant: []*Signal{householdHelpSignal},
	checks:   exonerationChecks,
	amounts:  []string{"exoneration.plafond_mensuel"},
	rule:     ruleExoneration,
}

var exonerationChecks = []*Check{
	homeCheck("La personne vit à domicile", "CSS art. L241-10"),
	boolCheck("La personne emploie elle-même quelqu'un chez elle (emploi direct, CESU ou mandataire)", "CSS art. L241-10 I", FactEmploysHomeHelp, true,
		"oui", "non : un service prestataire n'ouvre pas cette exonération"),
	{Label: "La personne (ou son conjoint) a 70 ans ou plus, ou elle reçoit l'APA ou est en GIR 1 à 4, ou elle a 62 ans ou plus et a besoin d'une tierce personne", Basis: "CSS art. L241-10 I",
		Any: exoAlternatives, Unsettled: "la majoration pour tierce personne (MTP) l'ouvre aussi : le guide ne la demande pas",
		eval: func(f *facts) verdict {
			v := f.anyOf(exoAlternatives)
			if v.r == No {
				// c) the PCH and the MTP open it too; the guide does not ask about them
				v.seen += " : possible aussi avec la PCH ou une majoration pour tierce personne (MTP), à vérifier sur ses décisions"
			}
			return v
		}},
}

func ruleExoneration(f *facts, r *ItemResult) {
	if exoAPA.decide(f).r == Yes || exoGIR.decide(f).r == Yes {
		r.note("Avec l'APA ou une perte d'autonomie reconnue, l'exonération n'a pas de plafond.")
		return
	}
	// the ceiling is that of the 70-year case (I a) only: under 70 it would mislead
	if f.age(func(a int) bool { return a >= 70 }) != No || isTrue(f.s.Person.Couple) {
		r.amount(f.amount("exoneration.plafond_mensuel"))
	}
	if exoTiercePersonne.decide(f).r == Unknown && f.s.Person.Age != nil {
		r.note("Si son médecin atteste que {elle|il} ne peut faire seul{e|} au moins 4 actes ordinaires de la vie, l'exonération est sans plafond : elle se demande à l'Urssaf avec cette attestation.")
	}
}

var entryTeleassistance = &Entry{
	ID: "teleassistance", Title: "Téléassistance", For: "person", Service: true,
	Relevant: []*Signal{alarmSignal},
	checks:   teleassistanceChecks,
	rule:     ruleTeleassistance,
}

var teleassistanceChecks = []*Check{
	homeCheck("La personne vit à domicile", "CASF art. L232-3 (plan d'aide APA)"),
}

func ruleTeleassistance(f *facts, r *ItemResult) {
	r.note("Peut être payée par le plan d'aide APA, ou par la caisse de retraite pour les GIR 5 et 6 ; ouvre droit au crédit d'impôt de 50 %.")
}

var entryPortageRepas = &Entry{
	ID: "portage-repas", Title: "Portage de repas", For: "person", Service: true,
	Relevant: []*Signal{mealsSignal},
	checks:   portageRepasChecks,
}

var portageRepasChecks = []*Check{
	homeCheck("La personne vit à domicile", "CASF art. L232-3 (plan d'aide APA)"),
}
