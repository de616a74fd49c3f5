package content

import (
	"testing"
	"time"
)

func TestNormalizeName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Villeurbanne", "villeurbanne"},
		{"  VILLEURBANNE ", "villeurbanne"},
		{"Saint-Étienne", "saint etienne"},
		{"st etienne", "saint etienne"},
		{"Ste-Foy-lès-Lyon", "sainte foy les lyon"},
		{"L'Haÿ-les-Roses", "l hay les roses"},
		{"Œuilly", "oeuilly"},
		{"Finistère", "finistere"},
		{"stenay", "stenay"}, // "st" only as a word
	} {
		if got := NormalizeName(c.in); got != c.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestCommuneLookups(t *testing.T) {
	g := Geography()
	for _, c := range []struct{ text, code, dep, territory string }{
		{"Villeurbanne", "69266", "69", "69M"},
		{"villeurbanne", "69266", "69", "69M"},
		{"Lyon", "69123", "69", "69M"},
		{"Ajaccio", "2A004", "2A", "2A"},
		{"Strasbourg", "67482", "67", "67"},
		{"Guéret", "23096", "23", "23"},
		{"gueret", "23096", "23", "23"},
		{"Villefranche-sur-Saône", "69264", "69", "69"},   // Rhône, outside the Métropole
		{"Bellegarde-sur-Valserine", "01033", "01", "01"}, // former name: now Valserhône
	} {
		got, _ := g.SearchName(c.text, 0)
		if len(got) != 1 || got[0].Code != c.code || got[0].Department != c.dep || got[0].Territory() != c.territory {
			t.Errorf("SearchName(%q) = %+v, want one commune %s in %s (territory %s)", c.text, got, c.code, c.dep, c.territory)
		}
	}
	if got := g.ByPostcode("69100"); len(got) != 1 || got[0].Code != "69266" {
		t.Errorf("ByPostcode(69100) = %+v, want Villeurbanne only", got)
	}
	if got := g.ByPostcode("01200"); len(got) < 2 {
		t.Errorf("ByPostcode(01200) = %+v, want several communes", got)
	}
	exact, _ := g.SearchName("Saint-Martin", 0)
	if len(exact) < 2 {
		t.Errorf("SearchName(Saint-Martin) = %d communes, want several", len(exact))
	}
	pre, more := g.SearchName("saint mart", 10)
	if len(pre) != 10 || !more {
		t.Errorf("SearchName(saint mart, 10) = %d, more %v; want 10 and more", len(pre), more)
	}
	if d, ok := g.DepartmentByName("finistere"); !ok || d != "29" {
		t.Errorf("DepartmentByName(finistere) = %q %v", d, ok)
	}
	if d, ok := g.DepartmentByName("Rhône"); !ok || d != "69" {
		t.Errorf("DepartmentByName(Rhône) = %q %v", d, ok)
	}
}

// The Métropole de Lyon had 59 communes at its creation (2015); Oullins and Pierre-Bénite
// merged into Oullins-Pierre-Bénite on 1 January 2024, hence 58 in the COG 2026.
func TestMetropoleDeLyonMembers(t *testing.T) {
	g := Geography()
	m := g.EPCIMembers(MetropoleDeLyonEPCI)
	if len(m) != 58 {
		t.Fatalf("Métropole de Lyon: %d communes, want 58", len(m))
	}
	for _, c := range m {
		if c.Department != "69" || c.Territory() != TerritoryMetropoleDeLyon {
			t.Errorf("%s %s: département %s, territory %s", c.Code, c.Name, c.Department, c.Territory())
		}
	}
}

func TestFranceServicesNear(t *testing.T) {
	g := Geography()
	fs, where := g.FranceServicesNear("23096", 3) // Guéret
	if len(fs) == 0 || where == "" {
		t.Fatalf("Guéret: no France services")
	}
	for _, f := range fs {
		if f.Department != "23" || f.Name == "" || f.Address == "" {
			t.Errorf("Guéret: %+v", f)
		}
	}
	for _, s := range g.fs {
		if _, ok := g.Commune(s.Commune); !ok {
			t.Errorf("France services %s %q: commune %s unknown", s.ID, s.Name, s.Commune)
		}
	}
}

func TestGeoParseIsQuick(t *testing.T) {
	start := time.Now()
	parseGeo(communesTSV, franceServicesTSV)
	t.Logf("parse: %v", time.Since(start))
}

func BenchmarkParseGeo(b *testing.B) {
	for b.Loop() {
		parseGeo(communesTSV, franceServicesTSV)
	}
}

// The generator folds names in JavaScript; the resolver folds what is typed in Go: they
// must agree on every name, or a commune could not be found by its own name.
func TestGeneratedKeysMatchNormalizeName(t *testing.T) {
	g := Geography()
	for _, c := range g.communes {
		if k := NormalizeName(c.Name); k != c.key {
			t.Errorf("%s %q: key %q, NormalizeName gives %q", c.Code, c.Name, c.key, k)
		}
	}
	for _, a := range g.aliases {
		if k := NormalizeName(a.name); k != a.key {
			t.Errorf("alias %q: key %q, NormalizeName gives %q", a.name, a.key, k)
		}
	}
}

func TestCommuneByCodeAgreesWithTheList(t *testing.T) {
	for _, code := range []string{"69266", "2A004", "69383", "93059", "75056", "00000", "", "69266\t"} {
		want, wok := parseGeo(communesTSV, "").Commune(code)
		got, gok := CommuneByCode(code)
		if got != want || gok != wok {
			t.Errorf("CommuneByCode(%q) = %+v %v, list gives %+v %v", code, got, gok, want, wok)
		}
	}
}
