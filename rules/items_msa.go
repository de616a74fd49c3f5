package rules

// The MSA's own social action for farm-sector retirees (action-sociale-msa): the aide au
// maintien à domicile for GIR 5 and 6 (the equivalent of the Carsat's OSCAR), the aide au
// retour à domicile after a hospitalisation, and the « Bulle d'air » respite at home.
// These are scheme rules, not statute: the basis says so.

const basisMSA = "Action sanitaire et sociale de la MSA (règle de la caisse, pas une loi)"

var entryActionSocialeMSA = &Entry{
	ID: "action-sociale-msa", Title: "Aides de la MSA pour les retraités agricoles : aide à domicile, retour d'hospitalisation, répit « Bulle d'air »", For: "person",
	Relevant: []*Signal{householdHelpSignal, respiteSignal},
	checks:   msaChecks,
	amounts:  []string{"msa.bulle_air_tarif_horaire"},
	rule:     ruleMSA,
}

var msaChecks = []*Check{
	{Label: "La personne est retraitée du régime agricole (MSA)", Basis: basisMSA, Facts: []FactID{FactPensionScheme},
		eval: func(f *facts) verdict {
			ps := f.s.Person.PensionScheme
			if ps == nil {
				return is(Unknown, unknownSeen)
			}
			if *ps == "agricultural" {
				return is(Yes, f.seenOf(FactPensionScheme, *ps))
			}
			return is(No, f.seenOf(FactPensionScheme, *ps)+" : demandez à sa caisse de retraite principale son aide équivalente")
		}},
	{Label: "La personne est en GIR 5 ou 6 (en GIR 1 à 4, c'est l'APA du département)", Basis: basisMSA + " ; évaluation commune des caisses de retraite",
		Facts: []FactID{FactGIR},
		eval: func(f *facts) verdict {
			if isTrue(f.s.Person.ReceivesAPA) && f.gir == 0 {
				return is(No, "reçoit l'APA (GIR 1 à 4)")
			}
			return is(f.girIn(5, 6), f.girSeen())
		}},
	homeCheck("La personne vit à domicile", basisMSA),
}

func ruleMSA(f *facts, r *ItemResult) {
	r.amount(f.amount("msa.bulle_air_tarif_horaire"))
	if f.s.Person.PensionScheme != nil && *f.s.Person.PensionScheme == "agricultural" &&
		(isTrue(f.s.Caregiver.Exhausted) || f.need("respite") == Yes) {
		r.note("Quel que soit le GIR, l'aidant peut demander le répit à domicile « Bulle d'air », là où la MSA le propose.")
	}
}
