package requests

import (
	"strings"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/rocdate"
)

// The columns of requestSpec, in the order of [RequestHeaders].
const (
	colID = iota
	colReceived
	colCategory
	colDataset
	colSummary
	colReply
	colReplied
	colConcern
)

// requestSpec is the columns [ImportRequests] reads. Every column takes a
// remark after its header (收件日期（民國年月日）).
var requestSpec = sheet.Spec{
	Columns: []sheet.Column{
		{Name: "編號", Aliases: []string{"序號", "案號", "項次", "需求編號", "ID", "id"}, Required: true, Prefix: true},
		{Name: "收件日期", Aliases: []string{"收件日", "受理日期", "提出日期", "來信日期", "需求日期", "反映日期", "日期"}, Required: true, Prefix: true},
		{Name: "類別", Aliases: []string{"需求類別", "問題類別", "類型", "分類"}, Required: true, Prefix: true},
		{Name: "資料集", Aliases: []string{"資料集識別碼", "資料集編號", "資料集ID", "資料集id", "資料集名稱", "資料集代碼"}, Prefix: true},
		{Name: "內容", Aliases: []string{"需求內容", "摘要", "問題內容", "意見內容", "需求摘要", "反映內容"}, Prefix: true},
		{Name: "回應", Aliases: []string{"回應說明", "回覆", "回覆內容", "答覆", "回應內容", "處理情形", "辦理情形"}, Prefix: true},
		{Name: "回應日期", Aliases: []string{"回覆日期", "答覆日期", "回應日", "處理日期"}, Prefix: true},
		{Name: "議題性質", Aliases: []string{"性質", "議題類型", "問題性質", "涉及問題", "第10點", "設置要點第10點"}, Prefix: true},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// RequestHeaders returns the canonical headers [ImportRequests] reads, in
// the order [RequestRecords] writes them: 編號, 收件日期, 類別, 資料集, 內容,
// 回應, 回應日期, 議題性質.
func RequestHeaders() []string {
	return []string{"編號", "收件日期", "類別", "資料集", "內容", "回應", "回應日期", "議題性質"}
}

// ImportRequests reads requests from spreadsheet rows. Columns are found
// by their Chinese headers, in any order, title rows above the header
// skipped, blanks, punctuation and full-width forms ignored, a remark
// after a header allowed (收件日期（民國年月日）):
//
//	編號      (also 序號, 案號, 項次, 需求編號)        required, unique
//	收件日期  (also 收件日, 受理日期, 提出日期, 日期)   required, a date [rocdate.Parse] reads
//	類別      (also 需求類別, 問題類別, 類型, 分類)     required, see [ParseCategory]
//	資料集    (also 資料集識別碼, 資料集編號, 資料集名稱) optional: 87010, or a title ending in (87010)
//	內容      (also 需求內容, 摘要, 問題內容, 意見內容) optional
//	回應      (also 回應說明, 回覆, 回覆內容, 答覆)     optional
//	回應日期  (also 回覆日期, 答覆日期)                 optional, not before 收件日期
//	議題性質  (also 性質, 問題性質, 涉及問題)           optional, see [ParseConcern]
//
// Other columns are ignored and blank rows skipped. Each request keeps
// its source Row (1-based in rows).
//
// The error is nil exactly when every row was read; otherwise it is an
// [*ImportError] listing each bad cell as a [RowError] with its row and
// header. The required columns are 編號, 收件日期 and 類別: a row with one
// of them empty or bad (or an 編號 given before) is left out, its
// problems of Severity finding.Error. The others are optional: a bad
// 資料集, 回應日期 or 議題性質 is a finding.Warning and the row is kept with
// that value zero, so that no count moves because of it; a 回應日期
// before the 收件日期 is such a warning too (the request is kept and
// counted, with no reply date). A column named twice is
// reported at the header's row ([ErrDuplicate]) and its first cell is
// read; a header without one of the three required columns is reported
// ([ErrNoHeader], requests.no-header, for each) and no row is read. A bad date or dataset ID is a
// [*ParseError] holding rocdate's or datasets' sentinel, so that
// errors.Is matches both that sentinel and this package's.
func ImportRequests(rows [][]string) ([]Request, error) {
	var problems []*RowError
	h, hp := requestSpec.Locate(rows)
	for _, p := range hp {
		problems = append(problems, &RowError{Row: p.Row, Column: p.Column, Input: p.Input, Err: p.Err, Severity: finding.Error})
	}
	if !h.Complete() {
		return nil, &ImportError{Problems: problems}
	}
	var out []Request
	seen := make(map[string]int)
	for row := range h.Rows(rows) {
		dropped := false
		bad := func(c int, err error) {
			problems = append(problems, &RowError{Row: row.Num, Column: h.Name(c), Input: row.Cell(c), Err: err, Severity: finding.Error})
			dropped = true
		}
		warn := func(c int, err error) {
			problems = append(problems, &RowError{Row: row.Num, Column: h.Name(c), Input: row.Cell(c), Err: err, Severity: finding.Warning})
		}
		r := Request{Row: row.Num}
		r.ID = row.Cell(colID)
		switch {
		case r.ID == "":
			bad(colID, ErrMissing)
		case seen[r.ID] > 0:
			bad(colID, perr("ImportRequests", r.ID, ErrDuplicate, "requests.duplicate.id", seen[r.ID]))
		default:
			seen[r.ID] = row.Num
		}
		r.Received = importDate(row.Cell(colReceived), true, func(err error) { bad(colReceived, err) })
		if s := row.Cell(colCategory); s == "" {
			bad(colCategory, ErrMissing)
		} else if c, err := ParseCategory(s); err != nil {
			bad(colCategory, err)
		} else if !c.given() {
			bad(colCategory, ErrMissing)
		} else {
			r.Category = c
		}
		if s := row.Cell(colDataset); s != "" {
			ds, err := parseDatasetCell(s)
			if err != nil {
				warn(colDataset, err)
				ds = 0
			}
			r.Dataset = ds
		}
		r.Summary = row.Cell(colSummary)
		r.Reply = row.Cell(colReply)
		r.Replied = importDate(row.Cell(colReplied), false, func(err error) { warn(colReplied, err) })
		if !r.Replied.IsZero() && !r.Received.IsZero() && r.Replied.Before(r.Received) {
			warn(colReplied, perr("ImportRequests", row.Cell(colReplied), ErrRange, "requests.range.replied", r.Received.String()))
			r.Replied = rocdate.Date{}
		}
		if c, err := ParseConcern(row.Cell(colConcern)); err != nil {
			warn(colConcern, err)
		} else {
			r.Concern = c
		}
		if dropped {
			continue
		}
		out = append(out, r)
	}
	if problems != nil {
		return out, &ImportError{Problems: problems}
	}
	return out, nil
}

// importDate reads a date cell; an empty cell is the zero Date, reported
// as missing when required. A bad date is a *ParseError holding rocdate's
// sentinel and detail.
func importDate(s string, required bool, bad func(error)) rocdate.Date {
	if s == "" {
		if required {
			bad(ErrMissing)
		}
		return rocdate.Date{}
	}
	d, err := rocdate.Parse(s)
	if err != nil {
		bad(errtype.Wrap[pkg]("ImportRequests", s, err, ErrSyntax))
		return rocdate.Date{}
	}
	return d
}

// parseDatasetCell reads a dataset's ID from a cell: the ID alone (87010,
// full-width digits allowed), as [datasets.ParseID] reads it, or a title
// ending in the ID in brackets, 矯正署臺中戒治所法定預算(87010). A bad ID is
// a *ParseError holding datasets' sentinel.
func parseDatasetCell(s string) (datasets.ID, error) {
	f := strings.TrimSpace(fold(s))
	if strings.HasSuffix(f, ")") {
		if open := strings.LastIndexByte(f, '('); open >= 0 {
			f = strings.TrimSpace(f[open+1 : len(f)-1])
		}
	}
	id, err := datasets.ParseID(f)
	if err != nil {
		e := errtype.Wrap[pkg]("ImportRequests", s, err, ErrSyntax)
		if e.DetailCode() == "" { // datasets said nothing of what was wrong
			return 0, perr("ImportRequests", s, e.Err, "requests.syntax.dataset")
		}
		return 0, e
	}
	return id, nil
}

// RequestRecords returns requests as spreadsheet rows that
// [ImportRequests] reads back: the header of [RequestHeaders], then one
// row per request, dates in the 111年5月19日 form, the category and concern
// by their Chinese labels, the dataset as its ID (empty for none).
func RequestRecords(reqs []Request) [][]string {
	recs := make([][]string, 0, len(reqs)+1)
	recs = append(recs, RequestHeaders())
	for _, r := range reqs {
		ds := ""
		if r.Dataset != 0 {
			ds = r.Dataset.String()
		}
		recs = append(recs, []string{r.ID, r.Received.String(), r.Category.String(), ds, r.Summary, r.Reply, r.Replied.String(), r.Concern.String()})
	}
	return recs
}
