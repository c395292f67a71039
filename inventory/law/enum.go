package law

import (
	"strconv"
	"strings"
)

// enumText is the text of one enum of this package: per value, the word
// documents print and the English id, and the type's name for messages.
type enumText struct {
	typ   string   // the Go type: "Rule"
	names []string // String of each value, the zero value first
	ids   []string // English id of each value: "closed-needs-grounds"
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
		return b, parseError(e.typ+".AppendText", strconv.Itoa(int(v)), ErrRange, "law.range.enum", e.typ)
	}
	return append(b, e.names[v]...), nil
}

// parse reads the word of a value or its English id (in any case), with
// surrounding blanks; "" is the zero value. fn names the function for the
// error.
func (e *enumText) parse(fn, s string) (uint8, error) {
	t := strings.TrimSpace(s)
	for i, n := range e.names {
		if t == n || strings.EqualFold(t, e.ids[i]) {
			return uint8(i), nil
		}
	}
	return 0, parseError(fn, s, ErrSyntax, "law.range.enum", e.typ)
}
