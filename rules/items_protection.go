package rules

// Legal protection: procuration, mandat, habilitation familiale, tutelle.

func ruleLegalInfo(f *facts, r *ItemResult) {
	r.Relevant = Or(f.need("legal_protection"), triOf(f.s.Person.MemoryDisorders))
}

func ruleHabilitationFamiliale(f *facts, r *ItemResult) {
	r.add(cond("La personne ne peut plus exprimer sa volonté ni gérer ses intérêts (certificat d'un médecin inscrit)", "Code civil art. 494-1", Unknown, "à faire constater par un médecin inscrit", "person.memory_disorders"))
	// the judge chooses among the ascendants, descendants, brothers and sisters and the
	// spouse: a caregiver outside that circle cannot be habilité, but another relative can
	rel, seen := f.relIn("spouse", "child", "grandchild", "sibling"), f.relationshipSeen()
	if rel == No {
		rel, seen = Unknown, seen+" : seul un enfant, petit-enfant, parent, frère, sœur ou le conjoint de la personne peut être habilité"
	}
	r.add(cond("Un proche parent peut être habilité (enfant, petit-enfant, conjoint, frère ou sœur)", "Code civil art. 494-1", rel, seen, "caregiver.relationship"))
	r.Relevant = Or(f.need("legal_protection"), triOf(f.s.Person.MemoryDisorders))
}

func ruleTutelle(f *facts, r *ItemResult) {
	r.add(cond("Les facultés de la personne sont altérées (certificat d'un médecin inscrit)", "Code civil art. 425 et 440", Unknown, "à faire constater par un médecin inscrit", "person.memory_disorders"))
	r.Relevant = Or(f.need("legal_protection"), triOf(f.s.Person.MemoryDisorders))
}
