// Package kzoic is a typed, sourced, multilingual reference of the
// Organisation of Islamic Cooperation (OIC) and of Kazakhstan's part in it.
//
// This package, the module's root, holds Kazakhstan's own record in the
// OIC, the subject the module is named for; its documentation is also the
// overview of the module. The module has three data packages:
//
//   - [github.com/kzoic/kzoic/oic]: the organisation itself (its names over
//     time, founding, seat and languages), its member and observer states
//     and their standing on any date, its sessions, bodies, offices and
//     documents, and the types the other packages share ([oic.Date],
//     [oic.Period], [oic.Text], [oic.Source]);
//   - [github.com/kzoic/kzoic/initiatives]: the initiatives Kazakhstan put
//     forward in the OIC, with their milestones and status on any date;
//   - this package: Kazakhstan's own record in the OIC.
//
// # Kazakhstan in the OIC
//
// Kazakhstan was admitted in December 1995 by the 23rd Islamic Conference
// of Foreign Ministers in Conakry ([Admission]). Its Permanent Mission to
// the OIC has worked in Jeddah since March 2010 ([PermanentMission]); its
// Permanent Representative is its ambassador to Saudi Arabia
// ([RepresentativeOn]). It hosted the 38th Council of Foreign Ministers
// (Astana, 28–30 June 2011), which renamed the organisation, and chaired the
// Council until the 39th session in November 2012; it hosted the first OIC
// Summit on Science and Technology (Astana, September 2017) and chaired that
// summit until the second in 2021 ([HostedSessions], [Chairmanships]). Its
// nationals have held OIC posts, among them Askar Mussinov as Assistant
// Secretary-General for Science and Technology, elected at the 45th Council
// in Dhaka in May 2018 ([Posts]).
//
// # Data
//
// Every answer comes from tables compiled into the binary: nothing is read
// from files or the network at run time, and all values are immutable and
// safe for concurrent use. The data speak for the date [oic.Vintage]
// returns; answers that depend on time take the date to answer for.
//
// Every record carries the sources it was taken from ([oic.Source]); where
// sources disagree, the OIC's own publications are preferred and the other
// values are kept as alternatives. A date is as precise as its source: a
// source that gives a year yields a year. The tables are generated from the
// CSV files of the module's internal/data folder, which a person can review;
// cite a fact by its sources, and the module by its version and
// [oic.DataVersion]. After editing the data, run go generate in the module
// root, which runs the generator of internal/gen; a test fails while the
// tables are stale.
//
// # Names of functions
//
// The packages of the module name their functions alike, as golang.org/x/text
// and the standard library do:
//
//   - a plural noun (oic.Countries, oic.Sessions, initiatives.All) ranges over
//     the whole record, every entry that ever was, in a documented order;
//   - the suffix On (oic.MembersOn, oic.CharterOn, oic.Country.StatusOn,
//     oic.Office.HolderOn) answers for one date, and says how certain the
//     answer is where the sources date a change only to a year or a month;
//   - Lookup (oic.LookupCountry, oic.LookupBody) turns a code or key into a
//     handle and reports false when there is none, without allocating;
//   - Parse (oic.ParseDate, oic.ParseCountry) turns text into a value or
//     returns an [oic.ParseError] naming the text and why; MustParse panics
//     instead, for tests and constants;
//   - Name(t) gives one form in the language closest to t, Names() the
//     [oic.Text] of every curated language;
//   - functions that yield handles (states, sessions, bodies) return
//     iterators ([iter.Seq]); those that return values that make up a record
//     (its history, sources, terms, milestones) return new slices, since the
//     caller often indexes them and they are short.
//
// Every span is an [oic.Period], half-open like a slice: it ends on the
// first day it no longer holds.
package kzoic

//go:generate go run ./internal/gen
