package datasets

import (
	"testing"

	"github.com/ogdtw/governance/internal/detailtest"
	"github.com/ogdtw/governance/internal/i18n"
)

// Every detail code the package gives its errors has a message taking as
// many arguments as it is given.
func TestDetailCodes(t *testing.T) {
	detailtest.CheckCodes(t, ".", 70)
	// The code ParseRef nests ParseID's detail in, at its one verb.
	if n, ok := i18n.Arity(idDetail); !ok || n != 1 {
		t.Errorf("%s takes %d arguments (known: %v), want 1", idDetail, n, ok)
	}
}
