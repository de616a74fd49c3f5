package guide

import (
	"testing"

	"aidants/rules"
)

// The caregiver is said in a sentence, in the words for a woman or a man: « Aidant : sa
// fille, salariée. », not « Aidant : son enfant, salarié. ».
func TestSummaryCaregiverInWords(t *testing.T) {
	str := func(s string) *string { return &s }
	yes := true
	cases := []struct {
		rel, sex, emp string
		exhausted     bool
		want          string
	}{
		{"child", "female", "employee", false, "Aidant : sa fille, salariée."},
		{"child", "male", "employee", false, "Aidant : son fils, salarié."},
		{"spouse", "male", "retired", true, "Aidant : son conjoint, retraité, épuisé."},
		{"spouse", "female", "retired", true, "Aidant : sa conjointe, retraitée, épuisée."},
		{"friend_neighbour", "female", "jobseeker", false, "Aidant : une amie ou voisine, demandeuse d'emploi."},
		{"grandchild", "male", "not_working", false, "Aidant : son petit-fils, sans activité."},
		{"sibling", "female", "public_servant", false, "Aidant : sa sœur, agente publique."},
		// no feminine noun for the relationship: the usual words, the work in the feminine
		{"other_family", "female", "self_employed", false, "Aidant : un autre membre de sa famille, indépendante."},
		// sex not known: the words as before
		{"child", "", "employee", false, "Aidant : son enfant, salarié."},
	}
	for _, c := range cases {
		s := &rules.Situation{}
		s.Caregiver.Relationship = str(c.rel)
		s.Caregiver.Employment = str(c.emp)
		if c.sex != "" {
			s.Caregiver.Sex = str(c.sex)
		}
		if c.exhausted {
			s.Caregiver.Exhausted = &yes
		}
		if got := SituationSummary(s)[1]; got != c.want {
			t.Errorf("%s/%s/%s: %q, want %q", c.rel, c.sex, c.emp, got, c.want)
		}
	}
}

// The caregiver's sex is asked first among the caregiver's questions, in the words of the
// relationship (« son fils ou sa fille »), and only once the relationship is known.
func TestCaregiverSexQuestion(t *testing.T) {
	g := testGuide(t)
	c := g.NewCase(nil, testDay)
	for _, f := range []string{"person.sex", "caregiver.relationship"} {
		q, ok := c.Next()
		if !ok || q.Fact != f {
			t.Fatalf("next question %q, want %s", q.Fact, f)
		}
		if f == "caregiver.relationship" {
			if err := c.Answer(f, Unknown); err != nil {
				t.Fatal(err)
			}
			if asked(c, "caregiver.sex") {
				t.Fatal("caregiver.sex asked though the relationship is not known")
			}
			if _, ok := c.Undo(); !ok {
				t.Fatal("undo refused")
			}
			if err := c.Answer(f, "child"); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := c.Answer(f, "female"); err != nil {
			t.Fatal(err)
		}
	}
	if !asked(c, "caregiver.sex") {
		t.Fatal("caregiver.sex not asked once the relationship is known")
	}
	q, _ := QuestionFor("caregiver.sex")
	if got, want := c.Text(q), "L'aidant est-il son fils ou sa fille ?"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	ch := c.Choices(q)
	if ch[0].Label != "Sa fille" || ch[1].Label != "Son fils" {
		t.Errorf("choices %v", ch)
	}
	if err := c.Answer("caregiver.sex", "female"); err != nil {
		t.Fatal(err)
	}
	if got := c.Display(q); got != "sa fille" {
		t.Errorf("display %q, want « sa fille »", got)
	}
}

// asked reports whether the case would still ask a fact, in its order of questions.
func asked(c *Case, fact string) bool {
	q, ok := QuestionFor(fact)
	return ok && c.Worth(q)
}

// Where the person lives is said with one verb: the place, then the commune.
func TestSummaryPlaceInOneVerb(t *testing.T) {
	str := func(s string) *string { return &s }
	cases := []struct {
		residence, commune, dep string
		want                    string
	}{
		{"relative_home", "23096", "", "Personne aidée : vit chez un proche à Guéret (Creuse, 23)."},
		{"", "23096", "", "Personne aidée : vit à Guéret (Creuse, 23)."},
		{"home", "", "23", "Personne aidée : vit chez elle, département 23."},
		{"home", "", "", "Personne aidée : vit chez elle."},
	}
	for _, c := range cases {
		s := &rules.Situation{}
		if c.residence != "" {
			s.Person.Residence = str(c.residence)
		}
		if c.commune != "" {
			s.Person.Commune = str(c.commune)
		}
		if c.dep != "" {
			s.Person.Department = str(c.dep)
		}
		if got := SituationSummary(s)[0]; got != c.want {
			t.Errorf("%+v: %q, want %q", c, got, c.want)
		}
	}
}
