package law

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// historySamples are 沿革 texts as the law database writes them.
var historySamples = []string{
	"1.中華民國八十四年八月十一日總統（84）華總（一）義字第 5960 號令\r\n  制定公布全文 45 條",
	"1.中華民國九十九年五月二十六日總統華總一義字第 09900125121  號令\r\n  修正公布名稱及全文 56 條；施行日期，由行政院定之，但修正前八十\r\n  四年八月十一日第 19～22、43 條之刪除，自公布日施行\r\n  （原名稱：電腦處理個人資料保護法；新名稱：個人資料保護法）\r\n  中華民國一百零一年九月二十一日行政院院臺法字第 1010056845 號令\r\n  發布除第 6、54  條條文外，其餘條文定自一百零一年十月一日施行",
	"3.中華民國一百十二年十二月二十八日國家發展委員會發法字第 1122002\r\n  856 號、個人資料保護委員會籌備處個資籌法字第 1120400005 號會銜\r\n  公告第 53 條、第 55 條所列屬「國家發展委員會」管轄之權責事項，\r\n  自一百十三年一月一日起改由「個人資料保護委員會籌備處」管轄",
	"1.中華民國一百零七年十月十八日衛生福利部衛授食字第 1072004519 號令修正發布第 4、17、19、20、21、23、24  條條文；增訂第 19-1、27-1 條條文；並刪除第 5  條條文",
	"1.中華民國九十一年七月三日總統華總一義字第 09100133730  號令公布廢止",
	"1.中華民國二十二年二月二十三日國民政府制定公布全文 6  條",
	"1.中華民國五十九年十一月二十四日行政院（59）台規字第 10679號令修正發布",
	"1.中華民國九十八年八月三十一日國家安全局（098） 捷謀字第 0019506號令增訂發布第 11～12 條條文；原第 11 條條文遞移為第 13 條條文",
	"1.中華民國一百零二年三月八日國防部國規委會字第 1020000167 號令修正發布第 2、7、9  條條文；刪除第 8  條條文",
	"1.中華民國三十六年十二月二十五日施行",
	"",
	"garbage",
}

func TestParseHistory(t *testing.T) {
	type act struct {
		Entry               int
		Date                string
		Authority, Document string
		Changes             []Change
		FormerName          string
		Complete            bool
	}
	a := func(n int) Provision { return Provision{Article: n} }
	as := func(n, s int) Provision { return Provision{Article: n, ArticleSub: s} }
	tests := []struct {
		in   string
		want []act
	}{
		{historySamples[0], []act{{1, "84年8月11日", "總統", "（84）華總（一）義字第5960號", []Change{{Action: Enact, All: true, Count: 45}}, "", true}}},
		{historySamples[1], []act{
			{1, "99年5月26日", "總統", "華總一義字第09900125121號", []Change{{Action: AmendAll, All: true, Count: 56}, {Action: Enforce, Articles: []Provision{a(19), a(20), a(21), a(22), a(43)}}}, "電腦處理個人資料保護法", true},
			{1, "101年9月21日", "行政院", "院臺法字第1010056845號", []Change{{Action: Enforce, Articles: []Provision{a(6), a(54)}}}, "", true},
		}},
		{historySamples[2], []act{{3, "112年12月28日", "國家發展委員會", "發法字第1122002856號", []Change{{Action: Transfer, Articles: []Provision{a(53), a(55)}}}, "", true}}},
		{historySamples[3], []act{{1, "107年10月18日", "衛生福利部", "衛授食字第1072004519號", []Change{
			{Action: Amend, Articles: []Provision{a(4), a(17), a(19), a(20), a(21), a(23), a(24)}},
			{Action: Add, Articles: []Provision{as(19, 1), as(27, 1)}},
			{Action: Delete, Articles: []Provision{a(5)}},
		}, "", true}}},
		{historySamples[4], []act{{1, "91年7月3日", "總統", "華總一義字第09100133730號", []Change{{Action: Abandon}}, "", true}}},
		{historySamples[5], []act{{1, "22年2月23日", "國民政府", "", []Change{{Action: Enact, All: true, Count: 6}}, "", true}}},
		{historySamples[6], []act{{1, "59年11月24日", "行政院", "（59）台規字第10679號", []Change{{Action: Amend, All: true}}, "", true}}},
		{historySamples[7], []act{{1, "98年8月31日", "國家安全局", "（098）捷謀字第0019506號", []Change{
			{Action: Add, Articles: []Provision{a(11), a(12)}}, {Action: Renumber, Articles: []Provision{a(11), a(13)}}}, "", true}}},
		{historySamples[8], []act{{1, "102年3月8日", "國防部", "國規委會字第1020000167號", []Change{
			{Action: Amend, Articles: []Provision{a(2), a(7), a(9)}}, {Action: Delete, Articles: []Provision{a(8)}}}, "", true}}},
		{historySamples[9], []act{{1, "36年12月25日", "", "", []Change{{Action: Enforce, All: false}}, "", true}}},
		{"", nil},
		{"garbage", []act{{0, "", "", "", nil, "", false}}},
	}
	for _, tt := range tests {
		var got []act
		for _, r := range ParseHistory(tt.in) {
			got = append(got, act{r.Entry, r.Date.String(), r.Authority, r.Document, r.Changes, r.FormerName, r.Complete})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseHistory(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestRevisionTouches checks which changes count as touching an article.
func TestRevisionTouches(t *testing.T) {
	rs := ParseHistory(historySamples[3])
	for _, tt := range []struct {
		p    Provision
		want bool
	}{
		{Provision{Article: 4, Paragraph: 2}, true},
		{Provision{Article: 19, ArticleSub: 1}, true},
		{Provision{Article: 19}, true},
		{Provision{Article: 5}, true},
		{Provision{Article: 6}, false},
	} {
		if got := rs[0].Touches(tt.p); got != tt.want {
			t.Errorf("Touches(%s) = %v, want %v", tt.p, got, tt.want)
		}
	}
	if ParseHistory(historySamples[2])[0].Touches(Provision{Article: 53}) {
		t.Error("a transfer of competence touches the text")
	}
}
