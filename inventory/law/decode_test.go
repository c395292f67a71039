package law

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lawJSON is a law of the database's files with the fields Decode reads.
func lawJSON(name, pcode, modified, abandon, histories string, articles ...string) string {
	return fmt.Sprintf(`{"LawLevel":"法律","LawName":%q,"LawURL":"https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=%s","LawCategory":"行政＞法務部","LawModifiedDate":%q,"LawEffectiveDate":"","LawAbandonNote":%q,"LawHistories":%q,"LawArticles":[%s]}`,
		name, pcode, modified, abandon, histories, strings.Join(articles, ","))
}

// articleJSON is an article (type A) or a heading (type C).
func articleJSON(typ, no, content string) string {
	return fmt.Sprintf(`{"ArticleType":%q,"ArticleNo":%q,"ArticleContent":%q}`, typ, no, content)
}

var decodeTests = []struct {
	name string
	in   string
	err  error // nil when the file is read
	// what is checked when read: the number of laws, and per PCode its
	// name, whether abandoned, its version's date and articles
	laws     int
	pcode    string
	wantName string
	abandon  bool
	date     string // the version's date, as rocdate writes it
	articles int
	former   string // a former name from the 沿革
	// notRepealed is an article that must be there and not repealed
	notRepealed int
}{
	{name: "one law", in: `{"UpdateDate":"2024/10/11 上午 12:00:00","Laws":[` +
		lawJSON("測試法", "X0000001", "20240131", "", "1.中華民國八十五年一月一日制定公布全文 2 條",
			articleJSON("C", "", "第 一 章 總則"),
			articleJSON("A", "第 1 條", "本法所稱測試，指下列行為：\r\n一、甲。\r\n二、乙。"),
			articleJSON("A", "第 2 條", "（刪除）"),
			articleJSON("A", "第 2-1 條", "丙。")) + `]}`,
		laws: 1, pcode: "X0000001", wantName: "測試法", date: "113年1月31日", articles: 3},
	{name: "byte-order mark, other keys, UpdateDate last", in: "\xef\xbb\xbf" + `{"Other":[1,{"a":null}],"Laws":[` +
		lawJSON("測試法", "X0000001", "", "廢", "") + `],"UpdateDate":"2024/10/11 上午 12:00:00"}` + "\n",
		laws: 1, pcode: "X0000001", wantName: "測試法", abandon: true, date: "113年10月11日"},
	{name: "a law given twice keeps the last", in: `{"UpdateDate":"2024/10/11","Laws":[` +
		lawJSON("舊法", "X0000001", "20200101", "", "") + "," + lawJSON("新法", "X0000001", "20230101", "", "") + `]}`,
		laws: 1, pcode: "X0000001", wantName: "新法", date: "112年1月1日"},
	{name: "renamed by its 沿革, hard-wrapped", in: `{"UpdateDate":"2024/10/11","Laws":[` +
		lawJSON("新名法", "X0000002", "19460000", "", "1.中華民國三十五年一月一日國民政府制定公布\r\n2.中華民國八十五年一月一日總統令修正公布名稱及全文 5 條（原名\r\n  稱：舊名法）") + `]}`,
		laws: 1, pcode: "X0000002", wantName: "新名法", date: "35年1月1日", former: "舊名法"},
	{name: "out of order articles", in: `{"UpdateDate":"2024/10/11","Laws":[` +
		lawJSON("測試法", "X0000001", "20240131", "", "",
			articleJSON("A", "第 2 條", "甲。"), articleJSON("A", "第 1 條", "乙。"), articleJSON("A", "第 2 條", "丙。"), articleJSON("A", "附表", "丁。")) + `]}`,
		laws: 1, pcode: "X0000001", wantName: "測試法", date: "113年1月31日", articles: 1},
	{name: "an article left without its text does not take the last law's", in: `{"UpdateDate":"2024/10/11","Laws":[` +
		lawJSON("甲法", "X0000001", "20240131", "", "", articleJSON("A", "第 1 條", "（刪除）"), articleJSON("A", "第 2 條", "（刪除）")) + "," +
		lawJSON("測試法", "X0000003", "20240131", "", "", `{"ArticleType":"A","ArticleNo":"第 1 條"}`, `{"ArticleContent":"（刪除）"}`) + `]}`,
		laws: 2, pcode: "X0000003", wantName: "測試法", date: "113年1月31日", articles: 1, notRepealed: 1},
	{name: "pcode among other parameters", in: `{"UpdateDate":"2024/10/11","Laws":[{"LawName":"測試法","LawURL":"https://law.moj.gov.tw/LawClass/LawAll.aspx?media=print&pcode=X0000004&flno=2"}]}`,
		laws: 1, pcode: "X0000004", wantName: "測試法", date: "113年10月11日"},
	{name: "no laws", in: `{"UpdateDate":"2024/10/11","Laws":null}`},
	{name: "empty laws", in: `{"UpdateDate":"2024/10/11","Laws":[]}`},

	{name: "empty", in: ``, err: ErrSyntax},
	{name: "not JSON", in: `UpdateDate`, err: ErrSyntax},
	{name: "an array", in: `[]`, err: ErrSyntax},
	{name: "truncated", in: `{"UpdateDate":"2024/10/11","Laws":[` + lawJSON("測試法", "X0000001", "", "", "")[:40], err: ErrSyntax},
	{name: "text after", in: `{"UpdateDate":"2024/10/11","Laws":[]} {}`, err: ErrSyntax},
	{name: "no UpdateDate", in: `{"Laws":[]}`, err: ErrSyntax},
	{name: "UpdateDate not a date", in: `{"UpdateDate":"昨天","Laws":[]}`, err: ErrSyntax},
	{name: "UpdateDate not a day", in: `{"UpdateDate":"2024/02/30","Laws":[]}`, err: ErrRange},
	{name: "UpdateDate a number", in: `{"UpdateDate":20241011,"Laws":[]}`, err: ErrSyntax},
	{name: "Laws an object", in: `{"UpdateDate":"2024/10/11","Laws":{}}`, err: ErrSyntax},
	{name: "a law a string", in: `{"UpdateDate":"2024/10/11","Laws":["測試法"]}`, err: ErrSyntax},
	{name: "a law without a name", in: `{"UpdateDate":"2024/10/11","Laws":[` + lawJSON(" ", "X0000001", "", "", "") + `]}`, err: ErrMissing},
	{name: "a law without a pcode", in: `{"UpdateDate":"2024/10/11","Laws":[{"LawName":"測試法","LawURL":""}]}`, err: ErrMissing},
	{name: "a LawURL without pcode= names no law", in: `{"UpdateDate":"2024/10/11","Laws":[{"LawName":"測試法","LawURL":"https://law.moj.gov.tw/LawClass/LawAll.aspx"}]}`, err: ErrMissing},
	{name: "a LawURL whose pcode is empty", in: `{"UpdateDate":"2024/10/11","Laws":[{"LawName":"測試法","LawURL":"https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode="}]}`, err: ErrMissing},
	{name: "a LawURL whose pcode is not one", in: `{"UpdateDate":"2024/10/11","Laws":[{"LawName":"測試法","LawURL":"https://law.moj.gov.tw/LawClass/LawAll.aspx?pcode=../../x"}]}`, err: ErrMissing},
	{name: "a LawURL with xpcode= only", in: `{"UpdateDate":"2024/10/11","Laws":[{"LawName":"測試法","LawURL":"https://law.moj.gov.tw/a.aspx?xpcode=A0000001"}]}`, err: ErrMissing},
	{name: "bad skipped value", in: `{"UpdateDate":"2024/10/11","Other":[1,}`, err: ErrSyntax},
}

func TestDecode(t *testing.T) {
	for _, tt := range decodeTests {
		r, err := Decode(strings.NewReader(tt.in))
		if tt.err != nil {
			var pe *ParseError
			if !errors.Is(err, tt.err) || !errors.As(err, &pe) || pe.Func != "Decode" {
				t.Errorf("%s: error %v, want a *ParseError of Decode, %v", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if r.Len() != tt.laws {
			t.Errorf("%s: %d laws, want %d", tt.name, r.Len(), tt.laws)
		}
		if tt.pcode == "" {
			continue
		}
		s, ok := r.ByPCode(tt.pcode)
		if !ok {
			t.Errorf("%s: %s not found", tt.name, tt.pcode)
			continue
		}
		if s.Name() != tt.wantName || s.Abandoned() != tt.abandon {
			t.Errorf("%s: %s, abandoned %v; want %s, %v", tt.name, s.Name(), s.Abandoned(), tt.wantName, tt.abandon)
		}
		vs := s.Versions()
		if len(vs) != 1 || vs[0].Date().String() != tt.date || len(vs[0].v().arts) != tt.articles {
			t.Errorf("%s: versions %v (%d articles), want one of %s with %d articles", tt.name, vs, len(vs[0].v().arts), tt.date, tt.articles)
		}
		if p := (Provision{Article: tt.notRepealed}); tt.notRepealed != 0 && (vs[0].Repealed(p) || !vs[0].Has(p)) {
			t.Errorf("%s: %v repealed %v, there %v", tt.name, p, vs[0].Repealed(p), vs[0].Has(p))
		}
		if tt.former != "" {
			if got, m := r.Lookup(tt.former); got != s || m != MatchFormer {
				t.Errorf("%s: Lookup(%s) = %v, %v", tt.name, tt.former, got, m)
			}
		}
	}
}

// TestDecodeArticles checks the provisions read from the text, and that a
// 沿革 parsed when first asked for answers as one parsed at once.
func TestDecodeArticles(t *testing.T) {
	r, err := Decode(strings.NewReader(decodeTests[0].in))
	if err != nil {
		t.Fatal(err)
	}
	s, _ := r.ByPCode("X0000001")
	v := s.Versions()[0]
	for _, c := range []struct {
		p             Provision
		has, repealed bool
	}{
		{Provision{Article: 1}, true, false},
		{Provision{Article: 1, Paragraph: 1, Subparagraph: 2}, true, false},
		{Provision{Article: 1, Paragraph: 1, Subparagraph: 3}, false, false},
		{Provision{Article: 2}, false, true}, // repealed: not in force
		{Provision{Article: 2, ArticleSub: 1}, true, false},
		{Provision{Article: 3}, false, false},
	} {
		if v.Has(c.p) != c.has || v.Repealed(c.p) != c.repealed {
			t.Errorf("%v: Has %v, Repealed %v; want %v, %v", c.p, v.Has(c.p), v.Repealed(c.p), c.has, c.repealed)
		}
	}
	got := s.entry().revisions()
	want := ParseHistory("1.中華民國八十五年一月一日制定公布全文 2 條")
	if len(got) != 1 || got[0].Text != want[0].Text || got[0].Date != want[0].Date {
		t.Errorf("revisions %+v, want %+v", got, want)
	}
}

// decodeReference tells whether Decode should read in: the file is JSON
// of the database's form (as json.Unmarshal reads it) and every law has a
// name and a pcode, and UpdateDate is a day.
func decodeReference(in []byte) (laws int, ok bool) {
	var f rawFile
	if json.Unmarshal(bytes.TrimPrefix(in, []byte("\xef\xbb\xbf")), &f) != nil {
		return 0, false
	}
	if _, err := readUpdateDate(f.UpdateDate); err != nil {
		return 0, false
	}
	pcodes := map[string]bool{}
	d := decoder{intern: map[string]string{}}
	for i := range f.Laws {
		e, err := d.law(&f.Laws[i])
		if err != nil {
			return 0, false
		}
		pcodes[e.pcode] = true
	}
	return len(pcodes), true
}

func FuzzDecode(f *testing.F) {
	for _, tt := range decodeTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		r, err := Decode(strings.NewReader(in))
		laws, ok := decodeReference([]byte(in))
		// Property: Decode reads what json.Unmarshal reads, law for law.
		// (Decode is stricter about a key given twice, which Unmarshal
		// reads as the last; such files are left out.)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error: %v is not a *ParseError", err)
			}
			lower := strings.ToLower(in)
			if ok && strings.Count(lower, `"laws"`) < 2 && strings.Count(lower, `"updatedate"`) < 2 {
				t.Fatalf("Decode failed (%v) where json.Unmarshal reads the file", err)
			}
			return
		}
		if !ok {
			t.Fatalf("Decode read a file json.Unmarshal does not")
		}
		if r.Len() != laws && strings.Count(strings.ToLower(in), `"laws"`) < 2 {
			t.Fatalf("%d laws, json.Unmarshal reads %d", r.Len(), laws)
		}
		for _, s := range r.Statutes() {
			if s.Name() == "" || s.PCode() == "" || len(s.Versions()) != 1 {
				t.Fatalf("law %+v", s)
			}
			_ = s.entry().revisions()
		}
	})
}

// appendNormalReference is appendNormal rune by rune.
func appendNormalReference(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '︰':
			b = append(b, "："...)
		case unicode.IsSpace(r):
		default:
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return b
}

func FuzzAppendNormal(f *testing.F) {
	for _, s := range []string{"", "甲 乙\u3000丙\r\n\t丁︰", "\u0085\u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\ufeff", "\xe2\x80", "\xe3\x80\xe3\x80\x80", "\xef\xb8\xb0\xef\xb8", "\xc2\xc2\x85", "\xe4\xe2\x80\x80", "\xe4\xb8"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := appendNormal([]byte("x"), s), appendNormalReference([]byte("x"), s)
		if !bytes.Equal(got, want) {
			t.Fatalf("appendNormal(%q) = %q, want %q", s, got, want)
		}
		if got := appendNormal([]byte("x"), []byte(s)); !bytes.Equal(got, want) {
			t.Fatalf("appendNormal([]byte(%q)) = %q, want %q", s, got, want)
		}
	})
}

// TestDecodeFormerNamesCorpus checks, over the whole snapshot, that the
// 沿革 Decode leaves for later hold no former name: every former name
// ParseHistory finds is in the registry's index.
func TestDecodeFormerNamesCorpus(t *testing.T) {
	reg := corpusRegistry(t)
	checked := 0
	for _, b := range corpusBytes(t) {
		var f rawFile
		if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &f); err != nil {
			t.Fatal(err)
		}
		for i := range f.Laws {
			l := &f.Laws[i]
			for _, h := range ParseHistory(l.LawHistories) {
				if h.FormerName == "" || h.FormerName == strings.TrimSpace(l.LawName) {
					continue
				}
				checked++
				s, _ := reg.Lookup(l.LawName)
				if got, _ := reg.Lookup(h.FormerName); got.IsZero() || !strings.Contains(strings.Join(s.FormerNames(), "、"), h.FormerName) {
					t.Errorf("%s: former name %s not indexed", l.LawName, h.FormerName)
				}
			}
		}
	}
	if checked < 1000 {
		t.Errorf("%d former names checked, expected over 1000", checked)
	}
	t.Logf("%d former names from the 沿革 are indexed", checked)
}

func FuzzAppendUnquoted(f *testing.F) {
	for _, s := range []string{`""`, `"甲\r\n乙"`, `"\u7532\ud83d\ude00\ud83d\u0041\udc00"`, `"\"\\\/\b\f\n\r\t"`, "\"\xff\xe7\x94\"", `"\u12"`, `"\x"`, `null`, `1`, `"a`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, q []byte) {
		var want string
		wantErr := json.Unmarshal(q, &want)
		// Decode is given the literal without the white space around it.
		got, ok := appendUnquoted([]byte("x"), bytes.Trim(q, " \t\r\n"))
		if wantErr != nil {
			if json.Valid(q) && ok {
				t.Fatalf("appendUnquoted(%q) read %q, json.Unmarshal fails: %v", q, got, wantErr)
			}
			return
		}
		if !ok || string(got) != "x"+want {
			t.Fatalf("appendUnquoted(%q) = %q, %v; json.Unmarshal reads %q", q, got, ok, want)
		}
	})
}

// TestLazyIndex checks that a decoded and merged registry is indexed on
// its first lookup, once, whichever lookup comes first and however many
// goroutines ask at once (run with -race), and that Merge indexes neither
// its operands nor its result.
func TestLazyIndex(t *testing.T) {
	mk := func(name, modified string) *Registry {
		r, err := Decode(strings.NewReader(`{"UpdateDate":"2024/10/11","Laws":[` +
			lawJSON(name, "X0000001", modified, "", "") + "," + lawJSON("乙法", "X0000002", "20200101", "", "") + `]}`))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	old := mk("舊名法", "20200101")
	old.updated = 20200101
	m := old.Merge(mk("新名法", "20230101"))
	if old.byName != nil || m.byName != nil {
		t.Fatal("Decode or Merge built an index before any lookup")
	}
	want := map[string]NameMatch{"新名法": MatchOfficial, "舊名法": MatchFormer, "乙法": MatchOfficial, "丙法": NoMatch}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			if g%2 == 0 {
				if _, ok := m.ByPCode("X0000002"); !ok {
					t.Error("ByPCode(X0000002) not found")
				}
			}
			for name, k := range want {
				if _, got := m.Lookup(name); got != k {
					t.Errorf("Lookup(%s) = %v, want %v", name, got, k)
				}
			}
		})
	}
	wg.Wait()
	if old.byName != nil {
		t.Error("looking up the merged registry indexed its operand")
	}
	if n := testing.AllocsPerRun(100, func() { m.Lookup("舊名法") }); n != 0 {
		t.Errorf("a hit allocates %v times", n)
	}
}
