package guide

import (
	"errors"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"aidants/content"
	"aidants/rules"

	"pgregory.net/rapid"
)

var (
	update        = flag.Bool("update", false, "rewrite guide/testdata/export-*.golden from the current output")
	updateContent = flag.Bool("update-content", false, "copy the content sources (content/) into guide/testdata/content first")
)

// contentSources are the content sources of the repository (content/), which the program
// embeds pre-parsed only.
func contentSources(t testing.TB) fs.FS {
	t.Helper()
	src, err := content.SourceFS(filepath.Join("..", "content"))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// goldenGuide is a guide on a frozen copy of the content (guide/testdata/content): the
// golden files test the renderings and the rules, and do not change each time a fiche is
// reworded. Refresh the copy with -update-content, then review the golden diff.
func goldenGuide(t testing.TB) *Guide {
	t.Helper()
	dir := filepath.Join("testdata", "content")
	if *updateContent {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		src := contentSources(t)
		err := fs.WalkDir(src, ".", func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(src, path)
			if err != nil {
				return err
			}
			out := filepath.Join(dir, filepath.FromSlash(path))
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
			return os.WriteFile(out, b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	set, err := content.LoadFS(os.DirFS(dir))
	if err != nil {
		t.Fatalf("%s: %v\n(go test ./guide -run TestExportGolden -update-content -update, then review the diff)", dir, err)
	}
	return New(set)
}

// The two situations of the golden files.
var exportCases = []struct {
	name, label, json string
}{
	// GIR 2 at home in the Creuse, an employed child caregiver: local contacts, the APA
	// amounts, letters filled with « mon parent » and « Creuse ».
	{"creuse-gir2", "Dossier 2026-014", `{
		"person": {"age": 84, "department": "23", "residence": "home", "gir": 2,
		           "monthly_resources": 1400, "couple": false, "housing": "owner",
		           "pension_scheme": "agricultural"},
		"caregiver": {"relationship": "child", "lives_with_person": false,
		              "employment": "employee", "exhausted": true},
		"needs": ["respite", "household_help"]}`},
	// GIR 5 at home, single, general scheme, département unknown: national contacts only,
	// a figure not found, letters with their blanks.
	{"gir5-seule", "", `{
		"person": {"age": 78, "residence": "home", "gir": 5, "couple": false,
		           "pension_scheme": "general"}}`},
}

var exportFormats = []struct {
	f   ExportFormat
	ext string
}{{FormatHTML, "html"}, {FormatMarkdown, "md"}, {FormatText, "txt"}}

func exportOf(t testing.TB, g *Guide, js, label string, f ExportFormat) string {
	t.Helper()
	p := g.Evaluate(mustParse(t, js), testDay)
	return string(g.Export(p, f, ExportOptions{Label: label}))
}

// Golden files: go test ./guide -run TestExportGolden -update rewrites them; add
// -update-content to take the current content first.
func TestExportGolden(t *testing.T) {
	g := goldenGuide(t)
	for _, c := range exportCases {
		for _, f := range exportFormats {
			t.Run(c.name+"."+f.ext, func(t *testing.T) {
				got := exportOf(t, g, c.json, c.label, f.f)
				path := filepath.Join("testdata", "export-"+c.name+"."+f.ext+".golden")
				if *update {
					if err := os.MkdirAll("testdata", 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (lancez go test ./guide -run TestExportGolden -update)", err)
				}
				if got != string(want) {
					t.Errorf("%s differs from the golden file (go test ./guide -run TestExportGolden -update, then review the diff):\n%s",
						path, firstDiff(string(want), got))
				}
			})
		}
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return "line " + strconv.Itoa(i+1) + ":\n- " + a + "\n+ " + b
		}
	}
	return "(same lines)"
}

// Every line of the text export fits 72 columns, for the golden situations and for a
// spread of others (every relationship, département known or not, end of life, urgent…).
func TestTextExportWidth(t *testing.T) {
	g := testGuide(t)
	sits := []string{exportCases[0].json, exportCases[1].json, `{}`,
		`{"person": {"age": 90, "department": "23", "residence": "institution", "gir": 1, "end_of_life": true, "urgent": true},
		  "caregiver": {"relationship": "spouse", "employment": "retired", "hospitalisation_planned": true}}`,
		`{"person": {"age": 70, "department": "75", "residence": "home", "gir": 4, "memory_disorders": true, "pension_scheme": "mines"},
		  "caregiver": {"relationship": "friend_neighbour", "employment": "public_servant"},
		  "needs": ["home_adaptation", "legal_protection", "meals", "alarm"]}`}
	for i, js := range sits {
		out := exportOf(t, g, js, "Un libellé de dossier assez long pour devoir être coupé sur deux lignes au moins, sans aucun nom", FormatText)
		checkWidth(t, i, out, ExportWidth)
		for n, l := range strings.Split(out, "\n") {
			if strings.Contains(l, "**") || strings.Contains(l, "](") || strings.Contains(l, "`") ||
				strings.HasPrefix(l, "#") || strings.HasPrefix(l, "* ") || strings.HasPrefix(l, "> ") {
				t.Errorf("situation %d, line %d: markup in the text export: %q", i, n+1, l)
			}
		}
	}
}

func checkWidth(t *testing.T, i int, out string, width int) {
	t.Helper()
	for n, l := range strings.Split(out, "\n") {
		if c := utf8.RuneCountInString(l); c > width {
			t.Errorf("situation %d, line %d: %d columns > %d: %q", i, n+1, c, width, l)
		}
	}
}

// `aidants evaluer --format texte` uses the same renderer, at 72 columns, without the letters.
func TestEvaluerTextWidthAndNoLetters(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(mustParse(t, exportCases[0].json), testDay)
	out := p.Text(TextOptions{Width: 72, NotEligible: true})
	checkWidth(t, 0, out, 72)
	if strings.Contains(out, "MODÈLE DE LETTRE") || strings.Contains(out, "SOURCES") {
		t.Error("evaluer shows the letters or the sources")
	}
	if !strings.Contains(out, "Modèle de lettre dans l'export du plan") {
		t.Error("evaluer does not say a letter template exists")
	}
	md := p.Markdown(TextOptions{NotEligible: true})
	if !strings.HasPrefix(md, "# Plan d'aide") || strings.Contains(md, "## Modèles de lettres") {
		t.Errorf("evaluer markdown: %.80q", md)
	}
}

// What the issue asks every export to hold, in each format (on the frozen content: the
// exact figures and names below are those of its files).
func TestExportContent(t *testing.T) {
	g := goldenGuide(t)
	for _, f := range exportFormats {
		creuse := exportOf(t, g, exportCases[0].json, "Dossier 2026-014", f.f)
		if f.f == FormatHTML {
			creuse = unescapeHTML(creuse)
		}
		for _, want := range []string{
			"1er juin 2026", "Montants en vigueur au 1er juin 2026", "Dossier 2026-014",
			"Personne aidée : 84 ans", "département 23 (Creuse)",
			"Droit probable", "À vérifier",
			"Allocation personnalisée d'autonomie (APA) à domicile",
			"☐ Relevé d'identité bancaire (RIB)", // a document to gather
			"Délai", "Où",
			"1 682,30 €", "au 1er janvier 2026, source officielle",
			"UTAS de Guéret", "05 44 30 25 40", // local contact
			"Défenseur des droits", // national contact
			"Ce que ce plan ne calcule pas", "caisses de retraite complémentaires", "prévoyance",
			"Aide sociale à l'hébergement (ASH)", "pourquoi", // not eligible, with the reason
			"Sources", "F10009", "22 novembre 2026",
			"J'apporte une aide régulière à mon parent", "conseil départemental (Creuse)",
			"À [ville], le 1er juin 2026",
		} {
			if f.f != FormatHTML && want == "pourquoi" {
				want = "Pourquoi"
				if f.f == FormatMarkdown {
					want = "**Aide sociale à l'hébergement (ASH)** : "
				}
			}
			hay := flatten(strings.ReplaceAll(creuse, "\u00a0", " "))
			if f.f == FormatText {
				hay, want = strings.ToLower(hay), strings.ToLower(want)
			}
			if !strings.Contains(hay, want) {
				t.Errorf("%s: %q missing", f.ext, want)
			}
		}
		gir5 := exportOf(t, g, exportCases[1].json, "", f.f)
		if f.f == FormatHTML {
			gir5 = unescapeHTML(gir5)
		}
		flat := flatten(strings.ReplaceAll(gir5, "\u00a0", " "))
		for _, want := range []string{
			// an amount not found is said so: « montant non confirmé », or « Montants non
			// confirmés au … » beside the last known figures
			"non confirmé", "[lien avec la personne aidée]", "[département]",
			"Le département n'est pas connu",
		} {
			if !strings.Contains(flat, want) {
				t.Errorf("%s (GIR 5): %q missing", f.ext, want)
			}
		}
		if strings.Contains(flat, "Dossier :") {
			t.Errorf("%s (GIR 5): a case label although none was given", f.ext)
		}
	}
}

// flatten joins the wrapped lines of a text export back into one line of words.
func flatten(s string) string { return strings.Join(strings.Fields(s), " ") }

var tagRE = regexp.MustCompile(`<[^>]*>`)

// unescapeHTML gives the text of the HTML: tags dropped, entities read.
func unescapeHTML(s string) string {
	s = tagRE.ReplaceAllString(s, "")
	s = strings.ReplaceAll(s, "☐", "☐ ")
	return strings.NewReplacer("&#39;", "'", "&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&quot;", `"`).Replace(s)
}

// The HTML is one self-contained printable file.
func TestHTMLSelfContained(t *testing.T) {
	g := testGuide(t)
	for _, c := range exportCases {
		h := exportOf(t, g, c.json, c.label, FormatHTML)
		low := strings.ToLower(h)
		for _, bad := range []string{"<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", "@font-face", "src=", "javascript:"} {
			if strings.Contains(low, bad) {
				t.Errorf("%s: %q in the HTML", c.name, bad)
			}
		}
		for _, want := range []string{"<!DOCTYPE html>", `<html lang="fr">`, `<meta charset="utf-8">`, "size: A4", "break-inside: avoid", "break-after: avoid", "Content-Security-Policy"} {
			if !strings.Contains(h, want) {
				t.Errorf("%s: %q missing", c.name, want)
			}
		}
		// the status is in words on every item
		items := strings.Count(h, `<article class="item`)
		words := strings.Count(h, `<span class="status eligible">Droit probable</span>`) +
			strings.Count(h, `<span class="status to_check">À vérifier</span>`) +
			strings.Count(h, `<span class="status info">Information</span>`)
		if items == 0 || words != items {
			t.Errorf("%s: %d items, %d statuses in words", c.name, items, words)
		}
		if strings.Count(h, "<section") != strings.Count(h, "</section>") || strings.Count(h, "<article") != strings.Count(h, "</article>") ||
			strings.Count(h, "<ul") != strings.Count(h, "</ul>") || strings.Count(h, "<p") != strings.Count(h, "</p>")+strings.Count(h, "<pre") {
			t.Errorf("%s: unbalanced tags", c.name)
		}
	}
}

// Content files are edited by hand: whatever they hold is printed, never interpreted.
func TestExportEscapesContent(t *testing.T) {
	evil := `<script>alert(1)</script><img src=x onerror=alert(2)> **gras** _x_ [lien](javascript:alert(3))`
	base := contentSources(t)
	mfs := fstest.MapFS{}
	err := fs.WalkDir(base, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(base, path)
		if err != nil {
			return err
		}
		s := string(b)
		switch path {
		case "fiches/apa-domicile.md":
			s = strings.Replace(s, `summary: "`, `summary: "`+strings.ReplaceAll(evil, `"`, `'`)+` `, 1)
			s = strings.Replace(s, `  - text: "Retirer`, `  - text: "`+strings.ReplaceAll(evil, `"`, `'`)+` Retirer`, 1)
		case "lettres/recours-apa.md":
			s = strings.Replace(s, "Lettre recommandée", evil+"\n\nLettre recommandée", 1)
		}
		mfs[path] = &fstest.MapFile{Data: []byte(s)}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	set, err := content.LoadFS(mfs)
	if set == nil || set.Params == nil {
		t.Fatalf("content: %v", err)
	}
	g := New(set)
	p := g.Evaluate(mustParse(t, exportCases[0].json), testDay)
	h := string(g.Export(p, FormatHTML, ExportOptions{Label: `</title><script>alert(4)</script>"; } body { display: none } /*`}))
	for _, bad := range []string{"<script", "<img", `href="javascript`, "</title><", `"; } body`} {
		if strings.Contains(h, bad) {
			t.Errorf("HTML: %q not escaped", bad)
		}
	}
	if !strings.Contains(h, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("HTML: the fiche's text is not shown escaped")
	}
	md := string(g.Export(p, FormatMarkdown, ExportOptions{Label: "<b>x</b> *y*"}))
	if strings.Contains(md, "<b>") || strings.Contains(md, "**Dossier :** <") || !strings.Contains(md, `\*y\*`) {
		t.Error("Markdown: the label is not escaped")
	}
	if strings.Contains(strings.SplitN(md, "## Modèles de lettres", 2)[0], "<script>") {
		t.Error("Markdown: the fiche's text is not escaped")
	}
	txt := string(g.Export(p, FormatText, ExportOptions{}))
	checkWidth(t, 0, txt, ExportWidth)
}

// Letters apply only through an item that is eligible or to check.
func TestLettersFollowTheItems(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(mustParse(t, exportCases[0].json), testDay)
	d := buildDocument(p, g, TextOptions{Full: true})
	ids := map[string]bool{}
	for _, l := range d.Letters {
		ids[l.ID] = true
	}
	if !ids["recours-apa"] || !ids["conge-proche-aidant"] {
		t.Fatalf("letters %v, want recours-apa and conge-proche-aidant", ids)
	}
	// the same plan where the APA items are not eligible: no appeal letter
	for i := range p.Items {
		switch p.Items[i].ID {
		case "apa-domicile", "apa-etablissement", "repit-apa":
			p.Items[i].Status = rules.StatusNotEligible
			p.Items[i].Urgent = false
		case "conge-proche-aidant":
			p.Items[i].Status = rules.StatusInfo
		}
	}
	d = buildDocument(p, g, TextOptions{Full: true})
	for _, l := range d.Letters {
		if l.ID == "recours-apa" || l.ID == "conge-proche-aidant" {
			t.Errorf("letter %s kept without an eligible item", l.ID)
		}
	}
}

func TestCaregiverLink(t *testing.T) {
	for rel, want := range map[string]string{
		"child": "mon parent", "spouse": "mon conjoint", "grandchild": "mon grand-parent",
		"in_law": "mon beau-parent", "sibling": "[mon frère / ma sœur]", "friend_neighbour": "", "other_family": "",
	} {
		if got := CaregiverLink(rel); got != want {
			t.Errorf("%s: %q, want %q", rel, got, want)
		}
	}
	for _, rel := range rules.Relationships {
		_ = CaregiverLink(rel) // every value of the contract is handled without panic
	}
	g := testGuide(t)
	l := g.Content.Letters["conge-proche-aidant"]
	p := g.Evaluate(mustParse(t, `{"person": {"department": "23"}, "caregiver": {"relationship": "friend_neighbour"}}`), testDay)
	body := l.Fill(letterFields(p, "Creuse"))
	if !strings.Contains(body, "[lien avec la personne aidée]") || !strings.Contains(body, "(Creuse)") || !strings.Contains(body, "le 1er juin 2026") {
		t.Errorf("letter fields: %q", body[:400])
	}
}

// Wrap: every line within the width, every word kept, whatever the text.
func TestWrapProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		width := rapid.IntRange(10, 100).Draw(t, "width")
		indent := strings.Repeat(" ", rapid.IntRange(0, 12).Draw(t, "indent"))
		words := rapid.SliceOf(rapid.SampledFrom([]string{"€", ":", "«", "»", "1", "400,00", "05", "55", "h", "15", "APA", "à",
			"département", "https://www.service-public.fr/particuliers/vosdroits/F10009", "é", "(1", "043,59", "—",
			strings.Repeat("x", 120)})).Draw(t, "words")
		lead := strings.Repeat(" ", rapid.IntRange(0, 8).Draw(t, "lead"))
		text := lead + strings.Join(words, " ")
		lines := Wrap(text, width, indent)
		var got []string
		for _, l := range lines {
			if n := utf8.RuneCountInString(l); n > width {
				t.Fatalf("line of %d > %d: %q", n, width, l)
			}
			got = append(got, strings.Fields(l)...)
		}
		if strings.Join(got, "") != strings.Join(words, "") {
			t.Fatalf("words changed:\n%q\n%q", words, got)
		}
	})
}

func TestWrapFrenchTypography(t *testing.T) {
	s := "Allocation journalière : 1 043,59 € par mois, appelez le 05 55 67 72 00 de 8 h 30 à 18 h 15 « vite »"
	for w := 20; w <= 72; w++ {
		for _, l := range Wrap(s, w, "  ") {
			tl := strings.TrimSpace(l)
			for _, bad := range []string{"€", ":", "»", "043,59", "55 ", "30", "15"} {
				if strings.HasPrefix(tl, bad) {
					t.Errorf("width %d: line starts with %q: %q", w, bad, l)
				}
			}
			if strings.HasSuffix(tl, "«") {
				t.Errorf("width %d: line ends with «: %q", w, l)
			}
		}
	}
}

// --- safe writing ---------------------------------------------------------------------------

func TestWriteFileSafeRefusesOverwrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.html")
	if err := os.WriteFile(path, []byte("ancien"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileSafe(path, []byte("nouveau"), false); !errors.Is(err, ErrExists) {
		t.Fatalf("err = %v, want ErrExists", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "ancien" {
		t.Fatalf("existing file changed: %q", b)
	}
	assertNoTemp(t, dir)
	// a symbolic link is not followed nor replaced either
	if runtime.GOOS != "windows" {
		link := filepath.Join(dir, "lien.html")
		if err := os.Symlink(path, link); err == nil {
			if err := WriteFileSafe(link, []byte("x"), false); !errors.Is(err, ErrExists) {
				t.Errorf("symlink: err = %v, want ErrExists", err)
			}
		}
	}
	// --force replaces it
	if err := WriteFileSafe(path, []byte("nouveau"), true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "nouveau" {
		t.Fatalf("with force: %q", b)
	}
	assertNoTemp(t, dir)
}

func TestWriteFileSafeMode(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	dir := t.TempDir()
	for _, force := range []bool{false, true} {
		path := filepath.Join(dir, "plan.txt")
		if force {
			os.WriteFile(path, []byte("old"), 0o644)
		}
		if err := WriteFileSafe(path, []byte("santé"), force); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if m := fi.Mode().Perm(); m != 0o600 {
			t.Errorf("force=%v: mode %o, want 600", force, m)
		}
		os.Remove(path)
	}
}

// A failed write leaves neither a partial file nor a temporary file.
func TestWriteFileSafeAtomic(t *testing.T) {
	data := []byte(strings.Repeat("plan d'aide\n", 10000))

	t.Run("dossier absent", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "absent", "plan.html")
		err := WriteFileSafe(path, data, false)
		if err == nil || !strings.Contains(err.Error(), "n'existe pas") {
			t.Fatalf("err = %v", err)
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Error("file created")
		}
		assertNoTemp(t, dir)
	})

	t.Run("dossier en lecture seule", func(t *testing.T) {
		if runtime.GOOS == "windows" || os.Geteuid() == 0 {
			t.Skip("root (or Windows) writes in a read-only folder")
		}
		dir := t.TempDir()
		if err := os.Chmod(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(dir, 0o700)
		path := filepath.Join(dir, "plan.html")
		if err := WriteFileSafe(path, data, false); err == nil {
			t.Fatal("no error")
		}
		if _, err := os.Stat(path); !os.IsNotExist(err) {
			t.Error("file created")
		}
		assertNoTemp(t, dir)
	})

	t.Run("échec au milieu de l'écriture", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "plan.html")
		old := syncFile
		syncFile = func(*os.File) error { return errors.New("disque plein") }
		defer func() { syncFile = old }()
		for _, force := range []bool{false, true} {
			err := WriteFileSafe(path, data, force)
			if err == nil || !strings.Contains(err.Error(), "écriture impossible") {
				t.Fatalf("force=%v: err = %v", force, err)
			}
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Errorf("force=%v: partial file left", force)
			}
			assertNoTemp(t, dir)
		}
		// an existing file survives a failed --force intact
		os.WriteFile(path, []byte("ancien"), 0o600)
		if err := WriteFileSafe(path, data, true); err == nil {
			t.Fatal("no error")
		}
		if b, _ := os.ReadFile(path); string(b) != "ancien" {
			t.Errorf("existing file damaged: %.20q", b)
		}
		assertNoTemp(t, dir)
	})

	t.Run("la cible est un dossier", func(t *testing.T) {
		dir := t.TempDir()
		target := filepath.Join(dir, "plan.html")
		if err := os.Mkdir(target, 0o700); err != nil {
			t.Fatal(err)
		}
		if err := WriteFileSafe(target, data, true); err == nil {
			t.Fatal("no error")
		}
		if fi, err := os.Stat(target); err != nil || !fi.IsDir() {
			t.Error("the folder was replaced")
		}
		assertNoTemp(t, dir)
	})
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".aidants-") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}
