package actions_test

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/rocdate"
)

// The meeting that opened the deck's three items is not named in the
// deck. The open-count series lists the dates the group met (110/04/30 is
// confirmed as 110年第1次會議); the one before 111年5月19日 is 110年12月10日,
// and the letter of 110年12月22日 carries out its rulings.
var (
	prevMeeting = actions.MustNewMeeting(110, 2, "110年12月10日")
	deckMeeting = actions.MustNewMeeting(111, 1, "111年5月19日")
)

const (
	progress1 = "1. 經查行政院公共工程委員會(政府採購業務主管機關)，為利我國之機關、機構、國民、法人及團體取得政府電子採購網資訊作為正當合法目的使用，並考量政府採購統計等資訊之敏感性，維護我國產業利益及國家安全，已訂有「政府電子採購網資訊取得及使用要點」，統合提供申請者依規定申請政府電子採購網相關資訊。 2. 本處已於110年12月22日以法資字第11011514270號函，請本部各單位於符合政府資訊公開法或其他法律規範下，持續推動政府資料開放，如遇民眾有申請本部採購文件需求時，將告知申請管道資訊，協助民眾取得所需資料。"
	progress2 = "本處依委員建議及主席裁示持續辦理，並於110年12月22日以法資字第11011514270號函，轉知本部所屬機關(單位)共同遵循。"
	progress3 = "已完成下架臺灣橋頭地方檢察署重複之資料集。"
)

// deckItems are the three items of 上次會議決議事項辦理情形 in the
// 111年度第1次會議 deck: section, ruling, progress.
var deckItems = [3][3]string{
	{"六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果",
		"有關委員建議增加開放本部採購文件乙事，請資訊處會同有關單位審慎研議；惟請各單位辦理資料開放時，仍應注意有無涉及政府資訊公開法第18條或其他法律規範。",
		progress1},
	{"六、報告事項、(三)本部參與行政院「110年度政府資料開放獎勵活動評獎結果」",
		"有關政府資料開放獎勵活動辦法，提供資料集應用程式介面(API)可取得加分項目乙事，目前資訊處已開發部分資料API，惟因本部業務屬性及其開發成本、效益考量，API數量較為有限。 日後如有API開發需求，請資訊處參考委員建議，妥適評估其建置、維運成本及效益，避免浪費公帑。",
		progress2},
	{"六、報告事項、 (四) 本部及所屬機關資料集申請下架情形",
		"臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆，審查通過。",
		progress3},
}

// deckEvents opens the deck's items at 110年度第2次會議 and reports their
// progress, as presented on 111年5月19日, each recommending release.
func deckEvents() []actions.Event {
	var opens, reports []actions.Event
	for i, it := range deckItems {
		id := prevMeeting.Case(i + 1)
		opens = append(opens, actions.Event{Kind: actions.Opened, Item: id, Meeting: prevMeeting,
			Section: actions.MustParseSection(it[0]), Ruling: it[1]})
		reports = append(reports, actions.Event{Kind: actions.Reported, Item: id,
			Date: rocdate.MustParse("111年5月19日"), Text: it[2], Letters: actions.FindLetters(it[2]),
			Recommend: actions.RecommendRelease})
	}
	return append(opens, reports...)
}

// deckDecisions are the 111年度第1次會議's decisions: release all three.
func deckDecisions() []actions.Event {
	var out []actions.Event
	for n := 1; n <= 3; n++ {
		out = append(out, actions.Event{Kind: actions.Decided, Item: prevMeeting.Case(n),
			Meeting: deckMeeting, Decision: actions.Release})
	}
	return out
}

func TestDeckCarriedAndReleased(t *testing.T) {
	r, err := actions.Replay(deckEvents())
	if err != nil {
		t.Fatal(err)
	}
	agenda := r.Agenda(deckMeeting)
	type row struct {
		Case, Section, Title, Recommend string
		Path                            []int
		Letters                         []string
	}
	var got []row
	for _, a := range agenda.Rows() {
		var ls []string
		for _, l := range a.Progress.Letters {
			ls = append(ls, l.String())
		}
		got = append(got, row{a.Item.CaseLabel(), a.Section.String(), a.Section.Title(), a.Recommend.String(), a.Section.Path(), ls})
	}
	letter := []string{"110年12月22日以法資字第11011514270號函"}
	want := []row{
		{"案由1", "六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果", "本部及所屬機關於政府資料開放平臺資料開放推動成果", "建請解除列管", []int{6, 2}, letter},
		{"案由2", "六、報告事項、(三)本部參與行政院「110年度政府資料開放獎勵活動評獎結果」", "本部參與行政院「110年度政府資料開放獎勵活動評獎結果」", "建請解除列管", []int{6, 3}, letter},
		{"案由3", "六、報告事項、(四)本部及所屬機關資料集申請下架情形", "本部及所屬機關資料集申請下架情形", "建請解除列管", []int{6, 4}, nil},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("agenda of %v (-want +got):\n%s", deckMeeting, diff)
	}
	if rows := agenda.Rows(); rows[0].Progress.Text != progress1 || rows[2].Ruling.Text != deckItems[2][1] {
		t.Errorf("agenda texts differ from the deck: %q / %q", rows[0].Progress.Text, rows[2].Ruling.Text)
	}
	for _, row := range agenda.Rows() {
		if row.Decision != (actions.Decision{}) {
			t.Errorf("%v before the meeting decided: decision %v, want none (待會議決議)", row.Item, row.Decision)
		}
	}
	if n := len(r.AwaitingDecision(rocdate.MustParse("111年5月19日"))); n != 3 {
		t.Errorf("awaiting decision on 111年5月19日: %d items, want 3", n)
	}

	r, err = actions.Replay(append(deckEvents(), deckDecisions()...))
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range r.Items() {
		if it.Status() != actions.Released || it.Decisions()[0].Meeting != deckMeeting {
			t.Errorf("%v: %v by %v, want released by %v", it.ID(), it.Status(), it.Decisions(), deckMeeting)
		}
	}
	if n := r.Agenda(deckMeeting).Len(); n != 3 {
		t.Errorf("agenda of %v after it decided: %d rows, want the same 3", deckMeeting, n)
	}
	for _, row := range r.Agenda(deckMeeting).Rows() {
		if row.Decision.Kind != actions.Release || row.Decision.Meeting != deckMeeting {
			t.Errorf("%v after the meeting decided: decision %v, want 解除列管 by %v", row.Item, row.Decision, deckMeeting)
		}
	}
	next := actions.MustNewMeeting(111, 2, "111年11月10日")
	if a := r.Agenda(next); a.Len() != 0 || a.Meeting() != next {
		t.Errorf("agenda of %v: %d rows, want none", next, a.Len())
	}
	if n := len(r.AwaitingDecision(rocdate.MustParse("111年5月19日"))); n != 0 {
		t.Errorf("awaiting decision after the meeting: %d items, want 0", n)
	}
}

// deckCSV is the deck's carried items as examples/meeting embeds them.
const deckCSV = `案由,列管會議,列管會議日期,會議紀錄,主席裁示,辦理情形,辦理日期,列管建議
案由1,110年度第2次會議,110年12月10日,<p>` + "六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果" + `</p>,"<p>有關委員建議增加開放本部採購文件乙事，請資訊處會同有關單位審慎研議；惟請各單位辦理資料開放時，仍應注意有無涉及政府資訊公開法第18條或其他法律規範。</p>","<ol style=""list-style-type: none""> ` + progress1 + `</ol>",111年5月19日,<p>建請解除列管</p>
案由2,110年度第2次會議,110年12月10日,六、報告事項、(三)本部參與行政院「110年度政府資料開放獎勵活動評獎結果」,<p>有關政府資料開放獎勵活動辦法，提供資料集應用程式介面(API)可取得加分項目乙事，目前資訊處已開發部分資料API，惟因本部業務屬性及其開發成本、效益考量，API數量較為有限。</p> <p>日後如有API開發需求，請資訊處參考委員建議，妥適評估其建置、維運成本及效益，避免浪費公帑。</p>,` + progress2 + `,111年5月19日,建請解除列管
案由3,110年度第2次會議,110年12月10日,六、報告事項、 (四) 本部及所屬機關資料集申請下架情形,臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆，審查通過。,` + progress3 + `,111年5月19日,建請解除列管
`

func readCSV(t testing.TB, s string) [][]string {
	rows, err := csv.NewReader(strings.NewReader(s)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestImportDeck(t *testing.T) {
	events, err := actions.ImportItems(readCSV(t, deckCSV))
	if err != nil {
		t.Fatal(err)
	}
	want := deckEvents()
	// ImportItems sorts by date and keeps each row's events together.
	var got []actions.Event
	for _, kind := range []actions.EventKind{actions.Opened, actions.Reported} {
		for _, e := range events {
			if e.Kind == kind {
				// Every event keeps its row: the header is row 1.
				if e.Row != e.Item.Case()+1 {
					t.Errorf("%v %v: row %d", e.Kind, e.Item, e.Row)
				}
				e.Row = 0
				got = append(got, e)
			}
		}
	}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b actions.Meeting) bool { return a == b }),
		cmp.Comparer(func(a, b actions.Section) bool { return a == b }),
		cmp.Comparer(func(a, b actions.ID) bool { return a == b }),
		cmp.Comparer(func(a, b actions.Letter) bool { return a == b }),
		cmp.Comparer(func(a, b rocdate.Date) bool { return a == b })); diff != "" {
		t.Errorf("ImportItems(deck) (-want +got):\n%s", diff)
	}
	r, err := actions.Replay(append(events, deckDecisions()...))
	if err != nil || r.Len() != 3 || len(r.Items()[0].Reports()[0].Letters) != 1 {
		t.Errorf("Replay(imported deck) = %d items, %v", r.Len(), err)
	}
}
