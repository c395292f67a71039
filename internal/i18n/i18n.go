// Package i18n holds the messages every package shows to people, in
// Traditional Chinese (zh-Hant-TW, the default, in 公文 wording) and in
// English, keyed by the stable Code of the finding or error they tell. It
// is built on golang.org/x/text/message: a package registers its messages
// once, while its variables are initialised, and formats them with
// [Sprintf] in the language a caller asks for.
//
// Arguments stay typed until formatted: numbers are grouped by the
// language's rules (2,963), and a day (rocdate.Date) prints as an ROC date
// in Chinese (111年5月19日) and as 2022-05-19 in English. The package does
// not import rocdate, so that every package, rocdate included, may use it.
package i18n

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message/catalog"
)

// The languages every message is written in.
var (
	Chinese = language.MustParse("zh-Hant-TW")
	English = language.English
)

// A Message is one message in both languages: formats in the manner of
// fmt, with the same verbs in the same order (or indexed, %[2]s).
type Message struct {
	Code    string // the stable code it tells: inventory.closed-needs-grounds
	Chinese string // the zh-Hant-TW format
	English string // the en format
}

var (
	mu       sync.Mutex
	messages = map[string]Message{}
	printers struct {
		once sync.Once
		zh   map[string]string // by code: the formats read back from the catalog
		en   map[string]string
	}
	matcher = language.NewMatcher([]language.Tag{Chinese, English})
)

// day is a calendar day in the ROC calendar, as rocdate.Date is: the
// package does not import rocdate, so that rocdate may use it.
type day interface {
	IsZero() bool
	Year() int // ROC year: 111 for 2022, -1 for 民國前1年
	Month() time.Month
	Day() int
}

// dayText writes d as 111年5月19日 (民國前1年12月31日), or 2022-05-19 in
// English; the zero day is "".
func dayText(d day, en bool) string {
	if d.IsZero() {
		return ""
	}
	y := d.Year()
	if en {
		g := y + 1911
		if y < 0 {
			g = y + 1912
		}
		return fmt.Sprintf("%04d-%02d-%02d", g, int(d.Month()), d.Day())
	}
	if y < 0 {
		return fmt.Sprintf("民國前%d年%d月%d日", -y, int(d.Month()), d.Day())
	}
	return fmt.Sprintf("%d年%d月%d日", y, int(d.Month()), d.Day())
}

// Number is an integer that prints grouped by thousands (2,963) under
// the verbs d and v, with a sign under %+d: what message.Printer does for
// both languages, written without it.
type Number int64

// Format writes n grouped, honouring the + flag and a width.
func (n Number) Format(f fmt.State, verb rune) {
	var d [32]byte
	digits := strconv.AppendInt(d[:0], int64(n), 10)
	var b [48]byte
	out := b[:0]
	switch {
	case n < 0:
		out = append(out, '-')
		digits = digits[1:]
	case f.Flag('+') && n > 0:
		out = append(out, '+')
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, c)
	}
	if w, ok := f.Width(); ok {
		for pad := w - len(out); pad > 0; pad-- {
			f.Write([]byte{' '})
		}
	}
	f.Write(out)
}

// capture is a catalog renderer that keeps the message it is given.
type capture struct{ text string }

// Render keeps s.
func (c *capture) Render(s string) { c.text += s }

// Arg returns no argument: the messages select on none.
func (c *capture) Arg(int) any { return nil }

// Register adds messages. Packages call it while their variables are
// initialised, before any message is formatted. It panics on a code given
// twice or a message that is incomplete or whose two formats disagree
// ([Check]): a programming error, found when the package loads.
func Register(msgs ...Message) bool {
	mu.Lock()
	defer mu.Unlock()
	for _, m := range msgs {
		if _, dup := messages[m.Code]; dup {
			panic("i18n: code " + m.Code + " registered twice")
		}
		if err := check(m); err != nil {
			panic(err.Error())
		}
		messages[m.Code] = m
	}
	return true
}

// build puts the registered messages in an x/text catalog and reads each
// back, in each language, as the format Sprintf uses.
func build() {
	mu.Lock()
	defer mu.Unlock()
	b := catalog.NewBuilder(catalog.Fallback(Chinese))
	for code, m := range messages {
		_ = b.SetString(Chinese, code, m.Chinese) // a plain string never fails
		_ = b.SetString(English, code, m.English)
	}
	read := func(t language.Tag) map[string]string {
		out := make(map[string]string, len(messages))
		for code := range messages {
			c := &capture{}
			if err := b.Context(t, c).Execute(code); err != nil {
				panic("i18n: " + code + ": " + err.Error()) // it was just set
			}
			out[code] = c.text
		}
		return out
	}
	printers.zh, printers.en = read(Chinese), read(English)
}

// Match returns the supported language nearest to t: English for any
// English, Chinese for everything else (Chinese is the default).
func Match(t language.Tag) language.Tag {
	switch t {
	case Chinese, English:
		return t
	}
	_, i, conf := matcher.Match(t)
	if i == 1 && conf != language.No {
		return English
	}
	return Chinese
}

// Sprintf formats the message of code in the language nearest to t. A
// code without a message formats as the code and its arguments, so that
// nothing is lost.
func Sprintf(t language.Tag, code string, args ...any) string {
	printers.once.Do(build)
	en := Match(t) == English
	formats := printers.zh
	if en {
		formats = printers.en
	}
	f, known := formats[code]
	if !known {
		return strings.TrimSuffix(fmt.Sprintln(append([]any{code}, args...)...), "\n")
	}
	var buf [8]any
	local := append(buf[:0], args...) // never write to the caller's slice
	for i, a := range local {
		switch v := a.(type) {
		case day:
			local[i] = dayText(v, en)
		case int:
			local[i] = Number(v)
		case int64:
			local[i] = Number(v)
		}
	}
	return fmt.Sprintf(f, local...)
}

// Text returns the message of code, which takes no argument, in the
// language nearest to t: what Sprintf(t, code) writes, without formatting
// (and without allocating) when the message holds no verb, as labels and
// fixed details do.
func Text(t language.Tag, code string) string {
	printers.once.Do(build)
	formats := printers.zh
	if Match(t) == English {
		formats = printers.en
	}
	if f, known := formats[code]; known && !strings.Contains(f, "%") {
		return f
	}
	return Sprintf(t, code)
}

// Clip returns s cut to n characters, with … when it was longer: how
// messages quote an input.
func Clip(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j] + "…"
		}
		i++
	}
	return s
}

// Codes returns the registered codes that start with prefix, sorted.
func Codes(prefix string) []string {
	mu.Lock()
	defer mu.Unlock()
	var codes []string
	for c := range messages {
		if strings.HasPrefix(c, prefix) {
			codes = append(codes, c)
		}
	}
	sort.Strings(codes)
	return codes
}

// Has reports whether code has a message.
func Has(code string) bool {
	mu.Lock()
	defer mu.Unlock()
	_, ok := messages[code]
	return ok
}

// check reports a message without a code or a language, or whose formats
// take different verbs.
func check(m Message) error {
	switch {
	case m.Code == "":
		return fmt.Errorf("i18n: a message without a code")
	case m.Chinese == "" || m.English == "":
		return fmt.Errorf("i18n: %s lacks a language", m.Code)
	}
	zh, en := verbs(m.Chinese), verbs(m.English)
	sort.Strings(zh)
	sort.Strings(en)
	if strings.Join(zh, " ") != strings.Join(en, " ") {
		return fmt.Errorf("i18n: %s: the Chinese takes %v, the English %v", m.Code, zh, en)
	}
	return nil
}

// verbs lists the verbs of a format with their argument: "1d", "2s"; a
// %q is listed as %s, so that English may quote a text Chinese puts in 「」.
func verbs(format string) []string {
	var out []string
	arg := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		n := arg
		if i < len(format) && format[i] == '[' {
			j := strings.IndexByte(format[i:], ']')
			if j > 0 {
				fmt.Sscanf(format[i+1:i+j], "%d", &n)
				i += j + 1
			}
		}
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i < len(format) {
			verb := format[i]
			if verb == 'q' { // a quoted text in one language, in 「」 in the other
				verb = 's'
			}
			out = append(out, fmt.Sprintf("%d%c", n, verb))
		}
		arg = n + 1
	}
	return out
}
