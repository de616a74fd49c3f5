package tui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"aidants/guide"
)

// gir2Answers: a person of 82 at home in the Creuse, GIR 2, not yet receiving the APA, no
// recognised disability; her daughter is employed and helps her. "" is "je ne sais pas".
var gir2Answers = map[string]string{
	"person.sex":                        "female",
	"caregiver.sex":                     "female",
	"person.age":                        "82",
	"person.department":                 "23",
	"person.residence":                  "home",
	"person.housing":                    "owner",
	"person.urgent":                     "no",
	"person.recent_hospitalisation":     "no",
	"person.end_of_life":                "no",
	"person.memory_disorders":           "no",
	"person.gir":                        "2",
	"person.receives_apa":               "no",
	"person.apa_plan_amount":            "",
	"person.disability_rate":            "0",
	"person.monthly_resources":          "1500",
	"person.couple":                     "no",
	"person.receives_aspa":              "no",
	"person.pension_scheme":             "general",
	"caregiver.relationship":            "child",
	"caregiver.employment":              "employee",
	"caregiver.lives_with_person":       "no",
	"caregiver.hosts_person":            "no",
	"caregiver.pays_support":            "no",
	"person.employs_home_help":          "no",
	"caregiver.exhausted":               "no",
	"caregiver.hospitalisation_planned": "no",
	"needs":                             "",
}

// keysFor is what an agent types to give an answer: the text or the option's number,
// then Entrée; Tab for "je ne sais pas".
func keysFor(q guide.Question, v string) []string {
	if v == "" {
		return []string{"tab"}
	}
	switch q.Kind {
	case guide.KindInt, guide.KindEuros, guide.KindText:
		ks := strings.Split(v, "")
		return append(ks, "enter")
	case guide.KindBool:
		if v == "yes" {
			return []string{"1", "enter"}
		}
		return []string{"2", "enter"}
	case guide.KindChoice:
		for i, o := range q.Options {
			if o.Value == v {
				return []string{strconv.Itoa(i + 1), "enter"}
			}
		}
	}
	return []string{"tab"}
}

// questionOnScreen finds which question the screen asks, in whatever words it is put
// (« elle » or « il », « votre mère »).
func questionOnScreen(screen string) (guide.Question, string, bool) {
	flat := strings.Join(strings.Fields(screen), " ")
	for _, q := range guide.AllQuestions() {
		texts := []string{guide.Pronoun(q.Text, false), guide.Pronoun(q.Text, true)}
		if q.Fact == "caregiver.sex" { // in the relationship's words: « son fils ou sa fille »
			texts = append(texts, "L'aidant est-il son ", "L'aidant est-il un ami")
		}
		for _, t := range texts {
			if strings.Contains(flat, t) {
				return q, t, true
			}
		}
		if before, after, ok := strings.Cut(q.Who, "{qui}"); ok && strings.Contains(flat, before+"votre ") {
			i := strings.Index(flat, before+"votre ")
			if strings.Contains(flat[i:], after) {
				return q, before, true
			}
		}
	}
	return guide.Question{}, "", false
}

// answerAll answers each question the screen asks until the plan shows.
func (f *flow) answerAll(answers map[string]string) string {
	f.t.Helper()
	for n := 0; n < 60; n++ {
		s := f.wait("aidants")
		if first, _, _ := strings.Cut(s, "\n"); strings.HasSuffix(strings.TrimSpace(first), "Plan d'aide") {
			return s
		}
		q, text, ok := questionOnScreen(s)
		if !ok {
			f.t.Fatalf("question inconnue à l'écran :\n%s", s)
		}
		v, ok := answers[q.Fact]
		if !ok {
			f.t.Fatalf("pas de réponse prévue pour %s", q.Fact)
		}
		f.keys(keysFor(q, v)...)
		f.waitNext(text)
	}
	f.t.Fatal("le questionnaire ne se termine pas")
	return ""
}

// cursorTo presses down until the selected line (▸) holds text.
func (f *flow) cursorTo(text string) {
	f.t.Helper()
	for i := 0; i < 60; i++ {
		cur := lineWith(f.p.screen(), "▸")
		if strings.Contains(cur, text) {
			return
		}
		f.keys("down")
		deadline := 0
		for lineWith(f.p.screen(), "▸") == cur && deadline < 200 {
			deadline++
			time.Sleep(5 * time.Millisecond)
		}
	}
	f.t.Fatalf("la sélection n'atteint pas %q :\n%s", text, f.p.screen())
}

// statusOf reads an item's status word on its line of the plan screen.
func statusOf(screen, title string) string {
	l := lineWith(screen, title)
	for _, w := range []string{"Droit probable", "À vérifier", "Non éligible", "Information"} {
		if strings.HasSuffix(strings.TrimSpace(l), w) {
			return w
		}
	}
	return "(absent : " + l + ")"
}

const (
	titleAPA   = "Allocation personnalisée d'autonomie (APA) à domicile"
	titleConge = "Congé de proche aidant"
	titleAJPA  = "Allocation journalière du proche aidant (AJPA)"
)

// TestFlowQuestionnaireThenChangeGIR answers the whole questionnaire for a GIR 2 person
// helped by an employed daughter, reads APA, congé de proche aidant and AJPA in the
// plan, then changes only the GIR (to 5) from the list of answers and sees the three
// change status, every other answer kept.
func TestFlowQuestionnaireThenChangeGIR(t *testing.T) {
	f := startFlow(t, 100, 70)
	s := f.answerAll(gir2Answers)
	for title, want := range map[string]string{titleAPA: "Droit probable", titleConge: "À vérifier", titleAJPA: "À vérifier"} {
		if got := statusOf(s, title); got != want {
			t.Errorf("GIR 2 : %s = %q, attendu %q\n%s", title, got, want, s)
		}
	}
	if !strings.Contains(s, "82 ans") || !strings.Contains(s, "GIR 2") {
		t.Errorf("le plan ne rappelle pas la situation :\n%s", s)
	}

	// change the GIR, and nothing else
	f.keys("r")
	f.waitScreen("Réponses", "Âge")
	f.cursorTo("GIR")
	f.keys("enter")
	f.wait("Connaissez-vous son GIR ?", "modification")
	f.keys("5", "enter")
	s = f.waitScreen("Réponses", "GIR 5")
	if l := lineWith(s, "Âge"); !strings.Contains(l, "82 ans") {
		t.Errorf("l'âge a été perdu : %q", l)
	}
	if l := lineWith(s, "Travail de l'aidant"); !strings.Contains(l, "Salarié") {
		t.Errorf("l'emploi de l'aidant a été perdu : %q", l)
	}
	f.keys("esc")
	s = f.waitScreen("Plan d'aide", "GIR 5")
	for title, want := range map[string]string{titleAPA: "Non éligible", titleConge: "Non éligible", titleAJPA: "Non éligible"} {
		if got := statusOf(s, title); got != want {
			t.Errorf("GIR 5 : %s = %q, attendu %q\n%s", title, got, want, s)
		}
	}
	m := f.quit()
	if m.sit.Person.Age == nil || *m.sit.Person.Age != 82 || m.sit.Caregiver.Employment == nil || *m.sit.Caregiver.Employment != "employee" {
		t.Errorf("réponses perdues : %+v", m.sit)
	}
}

// TestFlowFicheSearch opens a fiche from the plan, searches a word with /, moves to the
// next occurrence with n, and goes back.
func TestFlowFicheSearch(t *testing.T) {
	f := startFlow(t, 80, 24)
	f.keys("esc")
	f.waitScreen("Plan d'aide")
	f.keys("/")
	f.wait("Chercher dans les fiches")
	f.typ("proche aidant")
	f.wait("fiches trouvées", titleConge)
	f.cursorTo(titleConge)
	f.keys("enter")
	// the words searched are found again in the fiche, once it is laid out
	f.wait("Fiche « conge-proche-aidant »", "« proche aidant » 1/")
	f.keys("/")
	f.wait("entrée : chercher")
	f.typ("employeur")
	f.keys("enter")
	f.wait("« employeur » 1/")
	f.keys("n")
	s := f.wait("« employeur » 2/")
	if !strings.Contains(strings.ToLower(s), "employeur") {
		t.Errorf("l'occurrence n'est pas à l'écran :\n%s", s)
	}
	f.keys("N")
	f.wait("« employeur » 1/")
	f.keys("esc")
	f.wait("Recherche dans les fiches")
	f.keys("esc")
	f.waitScreen("Plan d'aide")
	f.quit()
}

// TestFlowNewCase answers a few questions, starts a new case from the plan (with the
// confirmation) and finds everything cleared.
func TestFlowNewCase(t *testing.T) {
	f := startFlow(t, 80, 24)
	f.keys("1", "enter")
	f.wait("Qui êtes-vous pour elle")
	f.keys("2", "enter")
	f.wait("Quel âge a votre mère")
	f.typ("82")
	f.keys("enter")
	f.wait("Dans quelle commune")
	f.typ("23")
	f.keys("enter")
	f.wait("Où vit votre mère")
	f.keys("1", "enter")
	f.wait("propriétaire ou locataire")
	f.keys("esc")
	s := f.waitScreen("Plan d'aide", "82 ans")
	if !strings.Contains(s, "Dossier en cours") {
		t.Errorf("le dossier n'est pas dit en cours :\n%s", s)
	}
	f.keys("n")
	f.wait("Commencer un nouveau dossier ?")
	f.keys("n") // no: nothing changes
	f.waitScreen("Plan d'aide", "82 ans")
	f.keys("n")
	f.wait("Commencer un nouveau dossier ?")
	f.keys("o")
	s = f.wait("Nouveau dossier", "une femme ou un homme")
	if strings.Contains(s, "82 ans") {
		t.Errorf("l'ancien âge est encore affiché :\n%s", s)
	}
	f.keys("esc")
	f.waitScreen("Plan d'aide", "Aucune réponse pour l'instant")
	m := f.quit() // nothing answered: quits without asking
	if m.caseOpen() || m.sit.Person.Age != nil || m.sit.Person.Department != nil || m.sit.Person.Residence != nil {
		t.Errorf("le nouveau dossier n'est pas vide : %+v", m.sit.Person)
	}
}

// TestFlowQuitAsks: with a case open, q asks before quitting; n keeps the guide open.
func TestFlowQuitAsks(t *testing.T) {
	f := startFlow(t, 80, 24)
	f.keys("2", "enter")
	f.wait("Qui êtes-vous pour lui")
	f.keys("esc")
	f.waitScreen("Plan d'aide")
	f.keys("q")
	f.wait("Quitter le guide ?", "seront perdues")
	f.keys("esc")
	f.waitGone("Quitter le guide ?")
	f.keys("q")
	f.wait("Quitter le guide ?")
	f.keys("o")
	f.tm.WaitFinished(t)
}

// waitNext blocks until the question text is gone or the plan shows.
func (f *flow) waitNext(text string) {
	f.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		s := f.p.screen()
		first, _, _ := strings.Cut(s, "\n")
		if !strings.Contains(s, text) || strings.HasSuffix(strings.TrimSpace(first), "Plan d'aide") {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	f.t.Fatalf("la question %q reste à l'écran :\n%s", text, f.p.screen())
}
