package actions_test

import (
	"errors"
	"fmt"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/requests"
	"github.com/ogdtw/governance/rocdate"
)

// A document number keeps its leading zeros, and its first three digits
// are the ROC year the number was issued in.
func ExampleParseDocNumber() {
	for _, s := range []string{"法資字第11011514270號", "院臺秘字第0930089122號", "華總一義字第 09400212561 號", "(84)華總(一)義字第8198號"} {
		d, err := actions.ParseDocNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s: code %s, number %s, year %d\n", d, d.Code(), d.Number(), d.Year())
	}
	// Output:
	// 法資字第11011514270號: code 法資, number 11011514270, year 110
	// 院臺秘字第0930089122號: code 院臺秘, number 0930089122, year 93
	// 華總一義字第09400212561號: code 華總一義, number 09400212561, year 94
	// （84）華總（一）義字第8198號: code 華總（一）義, number 8198, year 84
}

// A letter's date may be written in any form rocdate reads; a bad date
// is both this package's range error and rocdate's.
func ExampleParseLetter() {
	l, _ := actions.ParseLetter("110年12月22日以法資字第11011514270號函")
	fmt.Println(l.Date(), l.Number(), l.Kind())

	_, err := actions.ParseLetter("110年13月22日以法資字第11011514270號函")
	fmt.Println(errors.Is(err, actions.ErrRange), errors.Is(err, rocdate.ErrRange))
	fmt.Println(err)
	// Output:
	// 110年12月22日 法資字第11011514270號 函
	// true true
	// actions: parsing "110年13月22日以法資字第11011514270號函": month 13 out of range
}

// A letter's number is of the letter's year, or of the year before in
// the first days of a year; any other year is a typing error, which
// Check reports with the finding an official reads. A letter cited
// without its date cannot be checked: 無法查核, never 符合.
func ExampleLetter_Check() {
	for _, l := range actions.FindLetters("本部於111年1月3日以法資字第11011514270號函及112年1月3日以法資字第11011514270號函辦理，並依法資字第11011514270號函") {
		c := l.Check()
		fmt.Println(c.Verdict, c.Head().Code)
		if c.Verdict == finding.Failed {
			fmt.Println(c.Finding)
		}
	}
	// Output:
	// 符合 actions.letter-year-fits
	// 不符 actions.letter-year
	// 錯誤：發文字號法資字第11011514270號之年度為110年，與發文日期112年1月3日（112年）不符
	// 無法查核 actions.letter-undated
}

// Progress reports cite the letters that carried out a ruling; the
// register keeps them with the report.
func ExampleFindLetters() {
	text := "本處依委員建議及主席裁示持續辦理，並於110年12月22日以法資字第11011514270號函，轉知本部所屬機關(單位)共同遵循。"
	for _, l := range actions.FindLetters(text) {
		fmt.Println(l.Date(), l.Number().Code(), l.Number().Number(), l.Kind())
	}
	// Output:
	// 110年12月22日 法資 11011514270 函
}

// Meetings are numbered within the ROC year.
func ExampleParseMeeting() {
	m, _ := actions.ParseMeeting("一百十一年度第一次會議")
	fmt.Println(m, m.Year(), m.Seq())
	m, _ = m.On(rocdate.MustParse("111年5月19日"))
	fmt.Println(m.Date())
	// Output:
	// 111年度第1次會議 111 1
	// 111年5月19日
}

// The 會議紀錄 column names a section of the last minutes by its
// numbering and title, however the slide spaced it.
func ExampleParseSection() {
	s, _ := actions.ParseSection("六、報告事項、 (四) 本部及所屬機關資料集申請下架情形")
	fmt.Println(s.Path(), s.Title())
	fmt.Println(s)
	// Output:
	// [6 4] 本部及所屬機關資料集申請下架情形
	// 六、報告事項、(四)本部及所屬機關資料集申請下架情形
}

// A unit may only recommend release; only a meeting's decision releases.
func ExampleApply_onlyAMeetingReleases() {
	m1 := actions.MustNewMeeting(110, 2, "110年12月10日")
	it, _ := actions.Apply(actions.Item{}, actions.Event{Kind: actions.Opened, Item: m1.Case(3), Meeting: m1,
		Section: actions.MustParseSection("六、報告事項、(四)本部及所屬機關資料集申請下架情形"), Ruling: "申請下架資料集1筆，審查通過。"})

	_, err := actions.Apply(it, actions.Event{Kind: actions.Reported, Item: m1.Case(3), Date: rocdate.MustParse("111年5月1日"),
		Text: "已完成下架。", Decision: actions.Release})
	fmt.Println(err)

	it, _ = actions.Apply(it, actions.Event{Kind: actions.Reported, Item: m1.Case(3), Date: rocdate.MustParse("111年5月1日"),
		Text: "已完成下架。", Recommend: actions.RecommendRelease})
	fmt.Println(it.Status())

	it, _ = actions.Apply(it, actions.Event{Kind: actions.Decided, Item: m1.Case(3),
		Meeting: actions.MustNewMeeting(111, 1, "111年5月19日"), Decision: actions.Release})
	fmt.Println(it.Status())
	// Output:
	// actions: 辦理情形 "110年度第2次會議案由3" (列管中): only a meeting decides: a report cannot 解除列管
	// 建請解除列管
	// 解除列管
}

// 設置要點第10點: a business-process or information-system problem gets an
// improvement schedule (改善期程) and is tracked; a meeting cannot keep
// tracking it until the schedule is set.
func ExampleApply_processConcern() {
	m1 := actions.MustNewMeeting(111, 1, "111年5月19日")
	m2 := actions.MustNewMeeting(111, 2, "111年11月10日")
	id := m1.Case(1)
	it, _ := actions.Apply(actions.Item{}, actions.Event{Kind: actions.Opened, Item: id, Meeting: m1,
		Section: actions.MustParseSection("二、報告事項、(一)民間需求回應說明"), Ruling: "下載連結失效，請資訊處檢討改善。",
		Concern: requests.ProcessOrSystem})

	_, err := actions.Apply(it, actions.Event{Kind: actions.Decided, Item: id, Meeting: m2, Decision: actions.Keep})
	fmt.Println(errors.Is(err, actions.ErrNoSchedule))

	it, _ = actions.Apply(it, actions.Event{Kind: actions.Reported, Item: id, Date: rocdate.MustParse("111年10月1日"),
		Text: "已排定改善期程。", Schedule: rocdate.MustParse("112年3月31日"), Recommend: actions.RecommendKeep})
	it, err = actions.Apply(it, actions.Event{Kind: actions.Decided, Item: id, Meeting: m2, Decision: actions.Keep})
	fmt.Println(err, it.Status(), it.Schedule())
	// Output:
	// true
	// <nil> 列管中 112年3月31日
}

// Releasing an item its unit asked to keep tracking needs a stated reason.
func ExampleApply_releaseAgainstRecommendation() {
	m1 := actions.MustNewMeeting(110, 2, "110年12月10日")
	m2 := actions.MustNewMeeting(111, 1, "111年5月19日")
	id := m1.Case(2)
	it, _ := actions.Apply(actions.Item{}, actions.Event{Kind: actions.Opened, Item: id, Meeting: m1,
		Section: actions.MustParseSection("六、報告事項、(三)獎勵活動評獎結果"), Ruling: "請資訊處妥適評估API建置成本。"})
	it, _ = actions.Apply(it, actions.Event{Kind: actions.Reported, Item: id, Date: rocdate.MustParse("111年5月1日"),
		Text: "評估中。", Recommend: actions.RecommendKeep})

	_, err := actions.Apply(it, actions.Event{Kind: actions.Decided, Item: id, Meeting: m2, Decision: actions.Release})
	fmt.Println(err)
	it, _ = actions.Apply(it, actions.Event{Kind: actions.Decided, Item: id, Meeting: m2, Decision: actions.Release,
		Reason: "改列年度計畫辦理"})
	fmt.Println(it.Status(), it.Decisions()[0].Reason)
	// Output:
	// actions: 決議 "110年度第2次會議案由2" (列管中): release against a keep recommendation needs a reason
	// 解除列管 改列年度計畫辦理
}

// The 111年度第1次會議 opens with the three items the last meeting opened,
// all recommended for release, and releases them.
func ExampleRegister_Agenda() {
	r, _ := actions.Replay(deckEvents())
	for _, row := range r.Agenda(deckMeeting).Rows() {
		fmt.Println(row.Item.CaseLabel(), row.Section.Path(), row.Progress.Letters, row.Recommend)
	}

	decisions := r.Agenda(deckMeeting).AsRecommended() // the meeting releases all three
	r, _ = actions.Replay(append(deckEvents(), decisions...))
	for _, it := range r.Items() {
		fmt.Println(it.ID(), it.Status())
	}
	fmt.Println("carried to 111年度第2次會議:", r.Agenda(actions.MustNewMeeting(111, 2, "111年11月10日")).Len())
	// Output:
	// 案由1 [6 2] [110年12月22日以法資字第11011514270號函] 建請解除列管
	// 案由2 [6 3] [110年12月22日以法資字第11011514270號函] 建請解除列管
	// 案由3 [6 4] [] 建請解除列管
	// 110年度第2次會議案由1 解除列管
	// 110年度第2次會議案由2 解除列管
	// 110年度第2次會議案由3 解除列管
	// carried to 111年度第2次會議: 0
}

// Open lists the items the meetings still track; its length is the count
// a meeting reports.
func ExampleRegister_Open() {
	before, _ := actions.Replay(deckEvents())
	decisions := before.Agenda(deckMeeting).AsRecommended()
	after, _ := actions.Replay(append(deckEvents(), decisions...))
	fmt.Println("tracked before 111年度第1次會議:", len(before.Open()))
	fmt.Println("tracked after:", len(after.Open()))
	for _, it := range before.Open() {
		fmt.Println(it.ID(), it.Status(), "row", it.Row())
	}
	// Output:
	// tracked before 111年度第1次會議: 3
	// tracked after: 0
	// 110年度第2次會議案由1 建請解除列管 row 0
	// 110年度第2次會議案由2 建請解除列管 row 0
	// 110年度第2次會議案由3 建請解除列管 row 0
}

// The agenda prints as the deck's table, aligned for CJK text.
func ExampleAgenda_String() {
	rows := [][]string{
		{"案由", "列管會議", "列管會議日期", "會議紀錄", "主席裁示", "辦理情形", "辦理日期", "列管建議"},
		{"案由3", "110年度第2次會議", "110年12月10日", "六、報告事項、 (四) 本部及所屬機關資料集申請下架情形",
			"申請下架資料集1筆，審查通過。", "已完成下架。", "111年5月1日", "建請解除列管"},
	}
	events, _ := actions.ImportItems(rows)
	r, _ := actions.Replay(events)
	fmt.Print(r.Agenda(deckMeeting)) // before the meeting: 待會議決議

	release := actions.Event{Kind: actions.Decided, Item: prevMeeting.Case(3), Meeting: deckMeeting, Decision: actions.Release}
	r, _ = actions.Replay(append(events, release))
	fmt.Print(r.Agenda(deckMeeting)) // after it decided
	// Output:
	// 案由   會議紀錄                                            主席裁示                       辦理情形      列管建議      決議
	// 案由3  六、報告事項、(四)本部及所屬機關資料集申請下架情形  申請下架資料集1筆，審查通過。  已完成下架。  建請解除列管  待會議決議
	// 案由   會議紀錄                                            主席裁示                       辦理情形      列管建議      決議
	// 案由3  六、報告事項、(四)本部及所屬機關資料集申請下架情形  申請下架資料集1筆，審查通過。  已完成下架。  建請解除列管  解除列管
}

// Items still open after their due date are overdue, as of the day the
// caller names; a meeting keeping an item may set a new due date.
func ExampleRegister_Overdue() {
	m1 := actions.MustNewMeeting(111, 1, "111年5月19日")
	m2 := actions.MustNewMeeting(111, 2, "111年11月10日")
	open := actions.Event{Kind: actions.Opened, Item: m1.Case(1), Meeting: m1,
		Section: actions.MustParseSection("二、報告事項、(三)修訂行動方案"), Ruling: "請於111年9月底前完成修訂。",
		Due: rocdate.MustParse("111年9月30日")}
	keep := actions.Event{Kind: actions.Decided, Item: m1.Case(1), Meeting: m2, Decision: actions.Keep,
		Due: rocdate.MustParse("111年12月31日")}
	r, _ := actions.Replay([]actions.Event{open, keep})
	for _, d := range []string{"111年9月30日", "111年10月1日", "111年11月10日"} {
		fmt.Println(d, len(r.Overdue(rocdate.MustParse(d))))
	}
	// Output:
	// 111年9月30日 0
	// 111年10月1日 1
	// 111年11月10日 0
}

// The carried items come as one row per item; every bad cell is reported
// with its row and column, and the good rows are kept.
func ExampleImportItems() {
	rows := [][]string{
		{"案由", "列管會議", "列管會議日期", "會議紀錄", "主席裁示", "辦理情形", "辦理日期", "列管建議"},
		{"案由2", "110年度第2次會議", "110年12月10日", "六、報告事項、(三)本部參與行政院「110年度政府資料開放獎勵活動評獎結果」",
			"日後如有API開發需求，請資訊處妥適評估。", "本處依委員建議及主席裁示持續辦理，並於110年12月22日以法資字第11011514270號函，轉知本部所屬機關(單位)共同遵循。",
			"111年5月19日", "建請解除列管"},
		{"案由3", "110年度第2次會議", "110年12月10日", "報告事項", "審查通過。", "已完成下架。", "", "建請解除列管"},
	}
	events, err := actions.ImportItems(rows)
	var ie *actions.ImportError
	if errors.As(err, &ie) {
		for _, p := range ie.Problems {
			fmt.Println(p.Row, p.Column, p.Code(), p)
		}
	}
	for _, e := range events {
		fmt.Println("row", e.Row, e.Kind, e.Item, e.Letters)
	}
	// Output:
	// 3 會議紀錄 actions.syntax actions: row 3, column 會議紀錄: parsing "報告事項": expected numbering such as 一、 or (二)
	// 3 辦理日期 actions.missing actions: row 3, column 辦理日期: missing value
	// row 2 列管 110年度第2次會議案由2 []
	// row 2 辦理情形 110年度第2次會議案由2 [110年12月22日以法資字第11011514270號函]
}

// An item may be merged only into another item still tracked; Replay
// rejects the bad event, says which one, and keeps all the others.
func ExampleReplay_merge() {
	m1 := actions.MustNewMeeting(110, 2, "110年12月10日")
	m2 := actions.MustNewMeeting(111, 1, "111年5月19日")
	open := func(n int) actions.Event {
		return actions.Event{Kind: actions.Opened, Item: m1.Case(n), Meeting: m1,
			Section: actions.MustParseSection("六、報告事項、(二)推動成果"), Ruling: "請研議。"}
	}
	events := []actions.Event{
		open(1), open(2), open(3),
		{Kind: actions.Decided, Item: m1.Case(1), Meeting: m2, Decision: actions.Release},
		{Kind: actions.Decided, Item: m1.Case(2), Meeting: m2, Decision: actions.Merge, Into: m1.Case(1)},
		{Kind: actions.Decided, Item: m1.Case(3), Meeting: m2, Decision: actions.Merge, Into: m1.Case(2)},
	}
	r, err := actions.Replay(events)
	fmt.Println(err)
	for _, it := range r.Items() {
		fmt.Println(it.ID().CaseLabel(), it.Status())
	}
	// Output:
	// actions: event 5 決議 "110年度第2次會議案由2" (列管中): merge target no longer tracked: into 110年度第2次會議案由1
	// 案由1 解除列管
	// 案由2 列管中
	// 案由3 併案列管
}

// Letters as officials write them: the date followed by the number, an
// authority before the code, Chinese numerals, a Gregorian date, and
// numbers of before the numbering reform.
func ExampleParseLetter_forms() {
	for _, s := range []string{
		"105年3月2日法檢字第10504512340號函",
		"中華民國九十六年三月八日總統華總一義字第09600030021號令",
		"2019年3月4日以行政院院臺法字第1080006379號函",
		"中華民國八十年五月一日總統（80）華總（一）義字第 2124 號令",
		"台（七六）勞人字第一九○六號 書函",
	} {
		l, err := actions.ParseLetter(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%v | %s | %s | year %d | %s\n", l.Date(), l.Authority(), l.Number().Code(), l.Number().Year(), l.Kind())
	}
	// Output:
	// 105年3月2日 |  | 法檢 | year 105 | 函
	// 96年3月8日 | 總統 | 華總一義 | year 96 | 令
	// 108年3月4日 | 行政院 | 院臺法 | year 108 | 函
	// 80年5月1日 | 總統 | 華總（一）義 | year 80 | 令
	//  |  | 台勞人 | year 76 | 書函
}

// A refused event tells an official, in Chinese, which rule it breaks;
// a foreign auditor reads the same in English, and logs keep Error.
func ExampleEventError_Message() {
	m1 := actions.MustNewMeeting(110, 2, "110年12月10日")
	it, _ := actions.Apply(actions.Item{}, actions.Event{Kind: actions.Opened, Item: m1.Case(3), Meeting: m1,
		Section: actions.MustParseSection("六、報告事項、(四)本部及所屬機關資料集申請下架情形"), Ruling: "申請下架資料集1筆，審查通過。"})
	_, err := actions.Apply(it, actions.Event{Kind: actions.Reported, Item: m1.Case(3), Date: rocdate.MustParse("111年5月1日"),
		Text: "已完成下架。", Decision: actions.Release})
	var ee *actions.EventError
	if errors.As(err, &ee) {
		fmt.Println(ee.Message(finding.Chinese))
		fmt.Println(ee.Message(finding.English))
	}
	// Output:
	// 辦理情形「110年度第2次會議案由3」（列管中）：應由會議決議：辦理情形不得逕為解除列管
	// progress report for meeting 2 of 2021, case 3 (tracked): only a meeting decides: a report cannot release from tracking
}

// A finding reads in Chinese by default (String) and in English on
// request; the enums' labels follow the language too.
func ExampleFinding_Message() {
	l := actions.MustParseLetter("112年1月3日以法資字第11011514270號函")
	f := l.Check().Finding
	fmt.Println(f)
	fmt.Println(f.Message(finding.English))
	fmt.Println(actions.Keep.Message(finding.Chinese), "/", actions.Keep.Message(finding.English))
	// Output:
	// 錯誤：發文字號法資字第11011514270號之年度為110年，與發文日期112年1月3日（112年）不符
	// error: the number 法資字第11011514270號 is of ROC year 110, which does not fit the letter's date 2023-01-03 (ROC year 112)
	// 繼續列管 / continue tracking
}

// The register's report lines: an overdue item with the days it is late,
// and a meeting's decision with its new due date.
func ExampleItem_OverdueMessage() {
	m1 := actions.MustNewMeeting(111, 1, "111年5月19日")
	m2 := actions.MustNewMeeting(111, 2, "111年11月10日")
	open := actions.Event{Kind: actions.Opened, Item: m1.Case(1), Meeting: m1,
		Section: actions.MustParseSection("二、報告事項、(三)修訂行動方案"), Ruling: "請於111年9月底前完成修訂。",
		Due: rocdate.MustParse("111年9月30日")}
	keep := actions.Event{Kind: actions.Decided, Item: m1.Case(1), Meeting: m2, Decision: actions.Keep,
		Due: rocdate.MustParse("111年12月31日")}
	r, _ := actions.Replay([]actions.Event{open, keep})
	asOf := rocdate.MustParse("111年10月20日")
	for _, it := range r.Overdue(asOf) {
		fmt.Println(it.OverdueMessage(asOf, finding.Chinese))
		fmt.Println(it.OverdueMessage(asOf, finding.English))
	}
	it, _ := r.Item(m1.Case(1))
	fmt.Println(it.Message(finding.Chinese))
	for _, d := range it.Decisions() {
		fmt.Println(d.Message(finding.Chinese))
		fmt.Println(d.Message(finding.English))
	}
	// Output:
	// 111年度第1次會議案由1逾期20日（期限111年9月30日）
	// meeting 1 of 2022, case 1 is 20 days overdue (due 2022-09-30)
	// 111年度第1次會議案由1：列管中，期限111年12月31日
	// 111年度第2次會議決議繼續列管，期限111年12月31日
	// meeting 2 of 2022 decided: continue tracking, due 2022-12-31
}

// The agenda in English: headers, case labels and recommendations
// translated, the minutes' and reports' texts quoted as written.
func ExampleAgenda_Message() {
	rows := [][]string{
		{"案由", "列管會議", "列管會議日期", "會議紀錄", "主席裁示", "辦理情形", "辦理日期", "列管建議"},
		{"案由3", "110年度第2次會議", "110年12月10日", "六、報告事項、 (四) 本部及所屬機關資料集申請下架情形",
			"申請下架資料集1筆，審查通過。", "已完成下架。", "111年5月1日", "建請解除列管"},
	}
	events, _ := actions.ImportItems(rows)
	r, _ := actions.Replay(events)
	a := r.Agenda(deckMeeting)
	fmt.Print(a.Message(finding.English))
	fmt.Println(a.Rows()[0].Message(finding.Chinese))
	// Output:
	// Case    Minutes                                             Chair's ruling                 Progress      Recommendation                  Decision
	// case 3  六、報告事項、(四)本部及所屬機關資料集申請下架情形  申請下架資料集1筆，審查通過。  已完成下架。  proposes release from tracking  pending the meeting's decision
	// 案由3　主席裁示：申請下架資料集1筆，審查通過。　辦理情形：已完成下架。　列管建議：建請解除列管　決議：待會議決議
}
