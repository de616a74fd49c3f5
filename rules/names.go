package rules

import "unsafe"

// nameIndex gives each name of a fixed set (the named amounts of a Params, the facts of the
// fact table) its position, faster than a map on the evaluation's hot path: the rules name
// an amount or a fact by its id, written out where it is used, and the lookup hashes the
// length and a few bytes of the id, then compares the id once. Built once, then only read
// (safe for concurrent use).
//
// Most ids the rules pass are the very strings of the rules' declarations (an item's
// amounts, a check's parameters, the fact table): string literals, which the linker
// stores once. Those are found first by the address of their bytes (same address and
// length: the same immutable bytes, the index keeps them alive), without reading them.
type nameIndex struct {
	names []string
	slots []int32 // position+1 in names, 0 for an empty slot; len(slots) is a power of two
	mask  uint64
	// by address: known strings (the names and their other copies), their position+1
	same     []sameString
	sameMask uint64
}

type sameString struct {
	s   string
	pos int32
}

// newNameIndex indexes names (without duplicates); a name's position is its index in
// names. copies are other strings equal to some names (the declarations of the rules),
// found by their address too; a copy of no name is ignored.
func newNameIndex(names []string, copies ...string) *nameIndex {
	size := 16
	for size < 4*len(names) {
		size *= 2
	}
	x := &nameIndex{names: names, slots: make([]int32, size), mask: uint64(size - 1)}
	for i, n := range names {
		j := hashName(n) & x.mask
		for x.slots[j] != 0 {
			j = (j + 1) & x.mask
		}
		x.slots[j] = int32(i + 1)
	}
	size = 16
	for size < 4*(len(names)+len(copies)) {
		size *= 2
	}
	x.same, x.sameMask = make([]sameString, size), uint64(size-1)
	for _, c := range append(names[:len(names):len(names)], copies...) {
		i := x.byContent(c)
		if i < 0 || len(c) == 0 || x.byAddress(c) >= 0 {
			continue
		}
		j := hashAddress(c) & x.sameMask
		for x.same[j].pos != 0 {
			j = (j + 1) & x.sameMask
		}
		x.same[j] = sameString{c, int32(i + 1)}
	}
	return x
}

func hashAddress(s string) uint64 {
	h := uint64(uintptr(unsafe.Pointer(unsafe.StringData(s)))) * 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// byAddress is the position of a string known by the address of its bytes, or -1.
func (x *nameIndex) byAddress(s string) int {
	if len(s) == 0 {
		return -1
	}
	p := unsafe.StringData(s)
	for j := hashAddress(s) & x.sameMask; ; j = (j + 1) & x.sameMask {
		e := &x.same[j]
		if e.pos == 0 {
			return -1
		}
		if unsafe.StringData(e.s) == p && len(e.s) == len(s) {
			return int(e.pos - 1)
		}
	}
}

// hashName mixes the length and six bytes of s (its ends, its middle): enough to tell
// apart ids such as "apa.plafond.gir1" and "apa.plafond.gir2"; collisions are resolved by
// comparing the ids.
func hashName(s string) uint64 {
	n := len(s)
	if n == 0 {
		return 0
	}
	h := uint64(n) | uint64(s[0])<<8 | uint64(s[n-1])<<16 | uint64(s[n/2])<<24 |
		uint64(s[(n-1)/2])<<32 | uint64(s[n*3/4])<<40 | uint64(s[n/4])<<48 | uint64(s[n-1-n/8])<<56
	h ^= h >> 29
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>32
}

// find returns the position of name, or -1 when it is not in the set.
func (x *nameIndex) find(name string) int {
	if i := x.byAddress(name); i >= 0 {
		return i
	}
	return x.byContent(name)
}

// byContent is find by reading the name.
func (x *nameIndex) byContent(name string) int {
	for j := hashName(name) & x.mask; ; j = (j + 1) & x.mask {
		k := x.slots[j]
		if k == 0 {
			return -1
		}
		if x.names[k-1] == name {
			return int(k - 1)
		}
	}
}
