package datasets

import (
	"strings"
	"testing"
)

// TestPoint11 checks that the duties' wordings rebuild 第11點 as the deck
// quotes it.
func TestPoint11(t *testing.T) {
	const deck = "應按季提報該機關與所屬機關資料開放推動成果送行政院諮詢小組備查，" +
		"並按季於政府資料開放平臺（data.gov.tw）公開審查結果及說明未能開放之依據，" +
		"並更新預計開放資料集清單。"
	var parts []string
	for _, d := range Duties() {
		parts = append(parts, d.Wording())
	}
	if got := strings.Join(parts, "，並") + "。"; got != deck {
		t.Errorf("第11點 rebuilt =\n%s\nwant\n%s", got, deck)
	}
}

func TestDuty(t *testing.T) {
	for _, d := range Duties() {
		if d.String() == "" || d.Recipient() == "" || strings.HasPrefix(d.String(), "Duty(") || !d.IsValid() {
			t.Errorf("%d: %q %q", d, d.String(), d.Recipient())
		}
	}
	for _, d := range []Duty{NoDuty, 4} {
		if d.Wording() != "" || d.Recipient() != "" {
			t.Errorf("Duty(%d): %q %q", d, d.Wording(), d.Recipient())
		}
	}
	if NoDuty.String() != "" || Duty(4).String() != "Duty(4)" || Duty(4).IsValid() {
		t.Errorf("NoDuty %q, Duty(4) %q", NoDuty, Duty(4))
	}
	if ReportResults.Recipient() != "行政院諮詢小組" || ReportResults.String() != "提報推動成果" {
		t.Errorf("ReportResults = %q, goes to %q", ReportResults, ReportResults.Recipient())
	}
}
