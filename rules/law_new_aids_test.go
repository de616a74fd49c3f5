package rules_test

// New aids of issue 17: the forfait journalier at the hospital (CSS L174-4; 20 € then
// 23 € from 1/3/2026, arrêté of 28/02/2026), the ALD for Alzheimer's disease (CSS L160-14
// 3°, D160-4) and the days of rest given by colleagues (Code du travail L3142-25-1).

import (
	"testing"

	"aidants/rules"
)

var lawNewAids = law("new-aids", []lawCase{
	// forfait journalier (L174-4): information, useful after a hospitalisation
	{name: "forfait journalier : sortie d'hôpital", id: "forfait-journalier-hospitalier", sit: person().hospital(true), status: info, relevant: yes},
	{name: "forfait journalier : pas d'hospitalisation", id: "forfait-journalier-hospitalier", sit: person().hospital(false), status: info, relevant: no},
	{name: "forfait journalier : 20 € le 28/2/2026", id: "forfait-journalier-hospitalier", sit: person().hospital(true), date: day(2026, 2, 28), amount: "forfait_journalier.hopital", num: 2000},
	{name: "forfait journalier : 23 € le 1/3/2026", id: "forfait-journalier-hospitalier", sit: person().hospital(true), date: day(2026, 3, 1), amount: "forfait_journalier.hopital", num: 2300},
	{name: "forfait journalier en psychiatrie : 15 € le 28/2/2026", id: "forfait-journalier-hospitalier", sit: person().hospital(true), date: day(2026, 2, 28), amount: "forfait_journalier.psychiatrie", num: 1500},
	{name: "forfait journalier en psychiatrie : 17 € le 1/3/2026", id: "forfait-journalier-hospitalier", sit: person().hospital(true), date: day(2026, 3, 1), amount: "forfait_journalier.psychiatrie", num: 1700},

	// ALD (L160-14 3°, D160-4): the diagnosis is the doctor's
	{name: "ALD Alzheimer : troubles remarqués, diagnostic à poser", id: "ald-alzheimer", sit: person().memory(true), status: toCheck, relevant: yes},
	{name: "ALD Alzheimer : pas de troubles", id: "ald-alzheimer", sit: person().memory(false), status: notEligible},
	{name: "ALD Alzheimer : inconnu", id: "ald-alzheimer", sit: person(), status: toCheck},

	// don de jours (L3142-25-1): salarié or agent public, a proche (L3142-16), a loss of
	// autonomy of a particular gravity or a disability
	{name: "don de jours : salarié, parent en GIR 2", id: "don-jours-repos", sit: person().gir(2).rel("child").job("employee"), status: eligible},
	{name: "don de jours : agent public, parent en GIR 4", id: "don-jours-repos", sit: person().gir(4).rel("child").job("public_servant"), status: eligible},
	{name: "don de jours : aidant retraité", id: "don-jours-repos", sit: person().gir(2).rel("child").job("retired"), status: notEligible},
	{name: "don de jours : indépendant (pas de collègue salarié)", id: "don-jours-repos", sit: person().gir(2).rel("child").job("self_employed"), status: notEligible},
	{name: "don de jours : GIR 5, incapacité 80 % (handicap)", id: "don-jours-repos", sit: person().gir(5).dis(80).rel("child").job("employee"), status: eligible},
	{name: "don de jours : GIR 5, incapacité 79 %", id: "don-jours-repos", sit: person().gir(5).dis(79).rel("child").job("employee"), status: notEligible},

	// taxe foncière (CGI 1390, 1391, 1391 B, 1417-I): owner of the main home, over 65 (or
	// ASPA); the income limit is read on the avis, so at best to check
	{name: "taxe foncière : propriétaire, 80 ans", id: "taxe-fonciere", sit: person().age(80).home().housing("owner"), status: toCheck, amount: "taxe_fonciere.degrevement_65_75", num: 10000},
	{name: "taxe foncière : locataire, 80 ans", id: "taxe-fonciere", sit: person().age(80).home().housing("private_tenant"), status: notEligible},
	{name: "taxe foncière : propriétaire, 64 ans, sans ASPA", id: "taxe-fonciere", sit: person().age(64).home().housing("owner").aspa(false), status: notEligible},
	{name: "taxe foncière : propriétaire, 65 ans : selon la date de naissance (1391 B)", id: "taxe-fonciere", sit: person().age(65).home().housing("owner").aspa(false), status: toCheck, cond: "plus de 65 ans, ou reçoit l'ASPA", result: rules.Unknown},
	{name: "taxe foncière : propriétaire, 66 ans (1391 B)", id: "taxe-fonciere", sit: person().age(66).home().housing("owner").aspa(false), status: toCheck, cond: "plus de 65 ans, ou reçoit l'ASPA", result: rules.Yes},
	{name: "taxe foncière : propriétaire, 64 ans, ASPA (1390)", id: "taxe-fonciere", sit: person().age(64).home().housing("owner").aspa(true), status: toCheck},
	{name: "taxe foncière : en EHPAD, ancien logement", id: "taxe-fonciere", sit: person().age(85).ehpad(), status: toCheck},
})

func TestLawNewAids(t *testing.T) { runLaw(t, lawNewAids) }
