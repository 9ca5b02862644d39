package oic

// The row types of the generated tables (tables.go). Rows hold only
// constants, so that the tables are static data: package initialisation
// does no work for them.

type countryRow struct {
	formal  Text // formal name
	name    Text
	names   []nameRow
	events  []statusEvent
	alts    []altRow
	sources []uint16
}

// countryBrief holds what code lookups and MemberSince need of a state.
type countryBrief struct {
	key    string // alpha-3 code, or a lower-case key for states without one
	alpha2 string
	alpha3 string
	joined Date   // the date it first became a member, or the zero Date
	status Status // its standing at the data vintage
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
	decision Text
	session  uint16
	sources  []uint16
	doubts   []doubtRow
}

type altRow struct {
	field  string
	date   Date
	note   Text
	source uint16
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

type sessionRow struct {
	kind     SessionKind
	number   uint16
	start    Date
	end      Date
	city     uint16
	host     uint16
	chair    uint16 // a Person
	role     Role
	theme    Text
	outcomes []outcomeRow
	sources  []uint16
	doubts   []doubtRow
}

type kindRange struct {
	first    uint16 // index of the kind's first session in sessionTable
	numbered uint16 // how many of its sessions are numbered, from 1
}

type bodyRow struct {
	key       string
	acronym   string
	kind      BodyKind
	seat      uint16
	founded   Date
	foundedBy Text
	name      Text
	names     []nameRow
	sources   []uint16
	doubts    []doubtRow
}

type documentRow struct {
	key          string
	kind         DocumentKind
	adopted      Date
	session      uint16
	inForce      Date
	valid        Period
	supersededBy uint16
	name         Text
	sources      []uint16
}

type officeRow struct {
	key     string
	body    uint16
	title   Text
	sources []uint16
	terms   []termRow
}

type termRow struct {
	person    uint16
	country   uint16
	period    Period
	scheduled bool   // period.End is the scheduled end of a fixed term
	electedAt uint16 // a Session
	note      Text
	sources   []uint16
	doubts    []doubtRow
}

type kindNameRow struct {
	kind    SessionKind
	period  Period
	name    Text
	sources []uint16
}
