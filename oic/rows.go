package oic

// The row types of the generated tables (tables.go). Rows hold only
// constants, so that the tables are static data: package initialisation
// does no work for them.

type countryRow struct {
	key     string // alpha-3 code, or a lower-case key for states without one
	alpha2  string
	alpha3  string
	formal  string // formal English name
	name    Text
	names   []nameRow
	events  []statusEvent
	alts    []altRow
	sources []uint16
}

type nameRow struct {
	lang    uint8 // index into textLangs
	alias   bool
	name    string
	period  Period
	sources []uint16
}

type statusEvent struct {
	date     Date
	status   Status
	decision string
	sources  []uint16
}

type altRow struct {
	field  string
	date   Date
	note   string
	source uint16
}

type codeEntry struct {
	code uint32 // two or three upper-case ASCII letters, packed big-endian
	idx  uint16
}

type sourceID struct {
	id  string
	idx uint16
}

type cityRow struct {
	key     string
	country string // alpha-3 code
	name    Text
	names   []nameRow
	sources []uint16
}
