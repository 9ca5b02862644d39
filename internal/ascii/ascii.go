// Package ascii holds the small ASCII helpers the packages of the module
// share for codes, keys and keywords.
package ascii

// EqualFold reports whether a and b are equal under ASCII case folding:
// "KAZ", "kaz" and "Kaz" are equal; non-ASCII bytes must match exactly.
// It compares eight bytes at a time.
func EqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) < 8 {
		return equalFold(a, b)
	}
	n := len(a)
	for i := 0; i < n; i += 8 {
		if i > n-8 {
			i = n - 8 // the last word overlaps the one before
		}
		if !equalFold8(le64(a[i:]), le64(b[i:])) {
			return false
		}
	}
	return true
}

// equalFold8 reports whether the words x and y hold the same eight bytes
// under ASCII case folding: where they differ, they differ only in the
// 0x20 bit, of a letter.
func equalFold8(x, y uint64) bool {
	const b5, lo7, hi = 0x2020202020202020, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	d := x ^ y
	if d == 0 {
		return true
	}
	if d&^b5 != 0 {
		return false
	}
	l := x | b5 // lower case, where x holds letters
	// Bit 7 of each byte of letter is set where l holds a byte from 'a'
	// to 'z': at least 0x61, below 0x7b, below 0x80. Adding to bytes
	// below 0x80 does not carry into the next.
	letter := ((l & lo7) + 0x1f1f1f1f1f1f1f1f) &^ ((l & lo7) + 0x0505050505050505) &^ l & hi
	return (d<<2)&hi&^letter == 0
}

// equalFold is EqualFold for strings of the same length, a byte at a time.
func equalFold(a, b string) bool {
	for i := range len(a) {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// HashFold returns a hash of s under ASCII case folding, so that "KAZ",
// "kaz" and "Kaz" hash alike, started from seed. It reads at most the
// first and the last eight bytes of s and its length, so that its cost does
// not grow with s; bytes are folded by setting their 0x20 bit, which folds
// case and merges a few punctuation marks, so keys must be checked with
// [EqualFold] after the hash has selected them. Its top bits are the well
// mixed ones: a table of 1<<k slots takes the top k. The
// generator picks, for each table of keys, a seed and a power-of-two size
// for which the keys' slots all differ: a perfect hash.
func HashFold(s string, seed uint32) uint32 {
	const k1, k2, fold = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x2020202020202020
	var a, b uint64
	switch n := len(s); {
	case n >= 8:
		a, b = le64(s), le64(s[n-8:])
	case n >= 4:
		a = uint64(le32(s)) | uint64(le32(s[n-4:]))<<32
	case n > 0:
		a = uint64(s[0]) | uint64(s[n>>1])<<8 | uint64(s[n-1])<<16
	}
	// Two products computed side by side; the top bits of each depend on
	// every bit of its factor.
	h := ((a|fold)^uint64(len(s))<<56^uint64(seed))*k1 ^ ((b|fold)+uint64(seed)<<32)*k2
	return uint32(h >> 32)
}

// slot returns the slot of h, a value of [HashFold], in a table of n
// slots, n a power of two: the top bits of h.
func slot(h uint32, n int) uint32 {
	return uint32(uint64(h) * uint64(n) >> 32)
}

// le32 reads the first four bytes of s, little-endian.
func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// le64 reads the first eight bytes of s, little-endian.
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// PackCode packs a code of two or three ASCII letters, in any case, into
// the upper-case letters' bytes, big-endian ("kz" → 0x4b5a, "KAZ" →
// 0x4b415a), and reports whether s is such a code.
func PackCode(s string) (uint32, bool) {
	if len(s) != 2 && len(s) != 3 {
		return 0, false
	}
	var k uint32
	ok := true
	for i := 0; i < len(s); i++ {
		c := s[i] &^ 0x20 // upper case for letters; other bytes fail the test below
		ok = ok && 'A' <= c && c <= 'Z'
		k = k<<8 | uint32(c)
	}
	return k, ok
}

// A Slot is one key of an [Index] and the value it maps to.
type Slot struct {
	Key string
	Val uint16
}

// An Index maps keys, in any ASCII case, to small values by a perfect hash:
// Slots has a power-of-two length, and the slot that the HashFold of a key
// with Seed selects holds 1 + the position of the key in Keys (0 in an
// empty slot). Lookups cost one hash and one comparison, hit or miss. The
// generator builds Indexes with [BuildIndex] and writes them as static data.
type Index struct {
	Seed  uint32
	Slots []uint16
	Keys  []Slot
}

// Find returns the value of key s, and whether s is a key of x.
func (x *Index) Find(s string) (uint16, bool) {
	if len(x.Slots) == 0 {
		return 0, false
	}
	i := x.Slots[slot(HashFold(s, x.Seed), len(x.Slots))]
	if i == 0 {
		return 0, false
	}
	if e := &x.Keys[i-1]; e.Key == s || EqualFold(e.Key, s) {
		return e.Val, true
	}
	return 0, false
}

// BuildIndex returns an Index of keys, mapping keys[i] to vals[i], in the
// smallest power-of-two table, at least twice the number of keys (and
// large enough that a few thousand seeds are likely to find one), for which
// a seed below 1<<16 separates them all. Keys equal under ASCII case folding
// must map to the same value, and are kept once.
func BuildIndex(keys []string, vals []uint16) (Index, bool) {
	seen := map[string]uint16{}
	var ks []Slot
	for i, k := range keys {
		f := lower(k)
		if v, dup := seen[f]; dup {
			if v != vals[i] {
				return Index{}, false
			}
			continue
		}
		seen[f] = vals[i]
		ks = append(ks, Slot{k, vals[i]})
	}
	size := 2
	for size < 2*len(ks) || size < len(ks)*len(ks)/16 {
		size *= 2
	}
	for ; size <= 1<<16; size *= 2 {
		slots := make([]uint16, size)
	seeds:
		for seed := uint32(0); seed < 1<<16; seed++ {
			clear(slots)
			for i, k := range ks {
				j := slot(HashFold(k.Key, seed), size)
				if slots[j] != 0 {
					continue seeds
				}
				slots[j] = uint16(i + 1)
			}
			return Index{Seed: seed, Slots: slots, Keys: ks}, true
		}
	}
	return Index{}, false
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// A CodeSlot is one code of a [CodeTable]: a code packed by [PackCode] and
// its value, 0 in an empty slot.
type CodeSlot struct {
	Code uint32
	Val  uint16
}

// A CodeTable maps codes of two or three letters to small values by a
// multiplicative perfect hash: the slot of code k is k*Mul >> Shift.
type CodeTable struct {
	Mul   uint32
	Shift uint8
	Slots []CodeSlot
}

// Find returns the value of the code s, in any case, and whether s is a
// code of t. It does not allocate and takes the same steps for a hit and a
// miss.
func (t *CodeTable) Find(s string) (uint16, bool) {
	k, ok := PackCode(s)
	if !ok || len(t.Slots) == 0 {
		return 0, false
	}
	e := &t.Slots[(k*t.Mul)>>t.Shift&uint32(len(t.Slots)-1)]
	if e.Code != k || e.Val == 0 {
		return 0, false
	}
	return e.Val, true
}

// BuildCodeTable returns a CodeTable of codes (packed by [PackCode]) in the
// smallest power-of-two table, at least twice their number (and large
// enough that a few thousand multipliers are likely to find one), for which
// a multiplier separates them all.
func BuildCodeTable(codes []uint32, vals []uint16) (CodeTable, bool) {
	bits := 1
	for 1<<bits < 2*len(codes) || 1<<bits < len(codes)*len(codes)/16 {
		bits++
	}
	for ; bits <= 16; bits++ {
		size := uint32(1) << bits
		slots := make([]CodeSlot, size)
	muls:
		for m := uint32(1); m < 1<<20; m += 2 {
			mul := m*0x9E3779B1 | 1
			clear(slots)
			for i, k := range codes {
				j := (k * mul) >> (32 - bits) & (size - 1)
				if slots[j].Val != 0 {
					continue muls
				}
				slots[j] = CodeSlot{k, vals[i]}
			}
			return CodeTable{Mul: mul, Shift: uint8(32 - bits), Slots: slots}, true
		}
	}
	return CodeTable{}, false
}
