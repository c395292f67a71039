package law

import (
	"strings"
	"testing"
)

// foundWant is one citation expected in a paragraph: its text as written
// (its span, found from the end of the one before), its canonical form
// and its resolution.
type foundWant struct {
	span, cite string
	res        Resolution
}

// findCases are paragraphs of the law database's article texts
// (../shared/lawdb, 2024-10-11), with the law and article they belong to.
var findCases = []struct {
	name string
	f    Finder
	text string
	want []foundWant
}{
	{"刑事訴訟法§31-1", Finder{Law: "刑事訴訟法", At: Provision{Article: 31, ArticleSub: 1}},
		"偵查中之羈押審查程序未經選任辯護人者，審判長應指定公設辯護人或律師為被告辯護。但等候指定辯護人逾四小時未到場，經被告主動請求訊問者，不在此限。\r\n前項選任辯護人無正當理由而不到庭者，審判長得指定公設辯護人或律師。\r\n前條第三項、第四項之規定，於第一項情形準用之。",
		[]foundWant{
			{"前項", "《刑事訴訟法》第31條之1第1項", PrevParagraph},
			{"前條第三項、第四項", "《刑事訴訟法》第31條第3、4項", PrevArticle},
			{"第一項", "《刑事訴訟法》第31條之1第1項", Implicit},
		}},
	{"行政程序法§128", Finder{Law: "行政程序法", At: Provision{Article: 128}},
		"三、其他具有相當於行政訴訟法所定再審事由且足以影響行政處分者。\r\n前項申請，應自法定救濟期間經過後三個月內為之；其事由發生在後或知悉在後者，自發生或知悉時起算。但自法定救濟期間經過後已逾五年者，不得申請。\r\n第一項之新證據，指處分作成前已存在或成立而未及調查斟酌，及處分作成後始存在或成立之證據。",
		[]foundWant{
			{"前項", "《行政程序法》第128條第1項", PrevParagraph},
			{"第一項", "《行政程序法》第128條第1項", Implicit},
		}},
	{"個人資料保護法§6", Finder{Law: "個人資料保護法", At: Provision{Article: 6, Paragraph: 2}},
		"依前項規定蒐集、處理或利用個人資料，準用第八條、第九條規定；其中前項第六款之書面同意，準用第七條第一項、第二項及第四項規定，並以書面為之。",
		[]foundWant{
			{"前項", "《個人資料保護法》第6條第1項", PrevParagraph},
			{"第八條、第九條", "《個人資料保護法》第8、9條", Implicit},
			{"前項第六款", "《個人資料保護法》第6條第1項第6款", PrevParagraph},
			{"第七條第一項、第二項及第四項", "《個人資料保護法》第7條第1、2、4項", Implicit},
		}},
	{"通訊保障及監察法§5", Finder{Law: "通訊保障及監察法", At: Provision{Article: 5, Paragraph: 1}},
		"三、貪污治罪條例第十一條第一項、第四項關於違背職務行為之行賄罪。\r\n四、懲治走私條例第二條第一項、第二項或第三條之罪。\r\n五、藥事法第八十二條第一項、第四項或第八十三條第一項、第四項之罪。",
		[]foundWant{
			{"貪污治罪條例第十一條第一項、第四項", "《貪污治罪條例》第11條第1、4項", Named},
			{"懲治走私條例第二條第一項、第二項或第三條", "《懲治走私條例》第2條第1、2項、第3條", Named},
			{"藥事法第八十二條第一項、第四項或第八十三條第一項、第四項", "《藥事法》第82條第1、4項、第83條第1、4項", Named},
		}},
	{"所得稅法§17 民法", Finder{Law: "所得稅法", At: Provision{Article: 17}},
		"按第十四條及前二條規定計得之個人綜合所得總額，減除下列免稅額及扣除額後之餘額：\r\n（四）納稅義務人其他親屬或家屬，合於民法第一千一百十四條第四款及第一千一百二十三條第三項之規定，未成年。",
		[]foundWant{
			{"第十四條", "《所得稅法》第14條", Implicit},
			{"前二條", "《所得稅法》第15、16條", PrevArticle},
			{"民法第一千一百十四條第四款及第一千一百二十三條第三項", "《民法》第1114條第4款、第1123條第3項", Named},
		}},
	{"社會救助法§5-1 目之N", Finder{Law: "社會救助法", At: Provision{Article: 5, ArticleSub: 1, Paragraph: 2}},
		"前項第一款第一目之二及第一目之三工作收入之計算，原住民應依中央原住民族事務主管機關公布之原住民就業狀況調查報告核算。",
		[]foundWant{
			{"前項第一款第一目之二及第一目之三", "《社會救助法》第5條之1第1項第1款第1目之2、第1目之3", PrevParagraph},
		}},
	{"wrapped 民法", Finder{},
		"單獨申請抵押權之登記，不受民法第五百十三\r\n條第一項及第三項規定之限制。",
		[]foundWant{{"民法第五百十三\r\n條第一項及第三項", "《民法》第513條第1、3項", Named}}},
	{"同法", Finder{},
		"依民事訴訟法第五十八條規定參加訴訟者，準用同法第五十六條之規定。",
		[]foundWant{
			{"民事訴訟法第五十八條", "《民事訴訟法》第58條", Named},
			{"同法第五十六條", "《民事訴訟法》第56條", SameLaw},
		}},
	{"同條", Finder{},
		"依預算法第二十九條第三項規定，以命令減增同條第二項之數額者。",
		[]foundWant{
			{"預算法第二十九條第三項", "《預算法》第29條第3項", Named},
			{"同條第二項", "《預算法》第29條第2項", SameArticle},
		}},
	{"本法 unresolved", Finder{},
		"涉犯本法第三十條之一第一項前段之罪者，不在此限。",
		[]foundWant{{"本法第三十條之一第一項前段", "第30條之1第1項前段", Unresolved}}},
	{"本條例", Finder{Law: "國家情報工作法"},
		"以下簡稱本條例）第十條第三項、第十一條\r\n第三項規定訂定之。",
		[]foundWant{{"第十條第三項、第十一條\r\n第三項", "《國家情報工作法》第10條第3項、第11條第3項", Implicit}}},
	{"本法 resolved", Finder{Law: "立法院職權行使法"},
		"並適用本法第七十條至第七十四條之規定。",
		[]foundWant{{"本法第七十條至第七十四條", "《立法院職權行使法》第70至74條", ThisLaw}}},
	{"a caution in a ruling", Finder{},
		"惟請各單位辦理資料開放時，仍應注意有無涉及政府資訊公開法第18條或其他法律規範；注意監獄行刑法第十條；員工有無地政士法第六條第一項；是否符合勞動基準法第三條；依涉及海床或底土活動通知及管理辦法第二條。",
		[]foundWant{
			{"政府資訊公開法第18條", "《政府資訊公開法》第18條", Named},
			{"監獄行刑法第十條", "《監獄行刑法》第10條", Named},
			{"地政士法第六條第一項", "《地政士法》第6條第1項", Named},
			{"勞動基準法第三條", "《勞動基準法》第3條", Named},
			{"涉及海床或底土活動通知及管理辦法第二條", "《涉及海床或底土活動通知及管理辦法》第2條", Named},
		}},
	{"not citations", Finder{},
		"依第一類電信事業資費管理辦法第十條之定義。司法院釋字第二八二號、第一次會議、第三人。",
		[]foundWant{{"第一類電信事業資費管理辦法第十條", "《第一類電信事業資費管理辦法》第10條", Named}}},
	{"懲戒法院組織法§19 至前條", Finder{Law: "懲戒法院組織法", At: Provision{Article: 19}},
		"第十四條至前條有關懲戒法院之規定，於職務法庭準用之。",
		[]foundWant{{"第十四條至前條", "《懲戒法院組織法》第14至18條", Implicit}}},
	{"法院組織法§7-11 至前條", Finder{Law: "法院組織法", At: Provision{Article: 7, ArticleSub: 11}},
		"第七條之二至前條規定，於智慧財產法院準用之。",
		[]foundWant{{"第七條之二至前條", "《法院組織法》第7條之2至第7條之10", Implicit}}},
	{"金融控股公司…辦法§34-1 至少", Finder{},
		"依第三十二條第一項至少每半年辦理一次。",
		[]foundWant{{"第三十二條第一項", "第32條第1項", Implicit}}},
	{"土地法§105 refs without a conjunction", Finder{Law: "土地法"},
		"第九十七條第九十九條及第一百零一條之規定，於租用基地建築房屋均準用之。",
		[]foundWant{{"第九十七條第九十九條及第一百零一條", "《土地法》第97、99、101條", Implicit}}},
	{"words around 前", Finder{At: Provision{Article: 3}},
		"目前條文所定之前條件，及前項目之規定。",
		nil},
	{"a broken citation", Finder{},
		"依第三款第二項辦理。",
		[]foundWant{{"第三款第二項", "", Unresolved}}},
}

func TestFindCitations(t *testing.T) {
	for _, tt := range findCases {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.f.Find(tt.text)
			if len(got) != len(tt.want) {
				var spans []string
				for _, g := range got {
					spans = append(spans, tt.text[g.Start:g.End]+" → "+g.Citation.String())
				}
				t.Fatalf("Find(%q) found %d citations %q, want %d", tt.text, len(got), spans, len(tt.want))
			}
			from := 0
			for i, w := range tt.want {
				g := got[i]
				k := strings.Index(tt.text[from:], w.span)
				if k < 0 {
					t.Fatalf("bad test: %q not in the text after byte %d", w.span, from)
				}
				if g.Start != from+k || g.End != from+k+len(w.span) {
					t.Errorf("citation %d: span [%d, %d) %q, want [%d, %d) %q", i, g.Start, g.End, tt.text[g.Start:g.End], from+k, from+k+len(w.span), w.span)
				}
				from = g.End
				if w.cite == "" {
					if g.Err == nil || !g.Citation.IsZero() {
						t.Errorf("citation %d %q: error %v, citation %v; want an error", i, w.span, g.Err, g.Citation)
					}
					continue
				}
				if g.Err != nil {
					t.Errorf("citation %d %q: %v", i, w.span, g.Err)
				}
				if s := g.Citation.String(); s != w.cite || g.Resolution != w.res {
					t.Errorf("citation %d %q = %s (%v), want %s (%v)", i, w.span, s, g.Resolution, w.cite, w.res)
				}
			}
		})
	}
}

// TestFindCitationsAgreesWithParse checks that each citation found, read
// alone by ParseCitation, cites the same provisions, for the citations
// that name their law.
func TestFindCitationsAgreesWithParse(t *testing.T) {
	for _, tt := range findCases {
		for _, g := range FindCitations(tt.text) {
			if g.Err != nil || g.Resolution != Named {
				continue
			}
			c, err := ParseCitation(tt.text[g.Start:g.End])
			if err != nil {
				t.Errorf("ParseCitation(%q) error: %v", tt.text[g.Start:g.End], err)
				continue
			}
			if c.String() != g.Citation.String() {
				t.Errorf("ParseCitation(%q) = %s, FindCitations %s", tt.text[g.Start:g.End], c, g.Citation)
			}
		}
	}
}

func FuzzFindCitations(f *testing.F) {
	for _, tt := range findCases {
		f.Add(tt.text)
	}
	for _, tt := range addendumCitations {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, g := range (Finder{Law: "某法", At: Provision{Article: 5}}).Find(s) {
			if g.Start < end || g.End <= g.Start || g.End > len(s) {
				t.Fatalf("Find(%q): span [%d, %d) after %d", s, g.Start, g.End, end)
			}
			end = g.End
			if g.Err != nil {
				if !g.Citation.IsZero() {
					t.Fatalf("Find(%q): citation %v with error %v", s, g.Citation, g.Err)
				}
				continue
			}
			if !g.Resolution.IsValid() {
				t.Fatalf("Find(%q): resolution %d", s, g.Resolution)
			}
			if g.Citation.Len() > 0 && !strings.ContainsRune(g.Citation.Law, '\uFFFD') {
				checkRoundTrip(t, g.Citation)
			}
		}
	})
}
