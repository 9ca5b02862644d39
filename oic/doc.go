// Package oic models the Organisation of Islamic Cooperation (OIC): the
// organisation itself, its member and observer states and their standing
// over time, its sessions, bodies, offices and documents, and the
// vocabulary the other packages of the module share.
//
// # The organisation
//
// The OIC was founded on 25 September 1969 by the 1st Islamic Summit in
// Rabat ([Founded], [FoundingSession]) as the Organisation of the Islamic
// Conference, and took its present name at the 38th Council of Foreign
// Ministers in Astana on 28 June 2011 ([NameHistory], [NamesOn]). Its
// General Secretariat sits in Jeddah ([Headquarters]); its working
// languages are Arabic, English and French ([WorkingLanguages]).
//
// # States
//
// A [Country] is a state that is or was a member, or an observer. Look one
// up by ISO 3166-1 code with [LookupCountry] or [ParseCountry] and ask when
// a state joined with [MemberSince]. [Country.StatusOn] gives its [Standing]
// on any date; [MembersOn], [ActiveMembersOn], [SuspendedOn] and
// [ObserversOn] list the states whose standing the sources settle, and
// [UnsettledOn] those they do not. Organisations with observer status, such
// as the United Nations, are [ObserverOrg] records ([ObserverOrgsOn]).
//
// # Sessions
//
// A [Session] is an Islamic Summit, a session of the Council of Foreign
// Ministers, an extraordinary session of either, a summit on science and
// technology, or a meeting of the Executive Committee at the level of
// foreign ministers, of a [SessionKind]. [Summit] and [CFM] return the n-th
// ordinary session; [Sessions], [SessionsHostedBy], [SessionsIn] and
// [SessionsOn] list them; [ChangesAt] and [DocumentsAdoptedAt] say what a
// session decided.
//
// # Bodies and offices
//
// A [Body] is an organ or institution of the OIC, of a [BodyKind]; an
// [Office] is a post such as the Secretary-General, whose [Term]s say who
// held it ([Office.HolderOn], [Office.HoldersOn], [SecretaryGeneralOn]).
//
// # Documents
//
// A [Document] is a charter, programme, declaration, agenda or statute,
// with the session that adopted it and the one that superseded it;
// [CharterOn] gives the charter in force on a date.
//
// # Names and sources
//
// A [Text] holds a name or phrase in English, Arabic and French (the OIC's
// working languages) and in Kazakh and Russian; [Text.In] picks one by
// [language.Tag]. Each form is the one a cited source gives, unless
// [Text.Own] lists its language: then it is the module's own translation or
// transliteration, which [Text.IsOwn] reports and the JSON form lists under
// "own", so that it is never taken for an official name. People's names
// ([Person]) are held in the same way, in Latin, Arabic and Cyrillic
// script. Records have other names too, former ones with the [Period] they
// were in use and aliases ([HistoricName]). States also expose their
// [language.Region], which golang.org/x/text/language/display names in any
// other language. A [Source] says where a fact comes from; an [Alternative]
// keeps a value another source gives where sources disagree. A fact that
// rests on weak evidence (one secondary source, an inference, a name form
// no source gives, sources that disagree without the OIC settling it) is
// kept and flagged: [Body.Doubts], [Session.Doubts] and the Doubts of a
// [Term] or a [StatusChange] list such facts with their [Doubt].
//
// # Dates and periods
//
// A [Date] is known to a year, a month or a day ([Precision]), never more
// precise than its source, and may be an attestation, the first or last
// date a source shows a state of affairs ([Bound]). A [Period] is a
// half-open span between two Dates. When a question falls on a day that an
// imprecise or attested date does not settle, the answer says so with a
// [Certainty] of [Maybe] ([Period.Holds]) or with several candidates
// ([Standing], [Office.HoldersOn]) rather than guess.
//
// The data speak for the date [Vintage] returns. A question about a later
// day is answered as of the vintage ([IsAfterVintage] tells when).
//
// # Errors
//
// Functions that parse text return a [*ParseError] naming the function, the
// text and the reason: [ErrSyntax] for text of the wrong form, [ErrRange]
// for a well-formed value out of range, [ErrUnknown] for a well-formed code
// or key the tables do not hold. Test for them with [errors.Is]. Lookups
// report a missing record with a boolean instead.
//
// # Data
//
// The tables are generated from the reviewed CSV files of the module's
// internal/data folder and compiled in; nothing is read at run time,
// package initialisation does no work, and lookups by code do not allocate.
// All values are immutable and safe for concurrent use: accessors return
// values or new slices. The naming of functions across the module is set
// out in the documentation of the root package, github.com/kzoic/kzoic.
package oic
