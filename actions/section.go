package actions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/numeral"
)

// MaxDepth is the deepest numbering a [Section] holds: 一、 (一) 1. (1).
const MaxDepth = 4

// Style is the way one level of a minutes outline is numbered.
type Style uint8

// The numbering styles of official outlines, outermost first.
const (
	// NoStyle is the zero Style: not given, no numbering.
	NoStyle Style = iota
	// Enumerated is 一、 (enumerated), the top level of official texts.
	Enumerated
	// ParenEnumerated is (一) (paren-enumerated), the second level.
	ParenEnumerated
	// Dotted is 1. (dotted), the third level.
	Dotted
	// ParenDotted is (1) (paren-dotted), the fourth level.
	ParenDotted
)

var styleEnum = enum{"Style",
	[]string{"", "一、", "(一)", "1.", "(1)"},
	[]string{"", "enumerated", "paren-enumerated", "dotted", "paren-dotted"}}

// String returns the pattern of the style: 一、, (一), 1. or (1); the
// zero Style gives "", an invalid value Style(N).
func (s Style) String() string { return styleEnum.str(int(s)) }

// IsValid reports whether s is NoStyle or a defined style.
func (s Style) IsValid() bool { return styleEnum.valid(int(s)) }

// AppendText appends String to b; it fails with [ErrRange] for an
// invalid value.
func (s Style) AppendText(b []byte) ([]byte, error) { return styleEnum.appendText(b, int(s)) }

// MarshalText returns String; it fails with [ErrRange] for an invalid
// value.
func (s Style) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText reads text with [ParseStyle].
func (s *Style) UnmarshalText(text []byte) error { return unmarshal(s, text, ParseStyle) }

// ParseStyle reads the pattern of a style as String writes it, 一、, (一),
// 1. or (1), also with full-width brackets and dot ((一), （1）, 1．) or
// 1、, or the English ids enumerated, paren-enumerated, dotted and
// paren-dotted; empty text is NoStyle.
func ParseStyle(s string) (Style, error) {
	if v, ok := styleEnum.parse(s); ok {
		return Style(v), nil
	}
	t := strings.NewReplacer("（", "(", "）", ")", "．", ".", "1、", "1.").Replace(stripSpace(s))
	if v, ok := styleEnum.parse(t); ok && t != "" {
		return Style(v), nil
	}
	return NoStyle, styleEnum.parseError(s)
}

// level is one step of a section path.
type level struct {
	n     int
	style Style
	title string
}

// Section is a reference to a section of a meeting's minutes, as the
// 會議紀錄 column of 上次會議決議事項辦理情形 writes it:
// 六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果 is
// the path 6, 2 titled 本部及所屬機關於政府資料開放平臺資料開放推動成果,
// under the level 六 titled 報告事項.
//
// Section is a comparable value. The zero Section references nothing;
// [Section.IsZero] reports true and String returns "".
type Section struct {
	levels [MaxDepth]level
	depth  int
}

// Depth returns the number of levels in the path, 0 to [MaxDepth].
func (s Section) Depth() int { return s.depth }

// Path returns the numbers of the levels, outermost first: [6 2] for
// 六、報告事項、(二)…. The slice is a new copy.
func (s Section) Path() []int {
	p := make([]int, s.depth)
	for i := range p {
		p[i] = s.levels[i].n
	}
	return p
}

// Title returns the title of the innermost level, the section's own.
func (s Section) Title() string {
	if s.depth == 0 {
		return ""
	}
	return s.levels[s.depth-1].title
}

// Level returns the number, numbering style and title of level i,
// counted from 0 at the outermost. Level panics if i is not below Depth.
func (s Section) Level(i int) (n int, style Style, title string) {
	if i < 0 || i >= s.depth {
		panic("actions: Section.Level index out of range")
	}
	l := s.levels[i]
	return l.n, l.style, l.title
}

// IsZero reports whether s is the zero Section.
func (s Section) IsZero() bool { return s.depth == 0 }

// String returns the canonical form: no spaces around the numbering,
// half-width brackets, Chinese numerals for 一、 and (一), ASCII digits
// for 1. and (1), and 、 between a level's title and the next level, as
// in 六、報告事項、(二)本部及所屬機關於政府資料開放平臺資料開放推動成果.
func (s Section) String() string { return string(s.appendText(nil)) }

// AppendText appends the canonical form, as String gives it, to b. It
// never fails.
func (s Section) AppendText(b []byte) ([]byte, error) { return s.appendText(b), nil }

func (s Section) appendText(b []byte) []byte {
	for i := 0; i < s.depth; i++ {
		l := s.levels[i]
		switch l.style {
		case Enumerated:
			b = numeral.AppendFormat(b, l.n)
			b = append(b, "、"...)
		case ParenEnumerated:
			b = append(b, '(')
			b = numeral.AppendFormat(b, l.n)
			b = append(b, ')')
		case Dotted:
			b = appendInt(b, l.n)
			b = append(b, '.')
		case ParenDotted:
			b = append(b, '(')
			b = appendInt(b, l.n)
			b = append(b, ')')
		}
		b = append(b, l.title...)
		if l.title != "" && i+1 < s.depth {
			b = append(b, "、"...)
		}
	}
	return b
}

// MarshalText returns the canonical form, as String does.
func (s Section) MarshalText() ([]byte, error) { return s.appendText(nil), nil }

// UnmarshalText parses text with [ParseSection]; empty text gives the
// zero Section.
func (s *Section) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = Section{}
		return nil
	}
	v, err := ParseSection(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseSection parses a minutes-section reference: levels numbered 一、,
// (一) or （一）, 1. or 1、, and (1), each followed by an optional title; a
// title is followed by 、 when a deeper level comes next. Spaces around
// the numbering are ignored, so 六、報告事項、 (四) 本部及所屬機關資料集申請下架情形
// parses. Numbers may be Chinese numerals, ASCII or full-width digits.
// The innermost level must have a title; numbers start at 1; at most
// [MaxDepth] levels.
func ParseSection(s string) (Section, error) {
	const typ = "ParseSection"
	var sec Section
	t := strings.TrimSpace(s)
	if t == "" {
		return Section{}, syntaxError(typ, s, "actions.syntax.empty")
	}
	for t != "" {
		n, style, rest, ok := marker(t)
		if !ok {
			return Section{}, syntaxError(typ, s, "actions.syntax.section")
		}
		if n < 1 {
			return Section{}, rangeError(typ, s, "actions.range.numbered-zero")
		}
		if sec.depth == MaxDepth {
			return Section{}, rangeError(typ, s, "actions.range.depth")
		}
		title, next := splitTitle(strings.TrimSpace(rest))
		sec.levels[sec.depth] = level{n: n, style: style, title: title}
		sec.depth++
		t = next
	}
	if sec.Title() == "" {
		return Section{}, syntaxError(typ, s, "actions.syntax.title")
	}
	return sec, nil
}

// marker reads the numbering at the start of t. Spaces inside the
// numbering, as in ( 二 ) or 1 . , are allowed.
func marker(t string) (n int, style Style, rest string, ok bool) {
	r, size := utf8.DecodeRuneInString(t)
	if r == '(' || r == '（' {
		inner := trimLeftSpace(t[size:])
		k := numeral.Span(inner)
		if k == 0 {
			return 0, 0, t, false
		}
		after := trimLeftSpace(inner[k:])
		c, csize := utf8.DecodeRuneInString(after)
		if c != ')' && c != '）' {
			return 0, 0, t, false
		}
		v, err := numeral.Parse(inner[:k])
		if err != nil {
			return 0, 0, t, false
		}
		style = ParenDotted
		if numeral.KindOf(r2(inner)) == numeral.Chinese {
			style = ParenEnumerated
		}
		return v, style, after[csize:], true
	}
	k := numeral.Span(t)
	if k == 0 {
		return 0, 0, t, false
	}
	chinese := numeral.KindOf(r) == numeral.Chinese
	after := trimLeftSpace(t[k:])
	var sep rune
	sep, size = utf8.DecodeRuneInString(after)
	switch {
	case sep == '、':
		style = Dotted
		if chinese {
			style = Enumerated
		}
	case (sep == '.' || sep == '．') && !chinese:
		style = Dotted
	default:
		return 0, 0, t, false
	}
	v, err := numeral.Parse(t[:k])
	if err != nil {
		return 0, 0, t, false
	}
	return v, style, after[size:], true
}

func trimLeftSpace(s string) string { return strings.TrimLeftFunc(s, unicode.IsSpace) }

func r2(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// splitTitle splits t at the first 、 followed by numbering: the title
// before and the next level after. A title that is itself numbering
// (六、(二)…) is empty.
func splitTitle(t string) (title, next string) {
	if _, _, _, ok := marker(t); ok {
		return "", t
	}
	for i := 0; i < len(t); {
		j := strings.Index(t[i:], "、")
		if j < 0 {
			break
		}
		j += i
		after := strings.TrimSpace(t[j+len("、"):])
		if _, _, _, ok := marker(after); ok {
			return strings.TrimSpace(t[:j]), after
		}
		i = j + len("、")
	}
	return strings.TrimSpace(t), ""
}

// MustParseSection is like [ParseSection] but panics on error. It is intended
// for use in tests and examples with hard-coded references.
func MustParseSection(s string) Section {
	v, err := ParseSection(s)
	if err != nil {
		panic(err)
	}
	return v
}
