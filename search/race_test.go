//go:build race

package search_test

// raceEnabled is true when the tests run under the race detector, which
// slows everything down unevenly.
const raceEnabled = true
