package inventory

import (
	"errors"
	"strings"
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
	for _, piece := range splitCitations(s) {
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

// splitCitations splits a cell into pieces, one citation (or several joined
// by conjunctions) each, with bullets and blanks removed.
func splitCitations(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexAny(s, "\n\r；;")
		piece := s
		if i >= 0 {
			piece, s = s[:i], s[i:]
			_, n := utf8.DecodeRuneInString(s)
			s = s[n:]
		} else {
			s = ""
		}
		piece = strings.TrimSpace(stripBullet(strings.TrimSpace(piece)))
		piece = strings.Trim(piece, "\u3000 \t")
		if piece != "" {
			out = append(out, piece)
		}
	}
	return out
}

// stripBullet removes a leading list marker: a bullet sign, or a number
// followed by . 、 ) or bracketed.
func stripBullet(s string) string {
	for _, b := range [...]string{"•", "●", "○", "◦", "・", "·", "▪", "■", "□", "◆", "※", "-", "*", "–", "—"} {
		if strings.HasPrefix(s, b) {
			return s[len(b):]
		}
	}
	for _, br := range [...][2]string{{"(", ")"}, {"（", "）"}} {
		if strings.HasPrefix(s, br[0]) {
			t := s[len(br[0]):]
			if n := numeral.Span(t); n > 0 && strings.HasPrefix(t[n:], br[1]) {
				return t[n+len(br[1]):]
			}
		}
	}
	if n := numeral.Span(s); n > 0 {
		for _, sep := range [...]string{".", "、", ")", "）", "．"} {
			if strings.HasPrefix(s[n:], sep) {
				return s[n+len(sep):]
			}
		}
	}
	return s
}
