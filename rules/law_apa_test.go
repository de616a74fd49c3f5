package rules_test

// APA at home, in an establishment and in an emergency (CASF art. L232-1 et s.,
// R232-1 et s., D232-31; reference §1, §2; LFSS 2024 art. 79 for the 2025-2026 experiment).

import (
	"testing"
	"time"

	"aidants/rules"
)

func apaHome() *sb { return person().age(80).gir(3).home() }

func apaInEhpad(dep string) *sb { return person().age(85).gir(2).ehpad().dep(dep) }

func apaUrgentAt(dep string) *sb {
	return person().age(88).ehpad().dep(dep).urgent(true).apa(false)
}

// experimentDeps are the départements of the fusion of the care and dependency sections
// in EHPAD, from 1 July 2025 to 31 December 2026 (LFSS 2024 art. 79; reference §2 and §0-15:
// Aude, Cantal, Charente-Maritime, Corrèze, Côtes-d'Armor, Creuse, Finistère, Haute-Garonne,
// Landes, Lot, Lot-et-Garonne, Maine-et-Loire, Haute-Marne, Mayenne, Morbihan, Nièvre,
// Pas-de-Calais, Pyrénées-Orientales, Savoie, Seine-Saint-Denis, Guyane, La Réunion; and the
// Métropole de Lyon, part of the Rhône).
var experimentDeps = []string{"11", "15", "17", "19", "22", "23", "29", "31", "40", "46", "47", "49",
	"52", "53", "56", "58", "62", "66", "73", "93", "973", "974"}

var lawAPA = law("apa", func() []lawCase {
	cs := []lawCase{
		// apa-domicile: 60 years (CASF art. L232-1, R232-1)
		{name: "59 ans : pas d'APA (R232-1)", id: "apa-domicile", sit: apaHome().age(59), status: notEligible},
		{name: "60 ans : APA (R232-1)", id: "apa-domicile", sit: apaHome().age(60), status: eligible},
		{name: "61 ans : APA (R232-1)", id: "apa-domicile", sit: apaHome().age(61), status: eligible},
		{name: "âge inconnu : à vérifier", id: "apa-domicile", sit: person().gir(3).home(), status: toCheck},
		// GIR 1 to 4 (L232-2, R232-4)
		{name: "GIR 1 (R232-4)", id: "apa-domicile", sit: apaHome().gir(1), status: eligible, amount: "apa.plafond.gir1", num: 208033},
		{name: "GIR 2 (R232-4)", id: "apa-domicile", sit: apaHome().gir(2), status: eligible, amount: "apa.plafond.gir2", num: 168230},
		{name: "GIR 3 (R232-4)", id: "apa-domicile", sit: apaHome().gir(3), status: eligible, amount: "apa.plafond.gir3", num: 121599},
		{name: "GIR 4 (R232-4)", id: "apa-domicile", sit: apaHome().gir(4), status: eligible, amount: "apa.plafond.gir4", num: 81152},
		{name: "GIR 5 : pas d'APA (R232-4)", id: "apa-domicile", sit: apaHome().gir(5), status: notEligible},
		{name: "GIR 6 : pas d'APA (R232-4)", id: "apa-domicile", sit: apaHome().gir(6), status: notEligible},
		// domicile in the APA's sense (L232-5)
		{name: "chez un proche (L232-5)", id: "apa-domicile", sit: apaHome().lives("relative_home"), status: eligible},
		{name: "chez un accueillant familial (L232-5)", id: "apa-domicile", sit: apaHome().lives("host_family"), status: eligible},
		{name: "en résidence autonomie (L232-5)", id: "apa-domicile", sit: apaHome().lives("residence_autonomie"), status: eligible},
		{name: "en EHPAD : pas l'APA à domicile (L232-5)", id: "apa-domicile", sit: apaHome().ehpad(), status: notEligible},
		// no cumulation with the PCH (L232-23)
		{name: "avec la PCH : pas de cumul (L232-23)", id: "apa-domicile", sit: apaHome().dis(80).pch(true), status: notEligible},
		{name: "déjà l'APA, à domicile (L232-2)", id: "apa-domicile", sit: person().age(84).home().apa(true), status: eligible},
		{name: "déjà l'APA mais GIR 5 à la révision (R232-4)", id: "apa-domicile", sit: person().age(84).home().apa(true).gir(5), status: notEligible},
		// participation estimated at the ceiling: resources of 0,725 MTP or less pay nothing (R232-11 I 1°)
		{name: "ressources 933,89 € ≤ 0,725 MTP : participation nulle (R232-11)", id: "apa-domicile", sit: apaHome().gir(4).res(93389).single(),
			amount: "apa.participation_plafond", num: 0},
		{name: "ressources 933,89 € : APA au plafond GIR 4 (R232-10, R232-11)", id: "apa-domicile", sit: apaHome().gir(4).res(93389).single(),
			amount: "apa.montant_plafond", num: 81152},
		// above 2,67 MTP: 90 % of the plan (R232-11)
		{name: "ressources 5 000 € > 2,67 MTP : participation 90 % du plan (R232-11)", id: "apa-domicile", sit: apaHome().gir(3).res(500000).single().plan(100000),
			amount: "apa.participation", num: 90000},
		{name: "bénéficiaire de l'ASPA : participation nulle (L232-4)", id: "apa-domicile", sit: apaHome().gir(3).res(500000).single().plan(100000).aspa(true),
			amount: "apa.montant", num: 100000},
		{name: "seuil sans participation 2026 = 0,725 × 1 288,13 € (R232-11)", id: "apa-domicile", sit: apaHome(),
			amount: "apa.seuil_sans_participation", num: 93389},

		// apa-urgence: urgency (L232-12), 60 years, at home or in an establishment (R232-29)
		{name: "urgence à domicile, 80 ans : APA d'urgence = 50 % du plafond GIR 1 (L232-12, R232-29)", id: "apa-urgence", sit: person().age(80).home().urgent(true).apa(false),
			status: eligible, amount: "apa.urgence", num: 104016, urgent: isTrue},
		{name: "59 ans : pas d'APA d'urgence (L232-1)", id: "apa-urgence", sit: person().age(59).home().urgent(true).apa(false), status: notEligible},
		{name: "60 ans : APA d'urgence (L232-1)", id: "apa-urgence", sit: person().age(60).home().urgent(true).apa(false), status: eligible},
		{name: "pas d'urgence (L232-12)", id: "apa-urgence", sit: person().age(80).home().urgent(false).apa(false), status: notEligible, urgent: isFalse},
		{name: "reçoit déjà l'APA (L232-12)", id: "apa-urgence", sit: person().age(80).home().urgent(true).apa(true), status: notEligible},
		{name: "en EHPAD en Gironde : 50 % du tarif GIR 1-2 (R232-29)", id: "apa-urgence", sit: apaUrgentAt("33"), status: eligible,
			amount: "apa.etablissement.urgence_taux", num: 5000, absent: "apa.urgence"},
		{name: "en EHPAD dans la Creuse pendant l'expérimentation (LFSS 2024 art. 79)", id: "apa-urgence", sit: apaUrgentAt("23"), status: notEligible},
		{name: "en EHPAD dans la Creuse le 30/6/2025, avant l'expérimentation", id: "apa-urgence", sit: apaUrgentAt("23"), date: day(2025, 6, 30), status: eligible},
		{name: "en EHPAD dans la Creuse le 1/7/2025, début de l'expérimentation", id: "apa-urgence", sit: apaUrgentAt("23"), date: day(2025, 7, 1), status: notEligible},
		{name: "en EHPAD dans la Creuse le 31/12/2026, fin de l'expérimentation", id: "apa-urgence", sit: apaUrgentAt("23"), date: day(2026, 12, 31), status: notEligible},
		{name: "en EHPAD dans la Creuse le 1/1/2027, après l'expérimentation (prolongation non confirmée)", id: "apa-urgence", sit: apaUrgentAt("23"), date: day(2027, 1, 1), status: notRefused},
		{name: "en EHPAD dans le Rhône : selon la Métropole de Lyon", id: "apa-urgence", sit: apaUrgentAt("69"), status: toCheck},
		{name: "en EHPAD, département inconnu", id: "apa-urgence", sit: person().age(88).ehpad().urgent(true).apa(false), status: toCheck},

		// apa-etablissement: 60 years, GIR 1 to 4, in an establishment (L232-1, L232-2, L232-8)
		{name: "EHPAD en Gironde, GIR 2, 85 ans (L232-8)", id: "apa-etablissement", sit: apaInEhpad("33"), status: eligible,
			amount: "apa.etablissement.seuil_bas", num: 284677},
		{name: "seuil haut = 3,40 MTP (R232-19)", id: "apa-etablissement", sit: apaInEhpad("33"), amount: "apa.etablissement.seuil_haut", num: 437964},
		{name: "59 ans (L232-1)", id: "apa-etablissement", sit: apaInEhpad("33").age(59), status: notEligible},
		{name: "60 ans (L232-1)", id: "apa-etablissement", sit: apaInEhpad("33").age(60), status: eligible},
		{name: "GIR 4 (L232-2)", id: "apa-etablissement", sit: apaInEhpad("33").gir(4), status: eligible},
		{name: "GIR 5 (L232-2)", id: "apa-etablissement", sit: apaInEhpad("33").gir(5), status: notEligible},
		{name: "à domicile : pas l'APA en établissement (L232-8)", id: "apa-etablissement", sit: apaInEhpad("33").home(), status: notEligible},
		{name: "Creuse, 30/6/2025 : avant l'expérimentation", id: "apa-etablissement", sit: apaInEhpad("23"), date: day(2025, 6, 30), status: eligible},
		{name: "Creuse, 1/7/2025 : expérimentation (LFSS 2024 art. 79)", id: "apa-etablissement", sit: apaInEhpad("23"), date: day(2025, 7, 1), status: notEligible},
		{name: "Creuse, 31/12/2026 : expérimentation", id: "apa-etablissement", sit: apaInEhpad("23"), date: day(2026, 12, 31), status: notEligible},
		{name: "Creuse, 1/1/2027 : après la période (prolongation non confirmée)", id: "apa-etablissement", sit: apaInEhpad("23"), date: day(2027, 1, 1), status: notRefused},
		{name: "Rhône : Métropole de Lyon ou non", id: "apa-etablissement", sit: apaInEhpad("69"), status: toCheck},
		{name: "département inconnu pendant l'expérimentation", id: "apa-etablissement", sit: person().age(85).gir(2).ehpad(), status: toCheck},
	}
	for _, d := range experimentDeps {
		cs = append(cs, lawCase{name: "département " + d + " de l'expérimentation (LFSS 2024 art. 79)", id: "apa-etablissement", sit: apaInEhpad(d), status: notEligible})
	}
	// neighbours of the list, not in it
	for _, d := range []string{"01", "16", "18", "24", "30", "32", "33", "50", "59", "72", "74", "75", "92", "94", "971", "972", "976", "2A"} {
		cs = append(cs, lawCase{name: "département " + d + ", hors expérimentation", id: "apa-etablissement", sit: apaInEhpad(d), status: eligible})
	}
	return cs
}())

func TestLawAPA(t *testing.T) { runLaw(t, lawAPA) }

// The APA at home computation on its boundaries (CASF art. R232-10, R232-11, D232-31;
// reference §1). Expected values from the text: S = MTP of 1 January (1 288,13 € in 2026).
func TestLawAPAFormulaBoundaries(t *testing.T) {
	p := params(t)
	cases := []struct {
		name                 string
		d                    [3]int
		in                   rules.APAInput
		participation, apa   int64
		belowMin, wantErrGIR bool
	}{
		// D232-31: not paid under 3 × SMIC horaire brut; 36,93 € from 1 June 2026 (12,31 €), 36,06 € before (12,02 €)
		{name: "APA de 36,92 € < 36,93 € : pas versée (D232-31)", d: [3]int{2026, 6, 1}, in: rules.APAInput{GIR: 4, Plan: 3692}, apa: 0, belowMin: true},
		{name: "APA de 36,93 € = 36,93 € : pas versée, « inférieur ou égal » (D232-31)", d: [3]int{2026, 6, 1}, in: rules.APAInput{GIR: 4, Plan: 3693}, apa: 0, belowMin: true},
		{name: "APA de 36,94 € > 36,93 € : versée (D232-31)", d: [3]int{2026, 6, 1}, in: rules.APAInput{GIR: 4, Plan: 3694}, apa: 3694},
		{name: "APA de 36,50 € le 31/5/2026, minimum 36,06 € : versée (D232-31)", d: [3]int{2026, 5, 31}, in: rules.APAInput{GIR: 4, Plan: 3650}, apa: 3650},
		{name: "APA de 36,50 € le 1/6/2026, minimum 36,93 € : pas versée (D232-31)", d: [3]int{2026, 6, 1}, in: rules.APAInput{GIR: 4, Plan: 3650}, apa: 0, belowMin: true},
		// R232-10: the plan retained is capped by the GIR's ceiling
		{name: "plan de 2 500 € en GIR 1 plafonné à 2 080,33 € (R232-10)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 1, Plan: 250000}, apa: 208033},
		{name: "plan de 812 € en GIR 4 plafonné à 811,52 € (R232-10)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 4, Plan: 81200}, apa: 81152},
		{name: "plan de 811,51 € en GIR 4 retenu entier (R232-10)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 4, Plan: 81151}, apa: 81151},
		// R232-11 I 1°: no participation up to 0,725 S = 933,89425 €
		{name: "ressources 933,89 € : participation nulle (R232-11 I 1°)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 3, Plan: 100000, Resources: 93389}, participation: 0, apa: 100000},
		// R232-11: above 2,67 S = 3 439,3071 €, 90 % of the plan
		{name: "ressources 3 439,31 € > 2,67 MTP : 90 % (R232-11)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 3, Plan: 100000, Resources: 343931}, participation: 90000, apa: 10000},
		// reference's examples (§1, CALC): R 1 500 €, plan 1 000 € → 136,19 € ; 2025 worked example
		{name: "R 1 500 €, plan 1 000 €, 2026 : P 136,19 € (R232-11, référence §1)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 3, Plan: 100000, Resources: 150000}, participation: 13619, apa: 86381},
		{name: "R 2 000 €, plan 1 000 €, 2025 : P 299,22 € (apa-participation.md)", d: [3]int{2025, 6, 1}, in: rules.APAInput{GIR: 3, Plan: 100000, Resources: 200000}, participation: 29922, apa: 70078},
		// couple: resources ÷ 1,7 (R232-11 II): 1 585,00 € ÷ 1,7 = 932,35 € ≤ 0,725 S
		{name: "couple, 1 585 € ÷ 1,7 sous le seuil : participation nulle (R232-11 II)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 3, Plan: 100000, Resources: 158500, Couple: true}, participation: 0, apa: 100000},
		// L232-4: ASPA beneficiaries pay nothing
		{name: "ASPA : participation nulle (L232-4)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 3, Plan: 100000, Resources: 500000, ReceivesASPA: true}, participation: 0, apa: 100000},
		// R232-14: +10 % when the service is not authorised, capped by the plan
		{name: "service non autorisé, 90 % + 10 % plafonné au plan (R232-14)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 3, Plan: 100000, Resources: 500000, Unauthorised: true}, participation: 99000, apa: 0, belowMin: true},
		{name: "GIR 5 : pas d'APA (R232-4)", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 5, Plan: 100000}, wantErrGIR: true},
		{name: "GIR 0 : pas un GIR", d: [3]int{2026, 3, 1}, in: rules.APAInput{GIR: 0, Plan: 100000}, wantErrGIR: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := p.ComputeAPA(c.in, day(c.d[0], time.Month(c.d[1]), c.d[2]))
			if c.wantErrGIR {
				if err == nil {
					t.Fatalf("GIR %d accepted: %+v", c.in.GIR, r)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.Participation != c.participation || r.APA != c.apa || r.BelowMinimum != c.belowMin {
				t.Errorf("participation %d APA %d below minimum %v, want %d %d %v", r.Participation, r.APA, r.BelowMinimum, c.participation, c.apa, c.belowMin)
			}
		})
	}
	// negative or absurd inputs are refused, not computed
	for _, in := range []rules.APAInput{{GIR: 3, Plan: -1}, {GIR: 3, Resources: -1}, {GIR: 3, Plan: rules.MaxEuros + 1}, {GIR: 3, Resources: rules.MaxEuros + 1}} {
		if _, err := p.ComputeAPA(in, lawDay); err == nil {
			t.Errorf("%+v accepted", in)
		}
	}
	if _, err := p.ComputeAPA(rules.APAInput{GIR: 3, Plan: rules.MaxEuros, Resources: rules.MaxEuros}, lawDay); err != nil {
		t.Errorf("the largest inputs are refused: %v", err)
	}
}

// The APA in an establishment (CASF art. R232-19; reference §2): below 2,21 MTP the resident
// pays the GIR 5-6 tariff; from 2,21 to 3,40 MTP, plus 80 % × (R − 2,21 S)/(3,40 S − 2,21 S)
// of the gap; above, plus 80 % of the gap. A couple's resources are divided by 2. Tariffs
// of the cases: GIR 1-2 25,00 €, GIR 5-6 6,00 € a day; S = 1 288,13 €.
func TestLawAPAInstitutionBoundaries(t *testing.T) {
	p := params(t)
	cases := []struct {
		name          string
		res           int64
		couple        bool
		participation int64
	}{
		{"2 846,76 € < 2,21 MTP : tarif GIR 5-6 (R232-19)", 284676, false, 600},
		{"2 846,77 € ≈ 2,21 MTP : tarif GIR 5-6 (R232-19)", 284677, false, 600},
		{"3 000 € : 6 € + 19 € × 80 % × 0,09996 = 7,52 € (R232-19)", 300000, false, 752},
		{"3 000 € en couple ÷ 2 : tarif GIR 5-6 (R232-19)", 300000, true, 600},
		{"3 613,20 €, milieu de la tranche : 13,60 € (R232-19)", 361320, false, 1360},
		{"4 379,64 € ≈ 3,40 MTP : 21,20 € (R232-19)", 437964, false, 2120},
		{"4 379,65 € > 3,40 MTP : 6 € + 80 % de 19 € (R232-19)", 437965, false, 2120},
		{"9 000 € : 21,20 € (R232-19)", 900000, false, 2120},
	}
	for _, c := range cases {
		r, err := p.ComputeAPAInstitution(rules.InstitutionInput{GIR: 2, TariffGIR: 2500, TariffGIR56: 600, Resources: c.res, Couple: c.couple}, lawDay)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if r.Participation != c.participation || r.APA != 2500-c.participation {
			t.Errorf("%s: participation %d APA %d, want %d %d", c.name, r.Participation, r.APA, c.participation, 2500-c.participation)
		}
	}
	// D232-31 applies in an establishment too (common provisions): the monthly APA of a
	// 1,21 € daily gap is 1,21 × 365 ÷ 12 = 36,80 € ≤ 36,93 €, not paid; of 1,22 €, 37,11 €, paid
	for _, c := range []struct {
		tariff, apa int64
		below       bool
	}{{721, 0, true}, {722, 122, false}} {
		r, err := p.ComputeAPAInstitution(rules.InstitutionInput{GIR: 3, TariffGIR: c.tariff, TariffGIR56: 600, Resources: 100000}, lawDay)
		if err != nil || r.APA != c.apa || r.BelowMinimum != c.below {
			t.Errorf("daily gap %d: APA %d below minimum %v (%v), want %d %v (D232-31)", c.tariff-600, r.APA, r.BelowMinimum, err, c.apa, c.below)
		}
	}
	for _, in := range []rules.InstitutionInput{{GIR: 5, TariffGIR: 2500, TariffGIR56: 600}, {GIR: 0, TariffGIR: 2500, TariffGIR56: 600},
		{GIR: 2, TariffGIR: 500, TariffGIR56: 600}, {GIR: 2, TariffGIR: 2500, TariffGIR56: -1}, {GIR: 2, TariffGIR: 2500, TariffGIR56: 600, Resources: -1},
		{GIR: 2, TariffGIR: rules.MaxEuros + 1, TariffGIR56: 600}, {GIR: 2, TariffGIR: 2500, TariffGIR56: 600, Resources: rules.MaxEuros + 1}} {
		if _, err := p.ComputeAPAInstitution(in, lawDay); err == nil {
			t.Errorf("%+v accepted", in)
		}
	}
	for _, in := range []rules.InstitutionInput{{GIR: 1, TariffGIR: 600, TariffGIR56: 600}, {GIR: 4, TariffGIR: rules.MaxEuros, TariffGIR56: 0, Resources: rules.MaxEuros}} {
		if _, err := p.ComputeAPAInstitution(in, lawDay); err != nil {
			t.Errorf("%+v refused: %v", in, err)
		}
	}
}
