//go:build race

package fold

// raceEnabled is true when the tests run under the race detector, which
// changes how many allocations sync.Pool and the runtime make.
const raceEnabled = true
