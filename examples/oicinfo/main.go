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
	"strconv"
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

const usage = `usage: oicinfo [-lang TAG] [-json] [-on DATE] [command [arguments]]

commands:
  (none)               overview of the OIC and of Kazakhstan's membership
  member CODE          one state, by ISO 3166-1 alpha-2 or alpha-3 code
  members [-on DATE]   the member states on a date
  observers [-on DATE] the observer states on a date
  sessions [KIND]      sessions of one kind, or all; kinds: summit,
                       extraordinary-summit, cfm, extraordinary-cfm, science-summit
  session KIND N       one session, such as: session cfm 38
  bodies               the organs and institutions
  body ACRONYM         one body, by acronym or key, such as: body comcec
  offices [-on DATE]   the offices and who held them on a date
  documents            charters, programmes, declarations and statutes
  kazakhstan [-on DATE]   Kazakhstan's record: admission, mission, representative, posts
  initiatives [-on DATE]  Kazakhstan's initiatives and their status on a date
  initiative ID        one initiative: iofs, rapprochement, triple-i, oic-15, sti-summit
  timeline [-from DATE] [-to DATE] [-topic T] [-country CODE]
                       the chronology; topics: organisation, membership, session,
                       document, body, office, initiative, kazakhstan, name
  find TEXT            records by any of their names, in any language
  help                 this text

flags:
  -lang TAG   language of names: en, ar, fr, kk, ru (default en)
  -json       print JSON
  -on DATE    date to answer for: YYYY, YYYY-MM or YYYY-MM-DD (default: data vintage)
`

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
		fmt.Fprint(stderr, usage)
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
	cmd, args := args[0], args[1:]
	nargs := func(min, max int) error {
		if len(args) < min || len(args) > max {
			return usageError("%s: wrong number of arguments", cmd)
		}
		return nil
	}
	switch cmd {
	case "help":
		if err := nargs(0, 0); err != nil {
			return err
		}
		_, err := io.WriteString(w, usage)
		return err
	case "member":
		if err := nargs(1, 1); err != nil {
			return err
		}
		return member(w, opt, args[0])
	case "members":
		if err := nargs(0, 0); err != nil {
			return err
		}
		return members(w, opt)
	case "observers":
		if err := nargs(0, 0); err != nil {
			return err
		}
		return observers(w, opt)
	case "sessions":
		if err := nargs(0, 1); err != nil {
			return err
		}
		var k oic.SessionKind
		if len(args) == 1 {
			var err error
			if k, err = oic.ParseSessionKind(args[0]); err != nil {
				return usageError("%v", err)
			}
		}
		return sessions(w, opt, k)
	case "session":
		if err := nargs(2, 2); err != nil {
			return err
		}
		k, err := oic.ParseSessionKind(args[0])
		if err != nil {
			return usageError("%v", err)
		}
		n, err := strconv.Atoi(args[1])
		if err != nil {
			return usageError("session: bad number %q", args[1])
		}
		s, ok := oic.SessionOf(k, n)
		if !ok {
			return usageError("session: no %s numbered %d", k, n)
		}
		return session(w, opt, s)
	case "bodies", "documents", "offices":
		if err := nargs(0, 0); err != nil {
			return err
		}
		return map[string]func(io.Writer, options) error{"bodies": bodies, "documents": documents, "offices": offices}[cmd](w, opt)
	case "kazakhstan", "initiatives":
		if err := nargs(0, 0); err != nil {
			return err
		}
		if cmd == "kazakhstan" {
			return kazakhstan(w, opt)
		}
		return initiativeList(w, opt)
	case "initiative":
		if err := nargs(1, 1); err != nil {
			return err
		}
		return initiative(w, opt, args[0])
	case "timeline":
		if err := nargs(0, 0); err != nil {
			return err
		}
		return timelineCmd(w, opt)
	case "find":
		if len(args) == 0 {
			return usageError("find: no text")
		}
		return find(w, opt, strings.Join(args, " "))
	case "body":
		if err := nargs(1, 1); err != nil {
			return err
		}
		return body(w, opt, args[0])
	}
	return usageError("unknown command %q", cmd)
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
