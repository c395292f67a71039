package lawgen

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/lawdata/lawhist"
)

// history is a 沿革 as the database writes it: two acts in one entry, a
// hard-wrapped act, an entry number of two digits indented.
const history = "1.中華民國八十五年十月二十三日總統（85）華總（一）義字第 8500251\r\n" +
	"  110 號令制定公布全文 15 條；並自公布後六個月起施行\r\n" +
	"2.中華民國九十八年六月十日總統華總一義字第 09800141581  號令修正\r\n" +
	"  公布第 3、7～11、13 條條文\r\n" +
	"  中華民國一百零一年六月二十五日行政院院臺規字第 1010134960 號公\r\n" +
	"  告第 10 條第 2  項所列屬「行政院金融監督管理委員會」之權責事項\r\n" +
	"10. 中華民國一百十三年七月三十一日總統華總一義字第 11300068971\r\n" +
	"    號令修正公布全文 31 條；除第 6、11  條之施行日期由行政院定之\r\n" +
	"    外，自公布日施行"

func TestActsOn(t *testing.T) {
	tests := []struct {
		date int
		want []Act
	}{
		{19961023, []Act{{Entry: 1, Text: "中華民國八十五年十月二十三日總統（85）華總（一）義字第 8500251110 號令制定公布全文 15 條；並自公布後六個月起施行"}}},
		{20090610, []Act{{Entry: 2, Text: "中華民國九十八年六月十日總統華總一義字第 09800141581  號令修正公布第 3、7～11、13 條條文"}}},
		{20120625, []Act{{Entry: 2, Text: "中華民國一百零一年六月二十五日行政院院臺規字第 1010134960 號公告第 10 條第 2  項所列屬「行政院金融監督管理委員會」之權責事項"}}},
		{20240731, []Act{{Entry: 10, Text: "中華民國一百十三年七月三十一日總統華總一義字第 11300068971號令修正公布全文 31 條；除第 6、11  條之施行日期由行政院定之外，自公布日施行"}}},
		{20240801, nil},
	}
	for _, tt := range tests {
		if got := actsOn(history, tt.date); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("actsOn(history, %d) = %v, want %v", tt.date, got, tt.want)
		}
	}
	if got := actsOn("", 20240731); got != nil {
		t.Errorf("actsOn of no 沿革 = %v", got)
	}
}

// FuzzSplitActs checks that splitting a 沿革 never panics, that each act
// is one line of trimmed text, no longer than the 沿革, and that an act
// dated by actDate starts with 中華民國.
func FuzzSplitActs(f *testing.F) {
	f.Add(history)
	f.Add("1.中華民國")
	f.Add("中華民國一年中華民國二年")
	f.Fuzz(func(t *testing.T, s string) {
		acts := lawhist.Split(s)
		for i, a := range acts {
			if a.Text == "" || strings.TrimSpace(a.Text) != a.Text || strings.Contains(a.Text, "\n") || len(a.Text) > len(s) {
				t.Fatalf("act %d of %q is %q", i, s, a.Text)
			}
			if actDate(a.Text) != 0 && !strings.HasPrefix(a.Text, lawhist.ActStart) {
				t.Fatalf("act %d of %q is dated without %s: %q", i, s, lawhist.ActStart, a.Text)
			}
		}
	})
}

func TestReadDataDate(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"# data-date: 20241011\npcode,official,short,former\n", 20241011, false},
		{"pcode,official,short,former\n  # data-date:20241011  \n", 20241011, false},
		{"pcode,official,short,former\n", 0, true},
		{"# data-date: 2024101\n", 0, true},
		{"# data-date: 20240230\n", 0, true},
		{"# data-date: 2024-10-11\n", 0, true},
		{"# data-date: 20241011\n# data-date: 20241012\n", 0, true},
	}
	for _, tt := range tests {
		got, err := ReadDataDate(strings.NewReader(tt.in))
		if got != tt.want || (err != nil) != tt.wantErr {
			t.Errorf("ReadDataDate(%q) = %d, %v; want %d, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err != nil && !strings.HasPrefix(err.Error(), "lawgen: ") {
			t.Errorf("ReadDataDate(%q): error %q lacks the package prefix", tt.in, err)
		}
	}
}

// FuzzReadDataDate checks that ReadDataDate never panics and that a date
// it accepts is written back as it reads it.
func FuzzReadDataDate(f *testing.F) {
	f.Add("# data-date: 20241011\n")
	f.Add("# data-date: 99991231\n")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ReadDataDate(strings.NewReader(s))
		if err != nil {
			return
		}
		back, err := ReadDataDate(strings.NewReader(dataDatePrefix + " " + fmt.Sprintf("%08d", d) + "\n"))
		if err != nil || back != d {
			t.Fatalf("ReadDataDate(%q) = %d, read back as %d, %v", s, d, back, err)
		}
	})
}
