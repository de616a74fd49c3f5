package guide

import (
	"strconv"
	"strings"

	"aidants/rules"
)

// An unusual answer is one a caller rarely gives and an agent typing during a call
// easily mistypes: « 2 » for an age, a year's pension typed as a month's. The guide asks
// once to confirm it before recording it. These bounds are not law: no rule reads them,
// and any value the form accepts can still be recorded by confirming.
type unusualBound struct {
	below, above int64 // whole years for an int, cents for an amount; 0: no bound
	why          string
}

var unusualAnswers = map[string]unusualBound{
	"person.age": {below: 40, above: 105,
		why: "est-ce bien son âge ?"},
	"person.monthly_resources": {above: 600000,
		why: "est-ce bien par mois ? Un montant par an se divise par 12."},
	"person.apa_plan_amount": {above: 300000,
		why: "c'est beaucoup pour un plan d'aide APA : est-ce bien le montant d'un mois ?"},
	"person.ehpad_accommodation_daily": {below: 2000, above: 30000,
		why: "est-ce bien le prix d'un jour ?"},
	"person.ehpad_dependency_daily": {above: 6000,
		why: "est-ce bien le tarif d'un jour ?"},
	"person.ehpad_dependency_gir56_daily": {above: 6000,
		why: "est-ce bien le tarif d'un jour ?"},
}

// Unusual says why an answer typed for q should be confirmed before it is recorded (each
// form adds how to confirm it), or "" when it is usual (or not readable: the form's own
// message then says why).
func Unusual(q Question, raw string) string {
	b, ok := unusualAnswers[q.Fact]
	raw = strings.TrimSpace(raw)
	if !ok || raw == "" || raw == Unknown {
		return ""
	}
	var v int64
	var shown string
	switch q.Kind {
	case KindInt:
		n, err := parseIntAnswer(q, raw)
		if err != nil {
			return ""
		}
		v, shown = int64(n), strconv.Itoa(n)+" ans" // said as it will be recorded
	case KindEuros:
		c, err := parseEuros(raw)
		if err != nil {
			return ""
		}
		v, shown = int64(c), rules.FormatEurosShort(c)
	default:
		return ""
	}
	if (b.below > 0 && v < b.below) || (b.above > 0 && v > b.above) {
		return "« " + shown + " » : " + b.why
	}
	return ""
}
