package content

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The communes (Code officiel géographique 2026 of INSEE, postcodes of La Poste) and the
// France services (ANCT, 1 August 2024) are embedded as tab-separated text written by
// scripts/gen_communes.js and scripts/gen_france_services.js. They are parsed on first use
// only, so that commands that never look up a place (version, evaluer without a commune,
// the first frame of the guide) do not pay for them.
//
// The communes are embedded as they are: a commune code is looked up in the text itself
// (CommuneByCode: `evaluer` and `lot` with a commune), without a parse or a decompression.
// The file is kept small instead: no folded name (NormalizeName computes it when the name
// index is built) and no département when the code gives it (departmentOfCode). The France
// services, read only for the contacts of a plan with a commune, are embedded compressed
// by chunks, with an index of where they are (geo_services.go).

//go:embed geo/communes.tsv
var communesTSV string

// departmentOfCode is the département a commune code gives: its first two characters
// (« 2A » for Corse-du-Sud), three overseas (971…976, 984…989). The generator writes the
// département of a commune only when it is not this one.
func departmentOfCode(code string) string {
	if len(code) >= 3 && code[0] == '9' && (code[1] == '7' || code[1] == '8') {
		return code[:3]
	}
	if len(code) >= 2 {
		return code[:2]
	}
	return code
}

// communeOf reads the fields of a C line: C code name département postcodes epci.
func communeOf(f []string) Commune {
	c := Commune{Code: f[1], Name: f[2], Department: f[3], postcodes: f[4], EPCI: f[5]}
	if c.Department == "" {
		c.Department = departmentOfCode(c.Code)
	}
	return c
}

// GeoCredit names the sources of the place data, for `aidants version` (two lines).
const GeoCredit = "Communes : Code officiel géographique 2026 (INSEE) et codes postaux (La Poste), Licence Ouverte\n" +
	"France services : liste de l'ANCT au 1er août 2024, Licence Ouverte 2.0"

// MetropoleDeLyonEPCI is the SIREN of the Métropole de Lyon, a collectivité with the
// powers of a département on its communes (loi MAPTAM du 27/01/2014, CGCT art. L3611-1).
const MetropoleDeLyonEPCI = "200046977"

// TerritoryMetropoleDeLyon is the territory code of the Métropole de Lyon: it pays the
// APA instead of the Département du Rhône on its communes.
const TerritoryMetropoleDeLyon = "69M"

// Commune is one commune of the Code officiel géographique.
type Commune struct {
	Code       string // INSEE code
	Name       string // official name, with accents
	Department string // code of its département (or overseas collectivité)
	EPCI       string // SIREN of its intercommunalité, "" when none
	postcodes  string // La Poste postcodes, separated by spaces
}

// Postcodes returns the La Poste postcodes of the commune.
func (c Commune) Postcodes() []string { return strings.Fields(c.postcodes) }

// HasPostcode reports whether the commune has this postcode.
func (c Commune) HasPostcode(pc string) bool {
	for p := range strings.FieldsSeq(c.postcodes) {
		if p == pc {
			return true
		}
	}
	return false
}

// Territory is the code of the body that pays the APA there: the département code, or
// "69M" for the communes of the Métropole de Lyon.
func (c Commune) Territory() string {
	if c.EPCI == MetropoleDeLyonEPCI {
		return TerritoryMetropoleDeLyon
	}
	return c.Department
}

// FranceService is one France services structure.
type FranceService struct {
	ID, Department, Commune, Name, Address, Postcode, City, Phone, Email, Hours, Format string
	Lat, Lon                                                                            float64
}

// Geo is the embedded place data. It is kept as slices of substrings of the embedded
// text, so that loading it costs a few milliseconds; the index of names and postcodes
// (nameIndex) is built on the first search, the France services are read on first use.
type Geo struct {
	communes []Commune // sorted by code
	aliases  []alias   // former names of merged communes
	renamed  []renamed // sorted by old code
	deps     []place   // sorted by code
	epcis    []place   // sorted by code

	indexOnce    sync.Once
	ix           *nameIndex
	postcodeOnce sync.Once
	postcodes    map[string][]int32 // indices into communes, in code order
	placeOnce    sync.Once
	place        *placeIndex

	servicesText  func() string            // the France services' table (parseGeo), or
	servicesStore func(*Geo) *serviceIndex // the embedded France services (Geography)
	servicesOnce  sync.Once
	fsIndex       *serviceIndex
}

type alias struct{ name, code string }
type renamed struct{ old, code string }
type place struct{ code, name, key string }

var (
	geoOnce sync.Once
	geo     *Geo
)

// Geography returns the embedded place data, parsed on the first call.
func Geography() *Geo {
	geoOnce.Do(func() {
		geo = parseGeo(communesTSV, nil)
		geo.servicesStore = embeddedServices
	})
	return geo
}

// fields splits a line at tabs into dst (reused), without copying the text.
func fields(line string, dst []string) []string {
	dst = dst[:0]
	for {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			return append(dst, line)
		}
		dst = append(dst, line[:i])
		line = line[i+1:]
	}
}

// parseGeo reads the communes' table, and keeps services to read the France services'
// table on first use. The slices are sized from the text (a fuzzed table of a few lines
// used to allocate room for the 35 000 communes and 2 900 France services).
func parseGeo(communes string, services func() string) *Geo {
	g := &Geo{communes: make([]Commune, 0, strings.Count(communes, "\nC\t")+1), servicesText: services}
	var f []string
	for rest := communes; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f = fields(line, f)
		switch {
		case f[0] == "C" && len(f) >= 6:
			g.communes = append(g.communes, communeOf(f))
		case f[0] == "A" && len(f) >= 3:
			g.aliases = append(g.aliases, alias{name: f[1], code: f[2]})
		case f[0] == "R" && len(f) >= 3:
			g.renamed = append(g.renamed, renamed{f[1], f[2]})
		case f[0] == "D" && len(f) >= 3:
			g.deps = append(g.deps, place{code: f[1], name: f[2], key: NormalizeName(f[2])})
		case f[0] == "E" && len(f) >= 3:
			g.epcis = append(g.epcis, place{code: f[1], name: f[2]})
		}
	}
	return g
}

func (g *Geo) index(code string) int {
	i := sort.Search(len(g.communes), func(i int) bool { return g.communes[i].Code >= code })
	if i < len(g.communes) && g.communes[i].Code == code {
		return i
	}
	return -1
}

// current returns the code of today's commune for an old code, an arrondissement or a
// commune déléguée ("" when the code is not one of those).
func (g *Geo) current(code string) string {
	i := sort.Search(len(g.renamed), func(i int) bool { return g.renamed[i].old >= code })
	if i < len(g.renamed) && g.renamed[i].old == code {
		return g.renamed[i].code
	}
	return ""
}

// Commune returns the commune of an INSEE code. The code of a municipal arrondissement
// (69383), of a commune déléguée or a former code gives today's commune.
func (g *Geo) Commune(code string) (Commune, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if i := g.index(code); i >= 0 {
		return g.communes[i], true
	}
	if i := g.index(g.current(code)); i >= 0 {
		return g.communes[i], true
	}
	return Commune{}, false
}

// Communes returns every commune, sorted by INSEE code (do not modify).
func (g *Geo) Communes() []Commune { return g.communes }

// ByPostcode returns the communes that share a postcode, sorted by name.
func (g *Geo) ByPostcode(pc string) []Commune {
	g.postcodeOnce.Do(g.buildPostcodes)
	is := g.postcodes[pc]
	if len(is) == 0 {
		return nil
	}
	out := make([]Commune, len(is))
	for k, i := range is {
		out[k] = g.communes[i]
	}
	return sortByName(out)
}

// buildPostcodes indexes the communes by postcode (a scan of the 35 000 communes took a
// millisecond a query), on the first postcode search.
func (g *Geo) buildPostcodes() {
	g.postcodes = make(map[string][]int32, len(g.communes)/5) // 6 300 postcodes for 35 000 communes
	for i := range g.communes {
		for p := range strings.FieldsSeq(g.communes[i].postcodes) {
			is := g.postcodes[p]
			if len(is) > 0 && is[len(is)-1] == int32(i) {
				continue // the same postcode twice for a commune
			}
			g.postcodes[p] = append(is, int32(i))
		}
	}
}

// sortByName sorts communes by folded name, then by code: the order of every list of
// communes shown to a caller.
func sortByName(out []Commune) []Commune {
	type entry struct {
		key string
		c   Commune
	}
	es := make([]entry, len(out))
	for i, c := range out {
		es[i] = entry{NormalizeName(c.Name), c}
	}
	slices.SortStableFunc(es, func(a, b entry) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.c.Code, b.c.Code)
	})
	for i := range es {
		out[i] = es[i].c
	}
	return out
}

// nameIndex makes a name search a binary search instead of a scan of the
// 35 000 communes (a short prefix such as « s » matched thousands of communes that were
// then sorted: milliseconds a query). It is built on the first search, not at load.
type nameIndex struct {
	byName  []int32    // indices into communes, sorted by (key, Code): the order shown
	keys    []string   // keys[r] is the key of communes[byName[r]]
	rank    []int32    // rank[i] is the position of communes[i] in byName
	aliases []aliasRef // former names, sorted by key
}

type aliasRef struct {
	key, code string
	direct    int32 // index of the commune whose Code is code, -1 if none
	commune   int32 // index of the commune Commune(code) gives, -1 if none
}

func (g *Geo) names() *nameIndex {
	g.indexOnce.Do(func() { g.ix = buildNameIndex(g) })
	return g.ix
}

func buildNameIndex(g *Geo) *nameIndex {
	n := len(g.communes)
	ix := &nameIndex{byName: make([]int32, n), keys: make([]string, n), rank: make([]int32, n)}
	keys := foldedNames(g)
	// (key, index) pairs sort faster than indices pointing into the communes
	type entry struct {
		key string
		i   int32
	}
	es := make([]entry, n)
	for i := range g.communes {
		es[i] = entry{keys[i], int32(i)}
	}
	slices.SortFunc(es, func(a, b entry) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(g.communes[a.i].Code, g.communes[b.i].Code)
	})
	for r, e := range es {
		ix.byName[r] = e.i
		ix.rank[e.i] = int32(r)
		ix.keys[r] = e.key
	}
	ix.aliases = make([]aliasRef, len(g.aliases))
	for i, a := range g.aliases {
		ref := aliasRef{key: keys[n+i], code: a.code, direct: int32(g.index(a.code)), commune: -1}
		if c, ok := g.Commune(a.code); ok {
			ref.commune = int32(g.index(c.Code))
		}
		ix.aliases[i] = ref
	}
	slices.SortStableFunc(ix.aliases, func(a, b aliasRef) int { return strings.Compare(a.key, b.key) })
	return ix
}

// foldedNames returns NormalizeName of the name of every commune, then of every former
// name, as substrings of one string (one allocation instead of one a name; a substring
// stays valid if the builder grows).
func foldedNames(g *Geo) []string {
	size := 0
	for i := range g.communes {
		size += len(g.communes[i].Name)
	}
	for _, a := range g.aliases {
		size += len(a.name)
	}
	var b strings.Builder
	b.Grow(size + size/16) // « st » becomes « saint »: a little more than the names
	keys := make([]string, 0, len(g.communes)+len(g.aliases))
	var buf []byte
	add := func(name string) {
		buf = appendFolded(buf[:0], name)
		start := b.Len()
		b.Write(buf)
		keys = append(keys, b.String()[start:])
	}
	for i := range g.communes {
		add(g.communes[i].Name)
	}
	for _, a := range g.aliases {
		add(a.name)
	}
	return keys
}

// nameRange returns the positions [lo, hi) of the sorted keys equal to text (prefix
// false) or starting with it (prefix true): keys sharing a prefix are contiguous.
func nameRange(n int, key func(int) string, text string, prefix bool) (lo, hi int) {
	lo = sort.Search(n, func(i int) bool { return key(i) >= text })
	hi = lo + sort.Search(n-lo, func(i int) bool {
		k := key(lo + i)
		if prefix {
			return !strings.HasPrefix(k, text)
		}
		return k != text
	})
	return lo, hi
}

// SearchName finds communes by name as a caller says it (see NormalizeName): the exact
// names first (current names, then former names of merged communes); when there is none,
// the names that start with the text. At most limit communes (0: no limit); more is true
// when some were left out. The result is sorted by name, then code.
func (g *Geo) SearchName(text string, limit int) (out []Commune, more bool) {
	n := NormalizeName(text)
	if n == "" {
		return nil, false
	}
	ix := g.names()
	out, more = g.searchKey(ix, n, false, limit)
	if len(out) == 0 {
		out, more = g.searchKey(ix, n, true, limit)
	}
	return out, more
}

func (g *Geo) searchKey(ix *nameIndex, n string, prefix bool, limit int) ([]Commune, bool) {
	lo, hi := nameRange(len(ix.keys), func(i int) string { return ix.keys[i] }, n, prefix)
	alo, ahi := nameRange(len(ix.aliases), func(i int) string { return ix.aliases[i].key }, n, prefix)
	// A former name adds its commune, unless a commune of that code was found by its own
	// name, or another former name of the same code was counted already (a former code
	// and today's code of one commune both count, as the scan did).
	type hit struct {
		rank int32
		code string
	}
	var extra []hit
	for _, a := range ix.aliases[alo:ahi] {
		if a.commune < 0 || (a.direct >= 0 && int(ix.rank[a.direct]) >= lo && int(ix.rank[a.direct]) < hi) {
			continue
		}
		extra = append(extra, hit{ix.rank[a.commune], a.code})
	}
	if len(extra) > 1 {
		slices.SortFunc(extra, func(a, b hit) int {
			if a.rank != b.rank {
				return int(a.rank - b.rank)
			}
			return strings.Compare(a.code, b.code)
		})
		extra = slices.Compact(extra)
	}
	total := hi - lo + len(extra)
	if total == 0 {
		return nil, false
	}
	size := total
	if limit > 0 && size > limit {
		size = limit
	}
	out := make([]Commune, 0, size)
	r, e := lo, 0
	for len(out) < size {
		if e < len(extra) && (r >= hi || extra[e].rank <= int32(r)) {
			out = append(out, g.communes[ix.byName[extra[e].rank]])
			e++
		} else {
			out = append(out, g.communes[ix.byName[r]])
			r++
		}
	}
	return out, total > size
}

// Departments returns the codes of the départements and collectivités, sorted.
func (g *Geo) Departments() []string {
	out := make([]string, len(g.deps))
	for i, d := range g.deps {
		out[i] = d.code
	}
	return out
}

// DepartmentName returns the name of a département or collectivité code ("" if unknown).
func (g *Geo) DepartmentName(code string) string {
	for _, d := range g.deps {
		if d.code == code {
			return d.name
		}
	}
	return ""
}

// DepartmentByName returns the code of a département named as a caller says it.
func (g *Geo) DepartmentByName(text string) (string, bool) {
	n := NormalizeName(text)
	for _, d := range g.deps {
		if d.key == n {
			return d.code, true
		}
	}
	return "", false
}

// EPCIName returns the name of an intercommunalité.
func (g *Geo) EPCIName(code string) string {
	for _, e := range g.epcis {
		if e.code == code {
			return e.name
		}
	}
	return ""
}

// EPCIMembers returns the communes of an intercommunalité, sorted by name.
func (g *Geo) EPCIMembers(code string) []Commune {
	ix := g.places()
	is := ix.epciMembers[code]
	if len(is) == 0 {
		return nil
	}
	out := make([]Commune, len(is))
	for k, i := range is {
		out[k] = g.communes[i]
	}
	return sortByName(out)
}

// placeIndex finds the members of an intercommunalité without a scan of the 35 000
// communes on every plan (and serviceIndex the France services of a commune or a
// département). It is built on first use.
type placeIndex struct {
	epciMembers map[string][]int32 // indices into communes, in code order
}

func (g *Geo) places() *placeIndex {
	g.placeOnce.Do(func() {
		ix := &placeIndex{epciMembers: map[string][]int32{}}
		for i := range g.communes {
			e := g.communes[i].EPCI
			ix.epciMembers[e] = append(ix.epciMembers[e], int32(i))
		}
		g.place = ix
	})
	return g.place
}

// FranceServicesNear returns the France services for a commune: those of the commune,
// else those of its intercommunalité, else those of its département (the communes data
// has no coordinates, so not by distance). where says which: "commune",
// "intercommunalité" or "département". At most max (0: all), in the order of the list.
func (g *Geo) FranceServicesNear(code string, max int) (out []FranceService, where string) {
	c, ok := g.Commune(code)
	if !ok {
		return nil, ""
	}
	fs := g.services()
	if out = fs.at(g, fs.byCommune[c.Code], max); len(out) > 0 {
		return out, "commune"
	}
	if c.EPCI != "" {
		var in []int32
		for _, m := range g.places().epciMembers[c.EPCI] {
			in = append(in, fs.byCommune[g.communes[m].Code]...)
		}
		slices.Sort(in)
		if out = fs.at(g, slices.Compact(in), max); len(out) > 0 {
			return out, "intercommunalité"
		}
	}
	return g.FranceServicesIn(c.Department, max), "département"
}

// FranceServicesIn returns the France services of a département (at most max, 0: all).
func (g *Geo) FranceServicesIn(dep string, max int) []FranceService {
	fs := g.services()
	return fs.at(g, fs.byDep[dep], max)
}

// NormalizeName folds a place name as a caller may type it: case and accents ignored,
// hyphens, apostrophes and spaces alike, « st »/« ste » read as saint/sainte, œ as oe.
func NormalizeName(s string) string { return string(appendFolded(make([]byte, 0, len(s)+8), s)) }

// appendFolded appends NormalizeName(s) to dst, in one pass over s: the words of letters
// and digits (lower case, accents removed, œ/æ as oe/ae), separated by one space, with
// « st », « ste », « sts », « stes » as words read saint, sainte, saints, saintes. Every
// other character separates words. (It replaces a version built on strings.ToLower,
// strings.Fields and a map; TestNormalizeNameAgreesWithReference compares them.)
func appendFolded(dst []byte, s string) []byte {
	start, word := len(dst), -1 // word: where the current word starts in dst, -1 between words
	for i := 0; i < len(s); {
		r := rune(s[i])
		if r < utf8.RuneSelf {
			i++
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
			r = unicode.ToLower(r)
		}
		var fold string
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
		case r < rune(len(foldLatin)) && foldLatin[r] != "":
			fold = foldLatin[r]
		default:
			if word >= 0 {
				dst, word = endWord(dst, word), -1
			}
			continue
		}
		if word < 0 {
			if len(dst) > start {
				dst = append(dst, ' ')
			}
			word = len(dst)
		}
		if fold != "" {
			dst = append(dst, fold...)
		} else {
			dst = append(dst, byte(r))
		}
	}
	if word >= 0 {
		dst = endWord(dst, word)
	}
	return dst
}

// endWord reads the word dst[word:] « st », « ste », « sts », « stes » as saint, sainte,
// saints, saintes.
func endWord(dst []byte, word int) []byte {
	switch string(dst[word:]) {
	case "st":
		return append(dst[:word], "saint"...)
	case "ste":
		return append(dst[:word], "sainte"...)
	case "sts":
		return append(dst[:word], "saints"...)
	case "stes":
		return append(dst[:word], "saintes"...)
	}
	return dst
}

// foldLatin maps the accented lower-case letters of French (and of a few regional names)
// to their plain letters, œ and æ to two.
var foldLatin = [0x180]string{
	'à': "a", 'á': "a", 'â': "a", 'ã': "a", 'ä': "a", 'å': "a", 'ā': "a",
	'ç': "c", 'ć': "c",
	'è': "e", 'é': "e", 'ê': "e", 'ë': "e", 'ē': "e",
	'ì': "i", 'í': "i", 'î': "i", 'ï': "i", 'ī': "i",
	'ñ': "n", 'ń': "n",
	'ò': "o", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "o", 'ø': "o", 'ō': "o",
	'ù': "u", 'ú': "u", 'û': "u", 'ü': "u", 'ū': "u",
	'ý': "y", 'ÿ': "y",
	'œ': "oe", 'æ': "ae",
}

// CommuneByCode is Geography().Commune without parsing the whole list: a binary search
// in the embedded text, whose communes and former codes are sorted by code (a plan for a
// known commune costs a few microseconds, instead of the list's load; `lot` with communes
// pays that on every line).
func CommuneByCode(code string) (Commune, bool) {
	code = strings.ToUpper(strings.TrimSpace(code))
	if code == "" || strings.ContainsAny(code, "\t\n") {
		return Commune{}, false
	}
	cs, rs := communeSections()
	if line, ok := findLine(cs, code); ok {
		return communeLine(line)
	}
	if line, ok := findLine(rs, code); ok {
		if f := fields(line, nil); len(f) >= 3 {
			if line, ok := findLine(cs, f[2]); ok {
				return communeLine(line)
			}
		}
	}
	return Commune{}, false
}

func communeLine(line string) (Commune, bool) {
	f := fields(line, nil)
	if len(f) < 6 {
		return Commune{}, false
	}
	return communeOf(f), true
}

// communeSections are the C lines (communes) and the R lines (former codes) of the
// embedded table, each sorted by code (TestCommuneTableSorted).
var communeSections = sync.OnceValues(func() (string, string) {
	return section(communesTSV, "C\t"), section(communesTSV, "R\t")
})

// section returns the block of lines of text that start with tag: the generator writes
// the records by kind, one block each.
func section(text, tag string) string {
	start := 0
	if !strings.HasPrefix(text, tag) {
		i := strings.Index(text, "\n"+tag)
		if i < 0 {
			return ""
		}
		start = i + 1
	}
	end := start
	for end < len(text) && strings.HasPrefix(text[end:], tag) {
		j := strings.IndexByte(text[end:], '\n')
		if j < 0 {
			return text[start:]
		}
		end += j + 1
	}
	return text[start:end]
}

// findLine finds, in lines sorted by their second field, the line whose second field is
// key (without its newline).
func findLine(lines, key string) (string, bool) {
	lo, hi := 0, len(lines) // lo and hi are line starts
	for lo < hi {
		start := lo + strings.LastIndexByte(lines[lo:lo+(hi-lo)/2], '\n') + 1
		end := len(lines)
		if j := strings.IndexByte(lines[start:], '\n'); j >= 0 {
			end = start + j
		}
		line := lines[start:end]
		k := line
		if i := strings.IndexByte(k, '\t'); i >= 0 {
			k = k[i+1:]
		}
		if i := strings.IndexByte(k, '\t'); i >= 0 {
			k = k[:i]
		}
		switch c := strings.Compare(k, key); {
		case c == 0:
			return line, true
		case c < 0:
			lo = end + 1
		default:
			hi = start
		}
	}
	return "", false
}

// DepartmentNameOf is Geography().DepartmentName without loading the communes list.
func DepartmentNameOf(code string) string {
	if code == "" || strings.ContainsAny(code, "\t\n") {
		return ""
	}
	i := strings.Index(communesTSV, "\nD\t"+code+"\t")
	if i < 0 {
		return ""
	}
	line, _, _ := strings.Cut(communesTSV[i+1:], "\n")
	if f := fields(line, nil); len(f) >= 3 {
		return f[2]
	}
	return ""
}
