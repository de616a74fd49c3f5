package guide

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"aidants/content"
	"aidants/rules"
)

// MaxInput is the largest situation accepted (a real one is under 2 kB).
const MaxInput = 1 << 20

// InputError is a bad situation, explained in French with the field it concerns.
type InputError struct {
	Field   string
	Message string
}

func (e *InputError) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + " : " + e.Message
}

// ParseSituation reads a situation in the JSON of DESIGN, strictly: unknown keys, wrong
// types, bad enumerations and out-of-range values are errors naming their field.
func ParseSituation(b []byte) (*rules.Situation, error) {
	if len(b) > MaxInput {
		return nil, &InputError{Message: fmt.Sprintf("situation trop grande (%d octets ; au plus %d)", len(b), MaxInput)}
	}
	// A UTF-8 byte order mark (Windows Notepad writes one) is accepted and skipped.
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(bytes.TrimSpace(b), []byte("\uFEFF")))
	if len(trimmed) == 0 {
		return nil, &InputError{Message: "situation vide (attendu : un objet JSON, par exemple {\"person\": {\"age\": 82}})"}
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	dec.DisallowUnknownFields()
	var s rules.Situation
	if err := dec.Decode(&s); err != nil {
		// encoding/json names an unknown key without its path (« lives », not
		// « person.lives »): the strict walk, on valid JSON, names it whole.
		if json.Valid(trimmed) {
			if serr := strictCheck(trimmed); serr != nil {
				return nil, serr
			}
		}
		return nil, jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &InputError{Message: "texte en trop après l'objet JSON (une seule situation attendue)"}
	}
	// encoding/json matches keys without regard to case, keeps the last of two equal keys
	// and takes null for "absent": the situation is stricter (the JSON is valid by now).
	if err := strictCheck(trimmed); err != nil {
		return nil, err
	}
	if err := s.Validate(); err != nil {
		var fe *rules.FieldError
		if errors.As(err, &fe) {
			return nil, &InputError{Field: fe.Field, Message: fe.Message}
		}
		return nil, err
	}
	if err := DerivePlace(&s); err != nil {
		return nil, err
	}
	return &s, nil
}

// jsonError turns encoding/json errors into French messages naming the field.
func jsonError(err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return &InputError{Message: fmt.Sprintf("JSON mal formé à l'octet %d", se.Offset)}
	case errors.As(err, &te):
		field := te.Field
		if field == "" {
			field = "situation"
		}
		return &InputError{Field: field, Message: fmt.Sprintf("type incorrect : %s reçu, %s attendu", jsonKind(te.Value), goKind(te.Type.String()))}
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return &InputError{Message: "JSON incomplet (accolade ou guillemet manquant ?)"}
	}
	msg := err.Error()
	if strings.HasPrefix(msg, "json: unknown field ") {
		name := strings.TrimPrefix(msg, "json: unknown field ")
		if u, err := strconv.Unquote(name); err == nil {
			name = u
		}
		return &InputError{Field: fieldName(name), Message: "champ inconnu (voir la liste des champs dans DESIGN.md ou le README)"}
	}
	return &InputError{Message: "JSON invalide (vérifiez les accolades, les guillemets et les virgules)"}
}

func jsonKind(v string) string {
	switch v {
	case "string":
		return "un texte"
	case "number":
		return "un nombre"
	case "bool":
		return "vrai/faux"
	case "array":
		return "une liste"
	case "object":
		return "un objet"
	}
	if strings.HasPrefix(v, "number") {
		return "un nombre (" + strings.TrimPrefix(v, "number ") + ")"
	}
	return v
}

func goKind(t string) string {
	switch {
	case strings.Contains(t, "int"):
		return "un nombre entier"
	case strings.Contains(t, "Euros"), strings.Contains(t, "float"):
		return "un montant en euros"
	case strings.Contains(t, "bool"):
		return "true ou false"
	case strings.Contains(t, "string") && strings.HasPrefix(t, "*[]"), strings.HasPrefix(t, "[]"):
		return "une liste"
	case strings.Contains(t, "string"):
		return "un texte"
	}
	return "un objet"
}

// fieldName is a key of the input as a message may quote it: sanitised, 40 characters.
func fieldName(s string) string {
	s = content.SanitizeLine(s)
	if utf8.RuneCountInString(s) > 40 {
		s = string([]rune(s)[:40]) + "…"
	}
	return s
}

// strictCheck walks a valid JSON situation: every key is a field of rules.Situation
// written exactly (case included), no key is given twice, no value is null.
func strictCheck(b []byte) error {
	sc := strictScanner{b: b}
	return sc.value(situationType, "")
}

var situationType = reflect.TypeOf(rules.Situation{})

type strictScanner struct {
	b []byte
	i int
}

func (s *strictScanner) ws() {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\t' || s.b[s.i] == '\n' || s.b[s.i] == '\r') {
		s.i++
	}
}

func (s *strictScanner) value(t reflect.Type, path string) error {
	s.ws()
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if s.i >= len(s.b) {
		return nil
	}
	switch s.b[s.i] {
	case 'n':
		field := path
		if field == "" {
			field = "situation"
		}
		return &InputError{Field: field, Message: "null n'est pas accepté : si la réponse n'est pas connue, n'écrivez pas ce champ"}
	case '{':
		s.i++
		var fields map[string]reflect.Type
		var elem reflect.Type
		if t != nil && t.Kind() == reflect.Struct {
			fields = jsonFields(t)
		} else if t != nil && t.Kind() == reflect.Map {
			elem = t.Elem()
		}
		var seen []string
		for {
			s.ws()
			if s.i >= len(s.b) || s.b[s.i] == '}' {
				s.i++
				return nil
			}
			if s.b[s.i] == ',' {
				s.i++
				continue
			}
			key := s.str()
			name := key
			if path != "" {
				name = path + "." + key
			}
			for _, k := range seen {
				if k == key {
					return &InputError{Field: fieldName(name), Message: "champ donné deux fois (gardez une seule valeur)"}
				}
			}
			seen = append(seen, key)
			s.ws()
			s.i++ // ':'
			ft := elem
			if fields != nil {
				var ok bool
				if ft, ok = fields[key]; !ok {
					msg := "champ inconnu (voir la liste des champs dans DESIGN.md ou le README)"
					for k := range fields {
						if strings.EqualFold(k, key) {
							msg = fmt.Sprintf("champ inconnu : les noms de champs s'écrivent exactement comme dans DESIGN.md, ici « %s »", k)
						}
					}
					return &InputError{Field: fieldName(name), Message: msg}
				}
			}
			if err := s.value(ft, name); err != nil {
				return err
			}
		}
	case '[':
		s.i++
		var elem reflect.Type
		if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
			elem = t.Elem()
		}
		for n := 0; ; {
			s.ws()
			if s.i >= len(s.b) || s.b[s.i] == ']' {
				s.i++
				return nil
			}
			if s.b[s.i] == ',' {
				s.i++
				continue
			}
			if err := s.value(elem, fmt.Sprintf("%s[%d]", path, n)); err != nil {
				return err
			}
			n++
		}
	case '"':
		s.str()
		return nil
	}
	for s.i < len(s.b) && !strings.ContainsRune(",]} \t\n\r", rune(s.b[s.i])) {
		s.i++
	}
	return nil
}

// str reads a JSON string at s.i and returns its value.
func (s *strictScanner) str() string {
	start := s.i
	s.i++ // opening quote
	escaped := false
	for s.i < len(s.b) && s.b[s.i] != '"' {
		if s.b[s.i] == '\\' {
			escaped = true
			s.i++
		}
		s.i++
	}
	s.i++ // closing quote
	raw := s.b[start:min(s.i, len(s.b))]
	if !escaped {
		return string(raw[1 : len(raw)-1])
	}
	var v string
	json.Unmarshal(raw, &v)
	return v
}

// jsonFields maps the JSON names of a struct's fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	if m, ok := fieldCache.Load(t); ok {
		return m.(map[string]reflect.Type)
	}
	m := map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		m[name] = f.Type
	}
	fieldCache.Store(t, m)
	return m
}

var fieldCache sync.Map
