package actions

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/rocdate"
)

// Kind is the kind of an official document (公文), as its number is
// followed by it: 函, 令, 書函, 公告.
type Kind uint8

// The kinds of official document letters cite.
const (
	// NoKind is the zero Kind: the text does not say.
	NoKind Kind = iota
	// Han is 函, the ordinary official letter between agencies.
	Han
	// Ling is 令, an order, used to promulgate rules such as 要點.
	Ling
	// ShuHan is 書函, the informal letter for consultations and notices.
	ShuHan
	// GongGao is 公告, a public announcement.
	GongGao
)

var kindNames = [...]string{"", "函", "令", "書函", "公告"}

// String returns the Chinese name of k: 函, 令, 書函 or 公告; NoKind
// gives "".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + string(appendInt(nil, int(k))) + ")"
}

// MarshalText returns the Chinese name, as String does.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) {
		return nil, rangeError("kind", k.String(), "unknown kind")
	}
	return []byte(k.String()), nil
}

// UnmarshalText parses a Chinese name with [ParseKind].
func (k *Kind) UnmarshalText(text []byte) error {
	v, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// ParseKind parses 函, 令, 書函 or 公告, spaces around allowed; empty
// text is NoKind.
func ParseKind(s string) (Kind, error) {
	t := strings.TrimSpace(s)
	for k, name := range kindNames {
		if t == name {
			return Kind(k), nil
		}
	}
	return NoKind, syntaxError("kind", s, "not 函, 令, 書函 or 公告")
}

// kindPrefix returns the kind at the start of s and its length.
func kindPrefix(s string) (Kind, int) {
	for _, k := range [...]Kind{ShuHan, Han, Ling, GongGao} {
		if strings.HasPrefix(s, kindNames[k]) {
			return k, len(kindNames[k])
		}
	}
	return NoKind, 0
}

// Letter is an official document cited by a progress report: its date,
// number and kind, as in 110年12月22日以法資字第11011514270號函.
//
// Letter is a comparable value. The date and kind may be unknown (zero),
// as in a gazette's 發文字號 工程企字第1080100623號 令; the number may not.
// The zero Letter is no letter; [Letter.IsZero] reports true.
type Letter struct {
	date   rocdate.Date
	number DocNumber
	kind   Kind
}

// NewLetter returns the letter of the given date (zero if unknown),
// number and kind. It fails with ErrSyntax for a zero number and with
// ErrLetterYear when [Letter.CheckYear] fails.
func NewLetter(date rocdate.Date, number DocNumber, kind Kind) (Letter, error) {
	l := Letter{date: date, number: number, kind: kind}
	if number.IsZero() {
		return Letter{}, syntaxError("letter", l.String(), "no document number")
	}
	if int(kind) >= len(kindNames) {
		return Letter{}, rangeError("letter", l.String(), "unknown kind")
	}
	if err := l.CheckYear(); err != nil {
		return Letter{}, err
	}
	return l, nil
}

// Date returns the letter's date, zero when unknown.
func (l Letter) Date() rocdate.Date { return l.date }

// Number returns the letter's document number.
func (l Letter) Number() DocNumber { return l.number }

// Kind returns the letter's kind, NoKind when unknown.
func (l Letter) Kind() Kind { return l.kind }

// IsZero reports whether l is the zero Letter.
func (l Letter) IsZero() bool { return l == Letter{} }

// String returns the canonical form, 110年12月22日以法資字第11011514270號函;
// without a date it is the number and kind, 工程企字第1080100623號令.
func (l Letter) String() string {
	var b []byte
	if !l.date.IsZero() {
		b = l.date.AppendFormat(b, rocdate.Standard)
		b = append(b, "以"...)
	}
	b = l.number.AppendText(b)
	return string(append(b, l.kind.String()...))
}

// MarshalText returns the canonical form, as String does.
func (l Letter) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText parses text with [ParseLetter]; empty text gives the
// zero Letter.
func (l *Letter) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*l = Letter{}
		return nil
	}
	v, err := ParseLetter(string(text))
	if err != nil {
		return err
	}
	*l = v
	return nil
}

// YearError reports a letter whose number's year is neither the year of
// its date nor the one before (numbers lag dates by a year at most, in
// the first days of a year). It wraps [ErrLetterYear].
type YearError struct {
	Letter Letter
}

// Error returns the message: the letter and both years.
func (e *YearError) Error() string {
	return "actions: letter " + strconv.Quote(e.Letter.String()) + ": number of year " +
		string(appendInt(nil, e.Letter.number.Year())) + " dated in year " +
		string(appendInt(nil, e.Letter.date.Year()))
}

// Unwrap returns [ErrLetterYear].
func (e *YearError) Unwrap() error { return ErrLetterYear }

// CheckYear checks that the year of l's number is the year of its date or
// the one before, and returns a [*YearError] if not. It returns nil when
// the date or the number's year is unknown.
func (l Letter) CheckYear() error {
	y, ny := l.date.Year(), l.number.Year()
	if l.date.IsZero() || ny == 0 || ny == y || ny == y-1 {
		return nil
	}
	return &YearError{Letter: l}
}

// ParseLetter parses a letter as progress reports cite it:
// 110年12月22日以法資字第11011514270號函, spaces allowed; the date (any
// form [rocdate.Parse] reads) with 以 and the kind are optional, so
// 工程企字第1080100623號 令 parses too. A letter whose number's year does
// not fit its date is rejected with a [*YearError].
func ParseLetter(s string) (Letter, error) {
	const typ = "letter"
	t := strings.TrimSpace(s)
	var l Letter
	if i := strings.Index(t, "以"); i >= 0 {
		d, err := rocdate.Parse(t[:i])
		if err != nil {
			return Letter{}, &ParseError{What: typ, Input: s, Reason: "bad date before 以", Err: ErrSyntax}
		}
		l.date = d
		t = t[i+len("以"):]
	}
	end := strings.LastIndex(t, "號")
	if end < 0 {
		return Letter{}, syntaxError(typ, s, "missing 號")
	}
	num, err := ParseDocNumber(t[:end+len("號")])
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) {
			return Letter{}, &ParseError{What: typ, Input: s, Reason: pe.Reason, Err: pe.Err}
		}
		return Letter{}, err
	}
	l.number = num
	rest := strings.TrimSpace(t[end+len("號"):])
	k, n := kindPrefix(rest)
	if n != len(rest) {
		return Letter{}, syntaxError(typ, s, "not 函, 令, 書函 or 公告 after 號")
	}
	l.kind = k
	if err := l.CheckYear(); err != nil {
		return Letter{}, err
	}
	return l, nil
}

// FindLetters returns the letters cited in free text, in order: every
// document number (…字第…號), with the date before it when the text says
// 「<date>以」 and the kind after it when one follows. So
// 本處已於110年12月22日以法資字第11011514270號函，請本部各單位… cites one letter
// of 110年12月22日. Numbers that do not parse, and letters whose number's
// year does not fit their date, are skipped.
func FindLetters(text string) []Letter {
	out, _ := findLetters(text)
	return out
}

// findLetters is FindLetters, also returning a *YearError for each letter
// skipped because its number's year does not fit its date.
func findLetters(text string) (out []Letter, skipped []error) {
	for off := 0; ; {
		i := strings.Index(text[off:], "字第")
		if i < 0 {
			return out, skipped
		}
		i += off
		off = i + len("字第")
		end := strings.Index(text[off:], "號")
		if end < 0 {
			return out, skipped
		}
		end += off + len("號")
		if !onlyDigitsSpace(text[off : end-len("號")]) {
			continue
		}
		start := codeStart(text, i)
		num, err := ParseDocNumber(text[start:end])
		if err != nil {
			continue
		}
		l := Letter{number: num}
		if head, ok := strings.CutSuffix(strings.TrimRightFunc(text[:start], unicode.IsSpace), "以"); ok {
			l.date = dateBefore(head)
		}
		l.kind, _ = kindPrefix(strings.TrimLeftFunc(text[end:], unicode.IsSpace))
		if err := l.CheckYear(); err != nil {
			skipped = append(skipped, err)
			continue
		}
		out = append(out, l)
		off = end
	}
}

func onlyDigitsSpace(s string) bool {
	if strings.TrimSpace(s) == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsSpace(r) && !(r >= '0' && r <= '9') && !(r >= '０' && r <= '９') {
			return false
		}
	}
	return true
}

// maxCodeRunes bounds how far back FindLetters looks for an issuer code.
const maxCodeRunes = 12

// codeStart returns where the issuer code ending at i starts: letters and
// bracketed groups, back to a stop word or punctuation, with a bracketed
// year before it.
func codeStart(text string, i int) int {
	start := i
	for n := 0; n < maxCodeRunes && start > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if r == ')' || r == '）' {
			open := strings.LastIndexAny(text[:start-size], "(（")
			if open < 0 {
				break
			}
			start = open
			continue
		}
		if !unicode.IsLetter(r) || strings.ContainsRune("以於及與並和暨即已依據奉准復函令號日月年", r) {
			break
		}
		start -= size
	}
	return start
}

// dateBefore returns the date that ends text, or the zero Date.
func dateBefore(text string) rocdate.Date {
	start := len(text)
	for n := 0; n < 24 && start > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || unicode.IsSpace(r) ||
			strings.ContainsRune("年月日.／/-民國中華前", r) || isChineseNumeral(r)) {
			break
		}
		start -= size
	}
	for start < len(text) {
		if d, err := rocdate.Parse(text[start:]); err == nil {
			return d
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		start += size
	}
	return rocdate.Date{}
}

func isChineseNumeral(r rune) bool {
	return strings.ContainsRune("〇零一二三四五六七八九十百廿卅元", r)
}

// MustLetter is like [ParseLetter] but panics on error. It is intended
// for use in tests and examples with hard-coded letters.
func MustLetter(s string) Letter {
	l, err := ParseLetter(s)
	if err != nil {
		panic(err)
	}
	return l
}
