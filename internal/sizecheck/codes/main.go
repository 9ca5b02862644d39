// Command codes looks up an OIC state by code and says when it joined: the
// program whose size sizecheck_test.go compares with the floor.
package main

import (
	"fmt"
	"os"

	"github.com/kzoic/kzoic/oic"
)

func main() {
	code := os.Args[len(os.Args)-1]
	c, ok := oic.LookupCountry(code)
	since, _ := oic.MemberSince(code)
	fmt.Println(c.Alpha3(), ok, since)
}
