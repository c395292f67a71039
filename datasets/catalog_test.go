package datasets_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
)

func TestNewCatalog(t *testing.T) {
	p := datasets.MustLookupPublisher("統計處")
	a := datasets.MustNewDataset(3, "甲", p)
	b := datasets.MustNewDataset(1, "乙", p)
	a2 := datasets.MustNewDataset(3, "甲二", p)
	c, err := datasets.NewCatalog(a, b, a2, datasets.Dataset{})
	if !errors.Is(err, datasets.ErrDuplicate) || !errors.Is(err, datasets.ErrRange) {
		t.Errorf("NewCatalog error = %v, want ErrDuplicate and ErrRange", err)
	}
	var pe *datasets.ParseError
	if !errors.As(err, &pe) || pe.Func != "NewCatalog" || pe.Code() == "" {
		t.Errorf("error %v is not a *ParseError of NewCatalog", err)
	}
	if want := "datasets: NewCatalog(\"0\"): ID outside 1 to 999999999\ndatasets: NewCatalog(\"3\"): ID given twice"; err.Error() != want {
		t.Errorf("NewCatalog error = %q, want %q", err, want)
	}
	// A dataset without a status is refused.
	if _, err := datasets.NewCatalog(b.WithStatus(datasets.NoStatus)); !errors.Is(err, datasets.ErrRange) {
		t.Errorf("NewCatalog(NoStatus) error = %v", err)
	}
	if diff := cmp.Diff([]datasets.Dataset{b, a}, c.Datasets(), equateComparable); diff != "" {
		t.Errorf("NewCatalog kept (-want +got):\n%s", diff)
	}
	// Datasets returns a copy.
	got := c.Datasets()
	got[0] = a2
	if d, _ := c.Lookup(1); d != b {
		t.Errorf("changing Datasets() changed the catalog")
	}
	if _, ok := c.Lookup(2); ok {
		t.Errorf("Lookup(2) found a dataset")
	}
	defer func() {
		if recover() == nil {
			t.Errorf("MustNewCatalog with duplicates did not panic")
		}
	}()
	datasets.MustNewCatalog(a, a2)
}

func TestCatalogWithAndCounts(t *testing.T) {
	unit := datasets.MustLookupPublisher("統計處")
	top := datasets.MustLookupPublisher("矯正署")
	sub := datasets.MustLookupPublisher("臺中戒治所")
	c := datasets.MustNewCatalog(
		datasets.MustNewDataset(1, "a", unit),
		datasets.MustNewDataset(2, "b", top),
		datasets.MustNewDataset(3, "c", sub),
		datasets.MustNewDataset(4, "d", sub).WithStatus(datasets.Delisted),
	)
	if c.Len() != 4 || c.Listed() != 3 {
		t.Errorf("Len, Listed = %d, %d, want 4, 3", c.Len(), c.Listed())
	}
	if diff := cmp.Diff(map[datasets.Publisher]int{unit: 1, top: 1, sub: 1}, c.Counts(false), equateComparable); diff != "" {
		t.Errorf("Counts(false) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[datasets.Publisher]int{unit: 1, top: 2}, c.Counts(true), equateComparable); diff != "" {
		t.Errorf("Counts(true) (-want +got):\n%s", diff)
	}
	if own, all := c.Counts(false), c.Counts(true); own[top] != 1 || all[top] != 2 || own[sub] != 1 || all[sub] != 0 {
		t.Errorf("Counts(false)[矯正署] = %d, Counts(true)[矯正署] = %d, sub = %d/%d", own[top], all[top], own[sub], all[sub])
	}
	c2, err := c.With(datasets.MustNewDataset(5, "e", unit), datasets.MustNewDataset(2, "b2", unit), datasets.MustNewDataset(1, "a", unit).WithStatus(datasets.Delisted))
	if err != nil {
		t.Fatal(err)
	}
	if c2.Len() != 5 || c2.Listed() != 3 || c.Listed() != 3 {
		t.Errorf("With: Len %d Listed %d (old %d), want 5, 3, 3", c2.Len(), c2.Listed(), c.Listed())
	}
	if d, _ := c2.Lookup(2); d.Title() != "b2" {
		t.Errorf("With did not replace 2: %v", d)
	}
	if d, _ := c.Lookup(2); d.Title() != "b" {
		t.Errorf("With changed the old catalog: %v", d)
	}
	var zero datasets.Catalog
	if zero.Len() != 0 || zero.Listed() != 0 || len(zero.Counts(true)) != 0 {
		t.Errorf("zero Catalog not empty")
	}
}
