package rules

import (
	"strings"
	"unicode/utf8"
)

// Words for the person actually described. A text that speaks of the person helped or of
// the caregiver without naming them (« elle reçoit l'ASPA », « près de chez elle ») is
// written once with its forms in braces, resolved for the situation when it is printed:
//
//	{feminine|masculine|neutral}         the person helped (person.sex)
//	{aidant:feminine|masculine|neutral}  the caregiver (caregiver.sex)
//
// The neutral form is used when the sex is not known; left out, it is the feminine form
// for the person (« la personne … elle ») and the masculine one for the caregiver
// (« l'aidant … il »). A form may be empty: « reconnu{e|} ». Double braces are the
// amounts of the fiches ({{apa.plafond.1}}) and are left as they are, and so is a pair of
// braces without a bar. Examples:
//
//	{Elle|Il|La personne} reçoit l'ASPA
//	Service d'aide à domicile près de {chez elle|chez lui|chez la personne}
//	{aidant:Elle|Il|L'aidant} prend un congé de proche aidant
//
// The rule book reads the neutral forms (Check.Label is the neutral form; see wordsInit).

// Sex is who a text speaks of, as far as the situation says.
type Sex uint8

// Sexes of a person in the words.
const (
	SexUnknown Sex = iota
	SexFemale
	SexMale
)

// SexOf reads person.sex or caregiver.sex.
func SexOf(v *string) Sex {
	switch {
	case v == nil:
		return SexUnknown
	case *v == "male":
		return SexMale
	case *v == "female":
		return SexFemale
	}
	return SexUnknown
}

// HasForms reports whether a text has forms to resolve (a cheap test: no allocation).
func HasForms(s string) bool {
	i := strings.IndexByte(s, '{')
	for i >= 0 {
		if i+1 < len(s) && s[i+1] != '{' && (i == 0 || s[i-1] != '{') {
			if j := strings.IndexByte(s[i:], '}'); j > 0 && strings.IndexByte(s[i:i+j], '|') > 0 {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], '{')
		if k < 0 {
			return false
		}
		i += 1 + k
	}
	return false
}

// WordsFor resolves the forms of a text for the person and caregiver of a situation (nil:
// neither is known).
func WordsFor(text string, s *Situation) string {
	if !HasForms(text) {
		return text
	}
	if s == nil {
		return Words(text, SexUnknown, SexUnknown)
	}
	return Words(text, SexOf(s.Person.Sex), SexOf(s.Caregiver.Sex))
}

// NeutralWords resolves the forms of a text when neither sex is known (the rule book).
func NeutralWords(text string) string { return Words(text, SexUnknown, SexUnknown) }

// Words resolves the forms of a text for the sexes of the person helped and the caregiver.
// « si » and « que » before a form are elided as French requires (« si {elle|il} » gives
// « s'il », « que {elle|il} » « qu'elle »).
func Words(text string, person, caregiver Sex) string {
	if !HasForms(text) {
		return text
	}
	b := make([]byte, 0, len(text))
	rest := text
	for {
		i := strings.IndexByte(rest, '{')
		if i < 0 {
			b = append(b, rest...)
			break
		}
		if i+1 < len(rest) && rest[i+1] == '{' { // {{amount}}: kept as written
			j := strings.Index(rest[i:], "}}")
			if j < 0 {
				b = append(b, rest...)
				break
			}
			b = append(b, rest[:i+j+2]...)
			rest = rest[i+j+2:]
			continue
		}
		j := strings.IndexByte(rest[i:], '}')
		if j < 0 {
			b = append(b, rest...)
			break
		}
		inner := rest[i+1 : i+j]
		if strings.IndexByte(inner, '|') < 0 {
			b = append(b, rest[:i+j+1]...)
			rest = rest[i+j+1:]
			continue
		}
		b = append(b, rest[:i]...)
		b = elide(b, pickForm(inner, person, caregiver))
		rest = rest[i+j+1:]
	}
	return string(b)
}

// elide appends a form after the text, eliding « si » before « il » and « que » before a
// vowel.
func elide(b []byte, form string) []byte {
	word := func(w string) bool {
		n := len(b) - len(w) - 1
		return n >= 0 && b[len(b)-1] == ' ' && strings.EqualFold(string(b[n:len(b)-1]), w) && (n == 0 || b[n-1] == ' ' || b[n-1] == '(')
	}
	switch {
	case strings.HasPrefix(form, "il") && word("si"):
		b = append(b[:len(b)-2], '\'')
	case form != "" && strings.ContainsRune("aeéèêiouyAEÉIOUY", firstRune(form)) && word("que"):
		b = append(b[:len(b)-2], '\'')
	}
	return append(b, form...)
}

// pickForm chooses one form of « feminine|masculine|neutral » (« aidant: » first: the
// caregiver's).
func pickForm(inner string, person, caregiver Sex) string {
	sex, neutral := person, 0
	if s, ok := strings.CutPrefix(inner, "aidant:"); ok {
		inner, sex, neutral = s, caregiver, 1
	}
	forms := strings.SplitN(inner, "|", 3)
	if len(forms) == 3 {
		neutral = 2
	}
	switch sex {
	case SexFemale:
		return forms[0]
	case SexMale:
		return forms[1]
	}
	return forms[neutral]
}

// sexes are the nine combinations of the person's and the caregiver's sex.
const sexes = 9

// sexIndex is the index of the situation's sexes among a check's forms.
func (f *facts) sexIndex() int {
	return int(SexOf(f.s.Person.Sex))*3 + int(SexOf(f.s.Caregiver.Sex))
}

// words resolves the forms of a text built for this situation (a value seen, a label the
// situation words): nothing is done when it has none.
func (f *facts) words(s string) string {
	if !HasForms(s) {
		return s
	}
	return Words(s, SexOf(f.s.Person.Sex), SexOf(f.s.Caregiver.Sex))
}

// wordsInit resolves, once, the forms of every declared label of the catalogue (checks,
// their alternatives, signals): Check.Label becomes the neutral form the rule book prints,
// and the check keeps each form, picked without building a string when it is evaluated.
func wordsInit() {
	var walk func(cs []*Check)
	walk = func(cs []*Check) {
		for _, c := range cs {
			if c.forms == nil && HasForms(c.Label) {
				c.forms = make([]string, sexes)
				for i := range c.forms {
					c.forms[i] = Words(c.Label, Sex(i/3), Sex(i%3))
				}
				c.Label = c.forms[0]
			}
			walk(c.Any)
		}
	}
	for _, e := range Catalogue {
		walk(e.checks)
		for _, s := range e.Relevant {
			s.Label = NeutralWords(s.Label)
		}
		for _, s := range e.Urgent {
			s.Label = NeutralWords(s.Label)
		}
	}
}

func init() { wordsInit() }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}
