package content

import (
	"os"
	"reflect"
	"slices"
	"strings"
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
	for _, s := range g.services().all(g) {
		if _, ok := g.Commune(s.Commune); !ok {
			t.Errorf("France services %s %q: commune %s unknown", s.ID, s.Name, s.Commune)
		}
	}
}

func TestGeoParseIsQuick(t *testing.T) {
	start := time.Now()
	g := parseGeo(communesTSV, nil)
	embeddedServices(g)
	t.Logf("parse: %v", time.Since(start))
}

func BenchmarkParseGeo(b *testing.B) {
	for b.Loop() {
		embeddedServices(parseGeo(communesTSV, nil))
	}
}

// go test ./content -run '^$' -bench FranceServices : the France services of a commune
// from a fresh index (the index file read, one chunk decompressed), and the whole table
// decompressed and parsed as it was before the chunks.
func BenchmarkFranceServices(b *testing.B) {
	g := Geography()
	b.Run("near", func(b *testing.B) {
		for b.Loop() {
			g2 := &Geo{communes: g.communes, renamed: g.renamed, epcis: g.epcis, deps: g.deps, servicesStore: embeddedServices}
			g2.FranceServicesNear("23096", 2)
		}
	})
	b.Run("whole", func(b *testing.B) {
		for b.Loop() {
			text, _ := gunzipText(franceServicesGz)
			g.parseServices(text)
		}
	})
}

// go test ./content -run '^$' -bench FoldNames : the name index's folding of every name
// (BenchmarkNameIndexBuild includes it).
func BenchmarkFoldNames(b *testing.B) {
	g := Geography()
	for b.Loop() {
		foldedNames(g)
	}
}

// normalizeNameRef is NormalizeName as it was written first (strings.ToLower, a map of
// accented letters, strings.Fields), when the generator wrote its result for every name
// into the communes file: the reference appendFolded must agree with.
func normalizeNameRef(s string) string {
	var b strings.Builder
	space := true
	for _, r := range strings.ToLower(s) {
		if f, ok := foldAccentRef[r]; ok {
			r = f
		}
		switch {
		case r == 'œ':
			b.WriteString("oe")
			space = false
		case r == 'æ':
			b.WriteString("ae")
			space = false
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	words := strings.Fields(b.String())
	for i, w := range words {
		switch w {
		case "st":
			words[i] = "saint"
		case "ste":
			words[i] = "sainte"
		case "sts":
			words[i] = "saints"
		case "stes":
			words[i] = "saintes"
		}
	}
	return strings.Join(words, " ")
}

var foldAccentRef = func() map[rune]rune {
	m := map[rune]rune{}
	for plain, accented := range map[rune]string{'a': "àáâãäåā", 'c': "çć", 'e': "èéêëē", 'i': "ìíîïī", 'n': "ñń", 'o': "òóôõöøō", 'u': "ùúûüū", 'y': "ýÿ"} {
		for _, r := range accented {
			m[r] = plain
		}
	}
	return m
}()

// foldCases are odd inputs for the two foldings: case, every accented letter in both
// cases, separators of every kind, « st » words, invalid UTF-8, letters that lower-case
// to ASCII (the Kelvin sign, İ).
var foldCases = []string{"", " ", "-", "st", "St", "ST-", "ste", "sts", "stes", "stx", "xst", "st st", "  st-ste  ",
	"ÀÁÂÃÄÅĀàáâãäåā ÇĆçć ÈÉÊËĒèéêëē ÌÍÎÏĪìíîïī ÑŃñń ÒÓÔÕÖØŌòóôõöøō ÙÚÛÜŪùúûüū ÝŸýÿ Œœ Ææ",
	"L'Haÿ-les-Roses", "L’Haÿ", "Saint\tMartin", "a\x00b", "\xff\xfe", "a\xc3", "\u212a\u0130", "ß", "ĳ", "Ǆ", "日本",
	"Paris 15e", "1er", "\x1b[2J", "é\u0301", "e\u0301", "  ", "—", "«Oé»"}

// The name index folds with appendFolded; the former folding is the reference (the names
// were found with it, and the generator's JavaScript folding agreed with it on every name):
// both must give the same text for every name of the file and for odd input.
func TestNormalizeNameAgreesWithReference(t *testing.T) {
	g := Geography()
	in := slices.Clone(foldCases)
	for _, c := range g.communes {
		in = append(in, c.Name)
	}
	for _, a := range g.aliases {
		in = append(in, a.name)
	}
	for _, d := range g.deps {
		in = append(in, d.name)
	}
	for _, e := range g.epcis {
		in = append(in, e.name)
	}
	for _, f := range g.services().all(g) {
		in = append(in, f.Name, f.City, f.Address)
	}
	for _, s := range in {
		if got, want := NormalizeName(s), normalizeNameRef(s); got != want {
			t.Errorf("NormalizeName(%q) = %q, the reference gives %q", s, got, want)
		}
	}
	keys := foldedNames(g)
	for i, c := range g.communes {
		if keys[i] != normalizeNameRef(c.Name) {
			t.Fatalf("foldedNames: %q for %q", keys[i], c.Name)
		}
	}
	for i, a := range g.aliases {
		if k := keys[len(g.communes)+i]; k != normalizeNameRef(a.name) {
			t.Fatalf("foldedNames: %q for %q", k, a.name)
		}
	}
}

func FuzzNormalizeName(f *testing.F) {
	for _, s := range foldCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormalizeName(s), normalizeNameRef(s); got != want {
			t.Fatalf("NormalizeName(%q) = %q, the reference gives %q", s, got, want)
		}
	})
}

// The generator leaves out the former names that fold like today's name of their commune
// (in JavaScript): none of those kept folds so in Go.
func TestAliasesDifferFromTheirCommune(t *testing.T) {
	g := Geography()
	for _, a := range g.aliases {
		c, ok := g.Commune(a.code)
		if !ok {
			t.Errorf("former name %q: commune %s unknown", a.name, a.code)
			continue
		}
		if NormalizeName(a.name) == NormalizeName(c.Name) && c.Code == a.code {
			t.Errorf("former name %q of %s folds like its name %q", a.name, a.code, c.Name)
		}
	}
}

// The file leaves out the département of a commune when its code gives it: every commune
// has a known département, the right one for codes of each kind.
func TestCommuneDepartments(t *testing.T) {
	g := Geography()
	deps := map[string]bool{}
	for _, d := range g.Departments() {
		deps[d] = true
	}
	for _, c := range g.communes {
		if !deps[c.Department] || !strings.HasPrefix(c.Code, c.Department) {
			t.Errorf("%s %s: département %q", c.Code, c.Name, c.Department)
		}
	}
	for code, dep := range map[string]string{"01001": "01", "2A004": "2A", "2B033": "2B", "75056": "75", "97105": "971", "97411": "974",
		"97611": "976", "97502": "975", "98818": "988", "98735": "987"} {
		if c, ok := g.Commune(code); !ok || c.Department != dep {
			t.Errorf("%s: %+v %v, want département %s", code, c, ok, dep)
		}
		if c, ok := CommuneByCode(code); !ok || c.Department != dep {
			t.Errorf("CommuneByCode(%s): %+v %v, want département %s", code, c, ok, dep)
		}
	}
}

// geo/france-services.tsv.gz and .idx are geo/france-services.tsv (the file the
// generator writes) by chunks: otherwise run `go generate ./content`. Read by chunks, the
// France services are those of the table read in one piece, with the same index.
func TestFranceServicesFilesAreFresh(t *testing.T) {
	tsv, err := os.ReadFile("geo/france-services.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if err := checkServicesFiles(franceServicesGz, franceServicesIdx, string(tsv)); err != nil {
		t.Fatalf("content/geo/france-services.tsv.gz or .idx is out of date (%v): run `go generate ./content`", err)
	}
	whole, _ := gunzipText(franceServicesGz)
	if whole != string(tsv) {
		t.Fatal("zcat geo/france-services.tsv.gz does not give the table")
	}
	g := Geography()
	flat := parseGeo(communesTSV, func() string { return string(tsv) })
	byChunk, inOne := g.services(), flat.services()
	if !reflect.DeepEqual(byChunk.all(g), inOne.all(flat)) || !reflect.DeepEqual(byChunk.byCommune, inOne.byCommune) || !reflect.DeepEqual(byChunk.byDep, inOne.byDep) {
		t.Fatal("the France services read by chunks differ from the table read in one piece")
	}
	if len(byChunk.all(g)) < 2000 {
		t.Fatalf("%d France services", len(byChunk.all(g)))
	}
	for _, gz := range [][]byte{nil, []byte("pas du gzip, assez long pour un en-tête"), franceServicesGz[:len(franceServicesGz)/2]} {
		if _, err := gunzipText(gz); err == nil {
			t.Errorf("%d bytes of damaged gzip read without error", len(gz))
		}
	}
	for _, idx := range []string{"", "N\t64\n", "N\t0\nM\t0\n", "N\t64\nM\t0\t10\t5\n", "N\t64\nM\tx\n", "N\t1\nM\t0\n23\t23096\n", "n'importe quoi"} {
		if _, err := parseServicesIdx(idx); err == nil {
			t.Errorf("index %q read without error", idx)
		}
	}
	if err := checkServicesFiles(franceServicesGz, franceServicesIdx, string(tsv[:len(tsv)-100])); err == nil {
		t.Error("a shortened table passed the check")
	}
}

// CommuneByCode searches the text itself: it finds what the parsed list finds, for every
// commune, every former code and odd input.
func TestCommuneByCodeAgreesWithTheList(t *testing.T) {
	g := parseGeo(communesTSV, nil)
	codes := []string{"69266", "2A004", "2a004", " 69383 ", "93059", "75056", "00000", "", "0", "01", "2A", "99999", "ZZZZZ", "69266\t", "C", "R\t", "\n"}
	for _, c := range g.communes {
		codes = append(codes, c.Code, c.Code+"0", c.Code[:4])
	}
	for _, r := range g.renamed {
		codes = append(codes, r.old)
	}
	for _, code := range codes {
		want, wok := g.Commune(code)
		got, gok := CommuneByCode(code)
		if got != want || gok != wok {
			t.Errorf("CommuneByCode(%q) = %+v %v, list gives %+v %v", code, got, gok, want, wok)
		}
	}
}

// The binary searches of CommuneByCode and Geo.index need the communes and the former
// codes sorted by code, byte by byte (the generator sorts them with localeCompare).
func TestCommuneTableSorted(t *testing.T) {
	cs, rs := communeSections()
	for tag, sec := range map[string]string{"C": cs, "R": rs} {
		lines := strings.Split(strings.TrimSuffix(sec, "\n"), "\n")
		if len(lines) < 1000 {
			t.Fatalf("%s: %d lines", tag, len(lines))
		}
		prev := ""
		for _, l := range lines {
			f := fields(l, nil)
			if f[0] != tag || len(f) < 3 || f[1] <= prev {
				t.Fatalf("%s lines not sorted by code at %q (after %q)", tag, l, prev)
			}
			prev = f[1]
		}
	}
	if n := strings.Count(communesTSV, "\nC\t"); n != strings.Count(cs, "C\t") {
		t.Fatalf("the C lines are not one block: %d in the file, %d in the block", n, strings.Count(cs, "C\t"))
	}
}

func TestFindLine(t *testing.T) {
	lines := "C\t1\ta\nC\t3\tb\nC\t5\nC\t7\tc"
	for key, want := range map[string]string{"1": "C\t1\ta", "3": "C\t3\tb", "5": "C\t5", "7": "C\t7\tc", "0": "", "2": "", "4": "", "6": "", "8": "", "": ""} {
		if got, ok := findLine(lines, key); got != want || ok != (want != "") {
			t.Errorf("findLine(%q) = %q %v, want %q", key, got, ok, want)
		}
		if got, ok := findLine(lines+"\n", key); got != want || ok != (want != "") {
			t.Errorf("findLine(%q) with a final newline = %q %v, want %q", key, got, ok, want)
		}
	}
	if _, ok := findLine("", "1"); ok {
		t.Error("found in nothing")
	}
	for text, want := range map[string]string{"C\tx\nR\ty\n": "C\tx\n", "#\nC\tx\nC\ty": "C\tx\nC\ty", "#\nR\ty\n": "", "#\nC\tx\nA\tz\nC\tw\n": "C\tx\n"} {
		if got := section(text, "C\t"); got != want {
			t.Errorf("section(%q) = %q, want %q", text, got, want)
		}
	}
}

// go test ./content -run '^$' -bench CommuneByCode : a known commune, a former code and an
// unknown code.
func BenchmarkCommuneByCode(b *testing.B) {
	for b.Loop() {
		CommuneByCode("23096")
		CommuneByCode("69383")
		CommuneByCode("00000")
	}
}

// go test ./content -run '^$' -bench NormalizeName : the reference folding and
// NormalizeName on every name of the communes, in the same run.
func BenchmarkNormalizeName(b *testing.B) {
	g := Geography()
	for _, f := range []struct {
		name string
		fold func(string) string
	}{{"reference", normalizeNameRef}, {"NormalizeName", NormalizeName}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				for i := range g.communes {
					f.fold(g.communes[i].Name)
				}
			}
		})
	}
}
