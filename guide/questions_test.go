package guide

import (
	"regexp"
	"strings"
	"testing"

	"aidants/rules"
)

// noQuestion are the rows of the fact table asked otherwise than by a question of their
// own: the AGGIR grid is filled through the GIR question ("l'estimer"), the commune through
// the place question, which takes a commune or a département (ResolvePlace).
var noQuestion = map[rules.FactID]bool{rules.FactAGGIR: true, rules.FactCommune: true}

// Every row of the fact table is asked by one question (or listed in noQuestion), and every
// question's options are the table's choices.
func TestQuestionsFollowTheFactTable(t *testing.T) {
	asked := map[string]int{}
	for _, q := range Questions {
		asked[q.Fact]++
		fd := rules.FieldOf(rules.FactID(q.Fact))
		if fd == nil {
			t.Errorf("%s: no row in rules.Fields", q.Fact)
			continue
		}
		if q.Kind == KindChoice || q.Kind == KindMulti {
			if len(q.Options) != len(fd.Choices) {
				t.Errorf("%s: %d options, %d choices", q.Fact, len(q.Options), len(fd.Choices))
			}
		}
	}
	for _, fd := range rules.Fields {
		n := asked[string(fd.ID)]
		if n > 1 || (n == 0 && !noQuestion[fd.ID]) {
			t.Errorf("%s: asked by %d questions", fd.ID, n)
		}
	}
}

// Every question, help and answer reads right for a man: the words « elle » stood for are
// turned, and a sentence whose subject is « la personne » or « la PCH » keeps « elle ».
func TestQuestionsReadRightForAMan(t *testing.T) {
	male := "male"
	c := testGuide(t).NewCase(&rules.Situation{Person: rules.Person{Sex: &male}}, testDay)
	bad := regexp.MustCompile(`il-même|La personne emploie-t-il|Seule,|est-il une femme|Il ne se cumule|Il donne les contacts|il ou il|\belle\b`)
	for _, q := range AllQuestions() {
		texts := []string{c.Text(q), c.Words(q.Help)}
		for _, o := range c.Choices(q) {
			texts = append(texts, o.Label)
		}
		for _, s := range texts {
			if b := bad.FindString(s); b != "" && !strings.Contains(s, "La personne") {
				t.Errorf("%s : %q contient « %s »", q.Fact, s, b)
			}
		}
	}
	q, _ := QuestionFor("person.employs_home_help")
	if got := c.Text(q); !strings.HasPrefix(got, "Emploie-t-il lui-même quelqu'un chez lui") {
		t.Errorf("emploi direct : %q", got)
	}
}
