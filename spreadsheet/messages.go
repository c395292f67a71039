package spreadsheet

import (
	_ "embed"

	"github.com/ogdtw/governance/internal/i18n"
)

// catalog holds the package's messages: those of its sentinels, of where
// a problem is, of NoEncoding and of every detail a ParseError says (see
// internal/i18n.Load for the format).
//
//go:embed messages.txt
var catalog string

var _ = i18n.Load(catalog)
