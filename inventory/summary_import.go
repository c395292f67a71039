package inventory

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/sheet"
)

// The columns ImportSummary reads, by their index in summarySpec.
const (
	sumClass = iota
	sumCount
	sumNote
)

// summarySpec lists the columns of a printed 資料分級 table.
var summarySpec = sheet.Spec{
	Columns: []sheet.Column{
		sumClass: {Name: "資料分級", Aliases: []string{"資料分類", "分級", "分類", "類別"}, Required: true},
		sumCount: {Name: "數量", Aliases: []string{"筆數", "件數", "數目", "資料數"}, Required: true},
		sumNote:  {Name: "備註", Aliases: []string{"說明", "法令依據", "引用法規"}},
	},
	NoHeader:  ErrNoHeader,
	Missing:   ErrMissing,
	Duplicate: ErrDuplicate,
}

// ImportSummary reads a printed 資料分級 table from rows, as encoding/csv
// gives them, as [Summary.Records] writes it: a header naming 資料分級 and
// 數量 (and 備註), in any order, with title rows above it skipped; then one
// row per class (甲類 (開放資料), 乙類, 丙類, 未分類, in any form
// [ParseClass] reads) and a 合計 (總計) row. The 備註 of the 丙類 row lists
// the laws cited, one citation a line, as the deck prints them (a line
// with only a law's name in 《》 lists the law alone); a row with
// only a 備註 (資料分級 and 數量 empty) goes on the 備註 of the row above, as
// a table that gives each citation a row of its own prints them. The
// citations are kept in Summary.Citations, in order, and their laws in
// Summary.Laws, so that the provisions can be checked against the
// statutes.
//
// A table without a 備註 column lists no laws that can be read: its
// Summary.Unknown holds FieldGrounds, so that CheckSummary does not take
// the laws for none.
//
// It returns the summary as printed, right or wrong. The error is nil
// exactly when every row was read; otherwise it is an *ImportError with a
// *RowError for each problem. The required columns are 資料分級 and 數量:
// a required column the header does not name (ErrNoHeader), a column
// named twice, a class that is not one, a class or 合計 given twice (合計
// and 合　計 are one: ErrDuplicate), a count missing, not a number or
// wrongly grouped (29,63: ErrSyntax) or above numeral.Max (ErrRange), a
// required cell longer than [MaxCell] (ErrTooLarge) leave the row's
// figure out (Severity finding.Error). 備註 is optional: a citation in it
// that does not parse, or a 備註 longer than MaxCell (then read as
// empty), keeps the row and its figure (Severity finding.Warning). Every
// other figure and citation is kept. The cost is linear in the size of
// the rows.
func ImportSummary(rows [][]string) (Summary, error) {
	s, _, err := importSummary(rows)
	return s, err
}

// importSummary is ImportSummary, which also returns the number of rows
// read without a problem.
func importSummary(rows [][]string) (Summary, int, error) {
	h, hp := summarySpec.Locate(rows)
	bad := headerProblems(hp)
	var s Summary
	if !h.Complete() {
		return s, 0, importError(bad)
	}
	if !h.Has(sumNote) {
		s.Unknown = FieldsOf(FieldGrounds) // no 備註: the laws listed are unknown
	}
	var (
		good int
		seen = map[string]bool{}
		laws = map[string]bool{} // the laws in s.Laws
		prev = -1                // the class of the row above: -1 none, -2 合計
	)
	for row := range h.Rows(rows) {
		ok := true
		fail := func(c int, input string, err error) {
			bad = append(bad, &RowError{Row: row.Num, Column: h.Name(c), Input: input, Err: err, Severity: finding.Error})
			ok = false
		}
		// warn reports a bad 備註 (optional): the row is kept.
		warn := func(c int, input string, err error) {
			bad = append(bad, &RowError{Row: row.Num, Column: h.Name(c), Input: input, Err: err, Severity: finding.Warning})
		}
		label, count, note := row.Cell(sumClass), row.Cell(sumCount), row.Cell(sumNote)
		for c, cell := range [...]string{label, count} {
			if len(cell) > MaxCell {
				fail(c, head(cell), tooLarge("ImportSummary", cell))
			}
		}
		if len(note) > MaxCell {
			warn(sumNote, head(note), tooLarge("ImportSummary", note))
			note = ""
		}
		switch {
		case !ok:
		case label == "" && count == "":
			// A 備註 going on from the row above.
			if prev == -1 {
				fail(sumClass, label, ErrMissing)
			} else if prev == int(Closed) {
				s.addCitations(note, laws, func(in string, err error) { warn(sumNote, in, err) })
			}
		case label == "":
			fail(sumClass, label, ErrMissing)
		default:
			key, class := "", Unclassified
			if f := sheet.Fold(label); f == "合計" || f == "總計" {
				key, prev = "合計", -2
			} else if c, err := ParseClass(label); err != nil {
				fail(sumClass, label, err)
				prev = -1
				break
			} else {
				key, class, prev = c.String(), c, int(c)
			}
			if seen[key] {
				fail(sumClass, label, ErrDuplicate)
				prev = -1
				break
			}
			n, err := parseCount(count)
			if err != nil {
				fail(sumCount, count, err)
			} else {
				seen[key] = true // a figure read: given twice from now on
				switch {
				case key == "合計":
					s.Total = n
				case class == Open:
					s.Open = n
				case class == Limited:
					s.Limited = n
				case class == Closed:
					s.Closed = n
				default:
					s.Unclassified = n
				}
			}
			if class == Closed && key != "合計" {
				s.addCitations(note, laws, func(in string, err error) { warn(sumNote, in, err) })
			}
		}
		if ok {
			good++
		}
	}
	return s, good, importError(bad)
}

// parseCount reads a count as numeral.ParseCount reads one (2963, 2,963,
// ２，９６３, grouping checked: 29,63 is ErrSyntax; above numeral.Max is
// ErrRange), or in Chinese numerals (六十五).
func parseCount(s string) (int, error) {
	if s == "" {
		return 0, ErrMissing
	}
	n, err := numeral.ParseCount(s)
	if err != nil && errors.Is(err, numeral.ErrSyntax) {
		if r, _ := utf8.DecodeRuneInString(s); numeral.KindOf(r) == numeral.Chinese {
			n, err = numeral.Parse(s)
		}
	}
	switch {
	case err == nil:
		return n, nil
	case errors.Is(err, numeral.ErrRange):
		return 0, perr("ImportSummary", s, ErrRange, "inventory.range.count", numeral.Max)
	}
	return 0, perr("ImportSummary", s, ErrSyntax, "inventory.syntax.count")
}

// addCitations parses a 備註 and adds its citations and their laws to s,
// reporting each citation that does not parse to fail with its text. seen
// holds the laws of s.Laws.
func (s *Summary) addCitations(note string, seen map[string]bool, fail func(input string, err error)) {
	var (
		cs   []law.Citation
		errs []error
	)
	for _, piece := range law.SplitCitations(note) {
		if name, ok := lawOnly(piece); ok {
			if !seen[name] {
				seen[name] = true
				s.Laws = append(s.Laws, name)
			}
			continue
		}
		c, err := law.ParseCitations(piece)
		cs = append(cs, c...)
		errs = append(errs, flatten(err)...)
	}
	for _, c := range cs {
		s.Citations = append(s.Citations, c)
		if c.Law != "" && !seen[c.Law] {
			seen[c.Law] = true
			s.Laws = append(s.Laws, c.Law)
		}
	}
	for _, e := range errs {
		in := note
		if pe, ok := e.(*law.ParseError); ok {
			// law's sentinel in this package's ParseError, as every
			// package reports a value of another that failed inside.
			in, e = pe.Input, errtype.Wrap[pkg](pe.Func, pe.Input, pe, ErrSyntax)
		}
		fail(in, e)
	}
}

// lawOnly reports whether piece is only a law's name in 《》, as a 備註
// that lists laws without their provisions writes it, and returns the
// name.
func lawOnly(piece string) (string, bool) {
	t, ok := strings.CutPrefix(piece, "《")
	if !ok {
		return "", false
	}
	name, ok := strings.CutSuffix(t, "》")
	if !ok || name == "" || strings.ContainsAny(name, "《》") {
		return "", false
	}
	return name, true
}

// flatten returns the errors err joins, err alone, or none for nil.
func flatten(err error) []error {
	switch e := err.(type) {
	case nil:
		return nil
	case interface{ Unwrap() []error }:
		return e.Unwrap()
	}
	return []error{err}
}
