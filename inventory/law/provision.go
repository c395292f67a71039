package law

import "strconv"

// Part is the part of a provision a citation names: the first or last
// sentence (前段, 中段, 後段), the proviso (但書) or the main text before it
// (本文). The zero value, [NoPart], means the whole provision.
type Part uint8

const (
	// NoPart cites the whole provision.
	NoPart Part = iota
	// Front is 前段, the first sentence.
	Front
	// Middle is 中段, the middle sentence.
	Middle
	// Back is 後段, the last sentence.
	Back
	// Proviso is 但書, the sentence that begins with 但.
	Proviso
	// Body is 本文, the text before the proviso.
	Body
)

// partText holds the text of each Part, indexed by Part.
var partText = enumText{
	Type:  "Part",
	Names: []string{"", "前段", "中段", "後段", "但書", "本文"},
	IDs:   []string{"", "front", "middle", "back", "proviso", "body"},
}

// String returns the Chinese name of p (前段, 中段, 後段, 但書, 本文), or ""
// for NoPart.
func (p Part) String() string { return partText.Word(uint8(p)) }

// IsValid reports whether p is NoPart or one of the defined parts.
func (p Part) IsValid() bool { return partText.Valid(uint8(p)) }

// AppendText appends the text of p as String gives it to b. It fails with
// ErrRange for an invalid Part.
func (p Part) AppendText(b []byte) ([]byte, error) { return partText.AppendText(b, uint8(p)) }

// MarshalText returns the text of p as String gives it.
func (p Part) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText sets p as ParsePart reads b.
func (p *Part) UnmarshalText(b []byte) error {
	v, err := ParsePart(string(b))
	if err == nil {
		*p = v
	}
	return err
}

// ParsePart reads a part from its Chinese name (前段, 中段, 後段, 但書,
// 本文) or its English id (front, middle, back, proviso, body); "" is
// NoPart.
func ParsePart(s string) (Part, error) {
	v, err := partText.Parse("ParsePart", s)
	return Part(v), err
}

// A Provision is one leaf of a citation: an article (條, or 點 of a 要點)
// with its 之N, and optionally a paragraph (項), subparagraph (款), item (目)
// and part; each level may carry its 之N (第二項第三款之二 is paragraph 2,
// subparagraph 3, SubparagraphSub 2). A field is 0 when the citation does
// not go down to it, so
// 第18條第1項第6款 is Provision{Article: 18, Paragraph: 1, Subparagraph: 6}
// and 第18條之1 is Provision{Article: 18, ArticleSub: 1}. A citation that
// starts below 條 (第二項第一款) leaves Article 0.
//
// Provision is comparable: use == and use it as a map key. The zero
// Provision cites nothing.
type Provision struct {
	Article         int  `json:"article,omitzero"`         // 條 (or 點), 0 when not cited
	ArticleSub      int  `json:"articleSub,omitzero"`      // N of 第18條之N, 0 for the article itself
	Paragraph       int  `json:"paragraph,omitzero"`       // 項
	ParagraphSub    int  `json:"paragraphSub,omitzero"`    // N of 第2項之N, 0 for the paragraph itself
	Subparagraph    int  `json:"subparagraph,omitzero"`    // 款
	SubparagraphSub int  `json:"subparagraphSub,omitzero"` // N of 第3款之N, 0 for the subparagraph itself
	Item            int  `json:"item,omitzero"`            // 目
	ItemSub         int  `json:"itemSub,omitzero"`         // N of 第2目之N, 0 for the item itself
	Part            Part `json:"part,omitzero"`            // 前段, 後段, 但書, 本文, or NoPart
}

// IsZero reports whether p is the zero Provision.
func (p Provision) IsZero() bool { return p == Provision{} }

// String returns p as a statute writes it, with Arabic numerals and 條 as the
// article unit: 第18條之1第1項第6款但書. The zero Provision is "".
func (p Provision) String() string {
	return string(p.appendTo(nil, "條"))
}

// AppendText appends p as String gives it to b.
func (p Provision) AppendText(b []byte) ([]byte, error) { return p.appendTo(b, "條"), nil }

// MarshalText returns p as String gives it: a Provision is written in JSON
// as 第245條第3項.
func (p Provision) MarshalText() ([]byte, error) { return p.AppendText(nil) }

// UnmarshalText reads one provision as ParseCitation reads it, without a
// law: 第245條第3項, 第18條之1第1項第6款但書; "" is the zero Provision. Text
// that cites no provision, or more than one, is a *ParseError.
func (p *Provision) UnmarshalText(b []byte) error {
	const fn = "Provision.UnmarshalText"
	if len(b) == 0 {
		*p = Provision{}
		return nil
	}
	c, err := ParseCitation(string(b))
	if err != nil {
		return err
	}
	if c.Law != "" || c.Len() != 1 {
		return parseError(fn, string(b), ErrSyntax, "law.syntax.provision")
	}
	*p = c.Provisions()[0]
	return nil
}

// appendTo appends p with the article unit u (條 or 點).
func (p Provision) appendTo(b []byte, u string) []byte {
	for l := lvArticle; l <= lvItem; l++ {
		if v := p.get(l); v != 0 {
			b = appendLevel(b, v, levelUnit(l, u))
			b = appendSub(b, p.get(lvSub+l))
		}
	}
	return append(b, p.Part.String()...)
}

// appendSub appends 之N for n != 0.
func appendSub(b []byte, n int) []byte {
	if n == 0 {
		return b
	}
	b = append(b, "之"...)
	return strconv.AppendInt(b, int64(n), 10)
}

func appendLevel(b []byte, n int, unit string) []byte {
	b = append(b, "第"...)
	b = strconv.AppendInt(b, int64(n), 10)
	return append(b, unit...)
}

// Contains reports whether q lies within p: every level p cites is cited
// the same by q, so 第18條第1項 contains 第18條第1項第6款 and itself, but not
// 第18條之1 or 第18條第2項. A p with a Part contains only q with the same
// Part.
func (p Provision) Contains(q Provision) bool {
	if p.Part != NoPart && p.Part != q.Part {
		return false
	}
	for l := lvArticle; l <= lvItem; l++ {
		if v := p.get(l); v != 0 && (v != q.get(l) || p.get(lvSub+l) != q.get(lvSub+l)) {
			return false
		}
	}
	return true
}

// Levels of a provision, from the top; lvSub+l is the 之N of level l
// (lvSub itself is the 之N of an article).
const (
	lvArticle = iota
	lvPara
	lvSubpara
	lvItem
	lvSub
)

// get returns the value of level l, or of the 之N of level l-lvSub.
func (p *Provision) get(l int) int {
	switch l {
	case lvArticle:
		return p.Article
	case lvPara:
		return p.Paragraph
	case lvSubpara:
		return p.Subparagraph
	case lvItem:
		return p.Item
	case lvSub:
		return p.ArticleSub
	case lvSub + lvPara:
		return p.ParagraphSub
	case lvSub + lvSubpara:
		return p.SubparagraphSub
	default:
		return p.ItemSub
	}
}

// set sets level l (or the 之N of level l-lvSub) to v.
func (p *Provision) set(l, v int) {
	switch l {
	case lvArticle:
		p.Article = v
	case lvPara:
		p.Paragraph = v
	case lvSubpara:
		p.Subparagraph = v
	case lvItem:
		p.Item = v
	case lvSub:
		p.ArticleSub = v
	case lvSub + lvPara:
		p.ParagraphSub = v
	case lvSub + lvSubpara:
		p.SubparagraphSub = v
	default:
		p.ItemSub = v
	}
}

// depth returns the deepest level p cites (lvArticle … lvItem), or -1.
func (p Provision) depth() int {
	for l := lvItem; l >= lvArticle; l-- {
		if p.get(l) != 0 {
			return l
		}
	}
	return -1
}
