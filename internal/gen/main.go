// Command gen turns the reviewed data files of internal/data into the Go
// tables of package oic.
//
// Run it from the module root with
//
//	go run ./internal/gen
//
// It reads every CSV file in internal/data, checks the data (codes, dates,
// references between files) and writes oic/tables.go. The tests of this
// package fail when the committed tables differ from what gen would write.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
	"path/filepath"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("gen: ")
	data := flag.String("data", "internal/data", "folder of the data files")
	out := flag.String("out", ".", "module root to write the tables under")
	flag.Parse()

	files, err := generate(*data)
	if err != nil {
		log.Fatal(err)
	}
	for name, src := range files {
		path := filepath.Join(*out, name)
		if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, src) {
			continue
		}
		if err := os.WriteFile(path, src, 0o644); err != nil {
			log.Fatal(err)
		}
		fmt.Println("wrote", path)
	}
}

// generate reads the data files in dir and returns the Go files to write,
// keyed by their paths relative to the module root.
func generate(dir string) (map[string][]byte, error) {
	db, err := load(dir)
	if err != nil {
		return nil, err
	}
	if err := db.check(); err != nil {
		return nil, err
	}
	out := map[string][]byte{}
	for name, write := range map[string]func(io.Writer){
		"oic/tables.go":         db.writeOIC,
		"initiatives/tables.go": db.writeInitiatives,
		"tables.go":             db.writeKazakhstan,
		"prose/tables.go":       db.writeProse,
		"search/tables.go":      db.writeSearch,
	} {
		var b bytes.Buffer
		write(&b)
		src, err := format.Source(b.Bytes())
		if err != nil {
			return nil, fmt.Errorf("formatting %s: %v\n%s", name, err, b.Bytes())
		}
		out[name] = src
	}
	if err := db.errs.err(); err != nil {
		return nil, err
	}
	return out, nil
}
