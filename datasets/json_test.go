package datasets_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
)

func TestJSON(t *testing.T) {
	tc := datasets.MustLookupPublisher("矯正署臺中戒治所")
	catalog := exampleCatalog()
	reqs := deckRequests(t)
	review := catalog.ReviewDelistings(append(reqs, datasets.Delisting{Row: 4, Item: 3, Publisher: tc, Dataset: datasets.Ref{ID: 87010}}))
	if len(review.Refused) != 1 || len(review.Approved) != 2 {
		t.Fatalf("review %+v", review)
	}
	table := deckTable(t)
	total := mustSum(t, table, datasets.NoGroup)
	table.Total, table.TotalRow = &total, 28
	series := deckSeries(t)
	bad := cloneRows(deckTableRows)
	bad[1][4] = "5"
	badTable, err := datasets.ImportTable(bad)
	if err != nil {
		t.Fatal(err)
	}
	check := badTable.Check(series)
	seriesFinding := datasets.SeriesFinding{Severity: finding.Error, Verdict: finding.Failed, Code: "datasets.increase", Row: 10, Date: d("111/05/19"), Printed: 150, Computed: 157, Detail: "增加數量載為150筆"}
	var parseErr *datasets.ParseError
	if _, err := datasets.ParseID("87a10"); !errors.As(err, &parseErr) {
		t.Fatalf("ParseID(87a10) = %v, want a *ParseError", err)
	}
	rowErr := &datasets.RowError{Row: 3, Column: "資料集識別碼", Input: "87a10", Err: parseErr, Severity: finding.Error}
	water := mustParsePublisher(t, "經濟部水利署")
	details := datasets.Details{Formats: "CSV;JSON", License: "政府資料開放授權條款-第1版", Frequency: "每1年", Quality: "金標章", Listed: d("106/09/12"), Updated: d("111/05/01")}
	hierarchy, err := datasets.NewHierarchy(
		datasets.HierarchyEntry{Row: 2, Agency: mustParsePublisher(t, "經濟部"), Parent: mustParsePublisher(t, "行政院")},
		datasets.HierarchyEntry{Row: 3, Agency: water, Parent: mustParsePublisher(t, "經濟部"), Short: "水利署"})
	if err != nil {
		t.Fatal(err)
	}
	holdings := inventoryHoldings()
	reviewResult, _ := datasets.Review(quarter("111年第2季"), holdings)
	unopenable, _ := datasets.UnopenableList(holdings)
	planned, _ := datasets.PlannedList(holdings, datasets.Catalog{})
	ranked := datasets.Rank([]datasets.Entry{{Name: "經濟部", Count: 3120, PrintedRank: 1, Row: 2}, {Name: "法務部", Count: 2963, PrintedRank: 3, Row: 3}})
	printedCheck := datasets.CheckPrintedRanks(ranked)
	claim := datasets.RankClaim{Name: "法務部", Rank: 2, Text: "法務部資料開放數量名列各部會第二"}
	register, err := datasets.ImportAgencies([][]string{{"機關代碼", "機關名稱", "機關層級", "機關生效日期"}, {"A07000000E", "財政部", "2", "19480101"}})
	if err != nil {
		t.Fatal(err)
	}
	national := sampleRegister(t)
	place := national.Place("法務部矯正署臺北監獄", d("111/05/19"))
	nationalCatalog := sampleNational(t, map[string]int{"臺灣臺北地方檢察署": 2, "財政部": 1, "統計處": 1})
	rollUp := national.RollUp(nationalCatalog, d("111/05/19"))
	tableOpt := datasets.AgencyTableOptions{Ministry: "法務部", Cur: quarter("111年第2季"), CurDate: d("111/05/19"), Depth: 3, Shorts: map[string]string{"臺灣高等檢察署": "臺高檢"}}
	agencyTable, err := national.BuildTable(nationalCatalog, nationalCatalog, tableOpt)
	if err != nil {
		t.Fatal(err)
	}
	jsontest.Check(t, ".", map[string]any{
		"AgencyTableOptions": tableOpt,
		"AgencyTable":        agencyTable,
		"AgencyRow":          agencyTable.Rows[0],
		"LevelSubtotal":      agencyTable.Subtotals[0],
		"Placement":          place,
		"Scope":              datasets.Local,
		"RollUp":             rollUp,
		"AgencyCount":        rollUp.Ministries[0],
		"Unplaced":           rollUp.Unplaced[0],
		"MinistryRanking":    national.RankMinistries(nationalCatalog, d("111/05/19"), datasets.Yuans),
		"Register":           register,
		"Resolution":         datasets.Ambiguous,
		"RegisteredAgency":   register.Agencies()[0],
		"PrintedRankCheck":   printedCheck,
		"RankFinding":        printedCheck.Findings[0],
		"RankClaim":          claim,
		"RankCheck":          datasets.CheckRankClaim(ranked, "", claim),
		"Holding":            holdings[0],
		"ReviewResult":       reviewResult,
		"Unopenable":         unopenable[0],
		"Planned":            planned[1],
		"Details":            details,
		"Hierarchy":          hierarchy,
		"HierarchyEntry":     hierarchy.Entries()[1],
		"Catalog":            catalog,
		"Change":             datasets.Change{Publisher: tc, Before: 4, After: 2},
		"Dataset":            datasets.MustNewDataset(87010, "矯正署臺中戒治所法定預算", tc).WithStatus(datasets.Delisted).WithDetails(details),
		"Delisting":          reqs[0],
		"DelistingFinding":   review.Findings[0],
		"DelistingReview":    review,
		"Duty":               datasets.PublishReview,
		"Entry":              datasets.Entry{Name: "法務部", Count: 2963, PrintedRank: 2, Row: 3},
		"Figures":            datasets.Figures{Prev: 2806, Cur: 2963, Change: 157, SinceYearStart: 157},
		"Grounds":            reqs[0].Grounds,
		"Group":              datasets.Agencies,
		"ID":                 datasets.ID(87010),
		"ImportError":        &datasets.ImportError{Problems: []*datasets.RowError{rowErr, {Row: 1, Column: "提供機關", Err: datasets.ErrMissing}}},
		"Kind":               datasets.SubAgency,
		"Line":               datasets.SubtotalLine,
		"ParseError":         parseErr,
		"Point":              datasets.Point{Row: 2, Date: d("111/05/19"), Count: 2963, Increase: 157},
		"Publisher":          tc,
		"Ranked":             datasets.Ranked{Rank: 2, Name: "法務部", Count: 2963, PrintedRank: 2, Row: 3},
		"Reason":             datasets.LegalRestriction,
		"Ref":                datasets.Ref{ID: 87010, Title: "矯正署臺中戒治所法定預算"},
		"Refusal":            review.Refused[0],
		"RefusedError":       &datasets.RefusedError{Refused: review.Refused},
		"RowError":           rowErr,
		"Series":             series,
		"SeriesFinding":      seriesFinding,
		"Status":             datasets.Delisted,
		"Subtotal":           table.Subtotals[0],
		"Table":              table,
		"TableCheck":         check,
		"TableFinding":       check.Findings[0],
		"Operand":            datasets.Operand{Column: "110年第4季", Count: 2806},
		"TableOptions":       datasets.TableOptions{Prev: quarter("110年第4季"), Cur: quarter("111年第2季"), CurDate: d("111/05/19"), YearStart: &catalog, RollUp: true},
		"TableRow":           table.Rows[0],
	})
}

// Errors marshal with their code and message; an invalid enum does not
// marshal; JSON that breaks a catalog's rules does not unmarshal.
func TestJSONForms(t *testing.T) {
	b, err := json.Marshal(&datasets.RowError{Row: 1, Column: "提供機關", Err: datasets.ErrMissing})
	if err != nil || string(b) != `{"code":"datasets.missing","message":"第1列「提供機關」欄：未填","row":1,"column":"提供機關","err":{"code":"datasets.missing","message":"未填"}}` {
		t.Errorf("RowError JSON = %s, %v", b, err)
	}
	b, err = json.Marshal(datasets.MustNewDataset(87010, "矯正署臺中戒治所法定預算", datasets.MustLookupPublisher("臺中戒治所")))
	if err != nil || string(b) != `{"id":87010,"title":"矯正署臺中戒治所法定預算","publisher":"矯正署臺中戒治所","status":"上架"}` {
		t.Errorf("Dataset JSON = %s, %v", b, err)
	}
	for _, v := range []any{datasets.Status(9), datasets.Kind(9), datasets.Group(9), datasets.Reason(9), datasets.Duty(9), datasets.Line(9)} {
		if _, err := json.Marshal(v); !errors.Is(err, datasets.ErrRange) {
			t.Errorf("json.Marshal(%T(9)) error = %v, want ErrRange", v, err)
		}
	}
	var c datasets.Catalog
	err = json.Unmarshal([]byte(`[{"id":1,"title":"甲","publisher":"統計處","status":"上架"},{"id":1,"title":"乙","publisher":"統計處","status":"上架"}]`), &c)
	if !errors.Is(err, datasets.ErrDuplicate) {
		t.Errorf("Catalog with an ID twice: error %v", err)
	}
	var s datasets.Series
	if err := json.Unmarshal([]byte(`[{"date":"","count":1}]`), &s); !errors.Is(err, datasets.ErrRange) {
		t.Errorf("Series with a point without a date: error %v", err)
	}
}
