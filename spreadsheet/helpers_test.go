package spreadsheet_test

import (
	"archive/zip"
	"bytes"
	"testing"
)

// zipOf returns a zip archive of the named parts.
func zipOf(t testing.TB, parts ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for i := 0; i+1 < len(parts); i += 2 {
		f, err := w.Create(parts[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(parts[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const odsHead = `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>`
const odsTail = `</office:spreadsheet></office:body></office:document-content>`

// odsOf returns an ODS whose spreadsheet body is tables.
func odsOf(t testing.TB, tables string) []byte {
	return zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", odsHead+tables+odsTail)
}

const xlsxRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/></Relationships>`

// xlsxOf returns an XLSX of two sheets, 盤點表 and 需求, whose sheetData
// (and what follows it) are sheet1 and sheet2, with the shared strings,
// the styles' numFmts and cellXfs, and the workbook's properties given.
func xlsxOf(t testing.TB, pr, shared, styles, sheet1, sheet2 string) []byte {
	ns := `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	return zipOf(t,
		"xl/workbook.xml", `<workbook `+ns+`>`+pr+`<sheets><sheet name="盤點表" sheetId="1" r:id="rId1"/><sheet name="需求" sheetId="2" r:id="rId2"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels", xlsxRels,
		"xl/sharedStrings.xml", `<sst `+ns+`>`+shared+`</sst>`,
		"xl/styles.xml", `<styleSheet `+ns+`>`+styles+`</styleSheet>`,
		"xl/worksheets/sheet1.xml", `<worksheet `+ns+`>`+sheet1+`</worksheet>`,
		"xl/worksheets/sheet2.xml", `<worksheet `+ns+`>`+sheet2+`</worksheet>`,
	)
}

func zipReader(b []byte) (*zip.Reader, error) {
	return zip.NewReader(bytes.NewReader(b), int64(len(b)))
}
