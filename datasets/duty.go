package datasets

import (
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// A Duty is one obligation of 政府資料開放諮詢小組設置要點第11點, due every
// quarter. The zero Duty, NoDuty, means not given.
type Duty uint8

const (
	// NoDuty is the zero Duty: not given.
	NoDuty Duty = iota
	// ReportResults (提報推動成果) sends the quarter's open-data results of
	// the ministry and its agencies to the Executive Yuan's advisory group
	// for its records (送行政院諮詢小組備查).
	ReportResults
	// PublishReview (公開審查結果) publishes on data.gov.tw the review's
	// results and the grounds for what cannot be opened.
	PublishReview
	// UpdatePlanned (更新預計開放清單) updates the list of datasets planned
	// to be opened.
	UpdatePlanned
)

var dutyText = enumText{
	Enum: errtype.Enum[pkg]{
		Type:  "Duty",
		Names: []string{"", "提報推動成果", "公開審查結果", "更新預計開放清單"},
		IDs:   []string{"", "report-results", "publish-review", "update-planned"},
	},
	variants: [][]string{nil, {"提報成果", "資料開放推動成果"}, {"公開審查結果及說明", "審查結果"}, {"更新預計開放資料集清單", "預計開放資料集清單"}},
	unknown:  i18n.NewDetail("datasets.syntax.duty"),
}

var duties = [...]struct{ wording, recipient string }{
	ReportResults: {"應按季提報該機關與所屬機關資料開放推動成果送行政院諮詢小組備查", "行政院諮詢小組"},
	PublishReview: {"按季於政府資料開放平臺（data.gov.tw）公開審查結果及說明未能開放之依據", "政府資料開放平臺（data.gov.tw）"},
	UpdatePlanned: {"更新預計開放資料集清單", "政府資料開放平臺（data.gov.tw）"},
}

// Duties returns the duties of 第11點 in the order it states them.
func Duties() []Duty { return []Duty{ReportResults, PublishReview, UpdatePlanned} }

func (d Duty) defined() bool { return d >= ReportResults && d <= UpdatePlanned }

// String returns the duty's short Chinese name (提報推動成果, 公開審查結果,
// 更新預計開放清單), "" for NoDuty, and Duty(N) for an invalid value.
func (d Duty) String() string { return dutyText.Word(uint8(d)) }

// Message returns the label of d in the language nearest to t:
// 提報推動成果, or report the results in English; "" for the zero value, and
// String for an invalid value.
func (d Duty) Message(t language.Tag) string { return dutyText.Message(uint8(d), t) }

// IsValid reports whether d is NoDuty or a defined duty.
func (d Duty) IsValid() bool { return dutyText.Valid(uint8(d)) }

// AppendText appends the duty's String to b. It fails with [ErrRange] for
// an invalid duty.
func (d Duty) AppendText(b []byte) ([]byte, error) { return dutyText.AppendText(b, uint8(d)) }

// MarshalText returns the duty's String.
func (d Duty) MarshalText() ([]byte, error) { return d.AppendText(nil) }

// UnmarshalText reads a duty as [ParseDuty] does.
func (d *Duty) UnmarshalText(b []byte) error {
	v, err := ParseDuty(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDuty reads a duty's short name or a variant (提報成果, 審查結果,
// 更新預計開放資料集清單), the English ids report-results, publish-review
// and update-planned, and "" as NoDuty.
func ParseDuty(s string) (Duty, error) {
	v, err := dutyText.Parse("ParseDuty", s)
	return Duty(v), err
}

// Wording returns the clause of 第11點 that states the duty; it is empty
// for NoDuty and an invalid value.
func (d Duty) Wording() string {
	if !d.defined() {
		return ""
	}
	return duties[d].wording
}

// WordingMessage returns the clause of 第11點 that states the duty
// ([Duty.Wording]) in the language nearest to t: in Chinese the clause
// itself, in English its translation; empty for NoDuty and an invalid
// value.
func (d Duty) WordingMessage(t language.Tag) string {
	if !d.defined() {
		return ""
	}
	return i18n.Sprintf(t, "datasets.duty-wording."+dutyText.IDs[d])
}

// Recipient returns where the duty's result goes: 行政院諮詢小組 or the
// platform, data.gov.tw. It is empty for NoDuty and an invalid value.
func (d Duty) Recipient() string {
	if !d.defined() {
		return ""
	}
	return duties[d].recipient
}
