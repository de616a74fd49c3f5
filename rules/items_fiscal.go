package rules

// Tax relief for the caregiver.

var deductionAlternatives = []*Check{
	{Label: "L'aidant est son enfant, petit-enfant, gendre ou belle-fille, et lui verse une pension, paie des dépenses pour {elle|lui} ou l'héberge", Basis: "CGI art. 156 II 2° et 196 A bis ; Code civil art. 205 et 206",
		Facts: []FactID{FactRelationship, FactPaysSupport, FactHostsPerson}, Unsettled: "pour la belle-famille, le guide ne demande pas s'il s'agit d'un gendre ou d'une belle-fille",
		eval: func(f *facts) verdict {
			// what is deducted is what the caregiver pays: a pension, expenses paid for her,
			// or her upkeep when she lives with him; a child who pays nothing deducts nothing
			c := f.s.Caregiver
			pays := Or(triOf(c.HostsPerson), triOf(c.PaysSupport))
			paysSeen := "pension ou dépenses : inconnu"
			switch {
			case isTrue(c.HostsPerson):
				paysSeen = "l'héberge"
			case isTrue(c.PaysSupport):
				paysSeen = "lui verse une pension ou paie des dépenses pour {elle|lui}"
			case pays == No:
				paysSeen = "ne lui verse rien et ne l'héberge pas"
			}
			if f.relationship() == "in_law" {
				// only sons- and daughters-in-law owe maintenance to their parents-in-law (art. 206),
				// not brothers- or sisters-in-law: the answer does not say which
				v := verdict{r: And(Unknown, pays), seen: "belle-famille : oui pour un gendre ou une belle-fille, non pour un beau-frère ou une belle-sœur, " + paysSeen}
				if pays != Unknown {
					v.noFacts = true
				}
				return v
			}
			return is(And(f.relIn("child", "grandchild"), pays), f.say(f.relationshipSeen(), ", ", paysSeen))
		}},
	{Label: "Ou : {aidant:elle héberge chez elle|il héberge chez lui} une personne de plus de 75 ans aux revenus modestes", Basis: "CGI art. 156 II 2° ter",
		Facts: []FactID{FactHostsPerson, FactAge, FactMonthlyResources}, Params: []string{"aspa.seul"},
		eval: func(f *facts) verdict {
			c := f.s.Caregiver
			return is(And(triOf(c.HostsPerson), f.age(func(a int) bool { return a > 75 }), f.resourcesUnder(f.amount("aspa.seul"))),
				f.boolSeen(c.HostsPerson, "l'héberge", "ne l'héberge pas")+", "+f.ageSeen())
		}},
}

var entryDeductionFiscaleAscendant = &Entry{
	ID: "deduction-fiscale-ascendant", Title: "Déduire de ses impôts l'aide à un parent", For: "caregiver",
	checks:  deductionAscendantChecks,
	amounts: []string{"deduction_ascendant.forfait"},
	rule:    ruleDeductionAscendant,
}

var deductionAscendantChecks = []*Check{
	{Label: "L'aidant aide un parent qui est dans le besoin en payant pour lui (ou héberge une personne âgée de plus de 75 ans)", Basis: "CGI art. 156", Any: deductionAlternatives},
}

func ruleDeductionAscendant(f *facts, r *ItemResult) {
	c := f.s.Caregiver
	if c.HostsPerson != nil && *c.HostsPerson {
		r.amount(f.amount("deduction_ascendant.forfait"))
	} else {
		r.note("Une pension versée à un parent dans le besoin se déduit sur justificatifs ; si le parent vit chez l'aidant, une déduction forfaitaire sans justificatif est admise.")
	}
}
