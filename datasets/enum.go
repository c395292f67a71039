package datasets

import (
	"strings"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/width"
)

// enumText is the text of one enum of this package: the shared
// errtype.Enum (per value the word documents print and the English id,
// written once for every package: String, IsValid, AppendText and the
// label's Message from code datasets.kebab-type.id), and what datasets
// reads beyond it: the other words people write for a value, full-width
// forms and inner blanks folded, and the detail of a word that is none
// of the values.
type enumText struct {
	errtype.Enum[pkg]
	variants [][]string  // per value, other words read as it
	unknown  i18n.Detail // what a word that is none of the values is: 非有效之狀態
}

// Parse reads the word of a value, one of its variants or its English id
// (in any case), with blanks anywhere and full-width forms folded; "" is
// the zero value. fn names the function for the error, which wraps
// ErrSyntax with the enum's unknown detail. It stands in for
// errtype.Enum's Parse, which reads the words and ids only.
func (e *enumText) Parse(fn, s string) (uint8, error) {
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
	for i, n := range e.Names {
		if t == n || i < len(e.IDs) && strings.EqualFold(t, e.IDs[i]) {
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
