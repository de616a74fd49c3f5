package rules

import "math/bits"

// u128 is an unsigned 128-bit integer, enough for the exact APA participation formula.
type u128 struct{ hi, lo uint64 }

func mul128(a, b uint64) u128 {
	hi, lo := bits.Mul64(a, b)
	return u128{hi, lo}
}

// mul multiplies a u128 by a uint64; the caller guarantees no overflow past 128 bits.
func (x u128) mul(b uint64) u128 {
	hi, lo := bits.Mul64(x.lo, b)
	return u128{hi + x.hi*b, lo}
}

func (x u128) add(y u128) u128 {
	lo, c := bits.Add64(x.lo, y.lo, 0)
	hi, _ := bits.Add64(x.hi, y.hi, c)
	return u128{hi, lo}
}

// div128Round returns round_half_up(x / d). It panics if the quotient does not fit 64 bits,
// which the callers' bounds rule out.
func div128Round(x u128, d uint64) int64 {
	if x.hi >= d {
		panic("div128Round: quotient overflow")
	}
	q, r := bits.Div64(x.hi, x.lo, d)
	// round half up: r*2 >= d
	if r >= d-r {
		q++
	}
	return int64(q)
}

func bitsDiv(hi, lo, d uint64) (uint64, uint64) { return bits.Div64(hi, lo, d) }
