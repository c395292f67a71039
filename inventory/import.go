package inventory

import (
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/inventory/law"
)

// The columns ImportRecords reads, by their index in recordSpec.
const (
	colSerial = iota
	colName
	colDescription
	colItems
	colClass
	colUnit
	colNote
	colGrounds
	colConditions
	numCols // the number of columns
)

// recordSpec lists the columns of a 盤點表: the header documents write and
// the others accepted. Every column may go on after its name, as 資料分類
// does in the deck (資料分類 甲類:開放資料 …).
var recordSpec = sheet.Spec{
	Columns: []sheet.Column{
		colSerial:      {Name: "序號", Aliases: []string{"編號", "項次"}, Required: true, Prefix: true},
		colName:        {Name: "系統、資料庫名稱", Aliases: []string{"系統名稱", "資料庫名稱"}, Required: true, Prefix: true},
		colDescription: {Name: "系統、資料庫描述", Aliases: []string{"系統描述", "資料庫描述"}, Prefix: true},
		colItems:       {Name: "蒐集資料項目", Aliases: []string{"收集資料項目", "資料項目"}, Prefix: true},
		colClass:       {Name: "資料分類", Aliases: []string{"資料分級", "分類"}, Required: true, Prefix: true},
		colUnit:        {Name: "管理單位", Aliases: []string{"權責單位", "業管單位"}, Required: true, Prefix: true},
		colNote:        {Name: "修正說明", Aliases: []string{"備註"}, Prefix: true},
		colGrounds:     {Name: "法令依據", Aliases: []string{"法源依據", "法規依據", "不開放或有限度利用之法令依據", "限制開放依據", "不開放依據"}, Prefix: true},
		colConditions:  {Name: "利用條件", Aliases: []string{"使用條件", "申請條件", "有限度利用條件"}, Prefix: true},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// headerProblems makes the header problems of sheet.Spec.Locate this
// package's RowErrors.
func headerProblems(ps []sheet.Problem) []*RowError {
	out := make([]*RowError, 0, len(ps))
	for _, p := range ps {
		out = append(out, &RowError{Row: p.Row, Column: p.Column, Input: p.Input, Err: p.Err, Severity: finding.Error})
	}
	return out
}

// ImportRecords reads the records of a 盤點表 from spreadsheet rows, as
// encoding/csv gives them. It finds the header row by its Chinese names,
// whatever the column order, with any spaces, line breaks or full-width
// punctuation in them and a byte-order mark before the first: 序號,
// 系統、資料庫名稱, 資料分類 and 管理單位 are required; 系統、資料庫描述,
// 蒐集資料項目, 修正說明 (備註), 法令依據 (法源依據) and 利用條件 are read
// when present. Rows above the header (the title) and blank rows are
// skipped.
//
// An optional column the header lacks is unknown, not empty: each record
// holds it in [Record.Unknown], so that no rule reading it is applied
// ([Inventory.Unchecked] lists them) and [Diff] tells no change of it.
// The deck's record excerpt, without 法令依據 and 利用條件, gives records
// whose grounds are unknown; a 法令依據 column with an empty cell gives a
// record known to have none.
//
// 蒐集資料項目 is split into items with [SplitItems]; 法令依據 is split into
// grounds as [ParseGrounds] splits a cell, and each ground's citations are
// parsed here, once (a ground that does not parse is kept with its Err,
// for Validate to report). 資料分類 is read with ParseClass;
// an empty class is left Unclassified for Validate to report. Each record
// keeps its source Row.
//
// The error is nil exactly when every row was read. Otherwise it is an
// *ImportError with a *RowError for each problem: a required column the
// header does not name (ErrNoHeader) or a column named twice (at the
// header's row), a 序號 missing (ErrMissing), not a number (ErrSyntax) or
// out of range (ErrRange), a class that is not one (a *ParseError), a
// cell longer than [MaxCell] (a *ParseError wrapping ErrTooLarge, with the
// cell's first 64 bytes as Input). The required columns are 序號,
// 系統、資料庫名稱, 資料分類 and 管理單位: a row with a bad required cell is
// left out (Severity finding.Error). A bad optional cell (系統、資料庫描述,
// 蒐集資料項目, 修正說明, 法令依據, 利用條件 past MaxCell) keeps its row,
// with that value empty (Severity finding.Warning). Every good row is
// returned. The cost is linear in the size of the rows.
func ImportRecords(rows [][]string) ([]Record, error) {
	h, hp := recordSpec.Locate(rows)
	bad := headerProblems(hp)
	if !h.Complete() {
		return nil, importError(bad)
	}
	unknown := absentFields(h)
	recs := make([]Record, 0, len(rows)-h.Row)
	var (
		pool    stringPool // the items and grounds of many records share an array
		grounds groundPool
	)
	for row := range h.Rows(rows) {
		var v [numCols]string // the row's cells, trimmed
		ok := true
		for c := range v {
			if v[c] = trimCell(row.Raw(c)); len(v[c]) > MaxCell {
				e := rowError(h, row.Num, c, head(v[c]), tooLarge("ImportRecords", v[c]))
				if recordSpec.Columns[c].Required {
					ok = false
				} else {
					e.Severity, v[c] = finding.Warning, "" // an optional cell: the row is kept
				}
				bad = append(bad, e)
			}
		}
		if !ok {
			continue
		}
		serial, class := 0, Unclassified
		if s := v[colSerial]; s == "" {
			bad, ok = append(bad, rowError(h, row.Num, colSerial, s, ErrMissing)), false
		} else if n, err := parseSerial(s); err != nil {
			bad, ok = append(bad, rowError(h, row.Num, colSerial, s, err)), false
		} else {
			serial = n
		}
		if s := v[colClass]; s != "" {
			c, err := ParseClass(s)
			if err != nil {
				bad, ok = append(bad, rowError(h, row.Num, colClass, s, err)), false
			}
			class = c
		}
		if !ok {
			continue
		}
		recs = recs[:len(recs)+1] // zeroed by make: filled in place
		r := &recs[len(recs)-1]
		r.Row, r.Serial, r.Class = row.Num, serial, class
		r.Name, r.Description = v[colName], v[colDescription]
		r.Items = pool.add(appendItems, v[colItems])
		r.Grounds = grounds.add(pool.add(law.AppendSplitCitations, v[colGrounds]))
		r.Conditions, r.Unit, r.Note = v[colConditions], v[colUnit], v[colNote]
		r.Unknown = unknown
	}
	return recs, importError(bad)
}

// A stringPool holds the strings of many records in one array, so that
// importing a row costs no allocation for its items or grounds.
type stringPool struct{ buf []string }

// add appends what split gives for s to the pool and returns it as a
// slice of its own capacity (appending to it copies), nil when empty.
func (p *stringPool) add(split func([]string, string) []string, s string) []string {
	if s == "" {
		return nil
	}
	if cap(p.buf)-len(p.buf) < 64 {
		p.buf = make([]string, 0, 4096)
	}
	start := len(p.buf)
	p.buf = split(p.buf, s)
	if len(p.buf) == start {
		return nil
	}
	return p.buf[start:len(p.buf):len(p.buf)]
}

// A groundPool holds the grounds of many records in one array.
type groundPool struct{ buf []Ground }

// add returns the grounds of the pieces, each parsed, as a slice of its
// own capacity; nil for none.
func (p *groundPool) add(pieces []string) []Ground {
	if len(pieces) == 0 {
		return nil
	}
	if cap(p.buf)-len(p.buf) < len(pieces) {
		p.buf = make([]Ground, 0, max(1024, len(pieces)))
	}
	start := len(p.buf)
	for _, s := range pieces {
		p.buf = append(p.buf, NewGround(s))
	}
	return p.buf[start:len(p.buf):len(p.buf)]
}

// optionalFields are the optional columns, by their index in recordSpec,
// and the fields they give.
var optionalFields = [...]struct {
	col   int
	field Field
}{
	{colDescription, FieldDescription},
	{colItems, FieldItems},
	{colNote, FieldNote},
	{colGrounds, FieldGrounds},
	{colConditions, FieldConditions},
}

// absentFields returns the fields of the optional columns h lacks.
func absentFields(h sheet.Header) FieldSet {
	var s FieldSet
	for _, o := range optionalFields {
		if !h.Has(o.col) {
			s = s.With(o.field)
		}
	}
	return s
}

// rowError returns the problem of column c of row num.
func rowError(h sheet.Header, num, c int, input string, err error) *RowError {
	return &RowError{Row: num, Column: h.Name(c), Input: input, Err: err, Severity: finding.Error}
}

// trimCell returns a cell's text trimmed as sheet.Trim trims it, without
// a call when it starts and ends with ASCII or a CJK ideograph, as most
// cells do.
func trimCell(s string) string {
	n := len(s)
	if n == 0 || (s[0] > ' ' && s[0] < 0x80 || n >= 3 && wide(s[0], s[1], s[2])) &&
		(s[n-1] > ' ' && s[n-1] < 0x80 || n >= 3 && wide(s[n-3], s[n-2], s[n-1])) {
		return s
	}
	return sheet.Trim(s)
}

// wide reports whether a, b, c encode a rune from U+3001 to U+FFFF other
// than U+FEFF, the byte-order mark: CJK text and punctuation, full-width
// forms, none of them blank.
func wide(a, b, c byte) bool {
	return a >= 0xE3 && a <= 0xEF && b&0xC0 == 0x80 && c&0xC0 == 0x80 &&
		!(a == 0xE3 && b == 0x80 && c == 0x80) && !(a == 0xEF && b == 0xBB && c == 0xBF)
}

// parseSerial reads a 序號: ASCII, full-width or Chinese digits, with an
// optional final dot, from 1 to maxSerial.
func parseSerial(s string) (int, error) {
	t := strings.TrimSuffix(s, ".")
	n, ok := 0, t != ""
	for i := 0; i < len(t) && ok; i++ { // the common case, without a call
		if c := t[i]; c >= '0' && c <= '9' && n <= maxSerial {
			n = n*10 + int(c-'0')
		} else {
			ok = false
		}
	}
	if !ok {
		var err error
		if n, err = numeral.Parse(t); err != nil {
			return 0, perr("ImportRecords", s, ErrSyntax, "inventory.syntax.number")
		}
	}
	if n == 0 || n > maxSerial {
		return 0, perr("ImportRecords", s, ErrRange, "inventory.range.serial", n)
	}
	return n, nil
}

// maxSerial bounds 序號.
const maxSerial = 1_000_000

// tooLarge returns the error of a cell longer than MaxCell.
func tooLarge(fn, cell string) *ParseError {
	return perr(fn, head(cell), ErrTooLarge, "inventory.too-large.cell", len(cell), MaxCell)
}

// head returns the first 64 bytes of a long cell, cut at a rune.
func head(s string) string {
	n := min(64, len(s))
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
