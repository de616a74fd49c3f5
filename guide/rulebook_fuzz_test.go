package guide

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"aidants/rules"
)

// bookDays is the number of days from 1 January 2000 to 31 December 2100: `aidants regles
// --date` accepts the dates of those years only.
var bookDays = int(time.Date(2101, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)

// The rule book (aidants regles ID --date D --format F) never panics, whatever the item id
// and at any date the command accepts (before any amount is in force, after the last
// revision, a 29 February), in both formats; an id outside the catalogue is the only
// error; nothing printed carries a control character (the id comes from the command
// line). The whole book (id "") is rendered too, for the first 50 dates and formats the
// fuzzer tries: it costs as much as all the items' pages (5 ms), each fuzzed on its own,
// and would take most of the run.
func FuzzRuleBook(f *testing.F) {
	for _, e := range rules.Catalogue {
		f.Add(e.ID, uint16(9647), false) // 2026-06-01
	}
	f.Add("", uint16(0), true)
	f.Add("apa-domicile", uint16(bookDays-1), true)
	f.Add("APA-DOMICILE", uint16(3346), false)
	f.Add("\x1b]52;c;SGFja2Vk\x07apa", uint16(100), false)
	f.Add(strings.Repeat("é", 100), uint16(200), false)
	g := testGuide(f)
	whole := map[[2]int]bool{}
	f.Fuzz(func(t *testing.T, id string, days uint16, md bool) {
		d := time.Date(2000, 1, 1+int(days)%bookDays, 0, 0, 0, 0, time.UTC)
		if id == "" {
			k := [2]int{int(days) % bookDays, map[bool]int{false: 0, true: 1}[md]}
			if whole[k] || len(whole) == 50 {
				return
			}
			whole[k] = true
		}
		out, err := g.RuleBook(id, d, md)
		known := id == "" || rules.CatalogueIndex(id) >= 0
		var unknown ErrUnknownItem
		switch {
		case known && err != nil:
			t.Fatalf("RuleBook(%q, %s): %v", id, d.Format(DateFormat), err)
		case !known && !errors.As(err, &unknown):
			t.Fatalf("RuleBook(%q): error %v, want ErrUnknownItem", id, err)
		case known && out == "":
			t.Fatalf("RuleBook(%q, %s): empty", id, d.Format(DateFormat))
		}
		if err != nil {
			out = err.Error()
		}
		if !utf8.ValidString(out) {
			t.Fatalf("RuleBook(%q, %s): invalid UTF-8", id, d.Format(DateFormat))
		}
		for _, r := range out {
			if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) || r == '\u202e' {
				t.Fatalf("RuleBook(%q, %s): control character %U in %.200q", id, d.Format(DateFormat), r, out)
			}
		}
	})
}
