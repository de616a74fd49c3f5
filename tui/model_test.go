package tui

import (
	"bytes"
	"image/color"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"aidants/guide"
	"aidants/rules"
)

// Every question of the questionnaire has its row in the fact table, with a short label
// for the answers list: a question without it would be unanswerable in the guide.
func TestEveryQuestionHasAField(t *testing.T) {
	for _, q := range guide.Questions {
		if fd := field(q.Fact); fd == nil || fd.Short == "" {
			t.Errorf("%s : pas de ligne (ou pas de libellé court) dans rules.Fields", q.Fact)
		}
	}
}

func TestSetRaw(t *testing.T) {
	q := func(fact string) guide.Question {
		x, ok := guide.QuestionFor(fact)
		if !ok {
			t.Fatalf("pas de question %s", fact)
		}
		return x
	}
	s := &rules.Situation{}
	for _, c := range []struct {
		fact, raw, want string
		bad             bool
	}{
		{"person.age", "82", "82 ans", false},
		{"person.age", " 82 ans ", "82 ans", false},
		{"person.age", "200", "", true},
		{"person.age", "quatre-vingts", "", true},
		{"person.department", "5", "05", false},
		{"person.department", "2a", "2A", false},
		{"person.department", "20", "", true},
		{"person.department", "974", "974", false},
		{"person.monthly_resources", "1 500,50", "1 500,50 € par mois", false},
		{"person.monthly_resources", "1500.5 €", "1 500,50 € par mois", false},
		{"person.monthly_resources", "-3", "", true},
		{"person.disability_rate", "80 %", "80 %", false},
		{"person.couple", "yes", "oui", false},
		{"person.residence", "home", "Chez elle", false},
		{"person.residence", "ailleurs", "", true},
	} {
		err := setRaw(s, q(c.fact), c.raw)
		if c.bad {
			if err == nil {
				t.Errorf("%s = %q : accepté, devait être refusé", c.fact, c.raw)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s = %q : %v", c.fact, c.raw, err)
			continue
		}
		if got := display(s, q(c.fact), true); got != c.want {
			t.Errorf("%s = %q : affiché %q, attendu %q", c.fact, c.raw, got, c.want)
		}
	}
	// "je ne sais pas" empties the field again
	if err := setRaw(s, q("person.age"), ""); err != nil || s.Person.Age != nil {
		t.Errorf("réponse vide : âge %v, err %v", s.Person.Age, err)
	}
	if got := display(s, q("person.age"), true); got != "je ne sais pas" {
		t.Errorf("âge inconnu affiché %q", got)
	}
	if got := display(s, q("person.age"), false); got != "—" {
		t.Errorf("âge pas encore demandé affiché %q", got)
	}
}

func TestSetMulti(t *testing.T) {
	q, _ := guide.QuestionFor("needs")
	s := &rules.Situation{}
	setMulti(s, q, []string{valNone})
	if s.Needs == nil || len(*s.Needs) != 0 {
		t.Errorf("aucun besoin : %v", s.Needs)
	}
	setMulti(s, q, []string{"meals", "alarm"})
	if s.Needs == nil || strings.Join(*s.Needs, ",") != "meals,alarm" {
		t.Errorf("besoins : %v", s.Needs)
	}
	setMulti(s, q, nil)
	if s.Needs != nil {
		t.Errorf("rien coché doit laisser inconnu : %v", *s.Needs)
	}
}

func TestAdverbs(t *testing.T) {
	all := []string{advSpontaneously, advTotally, advCorrectly, advHabitually}
	if m := adverbsModality(all); m != rules.ModA {
		t.Errorf("les quatre adverbes : %v, attendu A", m)
	}
	if m := adverbsModality([]string{advTotally}); m != rules.ModB {
		t.Errorf("un adverbe : %v, attendu B", m)
	}
	s := &rules.Situation{}
	setAGGIR(s, "toilette", []string{advNone})
	if (*s.Person.AGGIR)["toilette"] != "C" {
		t.Errorf("ne le fait pas : %v", *s.Person.AGGIR)
	}
	if validateAdverbs(nil) == nil || validateAdverbs([]string{advNone, advTotally}) == nil || validateAdverbs([]string{valUnknown, advTotally}) == nil {
		t.Error("une réponse vide ou contradictoire est acceptée")
	}
	setAGGIR(s, "toilette", []string{valUnknown})
	if s.Person.AGGIR != nil {
		t.Errorf("je ne sais pas doit retirer la variable : %v", *s.Person.AGGIR)
	}
}

// The AGGIR estimation, answered in the guide, gives an estimated GIR shown as such.
func TestAGGIREstimateInGuide(t *testing.T) {
	m := newSized(t, 80, 24)
	m.startWizard(step{idx: questionIndex("person.gir")}, true)
	drive(m, "8") // "je ne sais pas : l'estimer"
	if !strings.Contains(screenText(m), "Estimation du GIR (grille AGGIR) · 1 sur 10") {
		t.Fatalf("l'estimation ne démarre pas :\n%s", screenText(m))
	}
	// every variable: "does not do it" (the fifth option), then enter
	for i := 0; i < len(aggirVars); i++ {
		drive(m, "down", "down", "down", "down", "space", "enter")
	}
	g, est, _ := rules.EffectiveGIR(m.sit)
	if g != 1 || !est {
		t.Fatalf("GIR %d estimé %v, attendu 1 estimé", g, est)
	}
	s := screenText(m)
	if !strings.Contains(s, "GIR estimé : 1") || !strings.Contains(s, "estimation") {
		t.Errorf("l'estimation n'est pas dite :\n%s", s)
	}
	if m.plan.GIR == nil || !m.plan.GIR.Estimated {
		t.Errorf("le plan ne dit pas le GIR estimé : %+v", m.plan.GIR)
	}
	drive(m, "r")
	if l := lineWith(screenText(m), "GIR"); !strings.Contains(l, "GIR 1 (estimé)") {
		t.Errorf("la liste des réponses ne dit pas l'estimation : %q", l)
	}
}

// Typing ahead: keys sent faster than huh finishes a question land in the next one.
func TestTypeAhead(t *testing.T) {
	m := newSized(t, 80, 24)
	for _, k := range []string{"8", "2", "enter", "2", "3", "enter", "1"} {
		m.Update(press(k)) // commands deliberately not run
	}
	if m.sit.Person.Age == nil || *m.sit.Person.Age != 82 || m.sit.Person.Department == nil || *m.sit.Person.Department != "23" ||
		m.sit.Person.Residence == nil || *m.sit.Person.Residence != "home" {
		t.Fatalf("réponses tapées d'avance perdues : %+v", m.sit.Person)
	}
}

// The first question is laid out for the window, not for the width it had before the
// window was known, and again when the window changes.
func TestQuestionFollowsWidth(t *testing.T) {
	m := newSized(t, 80, 24)
	if l := lineWith(screenText(m), "Quel âge"); !strings.Contains(l, "Quel âge a la personne que vous aidez ?") {
		t.Errorf("question coupée à 80 colonnes : %q", l)
	}
	drive(m, "8")
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 20})
	s := screenText(m)
	if !strings.Contains(s, "> 8") {
		t.Errorf("ce qui était tapé est perdu au redimensionnement :\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if ansi.StringWidth(l) > 50 {
			t.Errorf("ligne de %d colonnes à 50 : %q", ansi.StringWidth(l), l)
		}
	}
}

// Hidden questions are skipped: in an institution, the housing question is not asked.
func TestHiddenQuestionSkipped(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "enter", "enter") // age, department: don't know
	drive(m, "5")              // en établissement
	if q := m.wiz.form.st.question(); q.Fact == "person.housing" {
		t.Fatalf("la question du logement est posée pour une personne en établissement")
	}
	if !strings.Contains(screenText(m), "Y a-t-il une urgence") {
		t.Errorf("après le lieu de vie, attendu la question de l'urgence :\n%s", screenText(m))
	}
}

// shift+tab goes back to the previous question with its answer.
func TestPreviousQuestion(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "7", "9", "enter")
	drive(m, "shift+tab")
	s := screenText(m)
	if !strings.Contains(s, "Quel âge") || !strings.Contains(s, "Réponse actuelle : 79 ans") {
		t.Fatalf("retour à la question précédente :\n%s", s)
	}
}

// Invalid typed answers are refused with a French message and the question stays.
func TestInvalidAnswer(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "3", "0", "0", "enter")
	s := screenText(m)
	if !strings.Contains(s, "Quel âge") || !strings.Contains(s, "entre 0 et 125") {
		t.Fatalf("un âge de 300 ans doit être refusé :\n%s", s)
	}
	if m.sit.Person.Age != nil {
		t.Errorf("âge enregistré malgré l'erreur : %d", *m.sit.Person.Age)
	}
}

// No size makes the guide panic or draw outside the window; tiny windows say so.
func TestEverySize(t *testing.T) {
	screens := []func(m *Model){
		func(m *Model) {},
		func(m *Model) { drive(m, "esc") },
		func(m *Model) { drive(m, "esc", "enter") },
		func(m *Model) { drive(m, "esc", "r") },
		func(m *Model) { drive(m, "esc", "f") },
		func(m *Model) { drive(m, "esc", "/", "a", "p", "a") },
		func(m *Model) { drive(m, "esc", "l") },
		func(m *Model) { drive(m, "esc", "s") },
		func(m *Model) { drive(m, "esc", "e") },
		func(m *Model) { drive(m, "esc", "?") },
		func(m *Model) { drive(m, "8", "esc", "q") },
	}
	sizes := [][2]int{{0, 0}, {1, 1}, {5, 3}, {20, 8}, {39, 11}, {40, 12}, {50, 15}, {80, 24}, {100, 30}, {120, 40}, {200, 60}}
	for si, setup := range screens {
		m := newSized(t, 80, 24)
		setup(m)
		for _, sz := range sizes {
			_, cmd := m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			runCmd(m, cmd, 0)
			out := m.View().Content
			if m.panicked != nil {
				t.Fatalf("écran %d à %dx%d : panique %v\n%s", si, sz[0], sz[1], m.panicked, m.panicStack)
			}
			if sz[0] == 0 || sz[1] == 0 {
				continue
			}
			lines := strings.Split(out, "\n")
			if len(lines) > sz[1] {
				t.Errorf("écran %d à %dx%d : %d lignes", si, sz[0], sz[1], len(lines))
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > sz[0] {
					t.Errorf("écran %d à %dx%d : ligne %d de %d colonnes", si, sz[0], sz[1], i, w)
				}
			}
			if sz[0] < minWidth || sz[1] < minHeight {
				if sz[0] >= 12 && !strings.Contains(ansi.Strip(out), "trop") {
					t.Errorf("écran %d à %dx%d : « fenêtre trop petite » attendu :\n%s", si, sz[0], sz[1], ansi.Strip(out))
				}
			}
		}
	}
}

// The header warns when the figures may be out of date at the evaluation date.
func TestFreshnessInHeader(t *testing.T) {
	// two years after the newest figure of the content, whatever the yearly updates add:
	// every figure revalued in January is then out of date
	stale := time.Date(testGuide().Content.Params.Newest().Year()+2, 3, 1, 0, 0, 0, 0, time.UTC)
	m := New(Config{Guide: testGuide(), Date: stale})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.plan.Freshness.UpToDate {
		t.Fatalf("figures of %d said up to date on %s", testGuide().Content.Params.Newest().Year(), stale.Format("2006-01-02"))
	}
	s := screenText(m)
	if !strings.Contains(s, "⚠") || !strings.Contains(s, "Montants à confirmer") {
		t.Errorf("l'avertissement de fraîcheur manque dans l'en-tête :\n%s", s)
	}
	drive(m, "esc")
	if s := screenText(m); !strings.Contains(s, "Montants à confirmer") {
		t.Errorf("l'avertissement manque sur le plan :\n%s", s)
	}
	if New(testConfig()).plan.Freshness.UpToDate {
		if strings.Contains(screenText(newSized(t, 80, 24)), "⚠") {
			t.Error("avertissement de fraîcheur affiché alors que les montants sont à jour")
		}
	}
}

// Export: format, name, file written 0600 where said; asked before replacing; nothing
// else ever written.
func TestExport(t *testing.T) {
	dir := t.TempDir()
	cfg := testConfig()
	cfg.Dir = dir
	m := New(cfg)
	m.Init()
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	drive(m, "8", "2", "enter", "esc", "e")
	if !strings.Contains(screenText(m), "Dans quel format") {
		t.Fatalf("l'export ne demande pas le format :\n%s", screenText(m))
	}
	drive(m, "down", "enter") // Markdown
	s := screenText(m)
	if !strings.Contains(s, "Nom du fichier") || !strings.Contains(s, "plan-aidants-2026-06-01.md") {
		t.Fatalf("nom proposé :\n%s", s)
	}
	drive(m, "enter")
	path := filepath.Join(dir, "plan-aidants-2026-06-01.md")
	s = screenText(m)
	if !strings.Contains(s, "Plan enregistré dans") || !strings.Contains(strings.ReplaceAll(s, "\n", ""), "plan-aidants-2026-06-01.md") {
		t.Fatalf("le chemin écrit n'est pas montré :\n%s", s)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("droits %v, attendu 0600", fi.Mode().Perm())
	}
	b, _ := os.ReadFile(path)
	if !bytes.Contains(b, []byte("82 ans")) {
		t.Errorf("le plan exporté ne reprend pas la situation")
	}
	// again: the file exists, the guide asks; "n" goes back to the name
	drive(m, "enter", "e", "down", "enter", "enter")
	if !strings.Contains(screenText(m), "Le fichier existe déjà") {
		t.Fatalf("pas de question avant de remplacer :\n%s", screenText(m))
	}
	os.WriteFile(path, []byte("ancien"), 0o600)
	drive(m, "n")
	if b, _ := os.ReadFile(path); string(b) != "ancien" {
		t.Error("le fichier a été remplacé malgré le non")
	}
	drive(m, "enter", "o")
	if b, _ := os.ReadFile(path); string(b) == "ancien" {
		t.Error("le fichier n'a pas été remplacé malgré le oui")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("fichiers écrits : %v, attendu le seul plan", entries)
	}
}

// A panic in Update stops the program (tea.Quit) instead of crashing, and is reported.
func TestPanicIsCaught(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "esc")
	m.plan = nil // provoke a nil dereference on the next key
	_, cmd := m.Update(press("j"))
	if m.panicked == nil {
		t.Fatal("la panique n'est pas attrapée")
	}
	if cmd == nil {
		t.Fatal("pas de commande d'arrêt après une panique")
	}
	if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Error("la commande après une panique n'est pas tea.Quit")
	}
	// a panic in a command of ours comes back as a message
	msg := safeCmd(func() tea.Msg { panic("boum") })()
	if _, ok := msg.(panicMsg); !ok {
		t.Errorf("safeCmd : %T, attendu panicMsg", msg)
	}
}

// The summary to read aloud says the likely rights, what to check and what to do first.
func TestSummary(t *testing.T) {
	m := newSized(t, 100, 60)
	m.sit = situationOf(t, goldenSituation)
	m.recompute()
	m.wiz.form = nil
	m.screen = scrPlan
	drive(m, "s")
	s := screenText(m)
	for _, want := range []string{"Je récapitule", "82 ans", "probablement droit", "Allocation personnalisée d'autonomie (APA) à domicile", "Il reste à vérifier", "Par quoi commencer"} {
		if !strings.Contains(s, want) {
			t.Errorf("résumé : %q manque\n%s", want, s)
		}
	}
}

// The glossary filters as one types.
func TestGlossaryFilter(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "esc", "l", "A", "P", "A")
	s := screenText(m)
	if !strings.Contains(s, "APA") || !regexp.MustCompile(`(?i)autonomie`).MatchString(s) {
		t.Errorf("lexique filtré sur APA :\n%s", s)
	}
}

// The accessible mode answers line by line, prints no escape sequence, and quits.
func TestAccessible(t *testing.T) {
	var answers []string
	for _, q := range guide.Questions {
		v := gir2Answers[q.Fact]
		if !shown(q, situationOf(t, `{"person":{"gir":2,"residence":"home"}}`)) {
			continue
		}
		switch {
		case v == "":
			answers = append(answers, "")
		case q.Kind == guide.KindBool && v == "yes":
			answers = append(answers, "1")
		case q.Kind == guide.KindBool:
			answers = append(answers, "2")
		case q.Kind == guide.KindChoice:
			for i, o := range q.Options {
				if o.Value == v {
					answers = append(answers, strings.TrimSpace(string(rune('1'+i))))
				}
			}
		default:
			answers = append(answers, v)
		}
	}
	// menu: detail of item 1, then quit (yes)
	answers = append(answers, "2", "1", "12", "1")
	in := strings.NewReader(strings.Join(answers, "\n") + "\n")
	var out bytes.Buffer
	if err := RunAccessible(testConfig(), in, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if strings.Contains(s, "\x1b") {
		t.Errorf("séquence d'échappement dans le mode accessible")
	}
	for _, want := range []string{"Quel âge a la personne", "Noté : Âge : 82 ans", "Allocation personnalisée d'autonomie (APA) à domicile : droit probable",
		"Congé de proche aidant : à vérifier", "Conditions", "Au revoir."} {
		if !strings.Contains(s, want) {
			t.Errorf("mode accessible : %q manque", want)
		}
	}
	if t.Failed() {
		t.Log(s)
	}
}

// A letter template opens in the reader with its address lines kept apart.
func TestLetterInReader(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "esc")
	m.openDetail("conge-proche-aidant")
	if !strings.Contains(screenText(m), "m courrier") {
		t.Errorf("la touche du courrier n'est pas dite :\n%s", screenText(m))
	}
	drive(m, "m")
	s := screenText(m)
	for _, want := range []string{"Modèle de courrier « conge-proche-aidant »", "le 1er juin 2026"} {
		if !strings.Contains(s, want) {
			t.Errorf("courrier : %q manque\n%s", want, s)
		}
	}
	if l := strings.TrimSpace(lineWith(s, "[Nom Prénom]")); l != "[Nom Prénom]" {
		t.Errorf("l'adresse n'est pas ligne par ligne : %q", l)
	}
}

// Dark by default; a light background, when the terminal tells it, changes the palette
// and the fiche's style (a new rendering, not the dark one from the cache).
func TestBackgroundAnswer(t *testing.T) {
	m := newSized(t, 80, 24)
	if !m.dark || m.markdownStyle() != StyleDark {
		t.Fatal("le guide ne démarre pas en sombre")
	}
	drive(m, "esc", "f")
	before := m.fiche.want
	_, cmd := m.Update(tea.BackgroundColorMsg{Color: color.White})
	runCmd(m, cmd, 0)
	if m.dark || m.markdownStyle() != StyleLight {
		t.Fatal("fond clair ignoré")
	}
	if m.fiche.want == before || m.fiche.want.style != StyleLight {
		t.Errorf("la fiche n'est pas remise en page pour un fond clair : %+v", m.fiche.want)
	}
	if !strings.Contains(screenText(m), "Fiche «") {
		t.Errorf("écran après le changement de fond :\n%s", screenText(m))
	}
}
