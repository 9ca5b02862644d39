package kzoic_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// goBlock matches a fenced Go block of a Markdown file.
var goBlock = regexp.MustCompile("(?s)```go\n(.*?)```")

// fragmentImports are the packages a README fragment (a block without a
// package clause) may use, by the name it refers to them with.
var fragmentImports = map[string]string{
	"fmt":      "fmt",
	"json":     "encoding/json",
	"http":     "net/http",
	"language": "golang.org/x/text/language",
	"oic":      "github.com/kzoic/kzoic/oic",
	"prose":    "github.com/kzoic/kzoic/prose",
	"timeline": "github.com/kzoic/kzoic/timeline",
	"search":   "github.com/kzoic/kzoic/search",
}

// TestReadmeCode builds every Go block of README.md against this module, runs
// the complete programs and checks that each line they print is written in
// the block (the README shows the output in comments), so that the README
// cannot drift from the API.
func TestReadmeCode(t *testing.T) {
	gocmd, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to build the README's code: %v", err)
	}
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	gosum, err := os.ReadFile("go.sum")
	if err != nil {
		t.Fatal(err)
	}
	blocks := goBlock.FindAllSubmatch(readme, -1)
	if len(blocks) == 0 {
		t.Fatal("README.md has no Go block")
	}
	for i, m := range blocks {
		code := string(m[1])
		complete := strings.HasPrefix(code, "package main")
		if !complete {
			code = wrapFragment(code)
		}
		dir := t.TempDir()
		gomod := "module readme\n\ngo 1.26.0\n\nrequire github.com/kzoic/kzoic v0.0.0\n\nreplace github.com/kzoic/kzoic => " + root + "\n"
		for name, data := range map[string][]byte{"go.mod": []byte(gomod), "go.sum": gosum, "main.go": []byte(code)} {
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(gocmd, "run", "-mod=mod", ".")
		if !complete {
			cmd = exec.Command(gocmd, "vet", "-mod=mod", ".")
		}
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Errorf("README Go block %d: %s: %v\n%s\n%s", i+1, strings.Join(cmd.Args[1:], " "), err, stderr.String(), code)
			continue
		}
		if !complete {
			continue
		}
		lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
		for _, line := range lines {
			if !strings.Contains(string(m[1]), line) {
				t.Errorf("README Go block %d prints %q, which the README does not show", i+1, line)
			}
		}
	}
}

// wrapFragment makes a program of the statements of a README fragment,
// importing the packages it names.
func wrapFragment(body string) string {
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n")
	for name, path := range fragmentImports {
		if strings.Contains(body, name+".") {
			b.WriteString("\t\"" + path + "\"\n")
		}
	}
	b.WriteString(")\n\nfunc main() {\n")
	b.WriteString(body)
	b.WriteString("}\n")
	return b.String()
}
