package inventory

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ogdtw/governance/internal/numeral"
)

// ErrDuplicate reports a row given twice, as a class in a printed summary.
var ErrDuplicate = errors.New("given twice")

// ImportSummary reads a printed 資料分級 table from rows, as encoding/csv
// gives them: a header row whose first cell is 資料分級 (the others, 數量
// and 備註, are taken in that order), then one row per class (甲類 (開放資料),
// 乙類, 丙類, in any form [ParseClass] reads) and a 合計 row. The 備註 of the
// 丙類 row lists the laws cited, one citation a line, as the deck prints
// them; the citations are returned too, so that their provisions can be
// checked against the statutes.
//
// It returns the summary as printed, right or wrong, with a *RowError for
// each cell it cannot read (a count that is not a number, a class that is
// not one, a citation that does not parse, a class given twice); every
// other figure is kept. It fails only when no header row is found, with an
// error wrapping ErrNoHeader.
func ImportSummary(rows [][]string) (Summary, []Citation, []*RowError, error) {
	h := -1
	for i, row := range rows {
		if len(row) >= 2 && foldHeader(row[0]) == foldHeader("資料分級") {
			h = i
			break
		}
	}
	if h < 0 {
		return Summary{}, nil, nil, fmt.Errorf("inventory: summary: a header row starting with 資料分級: %w", ErrNoHeader)
	}
	header := rows[h]
	name := func(k int) string {
		if k < len(header) {
			return strings.TrimSpace(header[k])
		}
		return ""
	}
	var (
		s     Summary
		cites []Citation
		bad   []*RowError
		seen  = map[string]bool{}
	)
	for i := h + 1; i < len(rows); i++ {
		row := rows[i]
		if blankRow(row) {
			continue
		}
		fail := func(k int, err error) {
			v := ""
			if k < len(row) {
				v = row[k]
			}
			bad = append(bad, &RowError{Row: i + 1, Column: name(k), Input: v, Err: err})
		}
		label := strings.TrimSpace(row[0])
		key := label
		var class Class
		if foldHeader(label) != foldHeader("合計") {
			c, err := ParseClass(label)
			if err != nil {
				fail(0, err)
				continue
			}
			class, key = c, c.String()
		}
		if seen[key] {
			fail(0, fmt.Errorf("%s: %w", key, ErrDuplicate))
			continue
		}
		if len(row) < 2 || strings.TrimSpace(row[1]) == "" {
			fail(1, ErrMissing)
			continue
		}
		n, err := numeral.Parse(strings.ReplaceAll(strings.TrimSpace(row[1]), ",", ""))
		if err != nil {
			fail(1, fmt.Errorf("not a count: %w", ErrSyntax))
			continue
		}
		seen[key] = true
		switch class {
		case Open:
			s.Open = n
		case Limited:
			s.Limited = n
		case Closed:
			s.Closed = n
		case Unclassified:
			if key == class.String() {
				s.Unclassified = n
			} else {
				s.Total = n
			}
		}
		if class != Closed || len(row) < 3 {
			continue
		}
		cs, err := ParseCitations(row[2])
		if err != nil {
			fail(2, err)
		}
		for _, c := range cs {
			cites = append(cites, c)
			if c.Law != "" && !contains(s.Laws, c.Law) {
				s.Laws = append(s.Laws, c.Law)
			}
		}
	}
	return s, cites, bad, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// CheckTotal checks a printed summary's own arithmetic: that its 合計 is
// the sum of its class counts. It returns the Mismatch of the total, or
// nil when the table adds up.
func (s Summary) CheckTotal() []Mismatch {
	if sum := s.Open + s.Limited + s.Closed + s.Unclassified; sum != s.Total {
		return []Mismatch{{Figure: FigureTotal, Reported: s.Total, Computed: sum}}
	}
	return nil
}
