package rules

// The working caregiver's arrangements (amenagement-travail-aidant): télétravail (Code du travail L1222-9 as amended by loi
// 2023-622 of 19/07/2023: a refusal to a « salarié aidant d'un enfant, d'un parent ou d'un
// proche » must be reasoned; for agents publics décret 2016-151 art. 4 3°), individual
// hours (L3121-49, for the proches of a personne handicapée) and the congé de proche
// aidant taken part-time or split (L3142-20, with the employer's agreement; CGFP L634-2,
// a right of the agent). Information for an employed caregiver; the leave's own
// conditions are those of conge-proche-aidant.

const (
	basisAmenagementCT   = "Code du travail art. L1222-9, L3121-49 et L3142-20 (salariés)"
	basisAmenagementCGFP = "Code général de la fonction publique art. L634-2 ; décret n° 2016-151 art. 4 3° (agents publics)"
	basisTeletravailCT   = "Code du travail art. L1222-9 (« salarié aidant d'un enfant, d'un parent ou d'un proche »)"
	basisHoraires        = "Code du travail art. L3121-49 (aidants familiaux et proches d'une personne handicapée)"
)

var entryAmenagementTravailAidant = &Entry{
	ID: "amenagement-travail-aidant", Title: "Aidant qui travaille : télétravail, horaires, congé à temps partiel", For: "caregiver",
	After: []string{"conge-proche-aidant"}, Info: true,
	Relevant: []*Signal{workingCaregiverSignal},
	checks:   amenagementTravailChecks,
	amounts:  []string{"fp.teletravail_aidant_mois"},
	rule:     ruleAmenagementTravail,
}

// workingCaregiverSignal: the caregiver has an employer (salarié or agent public).
var workingCaregiverSignal = &Signal{Label: "l'aidant travaille comme salarié ou agent public", Facts: []FactID{FactEmployment},
	eval: func(f *facts) Tri { return f.empIn("employee", "public_servant") }}

var amenagementTravailChecks = []*Check{
	{Label: "L'aidant est salarié ou agent public", Basis: basisAmenagementCT + " ; " + basisAmenagementCGFP, Facts: []FactID{FactEmployment},
		eval: func(f *facts) verdict {
			v := is(f.empIn("employee", "public_servant"), f.employmentSeen())
			v.basis = f.leaveBasis(basisAmenagementCT, basisAmenagementCGFP)
			return v
		}},
	relationCheck(basisTeletravailCT),
	withWhen(&Check{Label: "La personne aidée est reconnue handicapée (PCH, ou incapacité d'au moins 50 %)", Basis: basisHoraires,
		Facts:     []FactID{FactReceivesPCH, FactDisabilityRate},
		Unsettled: "le texte parle de « personne handicapée » sans fixer de taux : sous 50 %, c'est à voir avec l'employeur",
		eval:      func(f *facts) verdict { return f.recognisedDisability() }},
		"pour les horaires individualisés d'un salarié", func(f *facts) bool { return f.employment() != "public_servant" }),
}

// recognisedDisability: the person receives the PCH or has an incapacity rate of at least
// 50 % (the guide's reading of « personne handicapée », which L3121-49 does not define);
// under 50 % it stays open: the text sets no rate.
func (f *facts) recognisedDisability() verdict {
	p := f.s.Person
	if isTrue(p.ReceivesPCH) {
		return is(Yes, "reçoit la PCH")
	}
	if p.DisabilityRate != nil {
		if *p.DisabilityRate >= 50 {
			return is(Yes, "incapacité "+f.disabilitySeen())
		}
		return verdict{r: Unknown, seen: "incapacité " + f.disabilitySeen() + " : à voir avec l'employeur", noFacts: true}
	}
	return is(Unknown, unknownSeen)
}

func ruleAmenagementTravail(f *facts, r *ItemResult) {
	switch f.employment() {
	case "employee":
		r.note("Si l'employeur refuse le télétravail à un salarié aidant, il doit dire pourquoi (Code du travail art. L1222-9). Le congé de proche aidant à temps partiel ou par morceaux demande son accord ; prévenez 48 heures avant chaque période.")
	case "public_servant":
		r.amount(f.amount("fp.teletravail_aidant_mois"))
		r.note("Un agent public peut prendre son congé de proche aidant par morceaux ou à temps partiel, c'est un droit, et télétravailler plus de 3 jours par semaine pendant la durée indiquée, renouvelable.")
	case "":
		r.amount(f.amount("fp.teletravail_aidant_mois"))
	}
}
