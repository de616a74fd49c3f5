package guide

import (
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
