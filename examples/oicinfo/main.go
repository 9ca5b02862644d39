// Command oicinfo prints facts about the Organisation of Islamic Cooperation
// and Kazakhstan's part in it, from the tables of github.com/kzoic/kzoic.
//
// Usage:
//
//	oicinfo [-lang TAG] [-json] [-on DATE] [command [arguments]]
//
// With no command it prints an overview of the organisation and of
// Kazakhstan's membership. The commands are:
//
//	member CODE          one state, by ISO 3166-1 alpha-2 or alpha-3 code
//	members [-on DATE]   the member states on a date (default: the data vintage)
//	observers [-on DATE] the observer states on a date
//	sessions [KIND]      the sessions, of one kind or all
//	session KIND N       one session, such as "session cfm 38"
//	bodies               the organs and institutions
//	body ACRONYM         one body, by acronym or key
//	offices [-on DATE]   the offices and who held them on a date
//	documents            charters, programmes, declarations and statutes
//	kazakhstan [-on DATE]   Kazakhstan's record in the OIC
//	initiatives [-on DATE]  Kazakhstan's initiatives and their status
//	initiative ID        one initiative, such as "initiative iofs"
//	timeline [-from DATE] [-to DATE] [-topic T] [-country CODE]
//	                     the chronology of everything the module knows
//	find TEXT            records by any of their names, in any language
//
// Flags may come before or after the command. -lang picks the language of
// names (en, ar, fr, kk, ru; others fall back to English), -json prints
// JSON instead of text, and -on gives a date as YYYY, YYYY-MM or YYYY-MM-DD.
// Bad arguments print the usage and exit with status 2.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/kzoic/kzoic/oic"
	"github.com/kzoic/kzoic/timeline"
	"golang.org/x/text/language"
)

func main() {
	os.Exit(run(os.Stdout, os.Stderr, os.Args[1:]))
}

// errUsage reports bad arguments; run prints the usage and returns 2.
var errUsage = errors.New("usage")

type options struct {
	lang     language.Tag
	json     bool
	on       oic.Date
	onGiven  bool
	from, to oic.Date
	topic    timeline.Topic
	country  oic.Country
}

// parseFlags parses the flags wherever they stand among args and returns
// the remaining arguments.
func parseFlags(stderr io.Writer, args []string) (options, []string, error) {
	opt := options{lang: language.English, on: oic.Vintage()}
	fs := flag.NewFlagSet("oicinfo", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Func("lang", "language of names, as a BCP 47 tag (en, ar, fr, kk, ru)", func(s string) error {
		t, err := language.Parse(s)
		if err != nil {
			return fmt.Errorf("bad language tag %q: %v", s, err)
		}
		opt.lang = t
		return nil
	})
	fs.BoolVar(&opt.json, "json", false, "print JSON")
	fs.Func("on", "date to answer for: YYYY, YYYY-MM or YYYY-MM-DD", func(s string) error {
		d, err := oic.ParseDate(s)
		if err != nil {
			return err
		}
		opt.on, opt.onGiven = d, true
		return nil
	})
	date := func(p *oic.Date) func(string) error {
		return func(s string) error {
			d, err := oic.ParseDate(s)
			*p = d
			return err
		}
	}
	fs.Func("from", "timeline: first date", date(&opt.from))
	fs.Func("to", "timeline: last date", date(&opt.to))
	fs.Func("topic", "timeline: topic", func(s string) error {
		t, err := timeline.ParseTopic(s)
		opt.topic = t
		return err
	})
	fs.Func("country", "timeline: a state involved, by ISO code", func(s string) error {
		c, err := oic.ParseCountry(s)
		opt.country = c
		return err
	})
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			fmt.Fprintln(stderr, "oicinfo:", err)
			return opt, nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return opt, rest, nil
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
}

// A command is one subcommand of oicinfo: its name, the usage of its
// arguments, a one-line summary, how many arguments it takes and what it
// runs. The table is the single source of the dispatch and of the usage
// text.
type command struct {
	name     string
	args     string
	summary  string
	min, max int
	run      func(w io.Writer, opt options, args []string) error
}

// commands lists the subcommands in the order the usage shows them.
var commands = []command{
	{"member", "CODE", "one state, by ISO 3166-1 alpha-2 or alpha-3 code", 1, 1, func(w io.Writer, opt options, a []string) error { return member(w, opt, a[0]) }},
	{"members", "[-on DATE]", "the member states on a date", 0, 0, func(w io.Writer, opt options, _ []string) error { return members(w, opt) }},
	{"observers", "[-on DATE]", "the observer states on a date", 0, 0, func(w io.Writer, opt options, _ []string) error { return observers(w, opt) }},
	{"sessions", "[KIND]", "sessions of one kind, or all; kinds: " + kindList(), 0, 1, sessionsCmd},
	{"session", "KIND N|DATE", "one session, by number or, for one without a number, by its first day: session cfm 38, session extraordinary-summit 2024-11-11", 2, 2, sessionCmd},
	{"bodies", "", "the organs and institutions", 0, 0, func(w io.Writer, opt options, _ []string) error { return bodies(w, opt) }},
	{"body", "ACRONYM", "one body, by acronym or key, such as: body comcec", 1, 1, func(w io.Writer, opt options, a []string) error { return body(w, opt, a[0]) }},
	{"offices", "[-on DATE]", "the offices and who held them on a date", 0, 0, func(w io.Writer, opt options, _ []string) error { return offices(w, opt) }},
	{"documents", "", "charters, programmes, declarations and statutes", 0, 0, func(w io.Writer, opt options, _ []string) error { return documents(w, opt) }},
	{"kazakhstan", "[-on DATE]", "Kazakhstan's record: admission, mission, representative, posts", 0, 0, func(w io.Writer, opt options, _ []string) error { return kazakhstan(w, opt) }},
	{"initiatives", "[-on DATE]", "Kazakhstan's initiatives and their status on a date", 0, 0, func(w io.Writer, opt options, _ []string) error { return initiativeList(w, opt) }},
	{"initiative", "ID", "one initiative: iofs, rapprochement, triple-i, oic-15, sti-summit", 1, 1, func(w io.Writer, opt options, a []string) error { return initiative(w, opt, a[0]) }},
	{"timeline", "[-from DATE] [-to DATE] [-topic T] [-country CODE]", "the chronology; topics: " + topicList(), 0, 0, func(w io.Writer, opt options, _ []string) error { return timelineCmd(w, opt) }},
	{"find", "TEXT", "records by any of their names, in any language", 1, -1, func(w io.Writer, opt options, a []string) error { return find(w, opt, strings.Join(a, " ")) }},
	{"help", "", "this text", 0, 0, nil}, // run by dispatch: the usage refers to this table
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

// usage returns the usage text, made from the table of commands.
func usage() string {
	var b strings.Builder
	b.WriteString("usage: oicinfo [-lang TAG] [-json] [-on DATE] [command [arguments]]\n\ncommands:\n")
	b.WriteString("  (none)\n      overview of the OIC and of Kazakhstan's membership\n")
	for _, c := range commands {
		fmt.Fprintf(&b, "  %s\n      %s\n", strings.TrimSpace(c.name+" "+c.args), c.summary)
	}
	b.WriteString(`
flags:
  -lang TAG   language: en, ar, fr, kk, ru, or any BCP 47 tag (the closest of the five)
  -json       print JSON
  -on DATE    date to answer for: YYYY, YYYY-MM or YYYY-MM-DD (default: the data vintage)
`)
	return b.String()
}

func run(stdout, stderr io.Writer, args []string) int {
	opt, args, err := parseFlags(stderr, args)
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
		fmt.Fprint(stderr, usage())
		return 2
	default:
		fmt.Fprintln(stderr, "oicinfo:", err)
		return 1
	}
}

// usageError reports bad arguments with a reason.
func usageError(format string, a ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, a...), errUsage)
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
			return usageError("%s: wrong number of arguments", name)
		}
		if c.run == nil {
			_, err := io.WriteString(w, usage())
			return err
		}
		return c.run(w, opt, args)
	}
	return usageError("unknown command %q", name)
}

func sessionsCmd(w io.Writer, opt options, args []string) error {
	var k oic.SessionKind
	if len(args) == 1 {
		var err error
		if k, err = oic.ParseSessionKind(args[0]); err != nil {
			return usageError("%v", err)
		}
	}
	return sessions(w, opt, k)
}

func sessionCmd(w io.Writer, opt options, args []string) error {
	s, err := oic.ParseSession(args[0] + " " + args[1])
	if err != nil {
		return usageError("%v", err)
	}
	return session(w, opt, s)
}

func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func table(w io.Writer, rows [][]string) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range rows {
		for i, c := range r {
			if i > 0 {
				io.WriteString(tw, "\t")
			}
			io.WriteString(tw, c)
		}
		io.WriteString(tw, "\n")
	}
	return tw.Flush()
}
