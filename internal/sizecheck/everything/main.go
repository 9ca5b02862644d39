// Command everything imports every library package of the module, so that
// sizecheck_test.go can check that none does work at initialisation.
package main

import (
	"fmt"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/search/order"
	"github.com/kzoic/kzoic/timeline"
	"golang.org/x/text/language"
)

func main() {
	in, _ := initiatives.Lookup("iofs")
	r, _ := search.Lookup("Kazakhstan")
	fmt.Println(kzoic.Kazakhstan(), in, oic.Vintage(), prose.NewPrinter(language.Kazakh).Tag(), r.Kind, timeline.Len())
	order.ByName([]oic.Country{}, language.English, oic.Country.Key)
}
