package rules

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestAGGIRExhaustive checks all 3^8 combinations of the eight weighted variables against
// testdata/aggir_expected.csv, a table written by scripts/aggir_table.py from the
// reference transcription of CASF annexe 2-2, not from this code.
func TestAGGIRExhaustive(t *testing.T) {
	f, err := os.Open("testdata/aggir_expected.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	n := 0
	dist := map[int]int{}
	for sc.Scan() {
		parts := strings.Split(sc.Text(), ",")
		var v [8]Modality
		for i, c := range parts[0] {
			m, _ := ParseModality(string(c))
			v[i] = m
		}
		gir, _ := strconv.Atoi(parts[1])
		rank, _ := strconv.Atoi(parts[2])
		got := ComputeGIR(v)
		if got.GIR != gir || got.Rank != rank || got.Group != parts[3] {
			t.Fatalf("%s: got GIR %d rank %d group %s, want GIR %d rank %d group %s", parts[0], got.GIR, got.Rank, got.Group, gir, rank, parts[3])
		}
		dist[gir]++
		n++
	}
	if n != 6561 {
		t.Fatalf("%d combinations checked, want 6561", n)
	}
	// Over 3^8 the distribution is the reference's 3^10 distribution divided by 9
	// (the two last variables weigh 0).
	want := map[int]int{1: 8, 2: 3208, 3: 2400, 4: 760, 5: 157, 6: 28}
	for g, c := range want {
		if dist[g] != c {
			t.Errorf("GIR %d: %d combinations, want %d", g, dist[g], c)
		}
	}
}

func TestAGGIRLandmarks(t *testing.T) {
	all := func(m Modality) [8]Modality { return [8]Modality{m, m, m, m, m, m, m, m} }
	if r := ComputeGIR(all(ModA)); r.GIR != 6 || r.Rank != 13 {
		t.Errorf("all A: %+v, want GIR 6 rank 13", r)
	}
	if r := ComputeGIR(all(ModC)); r.GIR != 1 || r.Rank != 1 || r.Group != "A" {
		t.Errorf("all C: %+v, want GIR 1 rank 1 group A", r)
	}
	if r := ComputeGIR(all(ModB)); r.GIR != 4 || r.Rank != 10 {
		t.Errorf("all B: %+v, want GIR 4 rank 10", r)
	}
}

func TestAdverbs(t *testing.T) {
	cases := []struct {
		a    Adverbs
		want Modality
	}{
		{Adverbs{true, true, true, true}, ModA},
		{Adverbs{false, false, false, false}, ModC},
		{Adverbs{true, false, true, true}, ModB},
		{Adverbs{false, false, false, true}, ModB},
	}
	for _, c := range cases {
		if got := c.a.Modality(); got != c.want {
			t.Errorf("%+v: %v, want %v", c.a, got, c.want)
		}
	}
}

func TestSubVariableCombinations(t *testing.T) {
	m := map[byte]Modality{'A': ModA, 'B': ModB, 'C': ModC}
	// tables of the guide in force before 2008 (reference aggir.md)
	toilette := map[string]string{"AA": "A", "AB": "B", "AC": "B", "BA": "B", "BB": "B", "BC": "B", "CA": "B", "CB": "B", "CC": "C"}
	alim := map[string]string{"AA": "A", "AB": "B", "AC": "B", "BA": "B", "BB": "B", "BC": "C", "CA": "B", "CB": "C", "CC": "C"}
	elim := map[string]string{"AA": "A", "AB": "B", "AC": "C", "BA": "B", "BB": "B", "BC": "C", "CA": "C", "CB": "C", "CC": "C"}
	coh := map[string]string{"AA": "A", "AB": "B", "AC": "C", "BA": "B", "BB": "B", "BC": "C", "CA": "C", "CB": "C", "CC": "C"}
	for k, want := range toilette {
		if got := CombineToilette(m[k[0]], m[k[1]]).String(); got != want {
			t.Errorf("toilette %s = %s, want %s", k, got, want)
		}
	}
	for k, want := range alim {
		if got := CombineAlimentation(m[k[0]], m[k[1]]).String(); got != want {
			t.Errorf("alimentation %s = %s, want %s", k, got, want)
		}
	}
	for k, want := range elim {
		if got := CombineElimination(m[k[0]], m[k[1]]).String(); got != want {
			t.Errorf("élimination %s = %s, want %s", k, got, want)
		}
	}
	for k, want := range coh {
		if got := CombineCoherence(m[k[0]], m[k[1]]).String(); got != want {
			t.Errorf("cohérence %s = %s, want %s", k, got, want)
		}
		if got := CombineOrientation(m[k[0]], m[k[1]]).String(); got != want {
			t.Errorf("orientation %s = %s, want %s", k, got, want)
		}
	}
	for _, h := range []string{"AAA", "AAB", "CCC", "CCB", "BBB", "ACA"} {
		want := "B"
		if h == "AAA" {
			want = "A"
		} else if h == "CCC" {
			want = "C"
		}
		if got := CombineHabillage(m[h[0]], m[h[1]], m[h[2]]).String(); got != want {
			t.Errorf("habillage %s = %s, want %s", h, got, want)
		}
	}
	if SubVariableRuleVerified("coherence") || SubVariableRuleVerified("orientation") || !SubVariableRuleVerified("toilette") {
		t.Error("cohérence and orientation combinations are not verified in the law; the others are")
	}
}

func TestParseAGGIR(t *testing.T) {
	ok := "coherence=A,orientation=B,toilette=C,habillage=C,alimentation=B,elimination=B,transferts=B,deplacement_interieur=B"
	a, err := ParseAGGIR(ok)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := EstimateGIR(a); r.GIR < 1 || r.GIR > 6 {
		t.Fatalf("GIR %d", r.GIR)
	}
	bad := map[string]string{
		"":                       "vide",
		"coherence=A":            "il manque",
		"coherence=D," + ok[12:]: "modalité",
		"foo=A," + ok:            "inconnue",
		ok + ",coherence=B":      "deux fois",
		"coherence," + ok[12:]:   "il manque « = »",
		ok + ",alerter=Z":        "modalité",
	}
	for in, want := range bad {
		_, err := ParseAGGIR(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseAGGIR(%q) = %v, want an error containing %q", in, err, want)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "--aggir") {
			t.Errorf("error %q does not name the option", err)
		}
	}
}

func FuzzParseAGGIR(f *testing.F) {
	f.Add("coherence=A,orientation=B,toilette=C,habillage=C,alimentation=B,elimination=B,transferts=B,deplacement_interieur=B")
	f.Add("coherence=c, orientation = a ,toilette=C,habillage=C,alimentation=B,elimination=B,transferts=B,deplacement_interieur=B,alerter=A,deplacement_exterieur=C")
	f.Add(",,,=,==")
	f.Add("coherence=A\x00")
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAGGIR(s)
		if err != nil {
			if a != nil {
				t.Fatal("result and error")
			}
			return
		}
		r, ok := EstimateGIR(a)
		if !ok || r.GIR < 1 || r.GIR > 6 || r.Rank < 1 || r.Rank > 13 {
			t.Fatalf("%q: %+v ok=%v", s, r, ok)
		}
	})
}

func BenchmarkComputeGIR(b *testing.B) {
	v := [8]Modality{ModA, ModB, ModC, ModC, ModB, ModB, ModB, ModB}
	for b.Loop() {
		_ = ComputeGIR(v)
	}
}
