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
	bad := Request{Category: Category(8), Concern: Concern(9), Dataset: -1, Received: d("111年1月3日"), Replied: d("111年1月2日"), Row: 7}
	err := bad.Validate()
	var fields []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *RowError
		if !errors.As(e, &re) || re.Row != 7 {
			t.Fatalf("Validate() part %v is not a *RowError at row 7", e)
		}
		fields = append(fields, re.Column+" "+re.Severity.String())
	}
	if diff := cmp.Diff([]string{"編號 錯誤", "類別 錯誤", "議題性質 警告", "資料集 警告", "回應日期 警告"}, fields); diff != "" {
		t.Errorf("Validate() fields (-want +got):\n%s", diff)
	}
	one := Request{ID: "A", Category: Other, Row: 5}
	if err := one.Validate(); !errors.Is(err, ErrMissing) || err.Error() != `requests: row 5, column 收件日期: missing value` {
		t.Errorf("Validate() = %v", err)
	}
}
