// Package ascii holds the small ASCII helpers the packages of the module
// share for codes, keys and keywords.
package ascii

// EqualFold reports whether a and b are equal under ASCII case folding:
// "KAZ", "kaz" and "Kaz" are equal; non-ASCII bytes must match exactly.
func EqualFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range len(a) {
		x, y := a[i], b[i]
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
