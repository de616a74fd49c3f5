package rules_test

// Caregivers' leaves, allowances and support (Code du travail art. L3142-6, L3142-16,
// D3142-8; CSS art. L168-1, L168-8, D168-12; CASF art. L232-3-2, L232-3-3, L232-7;
// reference §3 to §6, verifications §8 and §9).

import "testing"

// withAPA: a parent with the APA at home, helped by an employed child.
func withAPA() *sb { return person().age(84).gir(3).home().apa(true).rel("child").job("employee") }

// noAPA: a GIR 5 parent without the APA (so the APA decision cannot settle D3142-8).
func noAPA() *sb { return person().age(84).gir(5).home().apa(false).rel("child").job("employee") }

func endOfLife() *sb { return person().age(85).home().endOfLife(true).rel("child").job("employee") }

var lawAidants = law("aidants", []lawCase{
	// congé de proche aidant: salarié or agent public (L3142-16), a proche, and a piece of D3142-8 3° to 5°
	{name: "salarié, parent avec l'APA (L3142-16, D3142-8 4°)", id: "conge-proche-aidant", sit: withAPA(), status: eligible},
	{name: "agent public (L3142-16 ; CGFP)", id: "conge-proche-aidant", sit: withAPA().job("public_servant"), status: eligible},
	{name: "travailleur indépendant : pas de congé (L3142-16)", id: "conge-proche-aidant", sit: withAPA().job("self_employed"), status: notEligible},
	{name: "retraité : pas de congé (L3142-16)", id: "conge-proche-aidant", sit: withAPA().job("retired"), status: notEligible},
	{name: "ami aidant régulièrement (L3142-16 9°)", id: "conge-proche-aidant", sit: withAPA().rel("friend_neighbour"), status: eligible},
	{name: "lien inconnu", id: "conge-proche-aidant", sit: person().age(84).gir(3).home().apa(true).job("employee"), status: toCheck},
	{name: "sans APA, incapacité 79 % (D3142-8 3°)", id: "conge-proche-aidant", sit: noAPA().dis(79), status: notEligible},
	{name: "sans APA, incapacité 80 % (D3142-8 3°)", id: "conge-proche-aidant", sit: noAPA().dis(80), status: eligible},
	{name: "sans APA, incapacité 81 % (D3142-8 3°)", id: "conge-proche-aidant", sit: noAPA().dis(81), status: eligible},
	{name: "GIR 3 sans décision d'APA : la demander d'abord (D3142-8 4°)", id: "conge-proche-aidant", sit: withAPA().apa(false).dis(0), status: toCheck},
	{name: "GIR 4 avec l'APA, depuis le 1/7/2022 (D3142-8 4°)", id: "conge-proche-aidant", sit: withAPA().gir(4), status: eligible},
	{name: "en EHPAD avec l'APA : le congé reste possible", id: "conge-proche-aidant", sit: withAPA().ehpad().dep("33"), status: eligible},

	// AJPA: stops or reduces an activity (L168-8), same pieces (D3142-8 3° to 5°)
	{name: "salarié (L168-8)", id: "ajpa", sit: withAPA(), status: eligible, amount: "ajpa.jour", num: 6664},
	{name: "indépendant (L168-8)", id: "ajpa", sit: withAPA().job("self_employed"), status: eligible},
	{name: "agent public (L168-8)", id: "ajpa", sit: withAPA().job("public_servant"), status: eligible},
	{name: "demandeur d'emploi : seulement indemnisé (L168-8, verifications §8)", id: "ajpa", sit: withAPA().job("jobseeker"), status: toCheck},
	{name: "retraité sans activité (verifications §8)", id: "ajpa", sit: withAPA().job("retired"), status: notEligible},
	{name: "sans activité professionnelle", id: "ajpa", sit: withAPA().job("not_working"), status: notEligible},
	{name: "sans APA, incapacité 79 % (D3142-8 3°)", id: "ajpa", sit: noAPA().dis(79), status: notEligible},
	{name: "sans APA, incapacité 80 % (D3142-8 3°)", id: "ajpa", sit: noAPA().dis(80), status: eligible},
	{name: "demi-journée 33,32 € en 2026", id: "ajpa", sit: withAPA(), amount: "ajpa.demi_jour", num: 3332},
	{name: "22 allocations par mois (D168-12)", id: "ajpa", sit: withAPA(), amount: "ajpa.max_mois", num: 22},
	{name: "66 jours par personne aidée (D168-12)", id: "ajpa", sit: withAPA(), amount: "ajpa.max_personne", num: 66},
	{name: "264 jours sur la carrière depuis le 1/1/2025 (LFSS 2024, D168-12)", id: "ajpa", sit: withAPA(), date: day(2025, 1, 1), amount: "ajpa.max_carriere", num: 264},
	{name: "66 jours sur la carrière le 31/12/2024 (D168-12 ancien)", id: "ajpa", sit: withAPA(), date: day(2024, 12, 31), amount: "ajpa.max_carriere", num: 66},
	{name: "64,54 € par jour en 2024", id: "ajpa", sit: withAPA(), date: day(2024, 6, 1), amount: "ajpa.jour", num: 6454},

	// congé de solidarité familiale (L3142-6): end of life, salarié, the people it names
	{name: "enfant salarié, parent en fin de vie (L3142-6)", id: "conge-solidarite-familiale", sit: endOfLife(), status: eligible, urgent: isTrue},
	{name: "pas en fin de vie (L3142-6)", id: "conge-solidarite-familiale", sit: endOfLife().endOfLife(false), status: notEligible, urgent: isFalse},
	{name: "indépendant : pas de congé (L3142-6)", id: "conge-solidarite-familiale", sit: endOfLife().job("self_employed"), status: notEligible},
	{name: "agent public (L3142-6 ; CGFP)", id: "conge-solidarite-familiale", sit: endOfLife().job("public_servant"), status: eligible},
	{name: "frère ou sœur (L3142-6)", id: "conge-solidarite-familiale", sit: endOfLife().rel("sibling"), status: eligible},
	{name: "petit-enfant, descendant (L3142-6)", id: "conge-solidarite-familiale", sit: endOfLife().rel("grandchild"), status: eligible},
	{name: "ami qui partage le domicile (L3142-6)", id: "conge-solidarite-familiale", sit: endOfLife().rel("friend_neighbour").livesWith(true), status: eligible},
	{name: "ami qui ne vit pas avec elle : personne de confiance ? (L3142-6)", id: "conge-solidarite-familiale", sit: endOfLife().rel("friend_neighbour").livesWith(false), status: toCheck},
	{name: "belle-famille sans vie commune : personne de confiance ? (L3142-6)", id: "conge-solidarite-familiale", sit: endOfLife().rel("in_law").livesWith(false), status: toCheck},

	// AJAP (L168-1): the same people, an activity suspended or reduced, at home in the broad sense
	{name: "enfant salarié (L168-1)", id: "ajap", sit: endOfLife(), status: eligible, amount: "ajap.nombre_jours", num: 21, urgent: isTrue},
	{name: "42 demi-allocations (D168-8)", id: "ajap", sit: endOfLife(), amount: "ajap.nombre_demi_jours", num: 42},
	{name: "indépendant (L168-1)", id: "ajap", sit: endOfLife().job("self_employed"), status: eligible},
	{name: "demandeur d'emploi indemnisé seulement (L168-1)", id: "ajap", sit: endOfLife().job("jobseeker"), status: toCheck},
	{name: "retraité (L168-1)", id: "ajap", sit: endOfLife().job("retired"), status: notEligible},
	{name: "pas en fin de vie (L168-1)", id: "ajap", sit: endOfLife().endOfLife(false), status: notEligible},
	{name: "voisin, ni vie commune ni personne de confiance connue (L168-1)", id: "ajap", sit: endOfLife().rel("friend_neighbour").livesWith(false), status: toCheck},

	// aidant salarié (L232-7): the APA pays a relative, not the spouse
	{name: "enfant salarié par le parent avec l'APA (L232-7)", id: "aidant-salarie", sit: withAPA(), status: eligible},
	{name: "conjoint : exclu (L232-7)", id: "aidant-salarie", sit: withAPA().rel("spouse"), status: notEligible},
	{name: "parent en EHPAD (L232-6)", id: "aidant-salarie", sit: withAPA().ehpad(), status: notEligible},
	{name: "GIR 3 sans APA : la demander d'abord (L232-7)", id: "aidant-salarie", sit: withAPA().apa(false), status: toCheck},
	{name: "GIR 5 sans APA (L232-7)", id: "aidant-salarie", sit: noAPA(), status: notEligible},

	// droit au répit (L232-3-2): the APA at home, a proche aidant; 0,453 MTP a year (D232-9-1)
	{name: "APA à domicile, enfant aidant (L232-3-2)", id: "repit-apa", sit: withAPA(), status: eligible, amount: "apa.repit", num: 58352},
	{name: "APA en EHPAD : pas de répit à domicile (L232-3-2)", id: "repit-apa", sit: withAPA().ehpad(), status: notEligible},
	{name: "GIR 5 sans APA (L232-3-2)", id: "repit-apa", sit: noAPA(), status: notEligible},
	{name: "aidant inconnu (L232-3-2)", id: "repit-apa", sit: person().age(84).gir(3).home().apa(true), status: toCheck},
	{name: "aidant épuisé : utile et urgent", id: "repit-apa", sit: withAPA().exhausted(true), relevant: yes, urgent: isTrue},
	{name: "besoin de répit exprimé", id: "repit-apa", sit: withAPA().needs("respite"), relevant: yes, urgent: isFalse},
	{name: "ni épuisement ni besoin de répit", id: "repit-apa", sit: withAPA().exhausted(false).needs(), relevant: no},

	// relais pendant l'hospitalisation de l'aidant (L232-3-3): 0,9 MTP per hospitalisation (D232-9-2)
	{name: "hospitalisation prévue, APA à domicile (L232-3-3)", id: "relais-hospitalisation-aidant", sit: withAPA().hospPlanned(true), status: eligible,
		amount: "apa.hospitalisation_aidant", num: 115932, urgent: isTrue},
	{name: "pas d'hospitalisation prévue (L232-3-3)", id: "relais-hospitalisation-aidant", sit: withAPA().hospPlanned(false), status: notEligible, urgent: isFalse},
	{name: "hospitalisation prévue, parent en EHPAD (L232-3-3)", id: "relais-hospitalisation-aidant", sit: withAPA().hospPlanned(true).ehpad(), status: notEligible},

	// support for caregivers: platforms, lines, social service
	{name: "plateformes de répit : pour tout aidant", id: "soutien-aidants", sit: person().rel("friend_neighbour"), status: eligible, relevant: yes},
	{name: "aidant épuisé : urgent", id: "soutien-aidants", sit: person().exhausted(true), status: eligible, relevant: yes, urgent: isTrue},
	{name: "aidant inconnu", id: "soutien-aidants", sit: person(), status: eligible, relevant: unknown, urgent: isFalse},
	{name: "écoute : aidant épuisé", id: "ecoute-aidants", sit: person().exhausted(true), status: info, relevant: yes, urgent: isTrue},
	{name: "écoute : aidant pas épuisé", id: "ecoute-aidants", sit: person().exhausted(false), status: info, relevant: no, urgent: isFalse},
	{name: "service social : aidant épuisé", id: "service-social-assurance-maladie", sit: person().exhausted(true), status: info, relevant: yes},
	{name: "service social : sortie d'hôpital", id: "service-social-assurance-maladie", sit: person().exhausted(false).hospital(true), status: info, relevant: yes},
	{name: "service social : ni l'un ni l'autre", id: "service-social-assurance-maladie", sit: person().exhausted(false).hospital(false), status: info, relevant: no},
})

func TestLawAidants(t *testing.T) { runLaw(t, lawAidants) }
