package requests

import (
	"errors"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// Request is one request or comment from the public about the ministry's
// open data, and how the ministry answered it. Request is comparable. The
// zero Request is not a valid request: it has no ID, no date and no
// category.
type Request struct {
	// ID is the request's number (編號) as the ministry's list gives it.
	ID string `json:"id,omitzero"`
	// Received is the day the request came in (收件日期).
	Received rocdate.Date `json:"received,omitzero"`
	// Category is the request's kind (類別).
	Category Category `json:"category,omitzero"`
	// Dataset is the data.gov.tw dataset ID (資料集識別碼) the request is
	// about, or 0 when it names none.
	Dataset datasets.ID `json:"dataset,omitzero"`
	// Summary is what the request asked (內容).
	Summary string `json:"summary,omitzero"`
	// Reply is the ministry's reply (回應); empty until it replied.
	Reply string `json:"reply,omitzero"`
	// Replied is the day of the reply (回應日期); the zero Date until then.
	Replied rocdate.Date `json:"replied,omitzero"`
	// Concern is what the request raises under 設置要點第10點 (議題性質).
	Concern Concern `json:"concern,omitzero"`
	// Row is the spreadsheet row (1-based) [ImportRequests] read the
	// request from; 0 for a request made in code.
	Row int `json:"row,omitzero"`
}

// Route returns the action 設置要點第10點 requires for r: the route of its
// [Concern].
func (r Request) Route() Route { return r.Concern.Route() }

// AnsweredBy reports whether r had been replied to on or before day.
func (r Request) AnsweredBy(day rocdate.Date) bool {
	return !r.Replied.IsZero() && !r.Replied.After(day)
}

// Validate reports every problem of r at once, or nil for a valid
// request: a missing ID or receipt date, a category that is not one of
// the five, a concern out of range, a negative dataset ID, a reply dated
// before the request. The problems are joined in one error, each a
// [*RowError] at r's Row whose Column is the field's header as
// [RequestHeaders] names it (編號, 收件日期, …), so that a problem of an
// imported request points back at its spreadsheet line; its Severity is
// finding.Error for a required field (編號, 收件日期, 類別) and
// finding.Warning for another, as [ImportRequests] reports them.
func (r Request) Validate() error {
	var list []error
	add := func(col int, in string, err error) {
		sev := finding.Warning // an optional field, as ImportRequests reads it
		switch col {
		case colID, colReceived, colCategory:
			sev = finding.Error
		}
		list = append(list, &RowError{Row: r.Row, Column: RequestHeaders()[col], Input: in, Err: err, Severity: sev})
	}
	if r.ID == "" {
		add(colID, "", ErrMissing)
	}
	if r.Received.IsZero() {
		add(colReceived, "", ErrMissing)
	}
	if !r.Category.given() {
		add(colCategory, r.Category.String(), ErrMissing)
	}
	if !r.Concern.IsValid() {
		add(colConcern, r.Concern.String(), ErrRange)
	}
	if r.Dataset < 0 || r.Dataset > datasets.MaxID {
		add(colDataset, r.Dataset.String(), ErrRange)
	}
	if !r.Replied.IsZero() && !r.Received.IsZero() && r.Replied.Before(r.Received) {
		add(colReplied, r.Replied.String(), ErrRange)
	}
	return errors.Join(list...)
}
