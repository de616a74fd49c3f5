package rules

// Taxe foncière of the main home: exemption from 75 (CGI art. 1391) and for ASPA
// recipients (art. 1390), 100 € relief from 65 to 75 (art. 1391 B), under the income limit
// of art. 1417-I and the cohabitation condition of art. 1390.

var taxeFonciereAlternatives = []*Check{
	{Label: "Ou : {elle|il|la personne} a plus de 75 ans au 1er janvier (exonération)", Basis: "CGI art. 1391", Facts: []FactID{FactAge},
		eval: func(f *facts) verdict { return olderThan(f, 75) }},
	{Label: "Ou : {elle|il|la personne} a plus de 65 ans (dégrèvement de 100 € jusqu'à 75 ans)", Basis: "CGI art. 1391 B", Facts: []FactID{FactAge},
		eval: func(f *facts) verdict { return olderThan(f, 65) }},
	{Label: "Ou : {elle|il|la personne} reçoit l'ASPA (exonération)", Basis: "CGI art. 1390", Facts: []FactID{FactReceivesASPA},
		eval: func(f *facts) verdict {
			return is(triOf(f.s.Person.ReceivesASPA), f.boolSeen(f.s.Person.ReceivesASPA, "reçoit l'ASPA", "pas d'ASPA"))
		}},
}

var entryTaxeFonciere = &Entry{
	ID: "taxe-fonciere", Title: "Taxe foncière : exonération ou dégrèvement pour les personnes âgées", For: "person",
	checks:  taxeFonciereChecks,
	amounts: []string{"taxe_fonciere.degrevement_65_75", "taxe_fonciere.limite_rfr_part", "taxe_fonciere.limite_rfr_demi_part"},
	rule:    ruleTaxeFonciere,
}

var taxeFonciereChecks = []*Check{
	{Label: "La personne est propriétaire du logement qui est (ou était, avant l'entrée en établissement) sa résidence principale", Basis: "CGI art. 1390, 1391 et 1391 B",
		Facts: []FactID{FactHousing, FactResidence}, Unsettled: "en établissement, l'ancien logement compte s'il reste à sa disposition",
		eval: func(f *facts) verdict {
			p := f.s.Person
			if f.inInstitution() == Yes {
				return verdict{r: Unknown, seen: f.residenceSeen() + " : si {elle|il} garde son ancien logement", noFacts: true}
			}
			if p.Housing == nil {
				return is(Unknown, unknownSeen)
			}
			seen := *p.Housing
			if c := FieldOf(FactHousing).Choice(*p.Housing); c != nil {
				seen = c.Seen
			}
			return is(Bool(*p.Housing == "owner"), seen)
		}},
	{Label: "{Elle|Il|La personne} a plus de 65 ans, ou reçoit l'ASPA", Basis: "CGI art. 1390, 1391 et 1391 B", Any: taxeFonciereAlternatives},
	askedCheck("Son revenu fiscal de référence ne dépasse pas la limite de l'article 1417-I (selon les parts)", "CGI art. 1417-I",
		"à lire sur l'avis d'imposition", FactMonthlyResources, "le revenu fiscal de référence n'est pas demandé par le guide"),
	askedCheck("{Elle vit seule|Il vit seul|La personne vit seule}, avec son conjoint, avec des personnes à sa charge, ou avec des personnes aux revenus sous la même limite", "CGI art. 1390",
		"à vérifier", FactLivesWithPerson, "la composition du foyer n'est pas demandée par le guide"),
}

func ruleTaxeFonciere(f *facts, r *ItemResult) {
	r.amount(f.amount("taxe_fonciere.degrevement_65_75"), f.amount("taxe_fonciere.limite_rfr_part"), f.amount("taxe_fonciere.limite_rfr_demi_part"))
	r.note("L'exonération et le dégrèvement sont en principe appliqués d'office par les impôts ; s'ils ne figurent pas sur l'avis de taxe foncière, faites une réclamation au service des impôts.")
}

// olderThan is "âgé de plus de n ans au 1er janvier": yes from n+1, no under n; at n
// exactly it depends on the birth date, which the guide does not ask.
func olderThan(f *facts, n int) verdict {
	if a := f.s.Person.Age; a != nil && *a == n {
		return verdict{r: Unknown, seen: f.ageSeen() + " : selon la date de naissance", noFacts: true}
	}
	return is(f.age(func(a int) bool { return a > n }), f.ageSeen())
}
