package rules

// nameIndex gives each name of a fixed set (the named amounts of a Params, the facts of the
// fact table) its position, faster than a map on the evaluation's hot path: the rules name
// an amount or a fact by its id, written out where it is used, and the lookup hashes the
// length and a few bytes of the id, then compares the id once. Built once, then only read
// (safe for concurrent use).
type nameIndex struct {
	names []string
	slots []int32 // position+1 in names, 0 for an empty slot; len(slots) is a power of two
	mask  uint64
}

// newNameIndex indexes names (without duplicates); a name's position is its index in names.
func newNameIndex(names []string) *nameIndex {
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
	return x
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
