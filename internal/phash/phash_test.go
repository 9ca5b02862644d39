package phash

import (
	"fmt"
	"testing"
)

func TestBuild(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 100, 5000} {
		keys := make([]string, n)
		for i := range keys {
			keys[i] = fmt.Sprintf("key %d of %d", i*7919%n, n)
		}
		tab, ok := Build(keys)
		if !ok {
			t.Fatalf("no table for %d keys", n)
		}
		for i, k := range keys {
			if j, ok := tab.Find(tab.Hash(k)); !ok || j != i {
				t.Errorf("Find(%q) = %d, %v; want %d", k, j, ok, i)
			}
		}
		misses := 0
		for i := range 1000 {
			s := fmt.Sprintf("other %d", i)
			if j, ok := tab.Find(tab.Hash(s)); ok && keys[j] == s {
				t.Errorf("found %q", s)
			} else if !ok {
				misses++
			}
		}
		if n > 0 && len(tab.Slots) > n+n/7+1 {
			t.Errorf("%d slots for %d keys", len(tab.Slots), n)
		}
	}
}

func TestHash(t *testing.T) {
	if Hash("abc", 1) != HashBytes([]byte("abc"), 1) || Hash("abcdefghijk", 1) != HashBytes([]byte("abcdefghijk"), 1) || Hash("abcdef", 1) != HashBytes([]byte("abcdef"), 1) {
		t.Error("strings and byte slices hash differently")
	}
	seen := map[uint64]string{}
	for i := range 100000 {
		s := fmt.Sprint(i)
		h := Hash(s, 7)
		if o, ok := seen[h]; ok {
			t.Fatalf("%q and %q collide", s, o)
		}
		seen[h] = s
	}
	if Hash("a", 1) == Hash("a", 2) || Hash("", 1) == Hash("\x00", 1) {
		t.Error("weak hash")
	}
}

func BenchmarkFind(b *testing.B) {
	keys := make([]string, 4000)
	for i := range keys {
		keys[i] = fmt.Sprintf("some key number %d", i)
	}
	tab, _ := Build(keys)
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		k := keys[i%len(keys)]
		if j, ok := tab.Find(tab.Hash(k)); ok && keys[j] == k {
			n++
		}
	}
	if n != b.N {
		b.Fatal("misses")
	}
}

func BenchmarkHash(b *testing.B) {
	keys := make([]string, 4000)
	for i := range keys {
		keys[i] = fmt.Sprintf("some key number %d", i)
	}
	b.ResetTimer()
	var h uint64
	for i := 0; i < b.N; i++ {
		h += Hash(keys[i%len(keys)], 1)
	}
	sinkH = h
}

var sinkH uint64

func BenchmarkMap(b *testing.B) {
	keys := make([]string, 4000)
	m := map[string]int{}
	for i := range keys {
		keys[i] = fmt.Sprintf("some key number %d", i)
		m[keys[i]] = i
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n += m[keys[i%len(keys)]]
	}
	sinkH = uint64(n)
}
