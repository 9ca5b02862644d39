package prose_test

import (
	"strings"
	"testing"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"golang.org/x/text/language"
)

var five = []language.Tag{language.English, language.Arabic, language.French, language.Kazakh, language.Russian}

func session(t *testing.T, s string) oic.Session {
	t.Helper()
	x, err := oic.ParseSession(s)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestOutcomes(t *testing.T) {
	for _, tt := range []struct {
		session string
		kind    oic.OutcomeKind
		want    [5]string // a part each language's wording must contain
	}{
		{"cfm 19", oic.OutcomeAdopted, [5]string{"Adopted the Cairo Declaration", "اعتماد", "Adoption : « ", "қабылданды", "Принят документ «"}},
		{"cfm 47", oic.OutcomeElected, [5]string{"Elected Hissein Brahim Taha Secretary-General", "انتخاب", "Élu au poste de", "болып сайланды", "Избрание на должность"}},
		{"cfm 38", oic.OutcomeRenamed, [5]string{"Renamed the organisation the Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي", "Organisation de la coopération islamique", "Ислам ынтымақтастығы ұйымы", "Организация исламского сотрудничества"}},
		{"cfm 23", oic.OutcomeAdmitted, [5]string{"Admitted Kazakhstan as a member", "كازاخستان", "Kazakhstan", "Қазақстан мүшелікке қабылданды", "Казахстан"}},
	} {
		s := session(t, tt.session)
		var o oic.Outcome
		for _, x := range s.Outcomes() {
			if x.Kind == tt.kind {
				o = x
				break
			}
		}
		if o.Kind == 0 {
			t.Errorf("%s has no %v outcome", tt.session, tt.kind)
			continue
		}
		for i, l := range five {
			if got := prose.NewPrinter(l).Outcome(o); !strings.Contains(got, tt.want[i]) {
				t.Errorf("%s %v in %v = %q; want it to contain %q", tt.session, tt.kind, l, got, tt.want[i])
			}
		}
	}
	// A statement reads in its own words, marked where they are the module's.
	for _, o := range session(t, "summit 2").Outcomes() {
		if o.Kind != oic.OutcomeStatement {
			continue
		}
		for _, l := range five {
			got := prose.NewPrinter(l).Outcome(o)
			if got == "" || o.Text.IsOwn(l) != strings.HasSuffix(got, prose.OwnMark) {
				t.Errorf("statement in %v = %q; own %v", l, got, o.Text.IsOwn(l))
			}
		}
	}
}

func TestChange(t *testing.T) {
	syr := oic.MustParseCountry("SYR")
	h := syr.History()
	prev := oic.StatusNone
	var got []string
	for _, ch := range h {
		got = append(got, prose.NewPrinter(language.Russian).Change(ch, prev))
		prev = ch.Status
	}
	if len(got) != 3 || !strings.HasPrefix(got[0], "Вступление в члены") || !strings.HasPrefix(got[1], "Приостановление членства") || !strings.HasPrefix(got[2], "Восстановление членства") {
		t.Errorf("Syria's history in Russian: %q", got)
	}
	if !strings.Contains(got[1], "Исламский саммит") {
		t.Errorf("the suspension does not name its session: %q", got[1])
	}
}

func TestRole(t *testing.T) {
	s := session(t, "summit 1")
	who, role := s.Chair()
	want := [5]string{"King Hassan II", "الملك الحسن الثاني", "le roi Hassan II", "Король Хасан II", "Король Хасан II"}
	for i, l := range five {
		if got := prose.NewPrinter(l).Role(who, role); got != want[i] {
			t.Errorf("chair of summit 1 in %v = %q; want %q", l, got, want[i])
		}
	}
	if got := prose.NewPrinter(language.English).Role(who, 0); got != "Hassan II" {
		t.Errorf("no role: %q", got)
	}
}
