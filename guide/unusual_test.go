package guide

import (
	"strings"
	"testing"
)

// An unusual answer asks for a confirmation on each side of its bound; a usual one, an
// unreadable one (the form explains) and « je ne sais pas » do not.
func TestUnusualAnswers(t *testing.T) {
	cases := []struct {
		fact, raw string
		ask       bool
	}{
		{"person.age", "2", true},
		{"person.age", "39", true},
		{"person.age", "40", false},
		{"person.age", "82 ans", false},
		{"person.age", "105", false},
		{"person.age", "106", true},
		{"person.age", "deux", false},
		{"person.age", Unknown, false},
		{"person.monthly_resources", "6000", false},
		{"person.monthly_resources", "6000,01", true},
		{"person.monthly_resources", "18 000", true},
		{"person.monthly_resources", "0", false},
		{"person.apa_plan_amount", "3000", false},
		{"person.apa_plan_amount", "3000,01", true},
		{"person.ehpad_accommodation_daily", "19,99", true},
		{"person.ehpad_accommodation_daily", "20", false},
		{"person.ehpad_accommodation_daily", "300", false},
		{"person.ehpad_accommodation_daily", "300,01", true},
		{"person.ehpad_dependency_daily", "60", false},
		{"person.ehpad_dependency_daily", "60,01", true},
		{"person.ehpad_dependency_gir56_daily", "60,01", true},
		{"person.disability_rate", "5", false},
	}
	for _, c := range cases {
		q, ok := QuestionFor(c.fact)
		if !ok {
			t.Fatalf("%s : pas de question", c.fact)
		}
		got := Unusual(q, c.raw)
		if (got != "") != c.ask {
			t.Errorf("%s = %q : %q, confirmation attendue : %v", c.fact, c.raw, got, c.ask)
		}
		if got != "" && !strings.HasSuffix(got, "?") && !strings.HasSuffix(got, ".") {
			t.Errorf("%s = %q : %q n'est pas une phrase finie", c.fact, c.raw, got)
		}
	}
	q, _ := QuestionFor("person.monthly_resources")
	if got := Unusual(q, "18000"); !strings.HasPrefix(got, "« 18 000,00 € »") && !strings.HasPrefix(got, "« 18 000 € »") {
		t.Errorf("le montant est redit tel qu'il sera noté : %q", got)
	}
}

// The value is said back as it will be recorded, not as it was typed.
func TestUnusualSaysTheRecordedValue(t *testing.T) {
	q, _ := QuestionFor("person.age")
	for _, raw := range []string{"2", "2 ans", " 02 ", "2an"} {
		if got := Unusual(q, raw); !strings.HasPrefix(got, "« 2 ans » : ") {
			t.Errorf("%q : %q", raw, got)
		}
	}
}
