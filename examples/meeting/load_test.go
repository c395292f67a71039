package main

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/language"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// libreOfficeText is the CSV filter of LibreOffice that reads each of
// the first 16 columns as text, so that a cell is saved as the CSV
// writes it (testdata/workbooks/make.sh uses the same).
const libreOfficeText = "CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2/10/2/11/2/12/2/13/2/14/2/15/2/16/2"

// workbookDir returns a folder of the deck's data files in which some
// are ODS or XLSX files written by LibreOffice instead of CSV, and the
// names of those: with soffice (its path), every other file as ODS and
// the rest as XLSX, written now; with "", the workbooks
// testdata/workbooks holds (written by its make.sh).
func workbookDir(t *testing.T, soffice string) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	names := make([]string, 0, 16)
	for name, f := range deckFS(t) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	slices.Sort(names)
	var made []string
	if soffice != "" {
		var ods, xlsx []string
		for i, name := range names {
			if i%2 == 0 {
				ods = append(ods, name)
			} else {
				xlsx = append(xlsx, name)
			}
		}
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
		defer cancel()
		// Both at once, each with a profile of its own, so that no other
		// LibreOffice in use stands in the way.
		errs := make(chan error, 2)
		for _, c := range []struct {
			ext   string
			files []string
		}{{"ods", ods}, {"xlsx", xlsx}} {
			profile := "-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "profile"))
			args := append([]string{profile, "--headless", "--infilter=" + libreOfficeText, "--convert-to", c.ext, "--outdir", dir}, c.files...)
			cmd := exec.CommandContext(ctx, soffice, args...)
			cmd.Dir = dir
			go func() {
				out, err := cmd.CombinedOutput()
				if err != nil {
					err = fmt.Errorf("soffice --convert-to %s: %v\n%s", c.ext, err, out)
				}
				errs <- err
			}()
			for _, name := range c.files {
				made = append(made, strings.TrimSuffix(name, ".csv")+"."+c.ext)
			}
		}
		for range 2 {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
	} else {
		entries, err := os.ReadDir(filepath.Join("testdata", "workbooks"))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			if ext := filepath.Ext(e.Name()); ext != ".ods" && ext != ".xlsx" {
				continue
			}
			b, err := os.ReadFile(filepath.Join("testdata", "workbooks", e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
				t.Fatal(err)
			}
			made = append(made, e.Name())
		}
		if len(made) == 0 {
			t.Fatal("no workbook in testdata/workbooks")
		}
	}
	// The CSV of each workbook goes: the workbook is read instead.
	for _, wb := range made {
		csvName := strings.TrimSuffix(wb, filepath.Ext(wb)) + ".csv"
		if err := os.Remove(filepath.Join(dir, csvName)); err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(filepath.Join(dir, wb)); err != nil {
			t.Fatalf("LibreOffice wrote no %s: %v", wb, err)
		}
	}
	return dir, made
}

// TestWorkbooks runs -data on a folder whose files are ODS and XLSX
// written by LibreOffice: the report is the one the deck's CSV files
// give, in both languages. It reads the workbooks testdata/workbooks
// holds, and, where LibreOffice is installed, the deck's every file
// converted now.
func TestWorkbooks(t *testing.T) {
	t.Run("testdata", func(t *testing.T) { checkWorkbooks(t, "") })
	t.Run("libreoffice", func(t *testing.T) {
		soffice, err := exec.LookPath("soffice")
		if err != nil {
			t.Skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui): the workbooks of testdata/workbooks stand in")
		}
		if testing.Short() {
			t.Skip("LibreOffice takes seconds: not with -short")
		}
		checkWorkbooks(t, soffice)
	})
}

func checkWorkbooks(t *testing.T, soffice string) {
	dir, made := workbookDir(t, soffice)
	var ods, xlsx int
	for _, m := range made {
		if filepath.Ext(m) == ".ods" {
			ods++
		} else {
			xlsx++
		}
	}
	if ods == 0 || xlsx == 0 {
		t.Fatalf("workbooks %v: want ODS and XLSX both", made)
	}
	t.Logf("read %d ODS and %d XLSX files: %v", ods, xlsx, made)
	for _, args := range [][]string{nil, {"-lang", "en"}} {
		var want, got, errs bytes.Buffer
		if code := run(args, &want, &errs); code != 0 {
			t.Fatalf("run(%q) = %d: %s", args, code, errs.String())
		}
		if code := run(append([]string{"-data", dir}, args...), &got, &errs); code != 0 {
			t.Fatalf("run -data %q = %d: %s", args, code, errs.String())
		}
		if got.String() != want.String() {
			t.Errorf("-data %v with workbooks differs from the CSV files:\n%s", args, lineDiff(want.String(), got.String()))
		}
	}
}

// xlsxFile returns an XLSX of one sheet holding rows as inline strings.
func xlsxFile(t *testing.T, rows [][]string) []byte {
	t.Helper()
	var sheet strings.Builder
	sheet.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for i, r := range rows {
		sheet.WriteString(`<row r="` + strconv.Itoa(i+1) + `">`)
		for _, c := range r {
			var esc bytes.Buffer
			_ = xml.EscapeText(&esc, []byte(c))
			sheet.WriteString(`<c t="inlineStr"><is><t>` + esc.String() + `</t></is></c>`)
		}
		sheet.WriteString(`</row>`)
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, p := range [][2]string{
		{"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", sheet.String()},
	} {
		f, err := w.Create(p[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(p[1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// errFS fails to tell of the files err names with the error given.
type errFS struct {
	fs.FS
	err map[string]error
}

func (e errFS) Open(name string) (fs.File, error) {
	if err, ok := e.err[name]; ok {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return e.FS.Open(name)
}

// TestDataFiles checks what -data reads of each file: a workbook in place
// of a CSV, named in the messages of its rows; an optional file absent
// only when it does not exist, and any other failure reported; blank
// rows kept, so that a row is named by the spreadsheet's number.
func TestDataFiles(t *testing.T) {
	badSeries := [][]string{{"統計日期", "開放數量", "增加數量"}, {"107/12/13", "2,168筆", "41筆"}, {"108/02/30", "2,310筆", "142筆"}, {"108/06/13", "2,341筆", "173筆"}}
	for _, c := range []struct {
		name    string
		change  func(fstest.MapFS)
		errs    map[string]error
		zh, en  []string // lines the report has
		not     []string // texts the Chinese report lacks
		problem int      // the problems counted
		same    bool     // the report is the deck's
	}{
		{"a workbook's bad row names the workbook", func(m fstest.MapFS) {
			delete(m, "series.csv")
			m["series.xlsx"] = &fstest.MapFile{Data: xlsxFile(t, badSeries)}
		}, nil, []string{"! series.xlsx 第3列"}, []string{"! series.xlsx row 3"}, []string{"series.csv"}, 1, false},
		// A blank row is row 3: the bad date is on row 4.
		{"blank rows keep the rows' numbers", func(m fstest.MapFS) {
			m["series.csv"] = &fstest.MapFile{Data: []byte("統計日期,開放數量,增加數量\n107/12/13,\"2,168筆\",41筆\n\n108/02/30,\"2,310筆\",142筆\n")}
		}, nil, []string{"! series.csv 第4列"}, []string{"! series.csv row 4"}, nil, 1, false},
		// What the program reads itself skips a blank row: no problem.
		{"blank rows the program skips", func(m fstest.MapFS) {
			for _, name := range []string{"action_plan.csv", "passages.csv", "claims.csv", "inventory_summary.csv"} {
				head, rest, _ := strings.Cut(string(m[name].Data), "\n")
				m[name] = &fstest.MapFile{Data: []byte(head + "\n\n" + rest)}
			}
		}, nil, nil, nil, nil, 0, true},
		{"a quote never closed, where it opens", func(m fstest.MapFS) {
			m["series.csv"] = &fstest.MapFile{Data: []byte("統計日期,開放數量,增加數量\n107/12/13,\"2,168筆,41筆\n")}
		}, nil, []string{"! series.csv 第2列第2欄：引號未閉合"}, []string{"! series.csv row 2, column 2: a quoted cell is never closed"}, nil, 1, false},
		{"a Big5 file", func(m fstest.MapFS) {
			m["series.csv"] = &fstest.MapFile{Data: big5Bytes(t, "統計日期,開放數量,增加數量\n107/12/13,\"2,168筆\",41筆\n108/02/30,\"2,310筆\",142筆\n")}
		}, nil, []string{"! series.csv 第3列"}, []string{"! series.csv row 3"}, nil, 1, false},
		{"an optional workbook that is not one", func(m fstest.MapFS) {
			delete(m, "claims.csv")
			m["claims.ods"] = &fstest.MapFile{Data: []byte("大綱,出處,項目,聲明\n")}
		}, nil, []string{"! claims.ods：非zip壓縮檔"}, []string{"! claims.ods: not a zip archive"}, nil, 1, false},
		{"an optional file that cannot be read", func(fstest.MapFS) {}, map[string]error{"claims.csv": fs.ErrPermission},
			[]string{"! claims.csv：無法讀取檔案"}, []string{"! claims.csv: cannot read the file"}, nil, 1, false},
		{"an optional file absent", func(m fstest.MapFS) { delete(m, "outline.csv") }, nil, nil, nil, []string{"outline.csv", "outline.ods"}, 0, false},
		{"a required file absent", func(m fstest.MapFS) { delete(m, "series.csv") }, nil,
			[]string{"! series.csv：檔案不存在"}, []string{"! series.csv: file does not exist"}, []string{"series.ods", "series.xlsx"}, 1, false},
		{"a CSV and a workbook of the same name", func(m fstest.MapFS) {
			m["series.xlsx"] = &fstest.MapFile{Data: xlsxFile(t, badSeries)}
		}, nil, []string{"讀取series.csv；同名之series.xlsx未予讀取"}, []string{"read series.csv; series.xlsx of the same name not read"}, []string{"series.xlsx 第"}, 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			m := deckFS(t)
			c.change(m)
			var fsys fs.FS = m
			if c.errs != nil {
				fsys = errFS{m, c.errs}
			}
			for _, l := range []struct {
				tag   language.Tag
				lines []string
			}{{finding.Chinese, c.zh}, {finding.English, c.en}} {
				report := Build(fsys, rocdate.MustParse(deckDate), l.tag)
				text := report.Text()
				for _, want := range l.lines {
					if !strings.Contains(text, want) {
						t.Errorf("%v: report lacks %q:\n%s", l.tag, want, text)
					}
				}
				if c.same && text != Build(deckFS(t), rocdate.MustParse(deckDate), l.tag).Text() {
					t.Errorf("%v: the report differs from the deck's", l.tag)
				}
				if report.Count(Problem) != c.problem {
					t.Errorf("%v: %d problems, want %d", l.tag, report.Count(Problem), c.problem)
				}
				if l.tag != finding.Chinese {
					continue
				}
				for _, not := range c.not {
					if strings.Contains(text, not) {
						t.Errorf("the report has %q:\n%s", not, text)
					}
				}
			}
		})
	}
}

func big5Bytes(t *testing.T, s string) []byte {
	b, err := traditionalchinese.Big5.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(b)
}
