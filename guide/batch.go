package guide

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"aidants/content"
	"aidants/rules"
)

// MaxLine is the longest line `aidants lot` accepts.
const MaxLine = MaxInput

// LotPlan is the compact plan `aidants lot` writes by default: what a CCAS needs to find
// unclaimed rights among thousands of situations (statuses, missing facts, money of the
// items that apply).
type LotPlan struct {
	Line    int       `json:"line"`
	Date    string    `json:"date"`
	GIR     *PlanGIR  `json:"gir"`
	Items   []LotItem `json:"items"`
	Missing []string  `json:"missing"`
}

// LotItem is one item of a compact plan.
type LotItem struct {
	ID      string       `json:"id"`
	Status  rules.Status `json:"status"`
	Missing []string     `json:"missing,omitempty"`
	Amounts []LotAmount  `json:"amounts,omitempty"`
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

// chunk is a run of input lines handled by one worker.
type chunk struct {
	first int      // line number of lines[0]
	lines [][]byte // copies of the input lines
	out   []byte
	n     int
	bad   int
	done  chan struct{}
}

// chunkLines is the chunk size of the compact `lot`: small chunks (about 100 KB of
// output) keep the buffers in flight in the processor's cache and spread the work evenly
// over the workers when the machine is busy (1 worker delayed holds back less output);
// 16 lines used less CPU time than 256, 64 or 8 in side-by-side runs.
const chunkLines = 16

// fullChunkLines is the chunk size of `lot --complet`, whose plans are about 100 KB each: a
// few plans per chunk keep the memory in flight small and flat whatever the input's length.
const fullChunkLines = 4

// lineBlock is the size of the blocks the input lines are copied into.
const lineBlock = 64 << 10

// maxPooledOut is the largest output buffer kept for reuse.
const maxPooledOut = 2 << 20

// readers recycles the 64 KB input readers: a lot of a few lines (and FuzzBatchLines,
// every input) allocated one, and a first line block as large, per call.
var readers = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 64<<10) }}

// firstBlock is the size of the first line block of a lot: most of a small lot's input.
const firstBlock = 4 << 10

// outBuffers recycles the output buffers of chunks (about 6 KB a line); fullOutBuffers
// those of `lot --complet` (a few plans each).
var (
	outBuffers     = sync.Pool{New: func() any { b := make([]byte, 0, chunkLines*8<<10); return &b }}
	fullOutBuffers = sync.Pool{New: func() any { b := make([]byte, 0, fullChunkLines*128<<10); return &b }}
)

// Batch reads one situation per line and writes one plan per line, in the same order.
// Blank lines are skipped. The work is spread over the processor's cores; the output
// order is the input order. It returns the number of situations evaluated and of lines in
// error; err is only for an unreadable input or an unwritable output.
//
// An input that fits in one chunk (up to 16 lines, 4 with full) is processed on the
// caller's goroutine: starting the workers and handing the chunk over cost more than the
// few plans (and made FuzzBatchLines run 74 000 inputs a minute).
func Batch(g *Guide, d time.Time, in io.Reader, out io.Writer, full bool) (n, bad int, err error) {
	workers := runtime.GOMAXPROCS(0)
	perChunk := chunkLines
	if full {
		perChunk = fullChunkLines
	}
	br := readers.Get().(*bufio.Reader)
	br.Reset(in)
	defer func() { br.Reset(nil); readers.Put(br) }()
	lr := &lineReader{br: br, perChunk: perChunk}
	worker := func(work <-chan *chunk) {
		// the compact plan prints no words: statuses, missing facts and money only
		ev := rules.Evaluator{Compact: true}
		var dec situationDecoder
		for c := range work {
			c.process(g, &ev, &dec, d, full)
			close(c.done)
		}
	}
	first := lr.next()
	if lr.done {
		var werr error
		if first != nil {
			one := make(chan *chunk, 1)
			one <- first
			close(one)
			worker(one)
			n, bad = first.n, first.bad
			_, werr = out.Write(first.out)
			recycle(first, full)
		}
		if lr.err != nil {
			return n, bad, lr.err
		}
		return n, bad, werr
	}
	work := make(chan *chunk, workers)
	ordered := make(chan *chunk, 2*workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			worker(work)
		}()
	}
	go func() {
		defer close(ordered)
		defer close(work)
		for c := first; c != nil; c = lr.next() {
			ordered <- c
			work <- c
		}
	}()
	var werr error
	for c := range ordered {
		<-c.done
		n += c.n
		bad += c.bad
		if werr == nil {
			_, werr = out.Write(c.out)
		}
		recycle(c, full)
	}
	wg.Wait()
	if lr.err != nil {
		return n, bad, lr.err
	}
	return n, bad, werr
}

// recycle gives a written chunk's output buffer back to its pool.
func recycle(c *chunk, full bool) {
	if cap(c.out) <= maxPooledOut {
		buf := c.out[:0]
		if full {
			fullOutBuffers.Put(&buf)
		} else {
			outBuffers.Put(&buf)
		}
	}
	c.out, c.lines = nil, nil
}

// lineReader cuts the input into chunks of lines. The lines are copied into shared
// blocks of 64 KB (one allocation for hundreds of lines); a line too long is a nil line.
type lineReader struct {
	br       *bufio.Reader
	perChunk int
	block    []byte
	line     int   // lines read so far
	done     bool  // the input has ended (or could not be read further)
	err      error // a *ReadError when it could not be read to its end
}

// next returns the next chunk of lines, nil when there is none left. Only the reader's
// goroutine calls it; lr.done and lr.err are read once it returned with done set.
func (lr *lineReader) next() *chunk {
	c := &chunk{done: make(chan struct{})}
	for !lr.done && len(c.lines) < lr.perChunk {
		b, tooLong, rerr := readLine(lr.br, MaxLine)
		if rerr != nil && len(b) == 0 && !tooLong {
			lr.end(rerr)
			break
		}
		lr.line++
		if len(c.lines) == 0 {
			c.first = lr.line
		}
		if tooLong {
			c.lines = append(c.lines, nil) // nil marks a line too long: an error object, then the next line
		} else {
			if len(b) > cap(lr.block)-len(lr.block) {
				size := lineBlock
				if lr.block == nil {
					size = firstBlock
				}
				lr.block = make([]byte, 0, max(size, len(b)))
			}
			start := len(lr.block)
			lr.block = append(lr.block, b...)
			c.lines = append(c.lines, lr.block[start:len(lr.block):len(lr.block)]) // never nil
		}
		if rerr != nil {
			lr.end(rerr)
		}
	}
	if len(c.lines) == 0 {
		return nil
	}
	return c
}

func (lr *lineReader) end(err error) {
	lr.done = true
	if err != io.EOF {
		lr.err = &ReadError{Line: lr.line}
	}
}

// ReadError is an input that could not be read to its end: the lines after Line were not
// processed.
type ReadError struct{ Line int }

func (e *ReadError) Error() string {
	if e.Line == 0 {
		return "lecture de l'entrée impossible : aucune ligne n'a été traitée"
	}
	return fmt.Sprintf("lecture de l'entrée impossible après la ligne %d : les lignes suivantes n'ont pas été traitées", e.Line)
}

// readLine reads one line (without its end of line, "\r\n" or "\n"). A line longer than
// max is read to its end and dropped: tooLong is set and the next call reads the next line.
// err is io.EOF at the end of the input (with the last line, if it had no end of line).
func readLine(r *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		frag, e := r.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > max+1 { // +1: the "\n" itself
				tooLong, buf = true, nil
			} else if e == nil && buf == nil {
				line = frag // the whole line in the reader's buffer: no copy
			} else {
				buf = append(buf, frag...)
			}
		}
		if e == bufio.ErrBufferFull {
			if line != nil {
				buf, line = append([]byte{}, line...), nil
			}
			continue
		}
		if line == nil {
			line = buf
		}
		if tooLong {
			line = nil
		}
		if e != nil && !(e == io.EOF && (len(line) > 0 || tooLong)) {
			return nil, tooLong, e
		}
		if n := len(line); n > 0 && line[n-1] == '\n' {
			line = line[:n-1]
			if n := len(line); n > 0 && line[n-1] == '\r' {
				line = line[:n-1]
			}
		} else if n > 0 && line[n-1] == '\r' && e == io.EOF {
			line = line[:n-1]
		}
		return line, tooLong, e
	}
}

func (c *chunk) process(g *Guide, ev *rules.Evaluator, dec *situationDecoder, d time.Time, full bool) {
	pool := &outBuffers
	if full {
		pool = &fullOutBuffers
	}
	c.out = (*pool.Get().(*[]byte))[:0]
	for i, b := range c.lines {
		line := c.first + i
		if b == nil {
			c.bad++
			c.out = appendLotError(c.out, line, "ligne trop longue (au plus 1 Mo) : ignorée, le lot continue à la ligne suivante")
			continue
		}
		if len(trimSpace(b)) == 0 {
			continue
		}
		s, perr := dec.parseSituation(b)
		if perr != nil {
			c.bad++
			c.out = appendLotError(c.out, line, perr.Error())
			continue
		}
		c.n++
		if full {
			// Encode writes the bytes of json.Marshal and a newline, straight into c.out
			out := bytes.NewBuffer(c.out)
			_ = json.NewEncoder(out).Encode(struct {
				Line int `json:"line"`
				*Plan
			}{line, g.Evaluate(s, d)})
			c.out = out.Bytes()
			continue
		}
		c.out = g.appendLot(c.out, ev, s, d, line)
	}
}

// Lot evaluates a situation into a compact plan.
func (g *Guide) Lot(s *rules.Situation, d time.Time, line int) *LotPlan {
	res := rules.Evaluate(s, g.Content.Params, d)
	lp := &LotPlan{Line: line, Date: d.Format(DateFormat), Items: make([]LotItem, len(res)), Missing: []string{}}
	if gir, est, _ := rules.EffectiveGIR(s); gir != 0 {
		lp.GIR = &PlanGIR{Value: gir, Estimated: est}
	}
	seen := map[string]bool{}
	for i := range res {
		r := &res[i]
		li := LotItem{ID: r.Entry.ID, Status: r.Status, Missing: r.Missing}
		for _, q := range r.Amounts {
			if lotAmount(r, q) {
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
	return lp
}

// lotAmount keeps the money of the items that apply.
func lotAmount(r *rules.ItemResult, q *rules.Quantity) bool {
	return (r.Status == rules.StatusEligible || r.Status == rules.StatusToCheck) && q.Found && q.Unit == rules.UnitEuros
}

// appendLot writes the compact plan as one JSON line, by hand: it is the hot path of a
// batch (the same bytes as json.Marshal(g.Lot(…)), tested).
func (g *Guide) appendLot(b []byte, ev *rules.Evaluator, s *rules.Situation, d time.Time, line int) []byte {
	res := ev.Evaluate(s, g.Content.Params, d)
	b = append(b, `{"line":`...)
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, `,"date":"`...)
	b = appendDate(b, d)
	b = append(b, `","gir":`...)
	if gir, est, _ := rules.EffectiveGIR(s); gir != 0 {
		b = append(b, `{"value":`...)
		b = strconv.AppendInt(b, int64(gir), 10)
		b = append(b, `,"estimated":`...)
		b = strconv.AppendBool(b, est)
		b = append(b, '}')
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"items":[`...)
	for i := range res {
		r := &res[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = appendItemHead(b, i, r)
		if len(r.Missing) > 0 {
			b = append(b, `,"missing":`...)
			b = appendStatics(b, r.Missing)
		}
		first := true
		for j := range r.Amounts {
			q := r.Amounts[j]
			if !lotAmount(r, q) {
				continue
			}
			if first {
				b = append(b, `,"amounts":[`...)
				first = false
			} else {
				b = append(b, ',')
			}
			b = append(b, `{"id":`...)
			b = appendStatic(b, q.ID)
			b = append(b, `,"cents":`...)
			b = strconv.AppendInt(b, q.Num, 10)
			b = append(b, `,"as_of":"`...)
			b = appendDate(b, q.AsOf)
			b = append(b, `","confidence":`...)
			b = appendStatic(b, string(q.Confidence))
			b = append(b, '}')
		}
		if !first {
			b = append(b, ']')
		}
		b = append(b, '}')
	}
	b = append(b, `],"missing":[`...)
	var seenBuf [32]string
	seen := seenBuf[:0]
	for i := range res {
		for _, m := range res[i].Missing {
			if containsString(seen, m) {
				continue
			}
			if len(seen) > 0 {
				b = append(b, ',')
			}
			seen = append(seen, m)
			b = appendStatic(b, m)
		}
	}
	b = append(b, "]}\n"...)
	return b
}

// lotHeads are the first bytes of each item of a compact plan, by catalogue position and
// status: {"id":"apa-domicile","status":"eligible" — one copy instead of four appends.
var lotHeads = func() [][]string {
	heads := make([][]string, len(rules.Catalogue))
	for i, e := range rules.Catalogue {
		heads[i] = make([]string, len(lotStatuses))
		for j, st := range lotStatuses {
			heads[i][j] = `{"id":"` + e.ID + `","status":"` + string(st) + `"`
		}
	}
	return heads
}()

var lotStatuses = [...]rules.Status{rules.StatusEligible, rules.StatusToCheck, rules.StatusNotEligible, rules.StatusInfo}

// appendItemHead writes {"id":…,"status":… of the i-th item of the catalogue.
func appendItemHead(b []byte, i int, r *rules.ItemResult) []byte {
	if i < len(lotHeads) && rules.Catalogue[i] == r.Entry {
		for j, st := range lotStatuses {
			if st == r.Status {
				return append(b, lotHeads[i][j]...)
			}
		}
	}
	b = append(b, `{"id":`...)
	b = appendStatic(b, r.Entry.ID)
	b = append(b, `,"status":`...)
	return appendStatic(b, string(r.Status))
}

// appendDate writes t as t.Format(DateFormat) does (AAAA-MM-JJ), without reading the layout.
func appendDate(b []byte, t time.Time) []byte {
	y, m, d := t.Date()
	if y < 1000 || y > 9999 {
		return t.AppendFormat(b, DateFormat)
	}
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+int(m)/10), byte('0'+int(m)%10), '-', byte('0'+d/10), byte('0'+d%10))
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// appendStatic quotes a string of the program's own vocabulary (catalogue ids, statuses,
// fact paths, amount names, confidences): none needs escaping, which
// TestStaticVocabularyNeedsNoEscaping checks.
func appendStatic(b []byte, s string) []byte {
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

func appendStatics(b []byte, xs []string) []byte {
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendStatic(b, x)
	}
	return append(b, ']')
}

// appendJSONString quotes s as encoding/json does with HTML escaping off.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, `\u00`...)
				b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, "0123456789abcdef"[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendLotError writes an error line.
func appendLotError(b []byte, line int, msg string) []byte {
	b = append(b, `{"line":`...)
	b = strconv.AppendInt(b, int64(line), 10)
	b = append(b, `,"error":`...)
	b = appendJSONString(b, content.Sanitize(msg)) // it may quote the input: a key, a value
	return append(b, "}\n"...)
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
