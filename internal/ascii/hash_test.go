package ascii

import "testing"

func TestHashFold(t *testing.T) {
	for _, s := range []string{"", "KAZ", "comcec", "Oic-Cert"} {
		if HashFold(s, 7) != HashFold(flip(s), 7) {
			t.Errorf("HashFold(%q) differs from its case-flipped form", s)
		}
	}
	if HashFold("kaz", 1) == HashFold("kaz", 2) {
		t.Error("the seed does not change the hash")
	}
}

func flip(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case 'a' <= c && c <= 'z':
			b[i] = c - 32
		case 'A' <= c && c <= 'Z':
			b[i] = c + 32
		}
	}
	return string(b)
}

func TestPackCode(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want uint32
		ok   bool
	}{
		{"KZ", 0x4b5a, true}, {"kz", 0x4b5a, true}, {"KaZ", 0x4b415a, true},
		{"K", 0, false}, {"KAZA", 0, false}, {"K1", 0, false}, {"k@", 0, false}, {"k`", 0, false}, {"k[", 0, false}, {"k{", 0, false}, {"é", 0, false},
	} {
		got, ok := PackCode(tt.in)
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("PackCode(%q) = %#x, %v; want %#x, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestBuildIndex(t *testing.T) {
	keys := []string{"comcec", "COMCEC", "IsDB", "iofs", "general-secretariat", "oic-cert"}
	vals := []uint16{1, 1, 2, 3, 4, 5}
	x, ok := BuildIndex(keys, vals)
	if !ok {
		t.Fatal("no index")
	}
	for i, k := range keys {
		for _, s := range []string{k, flip(k)} {
			if v, ok := x.Find(s); !ok || v != vals[i] {
				t.Errorf("Find(%q) = %d, %v; want %d", s, v, ok, vals[i])
			}
		}
	}
	for _, s := range []string{"", "comce", "comcecs", "isd b", "x"} {
		if v, ok := x.Find(s); ok {
			t.Errorf("Find(%q) = %d", s, v)
		}
	}
	if _, ok := BuildIndex([]string{"a", "A"}, []uint16{1, 2}); ok {
		t.Error("BuildIndex accepted one key with two values")
	}
}

func TestBuildCodeTable(t *testing.T) {
	var codes []uint32
	var vals []uint16
	for i, s := range []string{"KZ", "KAZ", "TR", "TUR", "SA", "SAU"} {
		k, _ := PackCode(s)
		codes, vals = append(codes, k), append(vals, uint16(i+1))
	}
	ct, ok := BuildCodeTable(codes, vals)
	if !ok {
		t.Fatal("no table")
	}
	for i, s := range []string{"kz", "Kaz", "tr", "TUR", "sa", "sAu"} {
		if v, ok := ct.Find(s); !ok || v != uint16(i+1) {
			t.Errorf("Find(%q) = %d, %v", s, v, ok)
		}
	}
	for _, s := range []string{"KZA", "ZK", "K", "", "KAZA", "k1"} {
		if v, ok := ct.Find(s); ok {
			t.Errorf("Find(%q) = %d", s, v)
		}
	}
}
