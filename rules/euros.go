package rules

import (
	"encoding/json"
	"math"
)

// Euros is a money input given in euros in JSON (1500.00) and kept in cents.
type Euros Cents

// UnmarshalJSON reads a JSON number of euros, rounding half-up to the cent.
func (e *Euros) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	if math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f) > 1e12 {
		*e = Euros(MaxEuros + 1)
		return nil
	}
	// JSON numbers arrive as binary floats; 1500.005 must give 150001, so round on the
	// decimal text when possible.
	if c, err := ParseFixed(string(b), 2); err == nil {
		*e = Euros(c)
		return nil
	}
	*e = Euros(math.Floor(f*100 + 0.5))
	return nil
}

// MarshalJSON writes euros with two decimals.
func (e Euros) MarshalJSON() ([]byte, error) {
	c := Cents(e)
	neg := c < 0
	if neg {
		c = -c
	}
	s := []byte{}
	if neg {
		s = append(s, '-')
	}
	s = append(s, []byte(itoa(c/100))...)
	s = append(s, '.', byte('0'+c%100/10), byte('0'+c%10))
	return s, nil
}

func itoa(n int64) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// EurosPtr is a helper for building situations in code.
func EurosPtr(cents Cents) *Euros { e := Euros(cents); return &e }
