package datasets

import (
	"errors"
	"strings"
	"time"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/rocdate"
)

// reader collects the problems of one import.
type reader struct {
	problems []*RowError
	errors   int // the problems of severity finding.Error: rows left out
}

// add records p, an error unless p says otherwise.
func (rd *reader) add(p *RowError) {
	if p.Severity == finding.NoSeverity {
		p.Severity = finding.Error
	}
	if p.Severity == finding.Error {
		rd.errors++
	}
	rd.problems = append(rd.problems, p)
}

// header locates the header of rows by spec, recording its problems, and
// reports whether the rows can be read.
func (rd *reader) header(spec *sheet.Spec, rows [][]string) (sheet.Header, bool) {
	h, ps := spec.Locate(rows)
	for _, p := range ps {
		rd.add(&RowError{Row: p.Row, Column: p.Column, Input: p.Input, Err: p.Err})
	}
	return h, h.Complete()
}

// fail records a problem with cell c of row r, a required cell: the row
// is left out.
func (rd *reader) fail(h sheet.Header, r sheet.Row, c int, err error) {
	rd.add(&RowError{Row: r.Num, Column: h.Name(c), Input: r.Cell(c), Err: err})
}

// warn records a problem with cell c of row r, an optional cell: the row
// is kept with the value zero.
func (rd *reader) warn(h sheet.Header, r sheet.Row, c int, err error) {
	rd.add(&RowError{Row: r.Num, Column: h.Name(c), Input: r.Cell(c), Err: err, Severity: finding.Warning})
}

// The columns of a catalog export.
const (
	catID = iota
	catTitle
	catPublisher
	catStatus
	catFormats
	catLicense
	catFrequency
	catQuality
	catListed
	catUpdated
)

var catalogSpec = sheet.Spec{
	Columns: []sheet.Column{
		catID:        {Name: "資料集識別碼", Aliases: []string{"識別碼", "資料集ID", "資料集編號"}, Required: true},
		catTitle:     {Name: "資料集名稱", Aliases: []string{"資料集標題", "名稱"}, Required: true},
		catPublisher: {Name: "提供機關", Aliases: []string{"資料提供機關", "提供單位", "機關/單位"}, Required: true},
		catStatus:    {Name: "狀態", Aliases: []string{"上架狀態", "資料集狀態"}},
		catFormats:   {Name: "檔案格式", Aliases: []string{"資料格式"}},
		catLicense:   {Name: "授權方式", Aliases: []string{"授權條款"}},
		catFrequency: {Name: "更新頻率"},
		catQuality:   {Name: "品質檢測", Aliases: []string{"品質標章"}},
		catListed:    {Name: "上架日期"},
		catUpdated:   {Name: "詮釋資料更新時間", Aliases: []string{"詮釋資料更新日期"}},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportCatalog reads a catalog: the data.gov.tw catalog export as the
// platform publishes it, or the rows [Catalog.Records] writes. The export's
// header is
//
//	資料集識別碼,資料集名稱,資料提供屬性,服務分類,品質檢測,檔案格式,資料下載網址,編碼格式,資資料集上架方式,資料集描述,主要欄位說明,提供機關,更新頻率,授權方式,相關網址,計費方式,提供機關聯絡人姓名,提供機關聯絡人電話,上架日期,詮釋資料更新時間,備註,資料量
//
// (the doubled 資 is the platform's; the column is not read), often with a
// byte-order mark before it. ImportCatalog needs 資料集識別碼, 資料集名稱 and
// 提供機關, in any order and below any title rows, and keeps what a
// governance tool needs: 檔案格式 (a ;-separated list, kept as written),
// 授權方式, 更新頻率, 品質檢測, 上架日期 and 詮釋資料更新時間 (the day is
// kept; the export's 2017-09-12 15:49:25, zh-TW Excel's re-save
// 2022/5/1 上午 10:00:00 or 2022/05/01 下午 03:04, ISO 8601
// 2017-09-12T15:49:25+08:00 with or without an offset, or any ROC form
// rocdate reads) in the dataset's [Details], and 狀態 (上架 or 下架; blank
// or absent is 上架). Every other column is ignored. 提供機關 is any agency
// ([ParsePublisher]): 經濟部水利署 is accepted, 法務部矯正署 is the
// ministry's 矯正署. Blank rows are skipped.
//
// The required columns are 資料集識別碼, 資料集名稱 and 提供機關; the others
// are optional. The error is nil when every row was read, else an
// *ImportError. A bad required cell (a bad ID, a blank title or
// publisher, an ID seen on an earlier row) is a *RowError of severity
// finding.Error and its row is left out. A bad optional cell (an unknown
// status, a bad date) is a *RowError of severity finding.Warning and the
// row is kept with that value zero (a bad 狀態 read as blank, 上架), so a
// metadata typo never moves an agency's count. Every good row is in the
// catalog. A header without a required column is [ErrNoHeader] at the
// header's row, and the catalog is empty.
//
// The work is linear in the rows and allocation-free per good row beyond
// the catalog itself: 50,000 rows of the export take about as long as
// encoding/csv takes to read them.
func ImportCatalog(rows [][]string) (Catalog, error) {
	var rd reader
	h, ok := rd.header(&catalogSpec, rows)
	if !ok {
		return Catalog{}, importError(rd.problems)
	}
	ds := make([]Dataset, 0, len(rows)-h.Row)
	seen := make(map[ID]struct{}, len(rows)-h.Row)
	// The publisher of the row above, which the next row often repeats.
	var last Publisher
	lastName := ""
	for r := range h.Rows(rows) {
		n := rd.errors
		id, err := ParseID(r.Cell(catID))
		if err != nil {
			rd.fail(h, r, catID, err)
		} else if _, dup := seen[id]; dup {
			rd.fail(h, r, catID, perr("ImportCatalog", r.Cell(catID), ErrDuplicate, "datasets.duplicate.row-id"))
		}
		title := r.Cell(catTitle)
		if title == "" {
			rd.fail(h, r, catTitle, ErrMissing)
		}
		var p Publisher
		if name := r.Cell(catPublisher); name != "" && name == lastName {
			p = last
		} else if p, err = ParsePublisher(name); err != nil {
			rd.fail(h, r, catPublisher, err)
		} else {
			last, lastName = p, name
		}
		status := Listed
		if h.Has(catStatus) {
			if s, err := ParseStatus(r.Cell(catStatus)); err != nil {
				rd.warn(h, r, catStatus, err)
			} else if s != NoStatus {
				status = s
			}
		}
		x := Details{Formats: r.Cell(catFormats), License: r.Cell(catLicense), Frequency: r.Cell(catFrequency), Quality: r.Cell(catQuality)}
		if x.Listed, err = parseExportDate(r.Cell(catListed)); err != nil {
			rd.warn(h, r, catListed, errtype.Wrap[pkg]("ImportCatalog", r.Cell(catListed), err, ErrSyntax))
		}
		if x.Updated, err = parseExportDate(r.Cell(catUpdated)); err != nil {
			rd.warn(h, r, catUpdated, errtype.Wrap[pkg]("ImportCatalog", r.Cell(catUpdated), err, ErrSyntax))
		}
		if rd.errors > n {
			continue
		}
		seen[id] = struct{}{}
		ds = append(ds, Dataset{id: id, title: title, publisher: p, status: status, details: x})
	}
	c, _ := newCatalog(ds) // IDs are unique and valid here
	return c, importError(rd.problems)
}

// parseExportDate reads a date or a time as catalogs write it and keeps
// the day; blank is the zero Date. It reads
//
//   - the export's own forms: 2017-09-12 15:49:25, 2017/09/12, a day
//     alone; month and day may have one digit (2022/5/1);
//   - zh-TW Excel's re-save: 2022/5/1 上午 10:00:00, 2022/05/01 下午 03:04
//     (上午 12 is 0 h, 下午 12 is 12 h; the space after 上午 is optional);
//   - ISO 8601: 2017-09-12T15:49:25, with fractional seconds and an
//     offset (+08:00, +0800, Z); a time with an offset is taken to
//     Taiwan's time (UTC+8) before its day is kept;
//   - any form rocdate.Parse reads (111/05/01, 111年5月1日), with or
//     without a time after it.
func parseExportDate(s string) (rocdate.Date, error) {
	if s == "" {
		return rocdate.Date{}, nil
	}
	day, clock := s, ""
	if i := strings.IndexAny(s, " T"); i > 0 {
		day, clock = s[:i], strings.TrimLeft(s[i+1:], " ")
	}
	y, m, d, gregorian := gregorianDay(day)
	if clock != "" || day != s {
		off, ok := readClock(clock)
		if !ok {
			return rocdate.Date{}, perr("ImportCatalog", s, ErrSyntax, "datasets.syntax.time")
		}
		if off.zoned && gregorian {
			// The day in Taiwan: shift by the offset's distance from +08:00.
			if _, err := rocdate.New(y-1911, time.Month(m), d); err != nil {
				return rocdate.Date{}, err
			}
			t := time.Date(y, time.Month(m), d, off.hour, off.min, off.sec, 0, time.FixedZone("", off.offset)).In(taipei)
			y, m, d = t.Year(), int(t.Month()), t.Day()
		}
	}
	if gregorian {
		return rocdate.New(y-1911, time.Month(m), d)
	}
	return rocdate.Parse(day)
}

// taipei is Taiwan's time, UTC+8, without daylight saving.
var taipei = time.FixedZone("CST", 8*3600)

// gregorianDay reads yyyy-m-d or yyyy/m/d (month and day of one or two
// digits, the year past 1911).
func gregorianDay(s string) (y, m, d int, ok bool) {
	if len(s) < 8 || len(s) > 10 || s[4] != '-' && s[4] != '/' {
		return 0, 0, 0, false
	}
	sep := s[4]
	rest := s[5:]
	i := strings.IndexByte(rest, sep)
	if i < 1 || i > 2 || len(rest)-i-1 < 1 || len(rest)-i-1 > 2 {
		return 0, 0, 0, false
	}
	y, ok1 := digits(s[:4])
	m, ok2 := digits(rest[:i])
	d, ok3 := digits(rest[i+1:])
	if !ok1 || !ok2 || !ok3 || y <= 1911 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// clockTime is a time of day read by readClock.
type clockTime struct {
	hour, min, sec int
	zoned          bool // an offset was given
	offset         int  // seconds east of UTC
}

// readClock reads a time of day: h:mm or h:mm:ss (the hour of one or two
// digits), after 上午 or 下午 (12-hour, 1 to 12) or not (0 to 23), then
// ISO 8601's fractional seconds and offset (Z, +08:00, +0800, -05).
func readClock(s string) (clockTime, bool) {
	var c clockTime
	half := 0 // 1 上午, 2 下午
	for i, w := range [2]string{"上午", "下午"} {
		if rest, ok := strings.CutPrefix(s, w); ok {
			half, s = i+1, strings.TrimLeft(rest, " ")
		}
	}
	if half == 0 {
		// Excel may also write the half after the time: 10:00:00 上午.
		for i, w := range [2]string{" 上午", " 下午"} {
			if rest, ok := strings.CutSuffix(s, w); ok {
				half, s = i+1, rest
			}
		}
	}
	colon := strings.IndexByte(s, ':')
	if colon < 1 || colon > 2 {
		return c, false
	}
	h, ok := digits(s[:colon])
	if !ok {
		return c, false
	}
	s = s[colon+1:]
	if len(s) < 2 {
		return c, false
	}
	mi, ok := digits(s[:2])
	if !ok || mi > 59 {
		return c, false
	}
	s = s[2:]
	sec := 0
	if len(s) >= 3 && s[0] == ':' {
		if sec, ok = digits(s[1:3]); !ok || sec > 59 {
			return c, false
		}
		s = s[3:]
		if len(s) > 1 && (s[0] == '.' || s[0] == ',') {
			j := 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j == 1 {
				return c, false
			}
			s = s[j:]
		}
	}
	switch half {
	case 0:
		if h > 23 {
			return c, false
		}
	default:
		if h < 1 || h > 12 {
			return c, false
		}
		if h == 12 {
			h = 0
		}
		if half == 2 {
			h += 12
		}
	}
	c.hour, c.min, c.sec = h, mi, sec
	if s == "" {
		return c, true
	}
	if half != 0 {
		return c, false
	}
	return readOffset(c, s)
}

// readOffset reads an ISO 8601 offset: Z, +08, +0800 or +08:00.
func readOffset(c clockTime, s string) (clockTime, bool) {
	if s == "Z" {
		c.zoned = true
		return c, true
	}
	if s[0] != '+' && s[0] != '-' {
		return c, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	s = s[1:]
	var hh, mm string
	switch {
	case len(s) == 2:
		hh = s
	case len(s) == 4:
		hh, mm = s[:2], s[2:]
	case len(s) == 5 && s[2] == ':':
		hh, mm = s[:2], s[3:]
	default:
		return c, false
	}
	oh, ok := digits(hh)
	if !ok || oh > 14 {
		return c, false
	}
	om := 0
	if mm != "" {
		if om, ok = digits(mm); !ok || om > 59 {
			return c, false
		}
	}
	c.zoned, c.offset = true, sign*(oh*3600+om*60)
	return c, true
}

// digits reads s, ASCII digits only.
func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, s != ""
}

// The columns of a delisting table.
const (
	delItem = iota
	delPublisher
	delTitle
	delReason
)

var delistingSpec = sheet.Spec{
	Columns: []sheet.Column{
		delItem:      {Name: "項次", Aliases: []string{"序號", "編號"}},
		delPublisher: {Name: "機關/單位", Aliases: []string{"機關(單位)", "機關", "單位", "提供機關", "申請機關"}, Required: true},
		delTitle:     {Name: "資料集名稱", Aliases: []string{"資料集"}, Required: true},
		delReason:    {Name: "下架原因", Aliases: []string{"原因", "申請下架原因"}, Required: true},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportDelistings reads a delisting table as the deck prints it: a
// header naming 機關/單位 (or 機關, 單位, 提供機關), 資料集名稱 and 下架原因,
// and perhaps 項次, in any order and below any title rows, then one request
// per row. 資料集名稱 carries the ID, 矯正署臺中戒治所法定預算(87010) (see
// [ParseRef]); 機關/單位 is any agency ([ParsePublisher]); 下架原因 is read
// by [ParseGrounds]; 項次 is a number, ASCII
// or Chinese, and may be blank. A blank 機關/單位 continues the one above,
// as merged cells do in the deck. Each request keeps its source Row.
//
// The required columns are 機關/單位, 資料集名稱 and 下架原因; 項次 is
// optional. The error is nil when every row was read, else an
// *ImportError whose *RowError values name each bad cell: a bad required
// cell is of severity finding.Error and its row is left out; a bad 項次 is
// a finding.Warning and the row is kept with Item 0. Every good row is
// returned, in order. A header without a required column is
// [ErrNoHeader]. [DelistingRecords] writes what ImportDelistings reads.
func ImportDelistings(rows [][]string) ([]Delisting, error) {
	var rd reader
	h, ok := rd.header(&delistingSpec, rows)
	if !ok {
		return nil, importError(rd.problems)
	}
	var out []Delisting
	publisher := ""
	for r := range h.Rows(rows) {
		n := rd.errors
		d := Delisting{Row: r.Num}
		if s := r.Cell(delItem); s != "" {
			item, err := numeral.Parse(s)
			switch {
			case errors.Is(err, numeral.ErrRange):
				rd.warn(h, r, delItem, perr("ImportDelistings", s, ErrRange, "datasets.range.item"))
			case err != nil || item < 1:
				rd.warn(h, r, delItem, perr("ImportDelistings", s, ErrSyntax, "datasets.syntax.item"))
			default:
				d.Item = item
			}
		}
		if s := r.Cell(delPublisher); s != "" {
			publisher = s
		}
		p, err := ParsePublisher(publisher)
		if err != nil {
			rd.add(&RowError{Row: r.Num, Column: h.Name(delPublisher), Input: publisher, Err: err})
		}
		d.Publisher = p
		ref, err := ParseRef(r.Cell(delTitle))
		if err != nil {
			rd.fail(h, r, delTitle, err)
		}
		d.Dataset = ref
		g, err := ParseGrounds(r.Cell(delReason))
		if err != nil {
			rd.fail(h, r, delReason, err)
		}
		d.Grounds = g
		if rd.errors == n {
			out = append(out, d)
		}
	}
	return out, importError(rd.problems)
}

// The columns of the open-count series.
const (
	serDate = iota
	serCount
	serIncrease
)

var seriesSpec = sheet.Spec{
	Columns: []sheet.Column{
		serDate:     {Name: "統計日期", Aliases: []string{"日期", "統計時間"}, Required: true},
		serCount:    {Name: "開放數量", Aliases: []string{"資料集數量", "數量"}, Required: true},
		serIncrease: {Name: "增加數量", Aliases: []string{"增減", "增加", "增減數量"}, Required: true},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportSeries reads the open-count series as the deck prints it: a
// header naming 統計日期, 開放數量 and 增加數量 in any order and below any
// title rows, then one point per row: 107/12/13, 2,168筆, 41筆. Dates take
// any form rocdate.Parse reads; counts any form [ParseCount] reads, the
// increase any form [ParseChange] reads. Each point keeps its source Row.
//
// Every column is required. The error is nil when every row was read,
// else an *ImportError: each bad cell (and a second row for one date, as
// [ErrDuplicate]) is a *RowError of severity finding.Error and its row is
// left out; a header without a column is [ErrNoHeader]; the series holds every good row, in
// date order. [Series.Records] writes what ImportSeries reads.
func ImportSeries(rows [][]string) (Series, error) {
	var rd reader
	h, ok := rd.header(&seriesSpec, rows)
	if !ok {
		return Series{}, importError(rd.problems)
	}
	var pts []Point
	seen := map[rocdate.Date]bool{}
	for r := range h.Rows(rows) {
		n := rd.errors
		d, err := rocdate.Parse(r.Cell(serDate))
		if err != nil {
			rd.fail(h, r, serDate, errtype.Wrap[pkg]("ImportSeries", r.Cell(serDate), err, ErrSyntax))
		} else if seen[d] {
			rd.fail(h, r, serDate, perr("ImportSeries", r.Cell(serDate), ErrDuplicate, "datasets.duplicate.date"))
		}
		count, err := ParseCount(r.Cell(serCount))
		if err != nil {
			rd.fail(h, r, serCount, err)
		}
		inc, err := ParseChange(r.Cell(serIncrease))
		if err != nil {
			rd.fail(h, r, serIncrease, err)
		}
		if rd.errors == n {
			seen[d] = true
			pts = append(pts, Point{Row: r.Num, Date: d, Count: count, Increase: inc})
		}
	}
	s, _ := NewSeries(pts...) // dates are unique and set here
	return s, importError(rd.problems)
}

// The columns of the per-publisher table: the fixed ones, and the two
// periods and the 迄今 column, whose headers vary.
const (
	tabGroup = iota
	tabName
	tabChange
	tabPrev
	tabCur
	tabSince
)

var tableSpec = sheet.Spec{
	Columns: []sheet.Column{
		tabGroup:  {Name: "群組", Aliases: []string{"組別", "類別"}, Required: true},
		tabName:   {Name: "機關(單位)", Aliases: []string{"單位", "機關", "機關/單位", "提供機關"}, Required: true},
		tabChange: {Name: "增減", Aliases: []string{"增減數量"}, Required: true},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportTable reads the per-publisher table in a long layout, one line
// per publisher instead of the deck's two side-by-side halves, as
// [Table.Records] writes it:
//
//	群組,機關(單位),110年第4季,111年第2季,增減,111.01.01 迄今
//	本部單位,統計處,321,325,+4,+4
//	...
//	,小計,877,891,+14,+14
//	所屬機關,矯正署,958,"1,050",+92,+92
//	...
//	,小計,"1,929","2,072",+143,+143
//	,合計,"2,806","2,963",+157,+157
//
// The header (below any title rows) names 群組, 機關(單位) (or 單位, 機關)
// and 增減; its two period columns are any text rocdate.ParseQuarter reads
// (the earlier is Prev), and the column whose header contains 迄今 is the
// change since the year's start. Columns may come in any order. 群組 is
// 本部單位 or 所屬機關 (單位, 機關 also do) and a blank 群組 continues the one
// above. 機關(單位) is a publisher's full or short name (any agency,
// [ParsePublisher], on rows before any 群組), 小計 for the
// group's subtotal, or 合計 (or 總計, with any spaces: 合　計) for the
// total. The figures take what [ParseCount] and [ParseChange] read. Each
// line keeps its source Row.
//
// The error is nil when every row was read, else an *ImportError: each
// bad cell (a blank or unreadable publisher, a publisher in the wrong
// group (another ministry's agency under 本部單位 or 所屬機關), a bad
// figure, a publisher, 小計 or 合計 given twice) is a *RowError of
// severity finding.Error and its row is left out; every good row is kept.
// Every column is required (群組, 機關(單位), the two periods, 增減 and
// 迄今): each figure is one a check adds up, so none is optional; a header
// without one is [ErrNoHeader].
func ImportTable(rows [][]string) (Table, error) {
	var rd reader
	var t Table
	spec, ok := tableColumns(&rd, rows, &t)
	if !ok {
		return Table{}, importError(rd.problems)
	}
	h, ok := rd.header(spec, rows)
	if !ok {
		return Table{}, importError(rd.problems)
	}
	group := NoGroup
	seen := map[Publisher]bool{}
	subtotals := map[Group]bool{}
	for r := range h.Rows(rows) {
		n := rd.errors
		name := r.Cell(tabName)
		key := sheet.Fold(name)
		isTotal := key == "合計" || key == "總計"
		if s := r.Cell(tabGroup); s != "" {
			g, err := ParseGroup(s)
			if err != nil && !isTotal {
				rd.fail(h, r, tabGroup, err)
			}
			group = g
		}
		var v [4]int
		for i, c := range [4]int{tabPrev, tabCur, tabChange, tabSince} {
			var err error
			if i < 2 {
				v[i], err = ParseCount(r.Cell(c))
			} else {
				v[i], err = ParseChange(r.Cell(c))
			}
			if err != nil {
				rd.fail(h, r, c, err)
			}
		}
		f := Figures{Prev: v[0], Cur: v[1], Change: v[2], SinceYearStart: v[3]}
		switch {
		case isTotal:
			if t.Total != nil {
				rd.fail(h, r, tabName, perr("ImportTable", name, ErrDuplicate, "datasets.duplicate.total", t.TotalRow))
			}
			if rd.errors == n {
				total := f
				t.Total, t.TotalRow = &total, r.Num
			}
			continue
		case key == "小計":
			if group == NoGroup {
				rd.fail(h, r, tabGroup, perr("ImportTable", r.Cell(tabGroup), ErrMissing, "datasets.missing.group"))
			} else if subtotals[group] {
				rd.fail(h, r, tabName, perr("ImportTable", name, ErrDuplicate, "datasets.duplicate.subtotal", group.String()))
			}
			if rd.errors == n {
				subtotals[group] = true
				t.Subtotals = append(t.Subtotals, Subtotal{Row: r.Num, Group: group, Figures: f})
			}
			continue
		}
		p, err := ParsePublisher(name)
		switch {
		case err != nil:
			rd.fail(h, r, tabName, err)
		case group != NoGroup && p.Group() != group:
			rd.fail(h, r, tabName, ErrWrongGroup)
		case seen[p]:
			rd.fail(h, r, tabName, perr("ImportTable", name, ErrDuplicate, "datasets.duplicate.publisher"))
		}
		if rd.errors == n {
			seen[p] = true
			t.Rows = append(t.Rows, TableRow{Row: r.Num, Publisher: p, Figures: f})
		}
	}
	return t, importError(rd.problems)
}

// tableColumns finds the header of the per-publisher table and the
// headers of its two period columns and its 迄今 column, setting t's
// periods, and returns the spec that reads them all. Problems with those
// columns are reported at the header's row.
func tableColumns(rd *reader, rows [][]string, t *Table) (*sheet.Spec, bool) {
	h, _ := tableSpec.Locate(rows)
	if !h.Complete() {
		return &tableSpec, true // rd.header reports what is missing
	}
	var periods []string
	var quarters []rocdate.Quarter
	since := ""
	for _, c := range rows[h.Row-1] {
		cell := sheet.Trim(c)
		if q, err := rocdate.ParseQuarter(cell); err == nil {
			if len(quarters) == 2 {
				rd.add(&RowError{Row: h.Row, Column: cell, Input: cell,
					Err: perr("ImportTable", cell, ErrDuplicate, "datasets.duplicate.third-period")})
				continue
			}
			periods = append(periods, cell)
			quarters = append(quarters, q)
		} else if strings.Contains(sheet.Fold(cell), "迄今") {
			if since != "" {
				rd.add(&RowError{Row: h.Row, Column: cell, Input: cell,
					Err: perr("ImportTable", cell, ErrDuplicate, "datasets.duplicate.since")})
				continue
			}
			since = cell
		}
	}
	bad := false
	if len(quarters) < 2 {
		rd.add(&RowError{Row: h.Row, Column: "季", Err: perr("ImportTable", "", ErrNoHeader, "datasets.missing.periods")})
		bad = true
	} else if quarters[0] == quarters[1] {
		rd.add(&RowError{Row: h.Row, Column: periods[1], Input: periods[1], Err: perr("ImportTable", periods[1], ErrDuplicate, "datasets.duplicate.period")})
		bad = true
	}
	if since == "" {
		rd.add(&RowError{Row: h.Row, Column: "迄今", Err: ErrNoHeader})
		bad = true
	}
	if bad {
		return nil, false
	}
	if quarters[1].Compare(quarters[0]) < 0 {
		quarters[0], quarters[1] = quarters[1], quarters[0]
		periods[0], periods[1] = periods[1], periods[0]
	}
	t.Prev, t.Cur = quarters[0], quarters[1]
	spec := tableSpec
	spec.Columns = append(spec.Columns[:tabChange+1:tabChange+1],
		sheet.Column{Name: periods[0], Required: true},
		sheet.Column{Name: periods[1], Required: true},
		sheet.Column{Name: since, Required: true})
	return &spec, true
}
