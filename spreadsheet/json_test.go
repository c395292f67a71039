package spreadsheet_test

import (
	"errors"
	"strings"
	"testing"

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
