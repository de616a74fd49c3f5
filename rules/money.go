package rules

import (
	"errors"
	"strconv"
	"strings"
)

// Cents is an amount of money in euro cents. Money is never floating point.
type Cents = int64

// FormatEuros prints cents the French way: "1 215,99 €" (narrow no-break spaces are avoided
// on purpose: old terminals and e-mail clients show them badly; a plain space is used).
func FormatEuros(c Cents) string {
	neg := c < 0
	if neg {
		c = -c
	}
	euros := c / 100
	cents := c % 100
	s := groupThousands(euros)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	b.WriteString(s)
	b.WriteByte(',')
	b.WriteByte(byte('0' + cents/10))
	b.WriteByte(byte('0' + cents%10))
	b.WriteString(" €")
	return b.String()
}

// FormatEurosShort drops ",00" for whole amounts: "22 000 €".
func FormatEurosShort(c Cents) string {
	if c%100 == 0 {
		if c < 0 {
			return "-" + groupThousands(-c/100) + " €"
		}
		return groupThousands(c/100) + " €"
	}
	return FormatEuros(c)
}

func groupThousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// ErrDecimal is returned for a malformed decimal string.
var ErrDecimal = errors.New("nombre décimal mal écrit")

// ParseFixed reads a decimal string ("1288.13", "0,944", "22") into an integer scaled by
// 10^scale, exactly. More decimals than scale is an error (no silent rounding).
func ParseFixed(s string, scale int) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ErrDecimal
	}
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	s = strings.ReplaceAll(s, ",", ".")
	intPart, frac, hasDot := strings.Cut(s, ".")
	if intPart == "" || (hasDot && frac == "") || len(frac) > scale || len(intPart) > 12 {
		return 0, ErrDecimal
	}
	var v int64
	for _, r := range intPart {
		if r < '0' || r > '9' {
			return 0, ErrDecimal
		}
		v = v*10 + int64(r-'0')
	}
	for i := 0; i < scale; i++ {
		v *= 10
		if i < len(frac) {
			r := frac[i]
			if r < '0' || r > '9' {
				return 0, ErrDecimal
			}
			v += int64(r - '0')
		}
	}
	if neg {
		v = -v
	}
	return v, nil
}

// mulDivRound returns round_half_up(a*b/d) for non-negative a, b and positive d, using
// 128-bit intermediate arithmetic so no product overflows.
func mulDivRound(a, b, d int64) int64 {
	if a < 0 || b < 0 || d <= 0 {
		panic("mulDivRound: negative operand")
	}
	return div128Round(mul128(uint64(a), uint64(b)), uint64(d))
}
