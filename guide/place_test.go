package guide

import (
	"strings"
	"testing"
	"time"

	"aidants/rules"
)

func TestResolvePlace(t *testing.T) {
	for _, c := range []struct {
		text      string
		kind      PlaceKind
		commune   string // INSEE code
		dep       string
		territory string
	}{
		{"Villeurbanne", PlaceCommune, "69266", "69", "69M"},
		{"villeurbanne", PlaceCommune, "69266", "69", "69M"},
		{"  VILLEURBANNE  ", PlaceCommune, "69266", "69", "69M"},
		{"69100", PlaceCommune, "69266", "69", "69M"},
		{"Lyon", PlaceCommune, "69123", "69", "69M"},
		{"69003", PlaceCommune, "69123", "69", "69M"},
		{"69M", PlaceDepartment, "", "69", "69M"},
		{"Métropole de Lyon", PlaceDepartment, "", "69", "69M"},
		{"Rhône", PlaceDepartment, "", "69", ""}, // the commune says: Métropole or not
		{"69", PlaceDepartment, "", "69", ""},
		{"Villefranche-sur-Saône", PlaceCommune, "69264", "69", "69"},
		{"Ajaccio", PlaceCommune, "2A004", "2A", "2A"},
		{"Strasbourg", PlaceCommune, "67482", "67", "67"},
		{"Colmar", PlaceCommune, "68066", "68", "68"},
		{"Paris", PlaceCommune, "75056", "75", "75"},
		{"Finistère", PlaceDepartment, "", "29", "29"},
		{"finistere", PlaceDepartment, "", "29", "29"},
		{"23", PlaceDepartment, "", "23", "23"},
		{"5", PlaceDepartment, "", "05", "05"},
		{"2a", PlaceDepartment, "", "2A", "2A"},
		{"974", PlaceDepartment, "", "974", "974"},
		{"Guéret", PlaceCommune, "23096", "23", "23"},
		{"st etienne", PlaceCommune, "42218", "42", "42"},
		{"Saint-Martin 32", PlaceChoice, "", "", ""}, // several Saint-Martin… in the Gers? at least the exact one
		{"Saint-Martin", PlaceChoice, "", "", ""},
		{"saint mart", PlaceChoice, "", "", ""},
		{"01200", PlaceChoice, "", "", ""}, // Valserhône and its neighbours share it
		{"977", PlaceOverseas, "", "", ""},
		{"Saint-Barthélemy", PlaceChoice, "", "", ""}, // the collectivité and communes of the mainland
		{"978", PlaceOverseas, "", "", ""},
		{"975", PlaceOverseas, "", "", ""},
		{"987", PlaceOverseas, "", "", ""},
		{"20", PlaceNone, "", "", ""},
		{"Xyzzyville", PlaceNone, "", "", ""},
		{"99999", PlaceNone, "", "", ""},
		{"", PlaceNone, "", "", ""},
	} {
		p := ResolvePlace(c.text)
		if c.text == "Saint-Martin 32" && p.Kind == PlaceCommune {
			c.kind, c.commune, c.dep, c.territory = PlaceCommune, p.Commune.Code, "32", "32"
		}
		if p.Kind != c.kind || p.Commune.Code != c.commune || p.Department != c.dep || p.Territory != c.territory {
			t.Errorf("ResolvePlace(%q) = kind %d commune %q dep %q territory %q (%s), want kind %d commune %q dep %q territory %q",
				c.text, p.Kind, p.Commune.Code, p.Department, p.Territory, p.Message, c.kind, c.commune, c.dep, c.territory)
		}
		if (p.Kind == PlaceNone || p.Kind == PlaceOverseas) && p.Message == "" {
			t.Errorf("ResolvePlace(%q): no message", c.text)
		}
	}
}

func TestResolvePlaceSaintMartinAsksWhich(t *testing.T) {
	p := ResolvePlace("Saint-Martin")
	if p.Kind != PlaceChoice || len(p.Candidates) < 2 {
		t.Fatalf("Saint-Martin: %+v", p)
	}
	deps := map[string]bool{}
	for _, c := range p.Candidates {
		if c.Name != "Saint-Martin" {
			t.Errorf("candidate %q is not named Saint-Martin", c.Name)
		}
		deps[c.Department] = true
		if l := CandidateLabel(c); !strings.Contains(l, c.Department) {
			t.Errorf("label %q does not tell the département", l)
		}
	}
	if len(deps) != len(p.Candidates) {
		t.Errorf("candidates not told apart by département: %v", deps)
	}
	// choosing one of them by its postcode
	c := p.Candidates[0]
	q := ResolvePlace(c.Name + " " + c.Postcodes()[0])
	if q.Kind != PlaceCommune && q.Kind != PlaceOverseas {
		t.Errorf("%s %s: %+v", c.Name, c.Postcodes()[0], q)
	}
	// the prefix finds the 30+ Saint-Martin-…
	pre, _ := ResolvePlace("Saint-Martin-d"), 0
	if pre.Kind != PlaceChoice || !pre.More {
		t.Errorf("Saint-Martin-d: %+v", pre)
	}
}

func TestOverseasMessagesNameTheBody(t *testing.T) {
	for code, body := range map[string]string{"975": "Collectivité territoriale de Saint-Pierre-et-Miquelon", "977": "Collectivité de Saint-Barthélemy", "978": "Collectivité de Saint-Martin"} {
		if p := ResolvePlace(code); p.Kind != PlaceOverseas || !strings.Contains(p.Message, body) || strings.Contains(p.Message, "n'est pas un numéro") {
			t.Errorf("%s: %+v", code, p)
		}
	}
}

func TestParseSituationDerivesFromTheCommune(t *testing.T) {
	s, err := ParseSituation([]byte(`{"person": {"commune": "69266"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if s.Person.Department == nil || *s.Person.Department != "69" || s.Person.Territory != "69M" {
		t.Errorf("Villeurbanne: department %v territory %q", s.Person.Department, s.Person.Territory)
	}
	for in, field := range map[string]string{
		`{"person": {"commune": "99999"}}`:                     "person.commune",
		`{"person": {"commune": "6926"}}`:                      "person.commune",
		`{"person": {"commune": "69266", "department": "01"}}`: "person.department",
		`{"person": {"commune": "97801"}}`:                     "person.commune",
	} {
		_, err := ParseSituation([]byte(in))
		ie, ok := err.(*InputError)
		if !ok || ie.Field != field {
			t.Errorf("%s: error %v, want one naming %s", in, err, field)
		}
	}
	if _, err := ParseSituation([]byte(`{"person": {"commune": "69266", "department": "69"}}`)); err != nil {
		t.Errorf("commune and its département: %v", err)
	}
}

// Villeurbanne → Métropole de Lyon → in the 2025-2026 EHPAD experiment: no APA in an
// establishment to ask for; Villefranche-sur-Saône (Rhône) is outside it.
func TestEHPADExperimentSettledFromTheCommune(t *testing.T) {
	g := testGuide(t)
	for commune, want := range map[string]rules.Tri{"69266": rules.No, "69264": rules.Yes} {
		s, err := ParseSituation([]byte(`{"person": {"age": 85, "gir": 2, "residence": "institution", "commune": "` + commune + `"}}`))
		if err != nil {
			t.Fatal(err)
		}
		p := g.Evaluate(s, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
		for _, it := range p.Items {
			if it.ID != "apa-etablissement" {
				continue
			}
			found := false
			for _, c := range it.Conditions {
				if strings.Contains(c.Label, "expérimentation 2025-2026") {
					found = true
					if c.Result != want {
						t.Errorf("%s: %v, want %v (%s)", commune, c.Result, want, c.Seen)
					}
				}
			}
			if !found {
				t.Errorf("%s: experiment condition missing", commune)
			}
		}
	}
}

// The place question takes a commune, a postcode or a département; several communes give
// an error listing them.
func TestPlaceAnswer(t *testing.T) {
	q, _ := QuestionFor("person.department")
	for _, c := range []struct {
		raw, want string
		bad       bool
	}{
		{"5", "Hautes-Alpes (05)", false},
		{"2a", "Corse-du-Sud (2A)", false},
		{"974", "La Réunion (974)", false},
		{"villeurbanne", "Villeurbanne (Métropole de Lyon)", false},
		{"69100", "Villeurbanne (Métropole de Lyon)", false},
		{"st etienne", "Saint-Étienne (Loire, 42)", false},
		{"Finistère", "Finistère (29)", false},
		{"20", "", true},
		{"Saint-Martin", "", true},
		{"977", "", true},
	} {
		s := &rules.Situation{}
		err := SetAnswer(s, q, c.raw)
		if c.bad {
			if err == nil {
				t.Errorf("%q accepted", c.raw)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.raw, err)
			continue
		}
		if got := DisplayAnswer(s, q, true); got != c.want {
			t.Errorf("%q: shown %q, want %q", c.raw, got, c.want)
		}
		// what the form edits again resolves to the same place
		s2 := &rules.Situation{}
		if err := SetAnswer(s2, q, RawAnswer(s, q)); err != nil || DisplayAnswer(s2, q, true) != c.want {
			t.Errorf("%q: editing %q again gives %q, %v", c.raw, RawAnswer(s, q), DisplayAnswer(s2, q, true), err)
		}
	}
	err := SetAnswer(&rules.Situation{}, q, "Saint-Martin")
	if err == nil || !strings.Contains(err.Error(), "Gers, 32") {
		t.Errorf("Saint-Martin: %v", err)
	}
}
