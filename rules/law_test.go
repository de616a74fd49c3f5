package rules_test

// Law tests: table tests written from the texts (the article is in each case's name), on
// both sides of every legal boundary. Expected values come from the law and from the
// project's reference (shared/reference/regles-2025-2026.md corrected by
// verifications-2026.md), never from running the code. They use only the public API
// (Situation, Evaluate, the item's status, conditions and amounts), so that a refactoring
// of the rules keeps them.
//
// Each family of aids has its file (law_apa_test.go, law_aidants_test.go…) and its table,
// registered with law(); TestLawCoversCatalogue fails when a catalogue id has no case.

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"aidants/rules"
)

// Statuses of the output contract (DESIGN.md), as the JSON writes them.
const (
	eligible    = "eligible"
	toCheck     = "to_check"
	notEligible = "not_eligible"
	info        = "info"
	// notRefused: any status but not_eligible. Used on the open side of a boundary when
	// another condition, still open in issue 13, may turn "eligible" into "to_check".
	notRefused = "!not_eligible"
)

// lawDay is the default evaluation day of the law tests.
var lawDay = day(2026, 6, 1)

type lawCase struct {
	name   string // the boundary and the text it comes from
	id     string // catalogue id
	sit    *sb
	date   time.Time // zero: lawDay
	status string    // expected status (or notRefused); "" to check only the rest

	cond   string    // a condition whose label contains this text…
	result rules.Tri // …has this result
	basis  string    // …and, when given, a legal basis containing this text

	amount string // an amount shown with the item…
	num    int64  // …with this value (cents for euros, basis points for rates)
	text   string // …or this text (dates: AAAA-MM-JJ)
	absent string // an amount that must not be shown

	relevant *rules.Tri // the item's relevance to the family
	urgent   *bool

	missing    string // a fact the item names as missing (the guide asks it)…
	notMissing string // …or must not name (the question does not matter here)
}

var lawTables = map[string][]lawCase{}

// law registers a family's table.
func law(family string, cases []lawCase) []lawCase {
	lawTables[family] = append(lawTables[family], cases...)
	return cases
}

func tri(t rules.Tri) *rules.Tri { return &t }

var (
	yes     = tri(rules.Yes)
	no      = tri(rules.No)
	unknown = tri(rules.Unknown)
	isTrue  = bp(true)
	isFalse = bp(false)
)

func runLaw(t *testing.T, cases []lawCase) {
	t.Helper()
	p := params(t)
	for _, c := range cases {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			d := c.date
			if d.IsZero() {
				d = lawDay
			}
			s := c.sit.s
			if err := s.Validate(); err != nil {
				t.Fatalf("the case's situation is invalid: %v", err)
			}
			var r *rules.ItemResult
			res := rules.Evaluate(&s, p, d)
			for i := range res {
				if res[i].Entry.ID == c.id {
					r = &res[i]
				}
			}
			if r == nil {
				t.Fatalf("%s is not evaluated", c.id)
			}
			status := fmt.Sprint(r.Status)
			switch {
			case c.status == notRefused:
				if status == notEligible {
					t.Errorf("status %s, want anything but not_eligible\n%s", status, dump(r))
				}
			case c.status != "" && status != c.status:
				t.Errorf("status %s, want %s\n%s", status, c.status, dump(r))
			}
			if c.cond != "" {
				found := false
				for _, cd := range r.Conditions {
					if strings.Contains(cd.Label, c.cond) {
						found = true
						if cd.Result != c.result {
							t.Errorf("condition %q: %v, want %v (seen %q)", cd.Label, cd.Result, c.result, cd.Seen)
						}
						if !strings.Contains(cd.Basis, c.basis) {
							t.Errorf("condition %q: basis %q, want %q in it", cd.Label, cd.Basis, c.basis)
						}
						break
					}
				}
				if !found {
					t.Errorf("no condition labelled with %q\n%s", c.cond, dump(r))
				}
			}
			if c.amount != "" {
				var q *rules.Quantity
				for _, a := range r.Amounts {
					if a.ID == c.amount {
						q = a
					}
				}
				switch {
				case q == nil:
					t.Errorf("amount %s not shown\n%s", c.amount, dump(r))
				case c.text != "" && (!q.Found || q.Text != c.text):
					t.Errorf("amount %s: %q (found %v), want %q", c.amount, q.Text, q.Found, c.text)
				case c.text == "" && (!q.Found || q.Num != c.num):
					t.Errorf("amount %s: %d (found %v, %s), want %d", c.amount, q.Num, q.Found, q.Format(), c.num)
				}
			}
			if c.absent != "" {
				for _, a := range r.Amounts {
					if a.ID == c.absent {
						t.Errorf("amount %s shown (%s), it should not be", a.ID, a.Format())
					}
				}
			}
			if c.relevant != nil && r.Relevant != *c.relevant {
				t.Errorf("relevance %v, want %v", r.Relevant, *c.relevant)
			}
			if c.urgent != nil && r.Urgent != *c.urgent {
				t.Errorf("urgent %v, want %v", r.Urgent, *c.urgent)
			}
			has := func(f string) bool {
				for _, m := range r.Missing {
					if m == f {
						return true
					}
				}
				return false
			}
			if c.missing != "" && !has(c.missing) {
				t.Errorf("%s not among the missing facts %v\n%s", c.missing, r.Missing, dump(r))
			}
			if c.notMissing != "" && has(c.notMissing) {
				t.Errorf("%s among the missing facts %v, it should not be\n%s", c.notMissing, r.Missing, dump(r))
			}
		})
	}
}

func dump(r *rules.ItemResult) string {
	var b strings.Builder
	for _, c := range r.Conditions {
		fmt.Fprintf(&b, "  - %s [%s] : %v (%s)\n", c.Label, c.Basis, c.Result, c.Seen)
	}
	return b.String()
}

// Every catalogue id has at least one explicit law test, and every law test names a
// catalogue id.
func TestLawCoversCatalogue(t *testing.T) {
	covered := map[string]int{}
	for family, cases := range lawTables {
		for _, c := range cases {
			if rules.CatalogueIndex(c.id) < 0 {
				t.Errorf("%s: %q is not a catalogue id", family, c.id)
			}
			covered[c.id]++
		}
	}
	var missing []string
	for _, e := range rules.Catalogue {
		if covered[e.ID] == 0 {
			missing = append(missing, e.ID)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("%d catalogue ids have no law test: %v\n(add cases from the text, on both sides of each boundary, to the table of its family in rules/law_*_test.go)", len(missing), missing)
	}
	n := 0
	for _, c := range covered {
		n += c
	}
	t.Logf("%d law cases over %d ids", n, len(covered))
}

// sb builds a situation for a case; every method returns the builder.
type sb struct{ s rules.Situation }

func person() *sb { return &sb{} }

func (b *sb) age(n int) *sb        { b.s.Person.Age = ip(n); return b }
func (b *sb) male() *sb            { b.s.Person.Sex = sp("male"); return b } // the words only
func (b *sb) gir(n int) *sb        { b.s.Person.GIR = ip(n); return b }
func (b *sb) dep(d string) *sb     { b.s.Person.Department = sp(d); return b }
func (b *sb) lives(r string) *sb   { b.s.Person.Residence = sp(r); return b }
func (b *sb) home() *sb            { return b.lives("home") }
func (b *sb) ehpad() *sb           { return b.lives("institution") }
func (b *sb) res(c int64) *sb      { b.s.Person.MonthlyResources = ep(c); return b }
func (b *sb) single() *sb          { b.s.Person.Couple = bp(false); return b }
func (b *sb) couple() *sb          { b.s.Person.Couple = bp(true); return b }
func (b *sb) apa(v bool) *sb       { b.s.Person.ReceivesAPA = bp(v); return b }
func (b *sb) plan(c int64) *sb     { b.s.Person.APAPlanAmount = ep(c); return b }
func (b *sb) dis(n int) *sb        { b.s.Person.DisabilityRate = ip(n); return b }
func (b *sb) endOfLife(v bool) *sb { b.s.Person.EndOfLife = bp(v); return b }
func (b *sb) memory(v bool) *sb    { b.s.Person.MemoryDisorders = bp(v); return b }
func (b *sb) urgent(v bool) *sb    { b.s.Person.Urgent = bp(v); return b }
func (b *sb) hospital(v bool) *sb  { b.s.Person.RecentHospitalisation = bp(v); return b }
func (b *sb) housing(h string) *sb { b.s.Person.Housing = sp(h); return b }
func (b *sb) scheme(p string) *sb  { b.s.Person.PensionScheme = sp(p); return b }
func (b *sb) aspa(v bool) *sb      { b.s.Person.ReceivesASPA = bp(v); return b }
func (b *sb) pch(v bool) *sb       { b.s.Person.ReceivesPCH = bp(v); return b }

// before60: her disability met the PCH's criteria before 60 (CASF L245-1 II 1°).
func (b *sb) before60(v bool) *sb  { b.s.Person.DisabilityBefore60 = bp(v); return b }
func (b *sb) rel(r string) *sb     { b.s.Caregiver.Relationship = sp(r); return b }
func (b *sb) livesWith(v bool) *sb { b.s.Caregiver.LivesWithPerson = bp(v); return b }
func (b *sb) job(e string) *sb     { b.s.Caregiver.Employment = sp(e); return b }
func (b *sb) exhausted(v bool) *sb { b.s.Caregiver.Exhausted = bp(v); return b }
func (b *sb) hospPlanned(v bool) *sb {
	b.s.Caregiver.HospitalisationPlanned = bp(v)
	return b
}
func (b *sb) hosts(v bool) *sb { b.s.Caregiver.HostsPerson = bp(v); return b }

// employs: she employs someone at home herself (CSS L241-10, CGI 199 sexdecies).
func (b *sb) employs(v bool) *sb { b.s.Person.EmploysHomeHelp = bp(v); return b }

// needs sets the needs the family expressed; needs() with no argument: asked, none.
func (b *sb) needs(ns ...string) *sb {
	x := append([]string{}, ns...)
	b.s.Needs = &x
	return b
}
