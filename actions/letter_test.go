package actions

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/rocdate"
)

type letterWant struct {
	Date   string
	Number string
	Kind   LetterKind
	String string
}

func letterOf(l Letter) letterWant {
	w := letterWant{Number: l.Number().String(), Kind: l.Kind(), String: l.String()}
	if !l.Date().IsZero() {
		w.Date = l.Date().String()
	}
	return w
}

var letterTests = []struct {
	name    string
	in      string
	want    letterWant
	wantErr error
}{
	{"deck", "110年12月22日以法資字第11011514270號函",
		letterWant{"110年12月22日", "法資字第11011514270號", OfficialLetter, "110年12月22日以法資字第11011514270號函"}, nil},
	{"order without date", "工程企字第1080100623號 令",
		letterWant{"", "工程企字第1080100623號", Order, "工程企字第1080100623號令"}, nil},
	{"informal letter", "111年1月3日以法資字第11011514270號書函",
		letterWant{"111年1月3日", "法資字第11011514270號", InformalLetter, "111年1月3日以法資字第11011514270號書函"}, nil},
	{"announcement", "民國 94 年 3 月 1 日 以 華總一義字第 09400212561 號 公告",
		letterWant{"94年3月1日", "華總一義字第09400212561號", Announcement, "94年3月1日以華總一義字第09400212561號公告"}, nil},
	{"no kind", "110.12.22以法資字第11011514270號",
		letterWant{"110年12月22日", "法資字第11011514270號", NoLetterKind, "110年12月22日以法資字第11011514270號"}, nil},
	{"year before at year start", "111年1月3日以法資字第11011514270號函",
		letterWant{"111年1月3日", "法資字第11011514270號", OfficialLetter, "111年1月3日以法資字第11011514270號函"}, nil},
	{"bracketed year", "84年5月1日以（84）華總（一）義字第8198號令",
		letterWant{"84年5月1日", "（84）華總（一）義字第8198號", Order, "84年5月1日以（84）華總（一）義字第8198號令"}, nil},
	{"date then number", "105年3月2日法檢字第10504512340號函",
		letterWant{"105年3月2日", "法檢字第10504512340號", OfficialLetter, "105年3月2日以法檢字第10504512340號函"}, nil},
	{"chinese numeral date", "中華民國九十六年三月八日華總一義字第09600030021號令",
		letterWant{"96年3月8日", "華總一義字第09600030021號", Order, "96年3月8日以華總一義字第09600030021號令"}, nil},
	{"authority", "中華民國九十六年三月八日總統華總一義字第09600030021號令",
		letterWant{"96年3月8日", "華總一義字第09600030021號", Order, "96年3月8日以總統華總一義字第09600030021號令"}, nil},
	{"executive yuan", "111年3月11日行政院院臺法字第1110006379號函",
		letterWant{"111年3月11日", "院臺法字第1110006379號", OfficialLetter, "111年3月11日以行政院院臺法字第1110006379號函"}, nil},
	{"agency code with agency ending", "93年8月17日行政院衛生署衛署食字第0930410787號令",
		letterWant{"93年8月17日", "衛署食字第0930410787號", Order, "93年8月17日以行政院衛生署衛署食字第0930410787號令"}, nil},
	{"gregorian date", "2019年3月4日以法資字第10801234560號函",
		letterWant{"108年3月4日", "法資字第10801234560號", OfficialLetter, "108年3月4日以法資字第10801234560號函"}, nil},
	{"weekday", "115年5月5日（星期二）法資字第11501234560號開會通知單",
		letterWant{"115年5月5日", "法資字第11501234560號", MeetingNotice, "115年5月5日以法資字第11501234560號開會通知單"}, nil},
	{"interpretation", "法律字第11103506760號函釋",
		letterWant{"", "法律字第11103506760號", Interpretation, "法律字第11103506760號函釋"}, nil},
	{"old bracketed number", "中華民國八十年五月一日總統（80）華總（一）義字第 2124 號令",
		letterWant{"80年5月1日", "（80）華總（一）義字第2124號", Order, "80年5月1日以總統（80）華總（一）義字第2124號令"}, nil},
	{"too large", "110年12月22日以法資字第11011514270號函" + strings.Repeat(" ", MaxLetterLen), letterWant{}, ErrTooLarge},
	{"bad date without 以", "110年13月22日法資字第11011514270號函", letterWant{}, rocdate.ErrRange},
	{"empty", "", letterWant{}, ErrSyntax},
	{"bad date", "110年13月22日以法資字第11011514270號函", letterWant{}, rocdate.ErrRange},
	{"bad number", "110年12月22日以法資第11011514270號函", letterWant{}, ErrSyntax},
	{"unknown kind", "110年12月22日以法資字第11011514270號電報", letterWant{}, ErrSyntax},
	// A number of another year is read as written; checkYear finds it.
	{"year too old", "112年1月3日以法資字第11011514270號函",
		letterWant{"112年1月3日", "法資字第11011514270號", OfficialLetter, "112年1月3日以法資字第11011514270號函"}, nil},
	{"year in the future", "109年12月22日以法資字第11011514270號函",
		letterWant{"109年12月22日", "法資字第11011514270號", OfficialLetter, "109年12月22日以法資字第11011514270號函"}, nil},
}

func TestParseLetter(t *testing.T) {
	for _, tt := range letterTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseLetter(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseLetter(%q) error = %v, want %v", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseLetter(%q) error = %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, letterOf(got)); diff != "" {
				t.Errorf("ParseLetter(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
			back, err := ParseLetter(got.String())
			if err != nil || back != got {
				t.Errorf("ParseLetter(%q) = %v, %v; want %v (round trip)", got.String(), back, err, got)
			}
		})
	}
}

func TestCheckYear(t *testing.T) {
	num := MustParseDocNumber("法資字第11011514270號")
	for _, tt := range []struct {
		name string
		date string
		num  DocNumber
		want error
	}{
		{"same year", "110年12月22日", num, nil},
		{"year after", "111年1月3日", num, nil},
		{"two years after", "112年1月3日", num, ErrLetterYear},
		{"year before", "109年12月31日", num, ErrLetterYear},
		{"no date", "", num, nil},
		{"number without year", "110年12月22日", MustParseDocNumber("法字第8198號"), nil},
	} {
		var d rocdate.Date
		if tt.date != "" {
			d = rocdate.MustParse(tt.date)
		}
		l := Letter{date: d, number: tt.num, kind: OfficialLetter}
		f, bad := l.checkYear()
		if bad != (tt.want != nil) {
			t.Errorf("%s: checkYear(%v) = %v, %v; want a finding: %v", tt.name, l, f, bad, tt.want != nil)
		}
		if bad {
			if f.Severity != finding.Error || f.Code != "actions.letter-year" || f.Letter != l || f.NumberYear != 110 || f.DateYear != d.Year() {
				t.Errorf("%s: finding = %+v", tt.name, f)
			}
			if tt.name == "two years after" {
				want := "錯誤：發文字號法資字第11011514270號之年度為110年，與發文日期112年1月3日（112年）不符"
				if f.String() != want {
					t.Errorf("finding = %s, want %s", f, want)
				}
			}
		} else if f != (Finding{}) {
			t.Errorf("%s: no problem, but finding %+v", tt.name, f)
		}
		// The constructors read the letter as written.
		if nl, err := NewLetter(d, tt.num, OfficialLetter); err != nil || nl != l {
			t.Errorf("%s: NewLetter = %v, %v", tt.name, nl, err)
		}
		if bad {
			if pl, err := ParseLetter(l.String()); err != nil || pl != l {
				t.Errorf("%s: ParseLetter(%v) = %v, %v", tt.name, l, pl, err)
			}
			err := l.yearError("ParseLetter", l.String())
			if !errors.Is(err, ErrLetterYear) || errs.Code(err) != "actions.letter-year" {
				t.Errorf("%s: yearError = %v", tt.name, err)
			}
		}
	}
	if _, err := NewLetter(rocdate.Date{}, DocNumber{}, OfficialLetter); !errors.Is(err, ErrSyntax) {
		t.Errorf("NewLetter(no number) error = %v, want ErrSyntax", err)
	}
	if _, err := NewLetter(rocdate.Date{}, num, LetterKind(9)); !errors.Is(err, ErrRange) {
		t.Errorf("NewLetter(LetterKind(9)) error = %v, want ErrRange", err)
	}
}

func TestFindLetters(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
		want []string
	}{
		{"deck item 1", "1. 經查行政院公共工程委員會(政府採購業務主管機關)，已訂有「政府電子採購網資訊取得及使用要點」。 2. 本處已於110年12月22日以法資字第11011514270號函，請本部各單位於符合政府資訊公開法或其他法律規範下，持續推動政府資料開放。",
			[]string{"110年12月22日以法資字第11011514270號函"}},
		{"deck item 2", "本處依委員建議及主席裁示持續辦理，並於110年12月22日以法資字第11011514270號函，轉知本部所屬機關(單位)共同遵循。",
			[]string{"110年12月22日以法資字第11011514270號函"}},
		{"deck item 3", "已完成下架臺灣橋頭地方檢察署重複之資料集。", nil},
		{"two letters", "依工程企字第1080100623號 令訂定；本部111年1月3日以法資字第11011514270號書函及（84）華總（一）義字第8198號令。",
			[]string{"工程企字第1080100623號令", "111年1月3日以法資字第11011514270號書函", "（84）華總（一）義字第8198號令"}},
		{"spaces in number", "經總統94年1月5日以華總一義字第 09400212561 號令公布",
			[]string{"94年1月5日以華總一義字第09400212561號令"}},
		{"year mismatch found", "於105年1月1日以法資字第11011514270號函", []string{"105年1月1日以法資字第11011514270號函"}},
		{"good and bad", "於110年12月22日以法資字第11011514270號函及105年1月1日以法資字第11011514270號函", []string{"110年12月22日以法資字第11011514270號函", "105年1月1日以法資字第11011514270號函"}},
		{"chinese numeral number", "本部字第一號及無號之文", []string{"本部字第1號"}},
		{"not a number", "本部字第一屆及無號之文", nil},
		{"no 號", "法資字第123", nil},
		{"code after a date without 以", "經濟部107年1月2日經商字第10702000010號函", []string{"107年1月2日以經商字第10702000010號函"}},
		{"date then number", "本署105年3月2日法檢字第10504512340號函", []string{"105年3月2日以法檢字第10504512340號函"}},
		{"authority after the date", "中華民國九十六年三月八日總統華總一義字第09600030021號令公布",
			[]string{"96年3月8日以總統華總一義字第09600030021號令"}},
		{"law database entry", "1.中華民國八十六年七月二十一日總統（86）華總（一）義字第 8600167\r\n  020 號令修正公布全文 11 條",
			[]string{"86年7月21日以總統（86）華總（一）義字第8600167020號令"}},
		{"two authorities", "經濟部經工字第 09104622290  號令、內政部台內營字第 0910087196 號令修正發布",
			[]string{"經濟部經工字第09104622290號令", "內政部台內營字第0910087196號令"}},
		{"verb before the code", "檢送法資字第11011514270號函", []string{"法資字第11011514270號函"}},
		{"reply", "復貴署署授食字第1101300978號函", []string{"貴署署授食字第1101300978號函"}},
		{"by our letter", "依本部110年12月22日法資字第11011514270號函辦理", []string{"110年12月22日以法資字第11011514270號函"}},
		{"by our letter, no date", "依本部法資字第11011514270號函辦理", []string{"本部法資字第11011514270號函"}},
		{"interpretation", "法務部111年5月4日法律字第11103506760號函釋", []string{"111年5月4日以法律字第11103506760號函釋"}},
		{"meeting notice", "本部111年5月4日法資字第1111234567號開會通知單", []string{"111年5月4日以法資字第1111234567號開會通知單"}},
		{"unclosed bracket before", "（法資字第11011514270號函", []string{"法資字第11011514270號函"}},
		{"stray bracket before", "附件）法資字第11011514270號函", []string{"法資字第11011514270號函"}},
		{"no code", "，字第123號", nil},
		{"date not before 以", "以法資字第11011514270號函", []string{"法資字第11011514270號函"}},
	} {
		var got []string
		for _, l := range FindLetters(tt.in) {
			got = append(got, l.String())
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: FindLetters(%q) mismatch (-want +got):\n%s", tt.name, tt.in, diff)
		}
	}
}

func TestLetterKind(t *testing.T) {
	for k := NoLetterKind; k <= Announcement; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText error = %v", k, err)
		}
		var back LetterKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, k)
		}
	}
	if _, err := LetterKind(9).MarshalText(); !errors.Is(err, ErrRange) || LetterKind(9).String() != "LetterKind(9)" {
		t.Errorf("LetterKind(9).MarshalText error = %v", err)
	}
	var k LetterKind
	if err := k.UnmarshalText([]byte("電報")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(電報) error = %v, want ErrSyntax", err)
	}
}

func TestLetterText(t *testing.T) {
	l := MustParseLetter("110年12月22日以法資字第11011514270號函")
	if l.Date() != rocdate.MustParse("110年12月22日") || l.Number().Code() != "法資" || l.Kind() != OfficialLetter {
		t.Fatalf("MustParseLetter = %v", l)
	}
	b, _ := l.MarshalText()
	var back Letter
	if err := back.UnmarshalText(b); err != nil || back != l {
		t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, l)
	}
	if err := back.UnmarshalText(nil); err != nil || !back.IsZero() {
		t.Errorf("UnmarshalText(nil) = %v, %v", back, err)
	}
	if err := back.UnmarshalText([]byte("x")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(x) error = %v", err)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustParseLetter(bad) did not panic")
		}
	}()
	MustParseLetter("bad")
}
