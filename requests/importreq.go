package requests

import (
	"fmt"
	"strings"

	"github.com/ogdtw/governance/rocdate"
)

// field names a column [ImportRequests] reads.
type field uint8

const (
	fieldNone field = iota
	fieldID
	fieldReceived
	fieldCategory
	fieldDataset
	fieldSummary
	fieldReply
	fieldReplied
	fieldConcern
)

// requestHeaders maps normalised header spellings to fields.
var requestHeaders = map[string]field{
	"編號": fieldID, "序號": fieldID, "案號": fieldID, "項次": fieldID, "需求編號": fieldID, "id": fieldID,
	"收件日期": fieldReceived, "收件日": fieldReceived, "受理日期": fieldReceived, "提出日期": fieldReceived,
	"來信日期": fieldReceived, "需求日期": fieldReceived, "反映日期": fieldReceived, "日期": fieldReceived,
	"類別": fieldCategory, "需求類別": fieldCategory, "問題類別": fieldCategory, "類型": fieldCategory, "分類": fieldCategory,
	"資料集": fieldDataset, "資料集識別碼": fieldDataset, "資料集編號": fieldDataset, "資料集id": fieldDataset,
	"資料集名稱": fieldDataset, "資料集代碼": fieldDataset,
	"內容": fieldSummary, "需求內容": fieldSummary, "摘要": fieldSummary, "問題內容": fieldSummary,
	"意見內容": fieldSummary, "需求摘要": fieldSummary, "反映內容": fieldSummary,
	"回應": fieldReply, "回應說明": fieldReply, "回覆": fieldReply, "回覆內容": fieldReply, "答覆": fieldReply,
	"回應內容": fieldReply, "處理情形": fieldReply, "辦理情形": fieldReply,
	"回應日期": fieldReplied, "回覆日期": fieldReplied, "答覆日期": fieldReplied, "回應日": fieldReplied, "處理日期": fieldReplied,
	"議題性質": fieldConcern, "性質": fieldConcern, "議題類型": fieldConcern, "問題性質": fieldConcern,
	"涉及問題": fieldConcern, "第10點": fieldConcern, "設置要點第10點": fieldConcern,
}

// headerField returns the field a header names: its spelling in
// requestHeaders, or that spelling followed by a remark in brackets
// (收件日期（民國年月日）).
func headerField(cell string) field {
	key := normalizeLabel(cell)
	if f, ok := requestHeaders[key]; ok {
		return f
	}
	if strings.HasSuffix(key, ")") {
		if open := strings.IndexByte(key, '('); open > 0 {
			return requestHeaders[key[:open]]
		}
	}
	return fieldNone
}

// RequestHeaders returns the canonical headers [ImportRequests] reads, in
// the order [RequestRecords] writes them: 編號, 收件日期, 類別, 資料集, 內容,
// 回應, 回應日期, 議題性質.
func RequestHeaders() []string {
	return []string{"編號", "收件日期", "類別", "資料集", "內容", "回應", "回應日期", "議題性質"}
}

// ImportRequests reads requests from spreadsheet rows. The first record
// that is not blank is the header; columns are found by their Chinese
// headers, in any order, spaces and full-width forms ignored:
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
// A remark in brackets after a header is ignored (收件日期（民國年月日）);
// other columns are ignored. Each bad cell is a [Problem] with its record
// number (the first record is 1) and header, all returned together in an
// [*ImportError]; a row with a problem is left out and every good row is
// returned. Blank records are skipped. A header without the three
// required columns is reported and nothing is read.
func ImportRequests(records [][]string) ([]Request, error) {
	var problems []Problem
	h := 0
	for h < len(records) && blankRecord(records[h]) {
		h++
	}
	if h == len(records) {
		return nil, &ImportError{Problems: []Problem{{Row: 1, Err: &ParseError{What: "header", Err: ErrMissing}}}}
	}
	var col [fieldConcern + 1]int
	var name [fieldConcern + 1]string
	for i := range col {
		col[i] = -1
	}
	for k, cell := range records[h] {
		f := headerField(cell)
		if f == fieldNone {
			continue
		}
		if col[f] >= 0 {
			problems = append(problems, Problem{Row: h + 1, Column: cell, Input: cell, Err: &ParseError{What: "header", Input: cell, Err: ErrDuplicate}})
			continue
		}
		col[f], name[f] = k, strings.TrimSpace(cell)
	}
	for _, f := range []field{fieldID, fieldReceived, fieldCategory} {
		if col[f] < 0 {
			want := RequestHeaders()[f-1]
			problems = append(problems, Problem{Row: h + 1, Column: want, Err: &ParseError{What: "header", Input: want, Err: ErrMissing}})
		}
	}
	if problems != nil {
		return nil, &ImportError{Problems: problems}
	}
	var out []Request
	seen := make(map[string]int)
	for i := h + 1; i < len(records); i++ {
		rec := records[i]
		if blankRecord(rec) {
			continue
		}
		num := i + 1
		before := len(problems)
		cell := func(f field) string {
			if col[f] < 0 || col[f] >= len(rec) {
				return ""
			}
			return strings.TrimSpace(rec[col[f]])
		}
		bad := func(f field, err error) {
			problems = append(problems, Problem{Row: num, Column: name[f], Input: cell(f), Err: err})
		}
		var r Request
		r.ID = cell(fieldID)
		switch {
		case r.ID == "":
			bad(fieldID, &ParseError{What: "ID", Err: ErrMissing})
		case seen[r.ID] > 0:
			bad(fieldID, &ParseError{What: "ID", Input: r.ID, Err: ErrDuplicate})
		}
		r.Received = importDate(cell(fieldReceived), true, func(err error) { bad(fieldReceived, err) })
		if s := cell(fieldCategory); s == "" {
			bad(fieldCategory, &ParseError{What: "category", Err: ErrMissing})
		} else if c, err := ParseCategory(s); err != nil {
			bad(fieldCategory, err)
		} else {
			r.Category = c
		}
		if s := cell(fieldDataset); s != "" {
			id, err := ParseDatasetID(s)
			if err != nil {
				bad(fieldDataset, err)
			}
			r.Dataset = id
		}
		r.Summary = cell(fieldSummary)
		r.Reply = cell(fieldReply)
		r.Replied = importDate(cell(fieldReplied), false, func(err error) { bad(fieldReplied, err) })
		if !r.Replied.IsZero() && !r.Received.IsZero() && r.Replied.Before(r.Received) {
			bad(fieldReplied, &ParseError{What: "date", Input: cell(fieldReplied),
				Err: fmt.Errorf("before the receipt date %s: %w", r.Received, ErrRange)})
		}
		if c, err := ParseConcern(cell(fieldConcern)); err != nil {
			bad(fieldConcern, err)
		} else {
			r.Concern = c
		}
		if len(problems) > before {
			continue
		}
		seen[r.ID] = num
		out = append(out, r)
	}
	if problems != nil {
		return out, &ImportError{Problems: problems}
	}
	return out, nil
}

// importDate reads a date cell; an empty cell is the zero Date, reported
// as missing when required.
func importDate(s string, required bool, bad func(error)) rocdate.Date {
	if s == "" {
		if required {
			bad(&ParseError{What: "date", Err: ErrMissing})
		}
		return rocdate.Date{}
	}
	d, err := rocdate.Parse(s)
	if err != nil {
		bad(err)
		return rocdate.Date{}
	}
	return d
}

// ParseDatasetID reads a data.gov.tw dataset ID from a cell: the ID alone
// (87010, full-width digits allowed) or a title ending in the ID in
// brackets, 矯正署臺中戒治所法定預算(87010). The ID must be 1 to 999999999.
func ParseDatasetID(s string) (int, error) {
	f := strings.TrimSpace(fold(s))
	if strings.HasSuffix(f, ")") {
		if open := strings.LastIndexByte(f, '('); open >= 0 {
			f = strings.TrimSpace(f[open+1 : len(f)-1])
		}
	}
	if f == "" || len(f) > 9 {
		return 0, &ParseError{What: "dataset", Input: s, Err: ErrSyntax}
	}
	n := 0
	for i := 0; i < len(f); i++ {
		if f[i] < '0' || f[i] > '9' {
			return 0, &ParseError{What: "dataset", Input: s, Err: ErrSyntax}
		}
		n = n*10 + int(f[i]-'0')
	}
	if n == 0 {
		return 0, &ParseError{What: "dataset", Input: s, Err: ErrRange}
	}
	return n, nil
}

// RequestRecords returns requests as spreadsheet rows that
// [ImportRequests] reads back: the header of [RequestHeaders], then one
// record per request, dates in the 111年5月19日 form, the category and
// concern by their Chinese labels, the dataset as its ID (empty for none).
func RequestRecords(reqs []Request) [][]string {
	recs := make([][]string, 0, len(reqs)+1)
	recs = append(recs, RequestHeaders())
	for _, r := range reqs {
		ds := ""
		if r.Dataset != 0 {
			ds = itoa(r.Dataset)
		}
		recs = append(recs, []string{r.ID, r.Received.String(), r.Category.String(), ds, r.Summary, r.Reply, r.Replied.String(), r.Concern.String()})
	}
	return recs
}
