package tui

import (
	"encoding/json"

	"aidants/guide"
	"aidants/rules"
)

// Answers are read and written by the case controller (guide.Case, guide/answers.go);
// these are the short names the screens use.

func known(s *rules.Situation, fact string) bool { return guide.Known(s, fact) }

func shortLabel(q guide.Question) string { return guide.ShortLabel(q) }

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
