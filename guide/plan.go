package guide

import (
	"sort"
	"time"

	"aidants/content"
	"aidants/rules"
)

// Plan is the action plan for a situation at a date (DESIGN "Plan (output JSON)").
type Plan struct {
	Date          string           `json:"date"`
	GIR           *PlanGIR         `json:"gir"`
	Items         []Item           `json:"items"`
	Missing       []string         `json:"missing"`
	NextQuestions []NextQ          `json:"next_questions"`
	Freshness     Freshness        `json:"freshness"`
	Department    string           `json:"department,omitempty"`
	Commune       string           `json:"commune,omitempty"`
	When          time.Time        `json:"-"`
	Situation     *rules.Situation `json:"-"`
	guide         *Guide           // the guide that built it: letters, sources, names
}

// PlanGIR is the GIR used, and whether it is an estimate from the AGGIR answers.
type PlanGIR struct {
	Value     int    `json:"value"`
	Estimated bool   `json:"estimated"`
	Rank      int    `json:"rank,omitempty"`
	Group     string `json:"group,omitempty"`
}

// Freshness says whether the figures may be out of date at the plan's date.
type Freshness struct {
	UpToDate    bool     `json:"up_to_date"`
	NewestData  string   `json:"newest_data"`
	StaleParams []string `json:"stale_parameters,omitempty"`
	Message     string   `json:"message,omitempty"`
}

// Item is one aid or démarche in the plan.
type Item struct {
	ID         string            `json:"id"`
	Title      string            `json:"title"`
	For        string            `json:"for"`
	Status     rules.Status      `json:"status"`
	Urgent     bool              `json:"urgent,omitempty"`
	Conditions []rules.Condition `json:"conditions"`
	Missing    []string          `json:"missing"`
	Amounts    []Amount          `json:"amounts"`
	Steps      []Step            `json:"steps"`
	Notes      []string          `json:"notes,omitempty"`
	Contacts   []Contact         `json:"contacts,omitempty"`
	Letters    []string          `json:"letters,omitempty"`
	Fiche      string            `json:"fiche"`
	Summary    string            `json:"summary,omitempty"`
	relevant   rules.Tri
}

// Amount is a dated figure. Cents is set for money; other figures (days, rates, hours)
// have Cents null and their value in Text with Unit.
type Amount struct {
	Label      string `json:"label"`
	Cents      *int64 `json:"cents"`
	Text       string `json:"text"`
	Unit       string `json:"unit"`
	AsOf       string `json:"as_of"`
	Confidence string `json:"confidence"`
	Source     string `json:"source,omitempty"`
	Note       string `json:"note,omitempty"`
	// LastKnown is, for a figure not confirmed at the date, the newest confirmed one in
	// French (« 17 173 € ») and LastKnownAsOf its date (AAAA-MM-JJ); the renderings show it
	// and say once, under the amounts, that it is not confirmed.
	LastKnown     string `json:"-"`
	LastKnownAsOf string `json:"-"`
}

// Step is one thing to do, in order.
type Step struct {
	Order     int      `json:"order"`
	Text      string   `json:"text"`
	Where     string   `json:"where,omitempty"`
	Deadline  string   `json:"deadline,omitempty"`
	Documents []string `json:"documents,omitempty"`
}

// Contact is a local or national contact for an item.
type Contact struct {
	Name    string `json:"name"`
	Role    string `json:"role,omitempty"`
	Phone   string `json:"phone,omitempty"`
	Address string `json:"address,omitempty"`
	Hours   string `json:"hours,omitempty"`
	Web     string `json:"web,omitempty"`
	Email   string `json:"email,omitempty"`
	Checked string `json:"checked,omitempty"`
	Scope   string `json:"scope,omitempty"` // commune, département or national: where the contact serves
}

// NextQ is a question whose answer would settle the most items.
type NextQ struct {
	Fact     string `json:"fact"`
	Question string `json:"question"`
	Settles  int    `json:"settles"`
}

// Guide evaluates situations with a content set (parameters, fiches, directory).
type Guide struct {
	Content   *content.Set
	Directory *content.Directory // embedded directory plus the user's own files
}

// New returns a guide on a content set.
func New(c *content.Set) *Guide { return &Guide{Content: c, Directory: c.Directory} }

// DateFormat is the date format of the command line and the JSON: AAAA-MM-JJ.
const DateFormat = "2006-01-02"

// Evaluate turns a situation at a day into an ordered action plan.
func (g *Guide) Evaluate(s *rules.Situation, d time.Time) *Plan {
	d = time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
	if s.Person.Commune != nil && s.Person.Territory == "" {
		_ = DerivePlace(s) // a situation that did not come through ParseSituation
	}
	res := rules.Evaluate(s, g.Content.Params, d)
	p := &Plan{Date: d.Format(DateFormat), When: d, Situation: s, Items: make([]Item, len(res)), guide: g}
	if gir, est, gr := rules.EffectiveGIR(s); gir != 0 {
		p.GIR = &PlanGIR{Value: gir, Estimated: est}
		if est {
			p.GIR.Rank, p.GIR.Group = gr.Rank, gr.Group
		}
	}
	if s.Person.Department != nil {
		p.Department = *s.Person.Department
	}
	if s.Person.Commune != nil {
		p.Commune = *s.Person.Commune
	}
	for i := range res {
		p.Items[i] = g.item(&res[i], s, p.Department, d)
	}
	order(p.Items, res)
	p.Missing, p.NextQuestions = nextQuestions(p.Items, s)
	p.Freshness = g.freshness(d)
	return p
}

func (g *Guide) item(r *rules.ItemResult, s *rules.Situation, dep string, d time.Time) Item {
	e := r.Entry
	it := Item{ID: e.ID, Title: e.Title, For: e.For, Status: r.Status, Urgent: r.Urgent && r.Status != rules.StatusNotEligible,
		Conditions: r.Conditions, Missing: r.Missing, Notes: r.Notes, Fiche: e.ID, relevant: r.Relevant}
	for i, n := range it.Notes { // this evaluation's own slice
		it.Notes[i] = rules.WordsFor(n, s)
	}
	if it.Conditions == nil {
		it.Conditions = []rules.Condition{}
	}
	if it.Missing == nil {
		it.Missing = []string{}
	}
	it.Amounts = make([]Amount, 0, len(r.Amounts))
	for _, q := range r.Amounts {
		it.Amounts = append(it.Amounts, AmountOf(*q))
	}
	it.Steps = []Step{}
	if f, ok := g.Content.Fiches[e.ID]; ok {
		it.Summary = content.ResolveAmounts(f.Summary, g.Content.Params, d)
		for _, st := range f.Steps {
			if !stepApplies(st, s) {
				continue
			}
			say := func(x string) string { return rules.WordsFor(content.ResolveAmounts(x, g.Content.Params, d), s) }
			docs := resolveAll(st.Documents, g, d)
			for i := range docs {
				docs[i] = rules.WordsFor(docs[i], s)
			}
			it.Steps = append(it.Steps, Step{Order: len(it.Steps) + 1, Text: say(st.Text), Where: say(st.Where), Deadline: say(st.Deadline), Documents: docs})
		}
	}
	it.Contacts = g.contactsFor(e.ID, s)
	for _, id := range g.Content.LetterIDs {
		for _, target := range g.Content.Letters[id].Items {
			if target == e.ID {
				it.Letters = append(it.Letters, id)
			}
		}
	}
	return it
}

// stepApplies keeps a step whose OnlyIf facts are all true and no SkipIf fact is true.
func stepApplies(st content.Step, s *rules.Situation) bool {
	for _, f := range st.OnlyIf {
		if rules.BoolFact(s, f) != rules.Yes {
			return false
		}
	}
	for _, f := range st.SkipIf {
		if rules.BoolFact(s, f) == rules.Yes {
			return false
		}
	}
	return true
}

// AmountOf converts a rules quantity to the plan's amount.
func AmountOf(q rules.Quantity) Amount {
	a := Amount{Label: q.Label, Text: q.Format(), Unit: string(q.Unit), Confidence: string(q.Confidence), Source: q.Source, Note: q.Note}
	if !q.AsOf.IsZero() {
		a.AsOf = q.AsOf.Format(DateFormat)
	}
	if q.Found && q.Unit == rules.UnitEuros {
		c := q.Num
		a.Cents = &c
	}
	if !q.Found && q.LastKnown != nil {
		a.Note = "Dernier montant confirmé : " + q.LastKnown.Format() + " au " + rules.FrenchDate(q.LastKnown.AsOf) + "."
		if q.LastKnown.Found {
			a.LastKnown = q.LastKnown.Format()
			if !q.LastKnown.AsOf.IsZero() {
				a.LastKnownAsOf = q.LastKnown.AsOf.Format(DateFormat)
			}
		}
	}
	return a
}

// statusRank orders statuses: what to do first.
func statusRank(s rules.Status) int {
	switch s {
	case rules.StatusEligible:
		return 0
	case rules.StatusToCheck:
		return 1
	case rules.StatusInfo:
		return 2
	}
	return 3
}

// order sorts items: urgent first, then eligible, to check, information, not eligible;
// within a status, items the family asked for before those they said they do not need;
// then the catalogue order. An item never comes before an active item it depends on
// (the APA request before the congé de proche aidant, the congé before the AJPA).
func order(items []Item, res []rules.ItemResult) {
	rank := make(map[string]int, len(items))
	for i := range items {
		it := &items[i]
		r := 0
		if !it.Urgent {
			r += 100000
		}
		r += statusRank(it.Status) * 10000
		if it.relevant == rules.No && it.Status != rules.StatusNotEligible {
			r += 5000
		}
		r += rules.CatalogueIndex(it.ID) * 10
		for _, dep := range res[i].Entry.After {
			if dr, ok := rank[dep]; ok && actionable(items[indexOf(items, dep)].Status) && dr >= r {
				r = dr + 1
			}
		}
		rank[it.ID] = r
	}
	sort.SliceStable(items, func(i, j int) bool { return rank[items[i].ID] < rank[items[j].ID] })
}

func indexOf(items []Item, id string) int {
	for i := range items {
		if items[i].ID == id {
			return i
		}
	}
	return -1
}

// nextQuestions ranks the unknown facts by the number of items they would settle, most
// useful first, ties broken by the questionnaire's order.
func nextQuestions(items []Item, s *rules.Situation) ([]string, []NextQ) {
	count := map[string]int{}
	for _, it := range items {
		for _, m := range it.Missing {
			count[m]++
		}
	}
	facts := make([]string, 0, len(count))
	for f := range count {
		facts = append(facts, f)
	}
	sort.Slice(facts, func(i, j int) bool {
		if count[facts[i]] != count[facts[j]] {
			return count[facts[i]] > count[facts[j]]
		}
		return questionIndex(facts[i]) < questionIndex(facts[j])
	})
	qs := make([]NextQ, 0, len(facts))
	male := s != nil && s.Person.Sex != nil && *s.Person.Sex == "male"
	for _, f := range facts {
		q, ok := QuestionFor(f)
		if !ok || (q.Shown != nil && !q.Shown(s)) {
			continue
		}
		qs = append(qs, NextQ{Fact: f, Question: Pronoun(q.Text, male), Settles: count[f]})
	}
	return facts, qs
}

func (g *Guide) freshness(d time.Time) Freshness {
	ps := g.Content.Params
	f := Freshness{UpToDate: true, NewestData: ps.Newest().Format(DateFormat)}
	stale := ps.StaleOn(d)
	if len(stale) == 0 {
		return f
	}
	f.UpToDate = false
	for _, p := range stale {
		f.StaleParams = append(f.StaleParams, p.ID)
	}
	f.Message = "Montants à confirmer : dernière mise à jour le " + rules.FrenchDate(ps.Newest()) + ". Certains montants ont pu être revalorisés depuis."
	return f
}

// actionable reports whether an item is a démarche to do: eligible or to check.
func actionable(status rules.Status) bool {
	return status == rules.StatusEligible || status == rules.StatusToCheck
}

func resolveAll(xs []string, g *Guide, d time.Time) []string {
	if len(xs) == 0 {
		return nil
	}
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = content.ResolveAmounts(x, g.Content.Params, d)
	}
	return out
}

// UnconfirmedNote says once, under a list of amounts, that the figures shown as « dernier
// montant connu » are not confirmed at the date (« Montants non confirmés au 1er janvier
// 2026 : ce sont les derniers montants connus. »); "" when every figure is confirmed.
func UnconfirmedNote(amounts []Amount) string {
	n, asOf, same := 0, "", true
	for _, a := range amounts {
		if a.LastKnown == "" {
			continue
		}
		if n == 0 {
			asOf = a.AsOf
		} else if a.AsOf != asOf {
			same = false
		}
		n++
	}
	if n == 0 {
		return ""
	}
	when := ""
	if same && asOf != "" {
		when = " au " + frenchISO(asOf)
	}
	if n == 1 {
		return "Montant non confirmé" + when + " : le chiffre donné est le dernier montant connu."
	}
	return "Montants non confirmés" + when + " : les chiffres donnés sont les derniers montants connus."
}

// LastKnownWhen is the date column of a figure shown by its last known value:
// « dernier montant connu, au 1er janvier 2025 ».
func LastKnownWhen(a Amount) string {
	if a.LastKnownAsOf == "" {
		return "dernier montant connu"
	}
	return "dernier montant connu, au " + frenchISO(a.LastKnownAsOf)
}
