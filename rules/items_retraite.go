package rules

// The pension funds' own social action: OSCAR, ARDH, the régime minier.

// generalSchemeCheck is the condition of the Assurance retraite's own aids (OSCAR, ARDH).
// When the person belongs to another scheme, it says where to ask instead: a refusal shows
// only its failing conditions, so the pointer must be in what was seen.
func generalSchemeCheck(label string) *Check {
	return &Check{Label: label, Basis: "Action sociale de l'Assurance retraite", Facts: []FactID{FactPensionScheme},
		eval: func(f *facts) verdict { return f.generalScheme() }}
}

func (f *facts) generalScheme() verdict {
	p := f.s.Person
	if p.PensionScheme == nil {
		return is(Unknown, unknownSeen)
	}
	t := Bool(*p.PensionScheme == "general")
	if f.noText {
		return is(t, "")
	}
	seen := f.seenOf(FactPensionScheme, *p.PensionScheme)
	if t == No {
		seen += " : demandez à sa caisse de retraite principale son aide équivalente"
	}
	return is(t, seen)
}

var entryCaisseRetraiteOSCAR = &Entry{
	ID: "caisse-retraite-oscar", Title: "Aide à domicile de la caisse de retraite (OSCAR)", For: "person",
	Relevant: []*Signal{householdHelpSignal},
	checks:   oscarChecks,
	amounts:  []string{"oscar.heures_max", "oscar.forfait_prevention", "oscar.tarif_horaire"},
	rule:     ruleOSCAR,
}

var oscarChecks = []*Check{
	{Label: "La personne est en GIR 5 ou 6 (elle ne relève pas de l'APA)", Basis: "Action sociale de l'Assurance retraite (circulaire Cnav du 23/12/2023)",
		Facts: []FactID{FactGIR},
		eval: func(f *facts) verdict {
			if isTrue(f.s.Person.ReceivesAPA) && f.gir == 0 {
				return is(No, "reçoit l'APA (GIR 1 à 4)")
			}
			return is(f.girIn(5, 6), f.girSeen())
		}},
	generalSchemeCheck("La personne est retraitée du régime général (Assurance retraite, Carsat)"),
	homeCheck("La personne vit à domicile", "Action sociale de l'Assurance retraite"),
}

func ruleOSCAR(f *facts, r *ItemResult) {
	r.amount(f.amount("oscar.heures_max"), f.amount("oscar.forfait_prevention"), f.amount("oscar.tarif_horaire"))
}

var entryARDH = &Entry{
	ID: "ardh", Title: "Aide au retour à domicile après hospitalisation (ARDH)", For: "person",
	checks:  ardhChecks,
	amounts: []string{"ardh.plafond", "ardh.duree_mois"},
	rule:    ruleARDH,
	Urgent:  []*Signal{ardhUrgentSignal},
}

var ardhChecks = []*Check{
	boolCheck("La personne sort d'une hospitalisation", "Action sociale de l'Assurance retraite (ARDH)", FactRecentHospitalisation, true, "oui", "non"),
	generalSchemeCheck("La personne est retraitée du régime général"),
	boolCheck("La personne ne reçoit pas l'APA", "Action sociale de l'Assurance retraite", FactReceivesAPA, false, "{elle|il} la reçoit", "non"),
	ageCheck(55, "Action sociale de l'Assurance retraite (ARDH)"),
	homeCheck("La personne rentre vivre à domicile (pas en établissement)", "Action sociale de l'Assurance retraite (ARDH)"),
	ardhGIR,
	{Label: "Les ressources ne dépassent pas le plafond de la caisse de retraite", Basis: basisARDH,
		Unsettled: "le barème de l'action sociale de la Carsat n'est pas dans le guide",
		eval: func(*facts) verdict {
			return is(Unknown, "barème de l'action sociale de la Carsat, à vérifier avec la caisse")
		}},
}

// the ARDH is for retirees who will be in GIR 5 or 6 after the support period; in GIR 1
// to 4 it is the APA, in an emergency the APA d'urgence (circulaire Cnav 2008-31)
var ardhGIR = &Check{Label: "La personne sera en GIR 5 ou 6 à la fin de l'aide (en GIR 1 à 4, c'est l'APA)", Basis: basisARDH, Facts: []FactID{FactGIR},
	eval: func(f *facts) verdict {
		v := is(f.girIn(5, 6), f.girSeen())
		if v.r == No {
			v.seen += " : demandez l'APA au département, en urgence si le retour à domicile ne peut pas attendre"
		}
		return v
	}}

const basisARDH = "Circulaire Cnav 2008-31 du 18/06/2008 (ARDH) ; conditions publiées par les Carsat"

func ruleARDH(f *facts, r *ItemResult) {
	r.amount(f.amount("ardh.plafond"), f.amount("ardh.duree_mois"))
	r.note("À demander avant la sortie, avec le service social de l'hôpital.")
}

var entryAideAidantsMines = &Entry{
	ID: "aide-aidants-mines", Title: "Aide aux aidants du régime minier (ANGDM)", For: "caregiver",
	checks: minesChecks,
}

var minesChecks = []*Check{
	{Label: "La personne aidée relève du régime minier", Basis: "Action sanitaire et sociale de l'ANGDM et de la CANSSM", Facts: []FactID{FactPensionScheme},
		eval: func(f *facts) verdict {
			if ps := f.s.Person.PensionScheme; ps != nil {
				return is(Bool(*ps == "mines"), f.seenOf(FactPensionScheme, *ps))
			}
			return is(Unknown, unknownSeen)
		}},
}
