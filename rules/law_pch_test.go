package rules_test

// PCH after 60 (CASF art. L245-1 II, D245-3, L245-9, L232-23), new aid of issue 17.

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
})

func TestLawPCH(t *testing.T) { runLaw(t, lawPCH) }
