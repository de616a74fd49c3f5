package content

import (
	"strings"
	"testing"
	"time"

	"aidants/rules"
)

// A table of figures not confirmed at the date shows the last known figures and says once,
// under the table, that they are not confirmed — not « montant non confirmé (dernier
// montant connu : …) » in every cell.
func TestResolveAmountsTableSaysUnconfirmedOnce(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	param := func(id string, cents int64, confirmed2026 bool) *rules.Param {
		p := &rules.Param{ID: id, Label: id, Unit: rules.UnitEuros, Values: []rules.Value{
			{From: day("2025-01-01"), Num: cents, Found: true, Confidence: rules.Official, Source: "test"}}}
		if confirmed2026 {
			p.Values = append(p.Values, rules.Value{From: day("2026-01-01"), Num: cents + 100, Found: true, Confidence: rules.Official, Source: "test"})
		} else {
			p.Values = append(p.Values, rules.Value{From: day("2026-01-01"), Confidence: rules.NotFound, Source: "test"})
		}
		return p
	}
	ps, err := rules.NewParams([]*rules.Param{param("a", 1717300, false), param("b", 2201500, false), param("c", 500000, true)})
	if err != nil {
		t.Fatal(err)
	}
	d := day("2026-06-01")

	got := ResolveAmounts("Plafonds :\n\n| n | très modeste | modeste |\n|---|---|---|\n| 1 | {{a}} | {{b}} |\n\nSuite : {{a}}.", ps, d)
	if strings.Contains(got, "| montant non confirmé") || strings.Count(got, "non confirmé") != 2 {
		t.Errorf("the status is not said once under the table (and once in the text after it):\n%s", got)
	}
	for _, want := range []string{"| 1 | 17 173 € | 22 015 € |",
		"\n\nMontants non confirmés au 1er janvier 2026 : le tableau donne les derniers montants connus, ceux du 1er janvier 2025.\n",
		"Suite : montant non confirmé (dernier montant connu : 17 173 € au 1er janvier 2025)."} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}

	// a table mixing confirmed and unconfirmed figures marks the unconfirmed ones
	got = ResolveAmounts("| x | y |\n|---|---|\n| {{a}} | {{c}} |", ps, d)
	for _, want := range []string{"| 17 173 € * | 5 001 € |", `\* Montant non confirmé au 1er janvier 2026 : le tableau donne le dernier montant connu, celui du 1er janvier 2025 (marqué d'un astérisque).`} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in:\n%s", want, got)
		}
	}
}

// Fiche links and unconfirmed figures are read aloud without brackets inside brackets.
func TestNoNestedBracketsReadAloud(t *testing.T) {
	cases := map[string]string{
		"par hospitalisation ([relais](fiche:relais-hospitalisation-aidant)).":                           "par hospitalisation (voir la fiche « relais »).",
		"pas payé par l'employeur (voir l'[AJPA](fiche:ajpa)).":                                          "pas payé par l'employeur (voir la fiche « AJPA »).",
		"sous conditions (voir\n[déduction fiscale](fiche:deduction-fiscale-ascendant)).":                "sous conditions (voir la fiche « déduction fiscale »).",
		"(voir [APA à domicile](fiche:apa-domicile) et, si urgent, [APA d'urgence](fiche:apa-urgence)).": "(voir la fiche « APA à domicile » et, si urgent, « APA d'urgence »).",
		"Voyez l'[AJPA](fiche:ajpa) ensuite.":                                                            "Voyez l'AJPA (voir sa fiche) ensuite.",
	}
	for in, want := range cases {
		if got := plainFicheLinks(in); got != want {
			t.Errorf("%q:\n got %q\nwant %q", in, got, want)
		}
	}
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	ps, err := rules.NewParams([]*rules.Param{{ID: "a", Label: "a", Unit: rules.UnitEuros, Values: []rules.Value{
		{From: day("2025-01-01"), Num: 2680, Found: true, Confidence: rules.Official, Source: "test"},
		{From: day("2026-01-01"), Confidence: rules.NotFound, Source: "test"}}}})
	if err != nil {
		t.Fatal(err)
	}
	got := ResolveAmounts("son tarif horaire ({{a}}). Seul : {{a}}.", ps, day("2026-06-01"))
	want := "son tarif horaire (montant non confirmé, dernier montant connu : 26,80 € au 1er janvier 2025). Seul : montant non confirmé (dernier montant connu : 26,80 € au 1er janvier 2025)."
	if got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}
