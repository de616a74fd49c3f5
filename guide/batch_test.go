package guide

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"aidants/rules"
)

func FuzzBatchLines(f *testing.F) {
	f.Add("{\"person\":{\"age\":84}}\n{bad\n\n{\"person\":{\"gir\":9}}\n")
	f.Add("\xff\xfe\n{}\r\n")
	f.Add(strings.Repeat("{}\n", 20))
	g := testGuide(f)
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		n, bad, err := Batch(g, testDay, strings.NewReader(in), &out, false)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			lines = nil
		}
		if len(lines) != n+bad {
			t.Fatalf("%d output lines for %d plans and %d errors", len(lines), n, bad)
		}
		for _, l := range lines {
			if !json.Valid([]byte(l)) {
				t.Fatalf("invalid JSON line %q", l)
			}
		}
	})
}

// A million-line batch is streamed: memory does not grow with the input. Here: 20 000
// lines, every one answered, in order.
func TestBatchManyLines(t *testing.T) {
	g := testGuide(t)
	var in strings.Builder
	for i := 0; i < 20000; i++ {
		if i%1000 == 7 {
			in.WriteString("{oops\n")
		} else {
			in.WriteString(`{"person":{"age":80,"gir":3,"residence":"home"}}` + "\n")
		}
	}
	var out bytes.Buffer
	n, bad, err := Batch(g, testDay, strings.NewReader(in.String()), &out, false)
	if err != nil || n != 19980 || bad != 20 {
		t.Fatalf("n=%d bad=%d err=%v", n, bad, err)
	}
	dec := json.NewDecoder(&out)
	for i := 1; i <= 20000; i++ {
		var l struct{ Line int }
		if err := dec.Decode(&l); err != nil || l.Line != i {
			t.Fatalf("line %d: got %d (%v)", i, l.Line, err)
		}
	}
}

func TestBatchLineTooLong(t *testing.T) {
	g := testGuide(t)
	in := `{"person":{"age":80}}` + "\n" + `{"x":"` + strings.Repeat("a", MaxLine+10) + `"}` + "\n"
	var out bytes.Buffer
	n, bad, err := Batch(g, testDay, strings.NewReader(in), &out, false)
	if err != nil || n != 1 || bad != 1 || !strings.Contains(out.String(), "trop longue") {
		t.Fatalf("n=%d bad=%d err=%v out=%.200s", n, bad, err, out.String())
	}
}

// The hand-written JSON of a compact plan, from a compact evaluation as lot runs it, is byte
// for byte what encoding/json writes of the plan of the full evaluation.
func TestAppendLotMatchesEncodingJSON(t *testing.T) {
	g := testGuide(t)
	in, err := os.ReadFile("testdata/situations-1000.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	ev := rules.Evaluator{Compact: true}
	for i, line := range bytes.Split(bytes.TrimSpace(in), []byte("\n")) {
		s, err := ParseSituation(line)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := json.Marshal(g.Lot(s, testDay, i+1))
		got := g.appendLot(nil, &ev, s, testDay, i+1)
		if string(got) != string(want)+"\n" {
			t.Fatalf("line %d:\n got %s\nwant %s", i+1, got, want)
		}
	}
	for _, s := range []string{"plain", "quote\" back\\slash", "ctl\x01\n\t", "é\u2028x", "bad\xff"} {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Errorf("%q: %s, want %s", s, got, want)
		}
	}
}

// Identifiers written by appendStatic never need JSON escaping.
func TestStaticVocabularyNeedsNoEscaping(t *testing.T) {
	g := testGuide(t)
	var words []string
	for _, e := range rules.Catalogue {
		words = append(words, e.ID)
	}
	words = append(words, string(rules.StatusEligible), string(rules.StatusToCheck), string(rules.StatusNotEligible), string(rules.StatusInfo),
		string(rules.Official), string(rules.Secondary), string(rules.Computed), string(rules.NotFound))
	for _, q := range Questions {
		words = append(words, q.Fact)
	}
	words = append(words, g.Content.Params.AmountNames()...)
	words = append(words, "apa.participation", "apa.montant", "aspa.estimation", "credit_impot_services.plafond_estime")
	// every fact any rule can report as missing, and every amount id it can emit
	p := g.Evaluate(&rules.Situation{}, testDay)
	words = append(words, p.Missing...)
	for _, w := range words {
		want, _ := json.Marshal(w)
		if got := appendStatic(nil, w); string(got) != string(want) {
			t.Errorf("%q needs escaping: %s", w, want)
		}
	}
}

// lot --complet writes, per line, exactly json.Marshal of the line number and the full
// plan, in the input's order, across its small chunks.
func TestBatchFullIsMarshalOfEachPlan(t *testing.T) {
	g := testGuide(t)
	in, err := os.ReadFile("testdata/situations-1000.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(string(in), "\n"), "\n")[:fullChunkLines*3+1]
	var out bytes.Buffer
	n, bad, err := Batch(g, testDay, strings.NewReader(strings.Join(lines, "\n")+"\n"), &out, true)
	if err != nil || n != len(lines) || bad != 0 {
		t.Fatalf("n %d bad %d err %v", n, bad, err)
	}
	var want bytes.Buffer
	for i, l := range lines {
		s, err := ParseSituation([]byte(l))
		if err != nil {
			t.Fatal(err)
		}
		bs, err := json.Marshal(struct {
			Line int `json:"line"`
			*Plan
		}{i + 1, g.Evaluate(s, testDay)})
		if err != nil {
			t.Fatal(err)
		}
		want.Write(append(bs, '\n'))
	}
	if !bytes.Equal(out.Bytes(), want.Bytes()) {
		t.Error("lot --complet differs from json.Marshal of each plan")
	}
}
