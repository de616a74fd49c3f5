package content

import (
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// refKeys are the folded names of the communes, then of the former names, by the
// reference folding (normalizeNameRef), computed once for the scans.
var refKeys = sync.OnceValue(func() []string {
	g := Geography()
	var keys []string
	for _, c := range g.communes {
		keys = append(keys, normalizeNameRef(c.Name))
	}
	for _, a := range g.aliases {
		keys = append(keys, normalizeNameRef(a.name))
	}
	return keys
})

// searchNameLinear and byPostcodeLinear are the searches as they were before the name
// index: a scan of every commune, on the names folded by the reference folding (the
// generator used to write them in the file). They are kept here as the reference the
// index must agree with, and for the benchmark.
func (g *Geo) searchNameLinear(text string, limit int) (out []Commune, more bool) {
	n := normalizeNameRef(text)
	if n == "" {
		return nil, false
	}
	keys := refKeys()
	match := func(eq func(string) bool) []Commune {
		var out []Commune
		seen := map[string]bool{}
		for i, c := range g.communes {
			if eq(keys[i]) {
				out = append(out, c)
				seen[c.Code] = true
			}
		}
		for i, a := range g.aliases {
			if eq(keys[len(g.communes)+i]) && !seen[a.code] {
				if c, ok := g.Commune(a.code); ok {
					out = append(out, c)
					seen[a.code] = true
				}
			}
		}
		return sortByNameRef(out)
	}
	out = match(func(k string) bool { return k == n })
	if len(out) == 0 {
		out = match(func(k string) bool { return strings.HasPrefix(k, n) })
	}
	if limit > 0 && len(out) > limit {
		return out[:limit], true
	}
	return out, false
}

func (g *Geo) byPostcodeLinear(pc string) []Commune {
	var out []Commune
	for _, c := range g.communes {
		if strings.Contains(c.postcodes, pc) && c.HasPostcode(pc) {
			out = append(out, c)
		}
	}
	return sortByNameRef(out)
}

func (g *Geo) epciMembersLinear(code string) []Commune {
	var out []Commune
	for _, c := range g.communes {
		if c.EPCI == code {
			out = append(out, c)
		}
	}
	return sortByNameRef(out)
}

// sortByNameRef is sortByName on the reference folding.
func sortByNameRef(out []Commune) []Commune {
	sort.SliceStable(out, func(i, j int) bool {
		if ki, kj := normalizeNameRef(out[i].Name), normalizeNameRef(out[j].Name); ki != kj {
			return ki < kj
		}
		return out[i].Code < out[j].Code
	})
	return out
}

func (g *Geo) franceServicesNearLinear(code string, max int) (out []FranceService, where string) {
	c, ok := g.Commune(code)
	if !ok {
		return nil, ""
	}
	if out = g.fsWhereLinear(max, func(s *FranceService) bool { return s.Commune == c.Code }); len(out) > 0 {
		return out, "commune"
	}
	if c.EPCI != "" {
		in := map[string]bool{}
		for _, m := range g.communes {
			if m.EPCI == c.EPCI {
				in[m.Code] = true
			}
		}
		if out = g.fsWhereLinear(max, func(s *FranceService) bool { return in[s.Commune] }); len(out) > 0 {
			return out, "intercommunalité"
		}
	}
	return g.fsWhereLinear(max, func(s *FranceService) bool { return s.Department == c.Department }), "département"
}

func (g *Geo) fsWhereLinear(max int, keep func(*FranceService) bool) []FranceService {
	var out []FranceService
	all := g.services().all(g)
	for i := range all {
		if max > 0 && len(out) == max {
			break
		}
		if keep(&all[i]) {
			out = append(out, all[i])
		}
	}
	return out
}

// The France services found for a commune and the members of an intercommunalité are
// those the scans found, in the same order, for every limit the guide uses.
func TestPlaceIndexAgreesWithScan(t *testing.T) {
	g := Geography()
	step := 13
	if testing.Short() {
		step = 97
	}
	epcis := map[string]bool{"": true, "x": true}
	for i, c := range g.communes {
		epcis[c.EPCI] = true
		if i%step != 0 && c.Code != "23096" && c.Code != "69123" {
			continue
		}
		for _, max := range []int{0, 2, 3} {
			got, gw := g.FranceServicesNear(c.Code, max)
			want, ww := g.franceServicesNearLinear(c.Code, max)
			if gw != ww || !reflect.DeepEqual(got, want) {
				t.Fatalf("FranceServicesNear(%s, %d) = %d (%s), the scan gives %d (%s)", c.Code, max, len(got), gw, len(want), ww)
			}
		}
	}
	for _, code := range []string{"", "x", "69383", "00000"} {
		got, gw := g.FranceServicesNear(code, 3)
		want, ww := g.franceServicesNearLinear(code, 3)
		if gw != ww || !reflect.DeepEqual(got, want) {
			t.Fatalf("FranceServicesNear(%q) differs from the scan", code)
		}
	}
	for _, dep := range append(g.Departments(), "", "x") {
		for _, max := range []int{0, 5} {
			if got, want := g.FranceServicesIn(dep, max), g.fsWhereLinear(max, func(s *FranceService) bool { return s.Department == dep }); !reflect.DeepEqual(got, want) {
				t.Fatalf("FranceServicesIn(%q, %d) differs from the scan", dep, max)
			}
		}
	}
	n := 0
	for e := range epcis {
		if n++; testing.Short() && n%10 != 0 && e != MetropoleDeLyonEPCI {
			continue
		}
		if got, want := g.EPCIMembers(e), g.epciMembersLinear(e); !reflect.DeepEqual(got, want) {
			t.Fatalf("EPCIMembers(%q) = %d, the scan gives %d", e, len(got), len(want))
		}
	}
}

// searchQueries returns what the comparison types: a few odd inputs, every step-th
// commune or former name (as written), the distinct folded prefixes of 1 and 2 letters
// and every step-th distinct prefix of 3 to 6 letters of the names.
func searchQueries(g *Geo, step int) []string {
	qs := []string{"", " ", "st", "ste", "saint", "saint ", "st-", "l'", "L’Haÿ", "œ", "Paris 15", "zzzz", "é", "-", "\x1b[2J"}
	for i, c := range g.communes {
		if i%step == 0 {
			qs = append(qs, c.Name)
		}
	}
	for i, a := range g.aliases {
		if i%step == 0 {
			qs = append(qs, a.name)
		}
	}
	keys := slices.Clone(refKeys())
	sort.Strings(keys)
	seen := map[string]bool{}
	long := 0
	for _, k := range keys {
		for n := 1; n <= 6 && n <= len(k); n++ {
			if p := k[:n]; !seen[p] {
				seen[p] = true
				if n > 2 {
					if long++; long%step != 0 {
						continue
					}
				}
				qs = append(qs, p)
			}
		}
	}
	return qs
}

// The name index finds exactly what the scan found, in the same order, for every limit
// a caller uses (0: all, 8: the guide's candidates, 10). The scan's result for a limit is
// its whole result cut at the limit, so it is computed once a query.
func TestSearchNameIndexAgreesWithScan(t *testing.T) {
	g := Geography()
	step := 25
	if testing.Short() {
		step = 400
	}
	qs := searchQueries(g, step)
	t.Logf("%d queries", len(qs))
	for _, q := range qs {
		all, _ := g.searchNameLinear(q, 0)
		for _, limit := range []int{0, 1, 8, 10} {
			want, wmore := all, false
			if limit > 0 && len(want) > limit {
				want, wmore = want[:limit], true
			}
			got, gmore := g.SearchName(q, limit)
			if gmore != wmore || !reflect.DeepEqual(got, want) {
				t.Fatalf("SearchName(%q, %d) = %d communes (more %v), the scan gives %d (more %v)\n%v\n%v", q, limit, len(got), gmore, len(want), wmore, codes(got), codes(want))
			}
		}
	}
}

func TestByPostcodeIndexAgreesWithScan(t *testing.T) {
	g := Geography()
	pcs := map[string]bool{"": true, " ": true, "0": true, "69": true, "00000": true, "75001 75002": true, "2A004": true}
	for i, c := range g.communes {
		for _, p := range c.Postcodes() {
			if i%100 == 0 || (!testing.Short() && i%10 == 0) {
				pcs[p] = true
			}
		}
		if i%50 == 0 {
			pcs[c.Code] = true
		}
	}
	for pc := range pcs {
		if got, want := g.ByPostcode(pc), g.byPostcodeLinear(pc); !reflect.DeepEqual(got, want) {
			t.Fatalf("ByPostcode(%q) = %v, the scan gives %v", pc, codes(got), codes(want))
		}
	}
}

func codes(cs []Commune) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s ", c.Code)
	}
	return b.String()
}

// go test ./content -run '^$' -bench 'SearchName|ByPostcode' : the scan and the index on
// the same queries, in the same run (compare the two lines of each pair).
func benchSearch(b *testing.B, search func(g *Geo, q string)) {
	g := Geography()
	g.names()
	g.ByPostcode("")
	qs := searchQueries(g, 50)
	b.ResetTimer()
	i := 0
	for b.Loop() {
		search(g, qs[i%len(qs)])
		i++
	}
}

func BenchmarkSearchName(b *testing.B) {
	b.Run("scan", func(b *testing.B) { benchSearch(b, func(g *Geo, q string) { g.searchNameLinear(q, 8) }) })
	b.Run("index", func(b *testing.B) { benchSearch(b, func(g *Geo, q string) { g.SearchName(q, 8) }) })
}

// the postcodes of every 20th commune and as many codes that are no postcode
func BenchmarkByPostcode(b *testing.B) {
	g := Geography()
	g.ByPostcode("")
	var qs []string
	for i := 0; i < len(g.communes); i += 20 {
		qs = append(qs, g.communes[i].Postcodes()...)
		qs = append(qs, g.communes[i].Code)
	}
	for _, s := range []struct {
		name string
		find func(string) []Commune
	}{{"scan", g.byPostcodeLinear}, {"index", g.ByPostcode}} {
		b.Run(s.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				s.find(qs[i%len(qs)])
				i++
			}
		})
	}
}

func BenchmarkNameIndexBuild(b *testing.B) {
	g := Geography()
	for b.Loop() {
		buildNameIndex(g)
	}
}

func BenchmarkPostcodeIndexBuild(b *testing.B) {
	g := Geography()
	for b.Loop() {
		g.buildPostcodes()
	}
}
