package kzoic_test

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/kzoic/kzoic"
	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/search"
	"github.com/kzoic/kzoic/timeline"
)

// TestNoExportedMutableVars inspects the source of every package of the
// module: no exported package-level variable may exist, except error
// sentinels made by errors.New, which callers compare with errors.Is.
func TestNoExportedMutableVars(t *testing.T) {
	fset := token.NewFileSet()
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		checked++
		if f.Name.Name == "main" {
			return nil
		}
		for _, decl := range f.Decls {
			g, ok := decl.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if !name.IsExported() {
						continue
					}
					if i < len(vs.Values) && isErrorsNew(vs.Values[i]) {
						continue
					}
					t.Errorf("%s: exported package-level variable %s", fset.Position(name.Pos()), name.Name)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked < 20 {
		t.Errorf("checked only %d files", checked)
	}
}

func isErrorsNew(e ast.Expr) bool {
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return false
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "errors" && sel.Sel.Name == "New"
}

// answers collects, as JSON, what the public API says; mutate changes
// everything a caller can reach in the values it got back.
func answers(t *testing.T) string {
	t.Helper()
	kz := oic.MustParseCountry("KZ")
	cfm38, _ := oic.CFM(38)
	astana, _ := oic.LookupCity("astana")
	iofs, _ := initiatives.Lookup("iofs")
	sg, _ := oic.LookupOffice("secretary-general")
	body, _ := oic.LookupBody("iofs")
	doc, _ := oic.LookupDocument("oic-2025")
	v := []any{
		kz.History(), kz.Sources(), kz.OtherNames(), oic.MustParseCountry("SY").Alternatives(), kz.Names(),
		cfm38.Outcomes(), cfm38.Sources(), astana.OtherNames(), astana.Sources(), sg.Terms(), body.Sources(), doc.Sources(),
		oic.NameHistory(), oic.Sources(), oic.Languages(), oic.WorkingLanguages(),
		iofs.Milestones(), iofs.Partners(), iofs.Bodies(), iofs.Documents(), iofs.Sources(),
		kzoic.Events(), kzoic.Representatives(), kzoic.Posts(), kzoic.Chairmanships(), kzoic.PermanentMission(),
		search.Find("Astana"), slices.Collect(timeline.InYear(2011)),
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// mutate changes every slice element, map entry and string field it can
// reach in v.
func mutate(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			mutate(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			mutate(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			v.SetMapIndex(k, reflect.Zero(v.Type().Elem()))
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				mutate(v.Field(i))
			}
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString("changed")
		}
	case reflect.Int, reflect.Int64:
		if v.CanSet() {
			v.SetInt(-1)
		}
	}
}

// TestCallersCannotChangeTheData changes everything the API hands out and
// checks that later answers are the same.
func TestCallersCannotChangeTheData(t *testing.T) {
	before := answers(t)
	kz := oic.MustParseCountry("KZ")
	cfm38, _ := oic.CFM(38)
	astana, _ := oic.LookupCity("astana")
	iofs, _ := initiatives.Lookup("iofs")
	sg, _ := oic.LookupOffice("secretary-general")
	names := kz.Names()
	mission := kzoic.PermanentMission()
	for _, v := range []any{
		kz.History(), kz.Sources(), kz.OtherNames(), oic.MustParseCountry("SY").Alternatives(), &names,
		cfm38.Outcomes(), cfm38.Sources(), astana.OtherNames(), astana.Sources(), sg.Terms(),
		oic.NameHistory(), oic.Sources(), oic.Languages(), oic.WorkingLanguages(),
		iofs.Milestones(), iofs.Partners(), iofs.Bodies(), iofs.Documents(), iofs.Sources(),
		kzoic.Events(), kzoic.Representatives(), kzoic.Posts(), kzoic.Chairmanships(), &mission,
		search.Find("Astana"), slices.Collect(timeline.InYear(2011)),
	} {
		mutate(reflect.ValueOf(v))
	}
	for e := range timeline.InYear(2011) {
		s := e.Sources()
		mutate(reflect.ValueOf(s))
	}
	if after := answers(t); after != before {
		t.Error("a caller's changes to returned values changed later answers")
	}
}

// TestExportedIdentifiersDocumented checks that every exported identifier
// of the library's packages has a doc comment.
func TestExportedIdentifiersDocumented(t *testing.T) {
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "examples") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		if strings.Contains(path, "internal/gen") {
			return nil // a command
		}
		report := func(pos token.Pos, name string) {
			t.Errorf("%s: %s has no doc comment", fset.Position(pos), name)
		}
		for _, decl := range f.Decls {
			switch decl := decl.(type) {
			case *ast.FuncDecl:
				if decl.Name.IsExported() && decl.Doc == nil && (decl.Recv == nil || exportedRecv(decl.Recv)) {
					report(decl.Pos(), decl.Name.Name)
				}
			case *ast.GenDecl:
				for _, spec := range decl.Specs {
					switch spec := spec.(type) {
					case *ast.TypeSpec:
						if spec.Name.IsExported() && decl.Doc == nil && spec.Doc == nil {
							report(spec.Pos(), spec.Name.Name)
						}
					case *ast.ValueSpec:
						for _, n := range spec.Names {
							if n.IsExported() && decl.Doc == nil && spec.Doc == nil && spec.Comment == nil {
								report(n.Pos(), n.Name)
							}
						}
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func exportedRecv(fl *ast.FieldList) bool {
	if len(fl.List) == 0 {
		return false
	}
	e := fl.List[0].Type
	if s, ok := e.(*ast.StarExpr); ok {
		e = s.X
	}
	if ix, ok := e.(*ast.IndexExpr); ok {
		e = ix.X
	}
	id, ok := e.(*ast.Ident)
	return ok && id.IsExported()
}
