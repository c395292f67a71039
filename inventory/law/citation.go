package law

import (
	"errors"

	"github.com/ogdtw/governance/internal/errtype"
)

// MaxProvisions is the largest number of provisions one citation may
// expand to: [ParseCitation] refuses a citation that names more (第1至9999條
// 第1至9999項) with ErrTooLarge, quickly and without a partial answer.
const MaxProvisions = 1 << 16

// maxNumber is the largest article, paragraph or item number read: no
// statute has more.
const maxNumber = 9999

const maxLeaves = MaxProvisions

// A Citation is a legal ground as an inventory writes it: the law's name and
// the provisions it cites, as in 《政府資訊公開法》第18條第1項第1至7款.
// Build one with [ParseCitation]; [Citation.Provisions] lists what it cites.
//
// The zero Citation names no law and cites nothing. A Citation holds a
// slice, so it is not comparable; compare [Citation.String] values or
// their provisions instead.
type Citation struct {
	// Law is the name of the law without 《》 or 「」, such as 刑事訴訟法;
	// it is empty when the text names no law (第二項第一款).
	Law string `json:"law,omitzero"`

	point bool // the top level is 點 (a 要點), not 條
	// The provisions, as runs along one level: the first n of inline, or
	// all of more when there are more than fit inline (n is then 0).
	// Most citations need one or two runs, so parsing them allocates
	// nothing.
	n      uint8
	inline [inlineSpans]span
	more   []span
}

// inlineSpans is the number of spans a Citation holds without a slice.
const inlineSpans = 2

// spans returns the spans of c; the slice may point into c.
func (c *Citation) spans() []span {
	if c.more != nil {
		return c.more
	}
	return c.inline[:c.n]
}

// add appends s to the spans of c; room is a guess of how many spans the
// citation will have, for the first slice.
func (c *Citation) add(s span, room int) {
	if c.more == nil {
		if int(c.n) < len(c.inline) {
			c.inline[c.n] = s
			c.n++
			return
		}
		c.more = make([]span, len(c.inline), max(room, 2*len(c.inline)))
		copy(c.more, c.inline[:])
		c.inline, c.n = [inlineSpans]span{}, 0
	}
	c.more = append(c.more, s)
}

// A span is a run of provisions that differ only in one level: a base
// provision with that level running from its value in the base up to hi.
// It packs the base, hi, the part and the level that runs (lvArticle …
// lvItem, or lvSub for the 之N of an article) in three words, written and
// copied whole; every number is at most maxNumber, so 16 bits each
// suffice.
type span struct {
	nums uint64 // Article, Paragraph, Subparagraph, Item: 16 bits each, from bit 0
	subs uint64 // their 之N: ArticleSub, ParagraphSub, SubparagraphSub, ItemSub, 16 bits each
	meta uint64 // hi: 16 bits from bit 0; then part and vary: 8 bits each
}

// makeSpan returns the span from nums and subs (as levels.pack and
// levels.packSubs give them) and part, that runs along level vary up to
// hi.
func makeSpan(nums, subs uint64, hi int, part Part, vary int) span {
	return span{nums, subs, uint64(hi) | uint64(part)<<16 | uint64(vary)<<24}
}

// levels holds the numbers of a provision indexed by level, lvArticle …
// lvItem, then their 之N at lvSub+level.
type levels [lvSub + 4]uint16

// pack returns the levels lvArticle … lvItem of v in one word, 16 bits each.
func (v *levels) pack() uint64 {
	return uint64(v[lvArticle]) | uint64(v[lvPara])<<16 | uint64(v[lvSubpara])<<32 | uint64(v[lvItem])<<48
}

// packSubs returns the 之N of the levels of v in one word, 16 bits each.
func (v *levels) packSubs() uint64 {
	return uint64(v[lvSub]) | uint64(v[lvSub+1])<<16 | uint64(v[lvSub+2])<<32 | uint64(v[lvSub+3])<<48
}

// get returns the number at level l (lvArticle … lvItem, or lvSub+level
// for a 之N) of the base of s.
func (s span) get(l int) int {
	if l >= lvSub {
		return int(uint16(s.subs >> (16 * (l - lvSub))))
	}
	return int(uint16(s.nums >> (16 * l)))
}

// hi returns the last value of the level that runs.
func (s span) hi() int { return int(uint16(s.meta)) }

// vary returns the level that runs.
func (s span) vary() int { return int(uint8(s.meta >> 24)) }

// base returns the first provision of s.
func (s span) base() Provision {
	return Provision{
		Article: s.get(lvArticle), ArticleSub: s.get(lvSub),
		Paragraph: s.get(lvPara), ParagraphSub: s.get(lvSub + lvPara),
		Subparagraph: s.get(lvSubpara), SubparagraphSub: s.get(lvSub + lvSubpara),
		Item: s.get(lvItem), ItemSub: s.get(lvSub + lvItem),
		Part: Part(s.meta >> 16),
	}
}

// len returns the number of provisions in s.
func (s span) len() int { return s.hi() - s.get(s.vary()) + 1 }

// ByPoint reports whether c numbers its top level by 點, as a 要點 does
// (設置要點第10點), rather than by 條.
func (c Citation) ByPoint() bool { return c.point }

// Provisions returns every provision c cites, in the order cited, with lists
// and ranges expanded: 第18條第1項第1至3款 gives 18/1/1, 18/1/2 and 18/1/3.
// The slice is a new copy.
func (c Citation) Provisions() []Provision {
	spans := c.spans()
	n := 0
	for i := range spans {
		n += spans[i].len()
	}
	out := make([]Provision, 0, n)
	for _, s := range spans {
		p, l := s.base(), s.vary()
		for v := s.get(l); v <= s.hi(); v++ {
			p.set(l, v)
			out = append(out, p)
		}
	}
	return out
}

// Len returns the number of provisions c cites, len(c.Provisions()),
// without building them.
func (c Citation) Len() int {
	spans := c.spans()
	n := 0
	for i := range spans {
		n += spans[i].len()
	}
	return n
}

// IsZero reports whether c is the zero Citation.
func (c Citation) IsZero() bool { return c.Law == "" && c.n == 0 && c.more == nil && !c.point }

// ParseCitation parses one legal citation by the grammar
//
//	citation = [law] refs ["規定" | "之規定"]
//	law      = 《NAME》 | 「NAME」 | NAME
//	refs     = ref { conj ref }          conj = 、 及 或 與 並 ，
//	ref      = level { level } [part]    levels in the order 條 > 項 > 款 > 目
//	level    = 第 nums unit [之 num]     unit = 條 點 項 款 目; 之N only after 條
//	nums     = num { 、 num } | num 至 [第] num [unit]
//
// Numbers may be ASCII, full-width or Chinese (十八, 二百四十五, 一一三);
// 第18-1條 is 第18條之1; 到 and ～ are read as 至, and lists and ranges mix
// (第1、3至5項). A ref that starts below 條 inherits the upper levels of the
// ref before it: 第十條第一項第一款、第二款 is 10/1/1 and 10/1/2.
//
// It also reads citations as the Legislative Yuan and the 沿革 write them:
// article lists with 之N or a dash before the unit (第7之1、9之1條,
// 第120之1至120之4條, 第 6-1 條), items separated by 、 , or ，; 之N after
// 項, 款 and 目 (第二項第三款之二); law names that contain 第 or 條
// (第一類電信事業管理規則第5條: the law ends at the first 第 that starts a
// level); positional numerals that double their 零 (一千零零八). Blanks
// between tokens are ignored; line breaks, and the blanks around them, are
// ignored anywhere, even inside a number or a name (第三\r\n十八條), save
// that a break or a blank between a unit and 第 may start a new ref
// (第八條  第十一條, as old texts list articles).
//
// Errors are *[ParseError] values (Func ParseCitation, the byte offset of
// the problem in Detail) wrapping ErrSyntax, ErrRange (zero, a number past
// 9999, a descending range), ErrOrder (第三款第二項) or ErrTooLarge (more
// than [MaxProvisions] provisions).
func ParseCitation(s string) (Citation, error) {
	p := parser{s: s}
	err := p.citation(false)
	if err == nil && !shortHasBreak(p.c.Law) {
		return p.c, nil
	}
	if hasBreak(s) {
		// Line breaks, read only when the text does not parse without
		// them (or leaves one in the name): the quick path never looks
		// for them.
		return parseFolded(s)
	}
	return retryNames(s, &p, err)
}

// maxNameRetries bounds the names parseOne tries: a law whose name holds a
// citation (外國人從事就業服務法第四十六條第一項第八款至第十一款工作資格及審查標準)
// is read by taking the name up to a later 第.
const maxNameRetries = 4

// parseOne parses s as one citation. When the name is bare and the rest
// does not parse, it tries the name up to each later 第 that starts a
// level, at most maxNameRetries times, and returns the first error if
// none parses.
func parseOne(s string) (Citation, error) {
	p := parser{s: s}
	err := p.citation(false)
	if err == nil {
		return p.c, nil
	}
	return retryNames(s, &p, err)
}

// retryNames is parseOne after p failed with err.
func retryNames(s string, p *parser, err error) (Citation, error) {
	end := p.lawEnd
	if p.c.Law == "" || !errors.Is(err, ErrSyntax) {
		end = -1 // no name to extend, or a fault of the refs
	}
	for try := 0; try < maxNameRetries && end >= 0; try++ {
		q := parser{s: s, after: end + len("第")}
		if q.citation(false) == nil {
			return q.c, nil
		}
		end = q.lawEnd
	}
	return Citation{}, err
}

// parseFolded parses a citation written over several lines: fold joins
// them, and an error reports the input as given, its offset mapped back.
func parseFolded(s string) (Citation, error) {
	f, cuts := fold(s, nil)
	c, err := parseOne(f)
	if err != nil {
		pe := errtype.Remap(err.(*ParseError), func(off int) int { return unfold(off, cuts) })
		pe.Input = s
		return c, pe
	}
	return c, nil
}

// MustParseCitation is like ParseCitation but panics on an error. It is
// intended for tests and examples with hard-coded citations.
func MustParseCitation(s string) Citation {
	c, err := ParseCitation(s)
	if err != nil {
		panic(err)
	}
	return c
}
