package rules

// Legal protection: procuration, mandat, habilitation familiale, tutelle.

var entryProcuration = &Entry{
	ID: "procuration", Title: "Procuration (banque, démarches)", For: "person", Info: true,
	Relevant: legalSignals,
}

var entryMandatProtectionFuture = &Entry{
	ID: "mandat-protection-future", Title: "Mandat de protection future", For: "person", Info: true,
	Relevant: legalSignals,
}

var entryHabilitationFamiliale = &Entry{
	ID: "habilitation-familiale", Title: "Habilitation familiale", For: "person",
	Relevant: legalSignals,
	checks:   habilitationFamilialeChecks,
}

var habilitationFamilialeChecks = []*Check{
	askedCheck("La personne ne peut plus exprimer sa volonté ni gérer ses intérêts (certificat d'un médecin inscrit)", "Code civil art. 494-1",
		"à faire constater par un médecin inscrit", FactMemoryDisorders, "seul un médecin inscrit sur la liste du procureur peut le constater"),
	// the judge chooses among the ascendants, descendants, brothers and sisters and the
	// spouse: a caregiver outside that circle cannot be habilité, but another relative can
	{Label: "Un proche parent peut être habilité (enfant, petit-enfant, conjoint, frère ou sœur)", Basis: "Code civil art. 494-1", Facts: []FactID{FactRelationship},
		Unsettled: "le guide ne demande pas quels autres proches la personne a",
		eval: func(f *facts) verdict {
			rel, seen := f.relIn("spouse", "child", "grandchild", "sibling"), f.relationshipSeen()
			if rel == No {
				rel, seen = Unknown, seen+" : seul un enfant, petit-enfant, parent, frère, sœur ou le conjoint de la personne peut être habilité"
			}
			return is(rel, seen)
		}},
}

var entryTutelleCuratelle = &Entry{
	ID: "tutelle-curatelle", Title: "Tutelle, curatelle, sauvegarde de justice", For: "person",
	Relevant: legalSignals,
	checks:   tutelleChecks,
}

var tutelleChecks = []*Check{
	askedCheck("Les facultés de la personne sont altérées (certificat d'un médecin inscrit)", "Code civil art. 425 et 440",
		"à faire constater par un médecin inscrit", FactMemoryDisorders, "seul un médecin inscrit sur la liste du procureur peut le constater"),
}
