package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the generated tables")

// TestTablesUpToDate fails when the committed tables differ from what the
// generator makes of internal/data: edit the data, then run go generate
// (or this test with -update).
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
			t.Errorf("%s is stale: run go run ./internal/gen from the module root", name)
		}
	}
}

func TestBadData(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("sources.csv", "id,title,publisher,url,date\ns1,T,P,,2011-02-30\n")
	write("cities.csv", "key,name_en,name_ar,name_fr,name_kk,name_ru,country,sources,notes\n")
	write("countries.csv", "key,alpha2,alpha3,name_en,name_ar,name_fr,name_kk,name_ru,formal_en,sources,notes\nKAZ,KZ,KAZ,,,Kazakhstan,,,,s2,\n")
	write("membership.csv", "key,date,status,decision,session,sources,notes\nKAZ,1995,joined,x,,s1,\n")
	write("names.csv", "key,lang,name,from,to,alias,sources,notes\n")
	write("alternatives.csv", "key,field,value,sources,notes\n")
	write("session_kinds.csv", "kind,from,to,name_en,name_ar,name_fr,name_kk,name_ru,sources,notes\n")
	write("sessions.csv", "kind,number,start,last_day,city,host,chair,theme,outcomes,sources,notes\n")
	write("organisation.csv", "field,value,sources,notes\nvintage,2026-11,,\n")
	write("org_names.csv", "from,to,name_en,name_ar,name_fr,name_kk,name_ru,abbrev_en,abbrev_ar,abbrev_fr,abbrev_kk,abbrev_ru,session,decision,sources,notes\n")
	write("bodies.csv", "key,acronym,kind,name_en,name_ar,name_fr,name_kk,name_ru,seat,country,founded,founded_by,sources,notes\n")
	write("documents.csv", "key,name_en,name_ar,name_fr,name_kk,name_ru,kind,adopted,session,in_force,first_year,last_year,superseded_by,sources,notes\n")
	write("offices.csv", "key,title_en,title_ar,title_fr,title_kk,title_ru,body,sources,notes\n")
	write("terms.csv", "office,holder,country,start,end,elected,sources,notes\n")
	write("initiatives.csv", "key,name_en,name_ar,name_fr,name_kk,name_ru,proposed_by,partners,bodies,documents,announced,session,goal,sources,notes\n")
	write("milestones.csv", "initiative,date,kind,count,status,session,unverified,text,sources,notes\n")
	write("kz_representatives.csv", "holder,post,start,end,sources,notes\n")
	write("kz_events.csv", "kind,date,last_day,text,session,city,sources,notes\n")
	write("messages.csv", "key,en,ar,fr,kk,ru,sources,notes\n"+
		"m1,a,b,c,,e,,\n"+
		"m2,%[1]s,%[1]s,%[2]s,%[1]s,%[1]s,,\n"+
		"m3,%s,%s,%s,%s,%s,,\n"+
		"m1@gender,,x,,,,,\n"+
		"n|one,%[1]d,,%[1]d,%[1]d,%[1]d,,\n"+
		"n|few,%[1]d,,,,,,\n"+
		"n|other,%[1]d,,%[1]d x,%[1]d,%[1]d,,\n")
	write("months.csv", "lang,month,format_wide,standalone_wide,dative,ablative,sources,notes\nkk,1,қаңтар,Қаңтар,,,s1,\n")
	_, err := generate(dir)
	if err == nil {
		t.Fatal("generate accepted bad data")
	}
	for _, want := range []string{"2011-02-30", "no English name", `unknown source "s2"`, `unknown status "joined"`, "the vintage must be a day", "no founded",
		"m1 has no kk text", "m2: the fr placeholders [%[2]s] differ from the English [%[1]s]", `placeholder "%s" has no argument index`,
		`bad ar value "x"`, `the en language has no plural category "few"`, "n|other has no ar text", "kk month 1 has no dative", "no ru month 12"} {
		if !bytes.Contains([]byte(err.Error()), []byte(want)) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}
