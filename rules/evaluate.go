package rules

import (
	"time"
)

// Evaluate evaluates every catalogue item for a situation at day d, in catalogue order.
// It never fails: unknown facts give unknown conditions.
func Evaluate(s *Situation, p *Params, d time.Time) []ItemResult {
	var ev Evaluator
	return ev.Evaluate(s, p, d)
}

// Evaluator evaluates situations one after the other reusing its memory: the results of
// a call are valid until the next call. A batch worker keeps one; it is not safe for
// concurrent use.
type Evaluator struct {
	// Compact: the caller reads only what `aidants lot` prints — each item's status and
	// missing facts, and the amounts of the items eligible or to check. So the words are
	// not built (conditions get no label, value seen or basis; items no notes), an item
	// stops at its first failing condition when it is not eligible (no rule, relevance or
	// urgency: it has no amounts), and the rule, which only adds amounts and notes, runs
	// only for the items eligible or to check. Statuses and missing facts are those of the
	// full evaluation, and so are the conditions and amounts of the items eligible or to
	// check (TestCompactSameDecisions).
	Compact bool
	// NoWords: the words are not built (conditions get no label, value seen or basis;
	// items no notes); everything else is the full evaluation — statuses, conditions'
	// results and facts, missing facts, amounts, relevance, urgency
	// (TestNoWordsSameDecisions). Compact implies it.
	NoWords bool
	f       facts
	out     []ItemResult
	conds   []Condition
	amounts []*Quantity
	notes   []string
	missing []string
}

// Evaluate is rules.Evaluate with reused memory.
func (ev *Evaluator) Evaluate(s *Situation, p *Params, d time.Time) []ItemResult {
	ev.f = facts{s: s, p: p, d: d, noText: ev.Compact || ev.NoWords, lists: ev.f.lists[:0], figures: ev.f.figures[:0]}
	ev.f.init()
	f := &ev.f
	if ev.out == nil {
		ev.out = make([]ItemResult, len(Catalogue))
		// one backing array for all conditions, amounts and notes of the plan: each item
		// appends into the free tail, then its slice is capped so the next item cannot
		// overwrite it
		ev.conds = make([]Condition, 0, 2*len(Catalogue)+16)
		ev.amounts = make([]*Quantity, 0, len(Catalogue)+16)
		ev.notes = make([]string, 0, len(Catalogue)/2)
		ev.missing = make([]string, 0, 2*len(Catalogue))
	}
	out := ev.out
	conds, amounts, notes, missing := ev.conds[:0], ev.amounts[:0], ev.notes[:0], ev.missing[:0]
	for i, e := range Catalogue {
		r := &out[i]
		if ev.Compact {
			*r = ItemResult{Entry: e, Relevant: Unknown, noText: true}
		} else {
			*r = ItemResult{Entry: e, Relevant: e.relevance(f), Urgent: e.urgency(f), noText: ev.NoWords}
		}
		r.Conditions, r.Amounts, r.Notes, r.Missing = conds[len(conds):], amounts[len(amounts):], notes[len(notes):], missing[len(missing):]
		if ev.Compact {
			r.compact(f)
		} else {
			for _, c := range e.checks {
				if c.applies(f) {
					r.Conditions = append(r.Conditions, f.check(c))
				}
			}
			if e.rule != nil {
				e.rule(f, r)
			}
			r.finish(f)
		}
		conds = advance(conds, r.Conditions)
		amounts = advance(amounts, r.Amounts)
		notes = advance(notes, r.Notes)
		missing = advance(missing, r.Missing)
		r.Conditions = capped(r.Conditions)
		r.Amounts = capped(r.Amounts)
		r.Notes = capped(r.Notes)
		r.Missing = capped(r.Missing)
	}
	return out
}

// compact evaluates an item for Evaluator.Compact: the checks until one fails (an item
// not eligible needs nothing else), the relevance of a service (its status depends on
// it), the status and missing facts, then the rule for the amounts of an item eligible or
// to check. Rules only add amounts and notes, so running the rule after finish changes
// nothing of the rest.
func (r *ItemResult) compact(f *facts) {
	e := r.Entry
	for _, c := range e.checks {
		if !c.applies(f) {
			continue
		}
		r.Conditions = append(r.Conditions, f.check(c))
		if !e.Info && r.Conditions[len(r.Conditions)-1].Result == No {
			r.Status = StatusNotEligible
			return
		}
	}
	if e.Service {
		r.Relevant = e.relevance(f)
	}
	r.finish(f)
	if e.rule != nil && (r.Status == StatusEligible || r.Status == StatusToCheck) {
		e.rule(f, r)
	}
}

// capped caps a slice at its length (nil when empty) so that appending to it never writes
// into memory that belongs to another item.
func capped[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return xs[:len(xs):len(xs)]
}

// advance moves the free tail of a slab past what an item appended, when the item's slice
// still lives in the slab, and caps the item's slice so nothing else writes into it.
func advance[T any](slab, used []T) []T {
	if cap(used) == cap(slab)-len(slab) { // same backing array, not reallocated
		return slab[:len(slab)+len(used)]
	}
	return slab
}

// EffectiveGIR returns the GIR the rules use, whether it was estimated from the AGGIR
// answers, and the AGGIR result when it was.
func EffectiveGIR(s *Situation) (gir int, estimated bool, res GIRResult) {
	f := newFacts(s, nil, time.Time{})
	return f.gir, f.girEstimated, f.girResult
}

// finish sets the status from the conditions and collects the missing facts. The status
// does not depend on the order of the conditions: any failing condition of the law makes
// the item not eligible; otherwise a service the family does not need, or has not been
// asked about, is information; otherwise any unknown condition makes it to check.
func (r *ItemResult) finish(f *facts) {
	status := StatusEligible
	for i := range r.Conditions {
		c := &r.Conditions[i]
		if c.Result == No {
			status = StatusNotEligible
			break
		}
		if c.Result == Unknown {
			status = StatusToCheck
		}
	}
	if r.Entry.Service {
		r.add(f.needCond(r.Entry, r.Relevant))
		if status != StatusNotEligible {
			switch r.Relevant {
			case No: // not needed: information, not a refusal
				status = StatusInfo
				if r.Entry.NeedLabel == "" {
					r.note("La famille n'en a pas exprimé le besoin : à proposer si la situation change.")
				}
			case Unknown:
				// a service nobody has asked about yet is information, not a check: the plan's
				// checks stay the real ones, and the needs question still comes up (missing facts)
				status = StatusInfo
			}
		}
	}
	if r.Entry.Info {
		status = StatusInfo
	}
	r.Status = status
	if status == StatusNotEligible {
		return
	}
	if status == StatusEligible {
		r.refine(f)
		return
	}
	for i := range r.Conditions {
		c := &r.Conditions[i]
		if c.Result != Unknown {
			continue
		}
		// the declared facts of the check come with their rows of the fact table
		var fields []*Field
		if k := c.check; k != nil && len(c.Facts) > 0 && len(k.paths) == len(c.Facts) && &k.paths[0] == &c.Facts[0] {
			fields = k.fields
		}
		for j, fact := range c.Facts {
			var known bool
			if fields != nil {
				known = fields[j] != nil && fields[j].Known(f.s)
			} else {
				known = f.known(fact)
			}
			if known {
				continue // an alternative settled by another, still unknown, fact
			}
			dup := false
			for _, m := range r.Missing {
				dup = dup || m == fact
			}
			if !dup {
				r.Missing = append(r.Missing, fact)
			}
		}
	}
	if status == StatusToCheck {
		r.refine(f)
	}
}

func (r *ItemResult) add(cs ...Condition) { r.Conditions = append(r.Conditions, cs...) }

func (r *ItemResult) note(s string) {
	if !r.noText {
		r.Notes = append(r.Notes, s)
	}
}

func (r *ItemResult) amount(q ...*Quantity) {
	r.Amounts = append(r.Amounts, q...)
}
