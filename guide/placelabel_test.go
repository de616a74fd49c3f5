package guide

import "testing"

// A place is said once: « Paris (75) », not « Paris (Paris, 75) »; elsewhere the
// département's name tells two communes apart.
func TestPlaceLabel(t *testing.T) {
	for text, want := range map[string]string{
		"75115":        "Paris (75)",
		"Guéret":       "Guéret (Creuse, 23)",
		"Villeurbanne": "Villeurbanne (Métropole de Lyon)",
	} {
		if got := PlaceLabel(ResolvePlace(text)); got != want {
			t.Errorf("%s : %q, attendu %q", text, got, want)
		}
	}
}
