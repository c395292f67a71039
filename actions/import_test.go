package actions

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/requests"
)

var importProblemRows = func() [][]string {
	header := []string{"列管建議", "案由", "開會", "開會日期", "會議紀錄", "主席裁示", "辦理情形", "辦理日期", "疑義類型", "預定完成日期", "改善期程"}
	row := func(cells ...string) []string { return cells }
	const sec, ruling = "六、報告事項、(二)推動成果", "請資訊處研議"
	rows := [][]string{
		header,
		row("建請解除列管", "案由1", "110年度第2次會議", "110年12月10日", sec, ruling, "本處已於110年12月22日以法資字第11011514270號函辦理。", "111年5月19日", "", "", ""),
		row("", "案由x", "110年度第2次會議", "110年12月10日", sec, ruling, "", "", "", "", ""), // 3: bad case
		row("", "", "", "", "", "", "", "", "", "", ""),                  // 4: blank, skipped
		row("", "2", "第二次", "111年13月1日", "報告事項", "", "", "", "", "", ""), // 5: four problems
		row("繼續列管", "案由3", "110年度第2次會議", "110年12月10日", sec, ruling, "辦理中", "", "業務流程", "111年12月31日", "111年6月30日"),           // 6: no report date
		row("可", "案由4", "110年度第2次會議", "110年12月10日", sec, ruling, "辦理中", "111年1月5日", "不知", "明天", ""),                         // 7: three problems
		row("", "案由1", "110年度第2次會議", "110年12月10日", sec, ruling, "", "", "", "", ""),                                         // 8: duplicate of row 2
		row("", "案由5", "110年度第2次會議", "111年1月10日", sec, ruling, "", "", "", "", ""),                                          // 9: date outside the meeting's year
		row("", "案由6", "110年度第2次會議", "110年12月10日", sec, ruling, "依110年12月22日以法資字第11011514270號函。", "110年12月20日", "", "", ""), // 10: letter after report
		row("建請解除列管", "案由7", "110年度第2次會議", "110年12月10日", sec, ruling, "", "", "", "", ""),                                   // 11: recommendation without progress
		row("", "案由8", "110年度第2次會議", "110年12月10日", sec, ruling, "", "", "跨部會法規疑義", "111年6月30日"),                             // 12: short row, good
		row("", "案由0", "110年度第2次會議", "110年12月10日", sec, ruling, "", "", "", "", ""),                                         // 13: case 0
		row("", "案由9", "110年度第2次會議", "110年12月10日", sec, ruling, "", "", "", "", "", "extra"),                                // 14: good, extra cell
		row("", "案由10", "110年度第2次會議", "110年12月10日", sec, ruling, "於113年1月2日以法資字第11011514270號函", "113年1月5日", "", "", ""),     // 15: letter year
	}
	return rows
}()

func TestImportItemsProblems(t *testing.T) {
	rows := importProblemRows
	events, err := ImportItems(rows)
	type problem struct {
		Row      int
		Column   string
		Severity finding.Severity
	}
	var got []problem
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *RowError
		if !errors.As(e, &re) {
			t.Fatalf("problem %v is not a *RowError", e)
		}
		got = append(got, problem{re.Row, re.Column, re.Severity})
	}
	const E, W = finding.Error, finding.Warning
	want := []problem{
		{3, ColCase, E},
		{5, "開會", E}, {5, "開會日期", E}, {5, ColSection, E}, {5, ColRuling, E},
		{6, ColReportDate, E},
		{7, ColConcern, W}, {7, ColDue, W}, {7, ColRecommend, W}, // optional cells: row kept
		{8, ColCase, E},
		{9, "開會日期", E},
		{10, ColProgress, E}, // the lifecycle refuses a letter dated after the report
		{11, ColProgress, W}, // a recommendation without a report: dropped, row kept
		{13, ColCase, E},
		{15, ColProgress, W}, // a letter whose year does not fit: the report kept without it
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	var opened []int
	for _, e := range events {
		if e.Kind == Opened {
			opened = append(opened, e.Item.Case())
		}
	}
	if diff := cmp.Diff([]int{1, 4, 7, 8, 9, 10}, opened); diff != "" {
		t.Errorf("good rows kept (-want +got):\n%s", diff)
	}
	if !errors.Is(err, ErrMissing) || !errors.Is(err, ErrSyntax) || !errors.Is(err, ErrLetterDate) || !errors.Is(err, ErrDuplicate) || !errors.Is(err, ErrLetterYear) {
		t.Errorf("error %v does not wrap the sentinels", err)
	}
	r, err := Replay(events)
	if err != nil {
		t.Fatalf("Replay(imported) error = %v", err)
	}
	if it, _ := r.Item(m110b.Case(8)); it.Concern() != requests.CrossMinistry || it.Due() != day("111年6月30日") {
		t.Errorf("row 12: concern %v due %v", it.Concern(), it.Due())
	}
	it, _ := r.Item(item1)
	if rep, ok := it.LastReport(); !ok || len(rep.Letters) != 1 || rep.Recommend != RecommendRelease {
		t.Errorf("row 2 report = %+v", rep)
	}
}

func TestImportItemsHeader(t *testing.T) {
	_, err := ImportItems([][]string{{"案由", "會議紀錄", "辦理情形"}})
	var got []string
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		var re *RowError
		if errors.As(e, &re) && re.Row == 1 && errors.Is(e, ErrNoHeader) && !errors.Is(e, ErrMissing) &&
			re.Code() == "actions.no-header" && re.Severity == finding.Error {
			got = append(got, re.Column)
		}
	}
	if diff := cmp.Diff([]string{ColMeeting, ColMeetingDate, ColRuling}, got); diff != "" {
		t.Errorf("headers absent (-want +got):\n%s", diff)
	}
	if _, err := ImportItems(nil); !errors.Is(err, ErrNoHeader) {
		t.Errorf("ImportItems(nil) error = %v, want ErrNoHeader", err)
	}
	events, err := ImportItems([][]string{{"\ufeff案由編號", "會議", "會議日期", "章節", "決議", "辦理情形", "報告日期", "建議"}})
	if err != nil || len(events) != 0 {
		t.Errorf("aliases: %v, %v", events, err)
	}
	want := `actions: 1 problem in the rows: row 3, column 案由: parsing "案由x": not 案由 and a number`
	_, err = ImportItems([][]string{
		{"案由", "列管會議", "列管會議日期", "會議紀錄", "主席裁示"},
		{"案由1", "110年度第2次會議", "110年12月10日", "一、甲", "乙"},
		{"案由x", "110年度第2次會議", "110年12月10日", "一、甲", "乙"},
	})
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestCleanCell(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<p>建請解除列管</p>", "建請解除列管"},
		{"<p>甲</p> <p>乙</p>", "甲 乙"},
		{"a < b", "a < b"},
		{"  多  空白\n換行 ", "多 空白 換行"},
	} {
		if got := cleanCell(tt.in); got != tt.want {
			t.Errorf("cleanCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestImportItemsTitleAndDuplicate(t *testing.T) {
	rows := importTables[3] // a title, a blank row, a header naming 案由 twice
	events, err := ImportItems(rows)
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) != 2 {
		t.Fatalf("ImportItems error = %v, want two problems", err)
	}
	dup, bad := ie.Problems[0], ie.Problems[1]
	if dup.Row != 3 || dup.Column != "案由" || !errors.Is(dup, ErrDuplicate) || dup.Code() != "actions.duplicate" {
		t.Errorf("duplicate column reported as %#v", dup)
	}
	if bad.Row != 5 || bad.Column != "案由" || !errors.Is(bad, ErrSyntax) {
		t.Errorf("bad case reported as %#v", bad)
	}
	if len(events) != 1 || events[0].Row != 4 || events[0].Item != m110b.Case(1) {
		t.Errorf("events = %+v, want the opening of row 4", events)
	}
	if len(ie.Unwrap()) != 2 || ie.Code() != "actions.import" {
		t.Errorf("Unwrap = %v, Code = %s", ie.Unwrap(), ie.Code())
	}
	// Two rows of one item: the second is a duplicate, the first kept.
	_, err = ImportItems([][]string{rows[2], rows[3], rows[3]})
	if !errors.As(err, &ie) || len(ie.Problems) != 2 || ie.Problems[1].Row != 3 || !errors.Is(ie.Problems[1], ErrDuplicate) {
		t.Errorf("item on two rows: %v", err)
	}
}
