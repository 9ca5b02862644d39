// Package sizecheck holds small programs built by its test to check two
// promises of the module: no package does work at initialisation, and a
// program that looks states up by code is at most 60 KiB larger, stripped,
// than one that uses golang.org/x/text/language alone.
package sizecheck

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func build(t *testing.T, pkg string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), filepath.Base(pkg))
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", out, pkg)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, b)
	}
	return out
}

func TestSize(t *testing.T) {
	floor, codes := build(t, "./xtext"), build(t, "./codes")
	fi, err := os.Stat(floor)
	if err != nil {
		t.Fatal(err)
	}
	ci, err := os.Stat(codes)
	if err != nil {
		t.Fatal(err)
	}
	extra := ci.Size() - fi.Size()
	t.Logf("x/text/language alone: %d bytes; with oic code lookups: %d bytes (+%d KiB)", fi.Size(), ci.Size(), extra/1024)
	if extra > 60<<10 {
		t.Errorf("a program that looks states up by code is %d KiB larger than the floor; the budget is 60 KiB", extra/1024)
	}
}

func TestNoInitWork(t *testing.T) {
	bin := build(t, "./everything")
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for line := range strings.Lines(string(out)) {
		if strings.HasPrefix(line, "init github.com/kzoic/kzoic") {
			t.Errorf("a package of the module does work at initialisation: %s", strings.TrimSpace(line))
		}
	}
}
