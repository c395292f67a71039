package requests

import (
	"github.com/ogdtw/governance/rocdate"
)

// Request is one request or comment from the public about the ministry's
// open data, and how the ministry answered it. Request is comparable. The
// zero Request is not a valid request: it has no ID, no date and no
// category.
type Request struct {
	// ID is the request's number (編號) as the ministry's list gives it.
	ID string
	// Received is the day the request came in (收件日期).
	Received rocdate.Date
	// Category is the request's kind (類別).
	Category Category
	// Dataset is the data.gov.tw dataset ID (資料集識別碼) the request is
	// about, or 0 when it names none.
	Dataset int
	// Summary is what the request asked (內容).
	Summary string
	// Reply is the ministry's reply (回應); empty until it replied.
	Reply string
	// Replied is the day of the reply (回應日期); the zero Date until then.
	Replied rocdate.Date
	// Concern is what the request raises under 設置要點第10點 (議題性質).
	Concern Concern
}

// Route returns the action 設置要點第10點 requires for r: the route of its
// [Concern].
func (r Request) Route() Route { return r.Concern.Route() }

// AnsweredBy reports whether r had been replied to on or before day.
func (r Request) AnsweredBy(day rocdate.Date) bool {
	return !r.Replied.IsZero() && !r.Replied.After(day)
}

// Validate reports every problem of r at once, each a [*FieldError]
// joined in one error: a missing ID or receipt date, a category that is
// not one of the five, a concern out of range, a negative dataset ID, a
// reply dated before the request. It returns nil for a valid request.
func (r Request) Validate() error {
	var errs []error
	add := func(field, in string, err error) {
		errs = append(errs, &FieldError{ID: r.ID, Field: field, Input: in, Err: err})
	}
	if r.ID == "" {
		add("ID", "", ErrMissing)
	}
	if r.Received.IsZero() {
		add("Received", "", ErrMissing)
	}
	if !r.Category.Valid() {
		add("Category", r.Category.String(), ErrMissing)
	}
	if !r.Concern.Valid() {
		add("Concern", r.Concern.String(), ErrRange)
	}
	if r.Dataset < 0 {
		add("Dataset", itoa(r.Dataset), ErrRange)
	}
	if !r.Replied.IsZero() && !r.Received.IsZero() && r.Replied.Before(r.Received) {
		add("Replied", r.Replied.String(), ErrRange)
	}
	if len(errs) == 0 {
		return nil
	}
	return joinErrors(errs)
}

// FieldError is one problem of one field of a [Request].
type FieldError struct {
	ID    string // the request's ID, possibly empty
	Field string // the field's name: ID, Received, Category, Concern, Dataset, Replied
	Input string // the field's value as text
	Err   error  // ErrMissing or ErrRange
}

// Error returns "requests: request "ID": FIELD "INPUT": cause".
func (e *FieldError) Error() string {
	s := "requests: request " + quote(e.ID) + ": " + e.Field
	if e.Input != "" {
		s += " " + quote(e.Input)
	}
	return s + ": " + e.Err.Error()
}

// Unwrap returns the sentinel.
func (e *FieldError) Unwrap() error { return e.Err }
