package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/kzoic/kzoic/internal/ascii"
)

// writeIndex writes a perfect-hash index (see ascii.Index) of keys to
// values as a package-level variable; pkg qualifies the ascii package in
// the generated code's import.
func (d *db) writeIndex(w io.Writer, name, doc string, keys []string, vals []int) {
	v16 := make([]uint16, len(vals))
	for i, v := range vals {
		v16[i] = uint16(v)
	}
	x, ok := ascii.BuildIndex(keys, v16)
	if !ok {
		d.errs = append(d.errs, fmt.Errorf("%s: no perfect hash for %d keys (two keys alike but for case, with different records?)", name, len(keys)))
		return
	}
	fmt.Fprintf(w, "// %s %s\n", name, doc)
	fmt.Fprintf(w, "var %s = ascii.Index{Seed: %d, Slots: []uint16{", name, x.Seed)
	for i, s := range x.Slots {
		if s != 0 || i == len(x.Slots)-1 {
			fmt.Fprintf(w, "%d: %d, ", i, s)
		}
	}
	fmt.Fprintln(w, "}, Keys: []ascii.Slot{")
	for _, k := range x.Keys {
		fmt.Fprintf(w, "{Key: %q, Val: %d},\n", k.Key, k.Val)
	}
	fmt.Fprintln(w, "}}")
	fmt.Fprintln(w)
}

// writeCodeTable writes a perfect-hash table (see ascii.CodeTable) of codes
// of two or three letters.
func (d *db) writeCodeTable(w io.Writer, name, doc string, codes []string, vals []int) {
	packed := make([]uint32, len(codes))
	v16 := make([]uint16, len(vals))
	for i, c := range codes {
		k, ok := ascii.PackCode(c)
		if !ok || strings.ToUpper(c) != c && strings.ToLower(c) != c {
			d.errs = append(d.errs, fmt.Errorf("%s: %q is not a code of two or three letters", name, c))
		}
		packed[i], v16[i] = k, uint16(vals[i])
	}
	t, ok := ascii.BuildCodeTable(packed, v16)
	if !ok {
		d.errs = append(d.errs, fmt.Errorf("%s: no perfect hash for %d codes", name, len(codes)))
		return
	}
	fmt.Fprintf(w, "// %s %s\n", name, doc)
	fmt.Fprintf(w, "var %s = ascii.CodeTable{Mul: %#x, Shift: %d, Slots: []ascii.CodeSlot{\n", name, t.Mul, t.Shift)
	for i, s := range t.Slots {
		switch {
		case s.Val != 0:
			fmt.Fprintf(w, "%d: {Code: %#x, Val: %d}, // %s\n", i, s.Code, s.Val, unpack(s.Code))
		case i == len(t.Slots)-1:
			fmt.Fprintf(w, "%d: {},\n", i)
		}
	}
	fmt.Fprintf(w, "}}\n\n")
}

func unpack(k uint32) string {
	var b []byte
	for ; k != 0; k >>= 8 {
		b = append([]byte{byte(k)}, b...)
	}
	return string(b)
}
