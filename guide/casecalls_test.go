package guide

import (
	"strings"
	"testing"
)

// play answers the questions the case asks, in its order, from what the caller said
// (fact → answer); a question whose fact was not said gets « je ne sais pas ». It returns
// the facts asked, in order.
func play(t *testing.T, c *Case, said map[string]string) []string {
	t.Helper()
	var asked []string
	for i := 0; i < 60; i++ {
		q, ok := c.Next()
		if !ok {
			return asked
		}
		asked = append(asked, q.Fact)
		v, ok := said[q.Fact]
		if !ok {
			v = Unknown
		}
		if err := c.Answer(q.Fact, v); err != nil {
			t.Fatalf("%s = %q: %v", q.Fact, v, err)
		}
	}
	t.Fatal("the questionnaire does not end")
	return nil
}

func TestCaseCallsExplore(t *testing.T) {
	g := testGuide(t)
	for name, said := range CallScripts {
		c := g.NewCase(nil, testDay)
		asked := play(t, c, said)
		t.Logf("%s: %d questions: %s", name, len(asked), strings.Join(asked, " "))
	}
}

// Every question, the AGGIR ones included, has a short label for the answers list and a
// field it writes (a question without it would be unanswerable).
func TestEveryQuestionHasAField(t *testing.T) {
	for _, q := range AllQuestions() {
		if ShortLabel(q) == "" || ShortLabel(q) == q.Text {
			t.Errorf("%s : pas de libellé court", q.Fact)
		}
		if _, ok := aggirName(q.Fact); !ok && field(q.Fact) == nil {
			t.Errorf("%s : pas de ligne dans rules.Fields", q.Fact)
		}
	}
}
