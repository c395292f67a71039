package actions_test

import (
	"testing"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// The deck's ruling of 案由3 with its 審查通過 turned into each word of
// the refusal family: none approves a batch, so no delisting is checked.
func TestReadRulingNegated(t *testing.T) {
	const asked = "臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆，"
	for _, tt := range []struct {
		text string
		kind actions.ClauseKind
	}{
		{asked + "審查通過。", actions.Approval}, // the deck's own: the positive control
		{asked + "不予同意。", actions.Refusal},
		{asked + "不同意。", actions.Refusal},
		{asked + "未獲同意。", actions.Refusal},
		{asked + "審查未通過。", actions.Refusal},
		{asked + "未予核准。", actions.Refusal},
		{asked + "不准下架。", actions.Refusal},
		{asked + "暫緩辦理。", actions.Refusal},
		{asked + "歉難同意。", actions.Refusal},
		{asked + "予以駁回。", actions.Refusal},
		{asked + "未通過審查。", actions.Refusal},
		{"矯正署臺中戒治所申請下架2筆資料集，經審查未通過，請再確認資料集是否確屬重複。", actions.Refusal},
		{"有關矯正署臺中戒治所申請下架資料集乙事，不予備查。", actions.Refusal},
	} {
		r := actions.ReadRuling(tt.text, nil)
		last := r.Clauses[len(r.Clauses)-1]
		if last.Kind != tt.kind {
			t.Errorf("ReadRuling(%s): last clause %s, want %s", tt.text, last.Kind, tt.kind)
		}
		approved := tt.kind == actions.Approval
		if got := len(r.Delistings()) > 0; got != approved {
			t.Errorf("ReadRuling(%s).Delistings() = %v, want approved %v", tt.text, r.Delistings(), approved)
		}
		checks := actions.CheckDelistings(r, actions.ReadProgress("已完成下架臺灣橋頭地方檢察署重複之資料集。"))
		for _, c := range checks {
			if !approved && c.Verdict == finding.Passed {
				t.Errorf("CheckDelistings on %s: 符合 on a refused batch", tt.text)
			}
		}
	}
}

// Progress reports that say the delisting is pending give no done batch,
// so CheckDelistings cannot say 符合 on them.
func TestReadProgressNegated(t *testing.T) {
	approved := actions.ReadRuling("臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆，審查通過。", nil)
	for _, tt := range []struct {
		text string
		done bool
	}{
		{"已完成下架臺灣橋頭地方檢察署重複之資料集。", true}, // the deck's own
		{"臺灣橋頭地方檢察署重複之資料集尚未完成下架。", false},
		{"臺灣橋頭地方檢察署重複之資料集未完成下架。", false},
		{"臺灣橋頭地方檢察署重複之資料集尚未辦理下架。", false},
		{"臺灣橋頭地方檢察署重複之資料集仍在辦理下架，預計6月底前完成下架。", false},
		{"臺灣橋頭地方檢察署重複之資料集下架辦理中。", false},
		{"臺灣橋頭地方檢察署重複之資料集並未下架。", false},
		{"臺灣橋頭地方檢察署重複之資料集仍未下架。", false},
		{"臺灣橋頭地方檢察署刻正辦理下架，俟完成下架後再行報告。", false},
		{"因系統異常，未能完成下架。", false},
		{"1.已函請臺灣橋頭地方檢察署辦理。2.該署重複之資料集尚未完成下架。", false},
	} {
		p := actions.ReadProgress(tt.text)
		if got := len(p.Done) > 0; got != tt.done {
			t.Errorf("ReadProgress(%s).Done = %v, want done %v", tt.text, p.Done, tt.done)
		}
		for _, c := range actions.CheckDelistings(approved, p) {
			if !tt.done && c.Verdict == finding.Passed {
				t.Errorf("CheckDelistings on %s: 符合 on a pending delisting", tt.text)
			}
		}
	}
}

// A batch names its publisher in short form (橋頭地檢) and resolves through
// datasets.LookupPublisher; a publisher no list holds is 無法查核, never
// the agreement of any agency.
func TestDelistingPublishers(t *testing.T) {
	kiao, err := datasets.LookupPublisher("臺灣橋頭地方檢察署")
	if err != nil {
		t.Fatal(err)
	}
	deck := actions.ReadRuling("臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆，審查通過。", nil)
	short := actions.ReadRuling("橋頭地檢因資料集內容重複，申請下架資料集1筆，審查通過。", nil)
	if d := short.Delistings(); len(d) != 1 || d[0].Publisher != kiao {
		t.Fatalf("橋頭地檢: Delistings = %v, want the batch of %v", d, kiao)
	}
	unknown := actions.ReadRuling("臺北市政府資訊局因資料集內容重複，申請下架資料集1筆，審查通過。", nil)
	if d := unknown.Delistings(); len(d) != 1 || d[0].Publisher.IsZero() || d[0].Publisher.Own() {
		t.Fatalf("unknown publisher: Delistings = %v, want a batch of a publisher not Own", d)
	}
	for _, tt := range []struct {
		name     string
		ruling   actions.Ruling
		progress string
		verdict  finding.Verdict
		unknown  string
	}{
		{"short form approved, full name done", short, "已完成下架臺灣橋頭地方檢察署重複之資料集。", finding.Passed, ""},
		{"full name approved, short form done", deck, "已完成下架橋頭地檢重複之資料集。", finding.Passed, ""},
		{"short form, another agency done", short, "已完成下架矯正署臺中戒治所重複之資料集。", finding.Failed, ""},
		{"unknown approved, done nothing named", unknown, "已完成下架。", finding.Unchecked, "臺北市政府資訊局"},
		{"unknown approved, done by it", unknown, "已完成下架臺北市政府資訊局重複之資料集。", finding.Unchecked, "臺北市政府資訊局"},
		{"known approved, done by an unknown one", deck, "已完成下架臺北市政府資訊局重複之資料集。", finding.Unchecked, "臺北市政府資訊局"},
	} {
		got := actions.CheckDelistings(tt.ruling, actions.ReadProgress(tt.progress))
		if len(got) != 1 || got[0].Verdict != tt.verdict || got[0].Unknown != tt.unknown {
			t.Errorf("%s: CheckDelistings = %+v, want %v (unknown %q)", tt.name, got, tt.verdict, tt.unknown)
			continue
		}
		if tt.unknown != "" {
			want := "核定下架" + got[0].Approved.String() + "，辦理情形：發布機關「" + tt.unknown + "」未列於機關名冊，無法查核"
			if s := got[0].String(); s != want {
				t.Errorf("%s: String = %s, want %s", tt.name, s, want)
			}
		}
	}
}
