package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated tables")

// TestTablesUpToDate fails when the committed tables differ from what the
// generator makes of internal/data: edit the data, then run go generate in
// the module root (or this test with -update).
func TestTablesUpToDate(t *testing.T) {
	files, err := generate("../data")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		path := filepath.Join("../..", name)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate in the module root (it runs go run ./internal/gen)", name)
		}
	}
}

func TestBadData(t *testing.T) {
	// Every data file with its real header and no rows, then a few bad rows.
	dir := t.TempDir()
	files, err := filepath.Glob("../data/*.csv")
	if err != nil || len(files) == 0 {
		t.Fatal("no data files", err)
	}
	header := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// The header: comment lines, then the line of column names.
		var h strings.Builder
		for line := range strings.Lines(string(b)) {
			h.WriteString(line)
			if !strings.HasPrefix(line, "#") {
				break
			}
		}
		header[filepath.Base(f)] = h.String()
	}
	write := func(name, rows string) {
		h, ok := header[name]
		if !ok {
			t.Fatalf("no data file %s", name)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(h+rows), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name := range header {
		write(name, "")
	}
	write("sources.csv", "s1,T,P,,2011-02-30\n")
	write("countries.csv", "KAZ,KZ,KAZ,,,Kazakhstan,,,,,,,,,,s2,\n")
	write("membership.csv", "KAZ,1995,joined,x,,,,,,,s1,\n")
	write("organisation.csv", "vintage,2026-11,,\n")
	write("people.csv", "p1,,,,,,ru,,,\n")
	write("messages.csv", "m1,a,b,c,,e,,\n"+
		"m2,%[1]s,%[1]s,%[2]s,%[1]s,%[1]s,,\n"+
		"m3,%s,%s,%s,%s,%s,,\n"+
		"m1@gender,,x,,,,,\n"+
		"n|one,%[1]d,,%[1]d,%[1]d,%[1]d,,\n"+
		"n|few,%[1]d,,,,,,\n"+
		"n|other,%[1]d,,%[1]d x,%[1]d,%[1]d,,\n")
	write("months.csv", "kk,1,қаңтар,Қаңтар,,,s1,\n")
	write("doubts.csv", "body nope,seat,inferred,s1,\nplanet x,seat,inferred,s1,\nchange KAZ 1995,colour,guess,s1,\n")
	_, err = generate(dir)
	if err == nil {
		t.Fatal("generate accepted bad data")
	}
	for _, want := range []string{"2011-02-30", "no English name", `unknown source "s2"`, `unknown status "joined"`,
		"the vintage must be a day", "no founded", "no ru form to mark",
		"m1 has no kk text", "m2: the fr placeholders [%[2]s] differ from the English [%[1]s]", `placeholder "%s" has no argument index`,
		`bad ar value "x"`, `the en language has no plural category "few"`, "n|other has no ar text", "kk month 1 has no dative", "no ru month 12",
		`no body "nope"`, `unknown kind of record "planet"`, `a change has no field "colour"`, `unknown kind of doubt "guess"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

// TestUnverifiedNotesFlagged checks that every record whose reviewer's
// notes call a fact unverified carries a doubt that the API shows (see
// doubts.csv, and the unverified column of milestones.csv).
func TestUnverifiedNotesFlagged(t *testing.T) {
	doubted := map[string]bool{}
	dt, err := readTable("../data", "doubts.csv", "record")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range dt.rows {
		doubted[r.get("record")] = true
	}
	for file, record := range map[string]func(record) string{
		"bodies.csv":     func(r record) string { return "body " + r.get("key") },
		"terms.csv":      func(r record) string { return "term " + r.get("office") + " " + r.get("person") },
		"membership.csv": func(r record) string { return "change " + r.get("key") + " " + r.get("date") },
		"sessions.csv": func(r record) string {
			if r.get("number") == "" {
				return "session " + r.get("kind") + " " + r.get("start")
			}
			return "session " + r.get("kind") + " " + r.get("number")
		},
		"milestones.csv": func(r record) string { return "" },
	} {
		tb, err := readTable("../data", file, "notes")
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range tb.rows {
			if !strings.Contains(strings.ToLower(r.get("notes")), "unverified") {
				continue
			}
			if file == "milestones.csv" {
				if r.get("unverified") == "" {
					t.Errorf("%s:%d: the notes say unverified, but the unverified column is empty", file, r.line)
				}
				continue
			}
			if rec := record(r); !doubted[rec] {
				t.Errorf("%s:%d: the notes say unverified, but doubts.csv has no row for %q", file, r.line, rec)
			}
		}
	}
}
