package requests

import "testing"

// TestPoint10 checks that Review and the routes' wordings rebuild 第10點
// as the deck quotes it, clause by clause.
func TestPoint10(t *testing.T) {
	const deck = "應按季檢視該機關與所屬機關提報之盤點資料及民間需求之回應說明，" +
		"涉機關主管法規疑義者，應會同機關法制單位檢討修正，並確認回應說明之適切性；" +
		"涉機關業務流程或資訊系統問題者，應排定改善期程，定期追蹤列管；" +
		"涉跨部會法規疑義者，應提報行政院諮詢小組"
	got := Review + "，" + LegalReview.Wording() + "；" + ImprovementSchedule.Wording() + "；" + ReferToExecutiveYuan.Wording()
	if got != deck {
		t.Errorf("第10點 rebuilt =\n%s\nwant\n%s", got, deck)
	}
}
