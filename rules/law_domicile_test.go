package rules_test

// Services and help at home, and the pension funds' own aids (CASF art. L313-1-3, L232-3;
// Code du travail art. L1271-1; CSS art. L241-10; CGI art. 199 sexdecies; Action sociale de
// l'Assurance retraite: OSCAR, ARDH; ANGDM; reference §8, §10, §13, §15).

import "testing"

func oscar() *sb { return person().age(80).gir(5).home().scheme("general") }

// ardhCase is a GIR 5 retiree of the general scheme leaving hospital: GIR 5 so that the
// GIR condition of issue 13 (ARDH for GIR 5 and 6) does not change the age boundary.
func ardhCase() *sb {
	return person().age(80).gir(5).home().scheme("general").hospital(true).apa(false)
}

// exo: a single person at home in GIR 5, without the APA, who needs household help.
func exo() *sb {
	return person().age(75).gir(5).home().single().apa(false).needs("household_help").employs(true)
}

var lawDomicile = law("domicile", []lawCase{
	// OSCAR: GIR 5 or 6, general scheme, at home (circulaire Cnav du 23/12/2023)
	{name: "GIR 5, régime général (circulaire Cnav 23/12/2023)", id: "caisse-retraite-oscar", sit: oscar(), status: eligible},
	{name: "GIR 6 (circulaire Cnav)", id: "caisse-retraite-oscar", sit: oscar().gir(6), status: eligible},
	{name: "GIR 4 : relève de l'APA (circulaire Cnav)", id: "caisse-retraite-oscar", sit: oscar().gir(4), status: notEligible},
	{name: "reçoit l'APA, GIR inconnu", id: "caisse-retraite-oscar", sit: person().age(80).home().scheme("general").apa(true), status: notEligible},
	{name: "régime agricole : sa caisse a son aide", id: "caisse-retraite-oscar", sit: oscar().scheme("agricultural"), status: notEligible},
	{name: "en EHPAD", id: "caisse-retraite-oscar", sit: oscar().ehpad(), status: notEligible},
	{name: "régime inconnu", id: "caisse-retraite-oscar", sit: person().age(80).gir(5).home(), status: toCheck},

	// ARDH: 55 years or more (reference §8), leaving hospital, general scheme, no APA, home
	{name: "54 ans : trop jeune (ARDH, 55 ans)", id: "ardh", sit: ardhCase().age(54), status: notEligible},
	{name: "55 ans (ARDH, 55 ans)", id: "ardh", sit: ardhCase().age(55), status: notRefused},
	{name: "56 ans (ARDH, 55 ans)", id: "ardh", sit: ardhCase().age(56), status: notRefused, urgent: isTrue},
	{name: "pas d'hospitalisation", id: "ardh", sit: ardhCase().hospital(false), status: notEligible, urgent: isFalse},
	{name: "reçoit l'APA", id: "ardh", sit: ardhCase().apa(true), status: notEligible},
	{name: "rentre en EHPAD", id: "ardh", sit: ardhCase().ehpad(), status: notEligible, urgent: isFalse},
	{name: "régime de la fonction publique", id: "ardh", sit: ardhCase().scheme("public"), status: notEligible, urgent: isFalse},

	// régime minier (ANGDM, CANSSM)
	{name: "régime minier (ANGDM)", id: "aide-aidants-mines", sit: person().scheme("mines"), status: eligible},
	{name: "régime général", id: "aide-aidants-mines", sit: person().scheme("general"), status: notEligible},
	{name: "régime inconnu", id: "aide-aidants-mines", sit: person(), status: toCheck},

	// SAD (L313-1-3): at home; useful with household help or a GIR 1 to 4
	{name: "GIR 4 à domicile : utile sans autre besoin (L313-1-3)", id: "services-autonomie-domicile", sit: person().gir(4).home(), status: eligible, relevant: yes},
	{name: "GIR 5, aucun besoin exprimé : information", id: "services-autonomie-domicile", sit: person().gir(5).home().needs(), status: info, relevant: no},
	{name: "GIR 5, aide ménagère demandée", id: "services-autonomie-domicile", sit: person().gir(5).home().needs("household_help"), status: eligible},
	{name: "GIR 3 en EHPAD (L313-1-3)", id: "services-autonomie-domicile", sit: person().gir(3).ehpad(), status: notEligible},
	// who pays the hours: the APA's plan d'aide in GIR 1 to 4 (L232-3), at least at the tarif
	// minimal (L314-2-1 I 1°); not the APA in GIR 5 or 6. With the need known, the GIR is still
	// asked: it changes what the item says.
	{name: "ménage demandé, GIR pas dit : le GIR est demandé (qui paie)", id: "services-autonomie-domicile", sit: person().home().needs("household_help"), status: eligible, missing: "person.gir"},
	{name: "ménage demandé, GIR 4 : le tarif plancher APA/PCH", id: "services-autonomie-domicile", sit: person().gir(4).home().needs("household_help"), status: eligible, amount: "sad.tarif_plancher", num: 2500, notMissing: "person.gir"},
	{name: "ménage demandé, GIR 5 : pas d'APA, pas de tarif plancher", id: "services-autonomie-domicile", sit: person().gir(5).home().needs("household_help"), status: eligible, absent: "sad.tarif_plancher", notMissing: "person.gir"},
	{name: "ménage demandé, GIR 5 mais reçoit la PCH : tarif plancher", id: "services-autonomie-domicile", sit: person().gir(5).home().pch(true).needs("household_help"), status: eligible, amount: "sad.tarif_plancher", num: 2500},

	// CESU (L1271-1)
	{name: "aide ménagère demandée (L1271-1)", id: "emploi-domicile-cesu", sit: person().home().needs("household_help"), status: eligible},
	{name: "aucun besoin exprimé", id: "emploi-domicile-cesu", sit: person().home().needs(), status: info},
	{name: "en EHPAD", id: "emploi-domicile-cesu", sit: person().ehpad().needs("household_help"), status: notEligible},

	// exonération de cotisations patronales (CSS art. L241-10 I): 70 years (a), APA or GIR 1-4 (e), PCH (c),
	// from 62 a third person needed for the ordinary acts of life on a doctor's certificate (d; D241-5: age of L351-1-5)
	{name: "61 ans, GIR 5, sans APA : ni 70 ans (I a) ni 62 ans (I d)", id: "exoneration-charges-employeur", sit: exo().age(61), status: notEligible},
	{name: "62 ans, GIR 5 : tierce personne sur attestation du médecin (L241-10 I d, D241-5)", id: "exoneration-charges-employeur", sit: exo().age(62), status: toCheck,
		absent: "exoneration.plafond_mensuel"},
	{name: "69 ans, GIR 5 : pas encore 70 ans (I a), tierce personne possible (I d), sans plafond", id: "exoneration-charges-employeur", sit: exo().age(69), status: toCheck,
		absent: "exoneration.plafond_mensuel"},
	{name: "70 ans (L241-10 I a)", id: "exoneration-charges-employeur", sit: exo().age(70), status: notRefused,
		amount: "exoneration.plafond_mensuel", num: 80015},
	{name: "71 ans (L241-10 I a)", id: "exoneration-charges-employeur", sit: exo().age(71), status: notRefused},
	{name: "70 ans le 31/5/2026 : 65 × 12,02 € (D241-5)", id: "exoneration-charges-employeur", sit: exo().age(70), date: day(2026, 5, 31),
		amount: "exoneration.plafond_mensuel", num: 78130},
	{name: "66 ans, GIR 4 (L241-10 I e) : sans plafond", id: "exoneration-charges-employeur", sit: exo().age(66).gir(4), status: notRefused, absent: "exoneration.plafond_mensuel"},
	{name: "66 ans, reçoit l'APA (L241-10 I e)", id: "exoneration-charges-employeur", sit: exo().age(66).apa(true), status: notRefused, absent: "exoneration.plafond_mensuel"},
	{name: "66 ans, reçoit la PCH (L241-10 I c)", id: "exoneration-charges-employeur", sit: exo().age(66).dis(80).pch(true), status: notRefused},
	{name: "66 ans en couple : l'âge du conjoint compte (L241-10 I a)", id: "exoneration-charges-employeur", sit: exo().age(66).couple(), status: toCheck},
	{name: "70 ans, aucun besoin exprimé", id: "exoneration-charges-employeur", sit: exo().age(70).needs(), relevant: no},

	// téléassistance, portage de repas (L232-3, plan d'aide)
	{name: "téléassistance demandée", id: "teleassistance", sit: person().home().needs("alarm"), status: eligible},
	{name: "téléassistance : aucun besoin", id: "teleassistance", sit: person().home().needs(), status: info},
	{name: "téléassistance en EHPAD", id: "teleassistance", sit: person().ehpad().needs("alarm"), status: notEligible},
	{name: "repas demandés", id: "portage-repas", sit: person().home().needs("meals"), status: eligible},
	{name: "repas : besoins non demandés", id: "portage-repas", sit: person().home(), status: info},
	{name: "repas : autre besoin", id: "portage-repas", sit: person().home().needs("alarm"), status: info},
})

func TestLawDomicile(t *testing.T) { runLaw(t, lawDomicile) }
