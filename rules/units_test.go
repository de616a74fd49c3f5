package rules_test

// The building blocks of the rules: money, the JSON euros, input validation, three-valued
// logic, dated parameters and the printing of amounts. Expected values are the French
// conventions and the input contract (DESIGN.md), written by hand.

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"aidants/rules"
)

func TestFormatEuros(t *testing.T) {
	for c, want := range map[int64]string{0: "0,00 €", 5: "0,05 €", 10: "0,10 €", 99: "0,99 €", 100: "1,00 €", 99999: "999,99 €",
		100000: "1 000,00 €", 121599: "1 215,99 €", 12345678: "123 456,78 €", 123456789: "1 234 567,89 €", -121599: "-1 215,99 €", -5: "-0,05 €"} {
		if got := rules.FormatEuros(c); got != want {
			t.Errorf("FormatEuros(%d) = %q, want %q", c, got, want)
		}
	}
	for c, want := range map[int64]string{0: "0 €", 100: "1 €", 2200000: "22 000 €", -100: "-1 €", -2200000: "-22 000 €", 12345: "123,45 €", -12345: "-123,45 €"} {
		if got := rules.FormatEurosShort(c); got != want {
			t.Errorf("FormatEurosShort(%d) = %q, want %q", c, got, want)
		}
	}
}

func TestParseFixed(t *testing.T) {
	ok := []struct {
		s     string
		scale int
		want  int64
	}{{"1288.13", 2, 128813}, {"0,944", 4, 9440}, {"22", 0, 22}, {"-1.5", 2, -150}, {" 12 ", 2, 1200}, {"0.0001", 4, 1},
		{"999999999999", 0, 999999999999}, {"7.25", 4, 72500}, {"1.615", 4, 16150}, {"100", 2, 10000}}
	for _, c := range ok {
		got, err := rules.ParseFixed(c.s, c.scale)
		if err != nil || got != c.want {
			t.Errorf("ParseFixed(%q, %d) = %d, %v; want %d", c.s, c.scale, got, err, c.want)
		}
	}
	for _, s := range []string{"", " ", "-", "1.", ".5", "1.234", "1a", "1.a", "a", "1 000", "1000000000000", "--1", "1.2.3", "+1"} {
		if v, err := rules.ParseFixed(s, 2); !errors.Is(err, rules.ErrDecimal) {
			t.Errorf("ParseFixed(%q) = %d, %v; want ErrDecimal", s, v, err)
		}
	}
}

func TestEurosJSON(t *testing.T) {
	for in, want := range map[string]int64{"1500": 150000, "1500.5": 150050, "12.34": 1234, "0": 0, "0.01": 1, "-3.5": -350,
		"1500.005": 150001, "1500.004": 150000, "1e3": 100000, "1e13": int64(rules.MaxEuros) + 1} {
		var e rules.Euros
		if err := json.Unmarshal([]byte(in), &e); err != nil || int64(e) != want {
			t.Errorf("unmarshal %s = %d, %v; want %d", in, e, err, want)
		}
	}
	for _, in := range []string{`"1500"`, `true`, `{}`} {
		var e rules.Euros
		if err := json.Unmarshal([]byte(in), &e); err == nil {
			t.Errorf("unmarshal %s accepted: %d", in, e)
		}
	}
	for c, want := range map[int64]string{150000: "1500.00", 5: "0.05", 10: "0.10", -150: "-1.50", 0: "0.00", 123456789: "1234567.89"} {
		b, err := json.Marshal(rules.Euros(c))
		if err != nil || string(b) != want {
			t.Errorf("marshal %d = %s, %v; want %s", c, b, err, want)
		}
	}
	if p := rules.EurosPtr(1234); p == nil || int64(*p) != 1234 {
		t.Errorf("EurosPtr: %v", p)
	}
}

// Validation of the input contract: each bound on both sides, each enumeration, the field
// named in the error (DESIGN.md, situation fields).
func TestValidateBounds(t *testing.T) {
	type mod func(*rules.Situation)
	cases := []struct {
		name  string
		m     mod
		field string // "" when valid
	}{
		{"age 0", func(s *rules.Situation) { s.Person.Age = ip(0) }, ""},
		{"age 125", func(s *rules.Situation) { s.Person.Age = ip(125) }, ""},
		{"age -1", func(s *rules.Situation) { s.Person.Age = ip(-1) }, "person.age"},
		{"age 126", func(s *rules.Situation) { s.Person.Age = ip(126) }, "person.age"},
		{"GIR 1", func(s *rules.Situation) { s.Person.GIR = ip(1) }, ""},
		{"GIR 6", func(s *rules.Situation) { s.Person.GIR = ip(6) }, ""},
		{"GIR 0", func(s *rules.Situation) { s.Person.GIR = ip(0) }, "person.gir"},
		{"GIR 7", func(s *rules.Situation) { s.Person.GIR = ip(7) }, "person.gir"},
		{"incapacité 0", func(s *rules.Situation) { s.Person.DisabilityRate = ip(0) }, ""},
		{"incapacité 100", func(s *rules.Situation) { s.Person.DisabilityRate = ip(100) }, ""},
		{"incapacité -1", func(s *rules.Situation) { s.Person.DisabilityRate = ip(-1) }, "person.disability_rate"},
		{"incapacité 101", func(s *rules.Situation) { s.Person.DisabilityRate = ip(101) }, "person.disability_rate"},
		{"ressources 0", func(s *rules.Situation) { s.Person.MonthlyResources = ep(0) }, ""},
		{"ressources au plus", func(s *rules.Situation) { s.Person.MonthlyResources = ep(rules.MaxEuros) }, ""},
		{"ressources négatives", func(s *rules.Situation) { s.Person.MonthlyResources = ep(-1) }, "person.monthly_resources"},
		{"ressources trop grandes", func(s *rules.Situation) { s.Person.MonthlyResources = ep(rules.MaxEuros + 1) }, "person.monthly_resources"},
		{"plan négatif", func(s *rules.Situation) { s.Person.APAPlanAmount = ep(-1) }, "person.apa_plan_amount"},
		{"plan trop grand", func(s *rules.Situation) { s.Person.APAPlanAmount = ep(rules.MaxEuros + 1) }, "person.apa_plan_amount"},
		{"plan au plus", func(s *rules.Situation) { s.Person.APAPlanAmount = ep(rules.MaxEuros) }, ""},
		{"résidence", func(s *rules.Situation) { s.Person.Residence = sp("castle") }, "person.residence"},
		{"logement", func(s *rules.Situation) { s.Person.Housing = sp("tent") }, "person.housing"},
		{"régime", func(s *rules.Situation) { s.Person.PensionScheme = sp("x") }, "person.pension_scheme"},
		{"lien", func(s *rules.Situation) { s.Caregiver.Relationship = sp("boss") }, "caregiver.relationship"},
		{"emploi", func(s *rules.Situation) { s.Caregiver.Employment = sp("astronaut") }, "caregiver.employment"},
		{"besoin inconnu", func(s *rules.Situation) { n := []string{"meals", "fly"}; s.Needs = &n }, "needs[1]"},
		{"besoin en double", func(s *rules.Situation) { n := []string{"meals", "alarm", "meals"}; s.Needs = &n }, "needs[2]"},
		{"besoins valides", func(s *rules.Situation) { n := []string{"meals", "alarm"}; s.Needs = &n }, ""},
		{"AGGIR valide", func(s *rules.Situation) { s.Person.AGGIR = &rules.AGGIR{"coherence": "A", "alerter": "C"} }, ""},
		{"AGGIR variable inconnue", func(s *rules.Situation) { s.Person.AGGIR = &rules.AGGIR{"coherence": "A", "marcher": "B"} }, "person.aggir.marcher"},
		{"AGGIR modalité inconnue", func(s *rules.Situation) { s.Person.AGGIR = &rules.AGGIR{"toilette": "D"} }, "person.aggir.toilette"},
	}
	for _, d := range []string{"01", "09", "10", "19", "21", "2A", "2B", "95", "971", "972", "973", "974", "976"} {
		cases = append(cases, struct {
			name  string
			m     mod
			field string
		}{"département " + d, func(s *rules.Situation) { s.Person.Department = sp(d) }, ""})
	}
	for _, d := range []string{"00", "20", "96", "99", "970", "975", "977", "1", "2C", "A1", "9a", "a9", "", "0123"} {
		cases = append(cases, struct {
			name  string
			m     mod
			field string
		}{"département " + d, func(s *rules.Situation) { s.Person.Department = sp(d) }, "person.department"})
	}
	for _, c := range cases {
		s := &rules.Situation{}
		c.m(s)
		err := s.Validate()
		var fe *rules.FieldError
		switch {
		case c.field == "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.field != "" && !errors.As(err, &fe):
			t.Errorf("%s: %v, want an error on %s", c.name, err, c.field)
		case c.field != "" && fe.Field != c.field:
			t.Errorf("%s: error on %q, want %q (%v)", c.name, fe.Field, c.field, err)
		case c.field != "" && (!strings.HasPrefix(err.Error(), c.field+" : ") || fe.Message == ""):
			t.Errorf("%s: message %q", c.name, err.Error())
		}
	}
	for _, d := range []string{"01", "2A", "974"} {
		if !rules.ValidDepartment(d) {
			t.Errorf("ValidDepartment(%q) false", d)
		}
	}
	// a long bad value is clipped in the message
	s := &rules.Situation{Person: rules.Person{Residence: sp(strings.Repeat("x", 100))}}
	if err := s.Validate(); err == nil || strings.Contains(err.Error(), strings.Repeat("x", 41)) || !strings.Contains(err.Error(), "…") {
		t.Errorf("long value not clipped: %v", err)
	}
	// the first error found is returned (age before GIR)
	s = &rules.Situation{Person: rules.Person{Age: ip(200), GIR: ip(9)}}
	var fe *rules.FieldError
	if err := s.Validate(); !errors.As(err, &fe) || fe.Field != "person.age" {
		t.Errorf("first error: %v", err)
	}
}

func TestTri(t *testing.T) {
	Y, N, U := rules.Yes, rules.No, rules.Unknown
	for _, c := range []struct {
		in       []rules.Tri
		and, or_ rules.Tri
	}{
		{nil, Y, N}, {[]rules.Tri{Y}, Y, Y}, {[]rules.Tri{N}, N, N}, {[]rules.Tri{U}, U, U},
		{[]rules.Tri{Y, Y}, Y, Y}, {[]rules.Tri{Y, N}, N, Y}, {[]rules.Tri{N, Y}, N, Y}, {[]rules.Tri{N, N}, N, N},
		{[]rules.Tri{Y, U}, U, Y}, {[]rules.Tri{U, Y}, U, Y}, {[]rules.Tri{N, U}, N, U}, {[]rules.Tri{U, N}, N, U}, {[]rules.Tri{U, U}, U, U},
		{[]rules.Tri{U, N, Y}, N, Y}, {[]rules.Tri{Y, U, Y}, U, Y},
	} {
		if got := rules.And(c.in...); got != c.and {
			t.Errorf("And%v = %v, want %v", c.in, got, c.and)
		}
		if got := rules.Or(c.in...); got != c.or_ {
			t.Errorf("Or%v = %v, want %v", c.in, got, c.or_)
		}
	}
	if rules.Not(Y) != N || rules.Not(N) != Y || rules.Not(U) != U {
		t.Error("Not")
	}
	if rules.Bool(true) != Y || rules.Bool(false) != N {
		t.Error("Bool")
	}
	for tr, s := range map[rules.Tri]string{Y: "yes", N: "no", U: "unknown"} {
		b, _ := tr.MarshalText()
		var back rules.Tri = 7
		if tr.String() != s || string(b) != s || back.UnmarshalText(b) != nil || back != tr {
			t.Errorf("%v: %q %q %v", tr, tr.String(), b, back)
		}
	}
	var x rules.Tri = rules.Yes
	if x.UnmarshalText([]byte("peut-être")); x != U {
		t.Errorf("an unknown text is unknown: %v", x)
	}
}

func param(id string, unit rules.Unit, rev rules.Revision, vs ...rules.Value) *rules.Param {
	return &rules.Param{ID: id, Label: id, Unit: unit, Revision: rev, Values: vs}
}

func val(y int, m time.Month, d int, num int64) rules.Value {
	return rules.Value{From: day(y, m, d), Num: num, Found: true, Confidence: rules.Official, Source: "texte"}
}

func TestNewParamsChecks(t *testing.T) {
	good := func() *rules.Param { return param("a", rules.UnitEuros, rules.RevJanuary, val(2025, 1, 1, 100)) }
	if _, err := rules.NewParams([]*rules.Param{good()}); err != nil {
		t.Fatal(err)
	}
	bad := map[string][]*rules.Param{
		"no id":           {param("", rules.UnitEuros, rules.RevFixed, val(2025, 1, 1, 1))},
		"twice":           {good(), good()},
		"unit":            {param("a", "litres", rules.RevFixed, val(2025, 1, 1, 1))},
		"no value":        {param("a", rules.UnitEuros, rules.RevFixed)},
		"confidence":      {param("a", rules.UnitEuros, rules.RevFixed, rules.Value{From: day(2025, 1, 1), Found: true, Confidence: "peut-être", Source: "x"})},
		"no source":       {param("a", rules.UnitEuros, rules.RevFixed, rules.Value{From: day(2025, 1, 1), Found: true, Confidence: rules.Official})},
		"found, NF":       {param("a", rules.UnitEuros, rules.RevFixed, rules.Value{From: day(2025, 1, 1), Found: true, Confidence: rules.NotFound, Source: "x"})},
		"not found, OFF":  {param("a", rules.UnitEuros, rules.RevFixed, rules.Value{From: day(2025, 1, 1), Found: false, Confidence: rules.Official, Source: "x"})},
		"same date":       {param("a", rules.UnitEuros, rules.RevFixed, val(2025, 1, 1, 1), val(2025, 1, 1, 2))},
		"dates backwards": {param("a", rules.UnitEuros, rules.RevFixed, val(2025, 1, 2, 1), val(2025, 1, 1, 2))},
	}
	for name, ps := range bad {
		if _, err := rules.NewParams(ps); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	for _, u := range []rules.Unit{rules.UnitEuros, rules.UnitCoefficient, rules.UnitRate, rules.UnitCount, rules.UnitHours, rules.UnitDays, rules.UnitDate} {
		if _, ok := u.Scale(); !ok {
			t.Errorf("unit %s unknown", u)
		}
	}
	for u, want := range map[rules.Unit]int{rules.UnitEuros: 2, rules.UnitRate: 2, rules.UnitCoefficient: 4, rules.UnitCount: 0, rules.UnitDays: 0} {
		if s, _ := u.Scale(); s != want {
			t.Errorf("scale of %s: %d, want %d", u, s, want)
		}
	}
	for _, c := range []rules.Confidence{rules.Official, rules.Secondary, rules.Computed, rules.NotFound} {
		if !c.Valid() {
			t.Errorf("%s invalid", c)
		}
	}
	if rules.Confidence("sûr").Valid() {
		t.Error("an unknown confidence is valid")
	}
	// the weakest of two confidences, in both orders
	order := []rules.Confidence{rules.Official, rules.Secondary, rules.Computed, rules.NotFound}
	for i, a := range order {
		for j, b := range order {
			want := order[max(i, j)]
			if got := rules.Weakest(a, b); got != want {
				t.Errorf("Weakest(%s, %s) = %s, want %s", a, b, got, want)
			}
		}
	}
}

func TestParamDates(t *testing.T) {
	p := param("smic", rules.UnitEuros, rules.RevJanuary, val(2025, 1, 1, 1188), val(2026, 1, 1, 1202),
		rules.Value{From: day(2026, 6, 1), Found: false, Confidence: rules.NotFound, Source: "non trouvé"})
	for d, want := range map[time.Time]int64{day(2025, 1, 1): 1188, day(2025, 12, 31): 1188, day(2026, 1, 1): 1202, day(2026, 5, 31): 1202} {
		if v, ok := p.At(d); !ok || v.Num != want {
			t.Errorf("At %s: %d %v, want %d", d.Format("2006-01-02"), v.Num, ok, want)
		}
	}
	if _, ok := p.At(day(2024, 12, 31)); ok {
		t.Error("a value before the first date")
	}
	if v, _ := p.At(day(2026, 6, 1)); v.Found {
		t.Error("the 1 June value is not found")
	}
	if v, ok := p.LastKnown(day(2026, 7, 1)); !ok || v.Num != 1202 {
		t.Errorf("LastKnown: %+v", v)
	}
	if v, ok := p.LastKnown(day(2025, 6, 1)); !ok || v.Num != 1188 {
		t.Errorf("LastKnown in 2025: %+v", v)
	}
	if _, ok := p.LastKnown(day(2024, 6, 1)); ok {
		t.Error("LastKnown before any value")
	}
	// StaleFrom: the next revaluation after the newest value
	for _, c := range []struct {
		rev  rules.Revision
		from time.Time
		want time.Time
	}{
		{rules.RevJanuary, day(2026, 1, 1), day(2027, 1, 1)},
		{rules.RevJanuary, day(2026, 6, 1), day(2027, 1, 1)},
		{rules.RevJanuary, day(2025, 12, 31), day(2026, 1, 1)},
		{rules.RevApril, day(2026, 4, 1), day(2027, 4, 1)},
		{rules.RevApril, day(2026, 3, 31), day(2026, 4, 1)},
		{rules.RevApril, day(2026, 1, 1), day(2026, 4, 1)},
		{rules.RevFixed, day(2026, 1, 1), time.Time{}},
	} {
		q := param("x", rules.UnitEuros, c.rev, val(c.from.Year(), c.from.Month(), c.from.Day(), 1))
		if got := q.StaleFrom(); !got.Equal(c.want) {
			t.Errorf("%s from %s: stale from %s, want %s", c.rev, c.from.Format("2006-01-02"), got.Format("2006-01-02"), c.want.Format("2006-01-02"))
		}
	}
	ps, err := rules.NewParams([]*rules.Param{
		param("b", rules.UnitEuros, rules.RevJanuary, val(2025, 1, 1, 1), val(2026, 1, 1, 2)),
		param("a", rules.UnitEuros, rules.RevApril, val(2026, 4, 1, 1)),
		param("c", rules.UnitEuros, rules.RevFixed, val(2010, 1, 1, 1)),
		param("d", rules.UnitEuros, rules.RevJanuary, rules.Value{From: day(2026, 1, 1), Confidence: rules.NotFound, Source: "x"}),
	})
	if err != nil {
		t.Fatal(err)
	}
	if n := ps.Newest(); !n.Equal(day(2026, 4, 1)) {
		t.Errorf("Newest %s", n)
	}
	if all := ps.All(); len(all) != 4 || all[0].ID != "a" || all[3].ID != "d" {
		t.Errorf("All not sorted: %v", all)
	}
	if g, ok := ps.Get("c"); !ok || g.ID != "c" {
		t.Error("Get")
	}
	if _, ok := ps.Get("z"); ok {
		t.Error("Get of an unknown id")
	}
	ids := func(d time.Time) string {
		var s []string
		for _, p := range ps.StaleOn(d) {
			s = append(s, p.ID)
		}
		return strings.Join(s, ",")
	}
	for d, want := range map[time.Time]string{day(2026, 12, 31): "", day(2027, 1, 1): "b", day(2027, 3, 31): "b", day(2027, 4, 1): "a,b"} {
		if got := ids(d); got != want {
			t.Errorf("stale on %s: %q, want %q", d.Format("2006-01-02"), got, want)
		}
	}
}

func TestQuantityFormat(t *testing.T) {
	at := day(2023, 4, 1)
	for _, c := range []struct {
		q    rules.Quantity
		want string
	}{
		{rules.Quantity{Unit: rules.UnitEuros, Num: 2200000, Found: true}, "22 000 €"},
		{rules.Quantity{Unit: rules.UnitEuros, Num: 121599, Found: true}, "1 215,99 €"},
		{rules.Quantity{Unit: rules.UnitRate, Num: 2500, Found: true}, "25 %"},
		{rules.Quantity{Unit: rules.UnitRate, Num: 4530, Found: true}, "45,3 %"},
		{rules.Quantity{Unit: rules.UnitRate, Num: 5, Found: true}, "0,05 %"},
		{rules.Quantity{Unit: rules.UnitRate, Num: -2500, Found: true}, "-25 %"},
		{rules.Quantity{Unit: rules.UnitCoefficient, Num: -7250, Found: true}, "-0,725"},
		{rules.Quantity{Unit: rules.UnitCoefficient, Num: 16150, Found: true}, "1,615"},
		{rules.Quantity{Unit: rules.UnitCoefficient, Num: 7250, Found: true}, "0,725"},
		{rules.Quantity{Unit: rules.UnitCoefficient, Num: 10000, Found: true}, "1"},
		{rules.Quantity{Unit: rules.UnitCoefficient, Num: 12345678, Found: true}, "1 234,5678"},
		{rules.Quantity{Unit: rules.UnitDays, Num: 0, Found: true}, "0 jour"},
		{rules.Quantity{Unit: rules.UnitDays, Num: 1, Found: true}, "1 jour"},
		{rules.Quantity{Unit: rules.UnitDays, Num: 2, Found: true}, "2 jours"},
		{rules.Quantity{Unit: rules.UnitDays, Num: 1000, Found: true}, "1 000 jours"},
		{rules.Quantity{Unit: rules.UnitHours, Num: 30, Found: true}, "30 h"},
		{rules.Quantity{Unit: rules.UnitCount, Num: 42, Found: true}, "42"},
		{rules.Quantity{Unit: rules.UnitDate, Text: "2026-12-31", Found: true}, "31 décembre 2026"},
		{rules.Quantity{Unit: rules.UnitDate, Text: "2027-01-01", Found: true}, "1er janvier 2027"},
		{rules.Quantity{Unit: rules.UnitDate, Text: "bientôt", Found: true}, "bientôt"},
		{rules.Quantity{Unit: rules.UnitEuros}, "montant non confirmé"},
		{rules.Quantity{Unit: rules.UnitEuros, LastKnown: &rules.Quantity{Unit: rules.UnitEuros, Num: 6055, Found: true, AsOf: at}},
			"montant non confirmé (dernier montant connu : 60,55 € au 1er avril 2023)"},
		{rules.Quantity{Unit: rules.UnitEuros, LastKnown: &rules.Quantity{Unit: rules.UnitEuros, Num: 6055, AsOf: at}}, "montant non confirmé"},
	} {
		if got := c.q.Format(); got != c.want {
			t.Errorf("%+v: %q, want %q", c.q, got, c.want)
		}
	}
	for d, want := range map[time.Time]string{day(2026, 1, 1): "1er janvier 2026", day(2026, 11, 22): "22 novembre 2026", day(2026, 2, 28): "28 février 2026", day(2026, 8, 15): "15 août 2026"} {
		if got := rules.FrenchDate(d); got != want {
			t.Errorf("FrenchDate %s: %q, want %q", d.Format("2006-01-02"), got, want)
		}
	}
}

// Named amounts derived from parameters (reference §1, §13, §16), at their dates.
func TestDerivedAmounts(t *testing.T) {
	p := params(t)
	names := p.AmountNames()
	seen := map[string]bool{}
	for i, n := range names {
		if i > 0 && names[i-1] >= n {
			t.Errorf("AmountNames not sorted or duplicated at %q", n)
		}
		seen[n] = true
		if strings.Contains(n, ".coef.") {
			t.Errorf("a coefficient is listed as an amount: %s", n)
		}
		if _, ok := p.Amount(n, lawDay); !ok {
			t.Errorf("listed amount %s unknown", n)
		}
	}
	for _, n := range []string{"mtp", "apa.mtp", "apa.plafond.gir1", "apa.urgence", "exoneration.plafond_mensuel", "aspa.seul"} {
		if !seen[n] {
			t.Errorf("%s not listed", n)
		}
	}
	if _, ok := p.Amount("nimporte.quoi", lawDay); ok {
		t.Error("an unknown amount is known")
	}
	if q := p.AmountRef("nimporte.quoi", lawDay); q != nil {
		t.Error("AmountRef of an unknown name")
	}
	// before any value: not found, said so
	for _, id := range []string{"apa.plafond.gir1", "apa.urgence", "exoneration.plafond_mensuel", "apa.minimum_verse", "aspa.seul"} {
		q, ok := p.Amount(id, day(1990, 1, 1))
		if !ok || q.Found || q.Confidence != rules.NotFound || q.Source == "" {
			t.Errorf("%s in 1990: %+v", id, q)
		}
	}
	// the APA uses the MTP of 1 January: 1 288,13 € all 2026, though the MTP is 1 298,44 € from April
	for _, d := range []time.Time{day(2026, 1, 1), day(2026, 4, 1), day(2026, 12, 31)} {
		if q, _ := p.Amount("apa.mtp", d); q.Num != 128813 || !q.AsOf.Equal(day(2026, 1, 1)) {
			t.Errorf("apa.mtp on %s: %d as of %s", d.Format("2006-01-02"), q.Num, q.AsOf.Format("2006-01-02"))
		}
	}
	// 65 × SMIC (D241-5) and 2,5 × SMIC (D442-2) follow the SMIC of the day, not of January
	if q, _ := p.Amount("exoneration.plafond_mensuel", day(2026, 6, 1)); q.Num != 65*1231 || q.Confidence != rules.Computed {
		t.Errorf("65 × 12,31: %d %s", q.Num, q.Confidence)
	}
	if q, _ := p.Amount("accueil_familial.remuneration_jour", day(2025, 6, 1)); q.Num != 2970 {
		t.Errorf("2,5 × 11,88 € = 29,70 €: %d", q.Num)
	}
	// the same amount asked twice is the same
	a, b := p.AmountRef("apa.plafond.gir2", lawDay), p.AmountRef("apa.plafond.gir2", lawDay)
	if a == nil || a.Num != b.Num || a.Num != 168230 {
		t.Errorf("cached amount: %v %v", a, b)
	}
}

// The sub-variables' combinations of the AGGIR guide (CASF annexe 2-1), as written: all
// A is A, all C is C, others B, for toilette and habillage; any C is C for élimination;
// alimentation is C when one is C and the other not A.
func TestAGGIRCombinationsTable(t *testing.T) {
	A, B, C := rules.ModA, rules.ModB, rules.ModC
	ms := []rules.Modality{A, B, C}
	name := map[rules.Modality]string{A: "A", B: "B", C: "C"}
	for _, x := range ms {
		for _, y := range ms {
			pair := name[x] + name[y]
			elim := map[string]rules.Modality{"AA": A, "AB": B, "BA": B, "BB": B, "AC": C, "CA": C, "BC": C, "CB": C, "CC": C}[pair]
			if got := rules.CombineElimination(x, y); got != elim {
				t.Errorf("élimination %s = %v, want %v", pair, got, elim)
			}
			alim := map[string]rules.Modality{"AA": A, "AB": B, "BA": B, "BB": B, "AC": B, "CA": B, "BC": C, "CB": C, "CC": C}[pair]
			if got := rules.CombineAlimentation(x, y); got != alim {
				t.Errorf("alimentation %s = %v, want %v", pair, got, alim)
			}
			same := map[string]rules.Modality{"AA": A, "CC": C}[pair]
			if same == 0 {
				same = B
			}
			if got := rules.CombineToilette(x, y); got != same {
				t.Errorf("toilette %s = %v, want %v", pair, got, same)
			}
			if got := rules.CombineCoherence(x, y); got != elim {
				t.Errorf("cohérence %s = %v, want %v", pair, got, elim)
			}
			if got := rules.CombineOrientation(x, y); got != elim {
				t.Errorf("orientation %s = %v, want %v", pair, got, elim)
			}
		}
	}
	if rules.CombineHabillage(A, A, A) != A || rules.CombineHabillage(C, C, C) != C || rules.CombineHabillage(A, C, C) != B || rules.CombineHabillage(C, C, A) != B {
		t.Error("habillage")
	}
	for _, v := range rules.AGGIRVariables {
		if got := rules.SubVariableRuleVerified(v); got == (v == "coherence" || v == "orientation") {
			t.Errorf("SubVariableRuleVerified(%s) = %v", v, got)
		}
	}
	for s, want := range map[string]rules.Modality{"A": A, "b": B, " c ": C} {
		if m, ok := rules.ParseModality(s); !ok || m != want {
			t.Errorf("ParseModality(%q) = %v %v", s, m, ok)
		}
	}
	if m, ok := rules.ParseModality("D"); ok || m.String() != "?" {
		t.Errorf("ParseModality(D) = %v %v", m, ok)
	}
}

func TestCatalogueIndex(t *testing.T) {
	for i, e := range rules.Catalogue {
		if got := rules.CatalogueIndex(e.ID); got != i {
			t.Errorf("CatalogueIndex(%s) = %d, want %d", e.ID, got, i)
		}
	}
	for _, id := range []string{"", "apa", "APA-DOMICILE"} {
		if got := rules.CatalogueIndex(id); got != -1 {
			t.Errorf("CatalogueIndex(%q) = %d, want -1", id, got)
		}
	}
}
