// Package phash builds and probes minimal-size perfect hash tables of
// strings, for tables generated at build time: every key of a [Table]
// has a slot of its own, so a lookup costs one hash of the text, two loads
// and one comparison (which the caller makes), hit or miss.
//
// The scheme is hash and displace: the hash of a key picks a bucket, and
// the bucket's displacement, chosen when the table is built, picks the
// slot of each of its keys.
package phash

import "encoding/binary"

// Hash returns a 64-bit hash of s, started from seed. It reads s eight
// bytes at a time.
func Hash(s string, seed uint64) uint64 {
	const k1, k2 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
	h := seed ^ uint64(len(s))*k1
	for len(s) >= 8 {
		h = (h ^ le64(s)*k2) * k1
		h ^= h >> 29
		s = s[8:]
	}
	if len(s) > 0 {
		var v uint64
		if len(s) >= 4 {
			v = uint64(le32(s)) | uint64(le32(s[len(s)-4:]))<<32
		} else {
			v = uint64(s[0]) | uint64(s[len(s)>>1])<<8 | uint64(s[len(s)-1])<<16
		}
		h = (h ^ v*k2) * k1
	}
	return mix(h)
}

// HashFold is a hash of s under ASCII case folding: it sets the 0x20 bit
// of every byte first, so that ASCII letters hash alike in either case
// (and a few other bytes alike, which a comparison tells apart). Its cost
// does not grow with s: it reads the length of s and at most its first
// and last sixteen bytes, in two independent lanes, so texts that agree
// in all of these share a hash and a table's bucket. It mixes its result
// less than Hash: take its top bits (see [Top]), not its bottom ones.
func HashFold(s string, seed uint64) uint64 {
	const k1, k2, k3, fold = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0x2020202020202020
	n := len(s)
	var a, b, c, d uint64
	switch {
	case n >= 16:
		a, b, c, d = le64(s), le64(s[8:]), le64(s[n-16:]), le64(s[n-8:])
	case n >= 8:
		a, b = le64(s), le64(s[n-8:])
	case n >= 4:
		a = uint64(le32(s)) | uint64(le32(s[n-4:]))<<32
	case n > 0:
		a = uint64(s[0]) | uint64(s[n>>1])<<8 | uint64(s[n-1])<<16
	}
	h := (seed ^ uint64(n)*k1 ^ (a|fold)*k2) * k1
	g := (seed ^ k3 ^ (b|fold)*k1) * k3
	h ^= (c | fold) * k3
	g ^= (d | fold) * k2
	h = (h ^ h>>29 ^ g*k1) * k2
	return (h ^ h>>32) * k1
}

// Top returns the top bits of h, a value of [HashFold], as a slot of a
// table of 1<<bits slots.
func Top(h uint64, bits uint) uint64 { return h >> (64 - bits) }

// HashBytes is Hash of string(b).
func HashBytes(b []byte, seed uint64) uint64 {
	const k1, k2 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
	h := seed ^ uint64(len(b))*k1
	for len(b) >= 8 {
		h = (h ^ binary.LittleEndian.Uint64(b)*k2) * k1
		h ^= h >> 29
		b = b[8:]
	}
	if len(b) > 0 {
		var v uint64
		if len(b) >= 4 {
			v = uint64(binary.LittleEndian.Uint32(b)) | uint64(binary.LittleEndian.Uint32(b[len(b)-4:]))<<32
		} else {
			v = uint64(b[0]) | uint64(b[len(b)>>1])<<8 | uint64(b[len(b)-1])<<16
		}
		h = (h ^ v*k2) * k1
	}
	return mix(h)
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// mix is the finaliser of SplitMix64: every bit of z affects every bit of
// the result.
func mix(z uint64) uint64 {
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// reduce maps x to [0, n) fairly (Lemire's multiply-shift).
func reduce(x uint32, n int) int { return int(uint64(x) * uint64(n) >> 32) }

// A Table maps the keys it was built from to their indexes. Disp holds
// the displacement of each bucket, and Slots holds 1 + the index of the
// key in each slot, 0 in an empty one. The zero Table has no keys.
type Table struct {
	Seed  uint64
	Disp  []uint16
	Slots []uint16
}

// Hash returns the hash of s for t.
func (t *Table) Hash(s string) uint64 { return Hash(s, t.Seed) }

// Find returns the index of the only key that can hash to h (a value of
// [Hash] with t.Seed), and whether there is one. The caller compares that
// key with the text it hashed.
func (t *Table) Find(h uint64) (int, bool) {
	if len(t.Disp) == 0 {
		return 0, false
	}
	d := t.Disp[reduce(uint32(h>>32), len(t.Disp))]
	i := t.Slots[slot(h, d, len(t.Slots))]
	return int(i) - 1, i != 0
}

// slot returns the slot of the key of hash h in a bucket of displacement
// d. h is mixed already: one product spreads d over the top bits.
func slot(h uint64, d uint16, n int) int {
	return reduce(uint32(((h^uint64(d)*0xD6E8FEB86659FD93)*0x9E3779B97F4A7C15)>>32), n)
}

// Build returns a Table of keys, which must be distinct and fewer than
// 65535, with about 1.15 slots a key and a bucket for every four keys.
// It reports false if no displacement separates the keys of some bucket,
// which a few seeds make unlikely.
func Build(keys []string) (Table, bool) {
	if len(keys) >= 1<<16-1 {
		return Table{}, false
	}
	n := len(keys)
	for seed := uint64(1); seed < 64; seed++ {
		nb := max(1, (n+3)/4)
		ns := max(1, n+n/7+1)
		t := Table{Seed: seed * 0x9E3779B97F4A7C15, Disp: make([]uint16, nb), Slots: make([]uint16, ns)}
		hashes := make([]uint64, n)
		buckets := make([][]int, nb)
		for i, k := range keys {
			hashes[i] = Hash(k, t.Seed)
			b := reduce(uint32(hashes[i]>>32), nb)
			buckets[b] = append(buckets[b], i)
		}
		order := make([]int, nb)
		for i := range order {
			order[i] = i
		}
		// The fullest buckets first, while most slots are free.
		sortBySize(order, buckets)
		ok := true
		taken := make([]int, 0, 16)
		for _, b := range order {
			keysOf := buckets[b]
			if len(keysOf) == 0 {
				break
			}
			found := false
			for d := 0; d < 1<<16 && !found; d++ {
				taken = taken[:0]
				found = true
				for _, i := range keysOf {
					s := slot(hashes[i], uint16(d), ns)
					if t.Slots[s] != 0 || contains(taken, s) {
						found = false
						break
					}
					taken = append(taken, s)
				}
				if found {
					t.Disp[b] = uint16(d)
					for j, i := range keysOf {
						t.Slots[taken[j]] = uint16(i + 1)
					}
				}
			}
			if !found {
				ok = false
				break
			}
		}
		if ok {
			return t, true
		}
	}
	return Table{}, false
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// sortBySize sorts the bucket numbers by decreasing size, then number.
func sortBySize(order []int, buckets [][]int) {
	// Counting sort: sizes are small.
	maxSize := 0
	for _, b := range buckets {
		maxSize = max(maxSize, len(b))
	}
	var out []int
	for size := maxSize; size >= 0; size-- {
		for _, b := range order {
			if len(buckets[b]) == size {
				out = append(out, b)
			}
		}
	}
	copy(order, out)
}
