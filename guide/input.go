package guide

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

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
	trimmed := bytes.TrimSpace(b)
	if len(trimmed) == 0 {
		return nil, &InputError{Message: "situation vide (attendu : un objet JSON, par exemple {\"person\": {\"age\": 82}})"}
	}
	dec := json.NewDecoder(bytes.NewReader(trimmed))
	dec.DisallowUnknownFields()
	var s rules.Situation
	if err := dec.Decode(&s); err != nil {
		return nil, jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &InputError{Message: "texte en trop après l'objet JSON (une seule situation attendue)"}
	}
	if err := s.Validate(); err != nil {
		var fe *rules.FieldError
		if errors.As(err, &fe) {
			return nil, &InputError{Field: fe.Field, Message: fe.Message}
		}
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
		name := strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`)
		return &InputError{Field: name, Message: "champ inconnu (voir la liste des champs dans DESIGN.md ou le README)"}
	}
	return &InputError{Message: "JSON invalide : " + msg}
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
