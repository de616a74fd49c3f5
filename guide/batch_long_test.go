package guide

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// A line over 1 MiB is an error object for that line, and the batch goes on: the lines
// after it are evaluated, in order, with their own line numbers.
func TestBatchLongLineGoesOn(t *testing.T) {
	g := testGuide(t)
	ok := `{"person":{"age":84}}`
	long := `{"person":{"age":84},"x":"` + strings.Repeat("a", MaxLine) + `"}`
	for _, in := range []string{
		ok + "\n" + long + "\n" + ok + "\r\n" + ok + "\n",
		ok + "\n" + long + "\n" + ok + "\n" + ok, // no final end of line
		long + "\n" + strings.Repeat(ok+"\n", 300),
		ok + "\n" + ok + "\n" + ok + "\n" + long, // the long line last, no end of line
	} {
		var out bytes.Buffer
		n, bad, err := Batch(g, testDay, strings.NewReader(in), &out, false)
		if err != nil || bad != 1 || n != strings.Count(in, ok) {
			t.Fatalf("n=%d bad=%d err=%v, want n=%d bad=1", n, bad, err, strings.Count(in, ok))
		}
		lines := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
		longAt := strings.Count(in[:strings.Index(in, long)], "\n") + 1
		for i, l := range lines {
			var v struct {
				Line  int    `json:"line"`
				Error string `json:"error"`
			}
			if err := json.Unmarshal([]byte(l), &v); err != nil || v.Line != i+1 {
				t.Fatalf("output line %d: %q", i+1, l[:min(len(l), 200)])
			}
			if (v.Error != "") != (v.Line == longAt) || (v.Error != "" && !strings.Contains(v.Error, "continue")) {
				t.Fatalf("line %d: error %q (long line at %d)", v.Line, v.Error, longAt)
			}
		}
	}
}

// An input that cannot be read to its end is an error saying where reading stopped.
func TestBatchReadErrorSaysWhere(t *testing.T) {
	g := testGuide(t)
	in := io.MultiReader(strings.NewReader(`{"person":{"age":84}}`+"\n"+`{"person":{"age":85}}`+"\n"), iotest.ErrReader(errors.New("disque retiré")))
	var out bytes.Buffer
	n, _, err := Batch(g, testDay, in, &out, false)
	var re *ReadError
	if !errors.As(err, &re) || re.Line != 2 || n != 2 || !strings.Contains(err.Error(), "après la ligne 2") {
		t.Fatalf("n=%d err=%v", n, err)
	}
}
