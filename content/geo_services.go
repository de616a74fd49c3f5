package content

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
)

// The France services (geo/france-services.tsv, written by scripts/gen_france_services.js)
// are embedded compressed by chunks: geo/france-services.tsv.gz is a gzip file of several
// members (zcat gives the .tsv back), the comment lines first, then 64 records a member;
// geo/france-services.idx says where each member starts and, for each record, its
// département and commune. Both are written by `go generate ./content` and checked by
// TestFranceServicesFilesAreFresh. A plan with a commune reads the index (26 KB, no
// decompression) and decompresses the one or two members holding the France services it
// shows, instead of the whole table (756 KB, a few milliseconds).

//go:embed geo/france-services.tsv.gz
var franceServicesGz []byte

//go:embed geo/france-services.idx
var franceServicesIdx string

// servicesPerChunk is how many records a gzip member holds (a member of 64 records
// compresses to about 5 KB; the table in one piece was 206 KB, in 64-record members 233 KB).
const servicesPerChunk = 64

// serviceIndex is where the France services are (indices into the list, in its order),
// and their records, read by chunk on first use.
type serviceIndex struct {
	byCommune map[string][]int32
	byDep     map[string][]int32
	n         int
	perChunk  int
	chunks    []serviceChunk
}

type serviceChunk struct {
	once  sync.Once
	text  func() string // the chunk's lines
	items []FranceService
}

// services reads the France services' index on first use (the contacts of a plan with a
// commune, `aidants annuaire`): a search of a commune by name does not need them.
func (g *Geo) services() *serviceIndex {
	g.servicesOnce.Do(func() {
		if g.servicesStore != nil {
			g.fsIndex = g.servicesStore(g)
			return
		}
		text := ""
		if g.servicesText != nil {
			text = g.servicesText()
		}
		items := g.parseServices(text)
		ix := &serviceIndex{byCommune: map[string][]int32{}, byDep: map[string][]int32{}, n: len(items), perChunk: max(len(items), 1)}
		ix.chunks = []serviceChunk{{items: items}}
		ix.chunks[0].once.Do(func() {})
		for i, s := range items {
			ix.add(int32(i), s.Department, s.Commune)
		}
		g.fsIndex = ix
	})
	return g.fsIndex
}

func (ix *serviceIndex) add(i int32, dep, commune string) {
	ix.byCommune[commune] = append(ix.byCommune[commune], i)
	ix.byDep[dep] = append(ix.byDep[dep], i)
}

// item returns the France services at index i of the list, reading its chunk if needed.
func (ix *serviceIndex) item(g *Geo, i int32) FranceService {
	c := &ix.chunks[int(i)/ix.perChunk]
	c.once.Do(func() { c.items = g.parseServices(c.text()) })
	return c.items[int(i)%ix.perChunk]
}

// at returns the France services at these indices, at most max (0: all).
func (ix *serviceIndex) at(g *Geo, is []int32, max int) []FranceService {
	if max > 0 && len(is) > max {
		is = is[:max]
	}
	var out []FranceService
	for _, i := range is {
		out = append(out, ix.item(g, i))
	}
	return out
}

// all returns every France services, in the order of the list (for the tests).
func (ix *serviceIndex) all(g *Geo) []FranceService {
	out := make([]FranceService, ix.n)
	for i := range out {
		out[i] = ix.item(g, int32(i))
	}
	return out
}

// parseServices reads the F lines of a piece of the France services' table.
func (g *Geo) parseServices(services string) []FranceService {
	out := make([]FranceService, 0, strings.Count(services, "\nF\t")+1)
	var f []string
	for rest := services; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		f = fields(line, f)
		if len(f) < 14 || f[0] != "F" {
			continue
		}
		s := FranceService{ID: f[1], Department: f[2], Commune: g.today(f[3]), Name: f[4], Address: f[5], Postcode: f[6], City: f[7],
			Phone: f[8], Email: f[9], Hours: f[10], Format: f[13]}
		s.Lat, _ = strconv.ParseFloat(f[11], 64)
		s.Lon, _ = strconv.ParseFloat(f[12], 64)
		out = append(out, s)
	}
	return out
}

// today is the code of today's commune for the code of a France services' commune (an
// arrondissement or a merged commune gives the commune of today).
func (g *Geo) today(code string) string {
	if c := g.current(code); c != "" {
		return c
	}
	return code
}

// servicesFiles is the index file read: the offsets of the gzip members, the
// département and commune of each record.
type servicesFiles struct {
	perChunk int
	offsets  []int
	routes   [][2]string
}

func parseServicesIdx(idx string) (*servicesFiles, error) {
	sf := &servicesFiles{routes: make([][2]string, 0, strings.Count(idx, "\n"))}
	for n, rest := 1, idx; rest != ""; n++ {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		tag, val, _ := strings.Cut(line, "\t")
		switch tag {
		case "N":
			v, err := strconv.Atoi(val)
			if err != nil || v < 1 {
				return nil, fmt.Errorf("ligne %d : taille de morceau %q", n, val)
			}
			sf.perChunk = v
		case "M":
			for o := range strings.SplitSeq(val, "\t") {
				v, err := strconv.Atoi(o)
				if err != nil || v < 0 || (len(sf.offsets) > 0 && v <= sf.offsets[len(sf.offsets)-1]) {
					return nil, fmt.Errorf("ligne %d : position %q", n, o)
				}
				sf.offsets = append(sf.offsets, v)
			}
		default:
			if val == "" || strings.Contains(val, "\t") {
				return nil, fmt.Errorf("ligne %d illisible : %q", n, line)
			}
			sf.routes = append(sf.routes, [2]string{tag, val})
		}
	}
	if sf.perChunk == 0 || len(sf.offsets) != 1+(len(sf.routes)+sf.perChunk-1)/sf.perChunk {
		return nil, errors.New("index incohérent : nombre de morceaux")
	}
	return sf, nil
}

// member returns the k-th gzip member of gz (the last one ends at the end of gz).
func (sf *servicesFiles) member(gz []byte, k int) []byte {
	end := len(gz)
	if k+1 < len(sf.offsets) {
		end = sf.offsets[k+1]
	}
	return gz[sf.offsets[k]:end]
}

// embeddedServices builds the index of the embedded France services, from the index file.
func embeddedServices(g *Geo) *serviceIndex {
	sf, err := parseServicesIdx(franceServicesIdx)
	if err == nil && sf.offsets[len(sf.offsets)-1] >= len(franceServicesGz) {
		err = errors.New("position hors du fichier compressé")
	}
	if err != nil {
		panic("geo/france-services.idx : " + err.Error()) // checked by the tests: a broken build
	}
	ix := &serviceIndex{byCommune: make(map[string][]int32, len(sf.routes)), byDep: make(map[string][]int32, 128), n: len(sf.routes), perChunk: sf.perChunk}
	for i, r := range sf.routes {
		ix.add(int32(i), r[0], g.today(r[1]))
	}
	ix.chunks = make([]serviceChunk, len(sf.offsets)-1)
	for k := range ix.chunks {
		member := sf.member(franceServicesGz, k+1) // member 0 holds the comment lines
		ix.chunks[k].text = func() string {
			text, err := gunzipText(member)
			if err != nil {
				panic("geo/france-services.tsv.gz : " + err.Error()) // checked by the tests
			}
			return text
		}
	}
	return ix
}

// gunzipText decompresses gzip data whose last member holds the size of its text (below
// 4 GiB: a single member), in one allocation of that size.
func gunzipText(gz []byte) (string, error) {
	if len(gz) < 18 {
		return "", errors.New("fichier compressé tronqué")
	}
	r, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(int(uint32(gz[len(gz)-4]) | uint32(gz[len(gz)-3])<<8 | uint32(gz[len(gz)-2])<<16 | uint32(gz[len(gz)-1])<<24))
	if _, err := io.Copy(&b, r); err != nil { // checks the CRC of every member
		return "", err
	}
	return b.String(), nil
}

// franceServicesFiles returns the gzip and the index files of a France services' table:
// the comment lines at its top in a first member, then perChunk F lines a member.
func franceServicesFiles(tsv string, perChunk int) (gz []byte, idx string, err error) {
	lines := strings.SplitAfter(tsv, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	head := 0
	for head < len(lines) && strings.HasPrefix(lines[head], "#") {
		head++
	}
	var routes strings.Builder
	for _, l := range lines[head:] {
		f := strings.Split(strings.TrimSuffix(l, "\n"), "\t")
		if len(f) < 14 || f[0] != "F" {
			return nil, "", fmt.Errorf("ligne %q : attendu une ligne F de 14 champs (les commentaires en tête seulement)", l)
		}
		routes.WriteString(f[2] + "\t" + f[3] + "\n")
	}
	var buf bytes.Buffer
	offsets := []string{}
	write := func(part []string) error {
		offsets = append(offsets, strconv.Itoa(buf.Len()))
		w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		w.Write([]byte(strings.Join(part, "")))
		return w.Close()
	}
	if err := write(lines[:head]); err != nil {
		return nil, "", err
	}
	for i := head; i < len(lines); i += perChunk {
		if err := write(lines[i:min(i+perChunk, len(lines))]); err != nil {
			return nil, "", err
		}
	}
	idx = "# Index of geo/france-services.tsv.gz, written with it by go generate ./content: the records a gzip\n" +
		"# member holds (N), where each member starts (M), then the département and commune of each record.\n" +
		"N\t" + strconv.Itoa(perChunk) + "\nM\t" + strings.Join(offsets, "\t") + "\n" + routes.String()
	return buf.Bytes(), idx, nil
}

// checkServicesFiles checks that gz and idx are the France services' table tsv, read as
// the program reads them: every member where the index says, holding its records.
func checkServicesFiles(gz []byte, idx, tsv string) error {
	sf, err := parseServicesIdx(idx)
	if err != nil {
		return err
	}
	_, want, err := franceServicesFiles(tsv, sf.perChunk)
	if err != nil {
		return err
	}
	if wsf, err := parseServicesIdx(want); err != nil || fmt.Sprint(wsf.routes) != fmt.Sprint(sf.routes) {
		return errors.New("l'index ne correspond pas au tableau")
	}
	var all strings.Builder
	for k := range sf.offsets {
		if sf.offsets[k] >= len(gz) {
			return errors.New("position hors du fichier")
		}
		text, err := gunzipText(sf.member(gz, k))
		if err != nil {
			return fmt.Errorf("morceau %d : %v", k, err)
		}
		if k > 0 {
			n := strings.Count(text, "\n")
			if first := (k - 1) * sf.perChunk; n != min(sf.perChunk, len(sf.routes)-first) || !strings.HasPrefix(text, "F\t") {
				return fmt.Errorf("morceau %d : %d lignes", k, n)
			}
		}
		all.WriteString(text)
	}
	if all.String() != tsv {
		return errors.New("le fichier compressé ne redonne pas le tableau")
	}
	return nil
}

// WriteFranceServicesFiles writes geo/france-services.tsv.gz and geo/france-services.idx
// from geo/france-services.tsv under dir (for go generate), unless they already are that
// table: the compressed bytes may differ from one Go version to the next, so files that
// read right are left alone.
func WriteFranceServicesFiles(dir string) error {
	base := dir + "/geo/france-services"
	tsv, err := os.ReadFile(base + ".tsv")
	if err != nil {
		return err
	}
	oldGz, err1 := os.ReadFile(base + ".tsv.gz")
	oldIdx, err2 := os.ReadFile(base + ".idx")
	if err1 == nil && err2 == nil && checkServicesFiles(oldGz, string(oldIdx), string(tsv)) == nil {
		return nil
	}
	gz, idx, err := franceServicesFiles(string(tsv), servicesPerChunk)
	if err != nil {
		return fmt.Errorf("%s.tsv : %v", base, err)
	}
	if err := os.WriteFile(base+".tsv.gz", gz, 0o644); err != nil {
		return err
	}
	return os.WriteFile(base+".idx", []byte(idx), 0o644)
}
