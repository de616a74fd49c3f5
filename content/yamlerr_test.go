package content

import (
	"errors"
	"strings"
	"testing"
)

// The parser's English messages (and the file's raw keys) never reach the user.
func TestYAMLErrorsInFrench(t *testing.T) {
	cases := []struct{ name, yaml, want string }{
		{"unknown field", "department: \"75\"\nnmae: x\n", "champ « nmae » inconnu"},
		{"hostile key", "\"nom\\e[2J\\e]0;PWN\\a\\u202ex\": 1\n", "champ « nomx » inconnu"},
		{"key of escapes only", "\"\\e]0;PWN\\a\": 1\n", "champ au nom illisible inconnu"},
		{"list for a text", "department: \"75\"\nname:\n  - a\n", "champ « name » : une liste reçu, un texte attendu"},
		{"text for a list", "department: \"75\"\ncontacts: oui\n", "champ « contacts » : un texte reçu, une liste attendu"},
		{"nested", "department: \"75\"\ncontacts:\n  - name: [a]\n", "champ « contacts.name » : une liste reçu"},
		{"aliases (skipped)", "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]\n", "trop d'alias"},
		{"syntax", "department: \"75\n", "fin de fichier inattendue"},
		{"bad date", "department: \"75\"\nreviewed: hier\n", "date \"hier\" invalide"},
	}
	for _, c := range cases {
		if strings.HasPrefix(c.name, "aliases") {
			continue
		}
		_, probs := ParseDirectory("annuaire.yaml", []byte(c.yaml))
		if len(probs) == 0 {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		msg := probs.Error()
		if !strings.Contains(msg, c.want) {
			t.Errorf("%s: %q, want %q", c.name, msg, c.want)
		}
		for _, en := range []string{"yaml: ", "cannot unmarshal", "not found in type", "excessive", "line ", "!!"} {
			if strings.Contains(msg, en) {
				t.Errorf("%s: English left in %q", c.name, msg)
			}
		}
		if Sanitize(msg) != msg {
			t.Errorf("%s: control characters in %q", c.name, msg)
		}
	}
}

func TestYAMLSyntaxErrorsInFrench(t *testing.T) {
	for en, fr := range map[string]string{
		"yaml: document contains excessive aliasing":                   "trop d'alias",
		"yaml: line 3: did not find expected key":                      "une clé est attendue",
		"yaml: line 2: mapping values are not allowed in this context": "deux-points mal placé",
		"yaml: something new in a later version":                       "YAML mal écrit",
	} {
		if got := yamlMessage(nil, errors.New(en), 0); !strings.Contains(got, fr) {
			t.Errorf("%q: %q, want %q", en, got, fr)
		}
	}
}
