package tui

import (
	"encoding/json"

	"aidants/guide"
	"aidants/rules"
)

// Answers are read and written by the case controller (guide.Case, guide/answers.go);
// these are the short names the screens use.

const (
	valUnknown = guide.Unknown
	valNone    = guide.NoneOfThese
)

func known(s *rules.Situation, fact string) bool { return guide.Known(s, fact) }

func display(s *rules.Situation, q guide.Question, asked bool) string {
	return guide.Pronoun(guide.DisplayAnswer(s, q, asked), s.Person.Sex != nil && *s.Person.Sex == "male")
}

func shortLabel(q guide.Question) string { return guide.ShortLabel(q) }

func rawValue(s *rules.Situation, q guide.Question) string { return guide.RawAnswer(s, q) }

func multiValue(s *rules.Situation, q guide.Question) []string { return guide.MultiAnswer(s, q) }

// cloneSituation deep-copies a situation (for work done off the update loop).
func cloneSituation(s *rules.Situation) *rules.Situation {
	b, err := json.Marshal(s)
	if err != nil {
		return &rules.Situation{}
	}
	var c rules.Situation
	if err := json.Unmarshal(b, &c); err != nil {
		return &rules.Situation{}
	}
	c.Person.Territory = s.Person.Territory // derived, not in the JSON
	return &c
}

// questionIndex returns the index of a fact's question in guide.Questions, or -1.
func questionIndex(fact string) int {
	for i, q := range guide.Questions {
		if q.Fact == fact {
			return i
		}
	}
	return -1
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// shown reports whether a question can still matter.
func shown(q guide.Question, s *rules.Situation) bool {
	return q.Shown == nil || q.Shown(s)
}
