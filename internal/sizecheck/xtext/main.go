// Command xtext looks up an ISO 3166-1 region with golang.org/x/text/language
// alone: the floor against which the size of a program that looks up OIC
// states by code is measured (see sizecheck_test.go).
package main

import (
	"fmt"
	"os"

	"golang.org/x/text/language"
)

func main() {
	r, err := language.ParseRegion(os.Args[len(os.Args)-1])
	fmt.Println(r, err)
}
