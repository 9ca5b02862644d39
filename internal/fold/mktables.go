//go:build ignore

// Mktables writes tables.go: the keys of every rune, computed by the chain
// of transformers of package chain. Run it with go generate.
package main

import (
	"log"
	"os"

	"github.com/kzoic/kzoic/internal/fold/chain"
)

func main() {
	t, err := chain.Generate()
	if err != nil {
		log.Fatal(err)
	}
	src, err := t.Source()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.go", src, 0o644); err != nil {
		log.Fatal(err)
	}
}
