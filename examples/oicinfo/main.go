// Command oicinfo prints facts about the Organisation of Islamic Cooperation
// and Kazakhstan's part in it, from the tables of github.com/kzoic/kzoic.
//
// Run with no arguments for an overview; "oicinfo help" lists the
// subcommands.
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Stdout, os.Stderr, os.Args[1:]))
}

func run(stdout, stderr io.Writer, args []string) int {
	fmt.Fprintln(stdout, "kzoic")
	return 0
}
