package inventory

import (
	"testing"

	"github.com/ogdtw/governance/internal/detailtest"
)

// Every detail code the package gives its errors has a message taking as
// many arguments as it is given.
func TestDetailCodes(t *testing.T) { detailtest.CheckCodes(t, ".", 9) }
