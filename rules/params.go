package rules

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Confidence says how sure a figure is.
type Confidence string

const (
	Official  Confidence = "officiel"   // official source
	Secondary Confidence = "secondaire" // specialised press, federation, commercial site
	Computed  Confidence = "calculé"    // computed from an official rule and base
	NotFound  Confidence = "non trouvé" // current figure not found
)

// rank orders confidences from strongest to weakest.
func (c Confidence) rank() int {
	switch c {
	case Official:
		return 0
	case Secondary:
		return 1
	case Computed:
		return 2
	}
	return 3
}

// Weakest returns the least sure of two confidences.
func Weakest(a, b Confidence) Confidence {
	if a.rank() >= b.rank() {
		return a
	}
	return b
}

// Valid reports whether c is one of the four known confidences.
func (c Confidence) Valid() bool {
	return c == Official || c == Secondary || c == Computed || c == NotFound
}

// Unit says how a parameter's value is scaled and printed.
type Unit string

const (
	UnitEuros       Unit = "euros"       // value in cents
	UnitCoefficient Unit = "coefficient" // value × 10 000
	UnitRate        Unit = "taux"        // percent × 100 (basis points)
	UnitCount       Unit = "nombre"      // integer
	UnitHours       Unit = "heures"      // integer
	UnitDays        Unit = "jours"       // integer
	UnitDate        Unit = "date"        // Text holds AAAA-MM-JJ
	UnitList        Unit = "liste"       // Text holds comma-separated codes (e.g. départements)
)

// Scale is the number of decimals the unit keeps.
func (u Unit) Scale() (int, bool) {
	switch u {
	case UnitEuros, UnitRate:
		return 2, true
	case UnitCoefficient:
		return 4, true
	case UnitCount, UnitHours, UnitDays:
		return 0, true
	case UnitDate, UnitList:
		return 0, true
	}
	return 0, false
}

// Revision says when a figure is normally revalued, to tell when it may be stale.
type Revision string

const (
	RevJanuary Revision = "janvier"
	RevApril   Revision = "avril"
	RevFixed   Revision = "fixe"
)

// Value is one dated value of a parameter.
type Value struct {
	From       time.Time
	Num        int64 // scaled by the unit; meaningless when Found is false
	Text       string
	Found      bool // false when the figure was not found
	Confidence Confidence
	Source     string
	Note       string
}

// Param is a dated parameter: its values over time, each with its source and confidence.
type Param struct {
	ID       string
	Label    string
	Unit     Unit
	Revision Revision
	Values   []Value // sorted by From
}

// At returns the value in force on day d, and false if none was yet in force.
func (p *Param) At(d time.Time) (Value, bool) {
	i := sort.Search(len(p.Values), func(i int) bool { return p.Values[i].From.After(d) })
	if i == 0 {
		return Value{}, false
	}
	return p.Values[i-1], true
}

// LastKnown returns the newest value that was found, on or before d.
func (p *Param) LastKnown(d time.Time) (Value, bool) {
	for i := len(p.Values) - 1; i >= 0; i-- {
		v := p.Values[i]
		if v.Found && !v.From.After(d) {
			return v, true
		}
	}
	return Value{}, false
}

// StaleFrom is the first day on which the newest value may have been replaced by a
// revaluation not yet in the data; the zero time for fixed parameters.
func (p *Param) StaleFrom() time.Time {
	if p.Revision == RevFixed || len(p.Values) == 0 {
		return time.Time{}
	}
	last := p.Values[len(p.Values)-1].From
	month := time.January
	if p.Revision == RevApril {
		month = time.April
	}
	next := time.Date(last.Year(), month, 1, 0, 0, 0, 0, time.UTC)
	if !next.After(last) {
		next = next.AddDate(1, 0, 0)
	}
	return next
}

// Params is the set of dated parameters the rules read. Build it with NewParams.
type Params struct {
	byID   map[string]*Param
	sorted []*Param
	// names are every named amount (parameters and derived amounts), each with its
	// position in the tables of dayAmounts
	names *nameIndex

	// Named amounts resolved once per day: evaluations at one date (a call, a batch) read an
	// immutable table without a lock. last is the day most recently asked, the common case;
	// days keeps the others (bounded).
	last atomic.Pointer[dayAmounts]
	mu   sync.Mutex
	days map[int64]*dayAmounts
}

// dayAmounts is every named amount at one day, by its position in Params.names (nil
// when the amount has no value that day). Built once, then only read.
type dayAmounts struct {
	day int64
	q   []*Quantity
	// the EHPAD experiment that day, and InExperiment for each code of its list
	exp   ExperimentPeriod
	expIn map[string]Tri
	// text is each amount in French (Quantity.Format); dates the amounts of unit date
	// found, parsed (zero otherwise)
	text  []string
	dates []time.Time
}

// get is the named amount id at that day, nil when unknown.
func (a *dayAmounts) get(names *nameIndex, id string) (*Quantity, int) {
	if i := names.find(id); i >= 0 {
		return a.q[i], i
	}
	return nil, -1
}

// maxDays bounds the per-day tables kept (a table is a few tens of KB).
const maxDays = 256

// amountsAt returns the table of named amounts at day d, resolving it on first use.
func (s *Params) amountsAt(d time.Time) *dayAmounts {
	day := d.Unix()
	if a := s.last.Load(); a != nil && a.day == day {
		return a
	}
	s.mu.Lock()
	a, ok := s.days[day]
	s.mu.Unlock()
	if !ok {
		a = s.resolve(d)
		s.mu.Lock()
		if b, ok := s.days[day]; ok {
			a = b // resolved meanwhile by another goroutine: keep one table
		} else {
			if len(s.days) >= maxDays {
				clear(s.days)
			}
			s.days[day] = a
		}
		s.mu.Unlock()
	}
	s.last.Store(a)
	return a
}

// resolve computes every named amount at day d.
func (s *Params) resolve(d time.Time) *dayAmounts {
	n := len(s.names.names)
	a := &dayAmounts{day: d.Unix(), q: make([]*Quantity, n), text: make([]string, n), dates: make([]time.Time, n)}
	for i, id := range s.names.names {
		q, ok := s.amount(id, d)
		if !ok {
			continue
		}
		a.q[i] = &q
		a.text[i] = q.Format()
		if q.Unit == UnitDate && q.Found {
			if t, err := time.Parse("2006-01-02", q.Text); err == nil {
				a.dates[i] = t
			}
		}
	}
	a.exp = s.experimentAt(d)
	a.expIn = experimentCodes(a.exp)
	return a
}

// NewParams checks and indexes parameters: unique ids, known units and confidences,
// values sorted by date, a source for every value.
func NewParams(ps []*Param) (*Params, error) {
	set := &Params{byID: make(map[string]*Param, len(ps)), days: map[int64]*dayAmounts{}}
	for _, p := range ps {
		if p.ID == "" {
			return nil, fmt.Errorf("paramètre sans identifiant")
		}
		if _, dup := set.byID[p.ID]; dup {
			return nil, fmt.Errorf("paramètre %q défini deux fois", p.ID)
		}
		if _, ok := p.Unit.Scale(); !ok {
			return nil, fmt.Errorf("paramètre %q : unité %q inconnue", p.ID, p.Unit)
		}
		if len(p.Values) == 0 {
			return nil, fmt.Errorf("paramètre %q : aucune valeur", p.ID)
		}
		for i, v := range p.Values {
			if !v.Confidence.Valid() {
				return nil, fmt.Errorf("paramètre %q : confiance %q inconnue", p.ID, v.Confidence)
			}
			if v.Source == "" {
				return nil, fmt.Errorf("paramètre %q : valeur du %s sans source", p.ID, v.From.Format("2006-01-02"))
			}
			if v.Found == (v.Confidence == NotFound) {
				return nil, fmt.Errorf("paramètre %q : une valeur « non trouvé » n'a pas de montant, et inversement", p.ID)
			}
			if i > 0 && !v.From.After(p.Values[i-1].From) {
				return nil, fmt.Errorf("paramètre %q : dates non croissantes", p.ID)
			}
		}
		set.byID[p.ID] = p
		set.sorted = append(set.sorted, p)
	}
	sort.Slice(set.sorted, func(i, j int) bool { return set.sorted[i].ID < set.sorted[j].ID })
	names := make([]string, 0, len(set.sorted)+len(derivedAmounts))
	for _, p := range set.sorted {
		names = append(names, p.ID)
	}
	for id := range derivedAmounts {
		if _, ok := set.byID[id]; !ok {
			names = append(names, id)
		}
	}
	sort.Strings(names[len(set.sorted):])
	set.names = newNameIndex(names, declaredAmountIDs()...)
	return set, nil
}

// declaredAmountIDs are the amount ids as the rules declare them (items' amounts, checks'
// parameters, derived amounts): the strings the rules pass, found by address (nameIndex).
func declaredAmountIDs() []string {
	var ids []string
	var walk func(cs []*Check)
	walk = func(cs []*Check) {
		for _, c := range cs {
			ids = append(ids, c.Params...)
			walk(c.Any)
		}
	}
	for _, e := range Catalogue {
		ids = append(ids, e.amounts...)
		walk(e.checks)
	}
	for id := range derivedAmounts {
		ids = append(ids, id)
	}
	return ids
}

// Get returns a parameter by id.
func (s *Params) Get(id string) (*Param, bool) {
	p, ok := s.byID[id]
	return p, ok
}

// All returns the parameters sorted by id.
func (s *Params) All() []*Param { return s.sorted }

// Newest is the most recent date any value applies from.
func (s *Params) Newest() time.Time {
	var n time.Time
	for _, p := range s.sorted {
		if f := p.Values[len(p.Values)-1].From; f.After(n) {
			n = f
		}
	}
	return n
}

// StaleOn lists the parameters whose newest value may be out of date on day d.
func (s *Params) StaleOn(d time.Time) []*Param {
	var out []*Param
	for _, p := range s.sorted {
		if !p.Values[len(p.Values)-1].Found {
			continue // already shown as "non trouvé": not a silent ageing
		}
		if sf := p.StaleFrom(); !sf.IsZero() && !d.Before(sf) {
			out = append(out, p)
		}
	}
	return out
}
