package guide

import (
	"strings"
	"testing"
)

// The situation JSON is stricter than encoding/json: exact key case, no duplicate, no null.
func TestParseSituationStrict(t *testing.T) {
	refused := []struct{ in, field, want string }{
		{`{"Person":{"age":84}}`, "Person", "« person »"},
		{`{"person":{"AGE":84}}`, "person.AGE", "« age »"},
		{`{"person":{"age":84,"age":85}}`, "person.age", "deux fois"},
		{`{"person":{"age":84},"person":{"age":85}}`, "person", "deux fois"},
		{`{"person":{"aggir":{"coherence":"A","coherence":"C"}}}`, "person.aggir.coherence", "deux fois"},
		{`{"person":{"age":null}}`, "person.age", "null"},
		{`{"person":null}`, "person", "null"},
		{`null`, "situation", "null"},
		{`{"needs":["x",null]}`, "needs[1]", "null"},
		{`{"person":{"\u0061ge":84, "age":85}}`, "person.age", "deux fois"},
		// an unknown key is named with its whole path, as the agent must find it in the file
		{`{"person":{"age":84,"lives":"home"}}`, "person.lives", "champ inconnu"},
		{`{"caregiver":{"job":"x"}}`, "caregiver.job", "champ inconnu"},
		{`{"person":{"aggir":{"toilettes":"A"}}}`, "person.aggir.toilettes", "variable inconnue"},
		{`{"personne":{"age":84}}`, "personne", "champ inconnu"},
	}
	for _, c := range refused {
		_, err := ParseSituation([]byte(c.in))
		ie, ok := err.(*InputError)
		if !ok || ie.Field != c.field || !strings.Contains(ie.Message, c.want) {
			t.Errorf("%s: %v (field %q), want field %q and %q", c.in, err, fieldOf(ie), c.field, c.want)
		}
	}
	accepted := []string{
		"\ufeff" + `{"person":{"age":84}}`, // a UTF-8 byte order mark (Notepad) is skipped
		`{"person":{"age":84,"aggir":{"coherence":"A"}},"caregiver":{}}`,
		` {"person" : {"age" : 84} } `,
		`{"person":{"department":"75","residence":"home"}}`,
	}
	for _, in := range accepted {
		if _, err := ParseSituation([]byte(in)); err != nil {
			t.Errorf("%q refused: %v", in, err)
		}
	}
}

func fieldOf(e *InputError) string {
	if e == nil {
		return ""
	}
	return e.Field
}
