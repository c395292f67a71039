package law

import (
	"testing"

	"github.com/ogdtw/governance/internal/detailtest"
)

// Every detail the package writes is a code with a message, given as
// many arguments as its message takes.
func TestDetailCodes(t *testing.T) { detailtest.CheckCodes(t, ".", 50) }
