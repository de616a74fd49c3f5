package content

import (
	"strings"
	"testing"
)

// What a person types to find a commune (a name, a postcode, a département) never crashes
// the resolver and only ever finds communes of the embedded list.
func FuzzGeoQueries(f *testing.F) {
	for _, s := range []string{"Guéret", "23000", "saint-etienne", "Creuse", "2A", "97", "", " ", "\x1b[2J", "l'Haÿ", strings.Repeat("a", 300)} {
		f.Add(s)
	}
	g := Geography()
	f.Fuzz(func(t *testing.T, s string) {
		out, _ := g.SearchName(s, 10)
		if len(out) > 10 {
			t.Fatalf("%d results for a limit of 10", len(out))
		}
		for _, c := range append(out, g.ByPostcode(s)...) {
			if _, ok := g.Commune(c.Code); !ok {
				t.Fatalf("%q: commune %q not in the list", s, c.Code)
			}
		}
		g.DepartmentByName(s)
		g.DepartmentName(s)
		g.Commune(s)
		g.FranceServicesNear(s, 3)
		NormalizeName(s)
	})
}

// The commune table parser takes any text without crashing (a shortened or damaged
// generated file).
func FuzzParseGeo(f *testing.F) {
	f.Add("C\t23096\tGuéret\t\t23000\t200034825\nC\t98818\tNouméa\t988\t98800\t\nD\t23\tCreuse\nE\t200034825\tCA du Grand Guéret\nA\tAncien nom\t23096\n", "")
	f.Add("C\t1\nA\t\t\nR\tx\n", "F\t1\t2\t3\t4\t5\t6\t7\t8\t9\t10\tx\ty\tz\n")
	f.Add("#\n\n\t\t\t", "")
	f.Fuzz(func(t *testing.T, communes, services string) {
		g := parseGeo(communes, func() string { return services })
		for _, c := range g.Communes() {
			g.Commune(c.Code)
			g.ByPostcode(c.Code)
		}
		g.SearchName("a", 5)
		g.FranceServicesIn("23", 5)
	})
}
