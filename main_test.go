package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"aidants/content"
	"aidants/guide"
	"aidants/rules"
	"aidants/tui"
)

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

const sampleSituation = `{"person":{"age":84,"residence":"home","gir":2,"receives_apa":true,"monthly_resources":1400,"couple":false,"department":"23"},"caregiver":{"relationship":"child","employment":"employee"}}`

func TestMain(m *testing.M) {
	// nothing the tests run may read or write the real configuration folder
	dir, _ := os.MkdirTemp("", "aidants-config-")
	os.Setenv("AIDANTS_CONFIG", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func TestEvaluerJSONContract(t *testing.T) {
	code, out, errs := runCLI(t, sampleSituation, "evaluer", "--date", "2026-06-01")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var plan map[string]any
	if err := json.Unmarshal([]byte(out), &plan); err != nil {
		t.Fatal(err)
	}
	if plan["date"] != "2026-06-01" {
		t.Errorf("date %v", plan["date"])
	}
	gir := plan["gir"].(map[string]any)
	if gir["value"].(float64) != 2 || gir["estimated"].(bool) {
		t.Errorf("gir %v", gir)
	}
	items := plan["items"].([]any)
	if len(items) != len(rules.Catalogue) {
		t.Fatalf("%d items, want every catalogue id (%d)", len(items), len(rules.Catalogue))
	}
	seen := map[string]bool{}
	for _, x := range items {
		it := x.(map[string]any)
		for _, k := range []string{"id", "title", "for", "status", "conditions", "missing", "amounts", "steps", "fiche"} {
			if _, ok := it[k]; !ok {
				t.Fatalf("item %v lacks %q", it["id"], k)
			}
		}
		seen[it["id"].(string)] = true
		switch it["status"] {
		case "eligible", "to_check", "not_eligible", "info":
		default:
			t.Errorf("%v: status %v", it["id"], it["status"])
		}
		for _, c := range it["conditions"].([]any) {
			cm := c.(map[string]any)
			switch cm["result"] {
			case "yes", "no", "unknown":
			default:
				t.Errorf("%v: result %v", it["id"], cm["result"])
			}
			if cm["label"] == "" || cm["basis"] == "" {
				t.Errorf("%v: condition without label or legal basis: %v", it["id"], cm)
			}
		}
		for _, a := range it["amounts"].([]any) {
			am := a.(map[string]any)
			if c, ok := am["cents"].(float64); ok && c < 0 {
				t.Errorf("%v: negative amount", it["id"])
			}
			if am["confidence"] == "" {
				t.Errorf("%v: amount without confidence", it["id"])
			}
		}
	}
	for _, e := range rules.Catalogue {
		if !seen[e.ID] {
			t.Errorf("catalogue id %s missing from the plan", e.ID)
		}
	}
}

func TestEvaluerBadInput(t *testing.T) {
	cases := map[string]string{
		`{"person":{"age":300}}`:                   "person.age",
		`{"person":{"monthly_resources":-5}}`:      "person.monthly_resources",
		`{"person":{"residence":"castle"}}`:        "person.residence",
		`{"person":{"agee":80}}`:                   "agee",
		`{"person":{"age":"old"}}`:                 "person.age",
		`{"caregiver":{"employment":"astronaut"}}`: "caregiver.employment",
		`{"needs":["flying"]}`:                     "needs[0]",
		`{"person":{"gir":7}}`:                     "person.gir",
		`{"person":{"department":"99"}}`:           "person.department",
		`{"person":{"aggir":{"coherence":"D"}}}`:   "person.aggir.coherence",
		`{"person":`:                               "JSON",
		``:                                         "vide",
		`{"person":{}} {"person":{}}`:              "en trop",
	}
	for in, field := range cases {
		code, out, errs := runCLI(t, in, "evaluer")
		if code != 2 || out != "" {
			t.Errorf("%s: exit %d, stdout %q", in, code, out)
		}
		if !strings.Contains(errs, field) || strings.Contains(errs, "goroutine") {
			t.Errorf("%s: message %q does not name %q", in, errs, field)
		}
	}
	if code, _, errs := runCLI(t, "{}", "evaluer", "--date", "2026-13-01"); code != 2 || !strings.Contains(errs, "--date") {
		t.Errorf("bad date: %d %s", code, errs)
	}
	if code, _, errs := runCLI(t, "{}", "evaluer", "--format", "pdf"); code != 2 || !strings.Contains(errs, "--format") {
		t.Errorf("bad format: %d %s", code, errs)
	}
	if code, _, errs := runCLI(t, "", "frobnicate"); code != 2 || !strings.Contains(errs, "inconnue") {
		t.Errorf("unknown command: %d %s", code, errs)
	}
}

func TestEvaluerTextAndMarkdown(t *testing.T) {
	for _, f := range []string{"texte", "markdown"} {
		code, out, errs := runCLI(t, sampleSituation, "evaluer", "--date", "2026-06-01", "--format", f)
		if code != 0 {
			t.Fatalf("%s: %d %s", f, code, errs)
		}
		for _, want := range []string{"Congé de proche aidant", "1 682,30 €", "UTAS"} {
			if !strings.Contains(out, want) {
				t.Errorf("%s output lacks %q", f, want)
			}
		}
		if f == "texte" {
			for i, l := range strings.Split(out, "\n") {
				if n := utf8.RuneCountInString(l); n > 72 {
					t.Errorf("line %d has %d columns: %q", i+1, n, l)
				}
			}
		}
	}
}

func TestLot(t *testing.T) {
	in := sampleSituation + "\n\n" + `{"person":{"age":300}}` + "\n" + `{"person":{"age":85}}` + "\n"
	code, out, errs := runCLI(t, in, "lot", "--date", "2026-06-01")
	if code != 0 {
		t.Fatalf("exit %d %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d output lines, want 3: %s", len(lines), out)
	}
	var bad guide.LotError
	json.Unmarshal([]byte(lines[1]), &bad)
	if bad.Line != 3 || !strings.Contains(bad.Error, "person.age") {
		t.Errorf("error line: %s", lines[1])
	}
	var ok guide.LotPlan
	json.Unmarshal([]byte(lines[2]), &ok)
	if ok.Line != 4 || len(ok.Items) != len(rules.Catalogue) {
		t.Errorf("plan line: %s", lines[2])
	}
	if !strings.Contains(errs, "1 ligne(s) en erreur") {
		t.Errorf("stderr: %q", errs)
	}
}

func TestGIRAndAPACommands(t *testing.T) {
	code, out, _ := runCLI(t, "", "gir", "--aggir", "coherence=C,orientation=C,toilette=C,habillage=C,alimentation=C,elimination=C,transferts=C,deplacement_interieur=C", "--format", "json")
	if code != 0 || strings.TrimSpace(out) != `{"gir":1,"rank":1,"group":"A"}` {
		t.Errorf("gir: %d %s", code, out)
	}
	code, out, _ = runCLI(t, "", "apa", "--gir", "3", "--plan", "1000", "--ressources", "2000", "--date", "2025-06-01", "--format", "json")
	var r map[string]any
	json.Unmarshal([]byte(out), &r)
	if code != 0 || r["participation_cents"].(float64) != 29922 || r["apa_cents"].(float64) != 70078 || r["ceiling_cents"].(float64) != 119567 || r["as_of"] != "2025-01-01" {
		t.Errorf("apa: %d %s", code, out)
	}
	for _, k := range []string{"ceiling_cents", "plan_retained_cents", "participation_cents", "apa_cents", "rate", "as_of"} {
		if _, ok := r[k]; !ok {
			t.Errorf("apa json lacks %s", k)
		}
	}
	for _, args := range [][]string{
		{"apa", "--gir", "5", "--plan", "100", "--ressources", "100"},
		{"apa", "--gir", "2", "--plan", "-3", "--ressources", "100"},
		{"apa", "--gir", "2", "--plan", "abc", "--ressources", "100"},
		{"gir", "--aggir", "coherence=Z"},
		{"gir"},
	} {
		if code, _, errs := runCLI(t, "", args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d", args, code)
		}
	}
}

func TestEmbeddedContentVerifies(t *testing.T) {
	code, out, _ := runCLI(t, "", "contenu", "verifier")
	if code != 0 {
		t.Fatalf("contenu verifier: exit %d\n%s", code, out)
	}
}

// Every catalogue id has a fiche that renders at 40, 80 and 120 columns with no line wider
// than asked.
func TestFichesRenderWithinWidth(t *testing.T) {
	set := content.MustLoad()
	d := mustDate("2026-06-01")
	for _, e := range rules.Catalogue {
		f, ok := set.Fiches[e.ID]
		if !ok {
			t.Errorf("no fiche for %s", e.ID)
			continue
		}
		for _, w := range []int{40, 80, 120} {
			out, err := tui.RenderMarkdown(f.Markdown(set.Params, d), w, tui.StylePlain)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(out, "\n") {
				if n := utf8.RuneCountInString(l); n > w {
					t.Errorf("%s at %d columns: line of %d: %q", e.ID, w, n, l)
					break
				}
			}
			if strings.Contains(out, "{{") || strings.Contains(out, "montant inconnu") {
				t.Errorf("%s: unresolved amount", e.ID)
			}
		}
	}
}

// outdatedSeedFigures are 2018–2019 amounts of the seed documents that the reference marks
// as out of date (APA ceilings of 2019, répit and hospitalisation increases of 2018, old
// AJPA and AJAP amounts, CNAV habitat and old tax deduction…). None may appear anywhere.
var outdatedSeedFigures = []string{"1 737,14", "1 394,86", "1 046,14", "697,43", "996,74", "501,69", "3 445", "13,61",
	"55,37", "56,10", "43,83", "52,08", "802,93", "868,57", "833,20", "803,20", "665,61", "997,85", "9 638,42",
	"4 672,26", "2 957,02", "14 963,65", "1 719,94", "1 381,04", "1 007,83", "293,54", "246,97", "27,68", "23,40", "20,50", "859,97"}

func TestNoOutdatedSeedFigure(t *testing.T) {
	set := content.MustLoad()
	d := mustDate("2026-06-01")
	space := regexp.MustCompile(`[\s\x{00a0}\x{202f}]+`)
	var texts []string
	for _, id := range set.FicheIDs {
		f := set.Fiches[id]
		texts = append(texts, f.Markdown(set.Params, d))
		for _, st := range f.Steps {
			texts = append(texts, st.Text, st.Deadline, strings.Join(st.Documents, " "))
		}
	}
	for _, id := range set.LetterIDs {
		texts = append(texts, set.Letters[id].Body)
	}
	code, out, _ := runCLI(t, sampleSituation, "evaluer", "--date", "2026-06-01", "--format", "texte")
	if code != 0 {
		t.Fatal("evaluer failed")
	}
	texts = append(texts, out)
	_, amounts, _ := runCLI(t, "", "contenu", "montants", "--date", "2026-06-01")
	texts = append(texts, amounts)
	for _, txt := range texts {
		norm := space.ReplaceAllString(txt, " ")
		for _, fig := range outdatedSeedFigures {
			if strings.Contains(norm, fig+" €") || strings.Contains(norm, fig+" euros") {
				t.Errorf("outdated seed figure %s € found in: …%s…", fig, excerpt(norm, fig))
			}
		}
	}
}

func excerpt(s, sub string) string {
	i := strings.Index(s, sub)
	lo, hi := max(0, i-60), min(len(s), i+40)
	return s[lo:hi]
}

func mustDate(s string) time.Time {
	d, err := parseDateFlag(s)
	if err != nil {
		panic(err)
	}
	return d
}

// A user directory with an error is refused with its file and line, and the guide goes on
// with the embedded contacts; a valid one adds its contacts to the plan of its département.
func TestUserDirectory(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("department: \"23\"\nname: Creuse\ncontacts:\n  - name: \"CLIC de test\"\n    role: \"Accueil\"\n    items: [apa-domicile, inconnu-id]\n    source: \"association\"\n"), 0o600)
	code, out, errs := runCLI(t, sampleSituation, "evaluer", "--date", "2026-06-01", "--format", "texte", "--annuaire", bad)
	if code != 0 || !strings.Contains(errs, "bad.yaml:4") || !strings.Contains(errs, "inconnu-id") {
		t.Errorf("bad directory: exit %d, stderr %q", code, errs)
	}
	if strings.Contains(out, "CLIC de test") || !strings.Contains(out, "UTAS") {
		t.Error("a refused directory must not be used, the embedded one must")
	}
	good := filepath.Join(dir, "good.yaml")
	os.WriteFile(good, []byte("department: \"23\"\nname: Creuse\ncontacts:\n  - name: \"CLIC de Guéret (test)\"\n    role: \"Accueil des familles\"\n    phone: \"05 00 00 00 00\"\n    items: [point-information, apa-domicile]\n    source: \"association\"\n"), 0o600)
	code, out, errs = runCLI(t, sampleSituation, "evaluer", "--date", "2026-06-01", "--format", "texte", "--annuaire", good)
	if code != 0 || !strings.Contains(out, "CLIC de Guéret (test)") {
		t.Errorf("good directory: exit %d, stderr %q", code, errs)
	}
}

func TestFicheCommand(t *testing.T) {
	code, out, _ := runCLI(t, "", "fiche", "apa-domicile", "--largeur", "60", "--date", "2026-06-01")
	if code != 0 || !strings.Contains(out, "APA") || strings.Contains(out, "\x1b[") {
		t.Errorf("fiche: exit %d (plain output expected when not a terminal)", code)
	}
	if code, _, errs := runCLI(t, "", "fiche", "nope"); code != 2 || !strings.Contains(errs, "inconnue") {
		t.Errorf("unknown fiche: %d %s", code, errs)
	}
	code, out, _ = runCLI(t, "", "fiches")
	if code != 0 || strings.Count(out, "\n") != len(rules.Catalogue) {
		t.Errorf("fiches: %d lines", strings.Count(out, "\n"))
	}
}

// Limits: a 10 MB situation, a 10 000-character answer, a huge number: each is refused
// with a clear French message and exit 2, never a crash.
func TestLimits(t *testing.T) {
	big := `{"person":{"department":"` + strings.Repeat("9", 10<<20) + `"}}`
	code, _, errs := runCLI(t, big, "evaluer")
	if code != 2 || !strings.Contains(errs, "trop grande") {
		t.Errorf("10 MB input: exit %d, %q", code, clip(errs))
	}
	long := `{"person":{"department":"` + strings.Repeat("é", 10000) + `"}}`
	code, _, errs = runCLI(t, long, "evaluer")
	if code != 2 || !strings.Contains(errs, "person.department") || len(errs) > 400 {
		t.Errorf("10 000-character answer: exit %d, message of %d bytes", code, len(errs))
	}
	for _, in := range []string{`{"person":{"age":1e300}}`, `{"person":{"monthly_resources":1e300}}`, `{"person":{"age":-1}}`, `{"person":{"apa_plan_amount":"12"}}`} {
		if code, _, errs := runCLI(t, in, "evaluer"); code != 2 || errs == "" || strings.Contains(errs, "panic") {
			t.Errorf("%s: exit %d %q", in, code, errs)
		}
	}
	code, _, errs = runCLI(t, "", "apa", "--gir", "2", "--plan", strings.Repeat("9", 10000), "--ressources", "1")
	if code != 2 || len(errs) > 400 {
		t.Errorf("long --plan: exit %d, %d bytes", code, len(errs))
	}
}

func TestAPAVariants(t *testing.T) {
	// +10 % for a service that is not authorised (R232-14): 299,22 € × 1,1 = 329,14 €
	code, out, _ := runCLI(t, "", "apa", "--gir", "3", "--plan", "1000", "--ressources", "2000", "--date", "2025-06-01", "--non-autorise", "--format", "json")
	if code != 0 || !strings.Contains(out, `"participation_cents":32914`) {
		t.Errorf("non-autorisé: %d %s", code, out)
	}
	// in an establishment (R232-19): tariffs 25 € and 6 € a day, 3 500 € of resources in 2026
	code, out, _ = runCLI(t, "", "apa", "--gir", "2", "--etablissement", "--tarif-gir", "25", "--tarif-gir56", "6", "--ressources", "3500", "--date", "2026-06-01", "--format", "json")
	if code != 0 || !strings.Contains(out, `"participation_cents_per_day":1248`) || !strings.Contains(out, `"apa_cents_per_day":1252`) {
		t.Errorf("établissement: %d %s", code, out)
	}
	// D232-31: tariffs 5 € and 4,50 € leave 0,50 € a day (15,21 € a month), under the
	// 36,93 € minimum of June 2026 (3 × SMIC horaire brut): not paid, and the text says why.
	code, out, _ = runCLI(t, "", "apa", "--gir", "4", "--etablissement", "--tarif-gir", "5", "--tarif-gir56", "4.5", "--ressources", "1500", "--date", "2026-06-01")
	if code != 0 || !strings.Contains(out, "15,21 € par mois") || !strings.Contains(out, "36,93 € par mois") || !strings.Contains(out, "D232-31") {
		t.Errorf("établissement sous le minimum: %d %s", code, out)
	}
	code, out, _ = runCLI(t, "", "apa", "--gir", "4", "--etablissement", "--tarif-gir", "5", "--tarif-gir56", "4.5", "--ressources", "1500", "--date", "2026-06-01", "--format", "json")
	if code != 0 || !strings.Contains(out, `"below_minimum":true`) || !strings.Contains(out, `"minimum_cents_per_month":3693`) || !strings.Contains(out, `"apa_cents_per_day":0`) {
		t.Errorf("établissement sous le minimum, json: %d %s", code, out)
	}
	// above the minimum the text does not speak of it
	if _, out, _ = runCLI(t, "", "apa", "--gir", "2", "--etablissement", "--tarif-gir", "25", "--tarif-gir56", "6", "--ressources", "3500", "--date", "2026-06-01"); strings.Contains(out, "D232-31") {
		t.Errorf("établissement au-dessus du minimum: %s", out)
	}
	if code, _, errs := runCLI(t, "", "apa", "--gir", "2", "--etablissement", "--tarif-gir", "5", "--tarif-gir56", "6", "--ressources", "1"); code != 2 || !strings.Contains(errs, "--tarif-gir56") {
		t.Errorf("tariffs reversed: %d %s", code, errs)
	}
}

func TestCaseExportAndResumeFlags(t *testing.T) {
	dir := t.TempDir()
	prof := filepath.Join(dir, "s.json")
	os.WriteFile(prof, []byte(sampleSituation), 0o600)
	out := filepath.Join(dir, "dossier.json")
	if code, _, errs := runCLI(t, "", "exporter", "--profil", prof, "--format", "dossier", "--sortie", out); code != 0 {
		t.Fatalf("export dossier: %d %s", code, errs)
	}
	code, js, _ := runCLI(t, "", "evaluer", "--profil", out, "--date", "2026-06-01")
	code2, js2, _ := runCLI(t, "", "evaluer", "--profil", prof, "--date", "2026-06-01")
	if code != 0 || code2 != 0 || js != js2 {
		t.Error("the exported case does not give the same plan")
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"person":{"age":"x"}}`), 0o600)
	if code, _, errs := runCLI(t, "", "--profil", bad); code != 2 || !strings.Contains(errs, "person.age") {
		t.Errorf("TUI with a bad case: %d %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "--profil", "-"); code != 2 || !strings.Contains(errs, "--profil") {
		t.Errorf("TUI with --profil -: %d %q", code, errs)
	}
}

func TestEvaluerShort(t *testing.T) {
	_, long, _ := runCLI(t, sampleSituation, "evaluer", "--date", "2026-06-01", "--format", "texte")
	code, short, errs := runCLI(t, sampleSituation, "evaluer", "--date", "2026-06-01", "--format", "texte", "--court")
	if code != 0 || len(short)*3 > len(long)*2 || !strings.Contains(short, "Congé de proche aidant") {
		t.Errorf("evaluer --court: exit %d (%s), %d bytes against %d", code, errs, len(short), len(long))
	}
}
