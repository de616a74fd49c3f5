package guide

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"aidants/rules"
)

// The questions a plan suggests (« Pour préciser ce plan », in every export) speak of a
// man as « il », like the questions of the guide.
func TestNextQuestionsFollowThePronoun(t *testing.T) {
	male, age := "male", 91
	s := &rules.Situation{Person: rules.Person{Sex: &male, Age: &age}}
	items := []Item{{ID: "x", Missing: []string{"person.receives_apa", "person.disability_rate"}}}
	_, qs := nextQuestions(items, s)
	if len(qs) == 0 {
		t.Fatal("aucune question suggérée")
	}
	for _, q := range qs {
		if strings.Contains(q.Question, "elle") {
			t.Errorf("question au féminin pour un homme : %q", q.Question)
		}
	}
}

// The plan's own words follow person.sex (and caregiver.sex): the summary, the conditions
// and what they saw, the steps, the notes, in every rendering. A man is « il », « chez
// lui »; a woman « elle »; unknown, « la personne ». No form is ever left in braces.
func TestPlanWordsFollowTheSex(t *testing.T) {
	g := testGuide(t)
	d := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	base := `"age":82,"gir":4,"residence":"home","pension_scheme":"general","housing":"owner"`
	for _, c := range []struct {
		name, sex     string
		want, notWant []string
	}{
		{"homme", `"sex":"male",`,
			[]string{"vit chez lui", "Il reçoit l'ASPA, ou 12 fois", "Il vit seul, avec son conjoint", "gardez-le pour vous et pour lui", "près de chez lui"},
			[]string{"vit chez elle", "Elle reçoit", "Elle vit seule", "pour vous et pour elle", "près de chez elle"}},
		{"femme", `"sex":"female",`,
			[]string{"vit chez elle", "Elle reçoit l'ASPA, ou 12 fois", "Elle vit seule, avec son conjoint", "pour vous et pour elle", "près de chez elle"},
			[]string{"vit chez lui", "Il reçoit", "près de chez lui"}},
		{"pas dit", ``,
			[]string{"La personne reçoit l'ASPA, ou 12 fois", "La personne vit seule, avec son conjoint", "près de chez la personne"},
			[]string{"Il reçoit", "Elle reçoit", "Elle vit seule", "près de chez lui", "près de chez elle"}},
	} {
		s := mustParse(t, `{"person":{`+c.sex+base+`},"needs":["household_help"]}`)
		p := g.Evaluate(s, d)
		js, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		for i, out := range []string{p.Text(TextOptions{Width: 1000, Full: true, Conditions: true}), p.Markdown(TextOptions{Full: true, Conditions: true}), string(js)} {
			out = strings.ReplaceAll(out, `\u0026#39;`, "'")
			for _, w := range c.want {
				if i == 2 && (strings.HasPrefix(w, "vit ") || strings.HasPrefix(w, "gardez") || strings.HasPrefix(w, "pour vous")) {
					continue // the summary and the introduction are in the renderings only
				}
				if !strings.Contains(out, w) {
					t.Errorf("%s: %q missing", c.name, w)
				}
			}
			for _, w := range c.notWant {
				if strings.Contains(out, w) {
					t.Errorf("%s: %q present", c.name, w)
				}
			}
			if i < 2 && rules.HasForms(out) {
				t.Errorf("%s: forms left in braces", c.name)
			}
		}
	}
}
