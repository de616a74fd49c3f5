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

func ruleARDH(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(cond("La personne sort d'une hospitalisation", "Action sociale de l'Assurance retraite (ARDH)", triOf(p.RecentHospitalisation), boolSeen(p.RecentHospitalisation, "oui", "non"), "person.recent_hospitalisation"))
	sc := f.generalSchemeCond("La personne est retraitée du régime général")
	scheme := sc.Result
	r.add(sc)
	r.add(cond("La personne ne reçoit pas l'APA", "Action sociale de l'Assurance retraite", Not(triOf(p.ReceivesAPA)), boolSeen(p.ReceivesAPA, "elle la reçoit", "non"), "person.receives_apa"))
	r.add(f.ageAtLeast(55, "Action sociale de l'Assurance retraite (ARDH)"))
	r.add(f.homeCond("La personne rentre vivre à domicile (pas en établissement)", "Action sociale de l'Assurance retraite (ARDH)"))
	r.amount(f.amount("ardh.plafond"), f.amount("ardh.duree_mois"))
	r.Urgent = p.RecentHospitalisation != nil && *p.RecentHospitalisation && scheme != No && f.atHome() != No
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
