package rules_test

// PCH after 60 (CASF art. L245-1 II, D245-3, L245-9, L232-23), new aid of issue 17; the
// fact person.disability_before_60 settles the route of L245-1 II 1°.

import (
	"testing"

	"aidants/rules"
)

var lawPCH = law("pch", []lawCase{
	// PCH (D245-3: before 60; L245-1 II; L245-9)
	{name: "PCH : 59 ans, la PCH se demande à la MDPH", id: "pch-apres-60", sit: person().age(59).pch(false), status: toCheck, cond: "possible à son âge", result: rules.Yes},
	{name: "PCH : 60 ans, sans PCH (handicap d'avant 60 ans à montrer)", id: "pch-apres-60", sit: person().age(60).pch(false), status: toCheck, cond: "possible à son âge", result: rules.Unknown},
	{name: "PCH : 75 ans, la reçoit déjà (L245-9 : la garder ou choisir l'APA)", id: "pch-apres-60", sit: person().age(75).pch(true), status: eligible, relevant: yes},
	{name: "PCH : 80 ans, sans PCH, incapacité 49 % : en bas du plan", id: "pch-apres-60", sit: person().age(80).pch(false).dis(49), status: toCheck, relevant: no},
	{name: "PCH : 80 ans, sans PCH, incapacité 50 % : mise en avant", id: "pch-apres-60", sit: person().age(80).pch(false).dis(50), status: toCheck, relevant: yes},
	{name: "PCH : 80 ans, incapacité 80 % reconnue par la MDPH", id: "pch-apres-60", sit: person().age(80).pch(false).dis(80), status: toCheck, relevant: yes},
	{name: "PCH : GIR 2, le plafond APA pour comparer (1 682,30 € en 2026)", id: "pch-apres-60", sit: person().age(80).gir(2).pch(true), amount: "apa.plafond.gir2", num: 168230, absent: "apa.plafond.gir1"},
	{name: "PCH : aidant familial dédommagé à 50 % du SMIC horaire net", id: "pch-apres-60", sit: person().age(80).pch(true), amount: "pch.aidant_familial.taux", num: 5000},

	// L245-1 II 1° (as amended by loi n° 2020-220 art. 1): past the age limit of D245-3 (60),
	// a person whose disability met the criteria « avant cet âge limite » may ask, at any age.
	// The test is the criteria met before 60, not the onset of a disability; the MDPH still
	// assesses the criteria today (the second condition), so the item stays to check.
	{name: "PCH 1° : 68 ans, handicap de naissance aux critères avant 60 ans : possible", id: "pch-apres-60", sit: person().age(68).dis(80).pch(false).before60(true), status: toCheck, cond: "possible à son âge", result: rules.Yes, relevant: yes, notMissing: "person.disability_before_60"},
	{name: "PCH 1° : 68 ans, critères pas remplis avant 60 ans : reste le travail ou l'ACTP", id: "pch-apres-60", sit: person().age(68).dis(80).pch(false).before60(false), status: toCheck, cond: "possible à son âge", result: rules.Unknown, notMissing: "person.disability_before_60"},
	{name: "PCH 1° : 68 ans, 80 %, on ne sait pas : à demander", id: "pch-apres-60", sit: person().age(68).dis(80).pch(false), status: toCheck, cond: "possible à son âge", result: rules.Unknown, missing: "person.disability_before_60"},
	{name: "PCH 1° : 60 ans tout juste, 80 %, on ne sait pas : à demander", id: "pch-apres-60", sit: person().age(60).dis(80).pch(false), cond: "possible à son âge", result: rules.Unknown, missing: "person.disability_before_60"},
	{name: "PCH 1° : 60 ans tout juste, critères remplis avant 60 ans", id: "pch-apres-60", sit: person().age(60).dis(80).pch(false).before60(true), cond: "possible à son âge", result: rules.Yes},
	{name: "PCH 1° : 60 ans tout juste, critères pas remplis avant 60 ans", id: "pch-apres-60", sit: person().age(60).dis(80).pch(false).before60(false), cond: "possible à son âge", result: rules.Unknown},
	{name: "PCH I : 59 ans, 80 % : la question ne se pose pas", id: "pch-apres-60", sit: person().age(59).dis(80).pch(false), cond: "possible à son âge", result: rules.Yes, notMissing: "person.disability_before_60"},
	{name: "PCH I : 59 ans, même sans critères avant 60 ans : possible avant 60 ans", id: "pch-apres-60", sit: person().age(59).dis(80).pch(false).before60(false), cond: "possible à son âge", result: rules.Yes},
	{name: "PCH 1° : 76 ans, critères avant 60 ans : plus de limite de 75 ans (loi 2020-220)", id: "pch-apres-60", sit: person().age(76).pch(false).before60(true), cond: "possible à son âge", result: rules.Yes},
	{name: "PCH 1° : 100 ans, critères avant 60 ans : à tout âge", id: "pch-apres-60", sit: person().age(100).pch(false).before60(true), cond: "possible à son âge", result: rules.Yes},
	{name: "PCH 1° : âge inconnu, critères avant 60 ans : possible quel que soit l'âge", id: "pch-apres-60", sit: person().pch(false).before60(true), cond: "possible à son âge", result: rules.Yes},
	// when the question is asked: past 60, no PCH already, an incapacity of 50 % or more
	{name: "PCH 1° : 80 ans, incapacité 49 % : la question n'est pas posée", id: "pch-apres-60", sit: person().age(80).dis(49).pch(false), notMissing: "person.disability_before_60", relevant: no},
	{name: "PCH 1° : 80 ans, incapacité 50 % : la question est posée", id: "pch-apres-60", sit: person().age(80).dis(50).pch(false), missing: "person.disability_before_60"},
	{name: "PCH 1° : 80 ans, sans taux connu : la question n'est pas posée", id: "pch-apres-60", sit: person().age(80).pch(false), notMissing: "person.disability_before_60"},
	{name: "PCH 1° : âge inconnu, 80 % : l'âge d'abord", id: "pch-apres-60", sit: person().dis(80).pch(false), missing: "person.age", notMissing: "person.disability_before_60"},
	{name: "PCH L245-9 : 75 ans, la reçoit déjà : la question n'est pas posée", id: "pch-apres-60", sit: person().age(75).dis(80).pch(true), status: eligible, notMissing: "person.disability_before_60"},
	// the fact said yes puts the item forward even without a rate recognised by the MDPH
	{name: "PCH 1° : 90 ans, pas de taux reconnu, critères avant 60 ans : mise en avant", id: "pch-apres-60", sit: person().age(90).dis(0).pch(false).before60(true), cond: "possible à son âge", result: rules.Yes, relevant: yes},
	{name: "PCH 1° : 90 ans, pas de taux, critères pas avant 60 ans : en bas du plan", id: "pch-apres-60", sit: person().age(90).dis(0).pch(false).before60(false), relevant: no},
	// the route that holds is named, with its own text
	{name: "PCH : la route ouverte est nommée : critères avant 60 ans, L245-1 II 1°", id: "pch-apres-60", sit: person().age(68).pch(false).before60(true), cond: "possible à son âge : son handicap remplissait déjà les critères", result: rules.Yes, basis: "L245-1 (II, 1°)"},
	{name: "PCH : la route ouverte est nommée : moins de 60 ans, L245-1 I", id: "pch-apres-60", sit: person().age(59).pch(false), cond: "a moins de 60 ans (la PCH se demande", result: rules.Yes, basis: "L245-1 (I)"},
	{name: "PCH : la route ouverte est nommée : la PCH déjà, L245-9", id: "pch-apres-60", sit: person().age(75).pch(true), cond: "reçoit déjà la PCH (", result: rules.Yes, basis: "L245-9"},
	{name: "PCH : la route ouverte est nommée avec les mots de la personne : un homme qui a la PCH", id: "pch-apres-60", sit: person().male().age(75).pch(true), cond: "possible à son âge : il reçoit déjà la PCH (il peut", result: rules.Yes, basis: "L245-9"},
	{name: "PCH : aucune route sûre : les textes de toutes les routes", id: "pch-apres-60", sit: person().age(70).pch(false).before60(false), cond: "possible à son âge", result: rules.Unknown, basis: "L245-1 et D245-3"},
	// L245-1 II 2° and D245-3 (ACTP): routes the guide does not ask, left to check
	{name: "PCH 2° et ACTP : 70 ans, critères pas avant 60 ans : jamais « non »", id: "pch-apres-60", sit: person().age(70).dis(80).pch(false).before60(false), status: toCheck},
})

func TestLawPCH(t *testing.T) { runLaw(t, lawPCH) }
