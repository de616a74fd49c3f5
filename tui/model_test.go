package tui

import (
	"bytes"
	"encoding/json"
	"image/color"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"aidants/guide"
	"aidants/rules"
)

// The AGGIR estimate, answered with one digit and Entrée per variable (20 keys for ten),
// gives an estimated GIR shown as such.
func TestAGGIREstimateInGuide(t *testing.T) {
	m := newSized(t, 80, 24)
	m.openAsk(askOne, "person.gir")
	drive(m, "7", "enter") // "je ne sais pas : l'estimer"
	if !strings.Contains(screenText(m), "Estimation du GIR · 1 sur 10") {
		t.Fatalf("l'estimation ne démarre pas :\n%s", screenText(m))
	}
	keys := 0
	for i := 0; i < len(guide.AGGIRQuestions); i++ {
		drive(m, "3") // ne le fait pas (C)
		if i == 0 && !strings.Contains(screenText(m), "▸ 3. Ne le fait pas (C)") {
			t.Fatalf("le chiffre tapé ne montre pas la réponse choisie :\n%s", screenText(m))
		}
		drive(m, "enter")
		keys += 2
	}
	if keys >= 30 {
		t.Errorf("%d touches pour l'estimation (budget : moins de 30)", keys)
	}
	g, est, _ := rules.EffectiveGIR(m.sit)
	if g != 1 || !est {
		t.Fatalf("GIR %d estimé %v, attendu 1 estimé", g, est)
	}
	s := screenText(m)
	if !strings.Contains(s, "GIR estimé : 1") {
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

// Typing ahead, commands not run: each key lands where it was meant, an extra Entrée
// records nothing, and digits typed for a number never answer a choice.
func TestTypeAhead(t *testing.T) {
	m := newSized(t, 80, 24)
	for _, k := range []string{"1", "enter", "enter", "2", "enter", "8", "2", "enter", "enter", "2", "3", "enter", "1", "enter", "enter"} {
		m.Update(press(k)) // commands deliberately not run
	}
	p := m.sit.Person
	if p.Sex == nil || *p.Sex != "female" || m.sit.Caregiver.Relationship == nil || *m.sit.Caregiver.Relationship != "child" ||
		p.Age == nil || *p.Age != 82 || p.Department == nil || *p.Department != "23" || p.Residence == nil || *p.Residence != "home" {
		t.Fatalf("réponses tapées d'avance mal rangées : %s", situationJSON(m))
	}
	if p.Housing != nil || m.c.Asked("person.housing") {
		t.Fatalf("l'Entrée de trop a répondu à la question suivante : %s", situationJSON(m))
	}
	if !strings.Contains(screenText(m), "Rien n'est choisi") {
		t.Errorf("l'Entrée de trop n'est pas expliquée :\n%s", screenText(m))
	}
}

// « 1 300 € » typed into the income question is one answer, and typed on a choice it
// is refused, not read as « 1 ».
func TestAmountIsOneAnswer(t *testing.T) {
	m := newSized(t, 80, 24)
	m.openAsk(askSeries, "person.monthly_resources", "person.couple")
	m.Update(press("enter")) // nothing typed: nothing recorded
	for _, r := range "1 300 €" {
		m.Update(press(string(r)))
	}
	m.Update(press("enter"))
	if r := m.sit.Person.MonthlyResources; r == nil || *r != 1300_00 {
		t.Fatalf("ressources : %s", situationJSON(m))
	}
	for _, r := range "1 300 €" {
		m.Update(press(string(r)))
	}
	m.Update(press("enter"))
	if m.sit.Person.Couple != nil {
		t.Fatalf("« 1 300 € » a répondu « en couple » : %s", situationJSON(m))
	}
	if !strings.Contains(screenText(m), "n'est pas une réponse ici") {
		t.Errorf("le refus n'est pas dit :\n%s", screenText(m))
	}
}

// Échap with an answer typed asks first; a second Échap leaves without recording it.
func TestEscapeKeepsTypedAnswer(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "2")
	drive(m, "esc")
	if m.screen != scrQuestion || !strings.Contains(screenText(m), "n'est pas enregistré") {
		t.Fatalf("Échap a jeté la réponse tapée sans rien dire :\n%s", screenText(m))
	}
	drive(m, "enter")
	if m.sit.Person.Sex == nil || *m.sit.Person.Sex != "male" {
		t.Fatalf("Entrée après Échap n'enregistre pas : %s", situationJSON(m))
	}
	drive(m, "3", "esc", "esc")
	if m.screen != scrPlan || m.sit.Caregiver.Relationship != nil {
		t.Fatalf("deux Échap : plan sans la réponse attendu, écran %v, %s", m.screen, situationJSON(m))
	}
}

// The questions follow what is known: « il » for a man, « votre père » once the
// relationship is known.
func TestQuestionWordsFollowThePerson(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "2", "enter", "2", "enter")
	if s := screenText(m); !strings.Contains(s, "Quel âge a votre père ?") {
		t.Fatalf("attendu « votre père » :\n%s", s)
	}
	drive(m, "9", "1", "enter", "7", "5", "enter")
	if s := screenText(m); !strings.Contains(s, "Où vit votre père aujourd'hui ?") || !strings.Contains(s, "Chez lui") {
		t.Fatalf("attendu « Chez lui » :\n%s", s)
	}
}

// The question is laid out for the window, and again when the window changes; what was
// typed is kept.
func TestQuestionFollowsWidth(t *testing.T) {
	m := newSized(t, 80, 24)
	if l := lineWith(screenText(m), "femme ou un homme"); !strings.Contains(l, "La personne que vous aidez est une femme ou un homme ?") {
		t.Errorf("question coupée à 80 colonnes : %q", l)
	}
	drive(m, "1")
	m.Update(tea.WindowSizeMsg{Width: 50, Height: 20})
	s := screenText(m)
	if !strings.Contains(s, "Réponse : 1") {
		t.Errorf("ce qui était tapé est perdu au redimensionnement :\n%s", s)
	}
	for _, l := range strings.Split(s, "\n") {
		if ansi.StringWidth(l) > 50 {
			t.Errorf("ligne de %d colonnes à 50 : %q", ansi.StringWidth(l), l)
		}
	}
}

// What cannot matter is not asked: in an institution, neither the housing, nor the
// hospital discharge, nor whether the caregiver lives with or hosts the person.
func TestHiddenQuestionSkipped(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "2", "enter", "2", "enter", "9", "1", "enter", "7", "5", "enter", "5", "enter")
	seen := []string{}
	for i := 0; i < 40 && m.screen == scrQuestion; i++ {
		seen = append(seen, m.ask.q.Fact)
		drive(m, "tab")
	}
	for _, f := range []string{"person.housing", "person.recent_hospitalisation", "person.apa_plan_amount",
		"caregiver.lives_with_person", "caregiver.hosts_person", "caregiver.hospitalisation_planned"} {
		if contains(seen, f) {
			t.Errorf("%s demandé pour une personne en EHPAD (questions : %v)", f, seen)
		}
	}
}

// Maj+Tab takes the last answer back, in one key, and asks its question again.
func TestUndoLastAnswer(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "1", "enter", "2", "enter", "7", "9", "enter")
	drive(m, "shift+tab")
	s := screenText(m)
	if !strings.Contains(s, "Quel âge a votre mère ?") || m.sit.Person.Age != nil || !strings.Contains(s, "réponse reprise") {
		t.Fatalf("Maj+Tab doit reprendre l'âge :\n%s", s)
	}
	drive(m, "8", "0", "enter")
	if m.sit.Person.Age == nil || *m.sit.Person.Age != 80 {
		t.Fatalf("âge corrigé : %s", situationJSON(m))
	}
}

// Invalid typed answers are refused with a French message and the question stays.
func TestInvalidAnswer(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "1", "enter", "2", "enter")
	drive(m, "3", "0", "0", "enter")
	s := screenText(m)
	if !strings.Contains(s, "Quel âge") || !strings.Contains(s, "Entre 0 et 125") {
		t.Fatalf("un âge de 300 ans doit être refusé :\n%s", s)
	}
	if m.sit.Person.Age != nil {
		t.Errorf("âge enregistré malgré l'erreur : %d", *m.sit.Person.Age)
	}
}

func situationJSON(m *Model) string {
	b, _ := json.Marshal(m.sit)
	return string(b)
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
	m := New(Config{Guide: testGuide(), Date: time.Date(2031, 3, 1, 0, 0, 0, 0, time.UTC)})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.plan.Freshness.UpToDate {
		t.Skip("le contenu a des montants jusqu'en 2031 : choisir une date plus lointaine")
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
	drive(m, "1", "enter", "2", "enter", "8", "2", "enter", "esc", "e")
	if !strings.Contains(screenText(m), "Dans quel format") {
		t.Fatalf("l'export ne demande pas le format :\n%s", screenText(m))
	}
	drive(m, "down", "down", "enter") // Markdown
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
	drive(m, "enter", "e", "down", "down", "enter", "enter")
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
	m.reopen(situationOf(t, goldenSituation))
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
	answers := accessibleLines(t, gir2Answers)
	// menu: detail of item 1, then quit (yes)
	answers = append(answers, "2", "1", strconv.Itoa(len(accessibleMenuFor(t, gir2Answers))), "1")
	in := strings.NewReader(strings.Join(answers, "\n") + "\n")
	var out bytes.Buffer
	if err := RunAccessible(testConfig(), in, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if strings.Contains(s, "\x1b") {
		t.Errorf("séquence d'échappement dans le mode accessible")
	}
	for _, want := range []string{"Quel âge a votre mère ?", "Noté : Âge : 82 ans", "Allocation personnalisée d'autonomie (APA) à domicile : droit probable",
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

// In the search, the page keys move ten results at a time, and never past the list.
func TestSearchPageKeys(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "esc", "/", "a")
	s := m.search
	n := len(s.hits)
	if n < 12 {
		t.Fatalf("« a » trouve %d fiches, il en faut au moins 12 pour ce test", n)
	}
	drive(m, "pgdown")
	if s.sel != 10 {
		t.Errorf("après pgdown : résultat %d, attendu 10", s.sel)
	}
	drive(m, "pgdown", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown")
	if s.sel != n-1 {
		t.Errorf("après 7 pgdown : résultat %d, attendu le dernier (%d)", s.sel, n-1)
	}
	drive(m, "pgup")
	if s.sel != max(0, n-11) {
		t.Errorf("après pgup : résultat %d, attendu %d", s.sel, n-11)
	}
}

// An unusual answer (« 2 » for an age) is said back once; Entrée again records it, and a
// corrected answer is recorded at once.
func TestUnusualAnswerConfirmed(t *testing.T) {
	m := newSized(t, 80, 24)
	drive(m, "1", "enter", "2", "enter")
	drive(m, "2", "enter")
	if s := screenText(m); !strings.Contains(s, "« 2 ans » : est-ce bien son âge ?") || !strings.Contains(s, "Entrée à nouveau") || !strings.Contains(s, "Quel âge") {
		t.Fatalf("un âge de 2 ans doit être redit avant d'être noté :\n%s", s)
	}
	if m.sit.Person.Age != nil {
		t.Fatalf("âge noté sans confirmation : %d", *m.sit.Person.Age)
	}
	drive(m, "enter")
	if m.sit.Person.Age == nil || *m.sit.Person.Age != 2 {
		t.Fatalf("Entrée à nouveau doit noter 2 ans : %s", situationJSON(m))
	}
	// corrected: the agent erases and types the right age, recorded at the first Entrée
	m = newSized(t, 80, 24)
	drive(m, "1", "enter", "2", "enter", "2", "enter", "backspace", "8", "2", "enter")
	if m.sit.Person.Age == nil || *m.sit.Person.Age != 82 {
		t.Fatalf("l'âge corrigé (82) doit être noté à la première Entrée : %s", situationJSON(m))
	}
}

// In the accessible mode an unusual answer is said back, and noted when typed again.
func TestAccessibleUnusualAnswer(t *testing.T) {
	in := strings.NewReader("1\n2\n2\n2\n")
	var out bytes.Buffer
	_ = RunAccessible(testConfig(), in, &out) // the input ends mid-call
	s := out.String()
	i := strings.Index(s, "« 2 ans » : est-ce bien son âge ? Si oui, retapez-le ; sinon, corrigez.")
	j := strings.Index(s, "Noté : Âge : 2 ans")
	if i < 0 || j < i {
		t.Errorf("l'âge de 2 ans doit être redit puis noté une fois retapé :\n%s", s)
	}
}
