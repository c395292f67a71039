package rocdate

import (
	"database/sql/driver"
	"fmt"
	"time"

	"github.com/ogdtw/governance/internal/errtype"
)

// Value implements driver.Valuer: d is stored as a DATE, the time.Time of
// its midnight in UTC. The zero Date is stored as NULL.
func (d Date) Value() (driver.Value, error) {
	if d.IsZero() {
		return nil, nil
	}
	return d.In(time.UTC), nil
}

// Scan implements sql.Scanner. It takes a time.Time (its calendar day in
// its own location), a string or []byte in any form [Parse] reads, or NULL
// (the zero Date).
func (d *Date) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*d = Date{}
	case time.Time:
		p := FromTime(v)
		if p.IsZero() {
			return errtype.New[pkg]("Scan", v.Format(time.DateOnly), ErrRange, "rocdate.range.scan-year")
		}
		*d = p
	case string:
		return d.UnmarshalText([]byte(v))
	case []byte:
		return d.UnmarshalText(v)
	default:
		return errtype.New[pkg]("Scan", fmt.Sprintf("%T", src), ErrSyntax, "rocdate.syntax.scan")
	}
	return nil
}
