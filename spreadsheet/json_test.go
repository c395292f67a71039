package spreadsheet_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
	"github.com/ogdtw/governance/spreadsheet"
)

func TestJSON(t *testing.T) {
	_, _, err := spreadsheet.ReadCSV(strings.NewReader("\"a"), nil)
	var pe *spreadsheet.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v", err)
	}
	jsontest.Check(t, ".", map[string]any{
		"Info":       spreadsheet.Info{Encoding: spreadsheet.Big5, Delimiter: '\t', Sheet: "盤點表"},
		"Encoding":   spreadsheet.UTF16LE,
		"Options":    spreadsheet.Options{Sheet: "需求", Comma: ';', MaxBytes: 1 << 20, MaxCells: 1000},
		"ParseError": pe,
	})
	for e := spreadsheet.UTF8; e <= spreadsheet.Big5; e++ {
		if err := jsontest.RoundTrip(e); err != nil {
			t.Error(err)
		}
	}
	if _, err := spreadsheet.Encoding(99).MarshalText(); !errors.Is(err, spreadsheet.ErrRange) {
		t.Errorf("invalid encoding: %v", err)
	}
}

func TestParseEncoding(t *testing.T) {
	for in, want := range map[string]spreadsheet.Encoding{
		"": spreadsheet.NoEncoding, "UTF-8": spreadsheet.UTF8, "utf8": spreadsheet.UTF8, "UTF-8 BOM": spreadsheet.UTF8BOM,
		"utf-8-sig": spreadsheet.UTF8BOM, "UTF-16LE": spreadsheet.UTF16LE, "Unicode": spreadsheet.UTF16LE, "utf_16be": spreadsheet.UTF16BE,
		"Big5": spreadsheet.Big5, "CP950": spreadsheet.Big5,
	} {
		got, err := spreadsheet.ParseEncoding(in)
		if err != nil || got != want {
			t.Errorf("ParseEncoding(%q) = %v, %v; want %v", in, got, err, want)
		}
		if want != spreadsheet.NoEncoding {
			if back, err := spreadsheet.ParseEncoding(want.String()); err != nil || back != want {
				t.Errorf("ParseEncoding(%q) = %v, %v", want.String(), back, err)
			}
		}
	}
	if _, err := spreadsheet.ParseEncoding("Shift_JIS"); !errors.Is(err, spreadsheet.ErrSyntax) {
		t.Errorf("Shift_JIS: %v", err)
	}
	if spreadsheet.Encoding(-1).IsValid() || spreadsheet.Encoding(6).IsValid() || !spreadsheet.Big5.IsValid() {
		t.Error("IsValid")
	}
}

// A ParseError's JSON holds where it is and its cause as an object; a
// reader's error, which has no code, comes back as an error of its text.
func TestParseErrorJSON(t *testing.T) {
	_, _, err := spreadsheet.ReadCSV(strings.NewReader("序號,備註\n1,\"未閉合\n"), nil)
	b, jerr := json.Marshal(err)
	if jerr != nil {
		t.Fatal(jerr)
	}
	want := `{"code":"spreadsheet.syntax","message":"第2列第2欄：引號未閉合","func":"ReadCSV","detail":"a quoted cell is never closed","detailCode":"spreadsheet.syntax.quote","line":2,"row":2,"column":2,"err":{"code":"spreadsheet.syntax","message":"檔案格式有誤，無法讀取"}}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	_, _, err = spreadsheet.ReadCSV(errReader{errors.New("disk gone")}, nil)
	b, _ = json.Marshal(err)
	var back spreadsheet.ParseError
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Err == nil || back.Err.Error() != "disk gone" || back.Code() != "" || back.Message(finding.Chinese) != "讀取檔案時發生錯誤" {
		t.Errorf("%s read back as %+v: %q", b, back, back.Message(finding.Chinese))
	}
	if err := json.Unmarshal([]byte(`{"err":{"code":"spreadsheet.nonesuch"}}`), &back); err == nil {
		t.Error("an unknown code read without an error")
	}
	if err := json.Unmarshal([]byte(`{"detailCode":"spreadsheet.nonesuch","err":{"code":"spreadsheet.syntax"}}`), &back); err == nil {
		t.Error("an unknown detail code read without an error")
	}
	if m := (&spreadsheet.ParseError{Row: 3, Err: spreadsheet.ErrRange}).Message(finding.English); m != "row 3: a value is out of range" {
		t.Errorf("English message %q", m)
	}
}

// A ParseError's detail goes through JSON as its code and arguments, so
// that its messages come back in each language.
func TestParseErrorDetailJSON(t *testing.T) {
	_, _, err := spreadsheet.ReadCSV(strings.NewReader(strings.Repeat("a,", 1000)+"a\n"), &spreadsheet.Options{MaxCells: 1000})
	var pe *spreadsheet.ParseError
	if !errors.As(err, &pe) {
		t.Fatalf("err = %v", err)
	}
	if err := jsontest.RoundTrip(pe); err != nil {
		t.Error(err)
	}
	b, err := json.Marshal(pe)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"code":"spreadsheet.too-large","message":"逾1,000格之上限","func":"ReadCSV","detail":"more than 1000 cells","detailCode":"spreadsheet.too-large.cells","detailArgs":[1000],"err":{"code":"spreadsheet.too-large","message":"檔案逾讀取上限，未予讀取"}}`
	if string(b) != want {
		t.Errorf("JSON = %s\nwant   %s", b, want)
	}
	var back spreadsheet.ParseError
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.DetailCode() != "spreadsheet.too-large.cells" || back.Message(finding.English) != "more than 1,000 cells" ||
		back.Message(finding.Chinese) != "逾1,000格之上限" || back.Error() != pe.Error() {
		t.Errorf("read back as %+v: %q, %q", back, back.Message(finding.English), back.Message(finding.Chinese))
	}
}

// An Info's delimiter is written as a string of its one character, and
// read back from that or from a number, its code point.
func TestInfoJSON(t *testing.T) {
	for _, c := range []struct {
		info spreadsheet.Info
		json string
	}{
		{spreadsheet.Info{Encoding: spreadsheet.UTF8, Delimiter: ','}, `{"encoding":"UTF-8","delimiter":","}`},
		{spreadsheet.Info{Encoding: spreadsheet.Big5, Delimiter: '\t'}, `{"encoding":"Big5","delimiter":"\t"}`},
		{spreadsheet.Info{Encoding: spreadsheet.UTF16LE, Delimiter: ';'}, `{"encoding":"UTF-16LE","delimiter":";"}`},
		{spreadsheet.Info{Encoding: spreadsheet.UTF8, Sheet: "盤點表"}, `{"encoding":"UTF-8","sheet":"盤點表"}`},
	} {
		b, err := json.Marshal(c.info)
		if err != nil || string(b) != c.json {
			t.Errorf("%+v: JSON %s, %v; want %s", c.info, b, err, c.json)
		}
		var back spreadsheet.Info
		if err := json.Unmarshal(b, &back); err != nil || back != c.info {
			t.Errorf("%s read back as %+v, %v", b, back, err)
		}
	}
	for in, want := range map[string]rune{
		`{"delimiter":44}`: ',', `{"delimiter":9}`: '\t', `{"delimiter":59}`: ';', `{"delimiter":""}`: 0, `{"delimiter":0}`: 0, `{"delimiter":"、"}`: '、',
	} {
		var back spreadsheet.Info
		if err := json.Unmarshal([]byte(in), &back); err != nil || back.Delimiter != want {
			t.Errorf("%s read as %q, %v; want %q", in, back.Delimiter, err, want)
		}
	}
	for _, in := range []string{`{"delimiter":",;"}`, `{"delimiter":-1}`, `{"delimiter":1114112}`, `{"delimiter":true}`, `{"delimiter":1.5}`} {
		var back spreadsheet.Info
		if err := json.Unmarshal([]byte(in), &back); err == nil {
			t.Errorf("%s read as %+v without an error", in, back)
		}
	}
	if _, err := json.Marshal(spreadsheet.Info{Delimiter: -1}); err == nil {
		t.Error("a delimiter that is no character written without an error")
	}
	_, info, err := spreadsheet.ReadCSV(strings.NewReader("a\tb\n"), nil)
	if b, _ := json.Marshal(info); err != nil || string(b) != `{"encoding":"UTF-8","delimiter":"\t"}` {
		t.Errorf("a read's Info: %s, %v", b, err)
	}
}
