package rules

// Health: the forfait journalier at the hospital (CSS L174-4) and the affection de longue
// durée for Alzheimer's disease and related dementias (CSS L160-14 3°, D160-4).

var entryForfaitJournalierHospitalier = &Entry{
	ID: "forfait-journalier-hospitalier", Title: "Forfait journalier et reste à charge à l'hôpital", For: "person", Info: true,
	Relevant: []*Signal{hospitalSignal},
	amounts:  []string{"forfait_journalier.hopital", "forfait_journalier.psychiatrie"},
	rule:     ruleForfaitJournalier,
}

func ruleForfaitJournalier(f *facts, r *ItemResult) {
	r.amount(f.amount("forfait_journalier.hopital"), f.amount("forfait_journalier.psychiatrie"))
	r.note("Le forfait journalier est dû pour chaque jour d'hospitalisation complète, jour de sortie compris. Une complémentaire santé « responsable » le rembourse ; les bénéficiaires de la complémentaire santé solidaire ne le paient pas.")
}

var entryALDAlzheimer = &Entry{
	ID: "ald-alzheimer", Title: "Affection de longue durée (ALD) pour la maladie d'Alzheimer ou une maladie apparentée", For: "person", After: []string{"consultation-memoire"},
	Relevant: []*Signal{memorySignal},
	checks:   aldAlzheimerChecks,
	rule:     ruleALDAlzheimer,
}

var aldAlzheimerChecks = []*Check{
	{Label: "Des troubles de la mémoire ou du comportement ont été remarqués (le médecin doit poser le diagnostic de maladie d'Alzheimer ou d'une maladie apparentée)",
		Basis: "CSS art. L160-14 3° et D160-4 (liste des affections de longue durée : maladie d'Alzheimer et autres démences)", Facts: []FactID{FactMemoryDisorders},
		Unsettled: "le diagnostic est médical : le médecin traitant le pose et fait la demande",
		eval: func(f *facts) verdict {
			m := f.s.Person.MemoryDisorders
			switch {
			case m == nil:
				return is(Unknown, unknownSeen)
			case *m:
				// the disorders do not make the diagnosis: to check with the doctor
				return verdict{r: Unknown, seen: "troubles remarqués : diagnostic à confirmer par le médecin", noFacts: true}
			}
			return is(No, "pas de troubles remarqués")
		}},
}

func ruleALDAlzheimer(f *facts, r *ItemResult) {
	r.note("Les soins liés à la maladie sont remboursés à 100 % du tarif de la Sécurité sociale ; les dépassements d'honoraires et le forfait journalier restent à payer.")
}
