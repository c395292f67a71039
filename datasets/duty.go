package datasets

import "strconv"

// ResultsProvision names the rule on reporting open-data results.
const ResultsProvision = "政府資料開放諮詢小組設置要點第11點"

// A Duty is one obligation of 政府資料開放諮詢小組設置要點第11點, due every
// quarter. The zero Duty is no duty.
type Duty uint8

const (
	// ReportResults sends the quarter's open-data results of the ministry
	// and its agencies to the Executive Yuan's advisory group for its
	// records (送行政院諮詢小組備查).
	ReportResults Duty = iota + 1
	// PublishReview publishes on data.gov.tw the review's results and the
	// grounds for what cannot be opened.
	PublishReview
	// UpdatePlanned updates the list of datasets planned to be opened.
	UpdatePlanned
)

var duties = [...]struct{ name, wording, recipient string }{
	ReportResults: {"report-results", "應按季提報該機關與所屬機關資料開放推動成果送行政院諮詢小組備查", "行政院諮詢小組"},
	PublishReview: {"publish-review", "按季於政府資料開放平臺（data.gov.tw）公開審查結果及說明未能開放之依據", "政府資料開放平臺（data.gov.tw）"},
	UpdatePlanned: {"update-planned", "更新預計開放資料集清單", "政府資料開放平臺（data.gov.tw）"},
}

// Duties returns the duties of 第11點 in the order it states them.
func Duties() []Duty { return []Duty{ReportResults, PublishReview, UpdatePlanned} }

func (d Duty) valid() bool { return d >= ReportResults && d <= UpdatePlanned }

// String returns the duty's English identifier, as report-results; an
// invalid value is "Duty(N)".
func (d Duty) String() string {
	if !d.valid() {
		return "Duty(" + strconv.Itoa(int(d)) + ")"
	}
	return duties[d].name
}

// Wording returns the clause of 第11點 that states the duty; it is empty
// for an invalid value.
func (d Duty) Wording() string {
	if !d.valid() {
		return ""
	}
	return duties[d].wording
}

// Recipient returns where the duty's result goes: 行政院諮詢小組 or the
// platform, data.gov.tw. It is empty for an invalid value.
func (d Duty) Recipient() string {
	if !d.valid() {
		return ""
	}
	return duties[d].recipient
}
