package errtype

import (
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/parseerr"
	"golang.org/x/text/language"
)

// An Enum is the text of one enumerated type of the package P: per value,
// the word documents print (its String) and its English id. It writes and
// reads the words, failing with P's ParseError of code P.range.enum (and
// P's sentinels ErrRange and ErrSyntax), and gives each value's label
// from the catalog (code P.kebab-type.id, see [i18n.Enum]).
type Enum[P Package] struct {
	Type  string   // the Go type: "Rule"
	Names []string // the word of each value, the zero value first
	IDs   []string // the English id of each value: "closed-needs-grounds"
}

// Valid reports whether v is a defined value.
func (e *Enum[P]) Valid(v uint8) bool { return int(v) < len(e.Names) }

// Word returns the value's word, or Type(N) for an invalid value.
func (e *Enum[P]) Word(v uint8) string {
	if e.Valid(v) {
		return e.Names[v]
	}
	return e.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// ID returns the value's English id, "" for an invalid one.
func (e *Enum[P]) ID(v uint8) string {
	if int(v) < len(e.IDs) {
		return e.IDs[v]
	}
	return ""
}

// AppendText appends the word of v to b, failing with P's ErrRange for
// an invalid value.
func (e *Enum[P]) AppendText(b []byte, v uint8) ([]byte, error) {
	if !e.Valid(v) {
		return b, e.fail(e.Type+".AppendText", strconv.Itoa(int(v)), "range")
	}
	return append(b, e.Names[v]...), nil
}

// Parse reads the word of a value or its English id (in any case), with
// surrounding blanks; "" is the zero value. fn names the function for
// the error, which wraps P's ErrSyntax.
func (e *Enum[P]) Parse(fn, s string) (uint8, error) {
	t := strings.TrimSpace(s)
	for i, n := range e.Names {
		if t == n || i < len(e.IDs) && strings.EqualFold(t, e.IDs[i]) {
			return uint8(i), nil
		}
	}
	return 0, e.fail(fn, s, "syntax")
}

// fail returns the ParseError of fn for input, P's sentinel of kind.
func (e *Enum[P]) fail(fn, input, kind string) error {
	name := parseerr.Name[P]()
	return New[P](fn, input, errs.Lookup(name+"."+kind), name+".range.enum", e.Type)
}

// Label returns the enum's text for its labels.
func (e *Enum[P]) Label() i18n.Enum {
	return i18n.Enum{Pkg: parseerr.Name[P](), Type: e.Type, Names: e.Names, IDs: e.IDs}
}

// Code returns the message code of v's label (inventory.rule.id), or ""
// for a value without a label.
func (e *Enum[P]) Code(v uint8) string { return e.Label().Code(int(v)) }

// Message returns the label of v in the language nearest to t; a value
// without a label gives its Word.
func (e *Enum[P]) Message(v uint8, t language.Tag) string {
	return e.Label().Label(t, int(v), e.Word(v))
}
