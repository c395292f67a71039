package requests

import (
	_ "embed"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// catalog holds the messages of the package, in Traditional Chinese (公文
// wording) and English, keyed by the findings' codes, by the enums' label
// keys (requests.category.download-link) and by the codes of what a
// [ParseError] says was wrong: see [Finding.Message] and the Message
// method of each enum.
//
//go:embed messages.txt
var catalog string

var _ = i18n.Load(catalog)

// label returns the message of an enum's label key, or fallback when the
// value has none (an invalid value, or a zero value printing "").
func label(t language.Tag, prefix, name, fallback string) string {
	if name == "" {
		return fallback
	}
	return i18n.Sprintf(t, prefix+name)
}
