package rules

import (
	"fmt"
	"strings"
	"testing"
)

// Every name of a nameIndex is found at its position; a name outside the set, including
// one that differs by a byte or a length, is not found.
func TestNameIndex(t *testing.T) {
	var names []string
	for i := 0; i < 300; i++ {
		names = append(names, fmt.Sprintf("apa.plafond.gir%d", i), fmt.Sprintf("x%d", i))
	}
	names = append(names, "", "a", "css.plafond_gratuit.1", "css.plafond_gratuit.2")
	x := newNameIndex(names)
	for i, n := range names {
		if got := x.find(n); got != i {
			t.Fatalf("find(%q) = %d, want %d", n, got, i)
		}
	}
	for _, n := range []string{"b", "apa.plafond.gir", "apa.plafond.gir300", "css.plafond_gratuit.3", "css.plafond_gratuit.1 ", "X1"} {
		if got := x.find(n); got != -1 {
			t.Errorf("find(%q) = %d, want -1", n, got)
		}
	}
}

// fieldOf finds the same rows as the fact table's map.
func TestFieldOfIsFieldIndex(t *testing.T) {
	for id, fd := range fieldIndex {
		if fieldOf(string(id)) != fd {
			t.Errorf("fieldOf(%q) is not its row", id)
		}
	}
	if fieldOf("person.nothing") != nil || fieldOf("") != nil {
		t.Error("fieldOf finds a fact that does not exist")
	}
}

// The copies of names are found by address; any other string equal to a name, by content.
func TestNameIndexCopies(t *testing.T) {
	x := newNameIndex([]string{strings.Clone("aspa.seul"), "b"}, "aspa.seul", "nothing")
	if x.byAddress("aspa.seul") != 0 || x.find("aspa.seul") != 0 {
		t.Error("the declared copy is not found by its address")
	}
	other := strings.Clone("aspa.seul")
	if x.byAddress(other) != -1 || x.find(other) != 0 {
		t.Error("another copy is found by address, or not by content")
	}
	if x.find("nothing") != -1 || x.byAddress("aspa.seu") != -1 {
		t.Error("a copy of no name, or a prefix of a name, is found")
	}
}
