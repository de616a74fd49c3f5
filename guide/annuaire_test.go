package guide

import (
	"strings"
	"testing"
	"time"
)

// `aidants annuaire`: the local bodies and the France services of a place; a phone number
// or a web address is never split across lines, even at 40 columns.
func TestPlaceDirectoryText(t *testing.T) {
	g := testGuide(t)
	for text, want := range map[string][]string{
		"Villeurbanne": {"Métropole de Lyon – service de l'autonomie", "France services de la commune", "Tél. 39 60", "3977"},
		"Ajaccio":      {"Collectivité de Corse", "France services"},
		"Strasbourg":   {"Collectivité européenne d'Alsace"},
		"Finistère":    {"Conseil départemental du Finistère", "France services du département"},
		"Rhône":        {"Département du Rhône", "Métropole de Lyon", "donnez la commune"},
	} {
		for _, width := range []int{80, 40} {
			out := g.PlaceDirectory(ResolvePlace(text)).Text(width)
			for _, w := range want {
				if !strings.Contains(strings.Join(strings.Fields(out), " "), w) {
					t.Errorf("%s (%d colonnes) : %q absent", text, width, w)
				}
			}
			d := g.PlaceDirectory(ResolvePlace(text))
			var phones []string
			for _, f := range d.FranceServices {
				phones = append(phones, f.Phone)
			}
			for _, c := range append(d.Local, d.National...) {
				phones = append(phones, c.Phone, c.Web)
			}
			for _, ph := range phones {
				if ph != "" && !containsLine(out, ph) {
					t.Errorf("%s (%d colonnes) : %q coupé entre deux lignes", text, width, ph)
				}
			}
		}
	}
}

func containsLine(out, s string) bool {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return true
		}
	}
	return false
}

func TestWhomToCallVilleurbanne(t *testing.T) {
	g := testGuide(t)
	s, err := ParseSituation([]byte(`{"person": {"age": 80, "gir": 3, "residence": "home", "commune": "69266"}, "caregiver": {"exhausted": true}}`))
	if err != nil {
		t.Fatal(err)
	}
	calls := WhomToCall(g.Evaluate(s, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)))
	if len(calls) < 2 || len(calls) > 3 {
		t.Fatalf("%d calls: %+v", len(calls), calls)
	}
	if !strings.Contains(calls[0].Name, "Métropole de Lyon") || !strings.Contains(calls[1].Name, "France services") {
		t.Errorf("order: %+v", calls)
	}
	for _, c := range calls {
		if strings.Contains(c.Name, "Communauté 360") {
			t.Errorf("Communauté 360 is not for elderly people: %+v", c)
		}
	}
}
