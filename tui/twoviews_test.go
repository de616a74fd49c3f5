package tui

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"aidants/guide"
)

// typedFor is what an agent types for a value as the caller said it: the number(s) of
// the answer for a choice, the words for a yes/no (words=true, as read out on the
// phone), the text for a number; "" for « je ne sais pas ».
func typedFor(c *guide.Case, q guide.Question, v string, words bool) string {
	if v == "" || v == guide.Unknown {
		return ""
	}
	switch q.Kind {
	case guide.KindInt, guide.KindEuros, guide.KindText:
		return v
	case guide.KindBool:
		if words {
			return map[string]string{guide.Yes: "oui", guide.No: "non"}[v]
		}
	}
	var nums []string
	for i, ch := range c.Choices(q) {
		for _, x := range strings.Split(v, ",") {
			if x == ch.Value {
				nums = append(nums, strconv.Itoa(i+1))
			}
		}
	}
	return strings.Join(nums, " ")
}

// accessibleLines are the lines typed in the accessible guide for a call, found by
// playing the call on a case of its own (the same controller, hence the same order).
func accessibleLines(t testing.TB, said map[string]string) []string {
	c := testGuide().NewCase(nil, testDate)
	var lines []string
	for i := 0; i < 80; i++ {
		q, ok := c.Next()
		if !ok {
			return lines
		}
		typed := typedFor(c, q, said[q.Fact], true)
		v := guide.Unknown
		if typed == "" {
			typed = "?"
		} else if len(c.Choices(q)) > 0 {
			var err error
			if v, err = c.ParseChoice(q, typed); err != nil {
				t.Fatalf("%s : %q : %v", q.Fact, typed, err)
			}
		} else {
			v = typed
		}
		if err := c.Answer(q.Fact, v); err != nil {
			t.Fatalf("%s = %q : %v", q.Fact, v, err)
		}
		lines = append(lines, typed)
	}
	t.Fatal("le questionnaire ne se termine pas")
	return nil
}

// accessibleMenuFor is the accessible menu once a call is answered.
func accessibleMenuFor(t testing.TB, said map[string]string) []accessibleAction {
	m := New(testConfig())
	for _, l := range accessibleLines(t, said) {
		_ = l
	}
	c := testGuide().NewCase(nil, testDate)
	for {
		q, ok := c.Next()
		if !ok {
			break
		}
		typed := typedFor(c, q, said[q.Fact], false)
		v := guide.Unknown
		if typed != "" {
			v = typed
			if len(c.Choices(q)) > 0 {
				v, _ = c.ParseChoice(q, typed)
			}
		}
		_ = c.Answer(q.Fact, v)
	}
	m.c = c
	m.sync()
	return (&accessibleRun{m: m}).actions()
}

// playFullScreen answers a call in the full-screen guide, as an agent types it, with an
// extra Entrée after every answer (it must record nothing).
func playFullScreen(t *testing.T, said map[string]string) *Model {
	t.Helper()
	m := newSized(t, 80, 24)
	for i := 0; i < 80 && m.screen == scrQuestion; i++ {
		q := m.ask.q
		typed := typedFor(m.c, q, said[q.Fact], i%2 == 0)
		if typed == "" {
			drive(m, "tab")
		} else {
			for _, r := range typed {
				drive(m, string(r))
			}
			drive(m, "enter")
		}
		if m.screen == scrQuestion && m.ask.q.Fact == q.Fact && !strings.HasPrefix(q.Fact, "aggir.") {
			t.Fatalf("%s : %q refusé :\n%s", q.Fact, typed, screenText(m))
		}
		drive(m, "enter") // the extra Entrée
	}
	if m.screen == scrQuestion {
		t.Fatalf("le questionnaire ne se termine pas :\n%s", screenText(m))
	}
	return m
}

// The two guides are two views of one case controller: the same call gives the same
// situation and the same five exports, in either.
func TestBothGuidesRecordTheSameCall(t *testing.T) {
	for name, said := range guide.CallScripts {
		t.Run(name, func(t *testing.T) {
			full := playFullScreen(t, said)
			lines := accessibleLines(t, said)
			lines = append(lines, strconv.Itoa(len(accessibleMenuFor(t, said))), "1") // quit, yes
			var out bytes.Buffer
			acc, err := runAccessible(testConfig(), strings.NewReader(strings.Join(lines, "\n")+"\n"), &out)
			if err != nil {
				t.Fatal(err)
			}
			a, _ := json.Marshal(full.c.Situation())
			b, _ := json.Marshal(acc.c.Situation())
			if string(a) != string(b) {
				t.Fatalf("situations différentes :\nplein écran %s\naccessible  %s\n%s", a, b, out.String())
			}
			for _, ch := range guide.ExportChoices {
				if !bytes.Equal(full.c.Export(ch), acc.c.Export(ch)) {
					t.Errorf("export %s différent", ch.ID)
				}
			}
			// and what was recorded is what was said
			want := testGuide().NewCase(nil, testDate)
			for f, v := range said {
				if q, ok := guide.QuestionFor(f); ok && full.c.Asked(f) && !(f == "person.gir" && v == guide.Estimate) {
					probe := guide.Known(full.c.Situation(), f)
					if !probe && v != "" {
						t.Errorf("%s : dit %q, enregistré : rien", f, v)
					}
					_ = q
				}
			}
			_ = want
			if !strings.Contains(out.String(), "Au revoir.") {
				t.Errorf("le mode accessible ne finit pas par le menu :\n%s", out.String())
			}
		})
	}
}

// The summary read aloud starts with the aid that opens the others: the APA request for
// a wife with Alzheimer's (GIR 3, no APA) and an exhausted husband, the APA d'urgence first
// for a mother just home from hospital; « Par quoi commencer » follows the same order.
func TestSummaryStartsWithTheAidThatOpensTheOthers(t *testing.T) {
	for name, first := range map[string][]string{
		"finistere": {"Allocation personnalisée d'autonomie (APA) à domicile"},
		"creuse":    {"APA en urgence", "Allocation personnalisée d'autonomie (APA) à domicile"},
	} {
		m := playFullScreen(t, guide.CallScripts[name])
		for _, p := range readAloud(m.plan) {
			switch p.head {
			case "Vous avez probablement droit à :", "Par quoi commencer :":
				for i, want := range first {
					if i >= len(p.lines) || !strings.Contains(p.lines[i], want) {
						t.Errorf("%s, « %s » : ligne %d = %q, attendu %q", name, p.head, i+1, p.lines, want)
					}
				}
			}
		}
	}
}
