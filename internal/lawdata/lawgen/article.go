package lawgen

import (
	"crypto/sha256"
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/internal/textwidth"
)

// Node is one provision of an article: a paragraph (項), a subparagraph
// (款) or an item (目). Text is the provision's own words with white space
// removed, without the words of its children.
type Node struct {
	Text     string
	Children []Node
}

// Full returns the provision's text with its children's, each child on a
// line of its own indented by its level. It is what a fingerprint is taken
// of.
func (n Node) Full() string {
	var b strings.Builder
	n.appendFull(&b, 0)
	return b.String()
}

// appendFull writes n's text and, each on a new line indented by one tab
// per level below n, its children's: moving words between levels changes
// the result.
func (n Node) appendFull(b *strings.Builder, depth int) {
	b.WriteString(n.Text)
	for _, c := range n.Children {
		b.WriteByte('\n')
		for range depth + 1 {
			b.WriteByte('\t')
		}
		c.appendFull(b, depth+1)
	}
}

// Article is the structure of one article (條) of one law version.
type Article struct {
	Num, Sub   int // 第Num條之Sub; Sub is 0 for a plain article
	Repealed   bool
	Paragraphs []Node
}

// Full returns the article's text, paragraphs on lines of their own.
func (a Article) Full() string {
	if a.Repealed {
		return repealedText
	}
	parts := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		parts[i] = p.Full()
	}
	return strings.Join(parts, "\n")
}

const repealedText = "（刪除）"

// Fingerprint returns the first 8 bytes, big-endian, of the SHA-256 of s.
func Fingerprint(s string) uint64 {
	sum := sha256.Sum256([]byte(s))
	return binary.BigEndian.Uint64(sum[:8])
}

// fullWidth is the display width from which a line of a hard-wrapped
// version may have been cut by the wrapping rather than by its author: the
// database wrapped old texts at 64 columns, hanging a closing punctuation
// mark (66) or moving it to the next line, and half-width digits leave a
// line a column or two short.
const fullWidth = 60

// Wrapped reports whether the article texts of one law version are
// hard-wrapped: some line stops short of the punctuation that ends a
// provision.
func Wrapped(texts []string) bool {
	for _, t := range texts {
		for _, ln := range lines(t) {
			if ln != "" && ln != repealedText && !endsUnit(ln) && textwidth.String(ln) >= fullWidth {
				return true
			}
		}
	}
	return false
}

// lines splits an article's text into lines, dropping the notes (編註,
// 備註) the database appends after an empty line.
func lines(text string) []string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if i := strings.Index(text, "\n\n"); i >= 0 {
		text = text[:i]
	}
	text = strings.TrimRight(text, "\n")
	if text == "" {
		return nil
	}
	return strings.Split(text, "\n")
}

// endsUnit reports whether a line ends with the punctuation that ends a
// paragraph, subparagraph or item.
func endsUnit(ln string) bool {
	r, _ := utf8.DecodeLastRuneInString(ln)
	return r == '。' || isColon(r)
}

func isColon(r rune) bool { return r == '：' || r == '︰' }

// Known reports whether some unwrapped text of the same law has a line
// starting with prefix (white space removed): evidence that prefix is one
// provision's text, not two.
type Known func(prefix string) bool

// ParseArticle reads the structure of one article's text. When wrapped is
// set, the text is hard-wrapped: a provision then ends at a line ending
// with 。 or ：, except where the line is full and what follows continues
// the sentence (a line starting with 但 or with punctuation, or known, if
// not nil, says so); a 款 line starts with a Chinese numeral and 、, a 目
// line with （一）. It returns the paragraphs and the lines that broke the
// numbering (a 款 or 目 out of sequence), which are kept as text of the
// provision before them.
func ParseArticle(text string, wrapped bool, known Known) (paras []Node, odd []string) {
	units := splitUnits(lines(text), wrapped, known)
	for _, u := range units {
		switch kind, n := classify(u); kind {
		case kuan:
			if len(paras) == 0 || n != len(paras[len(paras)-1].Children)+1 {
				odd = append(odd, u)
				paras = appendText(paras, u)
				continue
			}
			p := &paras[len(paras)-1]
			p.Children = append(p.Children, Node{Text: normalize(u)})
		case mu:
			if len(paras) == 0 || len(paras[len(paras)-1].Children) == 0 {
				odd = append(odd, u)
				paras = appendText(paras, u)
				continue
			}
			p := &paras[len(paras)-1]
			k := &p.Children[len(p.Children)-1]
			if n != len(k.Children)+1 {
				odd = append(odd, u)
				paras = appendText(paras, u)
				continue
			}
			k.Children = append(k.Children, Node{Text: normalize(u)})
		default:
			paras = append(paras, Node{Text: normalize(u)})
		}
	}
	return paras, odd
}

// appendText adds u to the deepest last provision of paras, or makes it a
// paragraph when there is none.
func appendText(paras []Node, u string) []Node {
	if len(paras) == 0 {
		return append(paras, Node{Text: normalize(u)})
	}
	n := &paras[len(paras)-1]
	for len(n.Children) > 0 {
		n = &n.Children[len(n.Children)-1]
	}
	n.Text += normalize(u)
	return paras
}

// splitUnits joins the lines of an article into provisions.
func splitUnits(ls []string, wrapped bool, known Known) []string {
	var units []string
	var cur strings.Builder
	for i, ln := range ls {
		if i > 0 && (!wrapped || !continues(ls[i-1], ln, cur.String(), known)) {
			units = append(units, cur.String())
			cur.Reset()
		}
		if cur.Len() > 0 {
			ln = strings.TrimLeft(ln, " \u3000")
		}
		cur.WriteString(ln)
	}
	if cur.Len() > 0 {
		units = append(units, cur.String())
	}
	return units
}

// continues reports whether, in a hard-wrapped text, line next continues
// the provision whose text so far is cur and whose last line is prev.
func continues(prev, next, cur string, known Known) bool {
	if strings.HasPrefix(next, " ") || strings.HasPrefix(next, "\u3000") {
		return true // the indented second line of a 款
	}
	if !endsUnit(prev) {
		return true
	}
	k, _ := classify(next)
	last, _ := utf8.DecodeLastRuneInString(prev)
	if isColon(last) {
		// A colon introduces 款 or 目; a colon before anything else
		// is inside a sentence cut by the wrapping.
		return k == text && textwidth.String(prev) >= fullWidth
	}
	if textwidth.String(prev) < fullWidth || k != text {
		return false
	}
	first, _ := utf8.DecodeRuneInString(next)
	if first == '但' || unicode.IsPunct(first) {
		return true
	}
	return known != nil && known(normalize(cur)+normalize(next))
}

type unitKind int

const (
	text unitKind = iota
	kuan          // 一、
	mu            // （一）
)

// classify tells whether a line starts a 款 or a 目, and its number.
func classify(ln string) (unitKind, int) {
	if r, size := utf8.DecodeRuneInString(ln); r == '（' || r == '(' {
		rest := ln[size:]
		span := numeral.Span(rest)
		if span == 0 || numeral.KindOf([]rune(rest[:span])[0]) != numeral.Chinese {
			return text, 0
		}
		n, err := numeral.Parse(rest[:span])
		if err != nil {
			return text, 0
		}
		if c, _ := utf8.DecodeRuneInString(rest[span:]); c != '）' && c != ')' {
			return text, 0
		}
		return mu, n
	}
	span := numeral.Span(ln)
	if span == 0 || numeral.KindOf([]rune(ln[:span])[0]) != numeral.Chinese {
		return text, 0
	}
	if !strings.HasPrefix(ln[span:], "、") {
		return text, 0
	}
	n, err := numeral.Parse(ln[:span])
	if err != nil {
		return text, 0
	}
	return kuan, n
}

// normalize removes white space and writes the presentation colon ︰ as ：,
// so that re-wrapping a text does not change its fingerprint.
func normalize(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		if r == '︰' {
			return '：'
		}
		return r
	}, s)
}
