package rules_test

// Complémentaire santé solidaire (CSS art. L861-1, L861-2), new aid of issue 17.
//
// Ceilings from 1/4/2025 (efl.fr, « Plafonds annuels de ressources applicables du
// 1-4-2025 au 1-4-2026 »): 10 339 € (free) and 13 957 € (with participation) for one
// person, 15 508 € and 20 936 € for two. 12 × 1 163,08 € = 13 956,96 € is under 13 957 €;
// 12 × 1 163,09 € = 13 957,08 € is over. 12 × 1 744,66 € = 20 935,92 € ≤ 20 936 €;
// 12 × 1 744,67 € = 20 936,04 € is over. Participation (arrêté du 21/06/2019, art. 1):
// 25 € a month from 60 to 69 years on 1 January, 30 € from 70.

import (
	"strings"
	"testing"

	"aidants/rules"
)

var c2sDay = day(2025, 6, 1)

var lawC2S = law("c2s", []lawCase{
	// C2S, resources (L861-1 2°: « comprises entre … et ce même plafond majoré de 35 % »)
	{name: "C2S : seule, 12 × 1 163,08 € ≤ 13 957 € (L861-1 2°)", id: "complementaire-sante-solidaire", sit: person().age(80).single().res(116308).aspa(false), date: c2sDay, status: eligible},
	{name: "C2S : seule, 12 × 1 163,09 € > 13 957 €", id: "complementaire-sante-solidaire", sit: person().age(80).single().res(116309).aspa(false), date: c2sDay, status: notEligible},
	{name: "C2S : couple, 12 × 1 744,66 € ≤ 20 936 €", id: "complementaire-sante-solidaire", sit: person().age(80).couple().res(174466).aspa(false), date: c2sDay, status: eligible},
	{name: "C2S : couple, 12 × 1 744,67 € > 20 936 €", id: "complementaire-sante-solidaire", sit: person().age(80).couple().res(174467).aspa(false), date: c2sDay, status: notEligible},
	{name: "C2S : seule ou en couple inconnu, 1 500 € par mois (entre les deux plafonds)", id: "complementaire-sante-solidaire", sit: person().age(80).res(150000).aspa(false), date: c2sDay, status: toCheck},
	{name: "C2S : seule ou en couple inconnu, 1 000 € par mois (sous les deux plafonds)", id: "complementaire-sante-solidaire", sit: person().age(80).res(100000).aspa(false), date: c2sDay, status: eligible},
	{name: "C2S : ressources inconnues", id: "complementaire-sante-solidaire", sit: person().age(80).aspa(false), date: c2sDay, status: toCheck},
	// L861-2, last paragraph, 1°: ASPA recipients are presumed to meet the condition
	{name: "C2S : ASPA, ressources au-dessus du plafond déclarées (présomption L861-2)", id: "complementaire-sante-solidaire", sit: person().age(80).single().res(200000).aspa(true), date: c2sDay, status: eligible, cond: "La personne reçoit l'ASPA, ou", result: rules.Yes},
	// ASPA not known: with resources above the ASPA ceiling (1 034,28 € alone in 2025, CSS
	// art. L815-9) she does not receive it; under it, the question stays open
	{name: "C2S : ASPA inconnue, seule, 2 000 € par mois (au-dessus du plafond de l'ASPA)", id: "complementaire-sante-solidaire", sit: person().age(80).single().res(200000), date: c2sDay, status: notEligible},
	{name: "C2S : ASPA inconnue, seule, 1 000 € par mois", id: "complementaire-sante-solidaire", sit: person().age(80).single().res(100000), date: c2sDay, status: eligible},
	// the ceilings and the participation shown, at their dates
	{name: "C2S : plafond avec participation, seule, 13 957 € au 1/6/2025", id: "complementaire-sante-solidaire", sit: person().age(80).single(), date: c2sDay, amount: "css.plafond_participation.1", num: 1395700},
	{name: "C2S : plafond gratuit, couple, 15 508 € au 1/6/2025", id: "complementaire-sante-solidaire", sit: person().age(80).couple(), date: c2sDay, amount: "css.plafond_gratuit.2", num: 1550800, absent: "css.plafond_gratuit.1"},
	{name: "C2S : plafond avec participation, seule, 13 724 € au 31/3/2025", id: "complementaire-sante-solidaire", sit: person().age(80).single(), date: day(2025, 3, 31), amount: "css.plafond_participation.1", num: 1372400},
	{name: "C2S : plafond 2026 calculé (13 957 € × 1,008 = 14 068,66 €, arrondi à 14 069 €)", id: "complementaire-sante-solidaire", sit: person().age(80).single(), amount: "css.plafond_participation.1", num: 1406900},
	{name: "C2S : participation à 80 ans, 30 € par mois", id: "complementaire-sante-solidaire", sit: person().age(80), amount: "css.participation.70_plus", num: 3000, absent: "css.participation.60_69"},
	{name: "C2S : participation à 69 ans, 25 € par mois", id: "complementaire-sante-solidaire", sit: person().age(69), amount: "css.participation.60_69", num: 2500, absent: "css.participation.70_plus"},
	{name: "C2S : à 70 ans, l'âge au 1er janvier décide (les deux montants)", id: "complementaire-sante-solidaire", sit: person().age(70), amount: "css.participation.70_plus", num: 3000},
})

func TestLawC2S(t *testing.T) { runLaw(t, lawC2S) }

// Free under 10 339 € a year for one person (L861-1 1°: « inférieures à »), with a
// participation above: the note says which, on both sides of the ceiling.
func TestC2SFreeOrParticipation(t *testing.T) {
	p := params(t)
	for _, c := range []struct {
		monthly int64
		want    string
	}{
		{86158, "serait gratuite"},                  // 12 × 861,58 € = 10 338,96 € < 10 339 €
		{86159, "avec une participation mensuelle"}, // 12 × 861,59 € = 10 339,08 €
	} {
		s := person().age(80).single().res(c.monthly).aspa(false).s
		var notes string
		for _, r := range rules.Evaluate(&s, p, c2sDay) {
			if r.Entry.ID == "complementaire-sante-solidaire" {
				notes = strings.Join(r.Notes, " | ")
			}
		}
		if !strings.Contains(notes, c.want) {
			t.Errorf("%d cents a month: notes %q, want %q", c.monthly, notes, c.want)
		}
	}
}
