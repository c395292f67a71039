package datasets

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/ogdtw/governance/rocdate"
)

// Catalog is the ministry's datasets on data.gov.tw at one moment,
// listed and delisted, keyed by ID. It is immutable: every change returns a
// new Catalog and leaves the old one as it was, so a catalog can be kept
// per statistics date and shared between goroutines. The zero Catalog is
// empty.
type Catalog struct {
	ds []Dataset // sorted by ID, unique; never modified after construction
}

// NewCatalog returns a catalog of ds. A zero Dataset (or one whose ID,
// title, publisher or status [NewDataset] would refuse) and a second
// dataset with an ID are errors: the error joins a *ParseError of
// NewCatalog per dataset refused, wrapping [ErrRange], [ErrMissing] or
// [ErrDuplicate], and the catalog returned holds every other dataset (the
// first of each ID).
func NewCatalog(ds ...Dataset) (Catalog, error) {
	return newCatalog(slices.Clone(ds))
}

// newCatalog is NewCatalog taking s, which it sorts and reuses.
func newCatalog(s []Dataset) (Catalog, error) {
	if !slices.IsSortedFunc(s, compareDatasets) {
		slices.SortStableFunc(s, compareDatasets)
	}
	var errs []error
	out := s[:0]
	for _, d := range s {
		switch {
		case d.id < 1 || d.id > MaxID:
			errs = append(errs, perr("NewCatalog", d.id.String(), ErrRange, "datasets.range.id"))
		case d.publisher.IsZero():
			errs = append(errs, perr("NewCatalog", d.id.String(), ErrMissing, "datasets.missing.publisher"))
		case strings.TrimSpace(d.title) == "":
			errs = append(errs, perr("NewCatalog", d.id.String(), ErrMissing, "datasets.missing.title"))
		case d.status == NoStatus || !d.status.IsValid():
			errs = append(errs, perr("NewCatalog", d.id.String(), ErrRange, "datasets.range.status", d.status.String()))
		case len(out) > 0 && out[len(out)-1].id == d.id:
			errs = append(errs, perr("NewCatalog", d.id.String(), ErrDuplicate, "datasets.duplicate.id"))
		default:
			out = append(out, d)
		}
	}
	return Catalog{ds: slices.Clip(out)}, errors.Join(errs...)
}

// MustNewCatalog is like [NewCatalog] but panics on an error. It is
// intended for tests with hard-coded datasets.
func MustNewCatalog(ds ...Dataset) Catalog {
	c, err := NewCatalog(ds...)
	if err != nil {
		panic(err)
	}
	return c
}

// Len returns the number of datasets, listed or not.
func (c Catalog) Len() int { return len(c.ds) }

// Lookup returns the dataset with the given ID.
func (c Catalog) Lookup(id ID) (Dataset, bool) {
	i, ok := c.index(id)
	if !ok {
		return Dataset{}, false
	}
	return c.ds[i], true
}

func (c Catalog) index(id ID) (int, bool) {
	return slices.BinarySearchFunc(c.ds, id, func(d Dataset, id ID) int { return d.id.Compare(id) })
}

func compareDatasets(a, b Dataset) int { return a.id.Compare(b.id) }

// Datasets returns every dataset in ID order, in a new slice.
func (c Catalog) Datasets() []Dataset { return slices.Clone(c.ds) }

// Listed returns the number of listed datasets: the open count.
func (c Catalog) Listed() int {
	n := 0
	for _, d := range c.ds {
		if d.status == Listed {
			n++
		}
	}
	return n
}

// Counts returns the number of listed datasets per publisher, in a new
// map. With rollUp, a sub-agency's datasets count under its parent and the
// sub-agency has no entry of its own.
func (c Catalog) Counts(rollUp bool) map[Publisher]int {
	m := make(map[Publisher]int)
	// Runs of one publisher are common (exports list an agency's datasets
	// together): count a run before touching the map.
	var run Publisher
	n := 0
	for _, d := range c.ds {
		if d.status != Listed {
			continue
		}
		p := d.publisher
		if rollUp {
			p = p.top()
		}
		if p != run {
			if n > 0 {
				m[run] += n
			}
			run, n = p, 0
		}
		n++
	}
	if n > 0 {
		m[run] += n
	}
	return m
}

// With returns a catalog with ds added; a dataset whose ID is in c
// already replaces it. A zero Dataset, or two of ds with one ID, is an
// error as for [NewCatalog].
func (c Catalog) With(ds ...Dataset) (Catalog, error) {
	add, err := NewCatalog(ds...)
	out := make([]Dataset, 0, len(c.ds)+len(add.ds))
	i, j := 0, 0
	for i < len(c.ds) || j < len(add.ds) {
		switch {
		case j == len(add.ds) || i < len(c.ds) && c.ds[i].id < add.ds[j].id:
			out = append(out, c.ds[i])
			i++
		case i == len(c.ds) || add.ds[j].id < c.ds[i].id:
			out = append(out, add.ds[j])
			j++
		default:
			out = append(out, add.ds[j])
			i++
			j++
		}
	}
	return Catalog{ds: out}, err
}

// Records returns the catalog as rows that [ImportCatalog] reads back: a
// header 資料集識別碼, 資料集名稱, 提供機關, 狀態, then one dataset per row
// in ID order. When a dataset has [Details], the header goes on with
// 檔案格式, 授權方式, 更新頻率, 品質檢測, 上架日期 and 詮釋資料更新時間
// (dates as 2017-09-12).
func (c Catalog) Records() [][]string {
	details := slices.ContainsFunc(c.ds, func(d Dataset) bool { return !d.details.IsZero() })
	rows := make([][]string, 0, len(c.ds)+1)
	header := []string{"資料集識別碼", "資料集名稱", "提供機關", "狀態"}
	if details {
		header = append(header, "檔案格式", "授權方式", "更新頻率", "品質檢測", "上架日期", "詮釋資料更新時間")
	}
	rows = append(rows, header)
	for _, d := range c.ds {
		row := []string{d.id.String(), d.title, d.publisher.Name(), d.status.String()}
		if details {
			x := d.details
			row = append(row, x.Formats, x.License, x.Frequency, x.Quality, gregorian(x.Listed), gregorian(x.Updated))
		}
		rows = append(rows, row)
	}
	return rows
}

// gregorian writes d as 2017-09-12, and the zero Date as "".
func gregorian(d rocdate.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(rocdate.Gregorian)
}

// MarshalJSON writes the catalog as the array of its datasets, in ID
// order.
func (c Catalog) MarshalJSON() ([]byte, error) {
	if c.ds == nil {
		return []byte("[]"), nil
	}
	return json.Marshal(c.ds)
}

// UnmarshalJSON reads an array of datasets as [NewCatalog] does, failing
// with its error when a dataset is refused.
func (c *Catalog) UnmarshalJSON(b []byte) error {
	var ds []Dataset
	if err := json.Unmarshal(b, &ds); err != nil {
		return err
	}
	next, err := NewCatalog(ds...)
	if err != nil {
		return err
	}
	*c = next
	return nil
}
