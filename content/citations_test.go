package content

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// The citation check: every article of the Code du travail (CT) and of the Code de la
// sécurité sociale (CSS) that a rule, a parameter, a fiche or a letter cites exists in the
// consolidated code and is in force, and a parameter whose figure an article fixes cites
// that article. The facts come from rules/testdata/legi_articles.tsv, written by
// scripts/legi_articles.py from @socialgouv/legi-data (the script is how it is refreshed).

// citationMarker, citationArticle and citationTrailing are the grammar of
// scripts/legi_articles.py (keep the two in step).
var (
	citationMarker   = regexp.MustCompile(`\b(CSS|Code de la sécurité sociale|[Cc]ode du travail|CASF|Code de l'action sociale et des familles|CGI|[Cc]ode civil|CCH|CGFP|Code général de la fonction publique|[Cc]ode rural|CSP|[Cc]ode de la santé publique|LFSS|[Dd]écret|[Ll]oi|[Aa]rrêté|[Cc]irculaire)\b`)
	citationArticle  = regexp.MustCompile(`\b([LRD])\.? ?(\d+(?:-\d+)+)\b`)
	citationTrailing = regexp.MustCompile(`((?:\b[LRD]\.? ?\d+(?:-\d+)+\b[^.;:\n]{0,30}?)+)\s+du [Cc]ode (du travail|de la sécurité sociale)`)
	// articles of the codes the package lacks, listed for a jurist
	otherArticle = regexp.MustCompile(`^\s*(?:art\.|articles?)?\s*((?:[LRD]\.? ?)?\d+(?:-\d+)*(?: (?:bis|ter|quater|quinquies|sexies|sexdecies|[A-Z]))*)`)
)

type citation struct {
	code, num string
}

func citationCode(marker string) string {
	switch strings.ToLower(marker) {
	case "css", "code de la sécurité sociale":
		return "CSS"
	case "code du travail":
		return "CT"
	case "casf", "code de l'action sociale et des familles":
		return "CASF"
	case "cgi":
		return "CGI"
	case "code civil":
		return "Code civil"
	}
	return ""
}

// citationsIn returns the articles a text cites, by code (CT and CSS fully; for the CASF,
// the CGI and the Code civil the first article of each citation and the L/R/D numbers).
func citationsIn(text string) []citation {
	var out []citation
	for _, line := range strings.Split(text, "\n") {
		ms := citationMarker.FindAllStringSubmatchIndex(line, -1)
		for i, m := range ms {
			code := citationCode(line[m[2]:m[3]])
			if code == "" {
				continue
			}
			end := len(line)
			if i+1 < len(ms) {
				end = ms[i+1][0]
			}
			span, _, _ := strings.Cut(line[m[1]:end], ";")
			switch code {
			case "CT", "CSS", "CASF":
				for _, a := range citationArticle.FindAllStringSubmatch(span, -1) {
					out = append(out, citation{code, a[1] + a[2]})
				}
			default:
				if a := otherArticle.FindStringSubmatch(span); a != nil {
					out = append(out, citation{code, a[1]})
				}
			}
		}
		for _, m := range citationTrailing.FindAllStringSubmatch(line, -1) {
			code := "CSS"
			if m[2] == "du travail" {
				code = "CT"
			}
			for _, a := range citationArticle.FindAllStringSubmatch(m[1], -1) {
				out = append(out, citation{code, a[1] + a[2]})
			}
		}
	}
	return out
}

func TestCitationGrammar(t *testing.T) {
	cases := []struct {
		text string
		want []citation
	}{
		{"CSS art. L241-10 et D241-5", []citation{{"CSS", "L241-10"}, {"CSS", "D241-5"}}},
		{"CSS art. L168-9 (montant) et L168-10 (non-cumul)", []citation{{"CSS", "L168-9"}, {"CSS", "L168-10"}}},
		{"Code du travail art. L3142-16 ; CGFP art. L634-1", []citation{{"CT", "L3142-16"}}},
		{"CASF art. L232-19 et L232-24", []citation{{"CASF", "L232-19"}, {"CASF", "L232-24"}}},
		{"les articles L3142-16 et suivants du code du travail", []citation{{"CT", "L3142-16"}}},
		{"CGI art. 199 sexdecies", []citation{{"CGI", "199 sexdecies"}}},
		{"Code civil art. 205 et 206", []citation{{"Code civil", "205"}}},
		{"Décret n° 2020-1208", nil},
	}
	for _, c := range cases {
		got := citationsIn(c.text)
		if strings.Join(fmtCitations(got), ",") != strings.Join(fmtCitations(c.want), ",") {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
	}
}

func fmtCitations(cs []citation) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.code + " " + c.num
	}
	return out
}

type legiArticle struct {
	state, from, to, id string
}

// loadLegi reads rules/testdata/legi_articles.tsv: articles by "code num", and the claims
// (parameter -> set of "code num" whose text states its figure).
func loadLegi(t *testing.T) (map[string][]legiArticle, map[string]map[string]bool, time.Time) {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "rules", "testdata", "legi_articles.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	arts := map[string][]legiArticle{}
	claims := map[string]map[string]bool{}
	var version time.Time // the oldest consolidation date of the codes read
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "# versions: "); ok {
			for _, cv := range strings.Fields(rest) {
				_, v, _ := strings.Cut(cv, "=")
				d, err := time.Parse("2006-01-02", v)
				if err != nil {
					t.Fatalf("legi_articles.tsv: version %q", cv)
				}
				if version.IsZero() || d.Before(version) {
					version = d
				}
			}
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if c[0] == "claim" && len(c) == 4 {
			if claims[c[1]] == nil {
				claims[c[1]] = map[string]bool{}
			}
			claims[c[1]][c[2]+" "+c[3]] = true
			continue
		}
		if len(c) != 7 {
			t.Fatalf("legi_articles.tsv: ligne mal formée %q", line)
		}
		arts[c[0]+" "+c[1]] = append(arts[c[0]+" "+c[1]], legiArticle{c[2], c[3], c[4], c[5]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if version.IsZero() {
		t.Fatal("legi_articles.tsv: no « # versions: » line")
	}
	return arts, claims, version
}

// citedTexts returns the texts that cite the law, by file: rules (condition bases), parameters
// (sources), fiches (front matter and body) and letters.
func citedTexts(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, pat := range []string{"../rules/*.go", "parametres/*.yaml", "fiches/*.md", "lettres/*.md"} {
		files, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			out[f] = string(b)
		}
	}
	if len(out) < 40 {
		t.Fatalf("only %d files read: wrong directory?", len(out))
	}
	return out
}

func TestCitationsInForce(t *testing.T) {
	arts, _, _ := loadLegi(t)
	texts := citedTexts(t)
	files := make([]string, 0, len(texts))
	for f := range texts {
		files = append(files, f)
	}
	sort.Strings(files)
	checked := 0
	others := map[string]map[string]bool{}
	for _, f := range files {
		for _, c := range citationsIn(texts[f]) {
			if c.code != "CT" && c.code != "CSS" {
				if others[c.code] == nil {
					others[c.code] = map[string]bool{}
				}
				others[c.code][c.num] = true
				continue
			}
			checked++
			vs, ok := arts[c.code+" "+c.num]
			if !ok {
				t.Errorf("%s cite %s art. %s, absent de rules/testdata/legi_articles.tsv : régénérez-le (python3 scripts/legi_articles.py …)", f, c.code, c.num)
				continue
			}
			inForce := false
			for _, v := range vs {
				inForce = inForce || v.state == "VIGUEUR"
			}
			if !inForce {
				t.Errorf("%s cite %s art. %s : %s dans le code consolidé, pas en vigueur", f, c.code, c.num, vs[0].state)
			}
		}
	}
	if checked < 20 {
		t.Fatalf("only %d CT/CSS citations found: the grammar no longer matches the texts", checked)
	}
	// the codes the package lacks: listed for a jurist (go test -run CitationsInForce -v)
	for _, code := range []string{"CASF", "CGI", "Code civil"} {
		nums := make([]string, 0, len(others[code]))
		for n := range others[code] {
			nums = append(nums, n)
		}
		sort.Strings(nums)
		t.Logf("%s, articles cités à faire vérifier par un juriste (%d) : %s", code, len(nums), strings.Join(nums, ", "))
	}
}

// TestCitedArticleStatesFigure: a parameter whose figure an article of the CSS or of the
// Code du travail fixes (scripts/legi_claims.tsv) cites, in every source naming a CT or CSS
// article, an article whose text states that figure. It failed on the 65 × SMIC cap of
// the employer exemption sourced to CSS D241-2 (the cap is in D241-5). The texts are
// those in force at the codes' consolidation date: older values, which rested on older
// versions, are not checked.
func TestCitedArticleStatesFigure(t *testing.T) {
	_, claims, version := loadLegi(t)
	if len(claims) < 6 {
		t.Fatalf("only %d claims in legi_articles.tsv", len(claims))
	}
	set := MustLoadForTest(t)
	for id, where := range claims {
		p, ok := set.Params.Get(id)
		if !ok {
			t.Errorf("claim on unknown parameter %q", id)
			continue
		}
		for i, v := range p.Values {
			if i+1 < len(p.Values) && !p.Values[i+1].From.After(version) {
				continue // replaced before the consolidated version
			}
			cs := citationsIn(v.Source)
			cited, good := 0, false
			for _, c := range cs {
				if c.code == "CT" || c.code == "CSS" {
					cited++
					good = good || where[c.code+" "+c.num]
				}
			}
			if cited > 0 && !good {
				t.Errorf("paramètre %s (valeur du %s) : la source %q cite %s, mais le chiffre est écrit dans %s", id, v.From.Format("2006-01-02"), v.Source, strings.Join(fmtCitations(cs), ", "), keys(where))
			}
		}
	}
}

func keys(m map[string]bool) string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}
