package content

import (
	"bytes"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"
)

// Letter is a letter template: the démarche is a letter.
type Letter struct {
	ID         string   `yaml:"id"`
	Title      string   `yaml:"title"`
	Items      []string `yaml:"items"`
	Reviewed   Date     `yaml:"reviewed"`
	LegalBasis []string `yaml:"legal_basis"`
	Body       string   `yaml:"-"`
	File       string   `yaml:"-"`
	BodyLine   int      `yaml:"-"`
}

// LetterFields are the {{champ}} fields a letter may use besides named amounts.
var LetterFields = []string{"date", "lien_aidant", "departement"}

// ParseLetter reads a letter template.
func ParseLetter(name string, b []byte) (*Letter, Problems) {
	fm, body, line, ok := splitFrontMatter(b)
	if !ok {
		return nil, Problems{{File: name, Line: 1, Message: "en-tête YAML absent"}}
	}
	l := &Letter{}
	dec := yaml.NewDecoder(bytes.NewReader(fm))
	dec.KnownFields(true)
	if err := dec.Decode(l); err != nil && err.Error() != "EOF" {
		return nil, Problems{{File: name, Line: yamlLine(err) + 1, Message: "en-tête YAML invalide : " + yamlMessage(fm, err, 1)}}
	}
	l.Body, l.File, l.BodyLine = Sanitize(body), name, line
	l.ID, l.Title = Sanitize(l.ID), Sanitize(l.Title)
	SanitizeAll(l.Items)
	SanitizeAll(l.LegalBasis)
	if l.ID == "" {
		return l, Problems{{File: name, Line: 2, Message: "champ « id » absent"}}
	}
	return l, nil
}

var fieldRE = regexp.MustCompile(`\{\{\s*([a-z_]+)\s*\}\}`)

// Fill replaces the letter's {{champ}} fields. A field with no value becomes a blank to
// fill by hand, such as « [lien avec la personne aidée] ».
func (l *Letter) Fill(fields map[string]string) string {
	return fieldRE.ReplaceAllStringFunc(l.Body, func(m string) string {
		k := fieldRE.FindStringSubmatch(m)[1]
		if v, ok := fields[k]; ok && v != "" {
			return v
		}
		return blanks[k]
	})
}

var blanks = map[string]string{
	"date":        "[date]",
	"lien_aidant": "[lien avec la personne aidée]",
	"departement": "[département]",
}

// Fields lists the {{champ}} names used in the letter.
func (l *Letter) Fields() []string {
	var out []string
	for _, m := range fieldRE.FindAllStringSubmatch(l.Body, -1) {
		out = append(out, m[1])
	}
	return out
}

// Trimmed returns the body without leading and trailing blank lines.
func (l *Letter) Trimmed(s string) string { return strings.Trim(s, "\n") }
