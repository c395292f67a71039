package i18n

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
)

// A Detail is what a parse error says was wrong, as the catalog writes
// it: the code of its message and the values at the message's verbs,
// and, for a text read character by character, the byte of the input at
// which the problem was found. Its text in each language comes from the
// catalog; nothing reads an English text back.
//
// An argument is an int (grouped in messages: 1,000), a string, a day
// (rocdate.Date) or a Detail, the nested detail of a value that failed
// inside (識別碼：非數字), written in the language of the whole.
type Detail struct {
	Code string // datasets.range.id
	Args []any  // the values at the verbs, in order
	at   int    // the byte offset plus one; 0 for none
}

// NewDetail returns the Detail of code with args.
func NewDetail(code string, args ...any) Detail { return Detail{Code: code, Args: args} }

// WithAt returns d found at byte offset off of the input (off ≥ 0).
func (d Detail) WithAt(off int) Detail {
	d.at = off + 1
	return d
}

// At returns the byte offset of the input at which the problem was
// found, and whether d has one.
func (d Detail) At() (int, bool) { return d.at - 1, d.at > 0 }

// IsZero reports whether d says nothing.
func (d Detail) IsZero() bool { return d.Code == "" }

// English returns d's text in English as a log prints it: the English
// message with its numbers ungrouped, and " at byte N" after it when d
// has an offset: 項 after 款 at byte 9.
func (d Detail) English() string {
	if d.Code == "" {
		return ""
	}
	mu.Lock()
	m, known := messages[d.Code]
	mu.Unlock()
	var buf [8]any
	args := append(buf[:0], d.Args...)
	for i, a := range args {
		switch v := a.(type) {
		case Detail:
			args[i] = v.English()
		case day:
			args[i] = dayText(v, true)
		}
	}
	var s string
	if known {
		s = fmt.Sprintf(m.English, args...)
	} else {
		s = strings.TrimSuffix(fmt.Sprintln(append([]any{d.Code}, args...)...), "\n")
	}
	if off, ok := d.At(); ok {
		s += " at byte " + strconv.Itoa(off)
	}
	return s
}

// Message returns d in the language nearest to t, from the catalog, with
// the character (not the byte) at which the problem was found when d has
// an offset and input, the text parsed, holds it: 款後接項，次序不符（第4字）.
func (d Detail) Message(t language.Tag, input string) string {
	if d.Code == "" {
		return ""
	}
	var buf [8]any
	args := append(buf[:0], d.Args...)
	for i, a := range args {
		if v, ok := a.(Detail); ok {
			args[i] = v.Message(t, "")
		}
	}
	s := Sprintf(t, d.Code, args...)
	if off, ok := d.At(); ok && input != "" && off <= len(input) {
		s = Sprintf(t, "i18n.detail.at", s, utf8.RuneCountInString(input[:off])+1)
	}
	return s
}

var _ = Register(Message{Code: "i18n.detail.at", Chinese: "%s（第%d字）", English: "%s (character %d)"})

// values holds the readers of the typed arguments at a %v, by code, for
// reading a Detail from JSON.
var values = map[string]func(string) (any, bool){}

// RegisterValue registers read as the reader of the text at every %v of
// the message code in JSON: a day written 2022-05-19 read back as a
// rocdate.Date. A package calls it while its variables are initialised.
func RegisterValue(code string, read func(string) (any, bool)) bool {
	mu.Lock()
	defer mu.Unlock()
	values[code] = read
	return true
}

// detailJSON is the JSON form of a Detail.
type detailJSON struct {
	Code string            `json:"code"`
	Args []json.RawMessage `json:"args,omitempty"`
	At   *int              `json:"at,omitempty"`
}

// MarshalJSON writes d as {"code":…,"args":[…],"at":N}: an int as a
// number, a day as its Gregorian date, a nested Detail as an object,
// anything else as its text.
func (d Detail) MarshalJSON() ([]byte, error) {
	args, err := d.ArgsJSON()
	if err != nil {
		return nil, err
	}
	j := detailJSON{Code: d.Code, Args: args}
	if off, ok := d.At(); ok {
		j.At = &off
	}
	return json.Marshal(j)
}

// ArgsJSON returns d's arguments as MarshalJSON writes them.
func (d Detail) ArgsJSON() ([]json.RawMessage, error) {
	var out []json.RawMessage
	for _, a := range d.Args {
		var v any
		switch x := a.(type) {
		case int, string, Detail:
			v = x
		case day:
			v = dayText(x, true)
		default:
			v = fmt.Sprint(x)
		}
		b, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// Fields is a Detail as an error's JSON writes it, among the error's own
// fields: "detailCode", "detailArgs" (as [Detail.ArgsJSON] writes them)
// and "detailAt", each left out when empty. An error's JSON form embeds
// it.
type Fields struct {
	DetailCode string            `json:"detailCode,omitempty"`
	DetailArgs []json.RawMessage `json:"detailArgs,omitempty"`
	DetailAt   *int              `json:"detailAt,omitempty"`
}

// Fields returns d as an error's JSON writes it; no fields for the zero
// Detail.
func (d Detail) Fields() (Fields, error) {
	args, err := d.ArgsJSON()
	f := Fields{DetailCode: d.Code, DetailArgs: args}
	if off, ok := d.At(); ok {
		f.DetailAt = &off
	}
	return f, err
}

// Detail returns the Detail f holds (see [DecodeDetail]); the zero
// Detail when f has no code.
func (f Fields) Detail() (Detail, error) {
	if f.DetailCode == "" {
		return Detail{}, nil
	}
	return DecodeDetail(f.DetailCode, f.DetailArgs, f.DetailAt)
}

// UnmarshalJSON reads what MarshalJSON wrote (see [DecodeDetail]).
func (d *Detail) UnmarshalJSON(b []byte) error {
	var j detailJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	v, err := DecodeDetail(j.Code, j.Args, j.At)
	*d = v
	return err
}

// DecodeDetail returns the Detail of code with the arguments args as
// [Detail.ArgsJSON] writes them, found at byte *at when at is not nil: a
// number read as an int, an object as a Detail, a text at a %v through
// the reader registered for the code ([RegisterValue]), else as a string.
// An unknown code is an error.
func DecodeDetail(code string, args []json.RawMessage, at *int) (Detail, error) {
	if code == "" {
		return Detail{}, errors.New("i18n: a detail without a code")
	}
	mu.Lock()
	m, known := messages[code]
	read := values[code]
	mu.Unlock()
	if !known {
		return Detail{}, errors.New("i18n: unknown detail code " + strconv.Quote(code))
	}
	vs := verbs(m.English) // "1d", "2v": the verb of each argument
	verbOf := func(i int) byte {
		for _, v := range vs {
			if n, err := strconv.Atoi(v[:len(v)-1]); err == nil && n == i+1 {
				return v[len(v)-1]
			}
		}
		return 's'
	}
	d := Detail{Code: code}
	if at != nil {
		if *at < 0 {
			return Detail{}, errors.New("i18n: a negative offset")
		}
		d = d.WithAt(*at)
	}
	for i, raw := range args {
		raw = bytes.TrimSpace(raw)
		switch {
		case len(raw) > 0 && raw[0] == '{':
			var inner Detail
			if err := json.Unmarshal(raw, &inner); err != nil {
				return Detail{}, err
			}
			d.Args = append(d.Args, inner)
		case len(raw) > 0 && raw[0] == '"':
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return Detail{}, err
			}
			if read != nil && verbOf(i) == 'v' {
				v, ok := read(s)
				if !ok {
					return Detail{}, errors.New("i18n: " + code + ": cannot read " + strconv.Quote(s))
				}
				d.Args = append(d.Args, v)
				break
			}
			d.Args = append(d.Args, s)
		default:
			var n int
			if err := json.Unmarshal(raw, &n); err != nil {
				return Detail{}, err
			}
			d.Args = append(d.Args, n)
		}
	}
	return d, nil
}

// Arity returns how many arguments the message of code takes, and
// whether it has one.
func Arity(code string) (int, bool) {
	mu.Lock()
	m, known := messages[code]
	mu.Unlock()
	if !known {
		return 0, false
	}
	n := 0
	for _, v := range verbs(m.English) {
		if k, err := strconv.Atoi(v[:len(v)-1]); err == nil && k > n {
			n = k
		}
	}
	return n, true
}
