package datasets

import (
	"testing"

	"github.com/ogdtw/governance/internal/detailtest"
)

// Every Detail the package writes as a literal has a form, so that its
// message in Chinese comes from the catalog, never the sentinel's word.
func TestDetailsHaveForms(t *testing.T) { detailtest.Check(t, ".", 50, "datasets", "rocdate") }
