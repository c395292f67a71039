package main

import (
	"fmt"
	"io"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// messages are this program's own lines, by key, in Chinese and English.
// The clauses of 第10點 and 第11點 and the labels come from the library.
var messages = map[string][2]string{
	"day":              {"%s（%s）", "%s (%s)"},
	"previous":         {"前次報告季別：%s（前次會議%s）", "Last reported quarter: %s (previous meeting %s)"},
	"previous-table":   {"前次報告季別：%s（依簡報「本部各機關(單位)資料開放情形」表所比較之季別；前次會議日期簡報未載）", "Last reported quarter: %s (the quarter the deck's per-publisher table compares with; the deck does not give the previous meeting's day)"},
	"samples":          {"  範例需求（非簡報所載，示其分流）：", "  Sample requests (not in the deck), to show how they are routed:"},
	"review":           {"本次報告期間：%s（%s，計%s）", "Period reported: %s (%s, %s)"},
	"quarter-whole":    {"  %s：全季", "  %s: the whole quarter"},
	"quarter-part":     {"  %s：截至%s", "  %s: up to %s"},
	"provision":        {"%s", "%s"},
	"point10":          {"政府資料開放諮詢小組設置要點第10點", "Point 10 of the Directions for the Open Government Data Advisory Group"},
	"point11":          {"政府資料開放諮詢小組設置要點第11點", "Point 11 of the Directions for the Open Government Data Advisory Group"},
	"point10-review":   {"  應按季檢視該機關與所屬機關提報之盤點資料及民間需求之回應說明", "  the inventories and the replies to the public that the ministry and its agencies report shall be reviewed every quarter"},
	"request":          {"  %s %s（%s）：%s", "  %s %s (%s): %s"},
	"tracked":          {"     → 列管至辦結", "     → tracked until done"},
	"tracked-schedule": {"     → 列管至辦結，應排定改善期程", "     → tracked until done; an improvement schedule is required"},
	"to":               {"     → %s", "     → %s"},
	"duty-to":          {"     → %s，%s", "     → %s, for %s"},

	// Who acts or receives, as the library names them.
	"actor:行政院諮詢小組":               {"行政院諮詢小組", "the Executive Yuan's advisory group"},
	"actor:政府資料開放平臺（data.gov.tw）": {"政府資料開放平臺（data.gov.tw）", "the government open data platform (data.gov.tw)"},
	"actor:機關法制單位":                {"機關法制單位", "the agency's legal unit"},
	"actor:機關業務或資訊單位":             {"機關業務或資訊單位", "the unit responsible for the process or system"},
	"actor:政府資料開放諮詢小組":            {"政府資料開放諮詢小組", "the open data advisory group"},
}

var (
	chinese = language.MustParse("zh-Hant-TW")
	english = language.English
)

// cat holds messages in an x/text catalog.
var cat = func() catalog.Catalog {
	b := catalog.NewBuilder(catalog.Fallback(chinese))
	for key, m := range messages {
		_ = b.SetString(chinese, key, m[0]) // plain strings never fail
		_ = b.SetString(english, key, m[1])
	}
	return b
}()

// A printer prints this program's lines in one language.
type printer struct {
	*message.Printer
	english bool
}

// newPrinter returns the printer for the supported language nearest to t:
// English for English, Chinese otherwise.
func newPrinter(t language.Tag) printer {
	_, i, conf := language.NewMatcher([]language.Tag{chinese, english}).Match(t)
	if i == 1 && conf != language.No {
		return printer{message.NewPrinter(english, message.Catalog(cat)), true}
	}
	return printer{message.NewPrinter(chinese, message.Catalog(cat)), false}
}

// sprintf formats the message of key.
func (p printer) sprintf(key string, args ...any) string { return p.Sprintf(key, args...) }

// line writes the message of key and a line break.
func (p printer) line(w io.Writer, key string, args ...any) {
	fmt.Fprintln(w, p.Sprintf(key, args...))
}
