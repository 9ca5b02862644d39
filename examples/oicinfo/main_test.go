package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func runArgs(args ...string) (string, string, int) {
	var out, errb bytes.Buffer
	code := run(&out, &errb, args)
	return out.String(), errb.String(), code
}

func TestOverview(t *testing.T) {
	out, _, code := runArgs()
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"member states: 57 (57 in good standing)", "Kazakhstan (KAZ)", "member since 1995-12", "38th Council of Foreign Ministers (Astana, 2011-06-28)"} {
		if !strings.Contains(out, want) {
			t.Errorf("overview lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runArgs("-on", "2018-06-01")
	if !strings.Contains(out, "member states: 57 (56 in good standing)") || !strings.Contains(out, "suspended: Syria") {
		t.Errorf("overview on 2018-06-01:\n%s", out)
	}
}

func TestCommands(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"member", "kz"}, []string{"Kazakhstan (KZ, KAZ)", "kk: Қазақстан", "1995-12: member"}},
		{[]string{"member", "BFA", "-on", "1980"}, []string{"Upper Volta (BF, BFA)"}},
		{[]string{"-lang", "ar", "member", "SA"}, []string{"السعودية"}},
		{[]string{"members", "-on", "1970"}, []string{"25 states on 1970"}},
		{[]string{"observers"}, []string{"RUS", "THA", "5 states"}},
		{[]string{"sessions", "summit"}, []string{"summit 13", "Istanbul"}},
		{[]string{"session", "cfm", "45", "-lang", "fr"}, []string{"45e session du Conseil", "2018-05-05 to 2018-05-06"}},
		{[]string{"help"}, []string{"usage: oicinfo"}},
		{[]string{"bodies"}, []string{"comcec", "standing-committee", "Ankara"}},
		{[]string{"body", "IOFS", "-lang", "kk"}, []string{"Астана", "specialized-institution"}},
		{[]string{"offices", "-on", "2011"}, []string{"Ekmeleddin Ihsanoglu"}},
		{[]string{"documents"}, []string{"oic-2025", "summit 13", "sti-agenda-2026"}},
		{[]string{"kazakhstan", "-on", "2018-06-01"}, []string{"Bakhyt Batyrshayev", "admitted 1995-12", "Jeddah, since 2010-03"}},
		{[]string{"initiatives", "-on", "2018-06-01"}, []string{"iofs", "triple-i", "proposed"}},
		{[]string{"timeline", "-from", "2011", "-to", "2011", "-country", "KZ"}, []string{"2011-06-28", "38th Council of Foreign Ministers, Astana"}},
		{[]string{"timeline", "-topic", "session", "-from", "2016-04", "-to", "2016-04", "-lang", "ar"}, []string{"مؤتمر القمة الإسلامي الثالث عشر"}},
		{[]string{"find", "Nur-Sultan"}, []string{"city", "astana", "former 2019-03-23/2022-09-17"}},
		{[]string{"find", "Cote", "d'Ivoire", "-lang", "fr"}, []string{"CIV", "Côte d’Ivoire"}},
		{[]string{"find", "Kazakstan"}, []string{"did you mean", "KAZ"}},
		{[]string{"-lang", "fr", "members", "-on", "1970"}, []string{"Afghanistan", "Égypte"}},
		{[]string{"initiative", "iofs", "-on", "2018-06-01"}, []string{"signatories: 32 as of 2018-05", "ratifications: 12 as of 2018-05"}},
	} {
		out, errs, code := runArgs(tt.args...)
		if code != 0 {
			t.Errorf("%q: exit %d: %s", tt.args, code, errs)
		}
		for _, w := range tt.want {
			if !strings.Contains(out, w) {
				t.Errorf("%q: output lacks %q:\n%s", tt.args, w, out)
			}
		}
	}
}

func TestJSON(t *testing.T) {
	out, _, code := runArgs("-json", "member", "SYR", "-on", "2018-06-01")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var v struct {
		Key    string `json:"key"`
		Status string `json:"status"`
		Joined string `json:"joined"`
	}
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, out)
	}
	if v.Key != "SYR" || v.Status != "suspended" || v.Joined != "1972" {
		t.Errorf("got %+v", v)
	}
	out, _, _ = runArgs("-json", "session", "cfm", "38")
	var s struct {
		ID    string `json:"id"`
		Host  string `json:"host"`
		Start string `json:"start"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil || s.ID != "cfm 38" || s.Host != "KAZ" || s.Start != "2011-06-28" {
		t.Errorf("session JSON = %+v, %v", s, err)
	}
}

func TestBadArguments(t *testing.T) {
	for _, args := range [][]string{
		{"nosuch"}, {"member"}, {"member", "a", "b"}, {"-on", "2011-13"}, {"-lang", "!!"}, {"-bogus"},
		{"sessions", "party"}, {"session", "cfm"}, {"session", "cfm", "x"}, {"members", "extra"},
		{"member", "FRA"}, {"session", "cfm", "999"}, {"body"}, {"body", "NATO"}, {"bodies", "x"}, {"initiative", "x"}, {"kazakhstan", "x"}, {"find"},
		{"timeline", "-topic", "sport"}, {"timeline", "-country", "FRA"}, {"timeline", "-from", "2011-13"},
	} {
		_, errs, code := runArgs(args...)
		if code != 2 || !strings.Contains(errs, "usage:") {
			t.Errorf("%q: exit %d, stderr %q; want 2 and the usage", args, code, errs)
		}
	}
	_, errs, _ := runArgs("member", "FRA")
	if !strings.Contains(errs, `"FRA"`) {
		t.Errorf("error does not name the input: %q", errs)
	}
}

func FuzzRun(f *testing.F) {
	f.Add("member\x00kz")
	f.Add("-on\x002011\x00members")
	f.Add("session\x00cfm\x0038\x00-json")
	f.Fuzz(func(t *testing.T, s string) {
		args := strings.Split(s, "\x00")
		var out, errb bytes.Buffer
		if code := run(&out, &errb, args); code < 0 || code > 2 {
			t.Errorf("%q: exit %d", args, code)
		}
	})
}
