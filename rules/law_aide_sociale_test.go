package rules_test

// ASPA and the aide sociale to the elderly (CSS art. L815-1, R815-1, L815-9; CASF art.
// L113-1, L231-1, R231-2, L231-4, L232-23, L132-6; reference §7, §14; verifications §10).
// ASPA ceilings: 1 034,28 € / 1 605,73 € a month in 2025, 1 043,59 € / 1 620,18 € in 2026.

import (
	"testing"

	"aidants/rules"
)

func aspaCase() *sb { return person().age(70).single().res(80000).dis(0) }

func menagere() *sb { return person().age(80).gir(5).home().single().res(90000) }

var lawAideSociale = law("aide-sociale", []lawCase{
	// aspa: 65 years (CSS art. R815-1), 62 with an incapacity of at least 50 % or an
	// unfitness for work (L815-1), which the guide does not ask
	{name: "65 ans (R815-1)", id: "aspa", sit: aspaCase().age(65), status: eligible},
	{name: "66 ans (R815-1)", id: "aspa", sit: aspaCase().age(66), status: eligible},
	{name: "64 ans, incapacité 0 % : possible avec une inaptitude (L815-1)", id: "aspa", sit: aspaCase().age(64), status: toCheck},
	{name: "62 ans, incapacité 50 % (L815-1)", id: "aspa", sit: aspaCase().age(62).dis(50), status: eligible},
	{name: "62 ans, incapacité 49 % : inaptitude à vérifier (L815-1)", id: "aspa", sit: aspaCase().age(62).dis(49), status: toCheck},
	{name: "61 ans, incapacité 50 % : trop jeune (L815-1)", id: "aspa", sit: aspaCase().age(61).dis(50), status: notEligible},
	{name: "61 ans, incapacité 80 % : trop jeune (L815-1)", id: "aspa", sit: aspaCase().age(61).dis(80), status: notEligible},
	{name: "63 ans, incapacité inconnue", id: "aspa", sit: person().age(63).single().res(80000), status: toCheck},
	// L815-9: resources up to the ceiling
	{name: "seule, 1 043,59 € = plafond 2026 (L815-9)", id: "aspa", sit: aspaCase().res(104359), status: eligible, amount: "aspa.seul", num: 104359},
	{name: "seule, 1 043,60 € > plafond 2026 (L815-9)", id: "aspa", sit: aspaCase().res(104360), status: notEligible},
	{name: "couple, 1 620,18 € = plafond 2026 (L815-9)", id: "aspa", sit: aspaCase().couple().res(162018), status: eligible, amount: "aspa.couple", num: 162018},
	{name: "couple, 1 620,19 € > plafond 2026 (L815-9)", id: "aspa", sit: aspaCase().couple().res(162019), status: notEligible},
	{name: "seule, 1 040 € le 31/12/2025 > plafond 2025 de 1 034,28 € (L815-9)", id: "aspa", sit: aspaCase().res(104000), date: day(2025, 12, 31), status: notEligible},
	{name: "seule, 1 040 € le 1/1/2026 ≤ plafond 2026 de 1 043,59 € (L815-9)", id: "aspa", sit: aspaCase().res(104000), date: day(2026, 1, 1), status: eligible},
	{name: "seule, 1 034,28 € le 31/12/2025 = plafond 2025 (L815-9)", id: "aspa", sit: aspaCase().res(103428), date: day(2025, 12, 31), status: eligible},
	{name: "vie de couple inconnue, 1 000 € sous les deux plafonds", id: "aspa", sit: person().age(70).res(100000), status: eligible},
	{name: "vie de couple inconnue, 1 500 € entre les deux plafonds", id: "aspa", sit: person().age(70).res(150000), status: toCheck},
	{name: "vie de couple inconnue, 1 700 € au-dessus des deux plafonds", id: "aspa", sit: person().age(70).res(170000), status: notEligible},
	{name: "ASPA estimée = plafond − ressources : 1 043,59 − 800 = 243,59 € (L815-9)", id: "aspa", sit: aspaCase(), amount: "aspa.estimation", num: 24359},
	{name: "reçoit déjà l'ASPA (L815-1)", id: "aspa", sit: person().aspa(true).age(40), status: eligible},

	// aide ménagère: 65 years, or 60 with an unfitness for work (CASF art. L113-1)
	{name: "59 ans (L113-1)", id: "aide-menagere-departement", sit: menagere().age(59), status: notEligible},
	{name: "60 ans : possible avec une inaptitude (L113-1)", id: "aide-menagere-departement", sit: menagere().age(60), status: toCheck},
	{name: "64 ans : possible avec une inaptitude (L113-1)", id: "aide-menagere-departement", sit: menagere().age(64), status: toCheck},
	{name: "65 ans (L113-1)", id: "aide-menagere-departement", sit: menagere().age(65), status: eligible, amount: "aide_menagere.heures_max", num: 30},
	// not with the APA (L232-23): GIR 5 or 6
	{name: "GIR 4 : relève de l'APA (L232-23)", id: "aide-menagere-departement", sit: menagere().gir(4), status: notEligible},
	{name: "GIR 6 (L232-23)", id: "aide-menagere-departement", sit: menagere().gir(6), status: eligible},
	{name: "reçoit l'APA (L232-23)", id: "aide-menagere-departement", sit: person().age(80).home().single().res(90000).apa(true), status: notEligible},
	// ASPA ceiling (L231-1, R231-2)
	{name: "1 043,59 € = plafond de l'ASPA (R231-2)", id: "aide-menagere-departement", sit: menagere().res(104359), status: eligible},
	{name: "1 043,60 € > plafond de l'ASPA (R231-2)", id: "aide-menagere-departement", sit: menagere().res(104360), status: notEligible},
	{name: "couple, 1 620,18 € (R231-2)", id: "aide-menagere-departement", sit: menagere().couple().res(162018), status: eligible},
	{name: "en EHPAD : aide à domicile (L231-1)", id: "aide-menagere-departement", sit: menagere().ehpad(), status: notEligible},
	{name: "besoin d'aide ménagère exprimé", id: "aide-menagere-departement", sit: menagere().needs("household_help"), relevant: yes},
	{name: "pas de besoin d'aide ménagère", id: "aide-menagere-departement", sit: menagere().needs("alarm"), relevant: no},

	// aide sociale à l'hébergement: same age (L113-1), a placement (L231-4, L441-1)
	{name: "59 ans (L113-1)", id: "aide-sociale-hebergement", sit: person().age(59).ehpad(), status: notEligible},
	{name: "60 ans : âge à vérifier (L113-1)", id: "aide-sociale-hebergement", sit: person().age(60).ehpad(), status: toCheck, cond: "65 ans ou plus", result: rules.Unknown},
	{name: "64 ans : âge à vérifier (L113-1)", id: "aide-sociale-hebergement", sit: person().age(64).ehpad(), status: toCheck, cond: "65 ans ou plus", result: rules.Unknown},
	{name: "65 ans : âge rempli (L113-1)", id: "aide-sociale-hebergement", sit: person().age(65).ehpad(), status: toCheck, cond: "65 ans ou plus", result: rules.Yes},
	{name: "chez un accueillant familial (L441-1)", id: "aide-sociale-hebergement", sit: person().age(85).lives("host_family"), status: toCheck, cond: "établissement", result: rules.Yes},
	{name: "en résidence autonomie : si elle est habilitée (L231-4)", id: "aide-sociale-hebergement", sit: person().age(85).lives("residence_autonomie"), status: toCheck, cond: "établissement", result: rules.Unknown},
	{name: "à domicile (L231-4)", id: "aide-sociale-hebergement", sit: person().age(85).home(), status: notEligible},

	// obligation alimentaire (Code civil art. 205 et s.; CASF L132-6): information
	{name: "en EHPAD : en jeu pour l'ASH", id: "obligation-alimentaire", sit: person().age(85).ehpad().rel("friend_neighbour"), status: info, relevant: yes},
	{name: "aidant enfant (Code civil art. 205)", id: "obligation-alimentaire", sit: person().age(85).home().rel("child"), status: info, relevant: yes},
	{name: "aidant gendre ou belle-fille (Code civil art. 206)", id: "obligation-alimentaire", sit: person().age(85).home().rel("in_law"), status: info, relevant: yes},
	{name: "aidant voisin, à domicile", id: "obligation-alimentaire", sit: person().age(85).home().rel("friend_neighbour"), status: info, relevant: no},
})

func TestLawAideSociale(t *testing.T) { runLaw(t, lawAideSociale) }
