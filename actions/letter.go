package actions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// Kind is the kind of an official document (公文), as its number is
// followed by it: 函, 令, 書函, 公告.
type Kind uint8

// The kinds of official document letters cite.
const (
	// NoKind is the zero Kind: not given, the text does not say.
	NoKind Kind = iota
	// OfficialLetter is 函 (letter), the ordinary official letter between
	// agencies.
	OfficialLetter
	// Order is 令 (order), used to promulgate rules such as 要點.
	Order
	// InformalLetter is 書函 (informal-letter), the informal letter for
	// consultations and notices.
	InformalLetter
	// Announcement is 公告 (announcement), a public announcement.
	Announcement
)

var kindEnum = enum{"Kind",
	[]string{"", "函", "令", "書函", "公告"},
	[]string{"", "letter", "order", "informal-letter", "announcement"}}

// String returns the Chinese name of k: 函, 令, 書函 or 公告; NoKind
// gives "", an invalid value Kind(N).
func (k Kind) String() string { return kindEnum.str(int(k)) }

// IsValid reports whether k is NoKind or a defined kind.
func (k Kind) IsValid() bool { return kindEnum.valid(int(k)) }

// AppendText appends String to b; it fails with [ErrRange] for an
// invalid value.
func (k Kind) AppendText(b []byte) ([]byte, error) { return kindEnum.appendText(b, int(k)) }

// MarshalText returns String; it fails with [ErrRange] for an invalid
// value.
func (k Kind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText reads text with [ParseKind].
func (k *Kind) UnmarshalText(text []byte) error { return unmarshal(k, text, ParseKind) }

// ParseKind reads 函, 令, 書函 or 公告, spaces anywhere, or the English
// ids letter, order, informal-letter and announcement; empty text is
// NoKind.
func ParseKind(s string) (Kind, error) {
	if v, ok := kindEnum.parse(s); ok {
		return Kind(v), nil
	}
	return NoKind, kindEnum.parseError(s)
}

// kindPrefix returns the kind at the start of s and its length.
func kindPrefix(s string) (Kind, int) {
	for _, k := range [...]Kind{InformalLetter, OfficialLetter, Order, Announcement} {
		if strings.HasPrefix(s, kindEnum.names[k]) {
			return k, len(kindEnum.names[k])
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
// number and kind. It fails with a [*ParseError] wrapping ErrSyntax for a
// zero number and ErrRange for an invalid kind. A number whose year does
// not fit the date is accepted: [Letter.CheckYear] reports it.
func NewLetter(date rocdate.Date, number DocNumber, kind Kind) (Letter, error) {
	const fn = "NewLetter"
	l := Letter{date: date, number: number, kind: kind}
	if number.IsZero() {
		return Letter{}, syntaxError(fn, l.String(), "no document number")
	}
	if !kind.IsValid() {
		return Letter{}, rangeError(fn, l.String(), "unknown kind")
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
func (l Letter) String() string { return string(l.appendText(nil)) }

func (l Letter) appendText(b []byte) []byte {
	if !l.date.IsZero() {
		b = l.date.AppendFormat(b, rocdate.Standard)
		b = append(b, "以"...)
	}
	b = l.number.appendText(b)
	return append(b, l.kind.String()...)
}

// AppendText appends the canonical form, as String gives it, to b. It
// fails with [ErrRange] for a letter of an invalid kind.
func (l Letter) AppendText(b []byte) ([]byte, error) {
	if !l.kind.IsValid() {
		return b, rangeError("Letter.AppendText", l.String(), "unknown kind")
	}
	return l.appendText(b), nil
}

// MarshalText returns the canonical form, as String does.
func (l Letter) MarshalText() ([]byte, error) { return l.AppendText(nil) }

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

// CheckYear checks that the year of l's number is the year of its date or
// the one before (numbers lag dates by a year at most, in the first days
// of a year). It returns a [Finding] with the code actions.letter-year and
// true when it is not, and the zero Finding and false when it is or when
// the date or the number's year is unknown. The parsers accept such a
// letter, as it is written; [Apply] refuses a report citing one, and
// [ImportItems] reports it as a problem of its row (ErrLetterYear).
func (l Letter) CheckYear() (Finding, bool) {
	y, ny := l.date.Year(), l.number.Year()
	if l.date.IsZero() || ny == 0 || ny == y || ny == y-1 {
		return Finding{}, false
	}
	return Finding{
		Severity:   finding.Error,
		Code:       CodeLetterYear,
		Letter:     l,
		NumberYear: ny,
		DateYear:   y,
		Detail: "發文字號" + l.number.String() + "之年度為" + itoa(ny) + "年，與發文日期" +
			l.date.String() + "（" + itoa(y) + "年）不符",
	}, true
}

// yearError is the *ParseError of fn for a letter whose number's year
// does not fit its date, or nil.
func (l Letter) yearError(fn, input string) error {
	f, bad := l.CheckYear()
	if !bad {
		return nil
	}
	return &ParseError{Func: fn, Input: input, Detail: "number of year " + itoa(f.NumberYear) +
		" dated in year " + itoa(f.DateYear), Err: ErrLetterYear}
}

func itoa(n int) string { return string(appendInt(nil, n)) }

// ParseLetter parses a letter as progress reports cite it:
// 110年12月22日以法資字第11011514270號函, spaces allowed; the date (any
// form [rocdate.Parse] reads) with 以 and the kind are optional, so
// 工程企字第1080100623號 令 parses too. A letter whose number's year does
// not fit its date is read as written: [Letter.CheckYear] reports it.
// Every error is a [*ParseError]; a bad date holds rocdate's sentinel and
// detail.
func ParseLetter(s string) (Letter, error) {
	const typ = "ParseLetter"
	t := strings.TrimSpace(s)
	var l Letter
	if i := strings.Index(t, "以"); i >= 0 {
		d, err := rocdate.Parse(t[:i])
		if err != nil {
			return Letter{}, foreign(typ, s, "", err, ErrSyntax)
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
		return Letter{}, foreign(typ, s, "", err, ErrSyntax)
	}
	l.number = num
	rest := strings.TrimSpace(t[end+len("號"):])
	k, n := kindPrefix(rest)
	if n != len(rest) {
		return Letter{}, syntaxError(typ, s, "not 函, 令, 書函 or 公告 after 號")
	}
	l.kind = k
	return l, nil
}

// FindLetters returns the letters cited in free text, in order: every
// document number (…字第…號), with the date before it when the text says
// 「<date>以」 and the kind after it when one follows. So
// 本處已於110年12月22日以法資字第11011514270號函，請本部各單位… cites one letter
// of 110年12月22日. Numbers that do not parse are skipped; a letter
// whose number's year does not fit its date is found, and
// [Letter.CheckYear] reports it.
func FindLetters(text string) []Letter {
	out, bad := findLetters(text)
	if len(bad) == 0 {
		return out
	}
	return findAll(text)
}

// findAll returns every letter of text, good and bad, in order.
func findAll(text string) []Letter {
	var all []Letter
	scanLetters(text, func(l Letter, _ string) { all = append(all, l) })
	return all
}

// findLetters returns the letters of text whose number's year fits their
// date, and a *ParseError (ErrLetterYear) for each of the others.
func findLetters(text string) (out []Letter, bad []*ParseError) {
	scanLetters(text, func(l Letter, cited string) {
		if err := l.yearError("ParseLetter", cited); err != nil {
			bad = append(bad, err.(*ParseError))
			return
		}
		out = append(out, l)
	})
	return out, bad
}

// scanLetters calls f with every letter cited in text, in order, and the
// text of its number.
func scanLetters(text string, f func(l Letter, cited string)) {
	for off := 0; ; {
		i := strings.Index(text[off:], "字第")
		if i < 0 {
			return
		}
		i += off
		off = i + len("字第")
		end := strings.Index(text[off:], "號")
		if end < 0 {
			return
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
		f(l, strings.TrimSpace(text[start:end]))
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
