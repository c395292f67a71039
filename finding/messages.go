package finding

import (
	_ "embed"

	"github.com/ogdtw/governance/internal/i18n"
)

//go:embed messages.txt
var catalog string

var _ = i18n.Load(catalog)
