// Package guide is the use case: the questionnaire as data, the evaluation of a situation
// at a date into an ordered action plan, and the plan's renderings.
package guide

import "aidants/rules"

// Kind is the type of answer a question takes.
type Kind string

const (
	KindInt    Kind = "int"
	KindEuros  Kind = "euros"
	KindBool   Kind = "bool"
	KindChoice Kind = "choice"
	KindMulti  Kind = "multi"
	KindText   Kind = "text"
)

// Option is one possible answer of a choice question.
type Option struct {
	Value string
	Label string
}

// Question is one question of the questionnaire, worded as one asks it on the phone.
type Question struct {
	Fact    string // situation field path: "person.age"
	Group   string // la personne aidée, son autonomie, ses ressources, l'aidant, les besoins
	Text    string // with « elle » for the person helped: see Case.Text
	Who     string // Text naming the person ({qui}: « votre mère ») once known; may be empty
	Help    string // short text the agent can read out
	Kind    Kind
	Options []Option
	Min     int
	Max     int
	// Shown reports whether the question can still matter given the answers so far.
	Shown func(*rules.Situation) bool
}

// Groups in the order the questionnaire asks them.
var Groups = []string{"La personne aidée", "Son autonomie", "Ses ressources", "L'aidant", "Les besoins"}

func always(*rules.Situation) bool { return true }

func isTrue(b *bool) bool { return b != nil && *b }

func is(v *string, want string) bool { return v != nil && *v == want }

// notInInstitution: what happens at home (hospital discharge, the APA plan at home, the
// caregiver's daily presence or stay in hospital) is not asked for an EHPAD resident.
func notInInstitution(s *rules.Situation) bool { return !is(s.Person.Residence, "institution") }

// mayBeHosted: a spouse is never « hosting » the person (the deduction for hosting a
// person over 75, CGI art. 156 II 2° ter, is for someone outside the tax household a
// couple shares), nor is a caregiver who lives in the person's own home.
func mayBeHosted(s *rules.Situation) bool {
	if !notInInstitution(s) || is(s.Caregiver.Relationship, "spouse") {
		return false
	}
	return !(is(s.Person.Residence, "home") && isTrue(s.Caregiver.LivesWithPerson))
}

// Questions is the questionnaire, in the order an agent asks.
var Questions = fromFactTable([]Question{
	{Fact: "person.sex", Group: Groups[0], Text: "La personne que vous aidez est une femme ou un homme ?", Help: "Pour poser les questions avec les bons mots. Ne change aucun droit.", Shown: always},
	{Fact: "caregiver.relationship", Group: Groups[0], Text: "Qui êtes-vous pour elle ? (ou l'aidant, si ce n'est pas vous)", Help: "Conjoint, enfant, petit-enfant, frère ou sœur, ami…", Shown: always},
	{Fact: "person.age", Group: Groups[0], Text: "Quel âge a-t-elle ?", Who: "Quel âge a {qui} ?", Help: "Beaucoup d'aides commencent à 60 ans, d'autres à 65 ou 70 ans.", Shown: always},
	{Fact: "person.department", Group: Groups[0], Text: "Dans quelle commune vit-elle ?", Who: "Dans quelle commune vit {qui} ?", Help: "Le nom de la commune ou son code postal ; à défaut, le département (23 ou Creuse). La commune sert à trouver les contacts près de chez elle.", Shown: always},
	{Fact: "person.residence", Group: Groups[0], Text: "Où vit-elle aujourd'hui ?", Who: "Où vit {qui} aujourd'hui ?", Help: "Chez elle, chez un proche, en famille d'accueil, en résidence autonomie ou en établissement.", Shown: always},
	{Fact: "person.housing", Group: Groups[0], Text: "Est-elle propriétaire ou locataire de son logement ?", Help: "Compte pour l'aide à l'adaptation du logement et les aides au logement.",
		Shown: func(s *rules.Situation) bool {
			return s.Person.Residence == nil || *s.Person.Residence != "institution"
		}},
	{Fact: "person.urgent", Group: Groups[0], Text: "Y a-t-il une urgence en ce moment ?", Help: "Retour d'hôpital sans aide, aidant absent, danger à domicile : l'APA peut être versée en urgence.", Shown: always},
	{Fact: "person.recent_hospitalisation", Group: Groups[0], Text: "Sort-elle d'une hospitalisation, ou va-t-elle sortir bientôt ?", Help: "Des aides au retour à domicile existent pour quelques mois.", Shown: notInInstitution},
	{Fact: "person.end_of_life", Group: Groups[0], Text: "Est-elle en fin de vie (maladie grave en phase avancée) ?", Help: "Ouvre le congé de solidarité familiale et l'allocation d'accompagnement.", Shown: always},
	{Fact: "person.memory_disorders", Group: Groups[0], Text: "A-t-on remarqué des troubles de la mémoire ou du comportement ?", Help: "Oublis, désorientation, changement de caractère.", Shown: always},

	{Fact: "person.gir", Group: Groups[1], Text: "Connaissez-vous son GIR ?", Help: "Le GIR va de 1 (très dépendant) à 6 (autonome). Il figure sur la décision d'APA ou l'évaluation de la caisse de retraite. Sinon, on peut l'estimer.", Shown: always},
	{Fact: "person.receives_apa", Group: Groups[1], Text: "Reçoit-elle déjà l'APA (allocation personnalisée d'autonomie) ?", Help: "Une aide du département, versée après une visite à domicile.", Shown: always},
	{Fact: "person.apa_plan_amount", Group: Groups[1], Text: "Quel est le montant mensuel du plan d'aide proposé ou accordé ?", Help: "En euros par mois. Il figure sur la proposition de plan d'aide du département.", Shown: func(s *rules.Situation) bool {
		g, _, _ := rules.EffectiveGIR(s)
		return notInInstitution(s) && (g == 0 || g <= 4)
	}},
	{Fact: "person.disability_rate", Group: Groups[1], Text: "A-t-elle un taux d'incapacité reconnu par la MDPH ?", Help: "Un pourcentage, par exemple 80 ; tapez 0 s'il n'y en a pas (vide veut dire : on ne sait pas).", Shown: always},
	{Fact: "person.receives_pch", Group: Groups[1], Text: "Touche-t-elle la PCH (prestation de compensation du handicap) ?", Help: "Une aide de la MDPH, souvent obtenue avant 60 ans. La PCH ne se cumule pas avec l'APA : il faut choisir.",
		Shown: func(s *rules.Situation) bool { return s.Person.DisabilityRate != nil && *s.Person.DisabilityRate >= 50 }},
	// CASF L245-1 II 1°: the test is the criteria of the PCH met before 60, not the onset of a
	// disability; the rules name it missing only past the age limit (pch-apres-60)
	{Fact: "person.disability_before_60", Group: Groups[1], Text: "Avant ses 60 ans, son handicap rendait-il déjà très difficile la vie de tous les jours ?",
		Who:  "Avant ses 60 ans, le handicap de {qui} rendait-il déjà très difficile la vie de tous les jours ?",
		Help: "C'est ce qui garde la PCH possible après 60 ans : avant 60 ans, ne pas pouvoir faire du tout une activité essentielle (se laver, s'habiller, se déplacer, parler, s'orienter…), ou avoir beaucoup de mal pour deux. Un handicap de naissance ou ancien qui gênait déjà autant compte, même sans demande à l'époque. Non : les grosses difficultés sont venues après 60 ans.",
		Shown: func(s *rules.Situation) bool {
			return !isTrue(s.Person.ReceivesPCH) && s.Person.DisabilityRate != nil && *s.Person.DisabilityRate >= 50
		}},

	{Fact: "person.monthly_resources", Group: Groups[2], Text: "Combien touche-t-elle par mois, toutes ressources comprises ?", Help: "Retraites, pensions, revenus. Pour un couple, les ressources du couple. Vous avez l'avis d'imposition ? Le revenu déclaré divisé par 12 donne les ressources que compte l'APA (calcul complet : aidants ressources-apa).", Shown: always},
	{Fact: "person.ehpad_accommodation_daily", Group: Groups[2], Text: "Quel est le prix de journée hébergement de l'établissement ?", Help: "En euros par jour, sur la grille de prix de l'EHPAD. Sert à estimer le reste à payer chaque mois.", Shown: inEstablishment},
	{Fact: "person.ehpad_dependency_daily", Group: Groups[2], Text: "Quel est le tarif dépendance de son GIR (GIR 1-2 ou 3-4), par jour ?", Help: "Sur la même grille de prix, en euros par jour.", Shown: func(s *rules.Situation) bool {
		g, _, _ := rules.EffectiveGIR(s)
		return inEstablishment(s) && (g == 0 || g <= 4)
	}},
	{Fact: "person.ehpad_dependency_gir56_daily", Group: Groups[2], Text: "Quel est le tarif dépendance GIR 5-6, par jour ?", Help: "Le « ticket modérateur » que paie chaque résident, en euros par jour (dans certains départements : la participation forfaitaire).", Shown: inEstablishment},
	{Fact: "person.couple", Group: Groups[2], Text: "Vit-elle en couple ?", Help: "Marié, pacsé ou en concubinage.", Shown: always},
	{Fact: "person.receives_aspa", Group: Groups[2], Text: "Touche-t-elle le minimum vieillesse (ASPA) ?", Help: "Avec l'ASPA, il n'y a rien à payer sur le plan d'aide APA.", Shown: always},
	{Fact: "person.pension_scheme", Group: Groups[2], Text: "Quelle est sa caisse de retraite principale ?", Help: "Régime général (Carsat, Assurance retraite), agricole (MSA), mines, fonction publique…", Shown: always},

	{Fact: "caregiver.sex", Group: Groups[3], Text: "L'aidant est-il un homme ou une femme ?", Help: "Pour écrire le résumé avec les bons mots (« sa fille, salariée »). Ne change aucun droit ; souvent, on l'entend à la voix.",
		Shown: func(s *rules.Situation) bool { return s.Caregiver.Relationship != nil }},
	{Fact: "caregiver.employment", Group: Groups[3], Text: "L'aidant travaille-t-il ?", Help: "Salarié, agent public, indépendant, demandeur d'emploi, retraité…", Shown: always},
	{Fact: "caregiver.lives_with_person", Group: Groups[3], Text: "L'aidant vit-il avec elle ?", Help: "Sous le même toit, au quotidien.", Shown: notInInstitution},
	{Fact: "caregiver.hosts_person", Group: Groups[3], Text: "L'aidant héberge-t-il la personne chez lui ?", Help: "Ouvre une déduction d'impôt forfaitaire.", Shown: mayBeHosted},
	{Fact: "caregiver.pays_support", Group: Groups[3], Text: "L'aidant lui verse-t-il une pension, ou paie-t-il des dépenses pour elle ?", Help: "Une somme chaque mois, ou des factures payées pour elle (aide à domicile, EHPAD…) : cela se déduit de ses impôts.",
		Shown: func(s *rules.Situation) bool { return !is(s.Caregiver.Relationship, "spouse") }},
	{Fact: "caregiver.exhausted", Group: Groups[3], Text: "L'aidant se sent-il épuisé, à bout ?", Help: "Des solutions de répit et d'écoute existent, même en urgence.", Shown: always},
	{Fact: "caregiver.hospitalisation_planned", Group: Groups[3], Text: "L'aidant doit-il être hospitalisé prochainement ?", Help: "L'APA peut financer un relais pendant l'hospitalisation.", Shown: notInInstitution},

	{Fact: "person.employs_home_help", Group: Groups[4], Text: "{Emploie-t-elle elle-même|Emploie-t-il lui-même} quelqu'un chez {elle|lui} (en CESU, directement ou par un mandataire) ?", Help: "Ouvre l'exonération de cotisations patronales et le crédit d'impôt. Un service prestataire qui envoie son salarié ne compte pas ici.", Shown: notInInstitution},
	{Fact: "needs", Group: Groups[4], Text: "De quoi la famille a besoin ?", Help: "Plusieurs réponses possibles.", Shown: always},
})

func inEstablishment(s *rules.Situation) bool {
	return s.Person.Residence != nil && *s.Person.Residence == "institution"
}

// QuestionFor returns the question that asks a fact, if any.
// The place question asks both person.commune and person.department.
func QuestionFor(fact string) (Question, bool) {
	if fact == "person.commune" {
		fact = "person.department"
	}
	for _, q := range Questions {
		if q.Fact == fact {
			return q, true
		}
	}
	for _, q := range AGGIRQuestions {
		if q.Fact == fact {
			return q, true
		}
	}
	return Question{}, false
}

func questionIndex(fact string) int {
	if fact == "person.commune" {
		fact = "person.department"
	}
	for i, q := range Questions {
		if q.Fact == fact {
			return i
		}
	}
	return len(Questions)
}

// fromFactTable completes each question from the fact table (rules.Fields): the kind of
// answer, the bounds of a number and the options of a choice are written there once.
// A question whose fact has no row is a programming error caught at start.
func fromFactTable(qs []Question) []Question {
	for i := range qs {
		q := &qs[i]
		fd := rules.FieldOf(rules.FactID(q.Fact))
		if fd == nil {
			panic("guide: question without a row in the fact table: " + q.Fact)
		}
		switch fd.Kind {
		case rules.FieldInt:
			q.Kind, q.Min, q.Max = KindInt, fd.Min, fd.Max
			if len(fd.Choices) > 0 {
				q.Kind, q.Min, q.Max = KindChoice, 0, 0
			}
		case rules.FieldEuros:
			q.Kind = KindEuros
		case rules.FieldBool:
			q.Kind = KindBool
		case rules.FieldEnum:
			q.Kind = KindChoice
		case rules.FieldSet:
			q.Kind = KindMulti
		default:
			q.Kind = KindText
		}
		if q.Kind == KindChoice || q.Kind == KindMulti {
			q.Options = make([]Option, len(fd.Choices))
			for j, c := range fd.Choices {
				q.Options[j] = Option{Value: c.Value, Label: c.Label}
			}
		}
	}
	return qs
}
