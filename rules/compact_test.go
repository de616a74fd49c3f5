package rules_test

import (
	"reflect"
	"testing"
	"time"

	"aidants/rules"

	"pgregory.net/rapid"
)

// A compact evaluation (Evaluator.Compact, as `aidants lot` runs it) decides what the full
// evaluation decides: the same status and missing facts for every item; for an item
// eligible or to check, the same conditions (results and facts), amounts and, for a
// service, relevance; for an item not eligible, the conditions of the full evaluation up
// to its first failing one. Labels, values seen, bases and notes are left out.
func TestCompactSameDecisions(t *testing.T) {
	againstFull(t, rules.Evaluator{Compact: true}, "in the compact evaluation", func(t *rapid.T, w, g *rules.ItemResult) {
		id := w.Entry.ID
		if g.Entry != w.Entry || g.Status != w.Status {
			t.Fatalf("%s: status %s in the compact evaluation, %s in the full one", id, g.Status, w.Status)
		}
		if !reflect.DeepEqual(g.Missing, w.Missing) {
			t.Fatalf("%s: missing %v in the compact evaluation, %v in the full one", id, g.Missing, w.Missing)
		}
		if len(g.Notes) != 0 {
			t.Fatalf("%s: notes %q in the compact evaluation", id, g.Notes)
		}
		if len(g.Conditions) > len(w.Conditions) {
			t.Fatalf("%s: %d conditions in the compact evaluation, %d in the full one", id, len(g.Conditions), len(w.Conditions))
		}
		for j := range g.Conditions {
			gc, wc := &g.Conditions[j], &w.Conditions[j]
			if gc.Result != wc.Result || gc.Check() != wc.Check() || !reflect.DeepEqual(gc.Facts, wc.Facts) {
				t.Fatalf("%s: condition %q: %s %v in the compact evaluation, %s %v in the full one", id, wc.Label, gc.Result, gc.Facts, wc.Result, wc.Facts)
			}
			if gc.Check() != nil && (gc.Label != "" || gc.Seen != "" || gc.Basis != "") {
				t.Fatalf("%s: condition %q has its words in the compact evaluation", id, gc.Label)
			}
		}
		if w.Status == rules.StatusNotEligible {
			if n := len(g.Conditions); n == 0 || g.Conditions[n-1].Result != rules.No {
				t.Fatalf("%s: not eligible, but the compact evaluation does not end on its failing condition", id)
			}
			return
		}
		if w.Status != rules.StatusEligible && w.Status != rules.StatusToCheck {
			return // information: no amount is printed
		}
		if len(g.Conditions) != len(w.Conditions) {
			t.Fatalf("%s: %d conditions in the compact evaluation, %d in the full one", id, len(g.Conditions), len(w.Conditions))
		}
		if w.Entry.Service && g.Relevant != w.Relevant {
			t.Fatalf("%s: relevance %v in the compact evaluation, %v in the full one", id, g.Relevant, w.Relevant)
		}
		sameAmounts(t, w, g, "in the compact evaluation")
	})
}

// An evaluation without the words (Evaluator.NoWords, as `aidants lot` runs it) decides
// exactly what the full evaluation decides: the same conditions with the same results and
// facts, the same statuses, missing facts, amounts, urgency and relevance. Only labels,
// values seen, bases and notes are left out.
func TestNoWordsSameDecisions(t *testing.T) {
	againstFull(t, rules.Evaluator{NoWords: true}, "without the words", func(t *rapid.T, w, g *rules.ItemResult) {
		if g.Entry != w.Entry || g.Status != w.Status || g.Urgent != w.Urgent || g.Relevant != w.Relevant {
			t.Fatalf("%s: status %s urgent %v relevant %v without the words, %s %v %v with", w.Entry.ID, g.Status, g.Urgent, g.Relevant, w.Status, w.Urgent, w.Relevant)
		}
		if !reflect.DeepEqual(g.Missing, w.Missing) {
			t.Fatalf("%s: missing %v without the words, %v with", w.Entry.ID, g.Missing, w.Missing)
		}
		sameAmounts(t, w, g, "without the words")
		if len(g.Conditions) != len(w.Conditions) {
			t.Fatalf("%s: %d conditions without the words, %d with", w.Entry.ID, len(g.Conditions), len(w.Conditions))
		}
		for j := range w.Conditions {
			gc, wc := &g.Conditions[j], &w.Conditions[j]
			if gc.Result != wc.Result || gc.Check() != wc.Check() || !reflect.DeepEqual(gc.Facts, wc.Facts) {
				t.Fatalf("%s: condition %q: %s %v without the words, %s %v with", w.Entry.ID, wc.Label, gc.Result, gc.Facts, wc.Result, wc.Facts)
			}
			if gc.Label != "" && gc.Check() != nil {
				t.Fatalf("%s: condition %q has its words in an evaluation without them", w.Entry.ID, gc.Label)
			}
		}
		if len(g.Notes) != 0 {
			t.Fatalf("%s: notes %q in an evaluation without the words", w.Entry.ID, g.Notes)
		}
	})
}

// evalDays are the dates the evaluations are compared at: both sides of the changes of
// 1 January, 1 July 2025 (EHPAD experiment) and 31 December 2026 (its end).
var evalDays = []struct{ y, m, d int }{{2025, 1, 1}, {2025, 6, 30}, {2025, 7, 1}, {2026, 6, 1}, {2026, 12, 31}, {2027, 1, 1}, {2028, 3, 1}}

// againstFull evaluates random situations at random dates with ev and with the full
// evaluator and calls compare on each pair of items (w from the full evaluation).
func againstFull(t *testing.T, ev rules.Evaluator, how string, compare func(t *rapid.T, w, g *rules.ItemResult)) {
	p := params(t)
	var full rules.Evaluator
	rapid.Check(t, func(t *rapid.T) {
		s := genAnySituation(t)
		dd := rapid.SampledFrom(evalDays).Draw(t, "day")
		d := day(dd.y, time.Month(dd.m), dd.d)
		want := full.Evaluate(s, p, d)
		got := ev.Evaluate(s, p, d)
		if len(got) != len(want) {
			t.Fatalf("%d items %s, %d in the full evaluation", len(got), how, len(want))
		}
		for i := range want {
			compare(t, &want[i], &got[i])
		}
	})
}

// sameAmounts fails unless g has w's amounts, equal field by field.
func sameAmounts(t *rapid.T, w, g *rules.ItemResult, how string) {
	if len(g.Amounts) != len(w.Amounts) {
		t.Fatalf("%s: %d amounts %s, %d in the full evaluation", w.Entry.ID, len(g.Amounts), how, len(w.Amounts))
	}
	for j := range w.Amounts {
		if !reflect.DeepEqual(*g.Amounts[j], *w.Amounts[j]) {
			t.Fatalf("%s: amount %+v %s, %+v in the full evaluation", w.Entry.ID, *g.Amounts[j], how, *w.Amounts[j])
		}
	}
}

// genAnySituation draws a situation over every row of the fact table, each field unknown
// one time in three, with the values at the boundaries of the rules more often.
func genAnySituation(t *rapid.T) *rules.Situation {
	s := &rules.Situation{}
	for _, fd := range rules.Fields {
		id := string(fd.ID)
		if rapid.IntRange(0, 2).Draw(t, id+"?") == 0 {
			continue
		}
		switch fd.Kind {
		case rules.FieldInt:
			if rapid.Bool().Draw(t, id+" boundary") {
				v := rapid.SampledFrom([]int{fd.Min, fd.Max, 50, 55, 60, 62, 64, 65, 66, 67, 70, 75, 76, 80}).Draw(t, id)
				fd.SetInt(s, max(fd.Min, min(fd.Max, v)))
			} else {
				fd.SetInt(s, rapid.IntRange(fd.Min, fd.Max).Draw(t, id))
			}
		case rules.FieldEuros:
			fd.SetEuros(s, rules.Euros(rapid.Int64Range(0, 600000).Draw(t, id)))
		case rules.FieldBool:
			fd.SetBool(s, rapid.Bool().Draw(t, id))
		case rules.FieldEnum:
			fd.SetString(s, rapid.SampledFrom(fd.Values()).Draw(t, id))
		case rules.FieldString:
			switch fd.ID {
			case rules.FactCommune:
				fd.SetString(s, rapid.SampledFrom([]string{"23096", "69123", "69029", "75056", "97411"}).Draw(t, id))
			default:
				fd.SetString(s, rapid.SampledFrom([]string{"23", "33", "69", "75", "93", "974", "2A"}).Draw(t, id))
			}
		case rules.FieldSet:
			vs := rapid.SliceOfNDistinct(rapid.SampledFrom(fd.Values()), 0, len(fd.Choices), rapid.ID[string]).Draw(t, id)
			fd.SetSet(s, vs)
		case rules.FieldAGGIR:
			a := rules.AGGIR{}
			for _, v := range rules.AGGIRVariables {
				if rapid.IntRange(0, 4).Draw(t, v+"?") > 0 {
					a[v] = rapid.SampledFrom([]string{"A", "B", "C"}).Draw(t, v)
				}
			}
			s.Person.AGGIR = &a
		}
	}
	if s.Person.Department != nil && *s.Person.Department == "69" {
		s.Person.Territory = rapid.SampledFrom([]string{"", "69", "69M"}).Draw(t, "territory")
	}
	return s
}
