package rules

// Information items and contacts.

var entryConsultationMemoire = &Entry{
	ID: "consultation-memoire", Title: "Consultation mémoire", For: "person", Service: true,
	NeedLabel: "Des troubles de la mémoire ou du comportement ont été remarqués",
	NeedBasis: "Plan maladies neuro-dégénératives (consultations mémoire)",
	NeedFact:  "person.memory_disorders",
	Relevant:  []*Signal{memorySignal},
	rule:      ruleConsultationMemoire,
}

func ruleConsultationMemoire(f *facts, r *ItemResult) {
	r.note("Le médecin traitant adresse la personne à la consultation mémoire.")
}

var entryServiceSocialAssuranceMaladie = &Entry{
	ID: "service-social-assurance-maladie", Title: "Service social de l'Assurance maladie", For: "caregiver", Info: true,
	Relevant: []*Signal{exhaustedSignal, hospitalSignal},
}

var entryEcouteAidants = &Entry{
	ID: "ecoute-aidants", Title: "Lignes d'écoute pour les aidants", For: "caregiver", Info: true,
	Relevant: []*Signal{exhaustedSignal},
	Urgent:   []*Signal{exhaustedSignal},
}

var cmiAlternatives = []*Check{
	{Label: "{Elle|Il|La personne} reçoit l'APA en GIR 1 ou 2", Basis: "CASF art. L241-3 et R241-12 III", Facts: []FactID{FactReceivesAPA, FactGIR},
		eval: func(f *facts) verdict {
			p := f.s.Person
			t := And(triOf(p.ReceivesAPA), f.girIn(1, 2))
			seen := f.boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA") + ", " + f.girSeen()
			if t == No && isFalse(p.ReceivesAPA) && f.girIn(1, 2) != No {
				return verdict{r: Unknown, seen: seen, facts: onlyGIR} // the APA can be asked for
			}
			return is(t, seen)
		}},
	{Label: "Ou : une incapacité d'au moins 80 % (demande à la MDPH)", Basis: "CASF art. L241-3", Facts: []FactID{FactDisabilityRate},
		eval: func(f *facts) verdict {
			return is(f.disability(func(d int) bool { return d >= 80 }), f.disabilitySeen())
		}},
}

var entryCMI = &Entry{
	ID: "cmi", Title: "Carte mobilité inclusion (CMI)", For: "person", After: []string{"apa-domicile"},
	checks:  cmiChecks,
	amounts: []string{"cmi.fin_anciennes_cartes"},
	rule:    ruleCMI,
}

var cmiChecks = []*Check{
	{Label: "La personne reçoit l'APA en GIR 1 ou 2, ou a une incapacité d'au moins 80 %", Basis: "CASF art. L241-3", Any: cmiAlternatives},
}

func ruleCMI(f *facts, r *ItemResult) {
	const id = "cmi.fin_anciennes_cartes"
	r.amount(f.amount(id))
	// the old cards were replaced by the CMI and are valid at the latest until the day before
	// this date (loi 2016-1321 art. 107)
	if t, ok := f.amountDate(id); ok {
		if f.d.Before(t) {
			r.note(f.say("Les anciennes cartes d'invalidité, de priorité et de stationnement ne sont plus valables à partir du ", f.amountText(id), " : si la personne en a une, demandez la CMI sans attendre."))
		} else {
			r.note(f.say("Depuis le ", f.amountText(id), ", les anciennes cartes d'invalidité, de priorité et de stationnement ne sont plus valables : seule la CMI compte."))
		}
	}
}

var entryCarteUrgenceAide = &Entry{
	ID: "carte-urgence-aide", Title: "Carte d'urgence de la personne aidée", For: "person", Info: true,
}

var entryCarteUrgenceAidant = &Entry{
	ID: "carte-urgence-aidant", Title: "Carte d'urgence de l'aidant", For: "caregiver", Info: true,
}

var entryAssuranceDependance = &Entry{
	ID: "assurance-dependance", Title: "Contrats d'assurance dépendance et de prévoyance", For: "person", Info: true,
}

var entryPointInformation = &Entry{
	ID: "point-information", Title: "Où se renseigner près de chez vous", For: "all", Info: true,
}

var entryDefenseurDesDroits = &Entry{
	ID: "defenseur-des-droits", Title: "Défenseur des droits", For: "all", Info: true,
}
