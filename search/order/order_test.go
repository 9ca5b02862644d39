package order_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search/order"
	"golang.org/x/text/language"
)

func TestByName(t *testing.T) {
	for _, tt := range []struct {
		tag  language.Tag
		in   []string
		want []string
	}{
		{language.French, []string{"Gabon", "Émirats arabes unis", "Égypte", "Algérie"}, []string{"Algérie", "Égypte", "Émirats arabes unis", "Gabon"}},
		{language.Kazakh, []string{"Өзбекстан", "Әзірбайжан", "Алжир", "Бахрейн"}, []string{"Алжир", "Әзірбайжан", "Бахрейн", "Өзбекстан"}},
		{language.English, []string{"b", "A", "a", "B"}, []string{"A", "a", "b", "B"}},
	} {
		got := slices.Clone(tt.in)
		order.ByName(got, tt.tag, func(s string) string { return s })
		if !slices.Equal(got, tt.want) {
			t.Errorf("SortByName(%v, %q) = %q; want %q", tt.tag, tt.in, got, tt.want)
		}
	}
}

func ExampleByName() {
	var list []oic.Country
	for c := range oic.MembersOn(oic.MustParseDate("1970")) {
		list = append(list, c)
	}
	fr := language.French
	order.ByName(list, fr, func(c oic.Country) string { return c.Name(fr) })
	for _, c := range list[:6] {
		fmt.Println(c.Name(fr))
	}
	// Output:
	// Afghanistan
	// Algérie
	// Arabie saoudite
	// Égypte
	// État de Palestine
	// Guinée
}
