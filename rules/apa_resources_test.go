package rules_test

import (
	"testing"

	"aidants/rules"
)

// CASF R232-5 and R132-1, computed by hand.
func TestResourcesFromTaxNotice(t *testing.T) {
	p := params(t)
	cases := []struct {
		name                 string
		in                   rules.TaxNoticeInput
		monthly, home, inEst int64
		fromRFR              bool
	}{
		// R132-1 worked example (tutelleauquotidien.fr, for the aide sociale, same article):
		// pension 1 300 €/month (15 600 €) and 1 200 € of interest declared = 16 800 €;
		// second home of valeur locative 2 400 € → 50 % = 1 200 €; life insurance of
		// 100 000 € yielding nothing → 3 % = 3 000 €. 21 000 € ÷ 12 = 1 750 €.
		{"R132-1 example", rules.TaxNoticeInput{Declared: 1680000, IdleBuilt: 240000, IdleCapital: 10000000}, 175000, 175000, 175000, false},
		// only the RFR: 18 000 € ÷ 12 = 1 500 €
		{"RFR", rules.TaxNoticeInput{RFR: 1800000}, 150000, 150000, 150000, true},
		// the revenu déclaré wins over the RFR (R232-5 1° names the revenu déclaré)
		{"declared first", rules.TaxNoticeInput{Declared: 2000000, RFR: 1800000}, 166667, 166667, 166667, false},
		// couple: 30 000 € ÷ 12 = 2 500 € for the household; at home ÷ 1,7 = 1 470,588… →
		// 1 470,59 € (R232-11 II); in an establishment ÷ 2 = 1 250 € (R232-19)
		{"couple", rules.TaxNoticeInput{Declared: 3000000, Couple: true}, 250000, 147059, 125000, false},
		// land: valeur locative 1 000 € → 80 % = 800 €; prélèvement libératoire 400 €;
		// 10 001 + 800 + 400 = 11 201 € ÷ 12 = 933,416… → 933,42 €
		{"land and liberatory", rules.TaxNoticeInput{Declared: 1000100, IdleLand: 100000, Liberatory: 40000}, 93342, 93342, 93342, false},
	}
	for _, c := range cases {
		r, err := p.ResourcesFromTaxNotice(c.in, day(2026, 6, 1))
		if err != nil {
			t.Fatal(err)
		}
		if r.Monthly != c.monthly || r.PerPersonHome != c.home || r.PerPersonInEst != c.inEst || r.FromRFR != c.fromRFR {
			t.Errorf("%s: got %d %d %d %v, want %d %d %d %v", c.name, r.Monthly, r.PerPersonHome, r.PerPersonInEst, r.FromRFR, c.monthly, c.home, c.inEst, c.fromRFR)
		}
	}
}
