package inventory

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/ogdtw/governance/internal/numeral"
)

// ErrNoHeader reports rows in which no header row names the required
// columns.
var ErrNoHeader = errors.New("no header row")

// ErrMissing reports a required cell left empty.
var ErrMissing = errors.New("missing value")

// Column names a column the importer reads, by its canonical header.
type column uint8

const (
	colSerial column = iota
	colName
	colDescription
	colItems
	colClass
	colUnit
	colNote
	colGrounds
	colConditions
	numColumns
)

// headers lists, per column, the canonical header and the other headers
// accepted, folded as foldHeader folds them. A header matches when its
// folded text starts with one of these.
var headers = [numColumns]struct {
	name    string
	accepts []string
}{
	colSerial:      {"序號", []string{"序號", "編號", "項次"}},
	colName:        {"系統、資料庫名稱", []string{"系統資料庫名稱", "系統名稱", "資料庫名稱"}},
	colDescription: {"系統、資料庫描述", []string{"系統資料庫描述", "系統描述", "資料庫描述"}},
	colItems:       {"蒐集資料項目", []string{"蒐集資料項目", "收集資料項目", "資料項目"}},
	colClass:       {"資料分類", []string{"資料分類", "資料分級", "分類"}},
	colUnit:        {"管理單位", []string{"管理單位", "權責單位", "業管單位"}},
	colNote:        {"修正說明", []string{"修正說明", "備註"}},
	colGrounds:     {"法令依據", []string{"法令依據", "法源依據", "法規依據", "不開放或有限度利用之法令依據", "限制開放依據", "不開放依據"}},
	colConditions:  {"利用條件", []string{"利用條件", "使用條件", "申請條件", "有限度利用條件"}},
}

// required are the columns without which rows cannot be read.
var required = [...]column{colSerial, colName, colClass, colUnit}

// foldHeader removes blanks, line breaks and punctuation from a header, so
// 系統/資料庫 名稱, 系統、資料庫\n名稱 and 系統，資料庫名稱 all read 系統資料庫名稱.
func foldHeader(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return -1
		}
		return r
	}, s)
}

// RowError is a problem with one row of an imported table: its row number
// (1-based, as a spreadsheet counts, header included), the column, the
// cell's text and what is wrong. It wraps ErrSyntax, ErrRange, ErrMissing
// or ErrNoHeader.
type RowError struct {
	Row    int    // 1-based row number in the rows given
	Column string // canonical header of the column, 序號
	Input  string // the cell's text
	Err    error  // what is wrong; wraps a sentinel of this package
}

// Error returns the message, quoting the cell.
func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("inventory: row %d: %v", e.Row, e.Err)
	}
	return fmt.Sprintf("inventory: row %d, column %s: %q: %s", e.Row, e.Column, e.Input, strings.TrimPrefix(e.Err.Error(), "inventory: "))
}

// Unwrap returns the underlying error.
func (e *RowError) Unwrap() error { return e.Err }

// ImportRows reads the records of a 盤點表 from spreadsheet rows, as
// encoding/csv gives them. It finds the header row by its Chinese names,
// whatever the column order and with any spaces, line breaks or full-width
// punctuation in them: 序號, 系統、資料庫名稱, 資料分類 and 管理單位 are
// required; 系統、資料庫描述, 蒐集資料項目, 修正說明, and the optional 法令依據
// (法源依據) and 利用條件 are read when present. Rows above the header (the
// title) and blank rows are skipped.
//
// 蒐集資料項目 is split into items at line breaks, ；, enumerations (一、 1.
// (1)) and 、 outside brackets; 法令依據 is split into grounds as
// ParseCitations splits a cell. 資料分類 is read with ParseClass; an empty
// class is left Unclassified for Validate to report.
//
// ImportRows returns the good records and a *RowError for each bad cell
// (a 序號 that is not a number, a class that is not one); a row with a bad
// cell is left out, every other row is kept. The error is non-nil only when
// no header row is found, and then wraps ErrNoHeader.
func ImportRows(rows [][]string) ([]Record, []*RowError, error) {
	h, cols, err := findHeader(rows)
	if err != nil {
		return nil, nil, err
	}
	recs := make([]Record, 0, len(rows)-h-1)
	var bad []*RowError
	for i := h + 1; i < len(rows); i++ {
		row := rows[i]
		cell := func(c column) string {
			if k := cols[c]; k >= 0 && k < len(row) {
				return strings.TrimSpace(row[k])
			}
			return ""
		}
		if blankRow(row) {
			continue
		}
		var r Record
		ok := true
		fail := func(c column, err error) {
			bad = append(bad, &RowError{Row: i + 1, Column: headers[c].name, Input: cell(c), Err: err})
			ok = false
		}
		if s := cell(colSerial); s == "" {
			fail(colSerial, ErrMissing)
		} else if n, err := numeral.Parse(strings.TrimSuffix(s, ".")); err != nil {
			fail(colSerial, fmt.Errorf("not a number: %w", ErrSyntax))
		} else if n == 0 || n > maxSerial {
			fail(colSerial, fmt.Errorf("serial %d out of range: %w", n, ErrRange))
		} else {
			r.Serial = n
		}
		if s := cell(colClass); s != "" {
			c, err := ParseClass(s)
			if err != nil {
				fail(colClass, err)
			}
			r.Class = c
		}
		if !ok {
			continue
		}
		r.Name = cell(colName)
		r.Description = cell(colDescription)
		r.Items = SplitItems(cell(colItems))
		r.Grounds = splitCitations(cell(colGrounds))
		r.Conditions = cell(colConditions)
		r.Unit = cell(colUnit)
		r.Note = cell(colNote)
		recs = append(recs, r)
	}
	return recs, bad, nil
}

// maxSerial bounds 序號.
const maxSerial = 1_000_000

func blankRow(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// findHeader returns the index of the header row and each column's index
// in it (-1 when absent).
func findHeader(rows [][]string) (int, [numColumns]int, error) {
	var cols [numColumns]int
	best, bestMissing := -1, []string(nil)
	for i, row := range rows {
		for c := range cols {
			cols[c] = -1
		}
		for k, cell := range row {
			f := foldHeader(cell)
			if f == "" {
				continue
			}
			if c, ok := matchHeader(f); ok && cols[c] < 0 {
				cols[c] = k
			}
		}
		var missing []string
		found := 0
		for _, c := range required {
			if cols[c] < 0 {
				missing = append(missing, headers[c].name)
			} else {
				found++
			}
		}
		if len(missing) == 0 {
			return i, cols, nil
		}
		if found >= 2 && (best < 0 || len(missing) < len(bestMissing)) {
			best, bestMissing = i, missing
		}
	}
	if best >= 0 {
		return -1, cols, &RowError{Row: best + 1, Err: fmt.Errorf("header lacks %s: %w", strings.Join(bestMissing, ", "), ErrNoHeader)}
	}
	return -1, cols, &RowError{Row: 0, Err: fmt.Errorf("none of %d rows names 序號, 系統、資料庫名稱, 資料分類 and 管理單位: %w", len(rows), ErrNoHeader)}
}

// matchHeader finds the column a folded header names. Longer, more
// specific names are tried before shorter ones (資料庫名稱 before 分類).
func matchHeader(f string) (column, bool) {
	best, bestLen := column(0), 0
	for c := range numColumns {
		for _, a := range headers[c].accepts {
			if strings.HasPrefix(f, a) && len(a) > bestLen {
				best, bestLen = c, len(a)
			}
		}
	}
	return best, bestLen > 0
}

// SplitItems splits a 蒐集資料項目 cell into its items: at line breaks and
// ；, at enumerations (一、 1. (1) （一）) that start an item, and at 、 and ，
// outside brackets. Each item is trimmed; empty ones are dropped. 一、檢察統計
// (1.偵查新收件數、2.執行裁判確定人數) is one item, 檢察統計(…), since its 、
// are inside brackets.
func SplitItems(s string) []string {
	var out []string
	for _, line := range strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '；' || r == ';'
	}) {
		depth, start := 0, 0
		emit := func(end int) {
			if t := strings.TrimSpace(stripBullet(strings.TrimSpace(line[start:end]))); t != "" {
				out = append(out, t)
			}
		}
		for i, r := range line {
			switch r {
			case '(', '（', '[', '【', '「', '《':
				depth++
			case ')', '）', ']', '】', '」', '》':
				if depth > 0 {
					depth--
				}
			case '、', '，', ',':
				if depth == 0 && !enumerationBefore(line[start:i]) {
					emit(i)
					start = i + len(string(r))
				}
			case ' ', '\u3000':
				// A blank followed by an enumeration starts a new item.
				if depth == 0 && enumerationAt(line[i+len(string(r)):]) {
					emit(i)
					start = i
				}
			}
		}
		emit(len(line))
	}
	return out
}

// enumerationBefore reports whether s, the text since the last split, is
// only an enumeration number (the 一 of 一、).
func enumerationBefore(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && numeral.Span(s) == len(s)
}

// enumerationAt reports whether s starts with an enumeration: 一、, 1. or
// (1).
func enumerationAt(s string) bool {
	s = strings.TrimLeft(s, " \u3000")
	return s != "" && stripBullet(s) != s && !strings.HasPrefix(s, "-") && !strings.HasPrefix(s, "*")
}
