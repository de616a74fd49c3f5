package rules

// Caregivers' leaves and allowances: congé de proche aidant, AJPA, congé de solidarité familiale, AJAP, aidant salarié.

// apaDecisionCond is D3142-8 3° to 5°: a copy of the APA decision (4°), of a decision
// founded on an incapacity of at least 80 % (3°), or of a majoration pour tierce personne
// (MTP, PCRTP… 5°), which the guide does not ask. A GIR evaluated without an APA decision
// is not enough.
func (f *facts) apaDecisionCond() Condition {
	p := f.s.Person
	apa := triOf(p.ReceivesAPA)
	seen := boolSeen(p.ReceivesAPA, "l'APA est accordée", "pas d'APA")
	facts := []string{"person.receives_apa"}
	if apa == No && f.girIn(1, 4) != No {
		if pays, _ := f.fusionPaysAPA(); f.inInstitution() == Yes && pays == No {
			// no APA in an establishment in this département: nothing to ask for
			seen = "pas d'APA en établissement dans ce département (expérimentation 2025-2026) : il faut une autre pièce"
		} else {
			// the APA can still be asked for: the leave becomes possible once it is granted
			apa = Unknown
			seen = "pas encore d'APA : demandez-la d'abord"
			if f.gir != 0 {
				seen = "pas encore d'APA (" + f.girSeen() + ") : demandez-la d'abord"
			}
			facts = []string{"person.gir"}
		}
	}
	dis := f.disability(func(d int) bool { return d >= 80 })
	c := cond("La personne aidée a une décision d'APA (ou une incapacité d'au moins 80 %, ou une majoration pour tierce personne)", "Code du travail art. D3142-8 (3° à 5°)",
		Or(apa, dis), seen, append(facts, "person.disability_rate")...)
	switch c.Result {
	case Yes:
		if dis == Yes {
			c.Seen = "incapacité " + f.disabilitySeen()
		}
	case No:
		c.Seen += " : possible aussi avec une majoration pour tierce personne (MTP, PCRTP), à vérifier sur ses décisions"
	}
	return c
}

func (f *facts) relationCond(basis string) Condition {
	t := Unknown
	if f.relationship() != "" {
		t = Yes // every relationship qualifies, a friend or neighbour if the help is regular and close
	}
	return cond("L'aidant est un proche (famille, conjoint, ou personne aidée régulièrement et de près)", basis, t, f.relationshipSeen(), "caregiver.relationship")
}

// Salariés have their leaves in the Code du travail; agents publics in the Code général de
// la fonction publique (CGFP), which for the congé de proche aidant refers to the persons
// listed in L3142-16. The basis follows the caregiver's employment, both when unknown.
const (
	basisProcheAidantCT   = "Code du travail art. L3142-16 (salariés)"
	basisProcheAidantCGFP = "Code général de la fonction publique art. L634-1 (agents publics)"
	basisSolidariteCT     = "Code du travail art. L3142-6 (salariés)"
	basisSolidariteCGFP   = "Code général de la fonction publique art. L633-1 à L633-4 (agents publics)"
)

// leaveBasis is the text a leave rests on for this caregiver.
func (f *facts) leaveBasis(employee, public string) string {
	switch f.employment() {
	case "employee":
		return employee
	case "public_servant":
		return public
	}
	return employee + " ; " + public
}

func ruleCongeProcheAidant(f *facts, r *ItemResult) {
	r.add(cond("L'aidant est salarié ou agent public", basisProcheAidantCT+" ; "+basisProcheAidantCGFP, f.empIn("employee", "public_servant"), f.employmentSeen(), "caregiver.employment"))
	rel := f.leaveBasis(basisProcheAidantCT, basisProcheAidantCGFP+", qui renvoie aux proches listés à l'art. L3142-16 du Code du travail")
	r.add(f.relationCond(rel))
	r.add(f.apaDecisionCond())
	r.note("Pas de condition d'ancienneté depuis le 1er janvier 2020. L'employeur ne peut pas refuser si les conditions et le délai de prévenance sont respectés.")
}

func ruleAJPA(f *facts, r *ItemResult) {
	e := f.empIn("employee", "public_servant", "self_employed", "jobseeker")
	c := cond("L'aidant arrête ou réduit son activité : salarié, agent public, indépendant, ou demandeur d'emploi indemnisé", "CSS art. L168-8", e, f.employmentSeen(), "caregiver.employment")
	if f.employment() == "jobseeker" {
		c.Result, c.Seen = Unknown, "demandeur d'emploi : seulement s'il est indemnisé (l'allocation chômage est alors suspendue)"
		c.Facts = []string{"caregiver.employment"}
	}
	if f.employment() == "retired" {
		c.Seen = "retraité sans activité : pas d'AJPA"
	}
	r.add(c)
	r.add(f.relationCond("CSS art. L168-8"))
	r.add(f.apaDecisionCond())
	r.amount(f.amount("ajpa.jour"), f.amount("ajpa.demi_jour"), f.amount("ajpa.max_mois"), f.amount("ajpa.max_personne"), f.amount("ajpa.max_carriere"))
	if f.relIn("child", "grandchild", "other_family", "in_law", "sibling", "friend_neighbour") == Yes {
		r.note("On ne peut pas toucher l'AJPA pour les jours où l'on est payé comme salarié de la personne aidée avec l'APA.")
	}
}

func ruleCongeSolidarite(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(cond("La personne aidée est en fin de vie (maladie grave en phase avancée ou terminale)", f.leaveBasis(basisSolidariteCT, basisSolidariteCGFP), triOf(p.EndOfLife), boolSeen(p.EndOfLife, "oui", "non"), "person.end_of_life"))
	r.add(cond("L'aidant est salarié ou agent public", basisSolidariteCT+" ; "+basisSolidariteCGFP, f.empIn("employee", "public_servant"), f.employmentSeen(), "caregiver.employment"))
	r.add(f.endOfLifeRelCond(f.leaveBasis(basisSolidariteCT, basisSolidariteCGFP)))
	r.Urgent = p.EndOfLife != nil && *p.EndOfLife
}

// endOfLifeRelCond is who may accompany a person at the end of life: an ascendant, a
// descendant, a brother or sister, someone who shares the home, or the personne de
// confiance (Code du travail L3142-6 for the leave; CSS L168-1 for the AJAP, which
// names the same people).
func (f *facts) endOfLifeRelCond(basis string) Condition {
	c := f.s.Caregiver
	rel := f.relIn("child", "grandchild", "sibling")
	seen := f.relationshipSeen()
	if rel != Yes && c.LivesWithPerson != nil && *c.LivesWithPerson {
		rel, seen = Yes, seen+", vit avec la personne"
	} else if rel == No {
		rel = Unknown // could still be the personne de confiance
		seen += " : possible si l'aidant vit avec elle ou est sa personne de confiance"
	}
	return cond("L'aidant est un ascendant, un descendant, un frère ou une sœur, vit avec la personne, ou est sa personne de confiance", basis, rel, seen, "caregiver.relationship", "caregiver.lives_with_person")
}

func ruleAJAP(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(cond("La personne aidée est en fin de vie", "CSS art. L168-1", triOf(p.EndOfLife), boolSeen(p.EndOfLife, "oui", "non"), "person.end_of_life"))
	e := f.empIn("employee", "public_servant", "self_employed", "jobseeker")
	c := cond("L'aidant suspend ou réduit son activité (salarié, agent public, indépendant, demandeur d'emploi indemnisé)", "CSS art. L168-1", e, f.employmentSeen(), "caregiver.employment")
	if f.employment() == "jobseeker" {
		c.Result, c.Seen, c.Facts = Unknown, "demandeur d'emploi : seulement s'il est indemnisé", []string{"caregiver.employment"}
	}
	r.add(c)
	r.add(f.endOfLifeRelCond("CSS art. L168-1"))
	r.add(cond("L'accompagnement a lieu à domicile (chez la personne, chez l'aidant, chez un tiers ou en EHPAD), pas à l'hôpital", "CSS art. L168-1", Yes, "domicile au sens large"))
	r.amount(f.amount("ajap.jour"), f.amount("ajap.demi_jour"), f.amount("ajap.nombre_jours"), f.amount("ajap.nombre_demi_jours"))
	r.Urgent = p.EndOfLife != nil && *p.EndOfLife
}

func ruleAidantSalarie(f *facts, r *ItemResult) {
	p := f.s.Person
	t := triOf(p.ReceivesAPA)
	seen := boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA")
	if t == No && f.girIn(1, 4) != No {
		t, seen = Unknown, "pas encore d'APA : demandez-la d'abord"
	}
	r.add(cond("La personne aidée reçoit l'APA", "CASF art. L232-7", t, seen, "person.receives_apa"))
	r.add(cond("L'aidant n'est pas son conjoint, concubin ou partenaire de PACS", "CASF art. L232-7", Not(f.relIn("spouse")), f.relationshipSeen(), "caregiver.relationship"))
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L232-6"))
	r.note("L'emploi d'un membre de la famille se déclare au département dans le mois ; le salaire suit au moins le SMIC et la convention des particuliers employeurs.")
}
