package inventory

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/numeral"
	"github.com/ogdtw/governance/inventory/law"
)

// A Ground is one legal ground of a record (法令依據), as written and as
// read: its text, one line of the cell with its bullet and blanks removed,
// and the citations it holds, parsed once when the ground is made
// ([NewGround], [ParseGrounds], [ImportRecords]). No rule parses a ground
// again: every check reads Citations.
//
// Err is nil when the whole text parsed; otherwise it says why, and
// Citations holds what parsed before the fault. The zero Ground is a
// blank ground. A Ground round-trips through JSON as
// {"Text":…,"Citations":[…],"Err":{…}}.
type Ground struct {
	Text      string
	Citations []law.Citation
	Err       *law.ParseError
}

// NewGround parses text as one ground with law.ParseCitations and returns
// it with its citations. A blank text gives a blank ground.
func NewGround(text string) Ground {
	g := Ground{Text: text}
	g.parse()
	return g
}

// parse fills in the citations of g.Text.
func (g *Ground) parse() {
	if g.Blank() {
		return
	}
	cs, err := law.ParseCitations(g.Text)
	g.Citations = cs
	if err != nil {
		g.Err = lawError(err)
	}
}

// lawError returns the first *law.ParseError in err, or one wrapping
// law.ErrSyntax that quotes err when there is none.
func lawError(err error) *law.ParseError {
	var pe *law.ParseError
	if errors.As(err, &pe) {
		return pe
	}
	return &law.ParseError{Func: "ParseCitations", Detail: err.Error(), Err: law.ErrSyntax}
}

// ParseGrounds splits a 法令依據 cell into grounds, one a line (or a
// piece between ；), each led by a bullet or not (•, -, 1., (1), 一、), and
// parses each. Blank pieces are dropped; nil for a blank cell.
func ParseGrounds(cell string) []Ground {
	return appendGrounds(nil, cell)
}

// NewGrounds returns a ground for each text, each parsed as [NewGround]
// parses it; nil for none.
func NewGrounds(texts ...string) []Ground {
	if len(texts) == 0 {
		return nil
	}
	out := make([]Ground, len(texts))
	for i, t := range texts {
		out[i] = NewGround(t)
	}
	return out
}

// appendGrounds appends the grounds of cell to out.
func appendGrounds(out []Ground, cell string) []Ground {
	for _, piece := range appendPieces(nil, cell) {
		out = append(out, NewGround(piece))
	}
	return out
}

// Blank reports whether the ground's text is blank.
func (g Ground) Blank() bool { return blank(g.Text) }

// String returns the ground's text.
func (g Ground) String() string { return g.Text }

// key returns the ground in canonical form where it parses, each citation
// apart, as written where it does not.
func (g Ground) appendKeys(out []string) []string {
	if g.Err != nil {
		return append(out, strings.TrimSpace(g.Text))
	}
	for _, c := range g.Citations {
		out = append(out, c.String())
	}
	return out
}

// texts returns the texts of gs.
func texts(gs []Ground) []string {
	out := make([]string, len(gs))
	for i, g := range gs {
		out[i] = g.Text
	}
	return out
}

// appendPieces appends to out the pieces of a cell that lists citations:
// one a line or between ；, with bullets and blanks removed. It splits as
// law.ParseCitations splits a cell; law keeps its splitter unexported, so
// this is a copy of it.
func appendPieces(out []string, s string) []string {
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
		if d := s[n-1]; d > ' ' && d < 0x80 || n >= 3 && s[n-3] >= 0xE4 && s[n-3] <= 0xE9 {
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
// law whose name is withheld, not 法 after a bullet.
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
