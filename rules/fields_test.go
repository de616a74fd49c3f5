package rules

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// situationLeaves walks Situation by reflection and returns, for every answerable field,
// its JSON path ("person.age") and its address in s.
func situationLeaves(s *Situation) map[string]reflect.Value {
	out := map[string]reflect.Value{}
	var walk func(v reflect.Value, prefix string)
	walk = func(v reflect.Value, prefix string) {
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			name := strings.Split(t.Field(i).Tag.Get("json"), ",")[0]
			if name == "-" {
				continue // derived, not an answer (Person.Territory)
			}
			path := name
			if prefix != "" {
				path = prefix + "." + name
			}
			fv := v.Field(i)
			if fv.Kind() == reflect.Struct {
				walk(fv, path)
				continue
			}
			out[path] = fv.Addr()
		}
	}
	walk(reflect.ValueOf(s).Elem(), "")
	return out
}

// TestFactTable: every field of Situation has exactly one row, and the row reads and writes
// that very field.
func TestFactTable(t *testing.T) {
	s := &Situation{}
	leaves := situationLeaves(s)
	if len(leaves) != len(Fields) {
		t.Errorf("%d fields in Situation, %d rows in Fields", len(leaves), len(Fields))
	}
	rows := map[FactID]bool{}
	for _, fd := range Fields {
		if rows[fd.ID] {
			t.Errorf("%s: two rows", fd.ID)
		}
		rows[fd.ID] = true
		addr, ok := leaves[string(fd.ID)]
		if !ok {
			t.Errorf("%s: row without a field of Situation", fd.ID)
			continue
		}
		if got := reflect.ValueOf(fd.at(s)).Pointer(); got != addr.Pointer() {
			t.Errorf("%s: the row points at another field", fd.ID)
		}
		if fd.Short == "" {
			t.Errorf("%s: no short label for the answers list", fd.ID)
		}
		values := map[string]bool{}
		for _, c := range fd.Choices {
			if c.Value == "" || c.Label == "" || values[c.Value] {
				t.Errorf("%s: bad or duplicate choice %+v", fd.ID, c)
			}
			values[c.Value] = true
		}
		switch fd.Kind {
		case FieldEnum, FieldSet:
			if len(fd.Choices) == 0 {
				t.Errorf("%s: a choice without choices", fd.ID)
			}
			for _, c := range fd.Choices {
				if fd.Kind == FieldEnum && c.Seen == "" {
					t.Errorf("%s: choice %s has no word for the plan's « vu »", fd.ID, c.Value)
				}
			}
		case FieldBool:
			if len(fd.Choices) != 2 || fd.Choices[0].Value != ValueYes || fd.Choices[1].Value != ValueNo {
				t.Errorf("%s: a yes/no field has the choices yes and no", fd.ID)
			}
		case FieldInt:
			if fd.Max <= fd.Min || fd.What == "" {
				t.Errorf("%s: bounds %d..%d, what %q", fd.ID, fd.Min, fd.Max, fd.What)
			}
		}
	}
}

// sample sets a valid (good) or invalid (bad) value of the row's kind; bad is false when
// the kind has no invalid value (yes/no).
func sample(fd *Field, s *Situation, good bool) bool {
	switch fd.Kind {
	case FieldInt:
		if good {
			fd.SetInt(s, fd.Max)
		} else {
			fd.SetInt(s, fd.Max+1)
		}
	case FieldEuros:
		if good {
			fd.SetEuros(s, 150000)
		} else {
			fd.SetEuros(s, -1)
		}
	case FieldEnum, FieldString:
		v := "zz"
		if good && fd.Kind == FieldEnum {
			v = fd.Choices[len(fd.Choices)-1].Value
		} else if good {
			v = "23"
			if fd.ID == FactCommune {
				v = "23096" // Guéret
			}
		}
		fd.SetString(s, v)
	case FieldSet:
		v := "zz"
		if good {
			v = fd.Choices[0].Value
		}
		fd.SetSet(s, []string{v})
	case FieldBool:
		fd.SetBool(s, true)
		return good
	case FieldAGGIR:
		a := AGGIR{"coherence": "A"}
		if !good {
			a = AGGIR{"coherence": "D"}
		}
		p := fd.at(s).(**AGGIR)
		*p = &a
	}
	return true
}

// TestEveryRowIsValidated: Validate checks every row (a bad value of each kind is refused,
// naming the field), and setting, knowing and clearing go through the row.
func TestEveryRowIsValidated(t *testing.T) {
	for _, fd := range Fields {
		s := &Situation{}
		if fd.Known(s) {
			t.Errorf("%s: known in an empty situation", fd.ID)
		}
		sample(fd, s, true)
		if !fd.Known(s) || fd.Answer(s) == "" {
			t.Errorf("%s: set but not known (answer %q)", fd.ID, fd.Answer(s))
		}
		if err := s.Validate(); err != nil {
			t.Errorf("%s: a good value refused: %v", fd.ID, err)
		}
		fd.Clear(s)
		if fd.Known(s) {
			t.Errorf("%s: still known after Clear", fd.ID)
		}
		s = &Situation{}
		if !sample(fd, s, false) {
			continue
		}
		err := s.Validate()
		fe, ok := err.(*FieldError)
		if !ok || !strings.HasPrefix(fe.Field, string(fd.ID)) {
			t.Errorf("%s: a bad value is not refused by Validate (got %v)", fd.ID, err)
		}
	}
}

// Known in the rules and in the screens is the same: an estimated GIR is not an answer
// to the GIR question (EffectiveGIR still gives it to the rules).
func TestEstimatedGIRIsNotAGivenGIR(t *testing.T) {
	s := &Situation{Person: Person{AGGIR: &AGGIR{"coherence": "C", "orientation": "C", "toilette": "C", "habillage": "C",
		"alimentation": "C", "elimination": "C", "transferts": "C", "deplacement_interieur": "C"}}}
	if g, est, _ := EffectiveGIR(s); g == 0 || !est {
		t.Fatalf("no estimated GIR: %d %v", g, est)
	}
	f := newFacts(s, nil, time.Time{})
	if f.known(string(FactGIR)) || FieldOf(FactGIR).Known(s) {
		t.Error("an estimated GIR counts as a given GIR")
	}
}
