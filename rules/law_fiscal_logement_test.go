package rules_test

// Tax relief and housing (CGI art. 156 II 2° et 2° ter, 196 A bis, 199 sexdecies, 200 quater
// A; Code civil art. 205 et 206; CCH art. L821-1; Anah, règlement et barème de MaPrimeAdapt';
// reference §9, §13, §14, verifications §3 and §4).

import (
	"testing"

	"aidants/rules"
)

// hosting: a friend hosts the person (CGI art. 156 II 2° ter: a person of more than 75
// whose income is at most the ASPA ceiling).
func hosting() *sb { return person().age(80).single().res(90000).rel("friend_neighbour").hosts(true) }

func cisHome() *sb { return person().age(60).home().needs("household_help").employs(true) }

func mpa() *sb { return person().age(75).home().housing("owner").single().needs("home_adaptation") }

func ciaHome() *sb { return person().age(75).gir(3).home().needs("home_adaptation") }

var lawFiscalLogement = law("fiscal-logement", []lawCase{
	// déduction pour un ascendant (156 II 2°) or for hosting a person over 75 (2° ter)
	{name: "ami qui héberge une personne de 75 ans : « plus de 75 ans » (156 II 2° ter)", id: "deduction-fiscale-ascendant", sit: hosting().age(75), status: notEligible},
	{name: "ami qui héberge une personne de 76 ans (156 II 2° ter)", id: "deduction-fiscale-ascendant", sit: hosting().age(76), status: eligible,
		amount: "deduction_ascendant.forfait", num: 407500},
	{name: "ami qui héberge une personne de 77 ans (156 II 2° ter)", id: "deduction-fiscale-ascendant", sit: hosting().age(77), status: eligible},
	{name: "ami qui héberge une personne de 72 ans (156 II 2° ter)", id: "deduction-fiscale-ascendant", sit: hosting().age(72), status: notEligible},
	{name: "hébergée, revenus 1 043,59 € = plafond de l'ASPA (156 II 2° ter)", id: "deduction-fiscale-ascendant", sit: hosting().res(104359), status: eligible},
	{name: "hébergée, revenus 1 043,60 € > plafond de l'ASPA (156 II 2° ter)", id: "deduction-fiscale-ascendant", sit: hosting().res(104360), status: notEligible},
	{name: "hébergée, revenus inconnus", id: "deduction-fiscale-ascendant", sit: person().age(80).single().rel("friend_neighbour").hosts(true), status: toCheck},
	{name: "ami qui n'héberge pas", id: "deduction-fiscale-ascendant", sit: hosting().hosts(false), status: notEligible},
	{name: "enfant qui héberge son parent (156 II 2°, Code civil art. 205)", id: "deduction-fiscale-ascendant", sit: person().age(70).rel("child").hosts(true), status: eligible},
	{name: "petit-enfant qui héberge (Code civil art. 205)", id: "deduction-fiscale-ascendant", sit: person().age(70).rel("grandchild").hosts(true), status: eligible},
	{name: "belle-famille : gendre ou belle-fille seulement (Code civil art. 206)", id: "deduction-fiscale-ascendant", sit: person().age(70).rel("in_law").hosts(true), status: toCheck},
	{name: "forfait 4 039 € sur les revenus 2024", id: "deduction-fiscale-ascendant", sit: hosting(), date: day(2025, 6, 1), amount: "deduction_ascendant.forfait", num: 403900},

	// crédit d'impôt services à la personne (199 sexdecies): 50 %, 12 000 € + 1 500 € per member over 65, 15 000 € at most, 20 000 € for an invalid member
	{name: "services rendus à domicile (199 sexdecies)", id: "credit-impot-services", sit: cisHome(), status: eligible, amount: "credit_impot_services.taux", num: 5000},
	{name: "65 ans : plafond 12 000 €, pas encore « plus de 65 ans » (199 sexdecies)", id: "credit-impot-services", sit: cisHome().age(65),
		amount: "credit_impot_services.plafond", num: 1200000, absent: "credit_impot_services.plafond_estime"},
	{name: "66 ans : plafond majoré 13 500 € (199 sexdecies)", id: "credit-impot-services", sit: cisHome().age(66),
		amount: "credit_impot_services.plafond_estime", num: 1350000, absent: "credit_impot_services.plafond"},
	{name: "90 ans : plafond majoré 13 500 € (199 sexdecies)", id: "credit-impot-services", sit: cisHome().age(90), amount: "credit_impot_services.plafond_estime", num: 1350000},
	{name: "invalide à 80 % : plafond 20 000 € (199 sexdecies)", id: "credit-impot-services", sit: cisHome().age(70).dis(80), amount: "credit_impot_services.plafond_invalidite", num: 2000000},
	{name: "incapacité 79 %, 60 ans : plafond 12 000 € (199 sexdecies)", id: "credit-impot-services", sit: cisHome().dis(79), amount: "credit_impot_services.plafond", num: 1200000},
	// a money right whose conditions are in the law: never « info » for want of a need
	// (issue 13, point 4); what settles it is whether she pays for help at home
	{name: "téléassistance demandée, personne n'est employé : un service payé suffit (199 sexdecies)", id: "credit-impot-services", sit: person().home().needs("alarm").employs(false), status: toCheck},
	{name: "repas demandés, paiement inconnu (199 sexdecies)", id: "credit-impot-services", sit: person().home().needs("meals"), status: toCheck},
	{name: "aucun service demandé : à vérifier, pas une information", id: "credit-impot-services", sit: person().home().needs("respite"), status: toCheck, relevant: no},
	{name: "en EHPAD (199 sexdecies : au domicile)", id: "credit-impot-services", sit: person().ehpad().needs("household_help"), status: notEligible},

	// MaPrimeAdapt' (Anah): owner-occupant or private tenant; 70 or more, or 60-69 with a GIR, or 50 %; income under the Anah's ceilings
	{name: "70 ans sans GIR (Anah)", id: "maprimeadapt", sit: mpa().age(70), status: toCheck, cond: "70 ans ou plus, ou 60", result: rules.Yes},
	{name: "69 ans sans GIR : GIR à faire évaluer (Anah)", id: "maprimeadapt", sit: mpa().age(69), status: toCheck, cond: "70 ans ou plus, ou 60", result: rules.Unknown},
	{name: "69 ans, GIR 6 évalué (Anah)", id: "maprimeadapt", sit: mpa().age(69).gir(6), status: toCheck, cond: "70 ans ou plus, ou 60", result: rules.Yes},
	{name: "60 ans, GIR 5 (Anah)", id: "maprimeadapt", sit: mpa().age(60).gir(5).dis(0), status: toCheck, cond: "70 ans ou plus, ou 60", result: rules.Yes},
	{name: "59 ans, GIR 5, incapacité 0 % (Anah)", id: "maprimeadapt", sit: mpa().age(59).gir(5).dis(0), status: notEligible},
	{name: "50 ans, incapacité 50 % (Anah)", id: "maprimeadapt", sit: mpa().age(50).dis(50), status: toCheck},
	{name: "50 ans, incapacité 49 % (Anah)", id: "maprimeadapt", sit: mpa().age(50).dis(49), status: notEligible},
	{name: "locataire du parc privé (Anah)", id: "maprimeadapt", sit: mpa().housing("private_tenant"), status: toCheck},
	{name: "locataire d'un logement social (Anah)", id: "maprimeadapt", sit: mpa().housing("social_tenant"), status: notEligible},
	{name: "propriétaire mais en EHPAD (Anah)", id: "maprimeadapt", sit: mpa().ehpad(), status: notEligible},
	{name: "travaux aidés à 70 % (très modestes)", id: "maprimeadapt", sit: mpa(), amount: "maprimeadapt.taux_tres_modeste", num: 7000},
	{name: "travaux aidés à 50 % (modestes)", id: "maprimeadapt", sit: mpa(), amount: "maprimeadapt.taux_modeste", num: 5000},
	{name: "plafond de travaux 22 000 €", id: "maprimeadapt", sit: mpa(), amount: "maprimeadapt.plafond_travaux", num: 2200000},
	{name: "2025, 1 personne hors Île-de-France : 17 173 € (barème Anah 2025)", id: "maprimeadapt", sit: mpa().dep("35"), date: day(2025, 6, 1), amount: "maprimeadapt.rfr.tres_modeste.1", num: 1717300},
	{name: "2025, 1 personne hors Île-de-France : 22 015 € (barème Anah 2025)", id: "maprimeadapt", sit: mpa().dep("60"), date: day(2025, 6, 1), amount: "maprimeadapt.rfr.modeste.1", num: 2201500},
	{name: "2025, 2 personnes hors Île-de-France : 25 115 € (barème Anah 2025)", id: "maprimeadapt", sit: mpa().couple().dep("35"), date: day(2025, 6, 1), amount: "maprimeadapt.rfr.tres_modeste.2", num: 2511500},
	{name: "2025, 2 personnes hors Île-de-France : 32 197 € (barème Anah 2025)", id: "maprimeadapt", sit: mpa().couple().dep("35"), date: day(2025, 6, 1), amount: "maprimeadapt.rfr.modeste.2", num: 3219700},
	{name: "2025, 1 personne à Paris : 23 768 € (barème Anah 2025)", id: "maprimeadapt", sit: mpa().dep("75"), date: day(2025, 6, 1), amount: "maprimeadapt.rfr_idf.tres_modeste.1", num: 2376800},
	{name: "2025, 1 personne dans le Val-d'Oise : 28 933 € (barème Anah 2025)", id: "maprimeadapt", sit: mpa().dep("95"), date: day(2025, 6, 1), amount: "maprimeadapt.rfr_idf.modeste.1", num: 2893300},
	{name: "2025, 2 personnes en Seine-Saint-Denis : 34 884 € (barème Anah 2025)", id: "maprimeadapt", sit: mpa().couple().dep("93"), date: day(2025, 6, 1), amount: "maprimeadapt.rfr_idf.tres_modeste.2", num: 3488400},
	{name: "2025, 2 personnes en Seine-et-Marne : 42 463 € (barème Anah 2025)", id: "maprimeadapt", sit: mpa().couple().dep("77"), date: day(2025, 6, 1), amount: "maprimeadapt.rfr_idf.modeste.2", num: 4246300},
	{name: "aucun besoin d'adaptation exprimé", id: "maprimeadapt", sit: mpa().needs(), relevant: no},

	// crédit d'impôt équipements (200 quater A): 60+ and GIR 1-4, or 50 %; expenses paid until 31/12/2025; income band since 2024
	{name: "60 ans, GIR 3, incapacité 0 % (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome().age(60).dis(0), status: toCheck},
	{name: "61 ans, GIR 3, incapacité 0 % (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome().age(61).dis(0), status: toCheck},
	{name: "59 ans, GIR 3, incapacité 0 % (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome().age(59).dis(0), status: notEligible},
	{name: "75 ans, GIR 4 (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome().gir(4), status: toCheck},
	{name: "75 ans, GIR 5, incapacité 0 % (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome().gir(5).dis(0), status: notEligible},
	{name: "50 ans, incapacité 50 % (200 quater A)", id: "credit-impot-adaptation", sit: person().age(50).dis(50).home().needs("home_adaptation"), status: toCheck},
	{name: "50 ans, incapacité 49 % (200 quater A)", id: "credit-impot-adaptation", sit: person().age(50).dis(49).home().needs("home_adaptation"), status: notEligible},
	{name: "dépenses du 31/12/2025 : dans la période (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome(), date: day(2025, 12, 31), cond: "période", result: rules.Yes},
	{name: "dépenses du 1/1/2026 : prolongation non confirmée (verifications §4)", id: "credit-impot-adaptation", sit: ciaHome(), date: day(2026, 1, 1), cond: "période", result: rules.Unknown},
	{name: "taux 25 % (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome(), amount: "credit_impot_adaptation.taux", num: 2500},
	{name: "plafond 5 000 € seul (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome(), amount: "credit_impot_adaptation.plafond_seul", num: 500000},
	{name: "plafond 10 000 € en couple (200 quater A)", id: "credit-impot-adaptation", sit: ciaHome(), amount: "credit_impot_adaptation.plafond_couple", num: 1000000},

	// aides au logement (CCH L821-1): a rent or an accommodation to pay
	{name: "locataire du parc privé (L821-1)", id: "aides-logement", sit: person().home().housing("private_tenant"), status: toCheck},
	{name: "locataire HLM (L821-1)", id: "aides-logement", sit: person().home().housing("social_tenant"), status: toCheck},
	{name: "propriétaire à domicile (L821-1)", id: "aides-logement", sit: person().home().housing("owner"), status: notEligible},
	{name: "hébergée chez un proche (L821-1)", id: "aides-logement", sit: person().lives("relative_home").housing("hosted"), status: notEligible},
	{name: "en EHPAD (L821-1)", id: "aides-logement", sit: person().ehpad().housing("owner"), status: toCheck},
	{name: "en résidence autonomie (L821-1)", id: "aides-logement", sit: person().lives("residence_autonomie"), status: toCheck},
	{name: "chez un accueillant familial : loyer de la pièce (D442-2)", id: "aides-logement", sit: person().lives("host_family").housing("hosted"), status: toCheck},
	{name: "logement inconnu", id: "aides-logement", sit: person().home(), status: toCheck},
})

func TestLawFiscalLogement(t *testing.T) { runLaw(t, lawFiscalLogement) }
