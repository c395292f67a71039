package requests

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRequestValidate(t *testing.T) {
	good := Request{ID: "A", Received: d("111年1月3日"), Category: Other}
	if err := good.Validate(); err != nil {
		t.Errorf("Validate() = %v, want nil", err)
	}
	if !good.AnsweredBy(d("111年5月19日")) == false {
		t.Error("an unanswered request reports answered")
	}
	bad := Request{Category: Category(8), Concern: Concern(9), Dataset: -1, Received: d("111年1月3日"), Replied: d("111年1月2日")}
	err := bad.Validate()
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *FieldError
		if !errors.As(e, &fe) {
			t.Fatalf("Validate() part %v is not a *FieldError", e)
		}
		fields = append(fields, fe.Field)
	}
	if diff := cmp.Diff([]string{"ID", "Category", "Concern", "Dataset", "Replied"}, fields); diff != "" {
		t.Errorf("Validate() fields (-want +got):\n%s", diff)
	}
	one := Request{ID: "A", Category: Other}
	if err := one.Validate(); !errors.Is(err, ErrMissing) || err.Error() != `requests: request "A": Received: missing value` {
		t.Errorf("Validate() = %v", err)
	}
}
