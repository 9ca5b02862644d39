package main

import (
	"regexp"
	"testing"
)

// precisionFiles lists data files and their date columns whose notes are
// checked by TestNoFalseDayPrecision.
var precisionFiles = map[string][]string{
	"terms.csv":              {"start", "end"},
	"documents.csv":          {"adopted", "in_force"},
	"kz_representatives.csv": {"start", "end"},
	"observer_orgs.csv":      {"from", "to"},
}

// lessPrecise matches notes that say a source gives less than a day.
var lessPrecise = regexp.MustCompile(`(?i)(years? only|month only|day (is )?not (stated|given|known|found)|exact (day|date|dates) not|no day|not stated)`)

var plainDay = regexp.MustCompile(`^\d{4}-\d\d-\d\d$`)

// TestNoFalseDayPrecision fails for a row whose notes say that the sources
// give less than a day while one of its dates is a plain day (not an
// attestation and not derived from a session): a date is never more
// precise than its source.
func TestNoFalseDayPrecision(t *testing.T) {
	for file, cols := range precisionFiles {
		tab, err := readTable("../data", file, cols...)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range tab.rows {
			if !lessPrecise.MatchString(r.get("notes")) {
				continue
			}
			for _, c := range cols {
				if v := r.get(c); plainDay.MatchString(v) {
					t.Errorf("%s:%d: %s %s is a day, but the notes say the sources give less: %q", file, r.line, c, v, lessPrecise.FindString(r.get("notes")))
				}
			}
		}
	}
}
