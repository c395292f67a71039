package spreadsheet

import (
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/i18n"
)

// codes are every code the package registers a message for: its
// sentinels', where a problem is, the word of NoEncoding and every
// Detail it writes.
func codes() []string {
	cs := []string{
		"spreadsheet.syntax", "spreadsheet.encoding", "spreadsheet.no-sheet",
		"spreadsheet.too-large", "spreadsheet.range", "spreadsheet.encoding.none",
		"spreadsheet.at.cell", "spreadsheet.at.row", "spreadsheet.at.line",
	}
	for _, f := range detailForms {
		cs = append(cs, f.Code)
	}
	return cs
}

// TestMessages lists the codes the package can produce: each has a
// message in both languages, and no message is registered that the list
// lacks.
func TestMessages(t *testing.T) {
	codes := codes()
	for _, c := range codes {
		if !i18n.Has(c) {
			t.Errorf("code %s has no message", c)
		}
		zh, en := i18n.Text(i18n.Chinese, c), i18n.Text(i18n.English, c)
		if zh == en || zh == "" || en == "" {
			t.Errorf("%s: Chinese %q, English %q", c, zh, en)
		}
	}
	got := i18n.Codes("spreadsheet.")
	want := append([]string(nil), codes...)
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("registered %v, listed %v", got, want)
	}
	// Each sentinel's code is listed, and a ParseError says it in Chinese.
	for _, s := range []error{ErrSyntax, ErrEncoding, ErrNoSheet, ErrTooLarge, ErrRange} {
		e := &ParseError{Func: "ReadCSV", Err: s}
		found := false
		for _, c := range codes {
			found = found || c == e.Code()
		}
		if !found {
			t.Errorf("code %s not listed", e.Code())
		}
		if m := e.Message(i18n.Chinese); m != i18n.Text(i18n.Chinese, e.Code()) || m == "" {
			t.Errorf("%s: Message = %q", e.Code(), m)
		}
	}
	if m := (&ParseError{Err: errors.New("io")}).Message(i18n.Chinese); m != "檔案格式有誤，無法讀取" {
		t.Errorf("a reader's error: %q", m)
	}
	// Each Detail reads back to its code, and its message is the form's.
	for _, f := range detailForms {
		var args []any
		for range strings.Count(f.English, "%") {
			args = append(args, 7)
		}
		if strings.Contains(f.English, "%s") {
			args = []any{"number-rows-repeated"}
		}
		e := perr("ReadODS", "", ErrSyntax, f.Code, args...)
		if code, _ := detailCode(e.Detail); code != f.Code {
			t.Errorf("Detail %q reads back as %q, want %q", e.Detail, code, f.Code)
		}
		if m := e.Message(i18n.Chinese); m != i18n.Sprintf(i18n.Chinese, f.Code, args...) || strings.Contains(m, "%") {
			t.Errorf("%s: Message = %q", f.Code, m)
		}
	}
	if code, _ := detailCode("something else"); code != "" {
		t.Errorf("an unknown Detail has code %q", code)
	}
	if m := NoEncoding.Message(i18n.Chinese); m != "未指定編碼" {
		t.Errorf("NoEncoding: %q", m)
	}
}

// detailCode returns the code of the form of a Detail, "" for another.
func detailCode(detail string) (string, []any) {
	f, args, _, ok := i18n.ReadDetail(detail, "spreadsheet")
	if !ok {
		return "", nil
	}
	return f.Code, args
}
