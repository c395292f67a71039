package law

import (
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/numeral"
)

// Resolution tells how [FindCitations] gave a citation found in running
// text its law and its upper levels. The zero value, [Unresolved], means
// the text refers to a law or a provision the finder was not told
// (本法 without [Finder.Law], 前條 without [Finder.At], 同法 with no law
// before it).
type Resolution uint8

const (
	// Unresolved is a reference the finder could not resolve: the
	// citation keeps what the text writes (前條第二項 cites 第2項 of no
	// article) and no law.
	Unresolved Resolution = iota
	// Named is a citation that names its law: 刑法第十條, 《檔案法》第18條.
	Named
	// SameLaw is 同法: the law of the last citation before it that names
	// one.
	SameLaw
	// ThisLaw is 本法 (本條例, 本辦法, 本細則 …): the law the text belongs
	// to, [Finder.Law].
	ThisLaw
	// Implicit is a citation that names no law (第十條, 第二項第一款): the
	// law the text belongs to, and, for one that starts below 條, the
	// article of [Finder.At].
	Implicit
	// PrevArticle is 前條 or 前N條: the article or articles before
	// [Finder.At].
	PrevArticle
	// PrevParagraph is 前項 or 前N項: the paragraph or paragraphs before
	// the one the text is in.
	PrevParagraph
	// SameArticle is 同條: the article of the citation before it, in its
	// law.
	SameArticle
)

var resolutionText = enumText{
	Type:  "Resolution",
	Names: []string{"未解析", "明定法規", "同法", "本法", "未載法規", "前條", "前項", "同條"},
	IDs:   []string{"unresolved", "named", "same-law", "this-law", "implicit", "previous-article", "previous-paragraph", "same-article"},
}

// String returns the Chinese name of r: 未解析, 明定法規, 同法, 本法,
// 未載法規, 前條, 前項 or 同條.
func (r Resolution) String() string { return resolutionText.Word(uint8(r)) }

// IsValid reports whether r is one of the defined resolutions.
func (r Resolution) IsValid() bool { return resolutionText.Valid(uint8(r)) }

// AppendText appends the text of r as String gives it to b. It fails with
// ErrRange for an invalid Resolution.
func (r Resolution) AppendText(b []byte) ([]byte, error) {
	return resolutionText.AppendText(b, uint8(r))
}

// MarshalText returns the text of r as String gives it.
func (r Resolution) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText sets r as ParseResolution reads b.
func (r *Resolution) UnmarshalText(b []byte) error {
	v, err := ParseResolution(string(b))
	if err == nil {
		*r = v
	}
	return err
}

// ParseResolution reads a resolution from its Chinese name (同法, 前條, …)
// or its English id (same-law, previous-article, …).
func ParseResolution(s string) (Resolution, error) {
	v, err := resolutionText.Parse("ParseResolution", s)
	return Resolution(v), err
}

// Found is a citation found in running text by [FindCitations].
type Found struct {
	// Citation is what the text cites, resolved as Resolution says: its
	// Law is the law named or resolved ("" when none), and its provisions
	// hold the articles 前條 and the like stand for. It is the zero
	// Citation when Err is set.
	Citation Citation `json:"citation,omitzero"`
	// Start and End are the byte offsets of the citation in the text:
	// text[Start:End] runs from the law's name (or 同法, 本法, 前條, 前項)
	// to the last unit or part, 規定 excluded.
	Start int `json:"start,omitzero"`
	End   int `json:"end,omitzero"`
	// Resolution tells how the law and the upper levels were found.
	Resolution Resolution `json:"resolution,omitzero"`
	// Err is nil when the span parses completely; otherwise it is the
	// *ParseError of the span (an order 第三條第二條, a zero, a
	// descending range), and End is where reading stopped.
	Err *ParseError `json:"err,omitzero"`
}

// A Finder finds the citations of a text that belongs to a law, such as
// the text of one of its articles, so that 本法, 前條, 前項 and citations
// without a law resolve. The zero Finder resolves only what the text
// itself names (同法, 同條).
type Finder struct {
	// Law is the name of the law the text belongs to: 本法 (本條例,
	// 本辦法, 本細則 …) and citations that name no law take it. Defaults to
	// "", which leaves them without a law (Resolution Unresolved for 本法).
	Law string `json:"law,omitzero"`
	// At is where the text stands in that law: the article whose text it
	// is (and its paragraph, if the text is one paragraph). 前條 is the
	// article before At (第18條 before 第18條之1, 第17條 before 第18條),
	// 前項 the paragraph before the one a citation is in, and a citation
	// that starts below 條 (第二項第一款) takes At's article. When At has
	// an article but no paragraph, the text is the article's whole text
	// and its paragraphs are counted from its lines, as the law database
	// writes them (a line that does not start with 一、 or （一） after a
	// line that ends with 。 starts a paragraph). Defaults to the zero
	// Provision, which leaves 前條 and 前項 unresolved.
	At Provision `json:"at,omitzero"`
	// Registry, when set, tells law names from the words before them: a
	// name is the longest text before 第 that it knows by an official,
	// short or former name. Defaults to nil: a name is the run of
	// ideographs before 第 that ends as law names end (法, 條例, 辦法,
	// 規則 …), less the words that lead into it (依, 準用, 不受 …).
	Registry *Registry `json:"registry,omitzero"`
}

// FindCitations returns every citation of running text with its byte
// span, in order, as the zero [Finder] finds them: 同法 and 同條 resolve
// against the citations before them; 本法, 前條 and 前項 stay unresolved
// (use [Finder.Find] with the law and article of the text). Citations
// follow the grammar of [ParseCitation], line breaks and hard-wrap blanks
// included; a citation starts at a 第 followed by a number and a unit
// (第一類 and 第三人 are no citation), or at 前條, 前項, 前N條 or 前N項,
// and runs as long as the grammar reads, over conjunctions followed by
// 第. It runs in time linear in the text.
func FindCitations(text string) []Found { return Finder{}.Find(text) }

// Find returns every citation of text with its byte span, in order,
// resolved as f says; see [FindCitations].
func (f Finder) Find(text string) []Found {
	s, cuts := fold(text, nil)
	fs := finder{f: f, s: s, text: text, cuts: cuts}
	fs.run()
	return fs.out
}

// finder holds the state of one Find.
type finder struct {
	f        Finder
	s        string // the folded text
	text     string // the text as given
	cuts     []cut
	out      []Found
	lastEnd  int    // end of the last citation, in s
	lastLaw  string // the law of the last citation that named one
	lastProv Provision
	lastOK   bool // lastProv is set
	// Paragraph counting over text, for At without a paragraph: the
	// paragraph of the line that starts at paraPos.
	paraPos, para int
	paraEnd       int // the line break after paraPos, once looked for
}

func (fs *finder) run() {
	s := fs.s
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0xE4 || c > 0xE7 {
			i++
			continue
		}
		switch at3(s, i) {
		case tokDi:
			if isLevel(s, i) {
				i = fs.cite(i)
				continue
			}
		case tokQian:
			if n, lv, j := relToken(s, i); j > 0 && !fs.wordAround(i, j) {
				i = fs.relative(i, j, n, lv, false)
				continue
			}
		case tokTong:
			if j := i + 6; at3(s, i+3) == tokTiao && !fs.wordAround(i, j) {
				k := skipBlanks(s, j)
				if at3(s, k) == tokDi && isLevel(s, k) {
					i = fs.relative(i, j, 1, lvArticle, true)
					continue
				}
			}
		}
		i += 3
	}
}

// Tokens of relative references.
const (
	tokQian = 0xE5898D // 前
	tokTong = 0xE5908C // 同
	tokBen  = 0xE69CAC // 本
	tokFa   = 0xE6B395 // 法
)

// relToken reads 前條, 前項, 前N條 or 前N項 at i, N in ASCII (前2條),
// full-width (前２條) or Chinese numerals (前二條, 前十二條), and returns N,
// the level and the offset after it, or j == 0. A blank between the
// parts is no relative reference; N is at most maxNumber.
func relToken(s string, i int) (n, lv, j int) {
	j, n = i+3, 1
	if k := numeral.Span(s[j:]); k > 0 && k <= 4*3 {
		v, err := numeral.Parse(s[j : j+k])
		if err != nil || v < 1 || v > maxNumber {
			return 0, 0, 0
		}
		n, j = v, j+k
	}
	switch at3(s, j) {
	case tokTiao:
		return n, lvArticle, j + 3
	case tokXiang:
		return n, lvPara, j + 3
	}
	return 0, 0, 0
}

// wordAround reports whether the relative reference s[i:j] is part of a
// word: 目前條文, 前項目, 前條件.
func (fs *finder) wordAround(i, j int) bool {
	if r, _ := utf8.DecodeLastRuneInString(fs.s[:i]); strings.ContainsRune("目當提事以日此先生年眼從之", r) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(fs.s[j:])
	return strings.ContainsRune("目文件款", r)
}

// skipBlanks returns the offset of the first byte at or after i that is
// not a blank.
func skipBlanks(s string, i int) int {
	for i < len(s) {
		n := blankLen(s, i)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// cite reads the citation whose first level starts at i (a 第 of a
// level) and returns the offset to scan from.
func (fs *finder) cite(i int) int {
	start, law, res := fs.lawBefore(i)
	p := fs.parser(i)
	fs.setBefore(&p, i)
	if res == Implicit && fs.f.At.Article != 0 {
		p.prev[lvArticle] = uint16(fs.f.At.Article)
		p.prev[lvSub] = uint16(fs.f.At.ArticleSub)
	}
	fs.finish(&p, start, law, res)
	return max(p.i, i+3)
}

// relative reads a citation that starts with 前條, 前項, 前N條, 前N項 or
// 同條 at s[i:j] (n articles or paragraphs, at level lv) and returns the
// offset to scan from.
func (fs *finder) relative(i, j, n, lv int, same bool) int {
	p := fs.parser(j)
	var base levels
	law, res, ok := fs.f.Law, PrevArticle, false
	at := fs.f.At
	switch {
	case same:
		res, law = SameArticle, fs.lastLaw
		if fs.lastOK {
			base[lvArticle], base[lvSub] = uint16(fs.lastProv.Article), uint16(fs.lastProv.ArticleSub)
			ok = fs.lastProv.Article != 0
			law = fs.lastCitedLaw()
		}
	case lv == lvArticle:
		if at.Article != 0 {
			switch {
			case at.ArticleSub > 0 && n == 1:
				base[lvArticle], base[lvSub] = uint16(at.Article), uint16(at.ArticleSub-1)
				ok = true
			case at.ArticleSub > 0:
				base[lvArticle], ok = uint16(at.Article-n+1), at.Article-n+1 >= 1
			default:
				base[lvArticle], ok = uint16(at.Article-n), at.Article-n >= 1
			}
		}
	default:
		res = PrevParagraph
		if para := fs.paragraph(fs.orig(i)); at.Article != 0 && para-n >= 1 {
			base[lvArticle], base[lvSub], base[lvPara] = uint16(at.Article), uint16(at.ArticleSub), uint16(para-n)
			ok = true
		}
	}
	if !ok {
		res, law = Unresolved, ""
	}
	k := skipBlanks(fs.s, j)
	if n == 1 && at3(fs.s, k) == tokDi && isLevel(fs.s, k) && levelOf(fs.s, k) > lv {
		// 前條第二項: the levels below inherit the resolved ones.
		p.i = k
		p.prev = base
		fs.finish(&p, i, law, res)
		return max(p.i, j)
	}
	if ok {
		hi := int(base[lv]) + n - 1
		vary := lv
		if lv == lvArticle && n == 1 && base[lvSub] != 0 {
			vary, hi = lvSub, int(base[lvSub])
		}
		p.c.add(makeSpan(base.pack(), base.packSubs(), hi, NoPart, vary), 2)
		p.prev = base
		p.prev[vary] = uint16(hi)
	}
	p.i = j
	fs.more(&p, i, law, res)
	return max(p.i, j)
}

// levelOf returns the level of the unit of the level at i (a 第 that
// isLevel accepts).
func levelOf(s string, i int) int {
	q := parser{s: s, i: i}
	for j := i + 3; j < len(s); {
		q.i = j
		if lv, _, ok := q.unit(); ok {
			return lv
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		j += n
	}
	return lvArticle
}

// lastCitedLaw returns the law of the last citation found.
func (fs *finder) lastCitedLaw() string {
	if len(fs.out) == 0 {
		return ""
	}
	return fs.out[len(fs.out)-1].Citation.Law
}

// setBefore tells p the article and paragraph before the text's own, for
// ranges that end at 前條 or 前項; i is where the citation starts.
func (fs *finder) setBefore(p *parser, i int) {
	at := fs.f.At
	if at.Article == 0 {
		return
	}
	if at.ArticleSub > 0 {
		p.before[lvArticle], p.before[lvSub] = uint16(at.Article), uint16(at.ArticleSub-1)
	} else {
		p.before[lvArticle] = uint16(at.Article - 1)
	}
	if para := fs.paragraph(fs.orig(i)); para > 1 {
		p.before[lvPara] = uint16(para - 1)
	}
}

// parser returns a parser in open mode at i.
func (fs *finder) parser(i int) parser {
	return parser{s: fs.s, i: i, open: true, room: 4, lawEnd: -1}
}

// finish reads the refs of a citation from p.i and records it.
func (fs *finder) finish(p *parser, start int, law string, res Resolution) {
	if err := p.ref(); err != nil {
		fs.record(p, start, max(p.i, start+3), law, res, err.(*ParseError))
		return
	}
	fs.more(p, start, law, res)
}

// more reads the refs that follow the first (after a conjunction, a
// blank or nothing, and 第) and records the citation.
func (fs *finder) more(p *parser, start int, law string, res Resolution) {
	s := p.s
	for {
		end := trimBlankEnd(s, p.i)
		k := skipBlanks(s, end)
		if at3(s, k) == tokDi && isLevel(s, k) {
			p.i = k // 第八條  第十一條, 第九十七條第九十九條
		} else {
			p.i = k
			if !p.conj() {
				p.i = end
				break
			}
			p.i = skipBlanks(s, p.i)
			if at3(s, p.i) != tokDi || !isLevel(s, p.i) {
				p.i = end
				break
			}
		}
		if err := p.ref(); err != nil {
			fs.record(p, start, max(p.i, end), law, res, err.(*ParseError))
			return
		}
	}
	if p.c.more != nil {
		p.c.more = p.c.more[:len(p.c.more):len(p.c.more)]
	}
	p.c.point = p.point == 2
	fs.record(p, start, p.i, law, res, nil)
}

// trimBlankEnd returns i less the blanks that end s[:i].
func trimBlankEnd(s string, i int) int {
	for i > 0 {
		switch {
		case s[i-1] == ' ' || s[i-1] == '\t' || s[i-1] == '\n' || s[i-1] == '\r':
			i--
		case at3(s, i-3) == tokSpace:
			i -= 3
		default:
			return i
		}
	}
	return i
}

// record appends a Found for s[start:end].
func (fs *finder) record(p *parser, start, end int, law string, res Resolution, err *ParseError) {
	fd := Found{Start: fs.orig(start), Resolution: res}
	fd.End = fs.origEnd(end)
	if err != nil {
		from := unfold(start, fs.cuts)
		err = errtype.Remap(err, func(off int) int { return unfold(off, fs.cuts) - from })
		err.Func, err.Input = "FindCitations", fs.text[fd.Start:fd.End]
		fd.Err = err
	} else {
		p.c.Law = law
		fd.Citation = p.c
		if law != "" && (res == Named || res == SameLaw) {
			fs.lastLaw = law
		}
		if c := p.c.spans(); len(c) > 0 {
			last := c[len(c)-1]
			fs.lastProv, fs.lastOK = last.base(), true
		}
	}
	if len(fs.out) == cap(fs.out) {
		// Doubling, where append grows a large slice by a quarter: a
		// text of many citations copies its results about once, not
		// four times over.
		out := make([]Found, len(fs.out), max(8, 2*cap(fs.out)))
		copy(out, fs.out)
		fs.out = out
	}
	fs.out = append(fs.out, fd)
	fs.lastEnd = end
}

// orig maps an offset of the folded text to the text as given; offsets
// come in order, so the walk over the cuts is linear over a Find.
func (fs *finder) orig(at int) int {
	return unfold(at, fs.cuts)
}

// origEnd maps the end of a span: a break removed right after it stays
// outside.
func (fs *finder) origEnd(at int) int {
	if at == 0 {
		return 0
	}
	return unfold(at-1, fs.cuts) + 1
}

// lawBefore returns where the citation whose first 第 is at i starts, its
// law and how the law was resolved, from the text before i (after the
// last citation).
func (fs *finder) lawBefore(i int) (start int, law string, res Resolution) {
	s := fs.s
	j := max(trimBlankEnd(s, i), fs.lastEnd)
	implicit := func() (int, string, Resolution) { return i, fs.f.Law, Implicit }
	if j <= fs.lastEnd {
		return implicit()
	}
	last, n := utf8.DecodeLastRuneInString(s[fs.lastEnd:j])
	if last == '》' || last == '」' {
		open := "《"
		if last == '」' {
			open = "「"
		}
		k := strings.LastIndex(s[max(fs.lastEnd, j-n-maxNameBytes):j-n], open)
		if k >= 0 {
			k += max(fs.lastEnd, j-n-maxNameBytes)
			name := trimSpace(s[k+len(open) : j-n])
			if name != "" && !hasBracket(name) && (last == '》' || lawSuffix(name)) {
				return k, name, Named
			}
		}
		return implicit()
	}
	// The run of ideographs before 第.
	r := j
	for runes := 0; r > fs.lastEnd && runes < maxNameRunes; runes++ {
		c, m := utf8.DecodeLastRuneInString(s[fs.lastEnd:r])
		if !isIdeograph(c) {
			break
		}
		r -= m
	}
	if r == fs.lastEnd && fs.lastEnd > 0 {
		// Right after a citation: a conjunction leads into the name
		// (刑法第十條及民法第五條).
		for _, w := range [...]string{"及", "與", "或", "並"} {
			if strings.HasPrefix(s[r:j], w) {
				r += len(w)
				break
			}
		}
	}
	run := s[r:j]
	switch {
	case strings.HasSuffix(run, "同法"):
		if fs.lastLaw == "" {
			return j - len("同法"), "", Unresolved
		}
		return j - len("同法"), fs.lastLaw, SameLaw
	case strings.HasSuffix(run, "本法施行細則"):
		if fs.f.Law == "" {
			return j - len("本法施行細則"), "", Unresolved
		}
		return j - len("本法施行細則"), fs.f.Law + "施行細則", ThisLaw
	}
	for _, suf := range lawSuffixes {
		if strings.HasSuffix(run, "本"+suf) {
			if fs.f.Law == "" {
				return j - len("本"+suf), "", Unresolved
			}
			return j - len("本"+suf), fs.f.Law, ThisLaw
		}
	}
	if reg := fs.f.Registry; reg != nil {
		for k := r; k < j; {
			switch _, m := reg.Lookup(s[k:j]); m {
			case MatchOfficial, MatchShort, MatchFormer:
				return k, s[k:j], Named
			}
			_, m := utf8.DecodeRuneInString(s[k:])
			k += m
		}
	}
	if !lawSuffix(run) {
		return implicit()
	}
	// A real name that starts with a lead word is kept whole, whatever
	// words it holds (依促進民間參與公共建設法設置之廢棄物清除處理設施管理辦法).
	for k := r; k < j; {
		if leadLen(s[k:j]) > 0 && knownName(s[k:j], fs.f.Registry) {
			return k, s[k:j], Named
		}
		_, m := utf8.DecodeRuneInString(s[k:])
		k += m
	}
	k := r
	for _, w := range cutWords {
		if x := strings.LastIndex(run, w); x >= 0 && r+x+len(w) > k {
			k = r + x + len(w)
		}
	}
	if name := s[k:j]; utf8.RuneCountInString(name) >= 2 && lawSuffix(name) {
		// The lead words a ground starts with, as ParseCitation cuts them
		// (根據立法院組織法, 基於…, 按預算法).
		t := trimLead(name, fs.f.Registry)
		return j - len(t), t, Named
	}
	return implicit()
}

// maxNameRunes and maxNameBytes bound the law names lawBefore reads.
const (
	maxNameRunes = 48
	maxNameBytes = 3 * 64
)

// lawSuffixes are the words law names end with, and that 本 makes the law
// of the text (本法, 本條例, 本辦法 …).
var lawSuffixes = [...]string{"法", "條例", "通則", "律", "規則", "細則", "辦法", "綱要", "準則", "規程", "標準", "要點", "公約", "協定", "條文", "須知", "章程"}

// lawSuffix reports whether s ends as a law name does.
func lawSuffix(s string) bool {
	for _, suf := range lawSuffixes {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// cutWords lead into a law's name in running text (依刑法, 準用民法,
// 不受銀行法); the name starts after the last of them in the run before
// 第. Words that law names hold (及, 與, 或, 經, 得, 應, 涉及: 涉及國家安全
// 人員申請出國辦法) are not among them; 有無涉及 and 是否涉及 are, whole
// (應注意有無涉及政府資訊公開法, as a chair's ruling cautions).
var cutWords = [...]string{"依據", "依照", "依", "按照", "準用", "適用", "違反", "違背", "牴觸", "抵觸", "不受", "參照", "比照", "援用", "除", "並", "係", "於", "凡", "有無涉及", "是否涉及", "有無", "注意", "符合"}

// isIdeograph reports whether r is a CJK ideograph.
func isIdeograph(r rune) bool {
	return r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF
}

// paragraph returns the paragraph of At's article that the text's byte pos
// is in: At.Paragraph when given, else counted from the lines of the text.
func (fs *finder) paragraph(pos int) int {
	if fs.f.At.Paragraph != 0 {
		return fs.f.At.Paragraph
	}
	if fs.para == 0 {
		fs.para, fs.paraEnd = 1, -1
	}
	t := fs.text
	for {
		// paraEnd, the line break that ends the line at paraPos, is
		// looked for once per line, so that a text of one long line
		// costs one scan however many 前項 it holds.
		if fs.paraEnd < fs.paraPos {
			k := strings.IndexByte(t[fs.paraPos:], '\n')
			if k < 0 {
				k = len(t) - fs.paraPos
			}
			fs.paraEnd = fs.paraPos + k
		}
		if fs.paraEnd >= len(t) || fs.paraEnd >= pos {
			return fs.para
		}
		line := strings.TrimRight(t[fs.paraPos:fs.paraEnd], " \t\r\u3000")
		next := fs.paraEnd + 1
		if strings.HasSuffix(line, "。") && !startsMarker(t[next:]) {
			fs.para++
		}
		fs.paraPos = next
	}
}

// startsMarker reports whether s starts, after blanks, with the marker of
// a 款 (一、 or 一　) or a 目 (（一）).
func startsMarker(s string) bool {
	s = strings.TrimLeft(s, " \t\u3000")
	if strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune("一二三四五六七八九十", r) {
		return false
	}
	for _, c := range s {
		switch {
		case c == '、' || c == '\u3000':
			return true
		case !strings.ContainsRune("一二三四五六七八九十百", c):
			return false
		}
	}
	return false
}
