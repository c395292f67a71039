package actions

import (
	"regexp"
	"runtime"
	"testing"

	"github.com/ogdtw/governance/requests"
)

var (
	sinkDoc      DocNumber
	sinkLetter   Letter
	sinkLetters  []Letter
	sinkItem     Item
	sinkRegister Register
	sinkStrings  []string
)

// benchLog is a log of n items of 10 events each, in date order: opened
// at 110年度第2次會議, two reports, kept by 111年度第1次會議, two reports,
// kept by 111年度第2次會議, a report, a release recommendation, and
// released by 112年度第1次會議.
func benchLog(n int) []Event {
	m := fuzzMeetings
	letter := MustParseLetter("110年12月22日以法資字第11011514270號函")
	events := make([]Event, 0, 10*n)
	phase := func(f func(id ID) Event) {
		for i := range n {
			events = append(events, f(m[0].Case(i+1)))
		}
	}
	report := func(date string, rec Recommendation) func(ID) Event {
		d := day(date)
		return func(id ID) Event {
			return Event{Kind: Reported, Item: id, Date: d, Text: "辦理中", Letters: []Letter{letter}, Recommend: rec}
		}
	}
	decide := func(mt Meeting, k DecisionKind) func(ID) Event {
		return func(id ID) Event { return Event{Kind: Decided, Item: id, Meeting: mt, Decision: k} }
	}
	sec := MustParseSection("六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果")
	phase(func(id ID) Event {
		return Event{Kind: Opened, Item: id, Meeting: m[0], Section: sec, Ruling: "請資訊處研議", Concern: requests.OwnRegulation}
	})
	phase(report("111年1月5日", NoRecommendation))
	phase(report("111年4月5日", RecommendKeep))
	phase(decide(m[1], Keep))
	phase(report("111年7月5日", NoRecommendation))
	phase(report("111年10月5日", RecommendKeep))
	phase(decide(m[2], Keep))
	phase(report("112年1月5日", NoRecommendation))
	phase(report("112年4月5日", RecommendRelease))
	phase(decide(m[3], Release))
	return events
}

// BenchmarkReplay replays 100,000 items of 10 events each.
func BenchmarkReplay(b *testing.B) {
	events := benchLog(100_000)
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		r, err := Replay(events)
		if err != nil {
			b.Fatal(err)
		}
		sinkRegister = r
	}
	runtime.ReadMemStats(&after)
	n := float64(b.N) * float64(len(events))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/event")
	b.ReportMetric(float64(after.Mallocs-before.Mallocs)/n, "allocs/event")
}

// BenchmarkApply applies one item's 10 events.
func BenchmarkApply(b *testing.B) {
	events := benchLog(1)
	b.ReportAllocs()
	for b.Loop() {
		var it Item
		var err error
		for _, e := range events {
			if it, err = Apply(it, e); err != nil {
				b.Fatal(err)
			}
		}
		sinkItem = it
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(events)), "ns/event")
}

var docInputs = []string{"法資字第11011514270號", "院臺秘字第0930089122號", "華總一義字第 09400212561 號", "（84）華總（一）義字第8198號"}

func BenchmarkParseDocNumber(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range docInputs {
			d, err := ParseDocNumber(s)
			if err != nil {
				b.Fatal(err)
			}
			sinkDoc = d
		}
	}
}

// docRegexp is the peer: a regular expression that splits a number into
// year, code and digits, without the checks or the canonical form.
var docRegexp = regexp.MustCompile(`^\s*(?:[（(]\s*(\d+)\s*[)）])?\s*(\S+?)\s*字\s*第\s*(\d+)\s*號\s*$`)

func BenchmarkParseDocNumberRegexp(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range docInputs {
			m := docRegexp.FindStringSubmatch(s)
			if m == nil {
				b.Fatal(s)
			}
			sinkStrings = m
		}
	}
}

func BenchmarkParseLetter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l, err := ParseLetter("110年12月22日以法資字第11011514270號函")
		if err != nil {
			b.Fatal(err)
		}
		sinkLetter = l
	}
}

func BenchmarkFindLetters(b *testing.B) {
	text := "1. 經查行政院公共工程委員會(政府採購業務主管機關)，已訂有「政府電子採購網資訊取得及使用要點」。 2. 本處已於110年12月22日以法資字第11011514270號函，請本部各單位於符合政府資訊公開法或其他法律規範下，持續推動政府資料開放。"
	b.ReportAllocs()
	for b.Loop() {
		sinkLetters = FindLetters(text)
	}
}

// letterRegexp is the peer of ParseLetter: a regular expression that
// splits a letter into date, code, serial and kind, without the checks.
var letterRegexp = regexp.MustCompile(`^\s*(?:(\d+)\s*年\s*(\d+)\s*月\s*(\d+)\s*日\s*以?)?\s*(\S+?)\s*字\s*第\s*(\d+)\s*號\s*(函|令|書函|公告)?\s*$`)

var letterInputs = []string{"110年12月22日以法資字第11011514270號函", "105年3月2日法檢字第10504512340號函"}

func BenchmarkParseLetterForms(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range letterInputs {
			l, err := ParseLetter(s)
			if err != nil {
				b.Fatal(err)
			}
			sinkLetter = l
		}
	}
}

func BenchmarkParseLetterRegexp(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range letterInputs {
			m := letterRegexp.FindStringSubmatch(s)
			if m == nil {
				b.Fatal(s)
			}
			sinkStrings = m
		}
	}
}

// benchFind runs FindLetters over text, reporting ns/byte.
func benchFind(b *testing.B, text string) {
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		sinkLetters = FindLetters(text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(text)), "ns/byte")
}

// BenchmarkFindLetters1MBReal is 1 MB of real-looking 辦理情形 text
// citing letters in every form (a letter every 150 bytes).
func BenchmarkFindLetters1MBReal(b *testing.B) { benchFind(b, repeatTo(realProgress, 1<<20)) }

// BenchmarkFindLetters1MBAdversarial is 1 MB of fragments made to make
// the scan look far: 字第 with no 號 near, unclosed and unopened
// brackets, codes too long.
func BenchmarkFindLetters1MBAdversarial(b *testing.B) {
	benchFind(b, repeatTo(adversarialProgress, 1<<20))
}

// deckRulings are the deck's three rulings.
var deckRulings = []string{
	"有關委員建議增加開放本部採購文件乙事，請資訊處會同有關單位審慎研議；惟請各單位辦理資料開放時，仍應注意有無涉及政府資訊公開法第18條或其他法律規範。",
	"有關政府資料開放獎勵活動辦法，提供資料集應用程式介面(API)可取得加分項目乙事，目前資訊處已開發部分資料API，惟因本部業務屬性及其開發成本、效益考量，API數量較為有限。 日後如有API開發需求，請資訊處參考委員建議，妥適評估其建置、維運成本及效益，避免浪費公帑。",
	"臺灣橋頭地方檢察署因資料集內容重複，申請下架資料集1筆，審查通過。",
}

var (
	sinkRuling   Ruling
	sinkProgress Progress
)

// BenchmarkReadRuling reads the deck's three rulings.
func BenchmarkReadRuling(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range deckRulings {
			sinkRuling = ReadRuling(s, nil)
		}
	}
}

// clauseSplit is a regexp doing a comparable split: the clauses between
// 。 and ；, and the units after 請 up to a task's first word.
var (
	clauseSplit = regexp.MustCompile(`[^。；]+`)
	unitRE      = regexp.MustCompile(`請([^，。；]{1,24}?(?:處|司|署|單位|機關))(?:會同([^，。；]{1,24}?(?:處|司|署|單位|機關)))?`)
)

// BenchmarkReadRulingRegexp is the peer of BenchmarkReadRuling: a regexp
// splitting the same rulings into clauses and finding the units.
func BenchmarkReadRulingRegexp(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range deckRulings {
			for _, c := range clauseSplit.FindAllString(s, -1) {
				sinkStrings = unitRE.FindStringSubmatch(c)
			}
		}
	}
}

// BenchmarkReadProgress reads the deck's first progress report (two
// points, a letter).
func BenchmarkReadProgress(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sinkProgress = ReadProgress(realProgress)
	}
}
