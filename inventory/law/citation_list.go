package law

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/numeral"
)

// ParseCitations parses a cell that lists several citations: one per line,
// or separated by ；, each possibly led by a bullet (•, ●, -, 1., (1), 一、).
// A line that names a new law after a conjunction
// (《刑事訴訟法》第245條、《檔案法》第18條) holds two citations.
// ParseCitations returns every citation that parses, in order, and, if any
// does not, an error joining a *[ParseError] for each; blank lines are
// skipped.
func ParseCitations(s string) ([]Citation, error) {
	var (
		out  []Citation
		errs []error
	)
	for _, piece := range SplitCitations(s) {
		p := parser{s: piece}
		for p.i < len(p.s) {
			p.conj()
			p.c = Citation{}
			if err := p.citation(true); err != nil {
				errs = append(errs, err)
				break
			}
			out = append(out, p.c)
		}
	}
	return out, joinErrors(errs)
}

// joinErrors returns nil, the one error, or errors.Join of several.
func joinErrors(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return errors.Join(errs...)
}

// SplitCitations splits a cell that lists citations into its pieces, as
// [ParseCitations] splits it: one a line or between ；, each without its
// bullet (•, -, 1., (1), 一、) and blanks; a piece may hold several
// citations joined by conjunctions. Blank pieces are left out.
func SplitCitations(cell string) []string {
	return AppendSplitCitations(nil, cell)
}

// AppendSplitCitations appends the pieces of a cell, as [SplitCitations]
// gives them, to out: an importer fills one array for many cells.
func AppendSplitCitations(out []string, s string) []string {
	for s != "" {
		var piece string
		piece, s = nextLine(s)
		piece = trimBlanks(stripBullet(trimBlanks(piece)))
		if piece != "" {
			out = append(out, piece)
		}
	}
	return out
}

// nextLine returns the text of s up to its first line break or ；(or ;)
// and the text after it.
func nextLine(s string) (line, rest string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\n' || c == '\r' || c == ';':
			return s[:i], s[i+1:]
		case c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] == 0x9B: // ；
			return s[:i], s[i+3:]
		}
	}
	return s, ""
}

// trimBlanks returns s without surrounding white space, the ideographic
// space U+3000 included, without work when there is none.
func trimBlanks(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c > ' ' && c < 0x80 || c >= 0xE4 && c <= 0xE9 { // not a blank, nor a BOM: ASCII or CJK
		n := len(s)
		// The last rune is ASCII and no blank, or three bytes of CJK.
		if d := s[n-1]; d > ' ' && d < 0x80 || n >= 3 && s[n-3] >= 0xE4 && s[n-3] <= 0xE9 && s[n-2]&0xC0 == 0x80 && d&0xC0 == 0x80 {
			return s
		}
		if r, _ := utf8.DecodeLastRuneInString(s); r > ' ' && !unicode.IsSpace(r) && r != '\ufeff' {
			return s
		}
	}
	return strings.TrimSpace(s)
}

// stripBullet removes a leading list marker: a bullet sign, or a number
// followed by . 、 ) or bracketed. A sign doubled is no bullet: ○○法 is a
// law whose name is withheld (issue 12), not 法 after a bullet.
func stripBullet(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '•', '●', '○', '◦', '・', '·', '▪', '■', '□', '◆', '※', '-', '*', '–', '—':
		if next, _ := utf8.DecodeRuneInString(s[n:]); next == r {
			return s
		}
		return s[n:]
	case '(', '（':
		close := "）"
		if r == '(' {
			close = ")"
		}
		t := s[n:]
		if k := numeral.Span(t); k > 0 && strings.HasPrefix(t[k:], close) {
			return t[k+len(close):]
		}
		return s
	}
	if numeral.KindOf(r) == numeral.None {
		return s // the common case: no marker
	}
	if k := numeral.Span(s); k > 0 {
		for _, sep := range [...]string{".", "、", ")", "）", "．"} {
			if strings.HasPrefix(s[k:], sep) {
				return s[k+len(sep):]
			}
		}
	}
	return s
}
