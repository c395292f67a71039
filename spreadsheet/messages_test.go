package spreadsheet

import (
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/detailtest"
	"github.com/ogdtw/governance/internal/i18n"
)

// The codes of the sentinels, of where a problem is and of NoEncoding:
// the messages the package registers besides its details.
var fixedCodes = []string{
	"spreadsheet.syntax", "spreadsheet.encoding", "spreadsheet.no-sheet",
	"spreadsheet.too-large", "spreadsheet.range", "spreadsheet.encoding.none",
	"spreadsheet.at.cell", "spreadsheet.at.row", "spreadsheet.at.line",
}

// TestMessages checks the catalog: every message the package registers
// has a text in both languages, and every sentinel says its own in
// Chinese.
func TestMessages(t *testing.T) {
	registered := i18n.Codes("spreadsheet.")
	if len(registered) < 30 {
		t.Errorf("only %d messages registered: %v", len(registered), registered)
	}
	for _, c := range append(registered, fixedCodes...) {
		if !i18n.Has(c) {
			t.Errorf("code %s has no message", c)
			continue
		}
		zh, en := i18n.Text(i18n.Chinese, c), i18n.Text(i18n.English, c)
		if zh == en || zh == "" || en == "" {
			t.Errorf("%s: Chinese %q, English %q", c, zh, en)
		}
	}
	for _, s := range []error{ErrSyntax, ErrEncoding, ErrNoSheet, ErrTooLarge, ErrRange} {
		e := &ParseError{Func: "ReadCSV", Err: s}
		if m := e.Message(i18n.Chinese); m != i18n.Text(i18n.Chinese, e.Code()) || m == "" {
			t.Errorf("%s: Message = %q", e.Code(), m)
		}
	}
	if m := (&ParseError{Err: errors.New("io")}).Message(i18n.Chinese); m != "檔案格式有誤，無法讀取" {
		t.Errorf("a reader's error: %q", m)
	}
	if m := NoEncoding.Message(i18n.Chinese); m != "未指定編碼" {
		t.Errorf("NoEncoding: %q", m)
	}
}

// TestDetails checks every code perr is called with: it has a message
// taking as many arguments as given, and an error of it says that
// message in each language, its English the Detail.
func TestDetails(t *testing.T) {
	detailtest.CheckCodes(t, ".", 27)
	seen := map[string]bool{}
	for _, u := range detailtest.Codes(t, ".") {
		if seen[u.Code] {
			continue
		}
		seen[u.Code] = true
		n, _ := i18n.Arity(u.Code)
		args := make([]any, n)
		for i := range args {
			args[i] = 7
		}
		if strings.Contains(perr("ReadODS", "", ErrSyntax, u.Code, args...).Detail, "%!") {
			for i := range args {
				args[i] = "number-rows-repeated"
			}
		}
		e := perr("ReadODS", "", ErrSyntax, u.Code, args...)
		if e.DetailCode() != u.Code {
			t.Errorf("%s: DetailCode = %q", u.Code, e.DetailCode())
		}
		for _, lang := range []struct {
			name string
			m    string
			want string
		}{
			{"Chinese", e.Message(i18n.Chinese), i18n.Sprintf(i18n.Chinese, u.Code, args...)},
			{"English", e.Message(i18n.English), i18n.Sprintf(i18n.English, u.Code, args...)},
			{"Detail", e.Detail, e.Message(i18n.English)},
		} {
			if lang.m != lang.want || lang.m == "" || strings.Contains(lang.m, "%") {
				t.Errorf("%s: %s = %q, want %q", u.Code, lang.name, lang.m, lang.want)
			}
		}
		if want := `spreadsheet: ReadODS(""): ` + e.Detail; e.Error() != want {
			t.Errorf("%s: Error() = %q, want %q", u.Code, e.Error(), want)
		}
	}
	if len(seen) < 24 {
		t.Errorf("only %d codes seen", len(seen))
	}
}

// An error made as a literal has no detail code: its Detail is shown in
// English, the sentinel's message in Chinese.
func TestLiteralDetail(t *testing.T) {
	e := &ParseError{Func: "ReadCSV", Detail: "something odd", Err: ErrRange}
	if c := e.DetailCode(); c != "" {
		t.Errorf("DetailCode = %q", c)
	}
	if m := e.Message(i18n.English); m != "something odd" {
		t.Errorf("English: %q", m)
	}
	if m := e.Message(i18n.Chinese); m != "數值逾越範圍" {
		t.Errorf("Chinese: %q", m)
	}
	if m := e.at(0, 3, 0).Message(i18n.Chinese); m != "第3列：數值逾越範圍" {
		t.Errorf("Chinese at row 3: %q", m)
	}
}
