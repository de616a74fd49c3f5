package guide

import (
	"strings"
	"testing"
	"time"

	"aidants/rules"
)

// Figures not confirmed at the date are shown by their last known value, dated, and the
// item says once that they are not confirmed — in every export format — instead of
// « montant non confirmé (dernier montant connu : …) » on every line.
func TestUnconfirmedAmountsSaidOnce(t *testing.T) {
	g := testGuide(t)
	lk := func(cents int64) *rules.Quantity {
		return &rules.Quantity{Label: "x", Unit: rules.UnitEuros, Num: cents, Found: true, AsOf: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	}
	asOf := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a := AmountOf(rules.Quantity{Label: "Plafond, 1 personne", Unit: rules.UnitEuros, AsOf: asOf, Confidence: rules.NotFound, LastKnown: lk(1717300)})
	b := AmountOf(rules.Quantity{Label: "Plafond, 2 personnes", Unit: rules.UnitEuros, AsOf: asOf, Confidence: rules.NotFound, LastKnown: lk(2511500)})
	c := AmountOf(rules.Quantity{Label: "Taux", Unit: rules.UnitRate, Num: 7000, Found: true, AsOf: asOf, Confidence: rules.Official})
	p := &Plan{Date: "2026-06-01", Items: []Item{{ID: "maprimeadapt", Title: "MaPrimeAdapt'", Status: rules.StatusToCheck,
		Amounts: []Amount{c, a, b}}}}
	for _, f := range []ExportFormat{FormatMarkdown, FormatText, FormatHTML} {
		out := string(g.Export(p, f, ExportOptions{}))
		flat := strings.Join(strings.Fields(out), " ")
		if strings.Contains(flat, "dernier montant connu :") {
			t.Errorf("%s: a line still says « montant non confirmé (dernier montant connu : …) »:\n%s", f, out)
		}
		for _, want := range []string{"17 173 €", "25 115 €", "dernier montant connu, au 1er janvier 2025",
			"Montants non confirmés au 1er janvier 2026 : les chiffres donnés sont les derniers montants connus."} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s: %q missing:\n%s", f, want, out)
			}
		}
		if n := strings.Count(flat, "non confirmé"); n != 1 {
			t.Errorf("%s: « non confirmé » said %d times, want once", f, n)
		}
	}
}
