package rules

// Respite and places to live: accueil de jour, hébergement temporaire, relayage, répit de l'APA, accueil familial, EHPAD.

func (f *facts) respiteRelevance() Tri {
	return Or(f.need("respite"), triOf(f.s.Caregiver.Exhausted))
}

func ruleAccueilDeJour(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L312-1 (accueil de jour)"))
	r.Relevant = Or(f.respiteRelevance(), triOf(f.s.Person.MemoryDisorders))
	r.note("Peut être payé par le plan d'aide APA, y compris par la majoration pour le répit de l'aidant.")
}

func ruleHebergementTemporaire(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L312-1 (hébergement temporaire)"))
	c := f.s.Caregiver
	r.Relevant = Or(f.respiteRelevance(), triOf(c.HospitalisationPlanned), triOf(f.s.Person.RecentHospitalisation))
	if f.s.Person.RecentHospitalisation != nil && *f.s.Person.RecentHospitalisation {
		r.note("En sortie d'hospitalisation, un hébergement temporaire en EHPAD est possible jusqu'à " + f.amount("hebergement_temporaire.sortie_hospitalisation_jours").Format() + ", avec un reste à charge ramené au forfait journalier hospitalier.")
	}
	if c.Exhausted != nil && *c.Exhausted {
		r.Urgent = true
	}
}

func ruleRelayage(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "Loi du 15 novembre 2024 (relayage)"))
	r.amount(f.amount("relayage.jours_consecutifs"))
	r.Relevant = f.respiteRelevance()
	r.note("Le service n'existe pas partout : demandez au point d'information local ou à la plateforme de répit.")
}

func ruleSoutienAidants(f *facts, r *ItemResult) {
	r.Relevant = Or(f.respiteRelevance(), f.relIn(Relationships...))
	if f.s.Caregiver.Exhausted != nil && *f.s.Caregiver.Exhausted {
		r.Urgent = true
	}
}

func ruleAccueilFamilial(f *facts, r *ItemResult) {
	r.add(f.ageAtLeast(60, "CASF art. L441-1"))
	r.amount(f.amount("accueil_familial.remuneration_jour"))
}

func ruleEHPAD(f *facts, r *ItemResult) {
	r.add(f.ageAtLeast(60, "CASF art. L312-1 6° (dérogation possible avant 60 ans)"))
	r.Relevant = Or(f.inInstitution(), f.girIn(1, 2))
}

func (f *facts) apaAtHomeCond(basis string) Condition {
	p := f.s.Person
	t := And(triOf(p.ReceivesAPA), f.atHome())
	seen := boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA")
	if p.ReceivesAPA != nil && !*p.ReceivesAPA && f.girIn(1, 4) != No && f.atHome() != No {
		t, seen = Unknown, "pas encore d'APA : demandez-la d'abord"
	}
	return cond("La personne aidée reçoit l'APA à domicile", basis, t, seen+", "+f.residenceSeen(), "person.receives_apa", "person.residence")
}

func ruleRepit(f *facts, r *ItemResult) {
	r.add(f.apaAtHomeCond("CASF art. L232-3-2"))
	r.add(f.relationCond("CASF art. L232-3-2"))
	r.amount(f.amount("apa.repit"))
	r.note("L'équipe médico-sociale vérifie que l'aidant ne peut pas être remplacé par un autre proche et évalue son besoin de répit.")
	r.Relevant = f.respiteRelevance()
	if f.s.Caregiver.Exhausted != nil && *f.s.Caregiver.Exhausted {
		r.Urgent = true
	}
}

func ruleRelaisHospitalisation(f *facts, r *ItemResult) {
	c := f.s.Caregiver
	r.add(cond("L'aidant doit être hospitalisé", "CASF art. L232-3-3", triOf(c.HospitalisationPlanned), boolSeen(c.HospitalisationPlanned, "oui", "non"), "caregiver.hospitalisation_planned"))
	r.add(f.apaAtHomeCond("CASF art. L232-3-3"))
	r.add(f.relationCond("CASF art. L232-3-3"))
	r.amount(f.amount("apa.hospitalisation_aidant"))
	r.Urgent = c.HospitalisationPlanned != nil && *c.HospitalisationPlanned
}
