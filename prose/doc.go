// Package prose writes the module's values for readers in English, Arabic,
// French, Kazakh (Cyrillic) and Russian: dates as precise as their sources,
// spans of time, titles of sessions with ordinals that agree with their
// nouns, counts with the plural forms of each language, and words for the
// keyword types of packages oic and initiatives.
//
// A [Printer] writes for one of the five languages; [NewPrinter] picks the
// closest to any BCP 47 tag:
//
//	p := prose.NewPrinter(language.MustParse("ru-KZ"))
//	p.Date(oic.MustParseDate("2011-06-28")) // "28 июня 2011 г."
//	p.Count(prose.NounMemberStates, 57)      // "57 государств-членов"
//
// # Messages
//
// Every text is a message of a compiled catalog of golang.org/x/text/message,
// looked up by key with [Printer.Sprintf]. The messages are data, one row per
// message and one column per language in the module's
// internal/data/messages.csv, which a translator can review; month names come
// from the Unicode CLDR through internal/data/months.csv. A generator turns
// both into constant tables; the catalog is built from them on first use, so
// package initialisation does no work. Plural forms follow the CLDR plural
// rules of each language (Arabic has six, Russian four, the others two), and
// numbers are written in Latin digits in every language, as the OIC's own
// Arabic publications write them.
//
// Where the OIC, a government or a news agency of the language gives a form,
// the messages keep it; the other forms (most Kazakh and Russian titles, the
// phrasing of spans) are the module's own renderings.
//
// # Right-to-left text
//
// Arabic is written right to left. [Printer.IsRTL] reports it, and
// [Printer.Isolate] wraps a left-to-right run (a code such as "KAZ", an ISO
// date) in Unicode directional isolates so that it keeps its order inside
// Arabic plain text. In HTML, use the dir attribute or <bdi> instead.
//
// A Printer is immutable and safe for concurrent use.
package prose
