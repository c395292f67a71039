package law

import (
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/numeral"
)

// parser reads one text; it keeps the last provision for inheritance.
type parser struct {
	s      string
	i      int
	point  int8 // 0 unknown, 1 條, 2 點
	prev   levels
	leaves int
	room   int      // a guess of the number of spans, for the first slice
	c      Citation // the citation being read
	// after is where law looks for the 第 that ends a bare name; lawEnd
	// is the 第 it took, or -1 when the name was not bare or no level
	// followed it.
	after, lawEnd int
	// open is FindCitations' mode: a ref ends before a 第 that starts no
	// level (第十條第一類) and before a 至 that starts no range (至少), and
	// a level repeated starts a new ref (第九十七條第九十九條).
	open bool
	// before holds the article (with its 之N) and paragraph before the
	// text's own, when known, for ranges that end at 前條 or 前項.
	before levels
}

// levelItems is one level of a ref: its unit and its items in a buffer.
type levelItems struct{ lv, from, to int }

// numItem is one number or range of one level; hi == 0 is a single number.
type numItem struct {
	lo, loSub, hi, hiSub int32 // at most maxNumber
	at                   int   // offset, for errors
	dashed               bool  // a sub written N-M, which only articles take
}

// fail returns the *ParseError of the citation p reads: what was wrong
// is the message code with args, found at the byte at of the input.
func fail(p *parser, at int, err error, code string, args ...any) *ParseError {
	return errtype.With[pkg]("ParseCitation", p.s, err, i18n.NewDetail(code, args...).WithAt(at))
}

// The tokens of the grammar, each a three-byte UTF-8 sequence read as one
// number by at3; TestTokens checks them against their runes.
const (
	tokDi     = 0xE7ACAC // 第
	tokTiao   = 0xE6A29D // 條
	tokDian   = 0xE9BB9E // 點
	tokXiang  = 0xE9A085 // 項
	tokKuan   = 0xE6ACBE // 款
	tokMu     = 0xE79BAE // 目
	tokZhi    = 0xE4B98B // 之
	tokTo     = 0xE887B3 // 至
	tokDao    = 0xE588B0 // 到
	tokTilde  = 0xEFBD9E // ～
	tokDun    = 0xE38081 // 、
	tokJi     = 0xE58F8A // 及
	tokHuo    = 0xE68896 // 或
	tokYu     = 0xE88887 // 與
	tokBing   = 0xE4B8A6 // 並
	tokComma  = 0xEFBC8C // ，
	tokDash   = 0xEFBC8D // －
	tokHyphen = 0xE28090 // ‐
	tokEnDash = 0xE28093 // –
	tokSpace  = 0xE38080 // U+3000 ideographic space
	tokGui    = 0xE8A68F // 規
)

// at3 returns the three bytes of s at i as one number, or 0 past the end.
func at3(s string, i int) uint32 {
	if i < 0 || len(s)-i < 3 {
		return 0
	}
	s = s[i:]
	return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2])
}

// at returns the three bytes at p.i as one number.
func (p *parser) at() uint32 { return at3(p.s, p.i) }

// space skips blanks between tokens.
func (p *parser) space() {
	if p.i < len(p.s) {
		if c := p.s[p.i]; c == ' ' || c == '\t' || c == 0xC2 || c == 0xE3 && p.at() == tokSpace {
			p.skipSpace()
		}
	}
}

// skipSpace skips spaces, tabs, ideographic and no-break spaces.
func (p *parser) skipSpace() {
	for p.i < len(p.s) {
		switch c := p.s[p.i]; c {
		case ' ', '\t':
			p.i++
		case 0xE3:
			if p.at() != tokSpace {
				return
			}
			p.i += 3
		case 0xC2:
			if p.i+1 >= len(p.s) || p.s[p.i+1] != 0xA0 {
				return
			}
			p.i += 2
		default:
			return
		}
	}
}

func (p *parser) peek(t string) bool { return strings.HasPrefix(p.s[p.i:], t) }

func (p *parser) eat(t string) bool {
	if p.peek(t) {
		p.i += len(t)
		return true
	}
	return false
}

// numeralAt reports whether a numeral starts at i, after blanks.
func (p *parser) numeralAt(i int) bool {
	if i < len(p.s) && p.s[i] >= '0' && p.s[i] <= '9' {
		return true
	}
	q := parser{s: p.s, i: i}
	q.space()
	r, _ := utf8.DecodeRuneInString(p.s[q.i:])
	return numeral.KindOf(r) != numeral.None
}

// citation parses a whole citation into p.c, which must be the zero
// Citation; after an error p.c holds a part of it. In multi mode it stops
// before a new law named after a conjunction and leaves p.i there.
func (p *parser) citation(multi bool) error {
	if err := p.start(); err != nil {
		return err
	}
	if p.quick() {
		return nil
	}
	return p.refs(multi)
}

// start reads the law's name and readies p to read the refs.
func (p *parser) start() error {
	p.point, p.prev, p.leaves = 0, levels{}, 0
	p.space()
	if p.i == len(p.s) {
		return fail(p, p.i, ErrSyntax, "law.syntax.empty")
	}
	law, err := p.law()
	if err != nil {
		return err
	}
	p.c.Law = law
	// At most one allocation, when the spans do not fit in the Citation:
	// each span takes at least four bytes of text (、 and a digit), save
	// for lists and ranges above the last level.
	p.room = (len(p.s)-p.i)/4 + 1
	return nil
}

// refs reads the refs of a citation and what may follow them, as
// citation describes.
func (p *parser) refs(multi bool) error {
	for {
		if err := p.ref(); err != nil {
			return err
		}
		p.space()
		if p.i == len(p.s) {
			break
		}
		if w := trailLen(p.s[p.i:]); w > 0 {
			p.i += w
			p.space()
			if p.i < len(p.s) && !multi {
				return fail(p, p.i, ErrSyntax, "law.syntax.after-rule", rest(p.s[p.i:]))
			}
			break
		}
		at := p.i
		if p.at() == tokDi && blankBefore(p.s, p.i) {
			continue // a new ref after a blank or a line break: 第八條  第十一條
		}
		if !p.conj() {
			return fail(p, p.i, ErrSyntax, "law.syntax.unexpected", rest(p.s[p.i:]))
		}
		p.space()
		if p.i == len(p.s) {
			return fail(p, at, ErrSyntax, "law.syntax.conjunction")
		}
		if multi && !(p.at() == tokDi) {
			break
		}
	}
	p.c.point = p.point == 2
	if p.c.more != nil {
		p.c.more = p.c.more[:len(p.c.more):len(p.c.more)]
	}
	return nil
}

// hasBracket reports whether s holds one of 《》「」 (U+300A to U+300D).
func hasBracket(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE3 && s[i+1] == 0x80 && s[i+2] >= 0x8A && s[i+2] <= 0x8D {
			return true
		}
	}
	return false
}

// rest returns the start of s for an error message.
func rest(s string) string {
	n := 0
	for i := range s {
		if n == 8 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// conj consumes a conjunction between refs.
func (p *parser) conj() bool {
	switch p.at() {
	case tokDun, tokJi, tokHuo, tokYu, tokBing, tokComma:
		p.i += 3
		return true
	}
	if p.i < len(p.s) && p.s[p.i] == ',' {
		p.i++
		return true
	}
	return false
}

// law reads the law's name: bracketed, or bare up to the first 第 that is
// followed by a number.
func (p *parser) law() (string, error) {
	p.lawEnd = -1
	if w := leadLen(p.s[p.i:]); w > 0 {
		// 依《個人資料保護法》第8條: the lead word before a bracket.
		q := parser{s: p.s, i: p.i}
		for w := leadLen(q.s[q.i:]); w > 0; w = leadLen(q.s[q.i:]) {
			q.i += w
			q.space()
		}
		if q.peek("《") || q.peek("「") {
			p.i = q.i
		}
	}
	if name, ok := p.bracketed(); ok {
		return name, nil
	}
	for _, b := range [...][2]string{{"《", "》"}, {"「", "」"}} {
		if !p.peek(b[0]) {
			continue
		}
		start := p.i
		p.i += len(b[0])
		j := strings.Index(p.s[p.i:], b[1])
		if j < 0 {
			return "", fail(p, start, ErrSyntax, "law.syntax.unclosed", b[0])
		}
		name := trimSpace(p.s[p.i : p.i+j])
		if name == "" {
			return "", fail(p, start, ErrSyntax, "law.syntax.empty-law")
		}
		if hasBracket(name) {
			return "", fail(p, start, ErrSyntax, "law.syntax.bracket")
		}
		p.i += j + len(b[1])
		p.space()
		return name, nil
	}
	start := p.i
	for j := max(p.i, p.after); j < len(p.s); {
		k := strings.Index(p.s[j:], "第")
		if k < 0 {
			break
		}
		j += k
		if isLevel(p.s, j) {
			name := trimLead(trimSpace(p.s[start:j]), nil)
			if hasBracket(name) {
				return "", fail(p, start, ErrSyntax, "law.syntax.bracket")
			}
			p.i, p.lawEnd = j, j
			return name, nil
		}
		j += len("第")
	}
	if p.after > 0 {
		return "", fail(p, start, ErrSyntax, "law.syntax.no-level", p.after)
	}
	// No level: the first 第 and a number, for the parser to report.
	for j := p.i; j < len(p.s); {
		k := strings.Index(p.s[j:], "第")
		if k < 0 {
			break
		}
		j += k
		if p.numeralAt(j + len("第")) {
			name := trimLead(trimSpace(p.s[start:j]), nil)
			if hasBracket(name) {
				return "", fail(p, start, ErrSyntax, "law.syntax.bracket")
			}
			p.i = j
			return name, nil
		}
		j += len("第")
	}
	if k := strings.Index(p.s[start:], "第"); k >= 0 {
		return "", fail(p, start+k+len("第"), ErrSyntax, "law.syntax.di-number")
	}
	return "", fail(p, start, ErrSyntax, "law.syntax.no-provision")
}

// bracketed reads a law name in 《》 or 「」 that holds no other bracket and
// is not empty, in one pass. It reports false, leaving p.i, for anything
// else, which law reads the slow way (and reports).
func (p *parser) bracketed() (string, bool) {
	s, i := p.s, p.i
	if i+3 > len(s) || s[i] != 0xE3 || s[i+1] != 0x80 || s[i+2] != 0x8A && s[i+2] != 0x8C {
		return "", false
	}
	closing := s[i+2] + 1 // 》 or 」
	for j := i + 3; ; j++ {
		// The brackets are E3 80 8A to E3 80 8D; law names are made of
		// ideographs, which seldom start with E3.
		k := strings.IndexByte(s[j:], 0xE3)
		if k < 0 {
			return "", false
		}
		if j += k; j+2 >= len(s) {
			return "", false
		}
		if s[j+1] != 0x80 || s[j+2] < 0x8A || s[j+2] > 0x8D {
			continue
		}
		if s[j+2] != closing {
			return "", false
		}
		name := trimSpace(s[i+3 : j])
		if name == "" {
			return "", false
		}
		p.i = j + 3
		p.space()
		return name, true
	}
}

// trimSpace is strings.TrimSpace, quick when s starts and ends with a
// letter that is not a space, as law names do.
func trimSpace(s string) string {
	if n := len(s); n >= 3 && s[0] >= 0xE4 && s[0] <= 0xEF &&
		s[n-3] >= 0xE4 && s[n-3] <= 0xEF && s[n-2]&0xC0 == 0x80 && s[n-1]&0xC0 == 0x80 {
		// Lead bytes E4 to EF start runes from U+4000 up, none of them a
		// space; an invalid sequence decodes as U+FFFD, not a space either.
		return s
	}
	return strings.TrimSpace(s)
}

// unit reads a level's unit and returns its level and whether it is 點.
func (p *parser) unit() (lv int, point, ok bool) {
	switch p.at() {
	case tokTiao:
		lv = lvArticle
	case tokDian:
		lv, point = lvArticle, true
	case tokXiang:
		lv = lvPara
	case tokKuan:
		lv = lvSubpara
	case tokMu:
		lv = lvItem
	default:
		return 0, false, false
	}
	p.i += 3
	return lv, point, true
}

// num reads a positive number.
func (p *parser) num() (int32, error) {
	p.space()
	at := p.i
	// Fast path: ASCII digits not followed by another digit form.
	if j := p.i; j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
		n := 0
		for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' && n <= maxNumber {
			n = n*10 + int(p.s[j]-'0')
			j++
		}
		// Full-width digits (EF BC 90 to 99) would continue the number.
		if t := at3(p.s, j); n >= 1 && n <= maxNumber && (t < 0xEFBC90 || t > 0xEFBC99) {
			p.i = j
			return int32(n), nil
		}
	}
	n, rest, err := p.lead()
	if err != nil && errors.Is(err, numeral.ErrSyntax) {
		k := numeral.Span(p.s[p.i:])
		if v, ok := collapseZero(p.s[p.i : p.i+k]); ok {
			n, rest, err = v, p.s[p.i+k:], nil
		}
	}
	if err != nil {
		if errors.Is(err, numeral.ErrRange) {
			return 0, fail(p, at, ErrRange, "law.range.number")
		}
		if numeral.Span(p.s[p.i:]) > 0 {
			return 0, fail(p, at, ErrSyntax, "law.syntax.number", p.s[at:at+numeral.Span(p.s[at:])])
		}
		return 0, fail(p, at, ErrSyntax, "law.syntax.missing-number")
	}
	p.i = len(p.s) - len(rest)
	switch {
	case n == 0:
		return 0, fail(p, at, ErrRange, "law.range.zero")
	case n > maxNumber:
		return 0, fail(p, at, ErrRange, "law.range.large", n)
	}
	return int32(n), nil
}

// lead reads the number at p.i as numeral.Lead does, save that 兩 after
// a number is a word, not a digit: 第三、第四兩款 is 3 and 4.
func (p *parser) lead() (int, string, error) {
	s := p.s[p.i:]
	if k := numeral.Span(s); k > 3 {
		if j := strings.Index(s[3:k], "兩"); j >= 0 {
			n, err := numeral.Parse(s[:3+j])
			return n, s[3+j:], err
		}
	}
	return numeral.Lead(s)
}

// dashSub reads the -N of 第18-1條, or returns 0.
func (p *parser) dashSub() (int32, error) {
	if p.i >= len(p.s) {
		return 0, nil
	}
	if c := p.s[p.i]; c != '-' && c != 0xEF && c != 0xE2 {
		return 0, nil
	}
	return p.dash()
}

// dash reads the -N of 第18-1條 once a dash may start at p.i.
func (p *parser) dash() (int32, error) {
	n := 0
	switch p.at() {
	case tokDash, tokHyphen, tokEnDash:
		n = 3
	default:
		if p.i < len(p.s) && p.s[p.i] == '-' {
			n = 1
		}
	}
	if n > 0 && p.numeralAt(p.i+n) {
		p.i += n
		return p.num()
	}
	return 0, nil
}

// zhiSub reads the 之N after 條, or returns 0.
func (p *parser) zhiSub() (int32, error) {
	if p.at() != tokZhi {
		return 0, nil
	}
	return p.zhi()
}

// zhi reads the 之N after 條 once 之 is at p.i.
func (p *parser) zhi() (int32, error) {
	if p.numeralAt(p.i + 3) {
		p.i += 3
		return p.num()
	}
	return 0, nil
}

// rangeWord consumes 至, 到 or a tilde.
func (p *parser) rangeWord() bool {
	switch p.at() {
	case tokTo, tokDao, tokTilde:
		p.i += 3
		return true
	}
	if p.i < len(p.s) && p.s[p.i] == '~' {
		p.i++
		return true
	}
	return false
}

// endpoint reads the upper end of a range: [第] num [-N].
func (p *parser) endpoint(it *numItem) error {
	p.space()
	p.eat("第")
	if !p.numeralAt(p.i) {
		return fail(p, p.i, ErrSyntax, "law.syntax.dangling-to")
	}
	var err error
	if it.hi, err = p.num(); err != nil {
		return err
	}
	if it.hiSub, err = p.dashSub(); err != nil || it.hiSub != 0 {
		it.dashed = it.hiSub != 0
		return err
	}
	if p.at() == tokZhi {
		it.hiSub, err = p.listZhi() // 第120之1至120之4條
	}
	return err
}

// ref parses one reference (levels and part) and records its spans.
func (p *parser) ref() error {
	var itemBuf [8]numItem
	items := itemBuf[:0]
	var lvls [4]levelItems
	n, last := 0, -1
	start := p.i
	for p.at() == tokDi {
		if p.open && n > 0 && !isLevel(p.s, p.i) {
			break
		}
		at := p.i
		p.i += len("第")
		from := len(items)
		var it numItem
		it.at = p.i
		var err error
		if it.lo, err = p.num(); err != nil {
			return err
		}
		if it.loSub, err = p.dashSub(); err != nil {
			return err
		}
		it.dashed = it.loSub != 0
		p.space()
		lv, point, ok := p.unit()
		if ok { // 第N條[之N] [至 第M條[之M]]
			if it.loSub == 0 && p.at() == tokZhi {
				if lv == lvArticle {
					it.loSub, err = p.zhi()
				} else {
					it.loSub, err = p.lowerZhi()
				}
				if err != nil {
					return err
				}
			}
			p.space()
			mark := p.i
			if p.rangeWord() && !p.rangeBefore(lv, &it) {
				if p.open && !p.numeralAt(p.i) && !(p.at() == tokDi && p.numeralAt(p.i+3)) {
					p.i = mark // 至少: no range
					goto listed
				}
				if err := p.endpoint(&it); err != nil {
					return err
				}
				p.space()
				lv2, point2, ok := p.unit()
				if !ok {
					return fail(p, p.i, ErrSyntax, "law.syntax.unit-after-to")
				}
				if lv2 != lv || point2 != point {
					return fail(p, p.i, ErrSyntax, "law.syntax.range-level")
				}
				if lv == lvArticle && it.hiSub == 0 {
					if it.hiSub, err = p.zhiSub(); err != nil {
						return err
					}
				}
			}
		listed:
			items = append(items, it)
		} else { // 第N、M至K條, 第7之1、9之1條
			for {
				if it.loSub == 0 && p.at() == tokZhi {
					if it.loSub, err = p.listZhi(); err != nil {
						return err
					}
				}
				if p.rangeWord() {
					if err := p.endpoint(&it); err != nil {
						return err
					}
					p.space()
				}
				items = append(items, it)
				if !p.listSep() {
					break
				}
				it = numItem{}
				p.space()
				it.at = p.i
				if it.lo, err = p.num(); err != nil {
					return err
				}
				if it.loSub, err = p.dashSub(); err != nil {
					return err
				}
				it.dashed = it.loSub != 0
				p.space()
			}
			if len(items)-from > 1 && p.at() == tokLiang {
				p.i += 3 // 第五、第六兩款
			}
			if lv, point, ok = p.unit(); !ok {
				return fail(p, p.i, ErrSyntax, "law.syntax.unit")
			}
			if lv == lvArticle && len(items)-from == 1 && items[from].hi == 0 && items[from].loSub == 0 {
				if items[from].loSub, err = p.zhiSub(); err != nil {
					return err
				}
			}
		}
		if lv <= last {
			if p.open && lv == last || blankBefore(p.s, at) {
				// A new ref after a blank or a line break, as old texts
				// list them: 第八條  第十一條.
				p.i, items = at, items[:from]
				break
			}
			return fail(p, at, ErrOrder, "law.order.levels", unitName(lv, point), unitName(last, p.point == 2))
		}
		if lv == lvArticle {
			want := int8(1)
			if point {
				want = 2
			}
			if p.point != 0 && p.point != want {
				return fail(p, at, ErrSyntax, "law.syntax.mixed")
			}
			p.point = want
		}
		for k := from; k < len(items); k++ {
			if it := &items[k]; it.hi != 0 || it.loSub != 0 || it.hiSub != 0 {
				if err := p.checkItem(lv, it); err != nil {
					return err
				}
			}
		}
		lvls[n] = levelItems{lv, from, len(items)}
		n++
		last = lv
		p.space()
		if lv == lvItem {
			break
		}
	}
	if n == 0 {
		return fail(p, start, ErrSyntax, "law.syntax.di")
	}
	part := NoPart
	switch p.at() {
	case 0xE5898D, 0xE4B8AD, 0xE5BE8C, 0xE4BD86, 0xE69CAC: // 前 中 後 但 本
		for k := Front; k <= Body; k++ {
			if p.eat(partText.Names[k]) {
				part = k
				break
			}
		}
	}
	// Inherit the levels above the first one from the previous ref.
	var base levels
	if lv0 := lvls[0].lv; lv0 > lvArticle {
		copy(base[:lv0], p.prev[:lv0])
		copy(base[lvSub:lvSub+lv0], p.prev[lvSub:lvSub+lv0])
	}
	return p.expand(items, lvls[:n], base, part)
}

// unitName names level lv for messages.
func unitName(lv int, point bool) string {
	if lv == lvArticle && point {
		return "點"
	}
	return [...]string{"條", "項", "款", "目"}[lv]
}

// checkItem rejects descending ranges and 之N below 條.
func (p *parser) checkItem(lv int, it *numItem) error {
	if lv != lvArticle && it.dashed {
		return fail(p, it.at, ErrSyntax, "law.syntax.dash")
	}
	if it.hi == 0 {
		return nil
	}
	if it.hi < it.lo || it.hi == it.lo && it.hiSub < it.loSub {
		return fail(p, it.at, ErrRange, "law.range.descending", int(it.lo), int(it.hi))
	}
	if it.hi != it.lo && it.loSub != 0 {
		return fail(p, it.at, ErrRange, "law.range.across-sub")
	}
	if lv != lvArticle && (it.loSub != 0 || it.hiSub != 0) {
		return fail(p, it.at, ErrRange, "law.range.sub-below")
	}
	return nil
}

// expand records the spans of one ref: every combination of the values of
// the upper levels, times the items of the last level.
func (p *parser) expand(items []numItem, lvls []levelItems, base levels, part Part) error {
	// The upper levels usually name one number each.
	for len(lvls) > 1 && lvls[0].to-lvls[0].from == 1 && items[lvls[0].from].hi == 0 {
		it := &items[lvls[0].from]
		base[lvls[0].lv] = uint16(it.lo)
		base[lvSub+lvls[0].lv] = uint16(it.loSub)
		lvls = lvls[1:]
	}
	lv := lvls[0].lv
	if len(lvls) == 1 {
		for k := lvls[0].from; k < lvls[0].to; k++ {
			if err := p.leaf(lv, &items[k], &base, part); err != nil {
				return err
			}
		}
		return nil
	}
	for _, it := range items[lvls[0].from:lvls[0].to] {
		lo, hi, sub, hiSub := it.lo, it.hi, it.loSub, it.hiSub
		if hi == 0 {
			hi, hiSub = lo, sub
		}
		for v := lo; v <= hi; v++ {
			s0, s1 := int32(0), int32(0)
			if v == lo {
				s0 = sub
			}
			if v == hi {
				s1 = hiSub
			}
			for w := s0; w <= s1; w++ {
				b := base
				b[lv] = uint16(v)
				b[lvSub+lv] = uint16(w)
				if err := p.expand(items, lvls[1:], b, part); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// leaf records the span of one item of the last level of a ref; b holds
// the upper levels and is overwritten at level lv.
func (p *parser) leaf(lv int, it *numItem, b *levels, part Part) error {
	b[lv] = uint16(it.lo)
	vary, lo, hi := lv, it.lo, it.lo
	b[lvSub+lv] = uint16(it.loSub)
	switch {
	case it.hi == 0:
	case lv == lvArticle && it.lo == it.hi:
		vary, lo, hi = lvSub, it.loSub, it.hiSub
	case lv == lvArticle && it.hiSub != 0:
		// 第834條至第836條之3: the articles, then the 之N of the last.
		if err := p.leaf(lv, &numItem{lo: it.lo, hi: it.hi, at: it.at}, b, part); err != nil {
			return err
		}
		return p.leaf(lv, &numItem{lo: it.hi, loSub: 1, hi: it.hi, hiSub: it.hiSub, at: it.at}, b, part)
	default:
		hi = it.hi
	}
	if p.leaves += int(hi - lo + 1); p.leaves > maxLeaves {
		return fail(p, it.at, ErrTooLarge, "law.too-large.provisions", maxLeaves)
	}
	p.c.add(makeSpan(b.pack(), b.packSubs(), int(hi), part, vary), p.room)
	p.prev = *b
	p.prev[vary] = uint16(hi)
	return nil
}

// blankBefore reports whether a blank ends s[:i].
func blankBefore(s string, i int) bool {
	return i >= 1 && (s[i-1] == ' ' || s[i-1] == '\t') || at3(s, i-3) == tokSpace || i >= 2 && s[i-2:i] == "\u00a0"
}

// tokLiang is 兩, as in 第五、第六兩款.
const tokLiang = 0xE585A9

// rangeBefore reads 前條 or 前項 after 至 (第十四條至前條) when the parser
// knows the article or paragraph before the text's own, setting the end
// of it; otherwise it reports false and leaves p.i.
func (p *parser) rangeBefore(lv int, it *numItem) bool {
	if lv > lvPara || p.before[lv] == 0 {
		return false
	}
	q := parser{s: p.s, i: p.i}
	q.space()
	if q.at() != tokQian {
		return false
	}
	q.i += 3
	if l, point, ok := q.unit(); !ok || l != lv || point {
		return false
	}
	it.hi = int32(p.before[lv])
	if lv == lvArticle {
		it.hiSub = int32(p.before[lvSub])
	}
	if it.hi < it.lo || it.hi == it.lo && it.hiSub < it.loSub {
		return false // for the parser to report
	}
	p.i = q.i
	return true
}

// listSep consumes a separator between the numbers of one level (、 , or
// ，) when a number follows it, as in 第3、15至17條 and 第3，5條.
func (p *parser) listSep() bool {
	n := 0
	switch p.at() {
	case tokDun, tokComma:
		n = 3
	default:
		if p.i < len(p.s) && p.s[p.i] == ',' {
			n = 1
		}
	}
	if n == 0 {
		return false
	}
	if at3(p.s, p.i+n) == tokDi && p.numeralAt(p.i+n+3) {
		n += 3 // 第五、第六兩款
	} else if !p.numeralAt(p.i + n) {
		return false
	}
	p.i += n
	p.space()
	return true
}

// listZhi reads the 之N of an article number written before its unit
// (第7之1、9之1條, 第120之1至120之4條) once 之 is at p.i: it is one only
// when a separator, a range or the unit follows. Otherwise it returns 0
// and leaves p.i.
func (p *parser) listZhi() (int32, error) {
	at := p.i
	n, err := p.zhi()
	if err != nil || n == 0 {
		return n, err
	}
	q := parser{s: p.s, i: p.i}
	q.space()
	switch q.at() {
	case tokDun, tokComma, tokTo, tokDao, tokTilde, tokTiao:
		return n, nil
	}
	if q.i < len(q.s) && (q.s[q.i] == ',' || q.s[q.i] == '~') {
		return n, nil
	}
	p.i = at
	return 0, nil
}

// lowerZhi reads the 之N after 項, 款 or 目 (第二項第三款之二, 第二目之一)
// once 之 is at p.i. Running text also writes 之 before a number that is
// not a sub-number (前項第二款之一定金額, 第一款之一次卹金, 第一項之二年期限):
// a number followed by one of the words of notSubAfter is not one, and
// lowerZhi returns 0 and leaves p.i.
func (p *parser) lowerZhi() (int32, error) {
	at := p.i
	if !p.numeralAt(p.i + 3) {
		return 0, nil
	}
	p.i += 3
	n, err := p.num()
	if err != nil {
		p.i = at
		return 0, nil // 之 and a word, not a number
	}
	if r, _ := utf8.DecodeRuneInString(p.s[p.i:]); strings.ContainsRune(notSubAfter, r) {
		p.i = at
		return 0, nil
	}
	return n, nil
}

// notSubAfter holds the words that, after 之N, show the N is a count or
// the start of a word, not a sub-number: 之一定, 之一般, 之一次, 之二年,
// 之二件, 之三個, 之四十學分, 之一小時, 之一部, 之一者.
const notSubAfter = "定般次年件個學小時日月週天人部種倍份分名成者位級類期段"

// isLevel reports whether a level (第 nums unit) starts at i, where s
// holds 第: a number, with any list, range or 之N, then a unit. It tells
// the 第 of a citation from the 第 of a name (第一類電信事業管理規則).
func isLevel(s string, i int) bool {
	j := i + 3
	for end := min(len(s), j+48); j < end; {
		c := s[j]
		switch {
		case c >= '0' && c <= '9', c == ' ', c == '\t', c == ',', c == '-', c == '~':
			j++
			continue
		case c < 0x80:
			return false
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		switch r {
		case '條', '點', '項', '款', '目':
			return j > i+3
		case '、', '，', '至', '到', '～', '之', '－', '第', '\u3000':
		default:
			if numeral.KindOf(r) == numeral.None {
				return false
			}
		}
		j += n
	}
	return false
}

// collapseZero reads a positional numeral that doubles its 零 (一千零零八,
// as some statutes write 1008) by reading it with one 零.
func collapseZero(s string) (int, bool) {
	if !strings.Contains(s, "零零") && !strings.Contains(s, "〇〇") {
		return 0, false
	}
	if !strings.ContainsAny(s, "十百千拾佰仟") {
		return 0, false // digit by digit: numeral reads it as it is
	}
	t := s
	for _, z := range [...]string{"零", "〇"} {
		for strings.Contains(t, z+z) {
			t = strings.ReplaceAll(t, z+z, z)
		}
	}
	n, err := numeral.Parse(t)
	return n, err == nil
}
