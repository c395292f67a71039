package datasets

import (
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"strconv"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"github.com/shopspring/decimal"
	"golang.org/x/text/language"
)

// Point is one row of the open-count series (本部資料開放情形統計): the
// statistics date, the open count then, and the increase printed beside
// it.
type Point struct {
	Row      int          `json:"row,omitzero"`      // the row [ImportSeries] read it from, 1-based; 0 when not imported
	Date     rocdate.Date `json:"date,omitzero"`     // 統計日期
	Count    int          `json:"count,omitzero"`    // 開放數量
	Increase int          `json:"increase,omitzero"` // 增加數量 as printed
}

// Series is the ministry's open count over time, in date order. It is
// immutable; the zero Series is empty.
type Series struct {
	pts []Point // sorted by date, dates unique
}

// NewSeries returns the series of pts, sorted by date. A point with the
// zero Date or a negative count, and a second point on one date, are
// errors: the error joins a *ParseError of NewSeries per point refused,
// wrapping [ErrRange] or [ErrDuplicate], and the series returned keeps
// every other point, the first of each date.
func NewSeries(pts ...Point) (Series, error) {
	s := slices.Clone(pts)
	slices.SortStableFunc(s, func(a, b Point) int { return a.Date.Compare(b.Date) })
	var errs []error
	out := s[:0]
	for _, p := range s {
		switch {
		case p.Date.IsZero():
			errs = append(errs, perr("NewSeries", strconv.Itoa(p.Count), ErrRange, "datasets.range.undated"))
		case p.Count < 0:
			errs = append(errs, perr("NewSeries", p.Date.String(), ErrRange, "datasets.range.negative"))
		case len(out) > 0 && out[len(out)-1].Date == p.Date:
			errs = append(errs, perr("NewSeries", p.Date.String(), ErrDuplicate, "datasets.duplicate.series-date"))
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

// Check returns a finding (code datasets.increase, see [SeriesFinding])
// for every point whose printed increase is not its count minus the
// previous point's, nil when all check. The first point's increase is
// taken on trust: the count before it is not in the series.
func (s Series) Check() []SeriesFinding {
	var out []SeriesFinding
	for i := 1; i < len(s.pts); i++ {
		p, prev := s.pts[i], s.pts[i-1]
		if got := p.Count - prev.Count; got != p.Increase {
			f := SeriesFinding{
				Severity: finding.Error, Verdict: finding.Failed, Code: "datasets.increase", Row: p.Row, Date: p.Date,
				Printed: p.Increase, Computed: got, Count: p.Count, PrevDate: prev.Date, PrevCount: prev.Count,
			}
			f.Detail = f.detail(finding.Chinese)
			out = append(out, f)
		}
	}
	return out
}

// Tally counts the checks [Series.Check] makes, by verdict: each
// point's printed increase after the first, Passed or Failed; the first
// point's, whose previous count is not in the series, Unchecked. The zero
// Series counts none.
func (s Series) Tally() finding.Tally {
	var t finding.Tally
	for i := range s.pts {
		switch {
		case i == 0:
			t = t.Add(finding.Unchecked)
		case s.pts[i].Count-s.pts[i-1].Count == s.pts[i].Increase:
			t = t.Add(finding.Passed)
		default:
			t = t.Add(finding.Failed)
		}
	}
	return t
}

// A SeriesFinding is a printed figure of the open-count series that does
// not check. Its codes:
//
//   - datasets.increase: a printed 增加數量 is not the count minus the
//     previous point's count (Printed the increase, Computed the
//     difference).
type SeriesFinding struct {
	Severity  finding.Severity `json:"severity,omitzero"`  // finding.Error
	Verdict   finding.Verdict  `json:"verdict,omitzero"`   // finding.Failed: the increase was checked and does not hold
	Code      string           `json:"code,omitzero"`      // datasets.increase
	Row       int              `json:"row,omitzero"`       // the point's source row; 0 when not imported
	Date      rocdate.Date     `json:"date,omitzero"`      // the point's 統計日期
	Printed   int              `json:"printed,omitzero"`   // the increase printed
	Computed  int              `json:"computed,omitzero"`  // the increase the counts give
	Count     int              `json:"count,omitzero"`     // the point's open count
	PrevDate  rocdate.Date     `json:"prevDate,omitzero"`  // the previous point's 統計日期
	PrevCount int              `json:"prevCount,omitzero"` // the previous point's open count
	Detail    string           `json:"detail,omitzero"`    // what is wrong, in Traditional Chinese: Message(finding.Chinese) without severity, date and row
}

var _ finding.Result = SeriesFinding{}

// Head returns the finding's code, severity, verdict and source row; its
// column is 增加數量.
func (f SeriesFinding) Head() finding.Head {
	return finding.Head{Code: f.Code, Severity: f.Severity, Verdict: f.Verdict, Row: f.Row, Column: "增加數量"}
}

// String returns the finding as an official reads it, in Traditional
// Chinese: Message(finding.Chinese),
// 錯誤：111年5月19日增加數量載為150筆，依開放數量2,963筆與前次（110年12月10日）2,806筆計算應為157筆.
func (f SeriesFinding) String() string { return f.Message(finding.Chinese) }

// Message returns the finding in the language nearest to t: its
// severity, date and row, then what is wrong, built from the catalog by
// its Code with the figures as arguments.
func (f SeriesFinding) Message(t language.Tag) string {
	return located(t, f.Severity, i18n.Sprintf(t, "datasets.date", f.Date), f.Row, "", f.detail(t))
}

// detail writes what is wrong in the language nearest to t.
func (f SeriesFinding) detail(t language.Tag) string {
	return i18n.Sprintf(t, "datasets.increase", i18n.Number(f.Printed), i18n.Number(f.Count), f.PrevDate,
		i18n.Number(f.PrevCount), i18n.Number(f.Computed))
}

// Growth returns the growth of the open count from date from to date to,
// (to − from) / from, as a fraction rounded half-up to places decimal
// places (see [GrowthRate]). A date not in the series is a *ParseError
// wrapping [ErrNotInSeries].
func (s Series) Growth(from, to rocdate.Date, places int32) (decimal.Decimal, error) {
	a, ok := s.At(from)
	if !ok {
		return decimal.Decimal{}, errtype.With[pkg]("Series.Growth", from.String(), ErrNotInSeries, i18n.NewDetail("datasets.not-in-series.date"))
	}
	b, ok := s.At(to)
	if !ok {
		return decimal.Decimal{}, errtype.With[pkg]("Series.Growth", to.String(), ErrNotInSeries, i18n.NewDetail("datasets.not-in-series.date"))
	}
	return GrowthRate(a.Count, b.Count, places)
}

// GrowthRate returns (to − from) / from as a fraction, rounded half-up
// (四捨五入: a tie goes away from zero) to places decimal places, computed
// exactly before the one rounding. From 2,806 to 2,963 at 4 places it is
// 0.0560 (5.60%). Any two ints give the exact rate: the difference is
// never wrapped. A from of zero or less, or places outside 0..30, is an
// error wrapping [ErrRange].
func GrowthRate(from, to int, places int32) (decimal.Decimal, error) {
	if from <= 0 || places < 0 || places > 30 {
		return decimal.Decimal{}, perr("GrowthRate", strconv.Itoa(from), ErrRange, "datasets.range.growth")
	}
	// The difference is taken in big.Int: to − from may pass the int range.
	num := new(big.Int).Sub(big.NewInt(int64(to)), big.NewInt(int64(from)))
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

// Records returns the series as the deck prints it, rows that
// [ImportSeries] reads back: a header 統計日期, 開放數量, 增加數量, then one
// point per row in date order, 107/12/13, 2,168筆, 41筆.
func (s Series) Records() [][]string {
	rows := make([][]string, 0, len(s.pts)+1)
	rows = append(rows, []string{"統計日期", "開放數量", "增加數量"})
	for _, p := range s.pts {
		rows = append(rows, []string{
			p.Date.Format(rocdate.Slashed),
			string(append(appendCount(nil, p.Count), "筆"...)),
			string(append(appendCount(nil, p.Increase), "筆"...)),
		})
	}
	return rows
}

// MarshalJSON writes the series as the array of its points, in date
// order.
func (s Series) MarshalJSON() ([]byte, error) {
	if s.pts == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(s.pts)
}

// UnmarshalJSON reads an array of points as [NewSeries] does, failing
// with its error when a point is refused.
func (s *Series) UnmarshalJSON(b []byte) error {
	var pts []Point
	if err := json.Unmarshal(b, &pts); err != nil {
		return err
	}
	next, err := NewSeries(pts...)
	if err != nil {
		return err
	}
	*s = next
	return nil
}
