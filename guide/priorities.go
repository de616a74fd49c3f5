package guide

import "aidants/rules"

// openers are the aids whose request opens the others: the APA decision is asked by the
// caregivers' leave and AJPA, the respite and relay rights, the CMI and the employer
// exemption (catalogue After links); the APA d'urgence comes first when the situation is
// urgent (CASF art. L232-12).
var openers = []string{"apa-urgence", "apa-domicile", "apa-etablissement"}

// Priorities is the order in which the plan is read to the family: first the aid that
// opens the others (the APA d'urgence when urgent; the APA request when the person is
// likely GIR 1 to 4 and does not receive it yet), then what the family asked for, then
// the rest in the plan's order. Only the aids to do or to check are listed (eligible or
// to check); an opener to check is listed because its request is the first step.
func (p *Plan) Priorities() []Item {
	s := p.Situation
	var first, asked, rest []Item
	done := map[string]bool{}
	noAPA := s == nil || s.Person.ReceivesAPA == nil || !*s.Person.ReceivesAPA
	gir := 0
	if s != nil {
		gir, _, _ = rules.EffectiveGIR(s)
	}
	for _, id := range openers {
		it := p.item(id)
		if it == nil || !actionable(it.Status) || !noAPA {
			continue
		}
		if id == "apa-urgence" && !it.Urgent {
			continue
		}
		if id != "apa-urgence" && (gir < 1 || gir > 4) && it.Status != rules.StatusEligible {
			continue
		}
		first = append(first, *it)
		done[id] = true
	}
	for _, it := range p.Items {
		if done[it.ID] || !actionable(it.Status) {
			continue
		}
		if it.relevant == rules.Yes {
			asked = append(asked, it)
		} else {
			rest = append(rest, it)
		}
	}
	return append(append(first, asked...), rest...)
}

func (p *Plan) item(id string) *Item {
	for i := range p.Items {
		if p.Items[i].ID == id {
			return &p.Items[i]
		}
	}
	return nil
}
