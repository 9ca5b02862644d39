// Command oicinfo prints facts about the Organisation of Islamic Cooperation
// and Kazakhstan's part in it, from the tables of github.com/kzoic/kzoic, in
// the reader's language: English, Arabic, French, Kazakh or Russian.
//
// Usage:
//
//	oicinfo [-lang TAG] [-json] [-sources] [-on DATE] [command [arguments]]
//
// With no command it prints an overview of the organisation and of
// Kazakhstan's membership. The commands are:
//
//	member CODE          one state, by ISO 3166-1 alpha-2 or alpha-3 code
//	members [-on DATE]   the member states on a date (default: the data vintage)
//	observers [-on DATE] the observer states and organisations on a date
//	sessions [KIND]      the sessions, of one kind or all
//	session KIND N|DATE  one session, such as "session cfm 38"
//	bodies               the organs and institutions
//	body ACRONYM         one body, by acronym or key
//	offices [-on DATE]   every office, heads of bodies included, and who held it on a date
//	documents            charters, programmes, declarations and statutes, and what superseded what
//	kazakhstan [-on DATE]   Kazakhstan's record in the OIC
//	initiatives [-on DATE]  Kazakhstan's initiatives and their status
//	initiative ID        one initiative, such as "initiative iofs"
//	timeline [-from DATE] [-to DATE] [-topic T] [-country CODE]
//	                     the chronology of everything the module knows
//	find TEXT            records by any of their names, in any language
//	help                 the usage, in the reader's language
//
// Flags may come before or after the command.
//
// -lang takes any BCP 47 tag and picks the closest of the five languages as
// package prose's Printer does (fr-SN gives French, kk-KZ Kazakh; a tag
// close to none of them gives English). Every word of the text output is
// then in that language: labels, column headings, standings and statuses,
// session and office titles, the names of states, cities, bodies, documents
// and people, outcomes, milestones, dates and periods written for the
// reader ("28–30 June 2011", "2011 жылғы 28–30 маусым"), counts with their
// plural forms, the usage and the error messages. Arabic output isolates
// left-to-right runs (codes, keys, citations) for right-to-left display. A
// form that is the module's own translation or transliteration rather than
// one a source gives is followed by a degree sign, explained once at the
// end.
//
// -on gives the date to answer for as YYYY, YYYY-MM or YYYY-MM-DD; every
// command says which date it answers for and leaves out what happened after
// it, and a date after the data vintage is answered as of the vintage,
// which the output says. Where the sources do not settle an answer on that
// date (a standing that changed in a month or a year the sources give no
// day for, an office holder known only from attestations), the output says
// so and gives the candidates; where no source gives an answer (no
// successor named after a term that ended, no date for a body's founding),
// it says that in words. A term whose end is the day it was due to end
// rather than one the sources report says so.
//
// Text output counts the sources of what it printed; -sources lists them
// (titles and publishers as the sources give them). -json prints JSON
// instead of text, the same in every language but for the "name", "title",
// "city" and "seat" fields in the reader's language: codes, keys, ISO 8601
// dates, names as objects keyed by language (with "own" listing the
// languages of the module's own renderings), lists in the library's order,
// and the sources. The JSON of observers is an object with the observer
// "states" and "organisations"; that of offices gives, for each office, the
// terms that were or may have been running on the date with their
// "certainty", or the "last" term where no source names a holder. Bad
// arguments print the usage, in the reader's language, and exit with
// status 2.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/kzoic/kzoic/initiatives"
	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/prose"
	"github.com/kzoic/kzoic/timeline"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Stdout, os.Stderr, os.Args[1:]))
}

// errUsage reports bad arguments; run prints the usage and returns 2.
var errUsage = errors.New("usage")

type options struct {
	printer  *prose.Printer
	lang     language.Tag
	json     bool
	sources  bool
	on       oic.Date
	onGiven  bool
	from, to oic.Date
	topic    timeline.Topic
	country  oic.Country
}

// usageError reports bad arguments with the message key filled with args.
func usageError(opt options, key string, args ...any) error {
	return fmt.Errorf("%s: %w", opt.printer.Sprintf(key, args...), errUsage)
}

// quote returns the text a user gave, quoted and isolated in right-to-left
// text.
func quote(opt options, s string) string { return opt.printer.Isolate(strconv.Quote(s)) }

// langArg returns the value of the last -lang flag among args, if any, so
// that the errors of the other flags speak the reader's language.
func langArg(args []string) (string, bool) {
	var v string
	found := false
	for i := 0; i < len(args); i++ {
		a := strings.TrimPrefix(args[i], "-")
		if a == args[i] {
			continue
		}
		a = strings.TrimPrefix(a, "-")
		switch {
		case a == "lang" && i+1 < len(args):
			v, found = args[i+1], true
			i++
		case strings.HasPrefix(a, "lang="):
			v, found = strings.TrimPrefix(a, "lang="), true
		}
	}
	return v, found
}

// parseFlags parses the flags wherever they stand among args and returns
// the remaining arguments.
func parseFlags(args []string) (options, []string, error) {
	opt := options{lang: language.English, on: oic.Vintage()}
	if s, ok := langArg(args); ok {
		if t, err := language.Parse(s); err == nil {
			opt.lang = t
		}
	}
	opt.printer = prose.NewPrinter(opt.lang)
	// flagErr is the translated reason a flag's value was refused; the
	// flag package's own message is English.
	var flagErr error
	refuse := func(key string, args ...any) error {
		flagErr = usageError(opt, key, args...)
		return flagErr
	}
	fs := flag.NewFlagSet("oicinfo", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Func("lang", "", func(s string) error {
		t, err := language.Parse(s)
		if err != nil {
			return refuse("cli.err.lang", quote(opt, s))
		}
		opt.lang = t
		return nil
	})
	fs.BoolVar(&opt.json, "json", false, "")
	fs.BoolVar(&opt.sources, "sources", false, "")
	date := func(name string, p *oic.Date, given *bool) func(string) error {
		return func(s string) error {
			d, err := oic.ParseDate(s)
			if err != nil {
				return refuse("cli.err.date", quote(opt, s), opt.printer.Isolate("-"+name))
			}
			*p = d
			if given != nil {
				*given = true
			}
			return nil
		}
	}
	fs.Func("on", "", date("on", &opt.on, &opt.onGiven))
	fs.Func("from", "", date("from", &opt.from, nil))
	fs.Func("to", "", date("to", &opt.to, nil))
	fs.Func("topic", "", func(s string) error {
		t, err := timeline.ParseTopic(s)
		if err != nil {
			return refuse("cli.err.topic", quote(opt, s), opt.printer.Isolate(topicList()))
		}
		opt.topic = t
		return nil
	})
	fs.Func("country", "", func(s string) error {
		c, err := oic.ParseCountry(s)
		if err != nil {
			return refuse("cli.err.country", quote(opt, s))
		}
		opt.country = c
		return nil
	})
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return opt, nil, flagError(opt, err, flagErr)
		}
		args = fs.Args()
		if len(args) == 0 {
			return opt, rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// flagError returns the error of the flag package in the reader's
// language: refused, the reason one of our flags gave, or the flag
// package's own message for an unknown flag or a missing value.
func flagError(opt options, err, refused error) error {
	if refused != nil {
		return refused
	}
	msg := err.Error()
	for _, f := range []struct{ prefix, key string }{
		{"flag provided but not defined: ", "cli.err.flag"},
		{"flag needs an argument: ", "cli.err.flag-value"},
	} {
		if name, ok := strings.CutPrefix(msg, f.prefix); ok {
			return usageError(opt, f.key, opt.printer.Isolate(name))
		}
	}
	return usageError(opt, "cli.err.flag-bad", opt.printer.Isolate(msg))
}

// A command is one subcommand of oicinfo: its name, the usage of its
// arguments (with {date} and the like for the metavariables, which the
// usage writes in the reader's language), how many arguments it takes and
// what it runs. Its summary is the message "cli.usage."+name. The table is
// the single source of the dispatch and of the usage text.
type command struct {
	name     string
	args     string
	min, max int
	run      func(w io.Writer, opt options, args []string) error
}

// commands lists the subcommands in the order the usage shows them.
var commands = []command{
	{"member", "{code}", 1, 1, func(w io.Writer, opt options, a []string) error { return member(w, opt, a[0]) }},
	{"members", "[-on {date}]", 0, 0, func(w io.Writer, opt options, _ []string) error { return members(w, opt) }},
	{"observers", "[-on {date}]", 0, 0, func(w io.Writer, opt options, _ []string) error { return observers(w, opt) }},
	{"sessions", "[{kind}]", 0, 1, sessionsCmd},
	{"session", "{kind} {n}|{date}", 2, 2, sessionCmd},
	{"bodies", "", 0, 0, func(w io.Writer, opt options, _ []string) error { return bodies(w, opt) }},
	{"body", "{acronym}", 1, 1, func(w io.Writer, opt options, a []string) error { return body(w, opt, a[0]) }},
	{"offices", "[-on {date}]", 0, 0, func(w io.Writer, opt options, _ []string) error { return offices(w, opt) }},
	{"documents", "", 0, 0, func(w io.Writer, opt options, _ []string) error { return documents(w, opt) }},
	{"kazakhstan", "[-on {date}]", 0, 0, func(w io.Writer, opt options, _ []string) error { return kazakhstan(w, opt) }},
	{"initiatives", "[-on {date}]", 0, 0, func(w io.Writer, opt options, _ []string) error { return initiativeList(w, opt) }},
	{"initiative", "{id}", 1, 1, func(w io.Writer, opt options, a []string) error { return initiative(w, opt, a[0]) }},
	{"timeline", "[-from {date}] [-to {date}] [-topic {topic}] [-country {code}]", 0, 0, func(w io.Writer, opt options, _ []string) error { return timelineCmd(w, opt) }},
	{"find", "{text}", 1, -1, func(w io.Writer, opt options, a []string) error { return find(w, opt, strings.Join(a, " ")) }},
	{"help", "", 0, 0, nil}, // run by dispatch: the usage refers to this table
}

func kindList() string {
	var k []string
	for kind := range oic.SessionKinds() {
		k = append(k, kind.String())
	}
	return strings.Join(k, ", ")
}

func topicList() string {
	var t []string
	for topic := range timeline.Topics() {
		t = append(t, topic.String())
	}
	return strings.Join(t, ", ")
}

func initiativeKeys() string {
	var k []string
	for in := range initiatives.All() {
		k = append(k, in.Key())
	}
	return strings.Join(k, ", ")
}

// usage returns the usage text in the reader's language, made from the
// table of commands.
func usage(opt options) string {
	p := opt.printer
	var meta []string
	for _, m := range []string{"tag", "date", "code", "kind", "n", "acronym", "id", "text", "topic", "command", "arguments"} {
		meta = append(meta, "{"+m+"}", p.Sprintf("label.meta."+m))
	}
	args := strings.NewReplacer(meta...).Replace
	// Examples and keywords are what the user types: isolated in
	// right-to-left text, and the lines of commands and flags, whose
	// placeholders may be in Arabic, set left to right as a whole.
	iso := p.Isolate
	ltr := func(s string) string {
		if p.IsRTL() {
			return "\u2066" + s + "\u2069"
		}
		return s
	}
	summary := map[string][]any{
		"sessions":   {iso(kindList())},
		"session":    {iso("session cfm 38"), iso("session extraordinary-summit 2024-11-11")},
		"body":       {iso("body comcec")},
		"initiative": {iso(initiativeKeys())},
		"timeline":   {iso(topicList())},
	}
	var b strings.Builder
	line := func(indent int, s string) { fmt.Fprintf(&b, "%s%s\n", strings.Repeat("  ", indent), s) }
	line(0, p.Sprintf("cli.usage", ltr(args("oicinfo [-lang {tag}] [-json] [-sources] [-on {date}] [{command} [{arguments}]]"))))
	b.WriteString("\n")
	line(0, p.Sprintf("cli.heading", p.Sprintf("label.commands")))
	line(1, p.Sprintf("label.no-command"))
	line(3, p.Sprintf("cli.usage.overview"))
	for _, c := range commands {
		line(1, ltr(strings.TrimSpace(c.name+" "+args(c.args))))
		line(3, p.Sprintf("cli.usage."+c.name, summary[c.name]...))
	}
	b.WriteString("\n")
	line(0, p.Sprintf("cli.heading", p.Sprintf("label.flags")))
	v := oic.Vintage()
	for _, f := range []struct {
		flag, key string
		args      []any
	}{
		{"-lang {tag}", "cli.usage.flag.lang", []any{iso("en, ar, fr, kk, ru")}},
		{"-json", "cli.usage.flag.json", nil},
		{"-sources", "cli.usage.flag.sources", nil},
		{"-on {date}", "cli.usage.flag.on", []any{iso("1995"), iso("1995-12"), iso("2011-06-28"), p.Date(v)}},
		{"-from {date}", "cli.usage.flag.from", nil},
		{"-to {date}", "cli.usage.flag.to", nil},
		{"-topic {topic}", "cli.usage.flag.topic", nil},
		{"-country {code}", "cli.usage.flag.country", nil},
	} {
		line(1, ltr(args(f.flag)))
		line(3, p.Sprintf(f.key, f.args...))
	}
	return b.String()
}

func run(stdout, stderr io.Writer, args []string) int {
	opt, args, err := parseFlags(args)
	if err == nil {
		err = dispatch(stdout, opt, args)
	}
	switch {
	case err == nil:
		return 0
	case errors.Is(err, errUsage):
		if err != errUsage {
			fmt.Fprintln(stderr, "oicinfo:", strings.TrimSuffix(err.Error(), ": "+errUsage.Error()))
		}
		fmt.Fprint(stderr, usage(opt))
		return 2
	default:
		fmt.Fprintln(stderr, "oicinfo:", err)
		return 1
	}
}

func dispatch(w io.Writer, opt options, args []string) error {
	if len(args) == 0 {
		return overview(w, opt)
	}
	name, args := args[0], args[1:]
	for _, c := range commands {
		if c.name != name {
			continue
		}
		if len(args) < c.min || (c.max >= 0 && len(args) > c.max) {
			return usageError(opt, "cli.err.args", opt.printer.Isolate(name))
		}
		if c.run == nil {
			_, err := io.WriteString(w, usage(opt))
			return err
		}
		return c.run(w, opt, args)
	}
	return usageError(opt, "cli.err.command", quote(opt, name))
}

func sessionsCmd(w io.Writer, opt options, args []string) error {
	var k oic.SessionKind
	if len(args) == 1 {
		var err error
		if k, err = oic.ParseSessionKind(args[0]); err != nil {
			return usageError(opt, "cli.err.kind", quote(opt, args[0]), opt.printer.Isolate(kindList()))
		}
	}
	return sessions(w, opt, k)
}

func sessionCmd(w io.Writer, opt options, args []string) error {
	if _, err := oic.ParseSessionKind(args[0]); err != nil {
		return usageError(opt, "cli.err.kind", quote(opt, args[0]), opt.printer.Isolate(kindList()))
	}
	s, err := oic.ParseSession(args[0] + " " + args[1])
	if err != nil {
		return usageError(opt, "cli.err.session", quote(opt, args[0]+" "+args[1]))
	}
	return session(w, opt, s)
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
