package actions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/rocdate"
)

// LetterKind is the kind of an official document (公文), as its number is
// followed by it: 函, 令, 書函, 公告, 函釋, 開會通知單.
type LetterKind uint8

// The kinds of official document letters cite.
const (
	// NoLetterKind is the zero LetterKind: not given, the text does not say.
	NoLetterKind LetterKind = iota
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
	// Interpretation is 函釋 (interpretation), a letter interpreting a
	// law, as ministries answer questions about the laws they administer.
	Interpretation
	// MeetingNotice is 開會通知單 (meeting-notice), the notice calling a
	// meeting.
	MeetingNotice
)

var kindEnum = enum{"LetterKind",
	[]string{"", "函", "令", "書函", "公告", "函釋", "開會通知單"},
	[]string{"", "letter", "order", "informal-letter", "announcement", "interpretation", "meeting-notice"}}

// String returns the Chinese name of k: 函, 令, 書函, 公告, 函釋 or
// 開會通知單; NoLetterKind gives "", an invalid value LetterKind(N).
func (k LetterKind) String() string { return kindEnum.str(int(k)) }

// IsValid reports whether k is NoLetterKind or a defined kind.
func (k LetterKind) IsValid() bool { return kindEnum.valid(int(k)) }

// AppendText appends String to b; it fails with [ErrRange] for an
// invalid value.
func (k LetterKind) AppendText(b []byte) ([]byte, error) { return kindEnum.appendText(b, int(k)) }

// MarshalText returns String; it fails with [ErrRange] for an invalid
// value.
func (k LetterKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText reads text with [ParseLetterKind].
func (k *LetterKind) UnmarshalText(text []byte) error { return unmarshal(k, text, ParseLetterKind) }

// ParseLetterKind reads 函, 令, 書函, 公告, 函釋 or 開會通知單, spaces anywhere,
// or the English ids letter, order, informal-letter, announcement,
// interpretation and meeting-notice; empty text is NoLetterKind.
func ParseLetterKind(s string) (LetterKind, error) {
	if v, ok := kindEnum.parse(s); ok {
		return LetterKind(v), nil
	}
	return NoLetterKind, kindEnum.parseError(s)
}

// kindPrefix returns the kind at the start of s and its length.
func kindPrefix(s string) (LetterKind, int) {
	for _, k := range [...]LetterKind{MeetingNotice, InformalLetter, Interpretation, OfficialLetter, Order, Announcement} {
		if strings.HasPrefix(s, kindEnum.names[k]) {
			return k, len(kindEnum.names[k])
		}
	}
	return NoLetterKind, 0
}

// Letter is an official document cited by a progress report: its date,
// the authority that sent it when the text names one, its number and
// kind, as in 110年12月22日以法資字第11011514270號函 or
// 105年3月2日總統華總一義字第10500012340號令.
//
// Letter is a comparable value. The date, authority and kind may be
// unknown (zero), as in a gazette's 發文字號 工程企字第1080100623號 令; the
// number may not. The zero Letter is no letter; [Letter.IsZero] reports
// true.
type Letter struct {
	date      rocdate.Date
	authority string
	number    DocNumber
	kind      LetterKind
}

// NewLetter returns the letter of the given date (zero if unknown),
// number and kind. It fails with a [*ParseError] wrapping ErrSyntax for a
// zero number and ErrRange for an invalid kind. A number whose year does
// not fit the date is accepted: [Letter.Check] reports it.
func NewLetter(date rocdate.Date, number DocNumber, kind LetterKind) (Letter, error) {
	const fn = "NewLetter"
	l := Letter{date: date, number: number, kind: kind}
	if number.IsZero() {
		return Letter{}, syntaxError(fn, l.String(), "actions.syntax.no-number")
	}
	if !kind.IsValid() {
		return Letter{}, rangeError(fn, l.String(), "actions.syntax.kind")
	}
	return l, nil
}

// Date returns the letter's date, zero when unknown.
func (l Letter) Date() rocdate.Date { return l.date }

// Number returns the letter's document number.
func (l Letter) Number() DocNumber { return l.number }

// Kind returns the letter's kind, NoLetterKind when unknown.
func (l Letter) Kind() LetterKind { return l.kind }

// Authority returns the authority named before the number, 總統 in
// 總統華總一義字第…號令 or 本部 in 依本部法資字第…號函, "" when the text
// names none. [NewLetter] makes letters without one.
func (l Letter) Authority() string { return l.authority }

// IsZero reports whether l is the zero Letter.
func (l Letter) IsZero() bool { return l == Letter{} }

// String returns the canonical form, 110年12月22日以法資字第11011514270號函,
// with the authority before the number when there is one
// (105年3月2日以總統華總一義字第10500012340號令); without a date it is the
// number and kind, 工程企字第1080100623號令.
func (l Letter) String() string { return string(l.appendText(nil)) }

func (l Letter) appendText(b []byte) []byte {
	if !l.date.IsZero() {
		b = l.date.AppendFormat(b, rocdate.Standard)
		b = append(b, "以"...)
	}
	b = append(b, l.authority...)
	b = l.number.appendText(b)
	return append(b, l.kind.String()...)
}

// AppendText appends the canonical form, as String gives it, to b. It
// fails with [ErrRange] for a letter of an invalid kind.
func (l Letter) AppendText(b []byte) ([]byte, error) {
	const fn = "Letter.AppendText"
	if !l.kind.IsValid() {
		return b, rangeError(fn, l.String(), "actions.syntax.kind")
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

// checkYear checks that the year of l's number is the year of its date
// or the one before (numbers lag dates by a year at most, in the first
// days of a year). It returns a [Finding] with the code
// actions.letter-year and true when it is not, and the zero Finding and
// false when it is or when the date or the number's year is unknown
// ([Letter.Check] tells these two apart, with a verdict). The parsers
// accept such a letter, as it is written; [Apply] refuses a report citing
// one, and [ImportItems] reports it as a problem of its row
// (ErrLetterYear).
func (l Letter) checkYear() (Finding, bool) {
	y, ny := l.date.Year(), l.number.Year()
	if l.date.IsZero() || ny == 0 || ny == y || ny == y-1 {
		return Finding{}, false
	}
	f := Finding{
		Severity:   finding.Error,
		Code:       CodeLetterYear,
		Letter:     l,
		NumberYear: ny,
		DateYear:   y,
	}
	f.Detail = f.detail(finding.Chinese)
	return f, true
}

// yearError is the *ParseError of fn for a letter whose number's year
// does not fit its date, or nil.
func (l Letter) yearError(fn, input string) error {
	f, bad := l.checkYear()
	if !bad {
		return nil
	}
	return errtype.New[pkg](fn, input, ErrLetterYear, "actions.letter-year.years", f.NumberYear, f.DateYear)
}

func itoa(n int) string { return string(appendInt(nil, n)) }

// MaxLetterLen is the longest text, in bytes, [ParseLetter] reads; longer
// text fails with [ErrTooLarge]. A cited letter, date and authority
// included, is under 200 bytes.
const MaxLetterLen = 512

// ParseLetter parses a letter as officials cite it:
//
//   - 110年12月22日以法資字第11011514270號函, the form of the deck;
//   - 105年3月2日法檢字第10504512340號函, the date followed directly by
//     the number, without 以 (the usual form);
//   - 中華民國九十六年三月八日…, 2019年3月4日以…: any date [rocdate.Parse]
//     reads, Chinese numerals and Gregorian years included, with a day
//     of the week after it or not;
//   - 總統華總一義字第10500012340號令, 行政院院臺法字第…號函: an authority
//     before the code ([Letter.Authority]);
//   - 工程企字第1080100623號 令: without a date;
//   - ending in 函, 令, 書函, 公告, 函釋 or 開會通知單, or in no kind.
//
// Spaces and line breaks are allowed anywhere; the number takes every
// form [ParseDocNumber] reads. The authority is told from the code by
// where agency names end (部, 院, 署, 委員會, 局, 處, 中心, 銀行, 總統, …):
// the code is what follows the last such ending that leaves it two
// letters or more and leaves before it a name of agencies, so
// 行政院衛生署衛署食 is 行政院衛生署 and 衛署食, and a code standing alone
// (院臺秘, 衛署食, 營署中建, 院台廳刑一, 台立院議) has no authority: codes
// hold the endings of the agencies they abbreviate. A letter whose
// number's year does not fit its date is read as written:
// [Letter.Check] reports it. Every error is a [*ParseError]; a bad date
// holds rocdate's sentinel and detail; text over [MaxLetterLen] bytes is
// ErrTooLarge. ParseLetter allocates nothing on the ASCII-digit forms
// without spaces.
func ParseLetter(s string) (Letter, error) {
	const fn = "ParseLetter"
	if len(s) > MaxLetterLen {
		return Letter{}, tooLarge(fn, s, "actions.too-large.bytes", MaxLetterLen)
	}
	t := stripSpace(s)
	if t == "" {
		return Letter{}, syntaxError(fn, s, "actions.syntax.empty-letter")
	}
	var l Letter
	body := t
	l.kind, body = kindSuffix(t)
	if !strings.HasSuffix(body, "號") {
		if strings.Contains(body, "號") {
			return Letter{}, syntaxError(fn, s, "actions.syntax.kind-after")
		}
		return Letter{}, syntaxError(fn, s, "actions.syntax.hao")
	}
	i := strings.LastIndex(body, "字第")
	if i < 0 {
		return Letter{}, syntaxError(fn, s, "actions.syntax.zi-di")
	}
	serial := body[i+len("字第") : len(body)-len("號")]
	head := body[:i]
	if j := strings.Index(head, "以"); j >= 0 {
		d, err := rocdate.Parse(head[:j])
		if err != nil {
			return Letter{}, errtype.Wrap[pkg](fn, s, err, ErrSyntax)
		}
		l.date, head = d, head[j+len("以"):]
	} else if j := dateEnd(head); j > 0 {
		d, err := rocdate.Parse(head[:j])
		if err != nil {
			return Letter{}, errtype.Wrap[pkg](fn, s, err, ErrSyntax)
		}
		l.date, head = d, head[j:]
	}
	auth, code := splitAuthority(head)
	num, f := docParts(code, serial)
	if f != nil {
		return Letter{}, errtype.With[pkg](fn, s, f.Err, f.Why)
	}
	l.authority, l.number = auth, num
	return l, nil
}

// kindSuffix returns the kind that ends s, and s without it.
func kindSuffix(s string) (LetterKind, string) {
	for _, k := range [...]LetterKind{MeetingNotice, InformalLetter, Interpretation, OfficialLetter, Order, Announcement} {
		if rest, ok := strings.CutSuffix(s, kindEnum.names[k]); ok {
			return k, rest
		}
	}
	return NoLetterKind, s
}

// dateEnd returns where the date that opens head ends: after its 日 and
// a day of the week in brackets, or 0 when head has no 日.
func dateEnd(head string) int {
	j := strings.Index(head, "日")
	if j < 0 {
		return 0
	}
	end := j + len("日")
	if r := firstRune(head[end:]); r == '（' || r == '(' {
		if k := strings.IndexAny(head[end:], ")）"); k > 0 && k <= 16 {
			_, n := utf8.DecodeRuneInString(head[end+k:])
			if _, err := rocdate.Parse(head[:end+k+n]); err == nil {
				return end + k + n
			}
		}
	}
	return end
}

// agencyEnding reports whether r ends the name of an agency.
func agencyEnding(r rune) bool {
	return strings.ContainsRune("統院部署會局處府館所庫團隊室司廳心行", r)
}

// splitAuthority splits the text before 字第, without spaces, into the
// authority and the code: the code follows the last agency ending that
// leaves it two letters or more (one, after a name of three runes or
// more) and where what goes before is a name of agencies; a name ends at
// 部, 院, 署, 會, 局, 處, …, 中心, 銀行, 總統, after a letter and not
// doubled (行政院院臺法 is 行政院 and 院臺法). Codes hold the endings of
// the agencies they abbreviate, so a name is told from a code
// ([validName]): 營署中建 (內政部營建署), 院台廳刑一 (司法院) and 台立院議
// (立法院) are codes standing alone, and 內政部營建署營署中建 is 內政部營建署
// and 營署中建. It is linear in the length of s.
func splitAuthority(s string) (authority, code string) {
	total := 0
	for _, r := range s {
		if codeRune(r) && !yearNumeral(r) {
			total++
		}
	}
	best2, best1 := -1, -1
	var prev, prev2, first, second rune
	runes, seen, seg := 0, 0, 0
	valid := true // every name closed so far is one
	for i, r := range s {
		if seg >= 2 && agencyEnding(prev) && unicode.IsLetter(prev2) && prev2 != prev &&
			(prev != '心' || prev2 == '中') && (prev != '行' || prev2 == '銀') {
			valid = valid && validName(first, second, seg)
			left := total - seen
			switch {
			case !valid:
			case left >= 2:
				best2 = i
			case left >= 1 && runes >= 3:
				best1 = i
			}
			seg = 0
		}
		if codeRune(r) && !yearNumeral(r) {
			seen++
		}
		switch seg {
		case 0:
			first = r
		case 1:
			second = r
		}
		prev2, prev = prev, r
		seg++
		runes++
	}
	switch {
	case best2 > 0:
		return s[:best2], s[best2:]
	case best1 > 0:
		return s[:best1], s[best1:]
	}
	return "", s
}

// validName reports whether a run of n runes starting with first and
// second and ending as agencies' names end can be the name of an agency
// before a code, rather than part of the code: 總統, or two runes of
// 本, 貴 or 該 and an ending (本部, 貴署); otherwise three runes or more,
// not starting with an ending that codes start with (院台廳, 部授, 署授)
// nor with 台 or 臺 other than a place's (臺灣, 臺北, 臺中, 臺南, 臺東;
// 台立院 is the code of 立法院).
func validName(first, second rune, n int) bool {
	if n == 2 {
		return strings.ContainsRune("本貴該", first) || first == '總' && second == '統'
	}
	if n < 2 || strings.ContainsRune("院部署廳會局處府", first) {
		return false
	}
	return !(first == '台' || first == '臺') || strings.ContainsRune("灣北中南東", second)
}

// FindLetters returns the letters cited in free text, in order: every
// document number (…字第…號, in any form [ParseDocNumber] reads, spaces
// and line breaks inside), with the date before it when the text says
// 「<date>以」 or puts the date directly before the authority or the code
// (中華民國九十六年三月八日總統華總一義字第…號令), the authority when one is
// named, and the kind after it when one follows. So
// 本處已於110年12月22日以法資字第11011514270號函，請本部各單位… cites one letter
// of 110年12月22日. A verb or pronoun before the code is not part of it:
// 檢送法資字第…號, 復貴署…號函 and 依本部法資字第…號函辦理 give the code 法資
// (本部 and 貴署 are authorities), and neither are the words of a sentence
// that open it (另, 爰, 又, 茲, 業, 業經, 前, 前揭, 再, 亦, 嗣, 經 before a name
// or a year, and their kin): 另（84）華總（一）義字第8198號 gives the code
// 華總（一）義 of year 84. Numbers that do not parse are skipped;
// a letter whose number's year does not fit its date is found, and
// [Letter.Check] reports it.
//
// FindLetters is linear in the length of text: it looks back at most
// 48 runes for a code and its authority, and forward at most 96 bytes for
// the 號 that closes a number.
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

// Bounds of FindLetters' look around a 字第.
// FindLetters' doc gives maxCodeRunes and maxSerialBytes: change it with
// them.
const (
	// maxCodeRunes bounds how far back FindLetters looks for an issuer
	// code and the authority before it; the longest real ones,
	// 原住民族委員會原住民族文化發展中心原民發綜, are half as long.
	maxCodeRunes = 48
	// maxSerialBytes bounds how far after 字第 FindLetters looks for the
	// 號 that closes a number, line breaks and indentation included.
	maxSerialBytes = 96
	// maxSpaceBytes bounds the spaces looked across between a number and
	// its date or kind.
	maxSpaceBytes = 64
)

// scanLetters calls f with every letter cited in text, in order, and the
// text of its number.
func scanLetters(text string, f func(l Letter, cited string)) {
	for off := 0; off < len(text); {
		j := strings.Index(text[off:], "第")
		if j < 0 {
			return
		}
		j += off
		off = j + len("第")
		// 字 and 第 may stand apart, a line broken between them.
		z, ok := strings.CutSuffix(trimRightBounded(text[:j]), "字")
		if !ok {
			continue
		}
		i := len(z)
		end := serialEnd(text, off)
		if end < 0 {
			continue
		}
		start := codeStart(text, i)
		if start == i {
			continue
		}
		head := trimSentenceLead(stripSpace(text[start:i]))
		auth, code := splitAuthority(head)
		num, fail := docParts(code, stripSpace(text[off:end-len("號")]))
		if fail != nil {
			continue
		}
		l := Letter{authority: auth, number: num}
		before := trimRightBounded(text[:start])
		if b, ok := strings.CutSuffix(before, "以"); ok {
			l.date = dateBefore(trimRightBounded(b))
		} else if r := lastRune(before); r == '日' || r == '）' || r == ')' {
			l.date = dateBefore(before)
		}
		l.kind, _ = kindPrefix(trimLeftBounded(text[end:]))
		f(l, text[start:end])
		off = end
	}
}

// sentenceLeads are the words of a sentence that may stand before a
// letter's number without a break and are no part of it: 另（84）華總（一）義,
// 爰依, 業經, 前揭, 茲檢送…. 經 is among them only where what follows is
// not a code of 經濟部 (經商, 經授商): see [trimSentenceLead].
var sentenceLeads = []string{"業經", "業已", "前經", "另經", "嗣經", "復經", "並經", "另", "爰", "又", "茲", "業", "前揭", "前開", "前述", "前", "再", "亦", "嗣", "旋", "續", "均", "皆", "經"}

// trimSentenceLead drops the words of sentenceLeads that open head, the
// text before 字第 of a number: any of them followed by more, except 經,
// dropped only where a bracketed year, 本, 貴 or 該, or the name of an
// agency follows it (經行政院院臺法, 經（84）…), and never before 濟
// (經濟部).
func trimSentenceLead(head string) string {
	for {
		cut := false
		for _, w := range sentenceLeads {
			rest, ok := strings.CutPrefix(head, w)
			if !ok || rest == "" {
				continue
			}
			if w == "經" {
				r := firstRune(rest)
				auth, _ := splitAuthority(rest)
				if r == '濟' || !(r == '(' || r == '（' || strings.ContainsRune("本貴該", r) || auth != "") {
					continue
				}
			}
			head, cut = rest, true
			break
		}
		if !cut {
			return head
		}
	}
}

// serialChar reports whether r may stand between 字第 and 號.
func serialChar(r rune) bool {
	return serialAlnum(r) || yearNumeral(r) || isSpace(r) || isDash(r) ||
		strings.ContainsRune("()（）之.壹貳參肆伍陸柒捌玖", r)
}

// serialEnd returns the index after the 號 that closes the number
// starting at off, or -1.
func serialEnd(text string, off int) int {
	for i := off; i < len(text) && i-off <= maxSerialBytes; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '號' {
			if i == off {
				return -1
			}
			return i + n
		}
		if !serialChar(r) {
			return -1
		}
		i += n
	}
	return -1
}

// codeStop holds the runes that end a code looking back: verbs,
// conjunctions and the parts of a date. 令 and 函 are not among them:
// codes hold them (法務部法令字, 台函人字).
const codeStop = "以於及與並暨即已依據奉准復覆號日月年送請"

// codeStart returns where the authority and code ending at i start:
// letters, digits and brackets, back to a stop word, punctuation or
// maxCodeRunes runes; unmatched brackets are left out.
func codeStart(text string, i int) int {
	start := i
	for n := 0; n < maxCodeRunes && start > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		ok := unicode.IsLetter(r) && !strings.ContainsRune(codeStop, r) || isSpace(r) ||
			strings.ContainsRune("()（）", r) || r >= '0' && r <= '9' || r >= '０' && r <= '９'
		if !ok {
			break
		}
		start -= size
	}
	// Leave out brackets closed or opened outside the code.
	depth, from := 0, start
	for j := start; j < i; {
		r, size := utf8.DecodeRuneInString(text[j:])
		j += size
		switch r {
		case '(', '（':
			depth++
		case ')', '）':
			if depth == 0 {
				from = j
			} else {
				depth--
			}
		}
	}
	start = from
	if depth > 0 {
		// An opening bracket never closed before 字第: start after the
		// last one.
		for j := start; j < i; {
			r, size := utf8.DecodeRuneInString(text[j:])
			j += size
			if r == '(' || r == '（' {
				from = j
			}
		}
		start = from
	}
	// Digits right after a separator are the end of a date (110.12.22法資).
	if r := lastRune(text[:start]); r == '.' || r == '/' || r == '-' {
		for start < i && text[start] >= '0' && text[start] <= '9' {
			start++
		}
	}
	for start < i {
		r, size := utf8.DecodeRuneInString(text[start:])
		if !isSpace(r) {
			break
		}
		start += size
	}
	return start
}

// trimRightBounded trims at most maxSpaceBytes of spaces off the end of s.
func trimRightBounded(s string) string {
	for n := 0; n < maxSpaceBytes && s != ""; {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[:len(s)-size]
		n += size
	}
	return s
}

// trimLeftBounded trims at most maxSpaceBytes of spaces off the start of s.
func trimLeftBounded(s string) string {
	for n := 0; n < maxSpaceBytes && s != ""; {
		r, size := utf8.DecodeRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[size:]
		n += size
	}
	return s
}

// maxDateRunes bounds how far back FindLetters looks for a date.
const maxDateRunes = 48

// dateBefore returns the date that ends text, or the zero Date.
func dateBefore(text string) rocdate.Date {
	start := len(text)
	for n := 0; n < maxDateRunes && start > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:start])
		if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || isSpace(r) ||
			strings.ContainsRune("年月日.／/-民國中華前（）()星期週", r) || yearNumeral(r)) {
			break
		}
		start -= size
	}
	// Try the longest date first, from each rune a date can begin with.
	for tries := 0; start < len(text) && tries < 8; {
		r, size := utf8.DecodeRuneInString(text[start:])
		if r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '中' || r == '民' || yearNumeral(r) {
			tries++
			if d, err := rocdate.Parse(text[start:]); err == nil {
				return d
			}
		}
		start += size
	}
	return rocdate.Date{}
}

// MustParseLetter is like [ParseLetter] but panics on error. It is intended
// for use in tests and examples with hard-coded letters.
func MustParseLetter(s string) Letter {
	l, err := ParseLetter(s)
	if err != nil {
		panic(err)
	}
	return l
}
