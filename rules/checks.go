package rules

import "strconv"

// Declared conditions. Each condition of an item is a Check: data a jurist can read
// without a situation (what it tests, its legal basis, the facts it reads, the dated
// amounts it compares with, its alternatives, when it applies) and the function that
// decides it for a situation. The evaluation and the rule book (aidants regles) read the
// same declarations; a rule never patches a condition after it is built.

// Check is one declared condition of an item.
type Check struct {
	Label string   // plain French, what it tests exactly
	Basis string   // legal basis: "CASF art. L232-2"
	Facts []FactID // the situation fields it reads (those that settle it when unknown)
	// Params are the dated amounts it compares with (parameter ids), shown at the date.
	Params []string
	// Any are alternatives: the check is met when one of them is ("ou").
	Any []*Check
	// When says, in plain French, in which case the item has this condition ("" = always);
	// when decides it for a situation.
	When string
	when func(*facts) bool
	// Unsettled says why the guide may leave it unknown whatever the answers (a fact it
	// does not ask, a document to see): "" when the answers settle it.
	Unsettled string
	eval      func(*facts) verdict
	// paths are Facts as the conditions list them, interned once (see internCheckFacts),
	// and fields their rows of the fact table (nil for an id without a row).
	paths  []string
	fields []*Field
	// anyPaths, for a check with alternatives, is the list of facts of each set of unknown
	// alternatives (indexed by a bit mask), when every alternative gives its declared facts.
	anyPaths [][]string
	// forms are the label for each sex of the person and the caregiver (see words.go),
	// nil when the label has one form.
	forms []string
}

// verdict is a check decided for one situation: its result and the value seen. facts
// narrows, when unknown, the facts that would settle it (nil: the declared ones); label
// replaces the declared label when the situation words it more exactly (a ceiling in
// euros at the date, the single alternative left).
type verdict struct {
	r     Tri
	seen  string
	facts []FactID
	label string
	basis string // replaces the declared basis when the caregiver's status names one text
	// paths are the facts already interned (from Check.anyPaths); they win over facts
	paths []string
	// noFacts: unknown, but no answer of the guide settles it (a fact not asked).
	noFacts bool
}

// Single facts a verdict narrows its unknown to (shared: no allocation).
var (
	onlyResidence  = []FactID{FactResidence}
	onlyDepartment = []FactID{FactDepartment}
	onlyGIR        = []FactID{FactGIR}
	onlyEmployment = []FactID{FactEmployment}
)

// is is a verdict from a result and what was seen.
func is(r Tri, seen string) verdict { return verdict{r: r, seen: seen} }

func isTrue(b *bool) bool  { return b != nil && *b }
func isFalse(b *bool) bool { return b != nil && !*b }

// applies reports whether a check is a condition of the item for this situation.
func (c *Check) applies(f *facts) bool { return c.when == nil || c.when(f) }

// check decides a declared check for the situation.
func (f *facts) check(c *Check) Condition {
	var v verdict
	if c.eval == nil && c.anyPaths != nil {
		v = f.anyOfTable(c.Any, c.anyPaths)
	} else {
		v = c.decide(f)
	}
	if f.noText {
		cd := Condition{Result: v.r, check: c}
		if v.r == Unknown && !v.noFacts {
			cd.Facts = f.factPaths(c, &v)
		}
		return cd
	}
	label := c.Label
	if c.forms != nil {
		label = c.forms[f.sexIndex()]
	}
	if v.label != "" {
		label = f.words(v.label)
	}
	basis := c.Basis
	if v.basis != "" {
		basis = v.basis
	}
	cd := Condition{Label: label, Seen: f.words(v.seen), Result: v.r, Basis: basis, check: c}
	if v.r == Unknown && !v.noFacts {
		cd.Facts = f.factPaths(c, &v)
	}
	return cd
}

// factPaths is Check.factPaths, a list built for this situation being copied into the
// evaluation's own memory (see facts.lists) rather than allocated.
func (f *facts) factPaths(c *Check, v *verdict) []string {
	if v.paths == nil && v.facts != nil && len(v.facts) > 1 {
		return f.list(v.facts)
	}
	return c.factPaths(v)
}

// list copies facts into the evaluation's memory for lists of facts (facts.lists).
func (f *facts) list(fs []FactID) []string {
	start := len(f.lists)
	for _, x := range fs {
		f.lists = append(f.lists, string(x))
	}
	return f.lists[start:len(f.lists):len(f.lists)]
}

// factPaths is the list of facts an unknown condition gives: the verdict's own (narrowed)
// list, else the declared one, interned at start-up when the check is in the catalogue.
func (c *Check) factPaths(v *verdict) []string {
	if v.paths != nil {
		return v.paths
	}
	if v.facts != nil {
		return internFactIDs(v.facts)
	}
	if c.paths != nil {
		return c.paths
	}
	return internFactIDs(c.Facts)
}

// internCheckFacts interns the declared facts of every check of the catalogue (and of
// their alternatives), once, before any evaluation: the conditions share these lists.
func internCheckFacts() {
	var walk func(cs []*Check)
	walk = func(cs []*Check) {
		for _, c := range cs {
			if c.paths == nil && len(c.Facts) > 0 {
				c.paths = internFactIDs(c.Facts)
				c.fields = make([]*Field, len(c.Facts))
				for i, id := range c.Facts {
					c.fields[i] = fieldIndex[id]
				}
			}
			if n := len(c.Any); n > 0 && n <= maxTableAlternatives && c.anyPaths == nil {
				c.anyPaths = make([][]string, 1<<n)
				for mask := range c.anyPaths {
					var fs []FactID
					for i, a := range c.Any {
						if mask&(1<<i) != 0 {
							fs = append(fs, a.Facts...)
						}
					}
					c.anyPaths[mask] = internFactIDs(fs)
				}
			}
			walk(c.Any)
		}
	}
	for _, e := range Catalogue {
		walk(e.checks)
	}
}

func init() { internCheckFacts() }

// decide is the check's verdict: its own function, or the merge of its alternatives.
func (c *Check) decide(f *facts) verdict {
	if c.eval != nil {
		return c.eval(f)
	}
	return f.anyOf(c.Any)
}

// maxTableAlternatives bounds the alternatives of a check whose lists of facts are
// interned for every set of unknown ones (2^n lists).
const maxTableAlternatives = 6

// anyOf merges alternatives: met if one is met; the value seen lists what was seen of
// each; when unknown, the facts that would settle the unknown ones.
func (f *facts) anyOf(alts []*Check) verdict { return f.anyOfTable(alts, nil) }

// anyOfTable is anyOf; with the check's table (Check.anyPaths), the facts of the unknown
// alternatives are read from it when each gives its declared facts, instead of built.
func (f *facts) anyOfTable(alts []*Check, table [][]string) verdict {
	var tsa [8]Tri
	ts := tsa[:0]
	// own[i]: the facts alternative i gives when unknown (nil: none); narrowed: one of them
	// gave its own list rather than the declared one
	// (as facts, or as paths when it is itself a merge of alternatives)
	type ownFacts struct {
		ids   []FactID
		paths []string
	}
	var owna [8]ownFacts
	own := owna[:0]
	mask, narrowed := 0, false
	seen := ""
	for i, a := range alts {
		v := a.decide(f)
		ts = append(ts, v.r)
		var fs ownFacts
		if v.r == Unknown && !v.noFacts {
			switch {
			case v.paths != nil:
				fs.paths, narrowed = v.paths, true
			case v.facts != nil:
				fs.ids, narrowed = v.facts, true
			default:
				fs.ids = a.Facts
				mask |= 1 << i
			}
		}
		own = append(own, fs)
		if !f.noText && v.seen != unknownSeen && v.seen != "" {
			if seen != "" {
				seen += " ; "
			}
			seen += v.seen
		}
	}
	if seen == "" && !f.noText {
		seen = unknownSeen
	}
	r := Or(ts...)
	if table != nil && !narrowed && mask < len(table) {
		paths := table[mask]
		return verdict{r: r, seen: seen, paths: paths, noFacts: r == Unknown && len(paths) == 0}
	}
	// the facts of the unknown alternatives, in their order, copied into the evaluation's
	// memory (facts.lists)
	start := len(f.lists)
	for _, fs := range own {
		for _, x := range fs.ids {
			f.lists = append(f.lists, string(x))
		}
		f.lists = append(f.lists, fs.paths...)
	}
	if len(f.lists) == start {
		return verdict{r: r, seen: seen, noFacts: r == Unknown}
	}
	paths := f.lists[start:len(f.lists):len(f.lists)]
	return verdict{r: r, seen: seen, paths: paths}
}

// internFactIDs returns the facts as the condition's list, shared when it is one fact.
func internFactIDs(fs []FactID) []string {
	if len(fs) == 0 {
		return nil
	}
	if len(fs) == 1 {
		if s, ok := factSlices[string(fs[0])]; ok {
			return s
		}
	}
	out := make([]string, len(fs))
	for i, x := range fs {
		out[i] = string(x)
	}
	return out
}

// Checks are the declared conditions of an item, in the order of the plan.
func (e *Entry) Checks() []*Check { return e.checks }

// Constructors for the common tests of the law.

// withWhen makes a check a condition only in some cases, said in plain French.
func withWhen(c *Check, when string, applies func(*facts) bool) *Check {
	c.When, c.when = when, applies
	return c
}

// ageCheck: the person is n years old or more.
func ageCheck(n int, basis string) *Check {
	label, ok := ageLabels[n]
	if !ok {
		label = "La personne a " + strconv.Itoa(n) + " ans ou plus"
	}
	return &Check{Label: label, Basis: basis, Facts: []FactID{FactAge},
		eval: func(f *facts) verdict { return is(f.age(func(a int) bool { return a >= n }), f.ageSeen()) }}
}

// girCheck: the GIR (given or estimated) is between lo and hi.
func girCheck(lo, hi int, label, basis string) *Check {
	return &Check{Label: label, Basis: basis, Facts: []FactID{FactGIR},
		eval: func(f *facts) verdict { return is(f.girIn(lo, hi), f.girSeen()) }}
}

// homeCheck: the person lives at home in the APA's sense (L232-5).
func homeCheck(label, basis string) *Check {
	return &Check{Label: label, Basis: basis, Facts: []FactID{FactResidence},
		eval: func(f *facts) verdict { return is(f.atHome(), f.residenceSeen()) }}
}

// boolCheck: a yes/no answer is yes (or no, with want false), seen with the given words.
func boolCheck(label, basis string, fact FactID, want bool, yes, no string) *Check {
	fd := FieldOf(fact)
	return &Check{Label: label, Basis: basis, Facts: []FactID{fact},
		eval: func(f *facts) verdict {
			b := fd.Bool(f.s)
			t := triOf(b)
			if !want {
				t = Not(t)
			}
			return is(t, f.boolSeen(b, yes, no))
		}}
}

// employmentCheck: the caregiver's employment is one of set.
func employmentCheck(label, basis string, set ...string) *Check {
	return &Check{Label: label, Basis: basis, Facts: []FactID{FactEmployment},
		eval: func(f *facts) verdict { return is(f.empIn(set...), f.employmentSeen()) }}
}

// askedCheck is a condition no answer of the guide settles (a document, a medical
// certificate, an income band): always to check, with what to look at.
func askedCheck(label, basis, seen string, fact FactID, unsettled string) *Check {
	return &Check{Label: label, Basis: basis, Facts: []FactID{fact}, Unsettled: unsettled,
		eval: func(f *facts) verdict { return is(Unknown, seen) }}
}

// always is a condition met by every situation the guide deals with, stated for the reader.
func alwaysCheck(label, basis, seen string) *Check {
	return &Check{Label: label, Basis: basis, eval: func(*facts) verdict { return is(Yes, seen) }}
}
