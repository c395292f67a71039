package actions

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/sheet"
	"golang.org/x/text/language"
)

// Outline is a meeting's own outline (大綱), as the deck prints it before
// each section: 一、上次會議決議事項辦理情形, 二、報告事項 with its
// (一)…(四), 三、臨時動議. Meeting and Unit (報告單位, 資訊處) are the
// caller's to set; [ImportOutline] reads the parts.
type Outline struct {
	Meeting Meeting `json:"meeting,omitzero"`
	Unit    string  `json:"unit,omitempty"`
	Parts   []Part  `json:"parts"`
}

// Part is one part of an outline: its number as the deck writes it (一
// for a part, (一) for a part within one), its title, and the parts within
// it. A part with no parts within, such as 三、臨時動議 when nothing was
// moved, has none.
type Part struct {
	Number string `json:"number"`
	Title  string `json:"title"`
	Parts  []Part `json:"parts,omitempty"`
}

// Part returns the part numbered number: 二 for a part, 二(三), 二、(三)
// or 二（三） for the third part within 二; false if the outline has none.
func (o Outline) Part(number string) (Part, bool) {
	top, sub, err := parsePartNumber(number)
	if err != nil || top == 0 {
		return Part{}, false
	}
	for _, p := range o.Parts {
		if n, _ := numeral.Parse(p.Number); n != top {
			continue
		}
		if sub == 0 {
			return p, true
		}
		for _, q := range p.Parts {
			if n, _ := numeral.Parse(strings.Trim(q.Number, "()")); n == sub {
				return q, true
			}
		}
		return Part{}, false
	}
	return Part{}, false
}

// String returns the outline as Message does in Chinese.
func (o Outline) String() string { return o.Message(finding.Chinese) }

// Message returns the outline as the deck prints it, in the language
// nearest to t: the meeting, the reporting unit (報告單位：資訊處), 大綱,
// then one line per part (一、上次會議決議事項辦理情形) with the parts
// within indented (（一）…). In English the numbers are digits (1. …,
// (1) …); titles are quoted as written. Lines end with a newline.
func (o Outline) Message(t language.Tag) string {
	var b strings.Builder
	if !o.Meeting.IsZero() {
		b.WriteString(o.Meeting.Message(t))
		b.WriteByte('\n')
	}
	if o.Unit != "" {
		b.WriteString(i18n.Sprintf(t, "actions.outline.unit", o.Unit))
		b.WriteByte('\n')
	}
	b.WriteString(i18n.Sprintf(t, "actions.outline"))
	b.WriteByte('\n')
	english := i18n.Match(t) != i18n.Match(finding.Chinese)
	num := func(s string) string {
		s = strings.Trim(s, "()")
		if n, err := numeral.Parse(s); err == nil && english {
			return itoa(n)
		}
		return s
	}
	for _, p := range o.Parts {
		b.WriteString(i18n.Sprintf(t, "actions.outline.part", num(p.Number), p.Title))
		b.WriteByte('\n')
		for _, q := range p.Parts {
			b.WriteString(i18n.Sprintf(t, "actions.outline.subpart", num(q.Number), q.Title))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// Column headers of the rows [ImportOutline] reads, one row per part.
const (
	ColOutline = "大綱" // required: the part's number: 一, 二(一), 二、(一), （一）
	ColTitle   = "標題" // required: the part's title
)

var outlineSpec = sheet.Spec{
	Columns: []sheet.Column{
		{Name: ColOutline, Aliases: []string{"項次", "編號", "章節", "大綱編號"}, Required: true},
		{Name: ColTitle, Aliases: []string{"名稱", "項目", "內容", "主題"}, Required: true},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportOutline reads a meeting's outline from table rows, one row per
// part, with the headers 大綱 (項次, 編號, 章節, 大綱編號) and 標題 (名稱,
// 項目, 內容, 主題), found as every importer finds them (any order, title
// rows skipped, byte-order mark dropped, blank rows skipped). A number is
// a part (一, 二、, 2) or a part within one: 二(一), 二、(一), 二（一）, or
// (一) and （一） alone for a part within the last part given. Numbers may
// be Chinese numerals, ASCII or full-width digits, and are written back
// as the deck writes them (一, (一)). HTML tags in a cell are dropped.
//
// Problems are *RowError values in an [*ImportError], each of
// finding.Error severity (both columns are required): a column the header
// lacks (ErrNoHeader), a cell blank
// (ErrMissing), a number that is not one (ErrSyntax) or is 0 (ErrRange),
// a part within a part not given before it (ErrMissing), a number given
// twice (ErrDuplicate), a cell over [MaxCell] bytes (ErrTooLarge). The
// outline holds every good row, in the order given; the error is nil
// exactly when every row was read. The Meeting and Unit are left for the
// caller. ImportOutline is linear in the size of rows.
func ImportOutline(rows [][]string) (Outline, error) {
	const fn = "ImportOutline"
	h, headerProblems := outlineSpec.Locate(rows)
	var problems []*RowError
	for _, p := range headerProblems {
		problems = append(problems, &RowError{Row: p.Row, Column: p.Column, Input: p.Input, Err: p.Err})
	}
	o := Outline{Parts: []Part{}}
	index := map[int]int{} // part number → index in o.Parts
	seen := map[[2]int]bool{}
	last := 0 // the number of the last part given
	for row := range h.Rows(rows) {
		var bad []*RowError
		for c := range 2 {
			if v := row.Cell(c); len(v) > MaxCell {
				bad = append(bad, &RowError{Row: row.Num, Column: h.Name(c), Input: clip(v),
					Err: tooLarge(fn, clip(v), "actions.too-large.cell", len(v), MaxCell)})
			}
		}
		if len(bad) > 0 {
			problems = append(problems, bad...)
			continue
		}
		num, title := cleanCell(row.Cell(0)), cleanCell(row.Cell(1))
		top, sub := 0, 0
		if num == "" {
			bad = append(bad, &RowError{Row: row.Num, Column: h.Name(0), Err: ErrMissing})
		} else {
			var err error
			top, sub, err = parsePartNumber(num)
			switch {
			case err != nil:
				bad = append(bad, &RowError{Row: row.Num, Column: h.Name(0), Input: num, Err: err})
			case top == 0 && last == 0, top != 0 && sub != 0 && index[top] == 0:
				bad = append(bad, &RowError{Row: row.Num, Column: h.Name(0), Input: num,
					Err: errtype.New[pkg](fn, num, ErrMissing, "actions.missing.part")})
			default:
				if top == 0 {
					top = last
				}
				if seen[[2]int{top, sub}] {
					bad = append(bad, &RowError{Row: row.Num, Column: h.Name(0), Input: num, Err: ErrDuplicate})
				}
			}
		}
		if title == "" {
			bad = append(bad, &RowError{Row: row.Num, Column: h.Name(1), Err: ErrMissing})
		}
		if len(bad) > 0 {
			problems = append(problems, bad...)
			continue
		}
		seen[[2]int{top, sub}] = true
		if sub == 0 {
			o.Parts = append(o.Parts, Part{Number: numeral.Format(top), Title: title})
			index[top] = len(o.Parts)
			last = top
			continue
		}
		p := &o.Parts[index[top]-1]
		p.Parts = append(p.Parts, Part{Number: "(" + numeral.Format(sub) + ")", Title: title})
	}
	if len(problems) > 0 {
		for _, p := range problems {
			p.Severity = finding.Error // both columns are required: the row is left out
		}
		return o, &ImportError{Problems: problems}
	}
	return o, nil
}

// parsePartNumber reads an outline number: 二 (2, 0), 二(三) or 二、(三)
// (2, 3), (三) (0, 3).
func parsePartNumber(s string) (top, sub int, err error) {
	const fn = "ImportOutline"
	t := strings.NewReplacer("（", "(", "）", ")", " ", "", "\u3000", "").Replace(strings.TrimSpace(s))
	if k := numeral.Span(t); k > 0 {
		v, perr := numeral.Parse(t[:k])
		if perr != nil {
			return 0, 0, numeralError(fn, s, perr)
		}
		if v == 0 {
			return 0, 0, rangeError(fn, s, "actions.range.numbered-zero")
		}
		top = v
		t = t[k:]
		for _, sep := range []string{"、", ".", "．"} {
			t = strings.TrimPrefix(t, sep)
		}
		if t == "" {
			return top, 0, nil
		}
	}
	inner, open := strings.CutPrefix(t, "(")
	inner, closed := strings.CutSuffix(inner, ")")
	if !open || !closed || inner == "" || !utf8.ValidString(inner) || numeral.Span(inner) != len(inner) {
		return 0, 0, syntaxError(fn, s, "actions.syntax.part")
	}
	v, perr := numeral.Parse(inner)
	if perr != nil {
		return 0, 0, numeralError(fn, s, perr)
	}
	if v == 0 {
		return 0, 0, rangeError(fn, s, "actions.range.numbered-zero")
	}
	return top, v, nil
}

// numeralError maps an error of numeral (plain sentinels, no codes) to
// the package's: ErrRange for numeral.ErrRange, ErrSyntax otherwise.
func numeralError(fn, s string, err error) error {
	if errors.Is(err, numeral.ErrRange) {
		return rangeError(fn, s, "actions.range.number")
	}
	return syntaxError(fn, s, "actions.syntax.number")
}
