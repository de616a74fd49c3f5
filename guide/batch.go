package guide

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"time"

	"aidants/rules"
)

// MaxLine is the longest line `aidants lot` accepts.
const MaxLine = MaxInput

// LotPlan is the compact plan `aidants lot` writes by default: what a CCAS needs to find
// unclaimed rights among thousands of situations (statuses, missing facts, money).
type LotPlan struct {
	Line    int       `json:"line"`
	Date    string    `json:"date"`
	GIR     *PlanGIR  `json:"gir"`
	Items   []LotItem `json:"items"`
	Missing []string  `json:"missing"`
}

// LotItem is one item of a compact plan.
type LotItem struct {
	ID      string      `json:"id"`
	Status  string      `json:"status"`
	Missing []string    `json:"missing,omitempty"`
	Amounts []LotAmount `json:"amounts,omitempty"`
}

// LotAmount is a money amount of a compact plan.
type LotAmount struct {
	ID         string `json:"id"`
	Cents      int64  `json:"cents"`
	AsOf       string `json:"as_of"`
	Confidence string `json:"confidence"`
}

// LotError reports a line that could not be read; the other lines are still processed.
type LotError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// Batch reads one situation per line and writes one plan per line, in the same order.
// Blank lines are skipped. It returns the number of situations evaluated and of lines in
// error; err is only for an unreadable input.
func Batch(g *Guide, d time.Time, in io.Reader, out io.Writer, full bool) (n, bad int, err error) {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64<<10), MaxLine+1)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(trimSpace(b)) == 0 {
			continue
		}
		s, perr := ParseSituation(b)
		if perr != nil {
			bad++
			if err := enc.Encode(LotError{Line: line, Error: perr.Error()}); err != nil {
				return n, bad, err
			}
			continue
		}
		n++
		if full {
			p := g.Evaluate(s, d)
			if err := enc.Encode(struct {
				Line int `json:"line"`
				*Plan
			}{line, p}); err != nil {
				return n, bad, err
			}
			continue
		}
		if err := enc.Encode(g.Lot(s, d, line)); err != nil {
			return n, bad, err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			bad++
			enc.Encode(LotError{Line: line + 1, Error: "ligne trop longue (au plus 1 Mo) : lecture arrêtée à cette ligne"})
			return n, bad, nil
		}
		return n, bad, errors.New("lecture de l'entrée impossible")
	}
	return n, bad, nil
}

// Lot evaluates a situation into a compact plan.
func (g *Guide) Lot(s *rules.Situation, d time.Time, line int) *LotPlan {
	res := rules.Evaluate(s, g.Content.Params, d)
	lp := &LotPlan{Line: line, Date: d.Format(DateFormat), Items: make([]LotItem, len(res))}
	if gir, est, _ := rules.EffectiveGIR(s); gir != 0 {
		lp.GIR = &PlanGIR{Value: gir, Estimated: est}
	}
	seen := map[string]bool{}
	for i := range res {
		r := &res[i]
		li := LotItem{ID: r.Entry.ID, Status: r.Status, Missing: r.Missing}
		for _, q := range r.Amounts {
			if q.Found && q.Unit == rules.UnitEuros {
				li.Amounts = append(li.Amounts, LotAmount{ID: q.ID, Cents: q.Num, AsOf: q.AsOf.Format(DateFormat), Confidence: string(q.Confidence)})
			}
		}
		for _, m := range r.Missing {
			if !seen[m] {
				seen[m] = true
				lp.Missing = append(lp.Missing, m)
			}
		}
		lp.Items[i] = li
	}
	if lp.Missing == nil {
		lp.Missing = []string{}
	}
	return lp
}

func trimSpace(b []byte) []byte {
	i, j := 0, len(b)
	for i < j && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r') {
		i++
	}
	for j > i && (b[j-1] == ' ' || b[j-1] == '\t' || b[j-1] == '\r') {
		j--
	}
	return b[i:j]
}
