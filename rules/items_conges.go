package rules

// Caregivers' leaves and allowances: congé de proche aidant, AJPA, congé de solidarité familiale, AJAP, aidant salarié.

// apaDecisionCond is D3142-8 3° to 5°: a copy of the APA decision (4°), of a decision
// founded on an incapacity of at least 80 % (3°), or of a majoration pour tierce personne
// (MTP, PCRTP… 5°), which the guide does not ask. A GIR evaluated without an APA decision
// is not enough.
var (
	factsAPADisability = []FactID{FactReceivesAPA, FactDisabilityRate}
	factsGIRDisability = []FactID{FactGIR, FactDisabilityRate}
)

var apaDecisionCheck = &Check{
	Label: "La personne aidée a une décision d'APA (ou une incapacité d'au moins 80 %, ou une majoration pour tierce personne)",
	Basis: "Code du travail art. D3142-8 (3° à 5°)", Facts: []FactID{FactReceivesAPA, FactGIR, FactDisabilityRate},
	Unsettled: "la majoration pour tierce personne (MTP, PCRTP) n'est pas demandée par le guide : à vérifier sur les décisions de la personne",
	eval: func(f *facts) verdict {
		p := f.s.Person
		apa := triOf(p.ReceivesAPA)
		seen := f.boolSeen(p.ReceivesAPA, "l'APA est accordée", "pas d'APA")
		facts := factsAPADisability
		if apa == No && f.girIn(1, 4) != No {
			if pays, _ := f.fusionPaysAPA(); f.inInstitution() == Yes && pays == No {
				// no APA in an establishment in this département: nothing to ask for
				seen = "pas d'APA en établissement dans ce département (expérimentation 2025-2026) : il faut une autre pièce"
			} else {
				// the APA can still be asked for: the leave becomes possible once it is granted
				apa = Unknown
				seen = "pas encore d'APA : demandez-la d'abord"
				if f.gir != 0 {
					seen = f.say("pas encore d'APA (", f.girSeen(), ") : demandez-la d'abord")
				}
				facts = factsGIRDisability
			}
		}
		dis := f.disability(func(d int) bool { return d >= 80 })
		r := Or(apa, dis)
		switch {
		case r == Yes && dis == Yes:
			seen = "incapacité " + f.disabilitySeen()
		case r == No:
			seen += " : possible aussi avec une majoration pour tierce personne (MTP, PCRTP), à vérifier sur ses décisions"
		}
		return verdict{r: r, seen: seen, facts: facts}
	}}

const relationLabel = "L'aidant est un proche (famille, conjoint, ou personne aidée régulièrement et de près)"

// relationCheck: the caregiver is a proche; every relationship qualifies, a friend or
// neighbour if the help is regular and close.
func relationCheck(basis string) *Check {
	return &Check{Label: relationLabel, Basis: basis, Facts: []FactID{FactRelationship},
		eval: func(f *facts) verdict { return f.relation() }}
}

func (f *facts) relation() verdict {
	t := Unknown
	if f.relationship() != "" {
		t = Yes
	}
	return is(t, f.relationshipSeen())
}

// Salariés have their leaves in the Code du travail; agents publics in the Code général de
// la fonction publique (CGFP), which for the congé de proche aidant refers to the persons
// listed in L3142-16. The basis follows the caregiver's employment, both when unknown.
const (
	basisProcheAidantCT   = "Code du travail art. L3142-16 (salariés)"
	basisProcheAidantCGFP = "Code général de la fonction publique art. L634-1 (agents publics)"
	basisSolidariteCT     = "Code du travail art. L3142-6 (salariés)"
	basisSolidariteCGFP   = "Code général de la fonction publique art. L633-1 à L633-4 (agents publics)"
)

// leaveBasis is the text a leave rests on for this caregiver.
func (f *facts) leaveBasis(employee, public string) string {
	if f.noText {
		return ""
	}
	switch f.employment() {
	case "employee":
		return employee
	case "public_servant":
		return public
	}
	return employee + " ; " + public
}

var entryCongeProcheAidant = &Entry{
	ID: "conge-proche-aidant", Title: "Congé de proche aidant", For: "caregiver", After: []string{"apa-domicile"},
	checks: congeProcheAidantChecks,
	rule:   ruleCongeProcheAidant,
}

var congeProcheAidantChecks = []*Check{
	employmentCheck("L'aidant est salarié ou agent public", basisProcheAidantCT+" ; "+basisProcheAidantCGFP, "employee", "public_servant"),
	{Label: relationLabel, Basis: basisProcheAidantCT + " ; " + basisProcheAidantCGFP + ", qui renvoie aux proches listés à l'art. L3142-16 du Code du travail",
		Facts: []FactID{FactRelationship},
		eval: func(f *facts) verdict {
			v := f.relation()
			v.basis = f.leaveBasis(basisProcheAidantCT, basisProcheAidantCGFP+", qui renvoie aux proches listés à l'art. L3142-16 du Code du travail")
			return v
		}},
	apaDecisionCheck,
}

func ruleCongeProcheAidant(f *facts, r *ItemResult) {
	r.note("Pas de condition d'ancienneté depuis le 1er janvier 2020. L'employeur ne peut pas refuser si les conditions et le délai de prévenance sont respectés.")
}

// activityCheck: the caregiver stops or reduces an activity: salarié, agent public,
// indépendant, or a jobseeker if indemnisé (which the guide does not ask).
func activityCheck(label, basis, jobseeker, retired string) *Check {
	return &Check{Label: label, Basis: basis, Facts: []FactID{FactEmployment},
		Unsettled: "pour un demandeur d'emploi, seulement s'il est indemnisé (le guide ne le demande pas)",
		eval: func(f *facts) verdict {
			switch f.employment() {
			case "jobseeker":
				return verdict{r: Unknown, seen: jobseeker, facts: onlyEmployment}
			case "retired":
				if retired != "" {
					return is(No, retired)
				}
			}
			return is(f.empIn("employee", "public_servant", "self_employed", "jobseeker"), f.employmentSeen())
		}}
}

var entryAJPA = &Entry{
	ID: "ajpa", Title: "Allocation journalière du proche aidant (AJPA)", For: "caregiver", After: []string{"conge-proche-aidant"},
	checks:  ajpaChecks,
	amounts: []string{"ajpa.jour", "ajpa.demi_jour", "ajpa.max_mois", "ajpa.max_personne", "ajpa.max_carriere"},
	rule:    ruleAJPA,
}

var ajpaChecks = []*Check{
	activityCheck("L'aidant arrête ou réduit son activité : salarié, agent public, indépendant, ou demandeur d'emploi indemnisé", "CSS art. L168-8",
		"{aidant:demandeuse d'emploi : seulement si elle est indemnisée|demandeur d'emploi : seulement s'il est indemnisé} (l'allocation chômage est alors suspendue)", "{aidant:retraitée|retraité} sans activité : pas d'AJPA"),
	relationCheck("CSS art. L168-8"),
	apaDecisionCheck,
}

func ruleAJPA(f *facts, r *ItemResult) {
	r.amount(f.amount("ajpa.jour"), f.amount("ajpa.demi_jour"), f.amount("ajpa.max_mois"), f.amount("ajpa.max_personne"), f.amount("ajpa.max_carriere"))
	if f.relIn("child", "grandchild", "other_family", "in_law", "sibling", "friend_neighbour") == Yes {
		r.note("On ne peut pas toucher l'AJPA pour les jours où l'on est payé comme salarié de la personne aidée avec l'APA.")
	}
}

func solidariteBasis(f *facts) string { return f.leaveBasis(basisSolidariteCT, basisSolidariteCGFP) }

var entryCongeSolidariteFamiliale = &Entry{
	ID: "conge-solidarite-familiale", Title: "Congé de solidarité familiale (fin de vie)", For: "caregiver",
	checks: congeSolidariteChecks,
	Urgent: []*Signal{endOfLifeSignal},
}

var congeSolidariteChecks = []*Check{
	{Label: "La personne aidée est en fin de vie (maladie grave en phase avancée ou terminale)", Basis: basisSolidariteCT + " ; " + basisSolidariteCGFP,
		Facts: []FactID{FactEndOfLife},
		eval: func(f *facts) verdict {
			p := f.s.Person
			return verdict{r: triOf(p.EndOfLife), seen: f.boolSeen(p.EndOfLife, "oui", "non"), basis: solidariteBasis(f)}
		}},
	employmentCheck("L'aidant est salarié ou agent public", basisSolidariteCT+" ; "+basisSolidariteCGFP, "employee", "public_servant"),
	endOfLifeRelCheck(basisSolidariteCT+" ; "+basisSolidariteCGFP, solidariteBasis),
}

// endOfLifeRelCheck is who may accompany a person at the end of life: an ascendant, a
// descendant, a brother or sister, someone who shares the home, or the personne de
// confiance (Code du travail L3142-6 for the leave; CSS L168-1 for the AJAP, which
// names the same people). The guide does not ask who the personne de confiance is.
func endOfLifeRelCheck(basis string, basisFor func(*facts) string) *Check {
	return &Check{Label: "L'aidant est un ascendant, un descendant, un frère ou une sœur, vit avec la personne, ou est sa personne de confiance",
		Basis: basis, Facts: []FactID{FactRelationship, FactLivesWithPerson},
		Unsettled: "le guide ne demande pas si l'aidant est la personne de confiance",
		eval: func(f *facts) verdict {
			c := f.s.Caregiver
			rel := f.relIn("child", "grandchild", "sibling")
			seen := f.relationshipSeen()
			if rel != Yes && isTrue(c.LivesWithPerson) {
				rel, seen = Yes, seen+", vit avec la personne"
			} else if rel == No {
				rel = Unknown // could still be the personne de confiance
				seen += " : possible si l'aidant vit avec {elle|lui|la personne} ou est sa personne de confiance"
			}
			v := is(rel, seen)
			if basisFor != nil {
				v.basis = basisFor(f)
			}
			return v
		}}
}

var entryAJAP = &Entry{
	ID: "ajap", Title: "Allocation journalière d'accompagnement d'une personne en fin de vie (AJAP)", For: "caregiver", After: []string{"conge-solidarite-familiale"},
	checks:  ajapChecks,
	amounts: []string{"ajap.jour", "ajap.demi_jour", "ajap.nombre_jours", "ajap.nombre_demi_jours"},
	rule:    ruleAJAP,
	Urgent:  []*Signal{endOfLifeSignal},
}

var ajapChecks = []*Check{
	boolCheck("La personne aidée est en fin de vie", "CSS art. L168-1", FactEndOfLife, true, "oui", "non"),
	activityCheck("L'aidant suspend ou réduit son activité (salarié, agent public, indépendant, demandeur d'emploi indemnisé)", "CSS art. L168-1",
		"{aidant:demandeuse d'emploi : seulement si elle est indemnisée|demandeur d'emploi : seulement s'il est indemnisé}", ""),
	endOfLifeRelCheck("CSS art. L168-1", nil),
	alwaysCheck("L'accompagnement a lieu à domicile (chez la personne, chez l'aidant, chez un tiers ou en EHPAD), pas à l'hôpital", "CSS art. L168-1", "domicile au sens large"),
}

func ruleAJAP(f *facts, r *ItemResult) {
	r.amount(f.amount("ajap.jour"), f.amount("ajap.demi_jour"), f.amount("ajap.nombre_jours"), f.amount("ajap.nombre_demi_jours"))
}

var entryAidantSalarie = &Entry{
	ID: "aidant-salarie", Title: "Être salarié de la personne aidée (avec l'APA)", For: "caregiver", After: []string{"apa-domicile"},
	checks: aidantSalarieChecks,
	rule:   ruleAidantSalarie,
}

var aidantSalarieChecks = []*Check{
	{Label: "La personne aidée reçoit l'APA", Basis: "CASF art. L232-7", Facts: []FactID{FactReceivesAPA},
		eval: func(f *facts) verdict {
			p := f.s.Person
			t := triOf(p.ReceivesAPA)
			if t == No && f.girIn(1, 4) != No {
				return is(Unknown, "pas encore d'APA : demandez-la d'abord")
			}
			return is(t, f.boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA"))
		}},
	{Label: "L'aidant n'est pas son conjoint, concubin ou partenaire de PACS", Basis: "CASF art. L232-7", Facts: []FactID{FactRelationship},
		eval: func(f *facts) verdict { return is(Not(f.relIn("spouse")), f.relationshipSeen()) }},
	homeCheck("La personne vit à domicile", "CASF art. L232-6"),
}

func ruleAidantSalarie(f *facts, r *ItemResult) {
	r.note("L'emploi d'un membre de la famille se déclare au département dans le mois ; le salaire suit au moins le SMIC et la convention des particuliers employeurs.")
}
