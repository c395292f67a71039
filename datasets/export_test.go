package datasets_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// exportHeader is the header of the data.gov.tw catalog export as the
// platform writes it: a byte-order mark before the first cell and the
// doubled 資 of 資資料集上架方式.
var exportHeader = []string{"\ufeff資料集識別碼", "資料集名稱", "資料提供屬性", "服務分類", "品質檢測", "檔案格式", "資料下載網址", "編碼格式", "資資料集上架方式", "資料集描述", "主要欄位說明", "提供機關", "更新頻率", "授權方式", "相關網址", "計費方式", "提供機關聯絡人姓名", "提供機關聯絡人電話", "上架日期", "詮釋資料更新時間", "備註", "資料量"}

// exportMinistries are the ministries the generated export spreads its
// publishers over; the ministry's own agencies are written as the
// platform writes them, 法務部矯正署.
var exportMinistries = []string{"法務部", "經濟部", "內政部", "交通部", "衛生福利部", "財政部", "教育部", "農業部"}

// exportPublisher returns the name of generated publisher k: the
// ministry's own publishers under 法務部, the others as 經濟部第3分署.
func exportPublisher(k int) string {
	m := exportMinistries[k%len(exportMinistries)]
	if m == "法務部" {
		own := datasets.Publishers()
		return "法務部" + own[(k/len(exportMinistries))%len(own)].Name()
	}
	return m + "第" + strconv.Itoa(k/len(exportMinistries)) + "分署"
}

// genExport returns n rows of the export (header first) spread over
// pubs publishers in runs, as the platform lists an agency's datasets
// together, with every cell filled as the platform fills it.
func genExport(n, pubs int) [][]string {
	rows := make([][]string, 0, n+1)
	rows = append(rows, slices.Clone(exportHeader))
	quality := []string{"金標章", "銀標章", "銅標章", "白金標章", ""}
	for i := range n {
		k := i * pubs / max(n, 1)
		pub := exportPublisher(k)
		id := strconv.Itoa(1000 + i)
		rows = append(rows, []string{
			id, pub + "統計資料第" + id + "號", "原始資料", "公共資訊", quality[i%len(quality)], "CSV;JSON;XML",
			"https://data.example.gov.tw/" + id + ".csv;https://data.example.gov.tw/" + id + ".json;https://data.example.gov.tw/" + id + ".xml",
			"UTF-8;UTF-8;UTF-8", "系統介接程式上架", pub + "每年彙整之統計資料，含各項目之數量與金額。", "年度、項目、數量、金額",
			pub, "每1年", "政府資料開放授權條款-第1版", "https://www.example.gov.tw/", "免費", "王小明", "02-2191-0189#" + strconv.Itoa(i%1000),
			"2017-09-12 15:49:25", "2022-05-01 10:02:03", "", "1000",
		})
	}
	return rows
}

// csvBytes writes rows as CSV.
func csvBytes(rows [][]string) []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	_ = w.WriteAll(rows)
	return buf.Bytes()
}

func TestImportCatalogExport(t *testing.T) {
	rows := genExport(40, 16)
	rows = append(rows,
		[]string{"87010", "矯正署臺中戒治所法定預算", "", "", "", "CSV", "", "", "", "", "", "法務部矯正署臺中戒治所", "每1年", "政府資料開放授權條款-第1版", "", "", "", "", "2019-01-02", "2022-05-19 09:00", "", ""},
		[]string{"99", "水情", "", "", "金標章", " CSV ;；JSON", "", "", "", "", "", "經濟部水利署", "不定期更新", "", "", "", "", "", "2017-02-30 00:00:00", "", "", ""},
		[]string{"98", "雨量", "", "", "", "", "", "", "", "", "", "經濟部水利署", "", "", "", "", "", "", "2017-09-12 25:00:00", "2017-13-01", "", ""},
	)
	c, err := datasets.ImportCatalog(rows)
	ps := problemsOf(t, err)
	// A day that does not exist keeps rocdate's sentinel (its code is
	// datasets.range); a bad time of day is the package's own.
	want := []rowProblem{{43, "上架日期", rocdate.ErrRange}, {44, "上架日期", datasets.ErrSyntax}, {44, "詮釋資料更新時間", rocdate.ErrRange}}
	if diff := cmp.Diff(want, rowProblems(ps, sentinels...), cmpErr); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	for _, p := range ps {
		if !strings.HasPrefix(p.Code(), "datasets.") {
			t.Errorf("problem %v has code %q", p, p.Code())
		}
		// The dates are optional: a bad one is a warning, and the row stays.
		if p.Severity != finding.Warning {
			t.Errorf("problem %v has severity %v, want 警告", p, p.Severity)
		}
	}
	if c.Len() != 43 {
		t.Fatalf("kept %d datasets, want 43: a bad date drops no row", c.Len())
	}
	for _, id := range []datasets.ID{99, 98} {
		if ds, ok := c.Lookup(id); !ok || ds.Details().Listed != (rocdate.Date{}) || id == 98 && ds.Details().Updated != (rocdate.Date{}) {
			t.Errorf("dataset %v: %v, %+v; want it kept with the bad dates zero", id, ok, ds.Details())
		}
	}
	ds, ok := c.Lookup(87010)
	x := ds.Details()
	if !ok || ds.Publisher() != datasets.MustLookupPublisher("臺中戒治所") || x.Listed != d("108/01/02") || x.Updated != d("111/05/19") ||
		x.Frequency != "每1年" || x.License != "政府資料開放授權條款-第1版" || !slices.Equal(x.FormatList(), []string{"CSV"}) {
		t.Errorf("87010 = %v, %+v", ds.Publisher(), x)
	}
	first, _ := c.Lookup(1000)
	if first.Publisher() != datasets.MustLookupPublisher(strings.TrimPrefix(exportPublisher(0), "法務部")) || first.Details().Quality != "金標章" ||
		!slices.Equal(first.Details().FormatList(), []string{"CSV", "JSON", "XML"}) || first.Details().Listed != d("106/09/12") {
		t.Errorf("row 2 = %v %+v", first.Publisher(), first.Details())
	}
	// Several ministries: a dataset of any agency is accepted.
	got := map[string]bool{}
	for _, d := range c.Datasets() {
		got[datasets.Hierarchy{}.Ministry(d.Publisher()).Name()] = true
	}
	if len(got) != len(exportMinistries) || !got["法務部"] || !got["經濟部"] {
		t.Errorf("ministries %v", got)
	}
	// The corrected spelling of the doubled 資, and no mark, read the same.
	fixed := slices.Clone(rows)
	fixed[0] = slices.Clone(rows[0])
	fixed[0][0], fixed[0][8] = "資料集識別碼", "資料集上架方式"
	c2, _ := datasets.ImportCatalog(fixed)
	if !slices.Equal(c.Datasets(), c2.Datasets()) {
		t.Errorf("corrected header reads differently")
	}
	// Records round-trips the details.
	back, err := datasets.ImportCatalog(c.Records())
	if err != nil || !slices.Equal(back.Datasets(), c.Datasets()) {
		t.Errorf("ImportCatalog(Records()) = %d datasets, %v", back.Len(), err)
	}
}

// Through encoding/csv, as a caller reads the file: the mark stays on
// the first cell and the importer drops it.
func TestImportCatalogExportCSV(t *testing.T) {
	data := csvBytes(genExport(100, 10))
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(recs[0][0], "\ufeff") {
		t.Fatalf("header lost its mark: %q", recs[0][0])
	}
	c, err := datasets.ImportCatalog(recs)
	if err != nil || c.Len() != 100 {
		t.Errorf("ImportCatalog = %d, %v", c.Len(), err)
	}
}

// The measure: at most 5 allocations per row of the export.
func TestImportCatalogExportAllocs(t *testing.T) {
	const n = 5_000
	rows := genExport(n, 80)
	allocs := testing.AllocsPerRun(5, func() { _, _ = datasets.ImportCatalog(rows) })
	if perRow := allocs / n; perRow > 5 {
		t.Errorf("ImportCatalog: %.2f allocations per row, want at most 5", perRow)
	}
}

// BenchmarkImportExport is the measure: a national-scale export
// (50,000 rows, 800 publishers, in the export's exact layout) read by
// encoding/csv (the peer), imported by ImportCatalog (at most 2× the
// peer's time, at most 5 allocations per row), and BuildTable and
// RankMinistries over such snapshots (under the cost of the import).
func BenchmarkImportExport(b *testing.B) {
	const n, pubs = 50_000, 800
	rows := genExport(n, pubs)
	data := csvBytes(rows)
	prev, err := datasets.ImportCatalog(rows)
	if err != nil || prev.Len() != n {
		b.Fatalf("ImportCatalog: %d, %v", prev.Len(), err)
	}
	cur, _, err := prev.Delist(benchExportDelistings(prev, 1_000))
	if err != nil {
		b.Fatal(err)
	}
	perRow := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/n, "ns/row")
	}
	b.Run("csv.ReadAll", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkRecords, _ = csv.NewReader(bytes.NewReader(data)).ReadAll()
		}
		perRow(b)
	})
	b.Run("ImportCatalog", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkCatalog, _ = datasets.ImportCatalog(rows)
		}
		perRow(b)
	})
	b.Run("BuildTable", func(b *testing.B) {
		opt := datasets.TableOptions{Prev: quarter("110年第4季"), Cur: quarter("111年第2季"), RollUp: true}
		b.ReportAllocs()
		for b.Loop() {
			sinkTable = datasets.BuildTable(prev, cur, opt)
		}
		perRow(b)
	})
	b.Run("BuildTable/ministry", func(b *testing.B) {
		opt := datasets.TableOptions{Prev: quarter("110年第4季"), Cur: quarter("111年第2季"), RollUp: true, Ministry: datasets.MustParsePublisher("法務部")}
		b.ReportAllocs()
		for b.Loop() {
			sinkTable = datasets.BuildTable(prev, cur, opt)
		}
		perRow(b)
	})
	b.Run("RankMinistries", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			sinkRanked = datasets.RankMinistries(cur, datasets.Hierarchy{})
		}
		perRow(b)
	})
}

var sinkRanked []datasets.Ranked

// benchExportDelistings delists m datasets of c, spread over it, as
// obsolete.
func benchExportDelistings(c datasets.Catalog, m int) []datasets.Delisting {
	ds := c.Datasets()
	out := make([]datasets.Delisting, m)
	for i := range out {
		d := ds[i*len(ds)/m]
		out[i] = datasets.Delisting{Publisher: d.Publisher(), Dataset: datasets.Ref{ID: d.ID()}, Grounds: datasets.Grounds{Reason: datasets.Obsolete}}
	}
	return out
}

// A catalog re-saved by zh-TW Excel, or written with ISO times, keeps
// every row and its days (issue 21: such a row was dropped, so the
// agency's count moved).
func TestImportCatalogTimes(t *testing.T) {
	rows := [][]string{exportHeader}
	updated := []string{"2022/5/1 上午 10:00:00", "2022/05/01 下午 03:04", "2022-05-01T15:49:25+08:00", "2022-05-01 15:49:25", "111/05/01"}
	for i, u := range updated {
		row := make([]string, len(exportHeader))
		row[0], row[1], row[11], row[19] = strconv.Itoa(i+1), "統計年報"+strconv.Itoa(i), "法務部統計處", u
		rows = append(rows, row)
	}
	c, err := datasets.ImportCatalog(rows)
	if err != nil || c.Len() != len(updated) {
		t.Fatalf("ImportCatalog = %d datasets, %v; want %d, nil", c.Len(), err, len(updated))
	}
	for _, ds := range c.Datasets() {
		if got := ds.Details().Updated; got != d("111/05/01") {
			t.Errorf("dataset %v updated %v, want 111/05/01", ds.ID(), got)
		}
	}
	if n := c.Counts(false)[datasets.MustLookupPublisher("統計處")]; n != len(updated) {
		t.Errorf("統計處 has %d datasets, want %d", n, len(updated))
	}
}
