package rules_test

// The caregiver's pension, new aids of issue 17: the assurance vieillesse des aidants (CSS
// art. L381-2 as in force since 1/1/2026), the extra quarters for the permanent care of an
// adult at 80 % (L351-4-2, D351-1-15) and the full-rate pension at 65 of the aidant
// familial of a PCH recipient (L351-8 1° bis, R351-24-2).

import (
	"testing"

	"aidants/rules"
)

var lawRetraiteAidants = law("retraite-aidants", []lawCase{
	// AVA (L381-2): the leave or the AJPA (2nd and 3rd paragraphs), or the 3° (no work or
	// part-time, an adult at 80 % with a CDAPH decision). Never more than to check: the guide
	// does not know whether the leave is taken, nor the CDAPH decision.
	{name: "AVA : enfant salarié, parent à l'APA (congé ou AJPA à prendre)", id: "assurance-vieillesse-aidants", sit: person().age(82).apa(true).rel("child").job("employee"), status: toCheck, cond: "L'aidant prend un congé de proche aidant", result: rules.Unknown},
	{name: "AVA : enfant salarié, pas d'APA, incapacité 79 %", id: "assurance-vieillesse-aidants", sit: person().age(82).apa(false).dis(79).rel("child").job("employee"), status: notEligible},
	{name: "AVA : enfant salarié, pas d'APA, incapacité 80 % (D3142-8 3°)", id: "assurance-vieillesse-aidants", sit: person().age(82).apa(false).dis(80).rel("child").job("employee"), status: toCheck},
	{name: "AVA : enfant sans emploi, incapacité 80 % (3°, décision de la CDAPH à demander)", id: "assurance-vieillesse-aidants", sit: person().age(82).apa(false).dis(80).rel("child").job("not_working"), status: toCheck, cond: "L'aidant prend un congé de proche aidant", result: rules.Unknown},
	{name: "AVA : enfant sans emploi, incapacité 79 %, pas d'APA", id: "assurance-vieillesse-aidants", sit: person().age(82).apa(false).dis(79).rel("child").job("not_working"), status: notEligible},
	{name: "AVA : sans emploi, parent à l'APA sans taux : pas de congé à prendre", id: "assurance-vieillesse-aidants", sit: person().age(82).apa(true).dis(60).rel("child").job("not_working"), status: notEligible},
	{name: "AVA : voisin qui aide de près (L3142-16 9°), salarié, APA", id: "assurance-vieillesse-aidants", sit: person().age(82).apa(true).rel("friend_neighbour").job("employee"), status: toCheck},
	{name: "AVA : aidant retraité, incapacité 70 %", id: "assurance-vieillesse-aidants", sit: person().age(82).apa(true).dis(70).rel("spouse").job("retired"), status: notEligible, relevant: no},

	// L351-4-2 (D351-1-15: at least 80 %) and L351-8 1° bis (PCH, R351-24-2: 30 months)
	{name: "trimestres : enfant, parent à 80 %, à domicile (durée à justifier)", id: "trimestres-retraite-aidant", sit: person().age(82).dis(80).home().rel("child"), status: toCheck, cond: "La personne aidée a un taux d'incapacité d'au moins 80 %", result: rules.Yes},
	{name: "trimestres : parent à 79 %, sans PCH", id: "trimestres-retraite-aidant", sit: person().age(82).dis(79).pch(false).home().rel("child"), status: notEligible},
	{name: "trimestres : parent à 79 % avec la PCH (taux plein à 65 ans possible)", id: "trimestres-retraite-aidant", sit: person().age(82).dis(79).pch(true).home().rel("child"), status: toCheck},
	{name: "trimestres : voisin, personne à 90 % (pas de la famille)", id: "trimestres-retraite-aidant", sit: person().age(82).dis(90).home().rel("friend_neighbour"), status: notEligible},
	{name: "trimestres : conjoint, personne à 90 % en EHPAD (pas au foyer familial)", id: "trimestres-retraite-aidant", sit: person().age(82).dis(90).ehpad().rel("spouse"), status: notEligible},
	{name: "trimestres : 8 trimestres au plus", id: "trimestres-retraite-aidant", sit: person().dis(80), amount: "retraite_aidant.trimestres_max", num: 8},
	{name: "trimestres : un trimestre par période de 30 mois", id: "trimestres-retraite-aidant", sit: person().dis(80), amount: "retraite_aidant.periode_mois", num: 30},
})

func TestLawRetraiteAidants(t *testing.T) { runLaw(t, lawRetraiteAidants) }
