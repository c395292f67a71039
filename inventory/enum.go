package inventory

import "github.com/ogdtw/governance/internal/errtype"

// enumText is the text of one enum of this package: per value, the word
// documents print and the English id, and the type's name for messages
// (see errtype.Enum).
type enumText = errtype.Enum[pkg]
