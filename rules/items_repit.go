package rules

// Respite and places to live: accueil de jour, hébergement temporaire, relayage, répit de l'APA, accueil familial, EHPAD.

var entryAccueilDeJour = &Entry{
	ID: "accueil-de-jour", Title: "Accueil de jour", For: "person", Service: true,
	Relevant: []*Signal{respiteSignal, exhaustedSignal, memorySignal},
	checks:   accueilDeJourChecks,
	rule:     ruleAccueilDeJour,
}

var accueilDeJourChecks = []*Check{
	homeCheck("La personne vit à domicile", "CASF art. L312-1 (accueil de jour)"),
}

func ruleAccueilDeJour(f *facts, r *ItemResult) {
	r.note("Peut être payé par le plan d'aide APA, y compris par la majoration pour le répit de l'aidant.")
}

var entryHebergementTemporaire = &Entry{
	ID: "hebergement-temporaire", Title: "Hébergement temporaire", For: "person", Service: true,
	Relevant: []*Signal{respiteSignal, exhaustedSignal, caregiverHospitalised, hospitalSignal},
	checks:   hebergementTemporaireChecks,
	rule:     ruleHebergementTemporaire,
	Urgent:   []*Signal{exhaustedSignal},
}

var hebergementTemporaireChecks = []*Check{
	homeCheck("La personne vit à domicile", "CASF art. L312-1 (hébergement temporaire)"),
}

func ruleHebergementTemporaire(f *facts, r *ItemResult) {
	if f.s.Person.RecentHospitalisation != nil && *f.s.Person.RecentHospitalisation {
		r.note(f.say("En sortie d'hospitalisation, un hébergement temporaire en EHPAD est possible jusqu'à ", f.amountText("hebergement_temporaire.sortie_hospitalisation_jours"), ", avec un reste à charge ramené au forfait journalier hospitalier."))
	}
}

var entryRelayage = &Entry{
	ID: "relayage", Title: "Relayage (baluchonnage) : un professionnel remplace l'aidant à domicile", For: "caregiver", Service: true,
	Relevant: respiteSignals,
	checks:   relayageChecks,
	amounts:  []string{"relayage.jours_consecutifs"},
	rule:     ruleRelayage,
}

var relayageChecks = []*Check{
	homeCheck("La personne vit à domicile", "Loi du 15 novembre 2024 (relayage)"),
}

func ruleRelayage(f *facts, r *ItemResult) {
	r.amount(f.amount("relayage.jours_consecutifs"))
	r.note("Le service n'existe pas partout : demandez au point d'information local ou à la plateforme de répit.")
}

var entrySoutienAidants = &Entry{
	ID: "soutien-aidants", Title: "Soutien des aidants : plateformes de répit, formations, groupes de parole", For: "caregiver",
	Relevant: []*Signal{respiteSignal, exhaustedSignal, caregiverKnownSignal},
	Urgent:   []*Signal{exhaustedSignal},
}

var entryAccueilFamilial = &Entry{
	ID: "accueil-familial", Title: "Accueil familial", For: "person", Info: true,
	checks:  accueilFamilialChecks,
	amounts: []string{"accueil_familial.remuneration_jour"},
	rule:    ruleAccueilFamilial,
}

var accueilFamilialChecks = []*Check{
	ageCheck(60, "CASF art. L441-1"),
}

func ruleAccueilFamilial(f *facts, r *ItemResult) {
	r.amount(f.amount("accueil_familial.remuneration_jour"))
}

var entryEHPAD = &Entry{
	ID: "ehpad", Title: "Entrer en EHPAD", For: "person", Info: true,
	Relevant: []*Signal{institutionSignal, gir1to2Signal},
	checks:   ehpadChecks,
}

var ehpadChecks = []*Check{
	ageCheck(60, "CASF art. L312-1 6° (dérogation possible avant 60 ans)"),
}

// apaAtHomeCheck: the person helped receives the APA at home; without it yet, it can be
// asked for first.
func apaAtHomeCheck(basis string) *Check {
	return &Check{Label: "La personne aidée reçoit l'APA à domicile", Basis: basis, Facts: []FactID{FactReceivesAPA, FactResidence},
		eval: func(f *facts) verdict {
			p := f.s.Person
			t := And(triOf(p.ReceivesAPA), f.atHome())
			seen := f.boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA")
			if isFalse(p.ReceivesAPA) && f.girIn(1, 4) != No && f.atHome() != No {
				t, seen = Unknown, "pas encore d'APA : demandez-la d'abord"
			}
			return is(t, f.say(seen, ", ", f.residenceSeen()))
		}}
}

var entryRepitAPA = &Entry{
	ID: "repit-apa", Title: "Droit au répit de l'aidant (APA)", For: "caregiver", After: []string{"apa-domicile"},
	Relevant: respiteSignals,
	checks:   repitChecks,
	amounts:  []string{"apa.repit"},
	rule:     ruleRepit,
	Urgent:   []*Signal{exhaustedSignal},
}

var repitChecks = []*Check{
	apaAtHomeCheck("CASF art. L232-3-2"),
	relationCheck("CASF art. L232-3-2"),
}

func ruleRepit(f *facts, r *ItemResult) {
	r.amount(f.amount("apa.repit"))
	r.note("L'équipe médico-sociale vérifie que l'aidant ne peut pas être remplacé par un autre proche et évalue son besoin de répit.")
}

var entryRelaisHospitalisationAidant = &Entry{
	ID: "relais-hospitalisation-aidant", Title: "Relais de l'aidant pendant son hospitalisation (APA)", For: "caregiver", After: []string{"apa-domicile"},
	checks:  relaisHospitalisationChecks,
	amounts: []string{"apa.hospitalisation_aidant"},
	rule:    ruleRelaisHospitalisation,
	Urgent:  []*Signal{caregiverHospitalised},
}

var relaisHospitalisationChecks = []*Check{
	boolCheck("L'aidant doit être hospitalisé", "CASF art. L232-3-3", FactHospitalisationPlanned, true, "oui", "non"),
	apaAtHomeCheck("CASF art. L232-3-3"),
	relationCheck("CASF art. L232-3-3"),
}

func ruleRelaisHospitalisation(f *facts, r *ItemResult) {
	r.amount(f.amount("apa.hospitalisation_aidant"))
}
