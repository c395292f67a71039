package inventory

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/numeral"
)

// SplitItems splits a 蒐集資料項目 cell into its items: at line breaks and
// ；, at 、 and ， outside brackets, and before a list marker that follows a
// blank. Each item is trimmed and loses its list marker; empty items are
// dropped. 一、檢察統計(1.偵查新收件數、2.執行裁判確定人數) is one item,
// 檢察統計(1.偵查新收件數、2.執行裁判確定人數), since its 、 are inside
// brackets, and its 一、 is a marker.
//
// List markers are bullets (• ● ■ ※ - and the like), bracketed numbers
// ((1) （一）), and numbers followed by . ． ) or ）, the dot not followed by
// a digit (2.5吋 is a number). A number followed by 、 is ambiguous, since
// 、 also joins numbers (108、109、110年度統計, 一、二級單位): it is list
// numbering only when the list goes on, that is when it is 1 (一) and a 2、
// (二、) starts an item further in the cell, or when it follows the
// previous number of the list (二、 after 一、), and in both cases when
// an item follows it (一、二、三級 is not a list); at the start of an item
// (of the cell, or after a separator) it is a marker too when words, not
// a number, follow it (一、檢察統計, 二、矯正統計; not 一、二級單位). A run of numbers joined by
// 、 or ， is kept with the words after it: 108、109、110年度統計 is one item.
// No text but markers, separators and blanks is dropped.
func SplitItems(s string) []string {
	var buf [16]string // most cells list fewer items: one allocation, the result
	out := appendItems(buf[:0], s)
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// numberPatterns are the list numbers that continue a list started by 1、,
// per numeral.Kind.
var numberPatterns = [...][]string{numeral.Digits: {"2、", "２、"}, numeral.Chinese: {"二、"}}

// An itemSplitter splits one cell, keeping the state of its numbered list.
type itemSplitter struct {
	s    string
	last [3]int // per numeral.Kind, the last number of a 、 list, 0 for none
	// memo remembers, per pattern of numberPatterns (2、 ２、 二、), the
	// first place at or after from where it starts an item: at, or -1 for
	// nowhere. The cell is scanned forward, so each pattern is searched
	// once over the cell in all.
	memo [3]struct{ from, at int }
}

// appendItems appends the items of s, as SplitItems splits them, to out.
// Its cost is linear in len(s).
func appendItems(out []string, s string) []string {
	sp := itemSplitter{s: s}
	for k := range sp.memo {
		sp.memo[k].from = -1
	}
	body := sp.begin(0)
	// run: the item, or its last word (since a blank), is so far numbers,
	// separators and blanks, from runAt.
	depth, run, runAt := 0, true, body
	for i := body; i < len(s); {
		c := s[i]
		if c >= 0xE4 && c <= 0xE9 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			// CJK ideographs: nothing to do unless counting numbers
			if run && !isChineseNumeral(s[i:]) {
				run = false
			}
			i += 3
			continue
		}
		r, n := rune(c), 1
		if c >= 0x80 {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch r {
		case '\n', '\r', ';', '；':
			out = appendItem(out, s[body:i])
			body, depth, run = sp.begin(i+n), 0, true
			i, runAt = body, body
			continue
		case '(', '（', '[', '【', '「', '《':
			depth++
			run = false
		case ')', '）', ']', '】', '」', '》':
			if depth > 0 {
				depth--
			}
			run = false
		case '、', '，', ',':
			if depth == 0 && !(run && strings.TrimSpace(s[runAt:i]) != "") {
				out = appendItem(out, s[body:i])
				body, run = sp.begin(i+n), true
				i, runAt = body, body
				continue
			}
		case ' ', '\u3000':
			if depth == 0 {
				if p := skipBlanks(s, i); sp.startsList(p) {
					out = appendItem(out, s[body:i])
					body, run = sp.begin(p), true
					i, runAt = body, body
					continue
				}
				if !run {
					run, runAt = true, i+n
				}
			}
		case '\t':
		default:
			if run && (r < '0' || r > '9') && numeral.KindOf(r) == numeral.None {
				run = false
			}
		}
		i += n
	}
	return appendItem(out, s[body:])
}

// appendItem appends the item t, trimmed, unless it is empty.
func appendItem(out []string, t string) []string {
	if t = trimText(t); t != "" {
		out = append(out, t)
	}
	return out
}

// begin starts an item at s[p:]: it passes over blanks and the item's list
// markers (一、(1) or • 1.), and returns where the item's text starts.
func (sp *itemSplitter) begin(p int) int {
	for {
		p = skipBlanks(sp.s, p)
		n, kind, v := sp.marker(p, true)
		if n == 0 {
			return p
		}
		if kind != numeral.None {
			sp.last[kind] = v
		}
		p += n
	}
}

// startsList reports whether a list marker, other than - or *, starts at
// s[p:], so that the blank before p ends an item.
func (sp *itemSplitter) startsList(p int) bool {
	n, _, _ := sp.marker(p, false)
	return n > 0
}

// marker returns the length of the list marker at s[p:], 0 for none, and
// for a number followed by 、 its kind and value (numeral.None otherwise).
// Signs - and * count as bullets only when bullets is set.
func (sp *itemSplitter) marker(p int, bullets bool) (int, numeral.Kind, int) {
	s := sp.s
	if p >= len(s) {
		return 0, numeral.None, 0
	}
	if c := s[p]; c < 0x80 && (c < '0' || c > '9') && c != '(' && c != '-' && c != '*' ||
		c >= 0xE4 && c <= 0xE9 && !isChineseNumeral(s[p:]) {
		return 0, numeral.None, 0 // the common case: the item's text
	}
	r, size := utf8.DecodeRuneInString(s[p:])
	switch r {
	case '-', '*':
		if !bullets {
			return 0, numeral.None, 0
		}
		return size, numeral.None, 0
	case '•', '●', '○', '◦', '・', '·', '▪', '■', '□', '◆', '※', '–', '—':
		return size, numeral.None, 0
	case '(', '（':
		closing := "）"
		if r == '(' {
			closing = ")"
		}
		t := s[p+size:]
		if k := numeral.Span(t); k > 0 && strings.HasPrefix(t[k:], closing) {
			return size + k + len(closing), numeral.None, 0
		}
		return 0, numeral.None, 0
	}
	kind := numeral.KindOf(r)
	if kind == numeral.None {
		return 0, numeral.None, 0
	}
	k := numeral.Span(s[p:])
	rest := s[p+k:]
	switch {
	case strings.HasPrefix(rest, ")"):
		return k + 1, numeral.None, 0
	case strings.HasPrefix(rest, "）"):
		return k + len("）"), numeral.None, 0
	case strings.HasPrefix(rest, "."), strings.HasPrefix(rest, "．"):
		sep := 1
		if rest[0] != '.' {
			sep = len("．")
		}
		if d, _ := utf8.DecodeRuneInString(rest[sep:]); numeral.KindOf(d) == numeral.Digits {
			return 0, numeral.None, 0 // 2.5: a number, not a marker
		}
		return k + sep, numeral.None, 0
	case strings.HasPrefix(rest, "、"):
		v, err := numeral.Parse(s[p : p+k])
		if err != nil {
			return 0, numeral.None, 0
		}
		after := p + k + len("、")
		if sp.numberAt(after, kind, v+1) {
			return 0, numeral.None, 0 // 一、二、三級: numbers joined, not a list
		}
		if last := sp.last[kind]; last > 0 && v == last+1 || v == 1 && sp.continues(after, kind) {
			return k + len("、"), kind, v
		}
		if bullets && kind == numeral.Chinese && sp.wordAt(after) {
			return k + len("、"), kind, v // 一、檢察統計 at an item's start
		}
	}
	return 0, numeral.None, 0
}

// wordAt reports whether s[p:] starts, after blanks, with a letter that
// is no numeral: the text of an item, as after 一、 in 一、檢察統計, where
// after 一、 in 一、二級單位 stands a number.
func (sp *itemSplitter) wordAt(p int) bool {
	t := sp.s[skipBlanks(sp.s, p):]
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && unicode.IsLetter(r) && numeral.KindOf(r) == numeral.None && !isChineseNumeral(t)
}

// numberAt reports whether s[p:] starts, after blanks, with the number v
// of the given kind followed by 、.
func (sp *itemSplitter) numberAt(p int, kind numeral.Kind, v int) bool {
	t := sp.s[skipBlanks(sp.s, p):]
	r, _ := utf8.DecodeRuneInString(t)
	if numeral.KindOf(r) != kind {
		return false
	}
	k := numeral.Span(t)
	if !strings.HasPrefix(t[k:], "、") {
		return false
	}
	w, err := numeral.Parse(t[:k])
	return err == nil && w == v
}

// continues reports whether the list number 2、 of the given kind starts an
// item at or after s[p:].
func (sp *itemSplitter) continues(p int, kind numeral.Kind) bool {
	idx := 0
	if kind == numeral.Chinese {
		idx = 2
	}
	for j, pat := range numberPatterns[kind] {
		m := &sp.memo[idx+j]
		if m.from < 0 || p < m.from || m.at >= 0 && m.at < p {
			m.from, m.at = p, sp.find(p, pat)
		}
		if m.at >= 0 {
			return true
		}
	}
	return false
}

// find returns the first place at or after p where pat starts an item: at
// the start of the cell or after a blank, a line break, a separator or a
// closing bracket; -1 for none.
func (sp *itemSplitter) find(p int, pat string) int {
	s := sp.s
	for p < len(s) {
		k := strings.Index(s[p:], pat)
		if k < 0 {
			return -1
		}
		at := p + k
		if at == 0 {
			return at
		}
		r, _ := utf8.DecodeLastRuneInString(s[:at])
		switch r {
		case ' ', '\u3000', '\t', '\n', '\r', ';', '；', '、', '，', ',', ')', '）', ']', '】', '」', '》':
			return at
		}
		p = at + 1
	}
	return -1
}

// isChineseNumeral reports whether s starts with a Chinese numeral, as
// numeral.KindOf reads one.
func isChineseNumeral(s string) bool {
	var r rune
	if len(s) >= 3 && s[0]&0xF0 == 0xE0 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
		r = rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	switch r {
	case '〇', '零', '○', '一', '壹', '二', '兩', '貳', '三', '參', '四', '肆', '五', '伍', '六', '陸',
		'七', '柒', '八', '捌', '九', '玖', '十', '拾', '百', '佰', '千', '仟', '萬', '億', '廿', '卅':
		return true
	}
	return false
}

// skipBlanks returns the first place at or after p in s that is not a
// blank: white space other than a line break, the ideographic space
// included.
func skipBlanks(s string, p int) int {
	for p < len(s) {
		switch c := s[p]; {
		case c == ' ' || c == '\t' || c == '\v' || c == '\f':
			p++
		case c < 0x80 || c >= 0xE4 && c <= 0xE9: // other ASCII, CJK ideographs
			return p
		default:
			r, n := utf8.DecodeRuneInString(s[p:])
			if !unicode.IsSpace(r) {
				return p
			}
			p += n
		}
	}
	return p
}

// trimText returns s without surrounding white space, the ideographic
// space U+3000 included, without work when there is none.
func trimText(s string) string {
	n := len(s)
	if n == 0 {
		return s
	}
	if c, d := s[0], s[n-1]; (c > ' ' && c < 0x80 || c >= 0xE4 && c <= 0xE9) &&
		(d > ' ' && d < 0x80 || d&0xC0 == 0x80 && n >= 3 && s[n-2]&0xC0 == 0x80 && s[n-3] >= 0xE4 && s[n-3] <= 0xE9) {
		return s // ASCII or CJK at both ends
	}
	return strings.TrimSpace(s)
}
