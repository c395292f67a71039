package datasets_test

import (
	"errors"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/finding"
)

// parseRankClaimTests are the claims documents write: the deck's 結語
// (名列各部會第二) and its family.
var parseRankClaimTests = []struct {
	in     string
	name   string
	rank   int
	atMost bool
	err    error
}{
	// Negated and bottom-counted claims are refused, never read as rank N
	// (issue 21: 名列倒數第二 read rank 2, 未名列前三 a name 未).
	{in: "名列倒數第二", err: datasets.ErrNegated},
	{in: "資料開放數量名列各部會倒數第三", err: datasets.ErrNegated},
	{in: "法務部資料集數量排名倒數第1名", err: datasets.ErrNegated},
	{in: "未名列前三", err: datasets.ErrNegated},
	{in: "並非名列第一", err: datasets.ErrNegated},
	{in: "資料開放數量未能名列各部會前十名", err: datasets.ErrNegated},
	{in: "本部資料開放數量尚未進入前三", err: datasets.ErrNegated},
	{in: "法務部並未名列各部會之冠", err: datasets.ErrNegated},
	{in: "不在前三名", err: datasets.ErrNegated},
	{in: "資料開放數量不是各部會第一", err: datasets.ErrNegated},
	{in: "沒有進入前十大", err: datasets.ErrNegated},
	{in: "資料開放數量非屬各部會前三", err: datasets.ErrNegated},
	// The positive forms beside them still read.
	{in: "進入前三", rank: 3, atMost: true},
	{in: "資料開放數量名列各部會第二，", rank: 2},
	{in: "資料開放數量名列各部會第二", rank: 2},
	{in: "資料開放數量名列各部會第二。", rank: 2},
	{in: " 資料開放數量 名列各部會 第 二 ", rank: 2},
	{in: "排名第2", rank: 2},
	{in: "排名第２名", rank: 2},
	{in: "第十一名", rank: 11},
	{in: "第11名", rank: 11},
	{in: "居各部會之冠", rank: 1},
	{in: "居冠", rank: 1},
	{in: "位居首位", rank: 1},
	{in: "名列前三", rank: 3, atMost: true},
	{in: "前3名", rank: 3, atMost: true},
	{in: "名列前十大", rank: 10, atMost: true},
	{in: "前兩名", rank: 2, atMost: true},
	{in: "第二", rank: 2},
	{in: "本部資料開放數量名列各部會第二", rank: 2},
	{in: "本部及所屬機關資料開放數量名列各部會第二", rank: 2},
	{in: "法務部資料開放數量名列各部會第二", name: "法務部", rank: 2},
	{in: "法務部及所屬機關之資料集數量在各部會中排名第二", name: "法務部", rank: 2},
	{in: "經濟部 水利署開放數量為各機關之冠", name: "經濟部水利署", rank: 1},
	{in: "台灣高等檢察署資料集數量排名第3", name: "臺灣高等檢察署", rank: 3},
	{in: "名列各部會第一百零一", rank: 101},
	// The family in statutes (the national law database, ../shared/lawdb): prizes and shares.
	{in: "獲得前三名", rank: 3, atMost: true},
	{in: "前十名", rank: 10, atMost: true},
	{in: "占前十名", rank: 10, atMost: true},
	{in: "第三名", rank: 3},
	{in: "第四名至第八名", err: datasets.ErrSyntax},
	{in: "第四名～第八名", err: datasets.ErrSyntax},

	{in: "", err: datasets.ErrSyntax},
	{in: "名列各部會", err: datasets.ErrSyntax},
	{in: "名列前茅", err: datasets.ErrSyntax},
	{in: "名列各部會第二多", err: datasets.ErrSyntax},
	{in: "名列第二百二百", err: datasets.ErrSyntax},
	{in: "第0名", err: datasets.ErrRange},
	{in: "第零名", err: datasets.ErrRange},
	{in: "第9999999999999名", err: datasets.ErrRange},
	{in: "共計2,963筆資料集，資料開放數量名列各部會第二", err: datasets.ErrSyntax},
	{in: "甲\x01部排名第二", err: datasets.ErrSyntax},
	{in: "排名第二\xff", err: datasets.ErrSyntax},
	{in: "第2二名", err: datasets.ErrSyntax},
}

func TestParseRankClaim(t *testing.T) {
	for _, tt := range parseRankClaimTests {
		c, err := datasets.ParseRankClaim(tt.in)
		if tt.err != nil {
			var pe *datasets.ParseError
			if !errors.Is(err, tt.err) || !errors.As(err, &pe) || c != (datasets.RankClaim{}) {
				t.Errorf("ParseRankClaim(%q) = %+v, %v, want %v", tt.in, c, err, tt.err)
			}
			continue
		}
		want := datasets.RankClaim{Name: tt.name, Rank: tt.rank, AtMost: tt.atMost, Text: c.Text}
		if err != nil || c != want {
			t.Errorf("ParseRankClaim(%q) = %+v, %v, want %+v", tt.in, c, err, want)
		}
		if c.Text == "" || c.Text[0] == ' ' {
			t.Errorf("ParseRankClaim(%q).Text = %q", tt.in, c.Text)
		}
	}
}

// A claim past MaxRankClaim is refused, not read in part.
func TestParseRankClaimTooLarge(t *testing.T) {
	long := make([]byte, datasets.MaxRankClaim-len("第二"))
	for i := range long {
		long[i] = ' '
	}
	if _, err := datasets.ParseRankClaim(string(long) + "第二"); err != nil {
		t.Errorf("a claim of MaxRankClaim bytes: %v", err)
	}
	_, err := datasets.ParseRankClaim(string(long) + " 第二")
	if !errors.Is(err, datasets.ErrTooLarge) {
		t.Errorf("a claim past MaxRankClaim: %v, want ErrTooLarge", err)
	}
	if msg := err.(*datasets.ParseError).Message(finding.Chinese); msg == "" || englishWord.MatchString(chineseOf(msg, err.(*datasets.ParseError).Input)) {
		t.Errorf("message %q", msg)
	}
}

// String writes the canonical claim, which reads back to the same Name,
// Rank and AtMost.
func TestRankClaimString(t *testing.T) {
	for _, tt := range []struct {
		c      datasets.RankClaim
		zh, en string
	}{
		{datasets.RankClaim{Rank: 2, Text: "排名第2"}, "資料開放數量名列各部會第二", "open datasets rank 2nd among the ministries"},
		{datasets.RankClaim{Rank: 11}, "資料開放數量名列各部會第十一", "open datasets rank 11th among the ministries"},
		{datasets.RankClaim{Rank: 1}, "資料開放數量名列各部會第一", "open datasets rank 1st among the ministries"},
		{datasets.RankClaim{Rank: 23}, "資料開放數量名列各部會第二十三", "open datasets rank 23rd among the ministries"},
		{datasets.RankClaim{Rank: 112}, "資料開放數量名列各部會第一百十二", "open datasets rank 112th among the ministries"},
		{datasets.RankClaim{Rank: 11}, "資料開放數量名列各部會第十一", "open datasets rank 11th among the ministries"},
		{datasets.RankClaim{Rank: 12}, "資料開放數量名列各部會第十二", "open datasets rank 12th among the ministries"},
		{datasets.RankClaim{Rank: 13}, "資料開放數量名列各部會第十三", "open datasets rank 13th among the ministries"},
		{datasets.RankClaim{Rank: 3}, "資料開放數量名列各部會第三", "open datasets rank 3rd among the ministries"},
		{datasets.RankClaim{Rank: 14}, "資料開放數量名列各部會第十四", "open datasets rank 14th among the ministries"},
		{datasets.RankClaim{Rank: 101}, "資料開放數量名列各部會第一百零一", "open datasets rank 101st among the ministries"},
		{datasets.RankClaim{Name: "法務部", Rank: 3, AtMost: true}, "法務部資料開放數量名列各部會前三", "open datasets rank among the top 3 of the ministries (法務部)"},
		{datasets.RankClaim{}, "", ""},
		{datasets.RankClaim{Rank: -1}, "", ""},
	} {
		if got := tt.c.String(); got != tt.zh {
			t.Errorf("%+v.String() = %q, want %q", tt.c, got, tt.zh)
		}
		if got := tt.c.Message(finding.English); got != tt.en {
			t.Errorf("%+v.Message(English) = %q, want %q", tt.c, got, tt.en)
		}
		if tt.c.Rank < 1 {
			continue
		}
		back, err := datasets.ParseRankClaim(tt.c.String())
		if err != nil || back.Name != tt.c.Name || back.Rank != tt.c.Rank || back.AtMost != tt.c.AtMost || back.Text != tt.zh {
			t.Errorf("ParseRankClaim(%q) = %+v, %v", tt.c.String(), back, err)
		}
	}
	// A rank past what Chinese numerals write is written in digits.
	if got := (datasets.RankClaim{Rank: 1_000_000_000_000}).String(); got != "資料開放數量名列各部會第1000000000000" {
		t.Errorf("String of a huge rank = %q", got)
	}
}

// The deck's claim against a ranking: 第二 holds for 法務部 second,
// shares the rank in a tie, fails when third; without a table, or when
// the table does not list the agency, it cannot be checked.
func TestCheckRankClaim(t *testing.T) {
	second := datasets.RankClaim{Rank: 2, Text: "資料開放數量名列各部會第二"}
	top3 := datasets.RankClaim{Rank: 3, AtMost: true, Text: "名列前三"}
	rank := func(counts ...int) []datasets.Ranked {
		names := []string{"經濟部", "法務部", "內政部", "交通部", "財政部"}
		var es []datasets.Entry
		for i, n := range counts {
			es = append(es, datasets.Entry{Name: names[i], Count: n, Row: i + 2})
		}
		return datasets.Rank(es)
	}
	for _, tt := range []struct {
		name     string
		ranked   []datasets.Ranked
		who      string
		claim    datasets.RankClaim
		verdict  finding.Verdict
		sev      finding.Severity
		why      string
		computed int
		tied     int
		row      int
		zh       string
	}{
		{"second", rank(3120, 2963, 1200), "法務部", second, finding.Passed, finding.NoSeverity, "agrees", 2, 0, 3,
			"資料開放數量名列各部會第二：依排名表，法務部資料集2,963筆，名列第2，相符"},
		{"tied second", rank(3120, 2963, 2963), "法務部", second, finding.Passed, finding.NoSeverity, "agrees", 2, 1, 3,
			"資料開放數量名列各部會第二：依排名表，法務部資料集2,963筆，並列第2，相符"},
		{"tied second, the later", rank(3120, 2963, 2963), "內政部", second, finding.Passed, finding.NoSeverity, "agrees", 2, 1, 4,
			"資料開放數量名列各部會第二：依排名表，內政部資料集2,963筆，並列第2，相符"},
		{"third", rank(3120, 2963, 4000), "法務部", second, finding.Failed, finding.Error, "differs", 3, 0, 3,
			"資料開放數量名列各部會第二：依排名表，法務部資料集2,963筆，名列第3，不符"},
		{"first, not second", rank(100, 2963, 50), "法務部", second, finding.Failed, finding.Error, "differs", 1, 0, 3,
			"資料開放數量名列各部會第二：依排名表，法務部資料集2,963筆，名列第1，不符"},
		{"tied first is not second", rank(2963, 2963, 50), "法務部", second, finding.Failed, finding.Error, "differs", 1, 1, 3,
			"資料開放數量名列各部會第二：依排名表，法務部資料集2,963筆，並列第1，不符"},
		{"top three, third by a tie", rank(9, 8, 7, 7, 1), "交通部", top3, finding.Passed, finding.NoSeverity, "agrees", 3, 1, 5,
			"名列前三：依排名表，交通部資料集7筆，並列第3，在前3名內，相符"},
		{"top three, first", rank(9, 8, 7, 6), "經濟部", top3, finding.Passed, finding.NoSeverity, "agrees", 1, 0, 2,
			"名列前三：依排名表，經濟部資料集9筆，名列第1，在前3名內，相符"},
		{"top three, fourth", rank(9, 8, 7, 6), "交通部", top3, finding.Failed, finding.Error, "differs", 4, 0, 5,
			"名列前三：依排名表，交通部資料集6筆，名列第4，未在前3名內，不符"},
		{"the claim's name", rank(3120, 2963), "內政部", datasets.RankClaim{Name: "法務部", Rank: 2}, finding.Passed, finding.NoSeverity, "agrees", 2, 0, 3,
			"法務部資料開放數量名列各部會第二：依排名表，法務部資料集2,963筆，名列第2，相符"},
		{"no table", nil, "法務部", second, finding.Unchecked, finding.Notice, "no-table", 0, 0, 0,
			"資料開放數量名列各部會第二：未提供排名表，無法查核"},
		{"empty table", []datasets.Ranked{}, "法務部", second, finding.Unchecked, finding.Notice, "no-table", 0, 0, 0,
			"資料開放數量名列各部會第二：未提供排名表，無法查核"},
		{"not listed", rank(3120, 2963), "外交部", second, finding.Unchecked, finding.Notice, "not-listed", 0, 0, 0,
			"資料開放數量名列各部會第二：排名表未列外交部，無法查核"},
		{"no name", rank(3120, 2963), " ", second, finding.Unchecked, finding.Notice, "no-name", 0, 0, 0,
			"資料開放數量名列各部會第二：未指明機關，無法查核"},
		{"no rank", rank(3120, 2963), "法務部", datasets.RankClaim{}, finding.Unchecked, finding.Notice, "no-rank", 0, 0, 0,
			"未載名次，無法查核"},
		{"names folded", rank(3120, 2963), "法務部 ", second, finding.Passed, finding.NoSeverity, "agrees", 2, 0, 3,
			"資料開放數量名列各部會第二：依排名表，法務部 資料集2,963筆，名列第2，相符"},
	} {
		k := datasets.CheckRankClaim(tt.ranked, tt.who, tt.claim)
		if k.Verdict != tt.verdict || k.Severity != tt.sev || k.Why != "datasets.rank-claim."+tt.why || k.Code != "datasets.rank-claim" ||
			k.Computed != tt.computed || k.Tied != tt.tied || k.Row != tt.row || k.Printed != tt.claim.Rank || k.Claim != tt.claim {
			t.Errorf("%s: CheckRankClaim = %+v", tt.name, k)
		}
		if k.String() != tt.zh {
			t.Errorf("%s: String() = %q, want %q", tt.name, k.String(), tt.zh)
		}
		if want := tt.zh[len(tt.zh)-len(k.Detail):]; k.Detail == "" || k.Detail != want {
			t.Errorf("%s: Detail = %q, want the end of %q", tt.name, k.Detail, tt.zh)
		}
		if en := k.Message(finding.English); en == k.String() || englishWord.FindString(chineseOf(k.String(), tt.who)) != "" {
			t.Errorf("%s: English %q, Chinese %q", tt.name, en, k.String())
		}
	}
}

// Every claim the table test reads checks against a ranking without
// panicking, and the English of the check names the rank in English.
func TestCheckRankClaimEnglish(t *testing.T) {
	ranked := datasets.Rank([]datasets.Entry{{Name: "經濟部", Count: 3120}, {Name: "法務部", Count: 2963}})
	k := datasets.CheckRankClaim(ranked, "法務部", datasets.RankClaim{Rank: 2, Text: "名列各部會第二"})
	want := "open datasets rank 2nd among the ministries: by the ranking, 法務部 has 2,963 datasets and ranks 2nd; as claimed"
	if got := k.Message(finding.English); got != want {
		t.Errorf("Message(English) = %q, want %q", got, want)
	}
	if k.Count != 2963 {
		t.Errorf("Count = %d", k.Count)
	}
}
