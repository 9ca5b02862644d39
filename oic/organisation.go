package oic

import "time"

// DataVersion names the snapshot of the data files the tables were built
// from: the year and month of [Vintage].
const DataVersion = "2026.11"

// Vintage returns the date the data speak for: "today" in every answer that
// does not take a date, such as [Country.Status] and [MemberSince]. Facts
// after it are not in the tables.
func Vintage() Date { return Date{Year: 2026, Month: time.November, Day: 1} }
