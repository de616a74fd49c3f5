package rules_test

import "testing"

// The named amounts of a Params are found by their index as by their name.
func TestAmountNamesIndexed(t *testing.T) {
	p := params(t)
	for _, id := range p.AmountNames() {
		if p.AmountRef(id, day(2026, 6, 1)) == nil {
			t.Errorf("%s: not found", id)
		}
	}
	if p.AmountRef("apa.plafond.gir5", day(2026, 6, 1)) != nil {
		t.Error("an unknown amount is found")
	}
}
