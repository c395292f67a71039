package datasets_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
)

// problem is what a test expects of a DelistingError.
type problem struct {
	Index   int
	Kept    datasets.ID
	Err     error
	Warning bool
}

func problemsOf(ps []*datasets.DelistingError) []problem {
	var out []problem
	for _, p := range ps {
		out = append(out, problem{p.Index, p.Kept, p.Err, p.Warning()})
	}
	return out
}

func dup(item int, pub string, id datasets.ID, title string, kept datasets.ID, keptTitle string) datasets.Request {
	r := datasets.Request{Item: item, Dataset: datasets.Ref{ID: id, Title: title},
		Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: kept, Title: keptTitle}}}
	if pub != "" {
		r.Publisher = datasets.MustLookupPublisher(pub)
	}
	return r
}

// badCatalog extends the deck's catalog with a delisted dataset and one
// of another publisher (hand-made).
func badCatalog(t *testing.T) datasets.Catalog {
	c := deckCatalog(t)
	c, err := c.With(
		datasets.MustNewDataset(100, "矯正署臺中戒治所收容人數", datasets.MustLookupPublisher("臺中戒治所")).WithStatus(datasets.Delisted),
		datasets.MustNewDataset(200, "矯正署臺中戒治所法定預算(按月)", datasets.MustLookupPublisher("矯正署")),
	)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCheckDelistingsBadBatches(t *testing.T) {
	const tc = "矯正署臺中戒治所"
	tests := []struct {
		name string
		reqs []datasets.Request
		want []problem
	}{
		{"deck batch", deckRequests(t), nil},
		{"unknown dataset", []datasets.Request{dup(1, tc, 5, "", 23261, "")},
			[]problem{{0, 0, datasets.ErrUnknownDataset, false}}},
		{"already delisted", []datasets.Request{dup(1, tc, 100, "", 23261, "")},
			[]problem{{0, 0, datasets.ErrAlreadyDelisted, false}, {0, 23261, datasets.ErrTitleUnlike, true}}},
		{"duplicate without kept", []datasets.Request{dup(1, tc, 87010, "", 0, "")},
			[]problem{{0, 0, datasets.ErrNoKept, false}}},
		{"merge without kept", []datasets.Request{{Item: 1, Dataset: datasets.Ref{ID: 87010}, Grounds: datasets.Grounds{Reason: datasets.Merged}}},
			[]problem{{0, 0, datasets.ErrNoKept, false}}},
		{"no reason", []datasets.Request{{Item: 1, Dataset: datasets.Ref{ID: 87010}}},
			[]problem{{0, 0, datasets.ErrNoReason, false}}},
		{"obsolete needs no kept", []datasets.Request{{Item: 1, Dataset: datasets.Ref{ID: 87010}, Grounds: datasets.Grounds{Reason: datasets.Obsolete, Note: "停止更新"}}},
			nil},
		{"kept unknown", []datasets.Request{dup(1, tc, 87010, "", 999, "")},
			[]problem{{0, 999, datasets.ErrKeptUnknown, false}}},
		{"kept delisted", []datasets.Request{dup(1, tc, 87010, "", 100, "")},
			[]problem{{0, 100, datasets.ErrKeptDelisted, false}, {0, 100, datasets.ErrTitleUnlike, true}}},
		{"kept self", []datasets.Request{dup(1, tc, 87010, "", 87010, "")},
			[]problem{{0, 87010, datasets.ErrKeptSelf, false}}},
		{"kept in batch", []datasets.Request{dup(1, tc, 87010, "", 23261, ""), dup(2, tc, 23261, "", 23252, "")},
			[]problem{{0, 23261, datasets.ErrKeptInBatch, false}, {1, 23252, datasets.ErrTitleUnlike, true}}},
		{"two-cycle", []datasets.Request{dup(1, tc, 87010, "", 23261, ""), dup(2, tc, 23261, "", 87010, "")},
			[]problem{{0, 23261, datasets.ErrCycle, false}, {1, 87010, datasets.ErrCycle, false}}},
		{"three-cycle and a tail", []datasets.Request{
			dup(1, tc, 87010, "", 23261, ""), dup(2, tc, 23261, "", 86997, ""),
			dup(3, tc, 86997, "", 87010, ""), dup(4, tc, 23252, "", 87010, "")},
			[]problem{
				{0, 23261, datasets.ErrCycle, false},
				{1, 86997, datasets.ErrCycle, false}, {1, 86997, datasets.ErrTitleUnlike, true},
				{2, 87010, datasets.ErrCycle, false}, {2, 87010, datasets.ErrTitleUnlike, true},
				{3, 87010, datasets.ErrKeptInBatch, false}, {3, 87010, datasets.ErrTitleUnlike, true}}},
		{"kept of another publisher", []datasets.Request{dup(1, tc, 87010, "", 200, "")},
			[]problem{{0, 200, datasets.ErrKeptOtherPublisher, false}}},
		{"wrong publisher", []datasets.Request{dup(1, "統計處", 87010, "", 23261, "")},
			[]problem{{0, 0, datasets.ErrWrongPublisher, false}}},
		{"repeated", []datasets.Request{dup(1, tc, 87010, "", 23261, ""), dup(2, tc, 87010, "", 23261, "")},
			[]problem{{1, 0, datasets.ErrRepeated, false}}},
		{"title mismatch", []datasets.Request{dup(1, tc, 87010, "矯正署臺中戒治所預算案", 23261, "")},
			[]problem{{0, 0, datasets.ErrTitleMismatch, true}}},
		{"title differs only in width", []datasets.Request{dup(1, tc, 87010, "矯正署台中戒治所法定預算", 23261, "矯正署臺中戒治所法定預算（按年）")},
			nil},
		{"kept title mismatch", []datasets.Request{dup(1, tc, 87010, "", 23261, "別的資料集")},
			[]problem{{0, 23261, datasets.ErrTitleMismatch, true}}},
		{"everything at once", []datasets.Request{dup(1, tc, 5, "", 0, ""), dup(2, "統計處", 86997, "", 999, "")},
			[]problem{{0, 0, datasets.ErrUnknownDataset, false}, {0, 0, datasets.ErrNoKept, false},
				{1, 0, datasets.ErrWrongPublisher, false}, {1, 999, datasets.ErrKeptUnknown, false}}},
	}
	c := badCatalog(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := problemsOf(c.CheckDelistings(tt.reqs))
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
				t.Errorf("CheckDelistings mismatch (-want +got):\n%s", diff)
			}
			_, _, err := c.Delist(tt.reqs)
			refused := false
			for _, p := range tt.want {
				refused = refused || !p.Warning
			}
			if (err != nil) != refused {
				t.Errorf("Delist error = %v, want refused %v", err, refused)
			}
		})
	}
}

func TestDelistingErrorText(t *testing.T) {
	c := badCatalog(t)
	ps := c.CheckDelistings([]datasets.Request{
		{Dataset: datasets.Ref{ID: 87010}, Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 200}}},
	})
	if len(ps) != 1 {
		t.Fatalf("CheckDelistings = %v, want one problem", ps)
	}
	want := "datasets: delisting request 1 (dataset 87010, kept 200): kept dataset belongs to another publisher: 矯正署臺中戒治所 keeps a dataset of 矯正署"
	if got := ps[0].Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	var de *datasets.DelistingError
	if !errors.As(error(ps[0]), &de) || !errors.Is(ps[0], datasets.ErrKeptOtherPublisher) {
		t.Errorf("errors.As/Is fail on %v", ps[0])
	}
}

func TestResembles(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"矯正署臺中戒治所法定預算", "矯正署臺中戒治所法定預算(按年)", true},
		{"矯正署臺中戒治所預算案", "矯正署臺中戒治所預算案（按年）", true},
		{"矯正署台中戒治所預算案", "矯正署臺中戒治所 預算案", true},
		{"執行案件統計【月報】", "執行案件統計", true},
		{"執行案件統計", "各地檢署執行案件統計", true},
		{"矯正署臺中戒治所法定預算", "矯正署臺中戒治所預算案", false},
		{"法定預算", "(按年)", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got := datasets.Resembles(tt.a, tt.b); got != tt.want {
			t.Errorf("Resembles(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := datasets.Resembles(tt.b, tt.a); got != tt.want {
			t.Errorf("Resembles(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

func TestDelistChanges(t *testing.T) {
	c := deckCatalog(t)
	reqs := append(deckRequests(t), dup(3, "橋頭地檢", 900001, "", 900002, ""))
	next, changes, err := c.Delist(reqs)
	if err != nil {
		t.Fatal(err)
	}
	// Stroke order: 臺 (14 strokes) before 矯 (17).
	want := []datasets.Change{
		{Publisher: datasets.MustLookupPublisher("橋頭地檢"), Before: 2, After: 1},
		{Publisher: datasets.MustLookupPublisher("臺中戒治所"), Before: 4, After: 2},
	}
	if diff := cmp.Diff(want, changes, equateComparable); diff != "" {
		t.Errorf("Delist changes (-want +got):\n%s", diff)
	}
	if next.Listed() != 3 || c.Listed() != 6 {
		t.Errorf("Listed() = %d → %d, want 6 → 3", c.Listed(), next.Listed())
	}
	if !strings.Contains(next.Datasets()[0].Status().String(), "架") {
		t.Errorf("Status string %q", next.Datasets()[0].Status())
	}
}
