package rules

// The agents publics' leaves to help a relative (conges-aidants-fonction-publique): the
// Code général de la fonction publique's congé de proche aidant (L634-1 to L634-4), congé
// de solidarité familiale (L633-1 to L633-4), temps partiel de plein droit to give care
// (L612-3 3°) and the disponibilité de droit to give care (décrets 85-986 art. 47, 86-68
// art. 24, 88-976 art. 34). The item is met when one of them applies.

const (
	basisFPTempsPartiel = "Code général de la fonction publique art. L612-3 3° ; disponibilité : décrets n° 85-986 art. 47, n° 86-68 art. 24, n° 88-976 art. 34"
	basisFPConges       = "Code général de la fonction publique art. L612-3, L633-1 et L634-1"
)

var entryCongesAidantsFonctionPublique = &Entry{
	ID: "conges-aidants-fonction-publique", Title: "Agent public qui aide un proche : congés, disponibilité, temps partiel de droit", For: "caregiver",
	After:    []string{"apa-domicile"},
	Relevant: []*Signal{publicServantSignal},
	checks:   congesFonctionPubliqueChecks,
	amounts:  []string{"fp.disponibilite_soins_ans"},
	rule:     ruleCongesFonctionPublique,
}

// publicServantSignal: the caregiver is an agent public.
var publicServantSignal = &Signal{Label: "l'aidant est agent public", Facts: []FactID{FactEmployment},
	eval: func(f *facts) Tri { return f.empIn("public_servant") }}

var congesFonctionPubliqueChecks = []*Check{
	employmentCheck("L'aidant est agent public (fonctionnaire de l'État, d'une collectivité ou d'un hôpital)", basisFPConges, "public_servant"),
	relationCheck(basisProcheAidantCGFP + ", qui renvoie aux proches listés à l'art. L3142-16 du Code du travail"),
	{Label: "Un des motifs des textes : décision d'APA (congé de proche aidant), soins à un ascendant ou au conjoint (temps partiel de droit, disponibilité), ou fin de vie (congé de solidarité familiale)",
		Basis: basisFPConges, Any: []*Check{apaDecisionCheck, fpSoinsCheck, fpEndOfLifeCheck}},
}

// fpSoinsCheck is L612-3 3° (and the same wording for the disponibilité de droit): care
// to the spouse or PACS partner, a dependent child or an ascendant who has a disability
// requiring a third person, or an accident or serious illness. Parents-in-law are not
// ascendants (Sénat, question écrite n° 07592 of 2013). The guide reads a GIR 1 to 4 or
// an incapacity of at least 80 % as the need of a third person; otherwise the medical
// certificate decides.
var fpSoinsCheck = &Check{
	Label: "Ou : la personne est son ascendant (parent, grand-parent) ou son conjoint, et a besoin d'un tiers (handicap), ou a eu un accident ou une maladie grave",
	Basis: basisFPTempsPartiel, Facts: []FactID{FactRelationship, FactGIR, FactDisabilityRate},
	Unsettled: "l'accident ou la maladie grave se justifie par un certificat médical, que le guide ne voit pas",
	eval: func(f *facts) verdict {
		rel := f.relIn("spouse", "child", "grandchild")
		if rel == No {
			seen := f.relationshipSeen() + " : pas un ascendant ni le conjoint"
			if f.relationship() == "in_law" {
				seen = "beau-parent : ce n'est pas un ascendant au sens de ces textes"
			}
			return is(No, seen)
		}
		need := Or(f.girIn(1, 4), f.disability(func(d int) bool { return d >= 80 }))
		if need == Yes {
			return is(rel, f.relationshipSeen()+", "+f.needSeen())
		}
		if rel == Yes && need == No {
			return verdict{r: Unknown, seen: f.relationshipSeen() + " : selon le certificat médical (accident ou maladie grave)", noFacts: true}
		}
		return is(Unknown, f.relationshipSeen())
	}}

// needSeen says what showed the need of a third person.
func (f *facts) needSeen() string {
	if f.girIn(1, 4) == Yes {
		return f.girSeen()
	}
	return "incapacité " + f.disabilitySeen()
}

var fpEndOfLifeCheck = &Check{Label: "Ou : la personne est en fin de vie (congé de solidarité familiale)", Basis: basisSolidariteCGFP,
	Facts: []FactID{FactEndOfLife},
	eval: func(f *facts) verdict {
		p := f.s.Person
		return is(triOf(p.EndOfLife), f.boolSeen(p.EndOfLife, "oui", "non"))
	}}

func ruleCongesFonctionPublique(f *facts, r *ItemResult) {
	if f.empIn("public_servant") == No {
		return
	}
	r.amount(f.amount("fp.disponibilite_soins_ans"))
	if f.relationship() == "in_law" {
		r.note("Pour un beau-parent, le temps partiel de droit et la disponibilité pour soins ne s'appliquent pas ; le congé de proche aidant, lui, est possible.")
	}
}
