package datasets

import (
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/width"
)

// enumText is the text of one enum of this package: per value, the word
// documents print, the English id and the other words people write, and
// the type's name for messages.
type enumText struct {
	typ      string      // the Go type: "Status"
	key      string      // the prefix of its message codes: "datasets.status."
	names    []string    // String of each value, the zero value first ("")
	ids      []string    // English id of each value: "listed"
	variants [][]string  // per value, other words read as it
	unknown  i18n.Detail // what a word that is none of the values is: 非有效之狀態
}

// valid reports whether v is a defined value.
func (e *enumText) valid(v uint8) bool { return int(v) < len(e.names) }

// str returns the value's word, or Type(N) for an invalid value.
func (e *enumText) str(v uint8) string {
	if e.valid(v) {
		return e.names[v]
	}
	return e.typ + "(" + strconv.Itoa(int(v)) + ")"
}

// appendText appends the word of v to b, failing with ErrRange for an
// invalid value.
func (e *enumText) appendText(b []byte, v uint8) ([]byte, error) {
	if !e.valid(v) {
		return b, perr(e.typ+".AppendText", strconv.Itoa(int(v)), ErrRange, "datasets.range.enum", e.typ)
	}
	return append(b, e.names[v]...), nil
}

// parse reads the word of a value, one of its variants or its English id
// (in any case), with blanks anywhere and full-width forms folded; "" is
// the zero value. fn names the function for the error.
func (e *enumText) parse(fn, s string) (uint8, error) {
	if v, ok := e.lookup(s); ok { // as written: no allocation
		return v, nil
	}
	if v, ok := e.lookup(strings.Join(strings.Fields(width.Fold.String(s)), "")); ok {
		return v, nil
	}
	return 0, errtype.With[pkg](fn, s, ErrSyntax, e.unknown)
}

// lookup returns the value whose word, English id (in any case) or
// variant is t.
func (e *enumText) lookup(t string) (uint8, bool) {
	for i, n := range e.names {
		if t == n || strings.EqualFold(t, e.ids[i]) {
			return uint8(i), true
		}
		if i < len(e.variants) {
			for _, w := range e.variants[i] {
				if t == w {
					return uint8(i), true
				}
			}
		}
	}
	return 0, false
}
