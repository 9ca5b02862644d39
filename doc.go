// Package kzoic is a typed, sourced, multilingual reference of the
// Organisation of Islamic Cooperation (OIC) and of Kazakhstan's part in it.
//
// The organisation itself, its member and observer states, its sessions,
// bodies and offices live in package [github.com/kzoic/kzoic/oic].
//
// # Data
//
// Every answer comes from tables compiled into the binary: nothing is read
// from files or the network at run time, and all values are immutable and
// safe for concurrent use. Every record carries the sources it was taken
// from; where sources disagree, the OIC's own publications are preferred and
// the other values are kept as alternatives. See [oic.Vintage] for the date
// the data speak for.
package kzoic
