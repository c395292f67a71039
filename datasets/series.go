package datasets

import (
	"errors"
	"math/big"
	"slices"

	"github.com/ogdtw/governance/rocdate"
	"github.com/shopspring/decimal"
)

// Point is one row of the open-count series (本部資料開放情形統計): the
// statistics date, the open count then, and the increase printed beside
// it.
type Point struct {
	Date     rocdate.Date // 統計日期
	Count    int          // 開放數量
	Increase int          // 增加數量 as printed
}

// Series is the ministry's open count over time, in date order. It is
// immutable; the zero Series is empty.
type Series struct {
	pts []Point // sorted by date, dates unique
}

// NewSeries returns the series of pts, sorted by date. Two points on one
// date, or a point with the zero Date, is an error (a *SeriesError
// wrapping [ErrDuplicateDate] or a *ParseError wrapping [ErrRange]); the
// series returned keeps every other point, the first of each date.
func NewSeries(pts ...Point) (Series, error) {
	s := slices.Clone(pts)
	slices.SortStableFunc(s, func(a, b Point) int { return a.Date.Compare(b.Date) })
	var errs []error
	out := s[:0]
	for _, p := range s {
		switch {
		case p.Date.IsZero() || p.Count < 0:
			errs = append(errs, &ParseError{What: "point", Input: p.Date.String(), Err: ErrRange})
		case len(out) > 0 && out[len(out)-1].Date == p.Date:
			errs = append(errs, &SeriesError{Date: p.Date, Err: ErrDuplicateDate})
		default:
			out = append(out, p)
		}
	}
	return Series{pts: slices.Clip(out)}, errors.Join(errs...)
}

// MustNewSeries is like [NewSeries] but panics on an error. It is
// intended for tests with hard-coded series.
func MustNewSeries(pts ...Point) Series {
	s, err := NewSeries(pts...)
	if err != nil {
		panic(err)
	}
	return s
}

// Len returns the number of points.
func (s Series) Len() int { return len(s.pts) }

// Points returns the points in date order, in a new slice.
func (s Series) Points() []Point { return slices.Clone(s.pts) }

// At returns the point on date d.
func (s Series) At(d rocdate.Date) (Point, bool) {
	i, ok := slices.BinarySearchFunc(s.pts, d, func(p Point, d rocdate.Date) int { return p.Date.Compare(d) })
	if !ok {
		return Point{}, false
	}
	return s.pts[i], true
}

// LastIn returns the last point within quarter q: the figure a quarterly
// report takes for q.
func (s Series) LastIn(q rocdate.Quarter) (Point, bool) {
	for i := len(s.pts) - 1; i >= 0; i-- {
		if q.Contains(s.pts[i].Date) {
			return s.pts[i], true
		}
	}
	return Point{}, false
}

// Check returns a *SeriesError wrapping [ErrIncrease] for every point
// whose printed increase is not its count minus the previous point's, nil
// when all check. The first point's increase is taken on trust: the count
// before it is not in the series.
func (s Series) Check() []*SeriesError {
	var out []*SeriesError
	for i := 1; i < len(s.pts); i++ {
		p, prev := s.pts[i], s.pts[i-1]
		if got := p.Count - prev.Count; got != p.Increase {
			out = append(out, &SeriesError{Date: p.Date, Printed: p.Increase, Computed: got, Err: ErrIncrease})
		}
	}
	return out
}

// Growth returns the growth of the open count from date from to date to,
// (to − from) / from, as a fraction rounded half-up to places decimal
// places (see [GrowthRate]). A date not in the series is an error wrapping
// [ErrNotInSeries].
func (s Series) Growth(from, to rocdate.Date, places int32) (decimal.Decimal, error) {
	a, ok := s.At(from)
	if !ok {
		return decimal.Decimal{}, &FigureError{Row: "series", Column: from.String(), Err: ErrNotInSeries}
	}
	b, ok := s.At(to)
	if !ok {
		return decimal.Decimal{}, &FigureError{Row: "series", Column: to.String(), Err: ErrNotInSeries}
	}
	return GrowthRate(a.Count, b.Count, places)
}

// GrowthRate returns (to − from) / from as a fraction, rounded half-up
// (四捨五入: a tie goes away from zero) to places decimal places, computed
// exactly before the one rounding. From 2,806 to 2,963 at 4 places it is
// 0.0560 (5.60%). A from of zero or less, or places outside 0..30, is an
// error wrapping [ErrRange].
func GrowthRate(from, to int, places int32) (decimal.Decimal, error) {
	if from <= 0 || places < 0 || places > 30 {
		return decimal.Decimal{}, &ParseError{What: "growth", Input: big.NewInt(int64(from)).String(), Err: ErrRange}
	}
	num := big.NewInt(int64(to - from))
	neg := num.Sign() < 0
	num.Abs(num)
	num.Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil))
	den := big.NewInt(int64(from))
	// round(num/den) half away from zero = floor((2·num + den) / (2·den)).
	num.Lsh(num, 1).Add(num, den)
	den.Lsh(den, 1)
	num.Quo(num, den)
	if neg {
		num.Neg(num)
	}
	return decimal.NewFromBigInt(num, -places), nil
}
