package spreadsheet_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/ogdtw/governance/spreadsheet"
)

// fuzzLimits keep a fuzzed read small.
var fuzzLimits = &spreadsheet.Options{MaxBytes: 1 << 20, MaxCells: 10_000}

// checkRead is what every read must give: rows within the limits and no
// blank row at the end, or a *ParseError and no rows.
func checkRead(t *testing.T, rows [][]string, err error) {
	t.Helper()
	if err != nil {
		var pe *spreadsheet.ParseError
		if !errors.As(err, &pe) || rows != nil {
			t.Fatalf("err = %T %v with %d rows: want a *ParseError and no rows", err, err, len(rows))
		}
		if pe.Code() == "" {
			t.Fatalf("err %v has no code: bytes in memory fail no reader", err)
		}
		return
	}
	if rows == nil {
		t.Fatal("nil rows without an error")
	}
	cells := 0
	for _, r := range rows {
		cells += max(len(r), 1)
		for _, c := range r {
			if !utf8.ValidString(c) {
				t.Fatalf("cell %q is not UTF-8", c)
			}
		}
	}
	if cells > fuzzLimits.MaxCells {
		t.Fatalf("%d cells past MaxCells %d", cells, fuzzLimits.MaxCells)
	}
	if len(rows) > 0 && len(rows[len(rows)-1]) == 0 {
		t.Fatal("a blank row at the end")
	}
}

// addTestdata adds each test file of the extensions as a seed.
func addTestdata(f *testing.F, exts ...string) {
	for _, ext := range exts {
		names, _ := filepath.Glob(filepath.Join("testdata", "*"+ext))
		for _, n := range names {
			b, err := os.ReadFile(n)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(b)
		}
	}
}

// FuzzReadCSV reads any bytes without a panic, and reads back the rows
// encoding/csv writes of them (cut at \x00 into rows and \x01 into
// cells): the same rows, but that a row of one empty cell is a blank row
// (a spreadsheet cannot tell them apart), blank rows at the end are
// dropped and \r\n in a cell reads \n.
func FuzzReadCSV(f *testing.F) {
	addTestdata(f, ".csv", ".txt")
	for _, s := range []string{"", "a,b\n", "\"a\nb\",\"c\"\"d\"\r\n\n,", "\ufeff序號\t名稱\n", "\"open", "\xff\xfea\x00", "a;b;c", "x\"y,\"z\"w\r"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, _, err := spreadsheet.ReadCSV(bytes.NewReader(data), fuzzLimits)
		checkRead(t, rows, err)

		// The round trip.
		if !utf8.Valid(data) || bytes.HasPrefix(data, []byte("\ufeff")) {
			return
		}
		var want [][]string
		for _, line := range strings.Split(string(data), "\x00") {
			want = append(want, strings.Split(line, "\x01"))
		}
		written := csvOf(t, want, false)
		got, info, err := spreadsheet.ReadCSV(bytes.NewReader(written), &spreadsheet.Options{Comma: ','})
		if err != nil {
			t.Fatalf("reading what encoding/csv wrote of %q: %v", want, err)
		}
		for i, r := range want {
			if len(r) == 1 && r[0] == "" {
				want[i] = []string{}
			}
			for j, c := range r {
				r[j] = strings.ReplaceAll(c, "\r\n", "\n")
			}
		}
		for len(want) > 0 && len(want[len(want)-1]) == 0 {
			want = want[:len(want)-1]
		}
		if !slices.EqualFunc(want, got, slices.Equal) {
			t.Fatalf("encoding/csv wrote %q of %q; read back %q", written, want, got)
		}
		if info.Encoding != spreadsheet.UTF8 || info.Delimiter != ',' {
			t.Fatalf("info = %+v", info)
		}
	})
}

// FuzzReadODS reads any content.xml, in an archive or as the archive
// itself, without a panic and within the limits.
func FuzzReadODS(f *testing.F) {
	// The tables alone: a short seed is minimized fast.
	for _, file := range []string{"catalog.ods", "inventory_sample.ods"} {
		f.Add(between(unzipPart(f, file, "content.xml"), "<table:table ", "</table:table>"), false)
	}
	f.Add([]byte(`<table:table table:name="s"><table:table-row table:number-rows-repeated="3">`+cell("x")+`<table:table-cell table:number-columns-repeated="1000000"/></table:table-row></table:table>`), false)
	f.Add(readFileF(f, "catalog.ods"), true)
	f.Fuzz(func(t *testing.T, data []byte, raw bool) {
		b := data
		if !raw {
			if !bytes.Contains(data, []byte("<office:document-content")) {
				data = []byte(odsHead + string(data) + odsTail)
			}
			b = zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", string(data))
		}
		rows, _, err := spreadsheet.ReadODS(bytes.NewReader(b), int64(len(b)), fuzzLimits)
		checkRead(t, rows, err)
	})
}

// FuzzReadXLSX reads any sheet, shared strings and styles without a
// panic and within the limits.
func FuzzReadXLSX(f *testing.F) {
	// The cells, merges, strings and number formats alone: a short seed
	// is minimized fast.
	for _, file := range []string{"catalog.xlsx", "inventory_sample.xlsx"} {
		sheet := unzipPart(f, file, "xl/worksheets/sheet1.xml")
		styles := unzipPart(f, file, "xl/styles.xml")
		f.Add(append(between(sheet, "<sheetData", "</sheetData>"), between(sheet, "<mergeCells", "</mergeCells>")...),
			unzipPart(f, file, "xl/sharedStrings.xml"),
			append(between(styles, "<numFmts", "</numFmts>"), between(styles, "<cellXfs", "</cellXfs>")...))
	}
	f.Add([]byte(`<worksheet><sheetData><row r="2"><c r="B2" s="1"><v>44700</v></c><c t="inlineStr"><is><t>x</t></is></c></row></sheetData><mergeCells><mergeCell ref="A1:C3"/></mergeCells></worksheet>`),
		[]byte(`<sst><si><t>a</t></si></sst>`), []byte(`<styleSheet><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`))
	f.Fuzz(func(t *testing.T, sheet, shared, styles []byte) {
		b := zipOf(t,
			"xl/workbook.xml", `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="s" r:id="rId1"/></sheets></workbook>`,
			"xl/_rels/workbook.xml.rels", xlsxRels,
			"xl/sharedStrings.xml", string(shared),
			"xl/styles.xml", string(styles),
			"xl/worksheets/sheet1.xml", string(sheet),
		)
		rows, _, err := spreadsheet.ReadXLSX(bytes.NewReader(b), int64(len(b)), fuzzLimits)
		checkRead(t, rows, err)
	})
}

// between returns the part of b from start to the end of end, or
// nothing.
func between(b []byte, start, end string) []byte {
	i := bytes.Index(b, []byte(start))
	j := bytes.LastIndex(b, []byte(end))
	if i < 0 || j < i {
		return nil
	}
	return append([]byte(nil), b[i:j+len(end)]...)
}

func readFileF(f *testing.F, name string) []byte {
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// unzipPart returns the part name of the archive file of testdata.
func unzipPart(f *testing.F, file, name string) []byte {
	b := readFileF(f, file)
	z, err := zipReader(b)
	if err != nil {
		f.Fatal(err)
	}
	for _, zf := range z.File {
		if zf.Name == name {
			rc, err := zf.Open()
			if err != nil {
				f.Fatal(err)
			}
			defer rc.Close()
			var out bytes.Buffer
			if _, err := out.ReadFrom(rc); err != nil {
				f.Fatal(err)
			}
			return out.Bytes()
		}
	}
	f.Fatalf("%s has no %s", file, name)
	return nil
}
