// Package rules is the law as code: situation facts, dated parameters, three-valued
// conditions and calculators. It does no I/O and knows nothing of files or screens.
package rules

// Tri is a three-valued truth: a phone call rarely has every answer.
type Tri uint8

const (
	Unknown Tri = iota
	Yes
	No
)

// String gives the contract value of a result: yes, no or unknown.
func (t Tri) String() string {
	switch t {
	case Yes:
		return "yes"
	case No:
		return "no"
	}
	return "unknown"
}

// MarshalText writes the contract value.
func (t Tri) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText reads the contract value.
func (t *Tri) UnmarshalText(b []byte) error {
	switch string(b) {
	case "yes":
		*t = Yes
	case "no":
		*t = No
	default:
		*t = Unknown
	}
	return nil
}

// Bool turns a known boolean into a Tri.
func Bool(b bool) Tri {
	if b {
		return Yes
	}
	return No
}

// And is the three-valued conjunction: any No wins, then any Unknown.
func And(ts ...Tri) Tri {
	r := Yes
	for _, t := range ts {
		if t == No {
			return No
		}
		if t == Unknown {
			r = Unknown
		}
	}
	return r
}

// Or is the three-valued disjunction: any Yes wins, then any Unknown.
func Or(ts ...Tri) Tri {
	r := No
	for _, t := range ts {
		if t == Yes {
			return Yes
		}
		if t == Unknown {
			r = Unknown
		}
	}
	return r
}

// Not negates a known value.
func Not(t Tri) Tri {
	switch t {
	case Yes:
		return No
	case No:
		return Yes
	}
	return Unknown
}

// Condition is one legal condition of an aid, as evaluated for a situation.
type Condition struct {
	Label  string   `json:"label"`  // plain French: "La personne a 60 ans ou plus"
	Seen   string   `json:"seen"`   // the value seen: "82 ans", or "inconnu"
	Result Tri      `json:"result"` // yes | no | unknown
	Basis  string   `json:"basis"`  // legal basis: "CASF art. L232-2"
	Facts  []string `json:"-"`      // situation fields that would settle it when unknown
	check  *Check   // its declaration (nil for the need condition of a service)
}

// Check is the condition's declaration (nil for the need condition of a service).
func (c *Condition) Check() *Check { return c.check }
