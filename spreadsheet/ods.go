package spreadsheet

import (
	"encoding/xml"
	"io"
	"strconv"
	"strings"
)

const (
	nsTable  = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
	nsText   = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
	nsOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
)

// ReadODS reads a sheet of an OpenDocument spreadsheet (CNS 15251, what
// LibreOffice saves) of size bytes from r: opt.Sheet by name, or the
// first. Repeated rows and columns (table:number-rows-repeated,
// table:number-columns-repeated) are expanded, empty ones at the end of a
// row or of the sheet dropped; a merged range's value is copied into the
// cells it covers; a cell's paragraphs and line breaks are joined with
// \n, text:s gives its spaces and comments are left out. Dates read
// 2022-05-19, other cells as displayed.
//
// The archive and every part read, uncompressed, count against
// opt.MaxBytes, and the cells against opt.MaxCells: past either it is an
// error wrapping [ErrTooLarge]. A sheet not found is [ErrNoSheet]; an
// archive that is not an ODS is [ErrSyntax].
func ReadODS(r io.ReaderAt, size int64, opt *Options) ([][]string, Info, error) {
	const fn = "ReadODS"
	maxBytes, maxCells := opt.limits()
	a, err := openArchive(fn, r, size, maxBytes)
	if err != nil {
		return nil, Info{}, err
	}
	const part = "content.xml"
	rc, ok, err := a.open(part)
	if err != nil {
		return nil, Info{}, err
	}
	if !ok {
		return nil, Info{}, perr(fn, part, ErrSyntax, "spreadsheet.syntax.ods")
	}
	defer rc.Close()
	want := ""
	if opt != nil {
		want = opt.Sheet
	}
	g := &grid{fn: fn, maxCells: maxCells, spaces: maxBytes, maxBytes: maxBytes}
	name, found, err := readODSContent(xml.NewDecoder(rc), want, g)
	if err != nil {
		return nil, Info{}, a.wrap(part, err)
	}
	if !found {
		return nil, Info{}, perr(fn, want, ErrNoSheet, "")
	}
	rows, err := g.finish()
	if err != nil {
		return nil, Info{}, err
	}
	return rows, Info{Encoding: UTF8, Sheet: name}, nil
}

func attr(e xml.StartElement, space, local string) string {
	for _, a := range e.Attr {
		if a.Name.Local == local && a.Name.Space == space {
			return a.Value
		}
	}
	return ""
}

// count reads a repeat or span attribute: 1 when absent, an error when
// not a positive integer.
func count(e xml.StartElement, local string, g *grid) (int, error) {
	v := attr(e, nsTable, local)
	if v == "" {
		return 1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, perr("ReadODS", v, ErrRange, "spreadsheet.range.repeat", local).at(0, g.rowIndex()+1, g.col()+1)
	}
	return n, nil
}

func readODSContent(d *xml.Decoder, want string, g *grid) (name string, found bool, err error) {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return "", false, nil
		}
		if err != nil {
			return "", false, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Space != nsTable || se.Name.Local != "table" {
			continue
		}
		name = attr(se, nsTable, "name")
		if want != "" && name != want {
			if err := d.Skip(); err != nil {
				return "", false, err
			}
			continue
		}
		return name, true, readODSTable(d, g)
	}
}

func readODSTable(d *xml.Decoder, g *grid) error {
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Space == nsTable && t.Name.Local == "table" {
				return nil
			}
		case xml.StartElement:
			if t.Name.Space != nsTable {
				continue
			}
			switch t.Name.Local {
			case "table-row":
				n, err := count(t, "number-rows-repeated", g)
				if err != nil {
					return err
				}
				if err := readODSRow(d, g, &text); err != nil {
					return err
				}
				if err := g.end(n); err != nil {
					return err
				}
			case "shapes", "named-expressions", "table-source", "scenario", "dde-source":
				if err := d.Skip(); err != nil {
					return err
				}
			}
		}
	}
}

func readODSRow(d *xml.Decoder, g *grid, text *strings.Builder) error {
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Space == nsTable && t.Name.Local == "table-row" {
				return nil
			}
		case xml.StartElement:
			if t.Name.Space != nsTable || (t.Name.Local != "table-cell" && t.Name.Local != "covered-table-cell") {
				continue
			}
			n, err := count(t, "number-columns-repeated", g)
			if err != nil {
				return err
			}
			cols, err := count(t, "number-columns-spanned", g)
			if err != nil {
				return err
			}
			rows, err := count(t, "number-rows-spanned", g)
			if err != nil {
				return err
			}
			text.Reset()
			if err := readODSCell(d, text, g); err != nil {
				return err
			}
			v := text.String()
			if attr(t, nsOffice, "value-type") == "date" {
				if dv := attr(t, nsOffice, "date-value"); dv != "" {
					v = isoDate(dv)
				}
			}
			if (cols > 1 || rows > 1) && v != "" && t.Name.Local == "table-cell" {
				if cols > maxRepeat || rows > maxRepeat {
					return g.tooLarge()
				}
				c := g.col()
				r := g.rowIndex()
				g.merges = append(g.merges, merge{r0: r, c0: c, r1: r + rows - 1, c1: c + cols - 1})
			}
			if err := g.add(v, n); err != nil {
				return err
			}
		}
	}
}

// blanks are the spaces text:s writes, a run at a time.
const blanks = "                                                                "

// maxRepeat bounds a span: the columns and rows of the largest sheet.
const maxRepeat = 1 << 20

// isoDate writes an ODS date value as 2022-05-19, with its time when it
// has one that is not midnight: 2022-05-19 10:30:00.
func isoDate(v string) string {
	day, clock, ok := strings.Cut(v, "T")
	if !ok {
		return day
	}
	clock, _, _ = strings.Cut(clock, ".")
	if clock == "00:00:00" || clock == "" {
		return day
	}
	return day + " " + clock
}

// readODSCell reads a cell's text up to its end: paragraphs joined with
// \n, text:s as spaces, text:tab and text:line-break, annotations left
// out.
func readODSCell(d *xml.Decoder, text *strings.Builder, g *grid) error {
	paras := 0
	depth := 0 // depth inside a paragraph
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if depth == 0 {
				return nil // the cell's end
			}
			depth--
		case xml.StartElement:
			if t.Name.Space == nsOffice && t.Name.Local == "annotation" {
				if err := d.Skip(); err != nil {
					return err
				}
				continue
			}
			if depth == 0 && t.Name.Space == nsText && (t.Name.Local == "p" || t.Name.Local == "h") {
				if paras > 0 {
					text.WriteByte('\n')
				}
				paras++
			}
			if depth > 0 && t.Name.Space == nsText {
				switch t.Name.Local {
				case "s":
					n := 1
					if c := attr(t, nsText, "c"); c != "" {
						var err error
						if n, err = strconv.Atoi(c); err != nil || n < 0 {
							return perr("ReadODS", c, ErrRange, "spreadsheet.range.spaces")
						}
					}
					// The spaces of the whole sheet count against
					// MaxBytes: a short element can ask for many.
					if int64(n) > g.spaces {
						return perr("ReadODS", "text:s", ErrTooLarge, "spreadsheet.too-large.spaces", int(g.maxBytes))
					}
					g.spaces -= int64(n)
					for n > 0 {
						k := min(n, len(blanks))
						text.WriteString(blanks[:k])
						n -= k
					}
				case "tab":
					text.WriteByte('\t')
				case "line-break":
					text.WriteByte('\n')
				}
			}
			depth++
		case xml.CharData:
			if depth > 0 {
				text.Write(t)
			}
		}
	}
}
