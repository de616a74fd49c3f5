package rules

import (
	"math/rand"
	"reflect"
	"testing"
	"time"
)

// The facts of a check with alternatives read from its table (Check.anyPaths) are the ones
// anyOf builds from the unknown alternatives, in the same order, for any situation.
func TestAnyPathsAsBuilt(t *testing.T) {
	p, err := NewParams(nil)
	if err != nil {
		t.Fatal(err)
	}
	var checks []*Check
	var walk func(cs []*Check)
	walk = func(cs []*Check) {
		for _, c := range cs {
			if c.eval == nil && c.anyPaths != nil {
				checks = append(checks, c)
			}
			walk(c.Any)
		}
	}
	for _, e := range Catalogue {
		walk(e.checks)
	}
	if len(checks) == 0 {
		t.Fatal("no check with alternatives has a table")
	}
	rng := rand.New(rand.NewSource(18))
	for n := 0; n < 3000; n++ {
		s := randomSituation(rng)
		d := time.Date(2025+rng.Intn(3), time.Month(1+rng.Intn(12)), 1, 0, 0, 0, 0, time.UTC)
		for _, noText := range []bool{false, true} {
			f := &facts{s: s, p: p, d: d, noText: noText}
			f.init()
			for _, c := range checks {
				built, read := f.anyOf(c.Any), f.anyOfTable(c.Any, c.anyPaths)
				want, got := c.factPaths(&built), c.factPaths(&read)
				if built.r != read.r || built.noFacts != read.noFacts || built.seen != read.seen ||
					(built.r == Unknown && !built.noFacts && !reflect.DeepEqual(want, got)) {
					t.Fatalf("%q: read %v %v %q %v, built %v %v %q %v", c.Label, read.r, read.noFacts, read.seen, got, built.r, built.noFacts, built.seen, want)
				}
			}
		}
	}
}
