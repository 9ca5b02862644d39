// Package oic models the Organisation of Islamic Cooperation (OIC): the
// organisation itself, its member and observer states and their standing
// over time, and the vocabulary the other packages of the module share.
//
// # Vocabulary
//
// A [Date] is a calendar date known to a year, a month or a day, never more
// precise than its source. A [Period] is a half-open stretch between two
// Dates. A [Text] holds a name in English, Arabic and French (the OIC's
// working languages, in the OIC's official forms) and in Kazakh and
// Russian; [Text.In] picks one by [language.Tag]. A [Source] says where a
// fact comes from.
//
// # States
//
// A [Country] is a state that is or was a member, or an observer. Look one up
// by ISO 3166-1 code with [LookupCountry] or [ParseCountry], ask when a state
// joined with [MemberSince], and ask about any date with [Country.StatusOn],
// [MembersOn], [ActiveMembersOn] and [ObserversOn]. A change of standing
// known only to a year or a month counts from the last day of that year or
// month, when it had certainly happened.
//
// # Data
//
// The tables are generated from the reviewed CSV files of the module's
// internal/data folder and compiled in; nothing is read at run time,
// package initialisation does no work, and lookups by code do not allocate.
// All values are immutable and safe for concurrent use: accessors return
// values or new slices. The data speak for the date [Vintage] returns.
package oic
