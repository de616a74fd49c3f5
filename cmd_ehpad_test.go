package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// The son's call (issue 17): the figures are pinned in rules (TestEHPADSonsCall); here the
// command shows them, says it is an estimate and gives the rule of the ASH.
func TestEHPADCommand(t *testing.T) {
	args := []string{"ehpad", "--gir", "2", "--hebergement", "95", "--dependance", "22", "--dependance-gir56", "6,50", "--ressources", "1600", "--departement", "75", "--date", "2026-12-01"}
	code, out, errs := runCLI(t, "", args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, w := range []string{"estimation", "3 087,29 €", "471,46 €", "1 440,00 €", "125 €", "obligation alimentaire", "petits-enfants", "L132-8", "2 500,00 €"} {
		if !strings.Contains(strings.ReplaceAll(out, "\u202f", " "), w) {
			t.Errorf("missing %q in:\n%s", w, out)
		}
	}
	code, out, _ = runCLI(t, "", append(args, "--format", "json")...)
	var j map[string]any
	if code != 0 || json.Unmarshal([]byte(out), &j) != nil || j["resident_cents_per_month"] != float64(308729) {
		t.Fatalf("json: %d %s", code, out)
	}
}

func TestEHPADBadInput(t *testing.T) {
	for _, c := range []struct {
		args  []string
		field string
	}{
		{[]string{"--gir", "7"}, "--gir"},
		{[]string{"--gir", "2", "--hebergement", "95", "--dependance-gir56", "6"}, "--hebergement"},
		{[]string{"--gir", "2", "--hebergement", "abc", "--dependance", "22", "--dependance-gir56", "6", "--ressources", "1600"}, "--hebergement"},
		{[]string{"--gir", "2", "--hebergement", "95", "--dependance", "5", "--dependance-gir56", "6", "--ressources", "1600"}, "--dependance"},
		{[]string{"--gir", "2", "--hebergement", "95", "--dependance", "22", "--dependance-gir56", "6", "--ressources", "1600", "--departement", "99"}, "--departement"},
	} {
		code, _, errs := runCLI(t, "", append([]string{"ehpad"}, c.args...)...)
		if code != 2 || !strings.Contains(errs, c.field) {
			t.Errorf("%v: exit %d, %q", c.args, code, errs)
		}
	}
}

// R232-5 and R132-1: the worked example of TestResourcesFromTaxNotice, on the command line.
func TestRessourcesAPACommand(t *testing.T) {
	code, out, errs := runCLI(t, "", "ressources-apa", "--revenu-declare", "16800", "--valeur-locative-batis", "2400", "--capitaux", "100000", "--date", "2026-06-01")
	if code != 0 || !strings.Contains(out, "1 750,00 €") || !strings.Contains(out, "estimation") {
		t.Fatalf("exit %d %s\n%s", code, errs, out)
	}
	if code, _, errs := runCLI(t, "", "ressources-apa", "--capitaux", "1000"); code != 2 || !strings.Contains(errs, "--revenu-declare") {
		t.Errorf("no income: exit %d %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "ressources-apa", "--rfr", "-5"); code != 2 || !strings.Contains(errs, "--rfr") {
		t.Errorf("negative: exit %d %q", code, errs)
	}
}
