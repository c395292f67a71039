package datasets_test

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
)

// enumCase is one text an enum's parser reads, and what it gives.
type enumCase struct {
	in      string
	want    uint8
	wantErr error
}

// enum is what the tests know of one enum: its parser, its values, and
// the texts it reads.
type enum struct {
	name   string
	parse  func(string) (uint8, encoding.TextMarshaler, error)
	values []encoding.TextMarshaler
	cases  []enumCase
}

func parser[T interface {
	~uint8
	encoding.TextMarshaler
}](f func(string) (T, error)) func(string) (uint8, encoding.TextMarshaler, error) {
	return func(s string) (uint8, encoding.TextMarshaler, error) {
		v, err := f(s)
		return uint8(v), v, err
	}
}

var enums = []enum{
	{"Status", parser(datasets.ParseStatus),
		[]encoding.TextMarshaler{datasets.NoStatus, datasets.Listed, datasets.Delisted},
		[]enumCase{{"上架", 1, nil}, {" 下架 ", 2, nil}, {"已下架", 2, nil}, {"Delisted", 2, nil}, {"listed", 1, nil}, {"", 0, nil}, {"停用", 0, datasets.ErrSyntax}}},
	{"Kind", parser(datasets.ParseKind),
		[]encoding.TextMarshaler{datasets.NoKind, datasets.Unit, datasets.Agency, datasets.SubAgency},
		[]enumCase{{"本部單位", 1, nil}, {"機關", 2, nil}, {"下級機關", 3, nil}, {"sub-agency", 3, nil}, {"", 0, nil}, {"部", 0, datasets.ErrSyntax}}},
	{"Group", parser(datasets.ParseGroup),
		[]encoding.TextMarshaler{datasets.NoGroup, datasets.Units, datasets.Agencies},
		[]enumCase{{"本部單位", 1, nil}, {"本部", 1, nil}, {"所屬機關", 2, nil}, {"units", 1, nil}, {"", 0, nil}, {"委員會", 0, datasets.ErrSyntax}}},
	{"Reason", parser(datasets.ParseReason),
		[]encoding.TextMarshaler{datasets.NoReason, datasets.Duplicate, datasets.Merged, datasets.Obsolete, datasets.LegalRestriction, datasets.OtherReason},
		[]enumCase{{"重複", 1, nil}, {"重覆", 1, nil}, {"整併", 2, nil}, {"停止更新", 3, nil}, {"法令限制", 4, nil}, {"legal-restriction", 4, nil}, {"其它", 5, nil}, {"", 0, nil}, {"不想開放", 0, datasets.ErrSyntax}}},
	{"Duty", parser(datasets.ParseDuty),
		[]encoding.TextMarshaler{datasets.NoDuty, datasets.ReportResults, datasets.PublishReview, datasets.UpdatePlanned},
		[]enumCase{{"提報推動成果", 1, nil}, {"公開審查結果", 2, nil}, {"更新預計開放資料集清單", 3, nil}, {"report-results", 1, nil}, {"", 0, nil}, {"備查", 0, datasets.ErrSyntax}}},
	{"Line", parser(datasets.ParseLine),
		[]encoding.TextMarshaler{datasets.NoLine, datasets.PublisherLine, datasets.SubtotalLine, datasets.TotalLine},
		[]enumCase{{"機關列", 1, nil}, {"小計", 2, nil}, {"合 計", 3, nil}, {"總計", 3, nil}, {"total", 3, nil}, {"", 0, nil}, {"累計", 0, datasets.ErrSyntax}}},
	{"Resolution", parser(datasets.ParseResolution),
		[]encoding.TextMarshaler{datasets.NoResolution, datasets.NotRegistered, datasets.Resolved, datasets.Ambiguous, datasets.Unrooted},
		[]enumCase{{"未列名冊", 1, nil}, {"已對應", 2, nil}, {"名稱重複", 3, nil}, {"unrooted", 4, nil}, {"", 0, nil}, {"對不上", 0, datasets.ErrSyntax}}},
}

func TestEnums(t *testing.T) {
	for _, e := range enums {
		t.Run(e.name, func(t *testing.T) {
			for _, c := range e.cases {
				got, _, err := e.parse(c.in)
				if !errors.Is(err, c.wantErr) || got != c.want {
					t.Errorf("Parse%s(%q) = %d, %v, want %d, %v", e.name, c.in, got, err, c.want, c.wantErr)
				}
				var pe *datasets.ParseError
				if err != nil && (!errors.As(err, &pe) || pe.Input != c.in || pe.Func != "Parse"+e.name || pe.Code() != "datasets.syntax") {
					t.Errorf("Parse%s(%q) error %#v", e.name, c.in, err)
				}
			}
			// Every value writes its word, and reads back from it.
			for i, v := range e.values {
				b, err := v.MarshalText()
				if err != nil {
					t.Fatalf("%v.MarshalText() error %v", v, err)
				}
				if (i == 0) != (len(b) == 0) || strings.Contains(string(b), "(") {
					t.Errorf("%s %d writes %q", e.name, i, b)
				}
				if got, _, err := e.parse(string(b)); err != nil || got != uint8(i) {
					t.Errorf("Parse%s(%q) = %d, %v, want %d", e.name, b, got, err, i)
				}
				if a, ok := v.(encoding.TextAppender); !ok {
					t.Errorf("%s is not a TextAppender", e.name)
				} else if b2, err := a.AppendText([]byte("x")); err != nil || string(b2) != "x"+string(b) {
					t.Errorf("%s AppendText = %q, %v", e.name, b2, err)
				}
			}
		})
	}
}

// Out-of-range values print as Type(N), are not valid, and do not
// marshal.
func TestEnumsOutOfRange(t *testing.T) {
	type enumValue interface {
		encoding.TextMarshaler
		IsValid() bool
		String() string
	}
	for _, v := range []enumValue{datasets.Status(9), datasets.Kind(9), datasets.Group(9), datasets.Reason(9), datasets.Duty(9), datasets.Line(9), datasets.Resolution(9)} {
		if v.IsValid() || !strings.HasSuffix(v.String(), "(9)") {
			t.Errorf("%T(9): IsValid %v, String %q", v, v.IsValid(), v.String())
		}
		_, err := v.MarshalText()
		var pe *datasets.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, datasets.ErrRange) || pe.Code() != "datasets.range" {
			t.Errorf("%T(9).MarshalText() error = %v", v, err)
		}
	}
	for _, v := range []interface{ IsValid() bool }{datasets.NoStatus, datasets.Listed, datasets.NoKind, datasets.SubAgency, datasets.NoGroup, datasets.Agencies, datasets.NoReason, datasets.OtherReason, datasets.NoDuty, datasets.UpdatePlanned, datasets.NoLine, datasets.TotalLine, datasets.NoResolution, datasets.Unrooted} {
		if !v.IsValid() {
			t.Errorf("%T %v not valid", v, v)
		}
	}
}

// Whatever an enum's parser reads, it reads back from the value's word.
func FuzzParseEnums(f *testing.F) {
	for _, e := range enums {
		for _, c := range e.cases {
			f.Add(c.in)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, e := range enums {
			v, m, err := e.parse(s)
			if err != nil {
				continue
			}
			b, err := m.MarshalText()
			if err != nil {
				t.Fatalf("%s %d: MarshalText error %v", e.name, v, err)
			}
			if back, _, err := e.parse(string(b)); err != nil || back != v {
				t.Errorf("Parse%s(%q) = %d, %v, want %d", e.name, b, back, err, v)
			}
		}
	})
}
