package rules

// The pension funds' own social action: OSCAR, ARDH, the régime minier.

func ruleOSCAR(f *facts, r *ItemResult) {
	p := f.s.Person
	g := f.girCond(5, 6, "La personne est en GIR 5 ou 6 (elle ne relève pas de l'APA)", "Action sociale de l'Assurance retraite (circulaire Cnav du 23/12/2023)")
	if p.ReceivesAPA != nil && *p.ReceivesAPA && f.gir == 0 {
		g.Result, g.Seen, g.Facts = No, "reçoit l'APA (GIR 1 à 4)", nil
	}
	r.add(g)
	r.add(f.generalSchemeCond("La personne est retraitée du régime général (Assurance retraite, Carsat)"))
	r.add(f.homeCond("La personne vit à domicile", "Action sociale de l'Assurance retraite"))
	r.amount(f.amount("oscar.heures_max"), f.amount("oscar.forfait_prevention"), f.amount("oscar.tarif_horaire"))
	r.Relevant = f.need("household_help")
}

// generalSchemeCond is the condition of the Assurance retraite's own aids (OSCAR, ARDH).
// When the person belongs to another scheme, it says where to ask instead: a refusal shows
// only its failing conditions, so the pointer must be in what was seen.
func (f *facts) generalSchemeCond(label string) Condition {
	p := f.s.Person
	t, seen := Unknown, unknownSeen
	if p.PensionScheme != nil {
		t, seen = Bool(*p.PensionScheme == "general"), SeenOf(FactPensionScheme, *p.PensionScheme)
		if t == No {
			seen += " : demandez à sa caisse de retraite principale son aide équivalente"
		}
	}
	return cond(label, "Action sociale de l'Assurance retraite", t, seen, "person.pension_scheme")
}

const basisARDH = "Circulaire Cnav 2008-31 du 18/06/2008 (ARDH) ; conditions publiées par les Carsat"

func ruleARDH(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(cond("La personne sort d'une hospitalisation", "Action sociale de l'Assurance retraite (ARDH)", triOf(p.RecentHospitalisation), boolSeen(p.RecentHospitalisation, "oui", "non"), "person.recent_hospitalisation"))
	sc := f.generalSchemeCond("La personne est retraitée du régime général")
	scheme := sc.Result
	r.add(sc)
	r.add(cond("La personne ne reçoit pas l'APA", "Action sociale de l'Assurance retraite", Not(triOf(p.ReceivesAPA)), boolSeen(p.ReceivesAPA, "elle la reçoit", "non"), "person.receives_apa"))
	r.add(f.ageAtLeast(55, "Action sociale de l'Assurance retraite (ARDH)"))
	r.add(f.homeCond("La personne rentre vivre à domicile (pas en établissement)", "Action sociale de l'Assurance retraite (ARDH)"))
	// the ARDH is for retirees who will be in GIR 5 or 6 after the support period; in GIR 1
	// to 4 it is the APA, in an emergency the APA d'urgence (circulaire Cnav 2008-31)
	g := f.girCond(5, 6, "La personne sera en GIR 5 ou 6 à la fin de l'aide (en GIR 1 à 4, c'est l'APA)", basisARDH)
	if g.Result == No {
		g.Seen += " : demandez l'APA au département, en urgence si le retour à domicile ne peut pas attendre"
	}
	r.add(g)
	r.add(cond("Les ressources ne dépassent pas le plafond de la caisse de retraite", basisARDH, Unknown, "barème de l'action sociale de la Carsat, à vérifier avec elle"))
	r.amount(f.amount("ardh.plafond"), f.amount("ardh.duree_mois"))
	r.Urgent = p.RecentHospitalisation != nil && *p.RecentHospitalisation && scheme != No && f.atHome() != No && g.Result != No
	r.note("À demander avant la sortie, avec le service social de l'hôpital.")
}

func ruleMines(f *facts, r *ItemResult) {
	p := f.s.Person
	t, seen := Unknown, unknownSeen
	if p.PensionScheme != nil {
		t, seen = Bool(*p.PensionScheme == "mines"), SeenOf(FactPensionScheme, *p.PensionScheme)
	}
	r.add(cond("La personne aidée relève du régime minier", "Action sanitaire et sociale de l'ANGDM et de la CANSSM", t, seen, "person.pension_scheme"))
}
