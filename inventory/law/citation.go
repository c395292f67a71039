package law

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
	Law string

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
// lvItem or lvSub) in two words, written and copied whole; every number
// is at most maxNumber, so 16 bits each suffice.
type span struct {
	nums uint64 // Article, Paragraph, Subparagraph, Item: 16 bits each, from bit 0
	meta uint64 // ArticleSub, hi: 16 bits each, from bit 0; then part and vary: 8 bits each
}

// makeSpan returns the span from nums (as levels.pack gives them), the
// sub-article sub and part, that runs along level vary up to hi.
func makeSpan(nums uint64, sub, hi int, part Part, vary int) span {
	return span{nums, uint64(sub) | uint64(hi)<<16 | uint64(part)<<32 | uint64(vary)<<40}
}

// levels holds the numbers of a provision indexed by level, lvArticle …
// lvItem and lvSub.
type levels [lvSub + 1]uint16

// pack returns the levels lvArticle … lvItem of v in one word, 16 bits each.
func (v *levels) pack() uint64 {
	return uint64(v[lvArticle]) | uint64(v[lvPara])<<16 | uint64(v[lvSubpara])<<32 | uint64(v[lvItem])<<48
}

// get returns the number at level l of the base of s.
func (s span) get(l int) int {
	if l == lvSub {
		return int(uint16(s.meta))
	}
	return int(uint16(s.nums >> (16 * l)))
}

// hi returns the last value of the level that runs.
func (s span) hi() int { return int(uint16(s.meta >> 16)) }

// vary returns the level that runs.
func (s span) vary() int { return int(uint8(s.meta >> 40)) }

// base returns the first provision of s.
func (s span) base() Provision {
	return Provision{
		Article: s.get(lvArticle), ArticleSub: s.get(lvSub), Paragraph: s.get(lvPara),
		Subparagraph: s.get(lvSubpara), Item: s.get(lvItem), Part: Part(s.meta >> 32),
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
// ref before it: 第十條第一項第一款、第二款 is 10/1/1 and 10/1/2. Spaces
// between tokens are ignored.
//
// Errors are *[ParseError] values (Func ParseCitation, the byte offset of
// the problem in Detail) wrapping ErrSyntax, ErrRange (zero, a number past
// 9999, a descending range), ErrOrder (第三款第二項) or ErrTooLarge (more
// than [MaxProvisions] provisions).
func ParseCitation(s string) (Citation, error) {
	p := parser{s: s}
	if err := p.citation(false); err != nil {
		return Citation{}, err
	}
	return p.c, nil
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
