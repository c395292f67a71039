package inventory

import (
	"errors"
	"strings"

	"github.com/ogdtw/governance/internal/errtype"
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
	Text      string          `json:"text,omitzero"`
	Citations []law.Citation  `json:"citations,omitzero"`
	Err       *law.ParseError `json:"err,omitzero"`
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
	if g.Blank() { // blank, or a word for none
		return
	}
	cs, err := law.ParseCitations(g.Text)
	g.Citations = cs
	if err != nil {
		g.Err = lawError(g.Text, err)
	}
}

// lawError returns the first *law.ParseError in err, the error of text;
// when there is none, a *law.ParseError of ParseCitations holding err's
// sentinel, else law.ErrSyntax, as [errtype.Wrap] makes it.
func lawError(text string, err error) *law.ParseError {
	if pe, ok := errors.AsType[*law.ParseError](err); ok {
		return pe
	}
	return wrapAs((*law.ParseError)(nil), "ParseCitations", text, err, law.ErrSyntax)
}

// wrapAs returns [errtype.Wrap] of the package of the parse error e,
// which only names its type: law's package type is not exported, so it
// is inferred from (*law.ParseError)(nil).
func wrapAs[P errtype.Package](_ *errtype.ParseError[P], fn, input string, err, fallback error) *errtype.ParseError[P] {
	return errtype.Wrap[P](fn, input, err, fallback)
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
	for _, piece := range law.SplitCitations(cell) {
		out = append(out, NewGround(piece))
	}
	return out
}

// Blank reports whether the ground states none: its text is blank or a
// word that says there is no ground (「無」, 無, N/A, NA, 不適用, -, －, —,
// 免, in half- or full-width forms, see [NoneWord]). The class rules apply
// to such a ground as to a blank cell, and no citation is read from it.
func (g Ground) Blank() bool { return blank(g.Text) || NoneWord(g.Text) }

// NoneWord reports whether s, blanks, quotes (「」『』"") and a final 。
// aside, is a word people write in a cell to say "none": 無, N/A, NA,
// 不適用, -, －, —, 免 and their full-width forms (ＮＡ, Ｎ／Ａ), in any
// letter case. In 法令依據 it means no ground; in 利用條件, no
// conditions. A blank s is not a word: see [Ground.Blank].
func NoneWord(s string) bool {
	s = strings.TrimSpace(s)
	for {
		t := strings.TrimSuffix(strings.TrimSuffix(s, "。"), ".")
		for _, q := range [][2]string{{"「", "」"}, {"『", "』"}, {"\"", "\""}, {"“", "”"}, {"（", "）"}, {"(", ")"}} {
			if strings.HasPrefix(t, q[0]) && strings.HasSuffix(t, q[1]) && len(t) >= len(q[0])+len(q[1]) {
				t = t[len(q[0]) : len(t)-len(q[1])]
			}
		}
		t = strings.TrimSpace(t)
		if t == s {
			break
		}
		s = t
	}
	if s == "" || len(s) > 16 {
		return false
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
			r -= 0xFEE0
		case r == '—' || r == '–' || r == '―' || r == '‐' || r == '－':
			r = '-'
		}
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	switch b.String() {
	case "無", "n/a", "na", "不適用", "-", "--", "免", "none":
		return true
	}
	return false
}

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
