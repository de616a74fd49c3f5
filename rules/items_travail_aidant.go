package rules

// The working caregiver: days of rest given by colleagues (Code du travail L3142-25-1).

var entryDonJoursRepos = &Entry{
	ID: "don-jours-repos", Title: "Don de jours de repos par des collègues", For: "caregiver", After: []string{"conge-proche-aidant"},
	checks: donJoursReposChecks,
	rule:   ruleDonJoursRepos,
}

var donJoursReposChecks = []*Check{
	employmentCheck("L'aidant est salarié (ou agent public)", "Code du travail art. L3142-25-1", "employee", "public_servant"),
	relationCheck("Code du travail art. L3142-25-1, qui renvoie aux proches listés à l'art. L3142-16"),
	{Label: "La personne aidée a une perte d'autonomie d'une particulière gravité ou un handicap", Basis: "Code du travail art. L3142-25-1",
		Facts: []FactID{FactGIR, FactDisabilityRate},
		eval: func(f *facts) verdict {
			return is(Or(f.girIn(1, 4), f.disability(func(d int) bool { return d >= 80 })), f.girSeen()+", incapacité "+f.disabilitySeen())
		}},
}

func ruleDonJoursRepos(f *facts, r *ItemResult) {
	r.note("Ce sont des collègues qui donnent, anonymement et avec l'accord de l'employeur, des jours de repos non pris (congés payés seulement au-delà du 24e jour ouvrable). Les jours reçus sont payés comme du travail.")
}
