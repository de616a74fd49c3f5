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
	// NoText: the caller reads only the decisions — statuses, missing facts, amounts,
	// urgency and relevance, as `aidants lot` prints them — so the conditions get no label,
	// value seen or basis and the items no notes: the words are not built. The decisions
	// are the same as with the words (TestNoTextSameDecisions).
	NoText  bool
	f       facts
	out     []ItemResult
	conds   []Condition
	amounts []*Quantity
	notes   []string
	missing []string
}

// Evaluate is rules.Evaluate with reused memory.
func (ev *Evaluator) Evaluate(s *Situation, p *Params, d time.Time) []ItemResult {
	ev.f = facts{s: s, p: p, d: d, noText: ev.NoText}
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
		*r = ItemResult{Entry: e, Relevant: e.relevance(f), Urgent: e.urgency(f), noText: ev.NoText}
		r.Conditions, r.Amounts, r.Notes, r.Missing = conds[len(conds):], amounts[len(amounts):], notes[len(notes):], missing[len(missing):]
		for _, c := range e.checks {
			if c.applies(f) {
				r.Conditions = append(r.Conditions, f.check(c))
			}
		}
		if e.rule != nil {
			e.rule(f, r)
		}
		r.finish(f)
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
	if status == StatusNotEligible || status == StatusEligible {
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
