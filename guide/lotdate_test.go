package guide

import (
	"testing"
	"time"
)

// appendDate writes the bytes of Format(DateFormat), on either side of the years it writes
// by hand.
func TestAppendDate(t *testing.T) {
	for _, d := range []time.Time{
		time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(1000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 3, 4, 0, 0, 0, 0, time.UTC), {}, time.Date(2026, 2, 9, 12, 0, 0, 0, time.FixedZone("x", 5*3600)),
	} {
		if got, want := string(appendDate(nil, d)), d.Format(DateFormat); got != want {
			t.Errorf("%v: %q, want %q", d, got, want)
		}
	}
}
