package finding

import (
	"encoding/json"
	"strings"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// A Result is what every finding and check result of the library is,
// whatever package made it: a problem in a 盤點表, a table cell that does
// not add up, a ruling's delisting checked against the catalog. A service
// renders the results of any package with [Entries], [Text] or [JSON],
// without a wrapper per type.
//
// Every finding and check type of the library implements Result, with a
// compile-time assertion beside it.
type Result interface {
	// Head returns the result's code, severity, verdict and where it
	// points.
	Head() Head
	// Message returns the result's text in the language nearest to t.
	Message(t language.Tag) string
}

// A Head is what every [Result] says of itself, apart from its figures.
type Head struct {
	// Code is the result's stable code, "pkg.kebab-name".
	Code string `json:"code"`
	// Severity says how much it matters; NoSeverity for a check that
	// found nothing.
	Severity Severity `json:"severity,omitempty"`
	// Verdict is the check's conclusion; NoVerdict for a finding that
	// is not a check's conclusion (a notice).
	Verdict Verdict `json:"verdict,omitempty"`
	// Row is the 1-based row of the spreadsheet the result points at,
	// 0 when it points at none.
	Row int `json:"row,omitempty"`
	// Column is the column's header as written, "" when none.
	Column string `json:"column,omitempty"`
}

// An Entry is a [Result] rendered in one language: its [Head] and its
// message. A list of entries is what [JSON] writes.
type Entry struct {
	Head
	// Message is the result's text in the language asked.
	Message string `json:"message"`
}

// Entries renders each result in the language nearest to t, in order.
// It returns an empty, non-nil slice for no results.
func Entries[R Result](t language.Tag, rs []R) []Entry {
	out := make([]Entry, 0, len(rs))
	for _, r := range rs {
		out = append(out, Entry{Head: r.Head(), Message: r.Message(t)})
	}
	return out
}

// String returns the entry as one line: its verdict or, for a finding
// without one, its severity, then its message ("不符　第3列：…").
func (e Entry) String() string { return e.line(Chinese) }

func (e Entry) line(t language.Tag) string {
	label := e.Verdict.Message(t)
	if label == "" {
		label = e.Severity.Message(t)
	}
	if label == "" {
		return e.Message
	}
	return i18n.Sprintf(t, "finding.entry", label, e.Message)
}

// Text renders the results in the language nearest to t, one line each
// (its verdict or severity, then its message), each line ending in a
// newline; "" for no results.
func Text[R Result](t language.Tag, rs []R) string {
	var b strings.Builder
	for _, e := range Entries(t, rs) {
		b.WriteString(e.line(t))
		b.WriteByte('\n')
	}
	return b.String()
}

// JSON renders the results in the language nearest to t as a JSON array
// of entries, each with its code, severity, verdict, row, column and
// message; "[]" for no results.
func JSON[R Result](t language.Tag, rs []R) ([]byte, error) {
	return json.Marshal(Entries(t, rs))
}

// Gravest returns the gravest severity of the results: Error before
// Warning before Notice; NoSeverity for none, or for results that have
// none. It is the severity of a group of results taken together.
func Gravest[R Result](rs []R) Severity {
	g := NoSeverity
	for _, r := range rs {
		if s := r.Head().Severity; s.IsValid() && s != NoSeverity && (g == NoSeverity || s < g) {
			g = s
		}
	}
	return g
}
