package spreadsheet

import (
	"encoding/xml"
	"io"
	"math"
	"path"
	"strconv"
	"strings"
	"time"
)

// The largest sheet Excel makes: column XFD, row 1,048,576.
const (
	maxColumns = 16384
	maxRows    = 1 << 20
)

// ReadXLSX reads a sheet of an Office Open XML workbook (what Excel and
// LibreOffice save as .xlsx) of size bytes from r: opt.Sheet by name, or
// the first. Shared and inline strings are read as written, rich-text runs
// joined (phonetic runs left out); a number whose format is a date or a
// time reads 2022-05-19, 10:30:00 or 2022-05-19 10:30:00 (the 1900 date
// system with its leap-year bug, or 1904 when the workbook says so);
// other numbers in their shortest form of at most 15 significant digits;
// booleans TRUE and FALSE; errors as written (#N/A). A row or column the
// sheet skips is blank; a merged range's value is copied into the cells it
// covers.
//
// The archive and every part read, uncompressed, count against
// opt.MaxBytes, and the cells against opt.MaxCells: past either it is an
// error wrapping [ErrTooLarge]. A sheet not found is [ErrNoSheet]; a cell
// reference past XFD1048576 is [ErrRange]; an archive that is not an XLSX
// is [ErrSyntax].
func ReadXLSX(r io.ReaderAt, size int64, opt *Options) ([][]string, Info, error) {
	const fn = "ReadXLSX"
	maxBytes, maxCells := opt.limits()
	a, err := openArchive(fn, r, size, maxBytes)
	if err != nil {
		return nil, Info{}, err
	}
	want := ""
	if opt != nil {
		want = opt.Sheet
	}
	var wb xlsxWorkbook
	if err := a.decode("xl/workbook.xml", &wb, true); err != nil {
		return nil, Info{}, err
	}
	var rels xlsxRels
	if err := a.decode("xl/_rels/workbook.xml.rels", &rels, true); err != nil {
		return nil, Info{}, err
	}
	var sheet *xlsxSheet
	for i := range wb.Sheets {
		if want == "" || wb.Sheets[i].Name == want {
			sheet = &wb.Sheets[i]
			break
		}
	}
	if sheet == nil {
		return nil, Info{}, perr(fn, want, ErrNoSheet, "")
	}
	target := ""
	for _, rel := range rels.Rels {
		if rel.ID == sheet.RID {
			target = rel.Target
		}
	}
	if target == "" {
		return nil, Info{}, perr(fn, sheet.Name, ErrSyntax, "spreadsheet.syntax.sheet-part")
	}
	if strings.HasPrefix(target, "/") {
		target = strings.TrimPrefix(target, "/")
	} else {
		target = path.Join("xl", target)
	}
	var styles xlsxStyles
	if err := a.decode("xl/styles.xml", &styles, false); err != nil {
		return nil, Info{}, err
	}
	dates := styles.dateFormats()
	strs, err := a.sharedStrings(maxCells)
	if err != nil {
		return nil, Info{}, err
	}
	g := &grid{fn: fn, maxCells: maxCells}
	rc, ok, err := a.open(target)
	if err != nil {
		return nil, Info{}, err
	}
	if !ok {
		return nil, Info{}, perr(fn, target, ErrSyntax, "spreadsheet.syntax.part")
	}
	defer rc.Close()
	x := &xlsxReader{g: g, strs: strs, dates: dates, date1904: wb.Pr.Date1904 == "1" || wb.Pr.Date1904 == "true"}
	if err := x.read(xml.NewDecoder(rc)); err != nil {
		return nil, Info{}, a.wrap(target, err)
	}
	rows, err := g.finish()
	if err != nil {
		return nil, Info{}, err
	}
	return rows, Info{Encoding: UTF8, Sheet: sheet.Name}, nil
}

type xlsxWorkbook struct {
	Pr struct {
		Date1904 string `xml:"date1904,attr"`
	} `xml:"workbookPr"`
	Sheets []xlsxSheet `xml:"sheets>sheet"`
}

type xlsxSheet struct {
	Name string `xml:"name,attr"`
	RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
}

type xlsxRels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

type xlsxStyles struct {
	NumFmts []struct {
		ID   int    `xml:"numFmtId,attr"`
		Code string `xml:"formatCode,attr"`
	} `xml:"numFmts>numFmt"`
	Xfs []struct {
		NumFmt int `xml:"numFmtId,attr"`
	} `xml:"cellXfs>xf"`
}

// A dateKind says what a number format shows of a serial date.
type dateKind uint8

const (
	notDate dateKind = iota
	dateOnly
	timeOnly
	dateTime
)

// dateFormats returns, by style index, what each cell style's number
// format shows of a date.
func (s *xlsxStyles) dateFormats() []dateKind {
	custom := make(map[int]string, len(s.NumFmts))
	for _, f := range s.NumFmts {
		custom[f.ID] = f.Code
	}
	kinds := make([]dateKind, len(s.Xfs))
	for i, xf := range s.Xfs {
		if code, ok := custom[xf.NumFmt]; ok {
			kinds[i] = formatKind(code)
		} else {
			kinds[i] = builtinKind(xf.NumFmt)
		}
	}
	return kinds
}

// builtinKind is what a built-in number format shows of a date.
func builtinKind(id int) dateKind {
	switch {
	case id >= 14 && id <= 17, id >= 27 && id <= 31, id >= 34 && id <= 36, id >= 50 && id <= 58:
		return dateOnly
	case id >= 18 && id <= 21, id >= 32 && id <= 33, id >= 45 && id <= 47:
		return timeOnly
	case id == 22:
		return dateTime
	}
	return notDate
}

// formatKind reads a format code: y, d (or m beside them) make a date;
// h and s a time; text in quotes, escaped characters and bracketed
// colours and conditions aside ([h] is a time).
func formatKind(code string) dateKind {
	code, _, _ = strings.Cut(code, ";")
	var date, clock bool
	for i := 0; i < len(code); i++ {
		switch c := code[i] | 0x20; {
		case code[i] == '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
		case code[i] == '\\' || code[i] == '_' || code[i] == '*':
			i++
		case code[i] == '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				return notDate
			}
			inner := strings.ToLower(code[i+1 : i+j])
			if inner != "" && strings.Trim(inner, "hms") == "" {
				clock = true
			}
			i += j
		case c == 'y' || c == 'd':
			date = true
		case c == 'h' || c == 's':
			clock = true
		}
	}
	switch {
	case date && clock:
		return dateTime
	case date:
		return dateOnly
	case clock:
		return timeOnly
	}
	return notDate
}

// decode reads part name as XML into v; a part absent is an error when
// required and nothing otherwise.
func (a *archive) decode(name string, v any, required bool) error {
	rc, ok, err := a.open(name)
	if err != nil {
		return err
	}
	if !ok {
		if required {
			return perr(a.fn, name, ErrSyntax, "spreadsheet.syntax.part")
		}
		return nil
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil {
		return a.wrap(name, err)
	}
	return nil
}

// sharedStrings reads xl/sharedStrings.xml: at most maxCells strings.
func (a *archive) sharedStrings(maxCells int) ([]string, error) {
	const name = "xl/sharedStrings.xml"
	rc, ok, err := a.open(name)
	if err != nil || !ok {
		return nil, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var strs []string
	var b strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return strs, nil
		}
		if err != nil {
			return nil, a.wrap(name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			if len(strs) >= maxCells {
				return nil, tooManyCells(a.fn, maxCells)
			}
			b.Reset()
			if err := readRuns(d, &b); err != nil {
				return nil, a.wrap(name, err)
			}
			strs = append(strs, unescapeX(b.String()))
		}
	}
}

// readRuns reads the text of an si or is element up to its end: its t
// elements joined, those of phonetic runs (rPh) left out.
func readRuns(d *xml.Decoder, b *strings.Builder) error {
	depth, inT := 0, false
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "rPh", "phoneticPr":
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			case "t":
				inT = true
			}
			depth++
		case xml.EndElement:
			if depth == 0 {
				return nil
			}
			depth--
			if t.Name.Local == "t" {
				inT = false
			}
		case xml.CharData:
			if inT {
				b.Write(t)
			}
		}
	}
}

// unescapeX decodes the _xHHHH_ escapes of Office XML strings.
func unescapeX(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "_x")
		if i < 0 || len(s) < i+7 || s[i+6] != '_' {
			b.WriteString(s)
			return b.String()
		}
		n, err := strconv.ParseUint(s[i+2:i+6], 16, 16)
		if err != nil {
			b.WriteString(s[:i+2])
			s = s[i+2:]
			continue
		}
		b.WriteString(s[:i])
		b.WriteRune(rune(n))
		s = s[i+7:]
	}
}

type xlsxReader struct {
	g        *grid
	strs     []string
	dates    []dateKind
	date1904 bool
}

func (x *xlsxReader) read(d *xml.Decoder) error {
	var v strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			if ee, ok := tok.(xml.EndElement); ok && ee.Name.Local == "row" {
				if err := x.g.end(1); err != nil {
					return err
				}
			}
			continue
		}
		switch se.Name.Local {
		case "row":
			if r := xattr(se, "r"); r != "" {
				n, err := strconv.Atoi(r)
				if err != nil || n < 1 || n > maxRows || n-1 < x.g.rowIndex() {
					// Where: the row after the last one read.
					return perr("ReadXLSX", r, ErrRange, "spreadsheet.range.row-order").at(0, x.g.rowIndex()+1, 0)
				}
				x.g.skipTo(n - 1)
			}
		case "c":
			if ref := xattr(se, "r"); ref != "" {
				col, err := column(ref)
				if err != nil {
					return err
				}
				if col < x.g.col() {
					return perr("ReadXLSX", ref, ErrRange, "spreadsheet.range.cell-order").at(0, x.g.rowIndex()+1, col+1)
				}
				if err := x.g.add("", col-x.g.col()); err != nil {
					return err
				}
			}
			v.Reset()
			text, err := x.cell(d, se, &v)
			if err != nil {
				return err
			}
			if err := x.g.add(text, 1); err != nil {
				return err
			}
		case "mergeCell":
			m, err := mergeRef(xattr(se, "ref"))
			if err != nil {
				return err
			}
			x.g.merges = append(x.g.merges, m)
		}
	}
}

func xattr(e xml.StartElement, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// column returns the 0-based column of a cell reference such as B3.
func column(ref string) (int, error) {
	col, i := 0, 0
	for i < len(ref) && ('A' <= ref[i] && ref[i] <= 'Z' || 'a' <= ref[i] && ref[i] <= 'z') {
		col = col*26 + int(ref[i]|0x20-'a'+1)
		i++
		if col > maxColumns {
			return 0, perr("ReadXLSX", ref, ErrRange, "spreadsheet.range.column")
		}
	}
	if i == 0 {
		return 0, perr("ReadXLSX", ref, ErrSyntax, "spreadsheet.syntax.ref")
	}
	return col - 1, nil
}

// cellRef returns the 0-based row and column of a reference such as B3.
func cellRef(ref string) (row, col int, err error) {
	col, err = column(ref)
	if err != nil {
		return 0, 0, err
	}
	i := strings.IndexAny(ref, "0123456789")
	if i < 0 {
		return 0, 0, perr("ReadXLSX", ref, ErrSyntax, "spreadsheet.syntax.ref")
	}
	n, e := strconv.Atoi(ref[i:])
	if e != nil || n < 1 || n > maxRows {
		return 0, 0, perr("ReadXLSX", ref, ErrRange, "spreadsheet.range.row")
	}
	return n - 1, col, nil
}

func mergeRef(ref string) (merge, error) {
	a, b, _ := strings.Cut(ref, ":")
	r0, c0, err := cellRef(a)
	if err != nil {
		return merge{}, err
	}
	r1, c1 := r0, c0
	if b != "" {
		if r1, c1, err = cellRef(b); err != nil {
			return merge{}, err
		}
	}
	return merge{r0: min(r0, r1), c0: min(c0, c1), r1: max(r0, r1), c1: max(c0, c1)}, nil
}

// cell reads a c element to its end and returns its text.
func (x *xlsxReader) cell(d *xml.Decoder, se xml.StartElement, v *strings.Builder) (string, error) {
	typ := xattr(se, "t")
	style := -1
	if s := xattr(se, "s"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return "", perr("ReadXLSX", s, ErrRange, "spreadsheet.range.style")
		}
		style = n
	}
	var inline strings.Builder
	inV := false
	for depth := 0; ; {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				inV = true
			case "is":
				if err := readRuns(d, &inline); err != nil {
					return "", err
				}
				continue
			case "f", "extLst":
				if err := d.Skip(); err != nil {
					return "", err
				}
				continue
			}
			depth++
		case xml.EndElement:
			if depth == 0 {
				return x.text(typ, style, v.String(), unescapeX(inline.String()))
			}
			depth--
			inV = false
		case xml.CharData:
			if inV {
				v.Write(t)
			}
		}
	}
}

func (x *xlsxReader) text(typ string, style int, v, inline string) (string, error) {
	switch typ {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(x.strs) {
			return "", perr("ReadXLSX", v, ErrRange, "spreadsheet.range.shared").at(0, x.g.rowIndex()+1, x.g.col()+1)
		}
		return x.strs[i], nil
	case "inlineStr":
		return inline, nil
	case "str", "e":
		return unescapeX(v), nil
	case "b":
		if strings.TrimSpace(v) == "1" {
			return "TRUE", nil
		}
		return "FALSE", nil
	case "d":
		return isoDate(v), nil
	}
	if v == "" {
		return "", nil
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil {
		return v, nil // not a number: kept as written
	}
	if style >= 0 && style < len(x.dates) && x.dates[style] != notDate {
		if s, ok := serialDate(f, x.dates[style], x.date1904); ok {
			return s, nil
		}
	}
	return number(f), nil
}

// number writes f as Excel's General format does, at most 15
// significant digits, without an exponent for the numbers tables hold.
func number(f float64) string {
	g, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	if a := math.Abs(g); a != 0 && (a >= 1e21 || a < 1e-9) {
		return strconv.FormatFloat(g, 'g', -1, 64)
	}
	return strconv.FormatFloat(g, 'f', -1, 64)
}

// serialDate writes a serial date; ok is false for a serial no day
// matches (negative, or past 9999-12-31).
func serialDate(f float64, kind dateKind, date1904 bool) (string, bool) {
	if f < 0 || f >= 2958466 || math.IsNaN(f) {
		return "", false
	}
	days := math.Floor(f)
	secs := int(math.Round((f - days) * 86400))
	if secs == 86400 {
		days, secs = days+1, 0
	}
	var day string
	switch {
	case date1904:
		day = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).Format("2006-01-02")
	case days == 60:
		day = "1900-02-29" // the day Excel counts that never was
	case days < 60:
		day = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).Format("2006-01-02")
	default:
		day = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).Format("2006-01-02")
	}
	clock := time.Date(2000, 1, 1, 0, 0, secs, 0, time.UTC).Format("15:04:05")
	switch kind {
	case timeOnly:
		return clock, true
	case dateTime:
		return day + " " + clock, true
	}
	return day, true
}
