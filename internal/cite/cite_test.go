package cite

import (
	"testing"

	"github.com/kzoic/kzoic/oic"
)

func TestCite(t *testing.T) {
	if got := (Session{Kind: oic.KindCFM, Number: 38}).Session().String(); got != "cfm 38" {
		t.Errorf("Session = %q", got)
	}
	if (Session{}).Session().IsValid() {
		t.Error("the zero reference names a session")
	}
	s := Sources([]string{"kz-mfa-oic-2018", "no-such-id"})
	if len(s) != 1 || s[0].ID != "kz-mfa-oic-2018" {
		t.Errorf("Sources = %+v", s)
	}
}
