package rules

// Tax relief for the caregiver.

func ruleDeductionAscendant(f *facts, r *ItemResult) {
	c := f.s.Caregiver
	desc := cond("L'aidant est un enfant, petit-enfant, gendre ou belle-fille de la personne", "CGI art. 156 II 2° ; Code civil art. 205 et 206", f.relIn("child", "grandchild", "in_law"), f.relationshipSeen(), "caregiver.relationship")
	if f.relationship() == "in_law" {
		// only sons- and daughters-in-law owe maintenance to their parents-in-law (art. 206),
		// not brothers- or sisters-in-law: the answer does not say which
		desc.Result, desc.Seen = Unknown, "belle-famille : oui pour un gendre ou une belle-fille, non pour un beau-frère ou une belle-sœur"
	}
	hosted := cond("Ou : il héberge chez lui une personne de plus de 75 ans aux revenus modestes", "CGI art. 156 II 2° ter",
		And(triOf(c.HostsPerson), f.age(func(a int) bool { return a > 75 }), f.resourcesUnder(f.amount("aspa.seul"))),
		boolSeen(c.HostsPerson, "l'héberge", "ne l'héberge pas")+", "+f.ageSeen(), "caregiver.hosts_person", "person.age", "person.monthly_resources")
	r.add(anyCond("L'aidant aide un parent (ou héberge une personne âgée de plus de 75 ans)", "CGI art. 156", desc, hosted))
	if c.HostsPerson != nil && *c.HostsPerson {
		r.amount(f.amount("deduction_ascendant.forfait"))
	} else {
		r.note("Une pension versée à un parent dans le besoin se déduit sur justificatifs ; si le parent vit chez l'aidant, une déduction forfaitaire sans justificatif est admise.")
	}
}
