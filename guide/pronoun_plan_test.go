package guide

import (
	"strings"
	"testing"

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
