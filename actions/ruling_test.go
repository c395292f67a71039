package actions_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/inventory/law"
)

// clauseWant is what a test expects of a clause: its kind, subject,
// units, task, condition, citations (as String writes them), open-ended
// caution and delistings (as String writes them).
type clauseWant struct {
	Kind       actions.ClauseKind
	Subject    string
	Units      []string
	Task       string
	Condition  string
	Citations  []string
	OtherLaws  bool
	Delistings []string
}

func clauseGot(c actions.Clause) clauseWant {
	w := clauseWant{Kind: c.Kind, Subject: c.Subject, Units: c.Units, Task: c.Task, Condition: c.Condition, OtherLaws: c.OtherLaws}
	for _, x := range c.Citations {
		w.Citations = append(w.Citations, x.String())
	}
	for _, d := range c.Delistings {
		w.Delistings = append(w.Delistings, d.String())
	}
	return w
}

// rulingCases are the deck's three rulings and more of the same family,
// written as chairs write them.
var rulingCases = []struct {
	text string
	want []clauseWant
}{
	{deckItems[0][1], []clauseWant{
		{Kind: actions.Assignment, Subject: "委員建議增加開放本部採購文件", Units: []string{"資訊處", "有關單位"}, Task: "審慎研議"},
		{Kind: actions.Caution, Units: []string{"各單位"}, Task: "辦理資料開放時，仍應注意有無涉及政府資訊公開法第18條或其他法律規範",
			Citations: []string{"《政府資訊公開法》第18條"}, OtherLaws: true},
	}},
	{deckItems[1][1], []clauseWant{
		{Kind: actions.Statement, Subject: "政府資料開放獎勵活動辦法，提供資料集應用程式介面(API)可取得加分項目"},
		{Kind: actions.StandingRule, Condition: "日後如有API開發需求", Units: []string{"資訊處"}, Task: "參考委員建議，妥適評估其建置、維運成本及效益，避免浪費公帑"},
	}},
	{deckItems[2][1], []clauseWant{
		{Kind: actions.Approval, Delistings: []string{"臺灣橋頭地方檢察署資料集1筆（重複）"}},
	}},
	{"請法制司會同資訊處研議修正相關規定，並於下次會議報告。", []clauseWant{
		{Kind: actions.Assignment, Units: []string{"法制司", "資訊處"}, Task: "研議修正相關規定，並於下次會議報告"},
	}},
	{"准予備查。", []clauseWant{{Kind: actions.Approval}}},
	{"洽悉；請統計處持續更新資料集。", []clauseWant{
		{Kind: actions.Approval},
		{Kind: actions.Assignment, Units: []string{"統計處"}, Task: "持續更新資料集"},
	}},
	{"嗣後如有資料集申請下架，應先確認有無重複之資料集。", []clauseWant{
		{Kind: actions.StandingRule, Condition: "嗣後如有資料集申請下架", Task: "應先確認有無重複之資料集"},
	}},
	{"請各機關注意個人資料保護法第6條規定。", []clauseWant{
		{Kind: actions.Caution, Units: []string{"各機關"}, Task: "注意個人資料保護法第6條規定", Citations: []string{"《個人資料保護法》第6條"}},
	}},
	{"未來如遇民眾申請開放資料，請各單位依政府資訊公開法第18條及其他相關法令審慎處理。", []clauseWant{
		{Kind: actions.StandingRule, Condition: "未來如遇民眾申請開放資料", Units: []string{"各單位"},
			Task: "依政府資訊公開法第18條及其他相關法令審慎處理", Citations: []string{"《政府資訊公開法》第18條"}, OtherLaws: true},
	}},
	{"矯正署臺中戒治所因資料集內容重複，申請下架資料集2筆，同意下架。", []clauseWant{
		{Kind: actions.Approval, Delistings: []string{"矯正署臺中戒治所資料集2筆（重複）"}},
	}},
	{"有關資料集下架流程乙節，請資訊處偕同統計處及法制司於3個月內研擬作業程序（草案），提下次會議討論。", []clauseWant{
		{Kind: actions.Assignment, Subject: "資料集下架流程", Units: []string{"資訊處", "統計處", "法制司"},
			Task: "於3個月內研擬作業程序（草案），提下次會議討論"},
	}},
	{"請各單位務必依個資法第6條及同法第8條辦理；另請資訊處彙整辦理情形。", []clauseWant{
		{Kind: actions.Caution, Units: []string{"各單位"}, Task: "務必依個資法第6條及同法第8條辦理", Citations: []string{"《個資法》第6條", "《個資法》第8條"}},
		{Kind: actions.Assignment, Units: []string{"資訊處"}, Task: "彙整辦理情形"},
	}},
	{"本案經委員充分討論，照案通過。", []clauseWant{{Kind: actions.Approval}}},
	{"請矯正署臺中戒治所參照辦理。", []clauseWant{{Kind: actions.Assignment, Units: []string{"矯正署臺中戒治所"}, Task: "參照辦理"}}},
	{"由資訊處彙整後提報。", []clauseWant{{Kind: actions.Statement}}}, // 由X is not read as an assignment
	{"目前本部已開放資料集共計500項（詳如附件；含API 20項）。", []clauseWant{{Kind: actions.Statement}}},
	// A citation that opens its clause, and one that ends it, are the clause's.
	{"政府資訊公開法第18條第1項各款所定限制公開之資訊，不得開放。", []clauseWant{
		{Kind: actions.Statement, Citations: []string{"《政府資訊公開法》第18條第1項"}},
	}},
	{"另各單位辦理資料開放時，應注意個人資料保護法第6條。", []clauseWant{
		{Kind: actions.Caution, Task: "各單位辦理資料開放時，應注意個人資料保護法第6條", Citations: []string{"《個人資料保護法》第6條"}},
	}},
	// A closing bracket with none open (1) 2)) does not let a later
	// quotation's 。 split the clause.
	{"請資訊處依下列事項辦理：1)彙整各機關意見；2)依「政府資料開放諮詢小組設置要點。」召開會議。", []clauseWant{
		{Kind: actions.Assignment, Units: []string{"資訊處"}, Task: "依下列事項辦理：1)彙整各機關意見"},
		{Kind: actions.Statement},
	}},
	// The subject ends at 乙節, not at the 一事 that opens it.
	{"有關一事一議原則乙節，請各單位於提案時落實辦理。", []clauseWant{
		{Kind: actions.Assignment, Subject: "一事一議原則", Units: []string{"各單位"}, Task: "於提案時落實辦理"},
	}},
	// A unit's name holds no digits; nor does it run past 24 runes.
	{"請於111年12月底前將辦理情形提報資訊處。", []clauseWant{
		{Kind: actions.Assignment, Task: "於111年12月底前將辦理情形提報資訊處"},
	}},
	{"請依政府資料開放行動方案持續精進資料品質並適時檢討更新頻率後函報資訊處。", []clauseWant{
		{Kind: actions.Assignment, Task: "依政府資料開放行動方案持續精進資料品質並適時檢討更新頻率後函報資訊處"},
	}},
}

func TestReadRuling(t *testing.T) {
	for _, tt := range rulingCases {
		r := actions.ReadRuling(tt.text, nil)
		var got []clauseWant
		for _, c := range r.Clauses {
			got = append(got, clauseGot(c))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ReadRuling(%q) (-want +got):\n%s", tt.text, diff)
		}
		checkRuling(t, r)
	}
	// With a registry, the names are the registry's: the reading holds.
	r := actions.ReadRuling(deckItems[0][1], law.Default())
	if c := r.Clauses[1].Citations; len(c) != 1 || c[0].String() != "《政府資訊公開法》第18條" {
		t.Errorf("ReadRuling with the registry: citations %v", c)
	}
}

// checkRuling checks the properties of every reading: the clauses lie in
// order in the text, their texts are its spans, what lies between them is
// blanks and separators (。；), and every citation the law reader finds
// in the whole text lies inside one clause, which holds it.
func checkRuling(t *testing.T, r actions.Ruling) {
	t.Helper()
	at := 0
	gap := func(s string) bool {
		return strings.TrimFunc(s, func(c rune) bool {
			return c == '。' || c == '；' || strings.TrimSpace(string(c)) == "" || c == '\u3000'
		}) == ""
	}
	for _, c := range r.Clauses {
		if c.Start < at || c.End > len(r.Text) || c.Start >= c.End || r.Text[c.Start:c.End] != c.Text {
			t.Fatalf("ReadRuling(%q): clause %q at %d:%d out of place", r.Text, c.Text, c.Start, c.End)
		}
		if !gap(r.Text[at:c.Start]) {
			t.Fatalf("ReadRuling(%q): text %q lost between clauses", r.Text, r.Text[at:c.Start])
		}
		if !c.Kind.IsValid() || c.Kind == actions.NoClause {
			t.Fatalf("ReadRuling(%q): clause %q of kind %v", r.Text, c.Text, c.Kind)
		}
		at = c.End
	}
	if !gap(r.Text[at:]) {
		t.Fatalf("ReadRuling(%q): text %q lost after the clauses", r.Text, r.Text[at:])
	}
	n := 0
	for _, c := range r.Clauses {
		n += len(c.Citations)
	}
	found := 0
	for _, f := range law.FindCitations(r.Text) {
		if f.Err != nil || f.Citation.IsZero() {
			continue
		}
		found++
		inside := false
		for _, c := range r.Clauses {
			if f.Start >= c.Start && f.End <= c.End {
				inside = true
			}
		}
		if !inside {
			t.Fatalf("ReadRuling(%q): citation %q spans clauses", r.Text, r.Text[f.Start:f.End])
		}
	}
	if found != n {
		t.Fatalf("ReadRuling(%q): %d citations in the clauses, %d in the text", r.Text, n, found)
	}
}

// deckLong is a delisting done whose agency's name would run to 41
// ideographs from 下架.
const deckLong = "已完成下架依據政府資料開放行動方案定期檢視後認為內容重複且已不具開放價值之臺灣橋頭地方檢察署資料集1筆。"

func TestZero(t *testing.T) {
	for _, tt := range []struct {
		name       string
		zero, want bool
	}{
		{"Ruling{}", actions.Ruling{}.IsZero(), true},
		{"Ruling with text", actions.Ruling{Text: "准予備查。"}.IsZero(), false},
		{"Ruling with clauses", actions.Ruling{Clauses: []actions.Clause{{Kind: actions.Approval}}}.IsZero(), false},
		{"Progress{}", actions.Progress{}.IsZero(), true},
		{"Progress with text", actions.Progress{Text: "已完成下架。"}.IsZero(), false},
		{"Progress with points", actions.Progress{Points: []string{"已完成下架。"}}.IsZero(), false},
		{"Progress with letters", actions.Progress{Letters: []actions.Letter{{}}}.IsZero(), false},
		{"Progress with batches", actions.Progress{Done: []actions.DelistingBatch{{}}}.IsZero(), false},
	} {
		if tt.zero != tt.want {
			t.Errorf("%s: IsZero = %v", tt.name, tt.zero)
		}
	}
}

func TestReadProgress(t *testing.T) {
	kaohsiung := datasets.MustParsePublisher("臺灣橋頭地方檢察署")
	for _, tt := range []struct {
		text    string
		points  []string
		letters int
		done    []actions.DelistingBatch
	}{
		{progress1, []string{progress1[len("1. "):strings.Index(progress1, " 2. ")], progress1[strings.Index(progress1, " 2. ")+len(" 2. "):]}, 1, nil},
		{progress2, []string{progress2}, 1, nil},
		{progress3, []string{progress3}, 0, []actions.DelistingBatch{{Publisher: kaohsiung, Reason: datasets.Duplicate}}},
		{"（一）已完成下架臺灣橋頭地方檢察署重複之資料集1筆。（二）其餘資料集持續開放。", []string{"已完成下架臺灣橋頭地方檢察署重複之資料集1筆。", "其餘資料集持續開放。"}, 0,
			[]actions.DelistingBatch{{Publisher: kaohsiung, Reason: datasets.Duplicate, Count: 1}}},
		{"一、本處已研議完竣。 二、擬具草案。 4. 不是第三點", []string{"本處已研議完竣。", "擬具草案。 4. 不是第三點"}, 0, nil},
		{"1.甲 3.乙", []string{"甲 3.乙"}, 0, nil},
		{"   ", nil, 0, nil},
		{"矯正署臺中戒治所業已下架停止更新之資料集一筆", []string{"矯正署臺中戒治所業已下架停止更新之資料集一筆"}, 0,
			[]actions.DelistingBatch{{Publisher: datasets.MustParsePublisher("矯正署臺中戒治所"), Reason: datasets.Obsolete, Count: 1}}},
		{"下架作業尚在辦理中", []string{"下架作業尚在辦理中"}, 0, nil},
		{"已完成下架。", []string{"已完成下架。"}, 0, []actions.DelistingBatch{{}}},
		{"1. 已函請各機關檢視資料集。 2. 已完成彙整。 3. 將提下次會議報告。", []string{"已函請各機關檢視資料集。", "已完成彙整。", "將提下次會議報告。"}, 0, nil},
		{"1.已函請各機關檢視；2.已完成彙整", []string{"已函請各機關檢視；", "已完成彙整"}, 0, nil},
		{"下架完成臺灣橋頭地方檢察署重複之資料集1筆。", []string{"下架完成臺灣橋頭地方檢察署重複之資料集1筆。"}, 0,
			[]actions.DelistingBatch{{Publisher: kaohsiung, Reason: datasets.Duplicate, Count: 1}}},
		// A doubled 下架 (a typist's slip) reads as one.
		{"已完成下架下架臺灣橋頭地方檢察署重複之資料集1筆。", []string{"已完成下架下架臺灣橋頭地方檢察署重複之資料集1筆。"}, 0,
			[]actions.DelistingBatch{{Publisher: kaohsiung, Reason: datasets.Duplicate, Count: 1}}},
		// A count of 0 is no count: the next one is read.
		{"已完成下架臺灣橋頭地方檢察署資料集：停止更新0筆、重複1筆。", []string{"已完成下架臺灣橋頭地方檢察署資料集：停止更新0筆、重複1筆。"}, 0,
			[]actions.DelistingBatch{{Publisher: kaohsiung, Reason: datasets.Duplicate, Count: 1}}},
		// A run of 41 ideographs is not read as an agency's name (maxAgencyRunes).
		{deckLong, []string{deckLong}, 0, []actions.DelistingBatch{{Reason: datasets.Duplicate, Count: 1}}},
		// Two batches in one sentence; the second's agency stands after 此外，.
		{"已完成下架法務部重複之資料集1筆，此外，臺灣橋頭地方檢察署已下架內容重複之資料集2筆。", []string{"已完成下架法務部重複之資料集1筆，此外，臺灣橋頭地方檢察署已下架內容重複之資料集2筆。"}, 0,
			[]actions.DelistingBatch{{Publisher: datasets.MustParsePublisher("法務部"), Reason: datasets.Duplicate, Count: 1}, {Publisher: kaohsiung, Reason: datasets.Duplicate, Count: 2}}},
	} {
		p := actions.ReadProgress(tt.text)
		if diff := cmp.Diff(tt.points, p.Points); diff != "" {
			t.Errorf("ReadProgress(%q).Points (-want +got):\n%s", tt.text, diff)
		}
		if len(p.Letters) != tt.letters || !slices.Equal(tt.done, p.Done) || p.Text != tt.text {
			t.Errorf("ReadProgress(%q) = %d letters, done %v; want %d, %v", tt.text, len(p.Letters), p.Done, tt.letters, tt.done)
		}
	}
}

func TestCheckDelistings(t *testing.T) {
	approved := actions.ReadRuling(deckItems[2][1], nil)
	for _, tt := range []struct {
		name     string
		progress string
		verdict  finding.Verdict
		message  string
	}{
		{"the deck", progress3, finding.Passed, "核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：已完成下架"},
		{"count given", "已完成下架臺灣橋頭地方檢察署重複之資料集1筆", finding.Passed, "核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：已完成下架"},
		{"another agency", "已完成下架矯正署臺中戒治所重複之資料集", finding.Failed, "核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：未見完成下架"},
		{"another count", "已完成下架臺灣橋頭地方檢察署重複之資料集2筆", finding.Failed, "核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：未見完成下架"},
		{"another reason", "已完成下架臺灣橋頭地方檢察署停止更新之資料集", finding.Failed, "核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：未見完成下架"},
		{"done, nothing named", "已完成下架。", finding.Passed, "核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：已完成下架"},
		{"not done", "臺灣橋頭地方檢察署下架作業辦理中", finding.Failed, "核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：未見完成下架"},
		{"no report", "", finding.Unchecked, "核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形：未提報，無法查核"},
	} {
		got := actions.CheckDelistings(approved, actions.ReadProgress(tt.progress))
		if len(got) != 1 || got[0].Verdict != tt.verdict || got[0].String() != tt.message {
			t.Errorf("%s: CheckDelistings = %v, want %v %s", tt.name, got, tt.verdict, tt.message)
			continue
		}
		f := got[0].Finding
		if (tt.verdict == finding.Failed) != (f.Code == actions.CodeDelistingNotDone && f.Severity == finding.Warning) {
			t.Errorf("%s: finding %+v", tt.name, f)
		}
		if tt.verdict == finding.Failed && f.String() != "警告：核定下架臺灣橋頭地方檢察署資料集1筆（重複），辦理情形未見完成下架" {
			t.Errorf("%s: finding %s", tt.name, f)
		}
	}
	// A ruling that approves no delisting checks nothing; a statement of
	// a delisting is not an approval.
	if got := actions.CheckDelistings(actions.ReadRuling(deckItems[0][1], nil), actions.ReadProgress(progress3)); got != nil {
		t.Errorf("CheckDelistings(案由1) = %v, want none", got)
	}
	if got := actions.CheckDelistings(actions.ReadRuling("臺灣橋頭地方檢察署申請下架資料集1筆，尚待審查。", nil), actions.Progress{}); got != nil {
		t.Errorf("CheckDelistings(not approved) = %v, want none", got)
	}
	// Two batches approved, one done: each done batch answers once.
	two := actions.ReadRuling("臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆，審查通過；臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆，審查通過。", nil)
	got := actions.CheckDelistings(two, actions.ReadProgress(progress3))
	if len(got) != 2 || got[0].Verdict != finding.Passed || got[1].Verdict != finding.Failed {
		t.Errorf("CheckDelistings(two batches, one done) = %v", got)
	}
	if en := got[1].Message(finding.English); en != "delisting approved: 1 dataset of 臺灣橋頭地方檢察署 (duplicate); progress: not reported as delisted" {
		t.Errorf("English: %s", en)
	}
}

func TestAgendaRowCheckDelistings(t *testing.T) {
	r, err := actions.Replay(deckEvents())
	if err != nil {
		t.Fatal(err)
	}
	rows := r.Agenda(deckMeeting).Rows()
	if got := rows[2].CheckDelistings(); len(got) != 1 || got[0].Verdict != finding.Passed {
		t.Errorf("案由3 delistings = %v", got)
	}
	rows[2].Progress = actions.ReadProgress(progress2)
	if got := rows[2].CheckDelistings(); len(got) != 1 || got[0].Finding.Item != prevMeeting.Case(3) {
		t.Errorf("案由3 with another report: %v", got)
	}
	// Rows is a copy: changing it changes nothing in the agenda.
	rows[0].Ruling.Clauses[0].Units[0] = "x"
	if u := r.Agenda(deckMeeting).Rows()[0].Ruling.Clauses[0].Units[0]; u != "資訊處" {
		t.Errorf("agenda changed through Rows: %s", u)
	}
}

func TestParseClauseKind(t *testing.T) {
	for k := actions.NoClause; k <= actions.Approval; k++ {
		for _, s := range []string{k.String(), k.Message(finding.English)} {
			if got, err := actions.ParseClauseKind(s); err != nil || got != k {
				t.Errorf("ParseClauseKind(%q) = %v, %v; want %v", s, got, err, k)
			}
		}
	}
	if _, err := actions.ParseClauseKind("決定"); err == nil {
		t.Error("ParseClauseKind(決定) succeeded")
	}
	if _, err := actions.ClauseKind(9).MarshalText(); err == nil {
		t.Error("ClauseKind(9).MarshalText succeeded")
	}
}

// FuzzReadRuling checks the reading's properties on any text: it never
// panics, the clauses are the text's spans in order with only blanks and
// separators between them, every citation lies inside the clause holding
// it, and every clause has a kind; a kind that takes units has a task
// or units, and a delisting has a publisher or a count.
func FuzzReadRuling(f *testing.F) {
	for _, tt := range rulingCases {
		f.Add(tt.text)
	}
	f.Add("「未閉合；請資訊處辦理。")
	f.Add("）；；。請。請資訊處。下架下架1筆")
	f.Fuzz(func(t *testing.T, s string) {
		r := actions.ReadRuling(s, nil)
		if r.Text != s {
			t.Fatalf("ReadRuling(%q).Text = %q", s, r.Text)
		}
		checkRuling(t, r)
		for _, c := range r.Clauses {
			for _, d := range c.Delistings {
				if d.IsZero() || d.Count < 0 || !d.Reason.IsValid() {
					t.Fatalf("ReadRuling(%q): batch %+v", s, d)
				}
			}
			for _, u := range c.Units {
				if u == "" || !strings.Contains(c.Text, u) {
					t.Fatalf("ReadRuling(%q): unit %q not in clause %q", s, u, c.Text)
				}
			}
			if c.Task != "" && !strings.Contains(c.Text, c.Task) || c.Condition != "" && !strings.Contains(c.Text, c.Condition) ||
				c.Subject != "" && !strings.Contains(c.Text, c.Subject) {
				t.Fatalf("ReadRuling(%q): task, condition or subject not in clause %+v", s, c)
			}
		}
		_ = actions.CheckDelistings(r, actions.ReadProgress(s))
	})
}

// FuzzReadProgress checks the reading of a report: it never panics, its
// points lie in the text in order, without overlap, each trimmed and not
// blank; its letters are FindLetters'; its batches name something.
func FuzzReadProgress(f *testing.F) {
	for _, s := range []string{progress1, progress2, progress3, "（一）已完成下架臺灣橋頭地方檢察署重複之資料集1筆。（二）其餘資料集持續開放。",
		"一、甲。 二、乙 二、丙", "1.", "1. 2. 3.", "(1)甲；(2)乙", "1.已函請各機關檢視；2.已完成彙整", deckLong,
		"已完成下架下架臺灣橋頭地方檢察署重複之資料集1筆。", "已完成下架臺灣橋頭地方檢察署資料集：停止更新0筆、重複1筆。",
		"已完成下架法務部重複之資料集1筆，此外，臺灣橋頭地方檢察署已下架內容重複之資料集2筆。"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := actions.ReadProgress(s)
		at := 0
		for _, pt := range p.Points {
			i := strings.Index(s[at:], pt)
			if i < 0 || pt == "" || strings.TrimSpace(pt) != pt {
				t.Fatalf("ReadProgress(%q): point %q not in order in the text", s, pt)
			}
			at += i + len(pt)
		}
		if strings.TrimSpace(s) != "" && len(p.Points) == 0 {
			t.Fatalf("ReadProgress(%q): no points", s)
		}
		if !slices.Equal(p.Letters, actions.FindLetters(s)) {
			t.Fatalf("ReadProgress(%q): letters %v", s, p.Letters)
		}
		for _, d := range p.Done {
			if !d.Reason.IsValid() || d.Count < 0 || !strings.Contains(s, "下架") {
				t.Fatalf("ReadProgress(%q): batch %+v", s, d)
			}
		}
	})
}
