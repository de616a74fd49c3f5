package guide

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"aidants/content"
	"aidants/rules"
)

// Freshness (issue 9): when the evaluation date is past the validity of the newest figures
// (a new year, an April revaluation not yet in the data), the plan says "montants à
// confirmer : dernière mise à jour le …" everywhere it is shown, and still works.

const freshnessSituation = `{"person":{"age":84,"residence":"home","gir":2,"monthly_resources":1400,"department":"23"},"caregiver":{"relationship":"child","employment":"employee"}}`

func freshnessGuide(t testing.TB) *Guide {
	t.Helper()
	set, err := content.Load()
	if err != nil {
		t.Fatal(err)
	}
	return New(set)
}

func freshnessSit(t testing.TB) *rules.Situation {
	t.Helper()
	s, err := ParseSituation([]byte(freshnessSituation))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// firstStaleDay is the first day on which some figure of ps may have been revalued
// without the data knowing it.
func firstStaleDay(t testing.TB, ps *rules.Params) time.Time {
	t.Helper()
	var first time.Time
	for _, p := range ps.All() {
		if !p.Values[len(p.Values)-1].Found {
			continue
		}
		if sf := p.StaleFrom(); !sf.IsZero() && (first.IsZero() || sf.Before(first)) {
			first = sf
		}
	}
	if first.IsZero() {
		t.Fatal("no revalued parameter in the content")
	}
	return first
}

var spacesRE = regexp.MustCompile(`\s+`)

// flat removes what renderings put between words: line breaks, non-breaking spaces,
// HTML entities for them.
func flat(s string) string {
	s = strings.NewReplacer("\u00a0", " ", "\u202f", " ", "&nbsp;", " ", "&#160;", " ", "&#xa0;", " ").Replace(s)
	return spacesRE.ReplaceAllString(s, " ")
}

func warningPrefix(ps *rules.Params) string {
	return "ontants à confirmer : dernière mise à jour le " + rules.FrenchDate(ps.Newest())
}

func TestFreshnessAtTheEdges(t *testing.T) {
	g := freshnessGuide(t)
	ps := g.Content.Params
	s := freshnessSit(t)
	stale := firstStaleDay(t, ps)

	fresh := g.Evaluate(s, stale.AddDate(0, 0, -1))
	if !fresh.Freshness.UpToDate || fresh.Freshness.Message != "" || len(fresh.Freshness.StaleParams) != 0 {
		t.Fatalf("the day before %s: %+v", stale.Format(DateFormat), fresh.Freshness)
	}
	if fresh.Freshness.NewestData != ps.Newest().Format(DateFormat) {
		t.Errorf("newest_data %q, want %s", fresh.Freshness.NewestData, ps.Newest().Format(DateFormat))
	}

	p := g.Evaluate(s, stale)
	if p.Freshness.UpToDate {
		t.Fatalf("on %s the figures should be marked as possibly out of date", stale.Format(DateFormat))
	}
	if !strings.Contains(p.Freshness.Message, warningPrefix(ps)) || !strings.HasPrefix(p.Freshness.Message, "M") {
		t.Errorf("message %q, want it to start with « M%s »", p.Freshness.Message, warningPrefix(ps))
	}
	if len(p.Freshness.StaleParams) == 0 {
		t.Error("no stale parameter listed")
	}
	for _, id := range p.Freshness.StaleParams {
		prm, ok := ps.Get(id)
		if !ok {
			t.Fatalf("unknown stale parameter %s", id)
		}
		if prm.Revision == rules.RevFixed {
			t.Errorf("%s is fixed and cannot be stale", id)
		}
		if !prm.Values[len(prm.Values)-1].Found {
			t.Errorf("%s is « non trouvé », already shown as such: not stale", id)
		}
	}
}

// The example of the issue: 1 February 2027, with figures of 2026. The year follows the
// content (1 February of the year after its newest figure), so the test keeps testing
// after each yearly update.
func TestFreshnessFebruary2027(t *testing.T) {
	g := freshnessGuide(t)
	ps := g.Content.Params
	year := ps.Newest().Year()
	d := time.Date(year+1, 2, 1, 0, 0, 0, 0, time.UTC)
	p := g.Evaluate(freshnessSit(t), d)
	if p.Freshness.UpToDate {
		t.Fatal("figures of 2026 on 1 February 2027 should be « à confirmer »")
	}
	want := "Montants à confirmer : dernière mise à jour le " + rules.FrenchDate(ps.Newest())
	if !strings.HasPrefix(p.Freshness.Message, want) {
		t.Errorf("message %q, want prefix %q", p.Freshness.Message, want)
	}
	// January revaluations are among the stale figures; the April one (MTP) is not yet.
	has := map[string]bool{}
	for _, id := range p.Freshness.StaleParams {
		has[id] = true
	}
	for _, prm := range ps.All() {
		last := prm.Values[len(prm.Values)-1]
		if prm.Revision == rules.RevJanuary && last.Found && last.From.Year() == year && !has[prm.ID] {
			t.Errorf("%s (revalued in January, last value of %d) not listed as stale", prm.ID, year)
		}
	}
	mtp, _ := ps.Get("mtp")
	if mtp.Revision != rules.RevApril {
		t.Fatalf("the MTP is revalued in April, not %q", mtp.Revision)
	}
	if has["mtp"] != !d.Before(mtp.StaleFrom()) {
		t.Errorf("MTP stale on %s: %v, but its April revaluation is due on %s", d.Format(DateFormat), has["mtp"], mtp.StaleFrom().Format(DateFormat))
	}
	if april := g.Evaluate(freshnessSit(t), mtp.StaleFrom()); !containsID(april.Freshness.StaleParams, "mtp") {
		t.Errorf("on %s the MTP of %s should be stale", mtp.StaleFrom().Format(DateFormat), mtp.Values[len(mtp.Values)-1].From.Format(DateFormat))
	}
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// With stale figures the plan still works: every item, the same statuses as the day before,
// the APA amounts from the last known figures.
func TestStalePlanStillWorks(t *testing.T) {
	g := freshnessGuide(t)
	s := freshnessSit(t)
	stale := firstStaleDay(t, g.Content.Params)
	before := g.Evaluate(s, stale.AddDate(0, 0, -1))
	p := g.Evaluate(s, stale.AddDate(0, 1, 0))
	if len(p.Items) != len(rules.Catalogue) || len(p.Items) != len(before.Items) {
		t.Fatalf("%d items, want %d", len(p.Items), len(rules.Catalogue))
	}
	status := map[string]rules.Status{}
	for _, it := range before.Items {
		status[it.ID] = it.Status
	}
	changed := 0
	for _, it := range p.Items {
		if status[it.ID] != it.Status {
			changed++
		}
	}
	if changed > 2 {
		t.Errorf("%d statuses changed a month later: the stale plan does not work as before", changed)
	}
	for _, it := range p.Items {
		if it.ID != "apa-domicile" {
			continue
		}
		if it.Status != rules.StatusEligible {
			t.Errorf("apa-domicile status %s", it.Status)
		}
		money := 0
		for _, a := range it.Amounts {
			if a.Cents != nil && *a.Cents > 0 {
				money++
				if a.AsOf == "" {
					t.Errorf("amount %q without its date", a.Label)
				}
			}
		}
		if money == 0 {
			t.Error("apa-domicile has no amount: the last known figures should still be used")
		}
	}
	if _, err := p.JSON(); err != nil {
		t.Fatal(err)
	}
}

func TestFreshnessInJSONAndRenderings(t *testing.T) {
	g := freshnessGuide(t)
	ps := g.Content.Params
	s := freshnessSit(t)
	stale := firstStaleDay(t, ps)
	want := flat(warningPrefix(ps))

	for _, tc := range []struct {
		name  string
		day   time.Time
		shown bool
	}{{"fresh", stale.AddDate(0, 0, -1), false}, {"stale", stale.AddDate(0, 1, 0), true}} {
		t.Run(tc.name, func(t *testing.T) {
			p := g.Evaluate(s, tc.day)
			b, err := p.JSON()
			if err != nil {
				t.Fatal(err)
			}
			var out struct {
				Freshness struct {
					UpToDate   bool     `json:"up_to_date"`
					NewestData string   `json:"newest_data"`
					Stale      []string `json:"stale_parameters"`
					Message    string   `json:"message"`
				} `json:"freshness"`
			}
			if err := json.Unmarshal(b, &out); err != nil {
				t.Fatal(err)
			}
			f := out.Freshness
			if f.UpToDate == tc.shown || (f.Message != "") != tc.shown || (len(f.Stale) > 0) != tc.shown || f.NewestData != ps.Newest().Format(DateFormat) {
				t.Errorf("JSON freshness %+v", f)
			}
			renderings := map[string]string{
				"texte":           p.Text(TextOptions{Width: 72}),
				"markdown":        p.Markdown(TextOptions{}),
				"export texte":    string(g.Export(p, FormatText, ExportOptions{})),
				"export markdown": string(g.Export(p, FormatMarkdown, ExportOptions{})),
				"export html":     string(g.Export(p, FormatHTML, ExportOptions{})),
			}
			for name, r := range renderings {
				if got := strings.Contains(flat(r), want); got != tc.shown {
					t.Errorf("%s: warning shown = %v, want %v", name, got, tc.shown)
				}
			}
		})
	}
}

// A content update with the new figures (what a content pack brings) removes the warning,
// and the message follows the newest date.
func TestUpdatedFiguresClearTheWarning(t *testing.T) {
	base := freshnessGuide(t).Content
	stale := firstStaleDay(t, base.Params)
	var updated []*rules.Param
	for _, p := range base.Params.All() {
		c := *p
		c.Values = append([]rules.Value(nil), p.Values...)
		last := c.Values[len(c.Values)-1]
		if sf := p.StaleFrom(); !sf.IsZero() && last.Found {
			last.From, last.Source = sf, "revalorisation (test)"
			c.Values = append(c.Values, last)
		}
		updated = append(updated, &c)
	}
	ps, err := rules.NewParams(updated)
	if err != nil {
		t.Fatal(err)
	}
	set := *base
	set.Params = ps
	g := New(&set)
	s := freshnessSit(t)

	p := g.Evaluate(s, stale.AddDate(0, 1, 0))
	if !p.Freshness.UpToDate {
		t.Fatalf("with the revalued figures the plan is up to date: %+v", p.Freshness)
	}
	if p.Freshness.NewestData != ps.Newest().Format(DateFormat) || !ps.Newest().After(base.Params.Newest()) {
		t.Errorf("newest %s (was %s)", p.Freshness.NewestData, base.Params.Newest().Format(DateFormat))
	}
	// a year later, stale again, with the new date in the message
	later := firstStaleDay(t, ps)
	p = g.Evaluate(s, later)
	if p.Freshness.UpToDate || !strings.Contains(p.Freshness.Message, warningPrefix(ps)) {
		t.Errorf("on %s: %+v", later.Format(DateFormat), p.Freshness)
	}
}
