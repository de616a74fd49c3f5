package rules

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		text              string
		person, caregiver Sex
		want              string
	}{
		{"{Elle|Il|La personne} reçoit l'ASPA", SexMale, SexUnknown, "Il reçoit l'ASPA"},
		{"{Elle|Il|La personne} reçoit l'ASPA", SexFemale, SexMale, "Elle reçoit l'ASPA"},
		{"{Elle|Il|La personne} reçoit l'ASPA", SexUnknown, SexMale, "La personne reçoit l'ASPA"},
		{"vit {chez elle|chez lui}", SexUnknown, SexUnknown, "vit chez elle"},
		{"vit {chez elle|chez lui}", SexMale, SexUnknown, "vit chez lui"},
		{"reconnu{e|} inapte", SexMale, SexUnknown, "reconnu inapte"},
		{"reconnu{e|} inapte", SexFemale, SexUnknown, "reconnue inapte"},
		{"{aidant:Elle|Il|L'aidant} prend un congé", SexMale, SexFemale, "Elle prend un congé"},
		{"{aidant:Elle|Il|L'aidant} prend un congé", SexFemale, SexUnknown, "L'aidant prend un congé"},
		{"ou {aidant:elle|il} ne travaille pas", SexFemale, SexUnknown, "ou il ne travaille pas"},
		// elision
		{"seulement si {elle|il} travaille", SexMale, SexUnknown, "seulement s'il travaille"},
		{"seulement si {elle|il} travaille", SexFemale, SexUnknown, "seulement si elle travaille"},
		{"Si {elle|il} travaille", SexMale, SexUnknown, "S'il travaille"},
		{"(si {elle|il} travaille)", SexMale, SexUnknown, "(s'il travaille)"},
		{"ainsi {elle|il} travaille", SexMale, SexUnknown, "ainsi il travaille"},
		{"ce que {elle|il} veut", SexFemale, SexUnknown, "ce qu'elle veut"},
		{"ce que {elle|il} veut", SexMale, SexUnknown, "ce qu'il veut"},
		{"ce que {la personne|lui} veut", SexFemale, SexUnknown, "ce que la personne veut"},
		// left as written: amounts, braces without a bar, unclosed
		{"jusqu'à {{apa.plafond.1}} par mois", SexMale, SexMale, "jusqu'à {{apa.plafond.1}} par mois"},
		{"{{x}} et {elle|il}", SexMale, SexMale, "{{x}} et il"},
		{"un {mot} seul", SexMale, SexMale, "un {mot} seul"},
		{"un {elle|il", SexMale, SexMale, "un {elle|il"},
		{"sans forme", SexMale, SexMale, "sans forme"},
	} {
		if got := Words(c.text, c.person, c.caregiver); got != c.want {
			t.Errorf("Words(%q, %d, %d) = %q, want %q", c.text, c.person, c.caregiver, got, c.want)
		}
	}
}

func TestHasForms(t *testing.T) {
	for s, want := range map[string]bool{"a {b|c} d": true, "{{a}}": false, "{{a|b}}": false, "{a}": false, "": false, "{|x}": true, "x {y|}": true} {
		if got := HasForms(s); got != want {
			t.Errorf("HasForms(%q) = %v, want %v", s, got, want)
		}
	}
}

// Every declared label of the catalogue is printed resolved: the rule book reads the neutral
// form, and no form is left in braces, whatever the sexes.
func TestDeclaredLabelsHaveNoFormsLeft(t *testing.T) {
	var walk func(id string, cs []*Check)
	walk = func(id string, cs []*Check) {
		for _, c := range cs {
			if HasForms(c.Label) || HasForms(c.When) || HasForms(c.Unsettled) {
				t.Errorf("%s: forms left in %q / %q / %q", id, c.Label, c.When, c.Unsettled)
			}
			for _, f := range c.forms {
				if HasForms(f) {
					t.Errorf("%s: forms left in %q", id, f)
				}
			}
			walk(id, c.Any)
		}
	}
	for _, e := range Catalogue {
		walk(e.ID, e.checks)
		for _, s := range append(append([]*Signal(nil), e.Relevant...), e.Urgent...) {
			if HasForms(s.Label) {
				t.Errorf("%s: forms left in the signal %q", e.ID, s.Label)
			}
		}
	}
}

// For a man helped by a man, no condition starts with « Elle » and no value seen says « elle », « seule »
// or « chez elle » of him: the words that speak of the person without naming her are
// written with their forms (a guard for the labels added later).
func TestNoFeminineWordsForAMan(t *testing.T) {
	p, err := NewParams(nil)
	if err != nil {
		t.Fatal(err)
	}
	male := "male"
	d := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	fem := regexp.MustCompile(`(^|[^\p{L}])(elle|Elle|seule|hébergée)([^\p{L}]|$)`)
	yes, no := true, false
	for _, age := range []int{58, 63, 70, 82} {
		for _, gir := range []int{2, 4, 5} {
			for _, home := range []string{"home", "institution"} {
				for _, b := range []*bool{&yes, &no, nil} {
					emp := "jobseeker"
					s := &Situation{Person: Person{Sex: &male, Age: &age, GIR: &gir, Residence: &home, ReceivesAPA: b, ReceivesPCH: b, Couple: b,
						EmploysHomeHelp: b, PensionScheme: ptr("agricultural"), Housing: ptr("hosted")},
						Caregiver: Caregiver{Sex: &male, Relationship: ptr("child"), Employment: &emp, LivesWithPerson: b}}
					for _, r := range Evaluate(s, p, d) {
						for _, c := range r.Conditions {
							if strings.HasPrefix(c.Label, "Elle ") || strings.HasPrefix(c.Label, "Ou : elle") {
								t.Errorf("%s: %q", r.Entry.ID, c.Label)
							}
							if fem.MatchString(c.Seen) {
								t.Errorf("%s: %q — vu : %q", r.Entry.ID, c.Label, c.Seen)
							}
						}
					}
				}
			}
		}
	}
}
