package oic

import "testing"

// TestSourceIDs checks that every source id of the hand-written tables
// names a source of the data files.
func TestSourceIDs(t *testing.T) {
	var ids []string
	for _, n := range orgNameTable {
		ids = append(ids, n.sources...)
	}
	ids = append(ids, orgSourceIDs[:]...)
	for _, id := range ids {
		if _, ok := LookupSource(id); !ok {
			t.Errorf("unknown source id %q", id)
		}
	}
}
