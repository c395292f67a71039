package datasets_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// problem is what a test expects of a DelistingFinding.
type problem struct {
	Index   int
	Kept    datasets.ID
	Code    string
	Warning bool // the finding does not refuse the request (a warning or a notice)
}

func findingsOf(ps []datasets.DelistingFinding) []problem {
	var out []problem
	for _, p := range ps {
		out = append(out, problem{p.Index, p.Kept, p.Code, !p.Refuses()})
		// A rule that could not be applied is Unchecked, never Failed or
		// passed; every other finding is a rule broken.
		wantVerdict := finding.Failed
		if p.Code == "datasets.publisher-unknown" {
			wantVerdict = finding.Unchecked
		}
		if p.Refuses() != (p.Severity == finding.Error) || p.Verdict != wantVerdict || p.Head().Verdict != p.Verdict ||
			p.Detail == "" || !strings.HasPrefix(p.String(), p.Severity.String()+"：") {
			panic("finding " + p.String() + " is inconsistent")
		}
	}
	return out
}

func dup(item int, pub string, id datasets.ID, title string, kept datasets.ID, keptTitle string) datasets.Delisting {
	r := datasets.Delisting{Item: item, Dataset: datasets.Ref{ID: id, Title: title},
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

func TestReviewDelistingsBadBatches(t *testing.T) {
	const tc = "矯正署臺中戒治所"
	tests := []struct {
		name string
		reqs []datasets.Delisting
		want []problem
	}{
		{"deck batch", deckRequests(t), nil},
		{"unknown dataset", []datasets.Delisting{dup(1, tc, 5, "", 23261, "")},
			[]problem{{0, 0, "datasets.unknown-dataset", false}}},
		{"already delisted", []datasets.Delisting{dup(1, tc, 100, "", 23261, "")},
			[]problem{{0, 0, "datasets.already-delisted", false}, {0, 23261, "datasets.title-unlike", true}}},
		{"duplicate without kept", []datasets.Delisting{dup(1, tc, 87010, "", 0, "")},
			[]problem{{0, 0, "datasets.no-kept", false}}},
		{"merge without kept", []datasets.Delisting{{Item: 1, Publisher: datasets.MustLookupPublisher(tc), Dataset: datasets.Ref{ID: 87010}, Grounds: datasets.Grounds{Reason: datasets.Merged}}},
			[]problem{{0, 0, "datasets.no-kept", false}}},
		{"no reason", []datasets.Delisting{{Item: 1, Publisher: datasets.MustLookupPublisher(tc), Dataset: datasets.Ref{ID: 87010}}},
			[]problem{{0, 0, "datasets.no-reason", false}}},
		{"obsolete needs no kept", []datasets.Delisting{{Item: 1, Publisher: datasets.MustLookupPublisher(tc), Dataset: datasets.Ref{ID: 87010}, Grounds: datasets.Grounds{Reason: datasets.Obsolete, Note: "停止更新"}}},
			nil},
		// No publisher: the publisher rule is unchecked, never agreeing
		// with whoever publishes the dataset (issue 21).
		{"no publisher", []datasets.Delisting{dup(1, "", 87010, "", 23261, "")},
			[]problem{{0, 0, "datasets.publisher-unknown", true}}},
		{"no publisher, no reason", []datasets.Delisting{{Item: 1, Dataset: datasets.Ref{ID: 87010}}},
			[]problem{{0, 0, "datasets.publisher-unknown", true}, {0, 0, "datasets.no-reason", false}}},
		{"kept unknown", []datasets.Delisting{dup(1, tc, 87010, "", 999, "")},
			[]problem{{0, 999, "datasets.kept-unknown", false}}},
		{"kept delisted", []datasets.Delisting{dup(1, tc, 87010, "", 100, "")},
			[]problem{{0, 100, "datasets.kept-delisted", false}, {0, 100, "datasets.title-unlike", true}}},
		{"kept self", []datasets.Delisting{dup(1, tc, 87010, "", 87010, "")},
			[]problem{{0, 87010, "datasets.kept-self", false}}},
		{"kept in batch", []datasets.Delisting{dup(1, tc, 87010, "", 23261, ""), dup(2, tc, 23261, "", 23252, "")},
			[]problem{{0, 23261, "datasets.kept-in-batch", false}, {1, 23252, "datasets.title-unlike", true}}},
		{"two-cycle", []datasets.Delisting{dup(1, tc, 87010, "", 23261, ""), dup(2, tc, 23261, "", 87010, "")},
			[]problem{{0, 23261, "datasets.cycle", false}, {1, 87010, "datasets.cycle", false}}},
		{"three-cycle and a tail", []datasets.Delisting{
			dup(1, tc, 87010, "", 23261, ""), dup(2, tc, 23261, "", 86997, ""),
			dup(3, tc, 86997, "", 87010, ""), dup(4, tc, 23252, "", 87010, "")},
			[]problem{
				{0, 23261, "datasets.cycle", false},
				{1, 86997, "datasets.cycle", false}, {1, 86997, "datasets.title-unlike", true},
				{2, 87010, "datasets.cycle", false}, {2, 87010, "datasets.title-unlike", true},
				{3, 87010, "datasets.kept-in-batch", false}, {3, 87010, "datasets.title-unlike", true}}},
		{"kept of another publisher", []datasets.Delisting{dup(1, tc, 87010, "", 200, "")},
			[]problem{{0, 200, "datasets.kept-other-publisher", false}}},
		{"wrong publisher", []datasets.Delisting{dup(1, "統計處", 87010, "", 23261, "")},
			[]problem{{0, 0, "datasets.wrong-publisher", false}}},
		{"repeated", []datasets.Delisting{dup(1, tc, 87010, "", 23261, ""), dup(2, tc, 87010, "", 23261, "")},
			[]problem{{1, 0, "datasets.repeated", false}}},
		{"title mismatch", []datasets.Delisting{dup(1, tc, 87010, "矯正署臺中戒治所預算案", 23261, "")},
			[]problem{{0, 0, "datasets.title-mismatch", true}}},
		{"title differs only in width", []datasets.Delisting{dup(1, tc, 87010, "矯正署台中戒治所法定預算", 23261, "矯正署臺中戒治所法定預算（按年）")},
			nil},
		{"kept title mismatch", []datasets.Delisting{dup(1, tc, 87010, "", 23261, "別的資料集")},
			[]problem{{0, 23261, "datasets.title-mismatch", true}}},
		{"everything at once", []datasets.Delisting{dup(1, tc, 5, "", 0, ""), dup(2, "統計處", 86997, "", 999, "")},
			[]problem{{0, 0, "datasets.unknown-dataset", false}, {0, 0, "datasets.no-kept", false},
				{1, 0, "datasets.wrong-publisher", false}, {1, 999, "datasets.kept-unknown", false}}},
	}
	c := badCatalog(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findingsOf(c.ReviewDelistings(tt.reqs).Findings)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReviewDelistings().Findings mismatch (-want +got):\n%s", diff)
			}
			review := c.ReviewDelistings(tt.reqs)
			refusedIdx := map[int]bool{}
			for _, p := range tt.want {
				if !p.Warning {
					refusedIdx[p.Index] = true
				}
			}
			if len(review.Refused) != len(refusedIdx) || len(review.Approved)+len(review.Refused) != len(tt.reqs) {
				t.Errorf("ReviewDelistings: %d approved, %d refused, want %d refused of %d", len(review.Approved), len(review.Refused), len(refusedIdx), len(tt.reqs))
			}
			for _, r := range review.Refused {
				if !refusedIdx[r.Index] || r.Delisting != tt.reqs[r.Index] || len(r.Findings) == 0 {
					t.Errorf("ReviewDelistings refused %+v", r)
				}
			}
			if diff := cmp.Diff(got, findingsOf(review.Findings)); diff != "" {
				t.Errorf("ReviewDelistings findings (-check +review):\n%s", diff)
			}
			// The approved part of any batch passes on its own.
			if _, _, err := c.Delist(review.Approved); err != nil {
				t.Errorf("Delist(approved) error %v", err)
			}
			_, _, err := c.Delist(tt.reqs)
			if (err != nil) != (len(refusedIdx) > 0) {
				t.Errorf("Delist error = %v, want refused %v", err, len(refusedIdx) > 0)
			}
		})
	}
}

func TestDelistingFindingText(t *testing.T) {
	c := badCatalog(t)
	ps := c.ReviewDelistings([]datasets.Delisting{
		{Row: 4, Publisher: datasets.MustLookupPublisher("臺中戒治所"), Dataset: datasets.Ref{ID: 87010}, Grounds: datasets.Grounds{Reason: datasets.Duplicate, Kept: datasets.Ref{ID: 200}}},
	}).Findings
	if len(ps) != 1 {
		t.Fatalf("ReviewDelistings().Findings = %v, want one problem", ps)
	}
	want := "錯誤：第1筆申請（資料集87010）：保留之資料集200屬矯正署，與矯正署臺中戒治所不同"
	if got := ps[0].String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if ps[0].Code != "datasets.kept-other-publisher" || ps[0].Publisher != datasets.MustLookupPublisher("臺中戒治所") || ps[0].Row != 4 {
		t.Errorf("finding = %+v", ps[0])
	}
	_, _, err := c.Delist([]datasets.Delisting{{Item: 3, Dataset: datasets.Ref{ID: 87010}}})
	if err == nil || err.Error() != "datasets: 1 delisting request refused; first: item 3 (dataset 87010): datasets.no-reason" {
		t.Errorf("Delist error = %v", err)
	}
	var re *datasets.RefusedError
	if !errors.As(err, &re) || re.Code() != "datasets.refused" {
		t.Errorf("Delist error %T", err)
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
