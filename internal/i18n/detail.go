package i18n

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// A Form is one Detail a package writes in its parse errors: its stable
// code, the English text as the Detail carries it and its Chinese. The
// verbs mark what varies: %d a number, %s or %v a text, %q a quoted
// text; no two stand side by side, so that a Detail reads back
// unambiguously. Nested marks a form whose one %s is itself a Detail of
// the packages read with it ("ID: %s" around a Detail of ParseID), given
// in the language asked. Value, when set, reads the text at a %v into the
// typed value the messages format (a rocdate.Date, which prints as
// 2022-01-01 in English); without it the text is kept.
type Form struct {
	Code    string // datasets.range.id
	English string // ID outside 1 to 999999999
	Chinese string // 識別碼應介於1至999999999
	Nested  bool
	Value   func(string) (any, bool)
}

// forms holds the Forms of every package, by the package's name.
var forms = map[string][]Form{}

// RegisterForms registers the message of every form under its code and
// keeps the forms as package pkg's, in the order given (the specific
// before the general: "not a %s" last), for [ReadDetail]. A package calls
// it once, while its variables are initialised.
func RegisterForms(pkg string, fs ...Form) bool {
	msgs := make([]Message, len(fs))
	for i, f := range fs {
		// The English message quotes a %q text as %q does, its argument
		// read back unquoted.
		en := strings.ReplaceAll(f.English, "%q", `"%s"`)
		msgs[i] = Message{Code: f.Code, Chinese: f.Chinese, English: en}
	}
	Register(msgs...)
	mu.Lock()
	defer mu.Unlock()
	forms[pkg] = append(forms[pkg], fs...)
	return true
}

// ReadDetail reads detail as written by one of the forms of the packages
// pkgs, tried in the order given, and returns the form, the values at its
// verbs (an int for %d, a string for the others) and the byte offset of
// a trailing " at byte N" (-1 when it has none). It reports false for a
// text none of them writes.
func ReadDetail(detail string, pkgs ...string) (Form, []any, int, bool) {
	at := -1
	if i := strings.LastIndex(detail, " at byte "); i >= 0 {
		if n, err := strconv.Atoi(detail[i+len(" at byte "):]); err == nil && n >= 0 {
			detail, at = detail[:i], n
		}
	}
	if detail == "" {
		return Form{}, nil, -1, false
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range pkgs {
		for _, f := range forms[p] {
			if args, ok := matchForm(f.English, detail, f.Value); ok {
				return f, args, at, true
			}
		}
	}
	return Form{}, nil, -1, false
}

// DetailCode returns the code of the form of detail among the packages
// pkgs, or "" for a text none of them writes.
func DetailCode(detail string, pkgs ...string) string {
	f, _, _, _ := ReadDetail(detail, pkgs...)
	return f.Code
}

// DetailMessage returns detail, written by one of the packages pkgs, in
// the language nearest to t, with the character (not the byte) at which
// the problem was found when it ends with " at byte N" and input, the
// text parsed, is given: 款後接項，次序不符（第4字） for "項 after 款 at
// byte 9" of 第三款第二項. A text none of them writes is returned as it
// is in English and as "" in Chinese, so that no English reaches a
// Chinese text.
func DetailMessage(t language.Tag, detail, input string, pkgs ...string) string {
	f, args, at, ok := ReadDetail(detail, pkgs...)
	if !ok {
		if Match(t) == English {
			return detail
		}
		return ""
	}
	if f.Nested {
		inner := DetailMessage(t, args[0].(string), "", pkgs...)
		if inner == "" {
			return ""
		}
		args = []any{inner}
	}
	s := Sprintf(t, f.Code, args...)
	if at >= 0 && at <= len(input) && input != "" {
		s = Sprintf(t, "i18n.detail.at", s, utf8.RuneCountInString(input[:at])+1)
	}
	return s
}

var _ = Register(Message{Code: "i18n.detail.at", Chinese: "%s（第%d字）", English: "%s (character %d)"})

// MatchForm reads s as written by format, whose verbs are %d, %s, %v and
// %q, none side by side, and returns the values at the verbs (an int for
// %d, a non-empty string for %s and %v, the unquoted text for %q): how a
// Detail is read back to its form and values. It reports false when s is
// not of the form. The text after a %q is looked for from the end, as a
// quoted text may hold it.
func MatchForm(format, s string) ([]any, bool) { return matchForm(format, s, nil) }

// matchForm is MatchForm with value, when not nil, reading the text at a
// %v.
func matchForm(format, s string, value func(string) (any, bool)) ([]any, bool) {
	var args []any
	for {
		i := strings.IndexByte(format, '%')
		if i < 0 {
			return args, format == s
		}
		if !strings.HasPrefix(s, format[:i]) || i+1 >= len(format) {
			return nil, false
		}
		s, format = s[i:], format[i+1:]
		verb := format[0]
		format = format[1:]
		next := format
		if j := strings.IndexByte(next, '%'); j >= 0 {
			next = next[:j]
		}
		val := s
		if next != "" {
			j := strings.Index(s, next)
			if verb == 'q' {
				j = strings.LastIndex(s, next)
			}
			if j < 0 {
				return nil, false
			}
			val = s[:j]
		}
		s = s[len(val):]
		switch verb {
		case 'd':
			n, err := strconv.Atoi(val)
			if err != nil {
				return nil, false
			}
			args = append(args, n)
		case 'q':
			u, err := strconv.Unquote(val)
			if err != nil {
				return nil, false
			}
			args = append(args, u)
		case 'v':
			if value == nil {
				if val == "" {
					return nil, false
				}
				args = append(args, val)
				break
			}
			v, ok := value(val)
			if !ok {
				return nil, false
			}
			args = append(args, v)
		default:
			if val == "" {
				return nil, false
			}
			args = append(args, val)
		}
	}
}
