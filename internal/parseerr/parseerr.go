// Package parseerr holds the body of the parse error every package of
// the library returns, written once: [ParseError], generic in the
// [Package] it belongs to. It imports no package of the library but
// internal/errs and internal/i18n, so that every package may use it,
// finding included; internal/errtype builds the row and import errors
// on it.
package parseerr

import (
	"encoding/json"
	"errors"

	"github.com/ogdtw/governance/internal/errs"
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// A Package names a package of the library. Each package implements it
// with a type without fields.
type Package interface {
	// Name returns the package's name, the first part of its codes:
	// "requests".
	Name() string
}

// Name returns the name of the package P: "requests".
func Name[P Package]() string {
	var p P
	return p.Name()
}

// The messages every package's errors are put together with.
var _ = i18n.Register(
	i18n.Message{Code: "errtype.parse-error", Chinese: "「%s」無法解析：%s", English: "cannot read \"%s\": %s"},
	i18n.Message{Code: "errtype.parse-error.object", Chinese: "%s「%s」有誤：%s", English: "%s \"%s\": %s"},
	i18n.Message{Code: "errtype.invalid", Chinese: "格式不符", English: "invalid input"},
	// The kinds of sentinel every package has (ErrSyntax, ErrRange, …),
	// by the kind of their code: requests.syntax is errtype.kind.syntax.
	i18n.Message{Code: "errtype.kind.syntax", Chinese: "格式不符", English: "invalid syntax"},
	i18n.Message{Code: "errtype.kind.range", Chinese: "數值超出範圍", English: "value out of range"},
	i18n.Message{Code: "errtype.kind.missing", Chinese: "未填", English: "missing value"},
	i18n.Message{Code: "errtype.kind.no-header", Chinese: "表頭未列此欄", English: "the header does not name this column"},
	i18n.Message{Code: "errtype.kind.duplicate", Chinese: "重複", English: "duplicate value"},
	i18n.Message{Code: "errtype.kind.too-large", Chinese: "內容過長", English: "input too large"},
)

// SentinelMessage returns the message of the sentinel err as package
// pkg names it, in the language nearest to t: the message pkg registers
// under its code of err's kind with ".error" (actions.letter-year.error,
// for a code that also names a finding, whose message takes arguments)
// or under the code itself (inventory.order), else the message of
// the kind every package shares (格式不符 for requests.syntax, also for
// rocdate.ErrSyntax inside a request); 格式不符 for an error without a
// code.
func SentinelMessage(pkg string, err error, t language.Tag) string {
	code := errs.Own(pkg, err)
	if code == "" {
		return i18n.Text(t, "errtype.invalid")
	}
	if i18n.Has(code + ".error") {
		return i18n.Text(t, code+".error")
	}
	if i18n.Has(code) {
		return i18n.Text(t, code)
	}
	if kind := "errtype.kind." + errs.Kind(code); i18n.Has(kind) {
		return i18n.Text(t, kind)
	}
	return i18n.Text(t, "errtype.invalid")
}

// A ParseError records text that could not be read, or an argument a
// function cannot work with. Err is always a sentinel: of the package P,
// or of the package whose value failed inside (a date in a request),
// with that package's detail copied; errors.Is matches both.
//
// The library's errors carry what was wrong as a message code with its
// arguments ([New]), so that DetailMessage and Message come from the
// catalog in each language; Detail is that detail's English, for logs.
// An error made as a literal has only its Detail, shown in English as it
// is and, in Chinese, as the sentinel's message.
type ParseError[P Package] struct {
	Func   string // the failing function: "ParseCategory", "ImportRequests", …
	Input  string // the text parsed, or the argument given
	Detail string // what was wrong, in English; may be empty
	Err    error  // a sentinel of P or of the package whose value failed

	why i18n.Detail // what was wrong, as the catalog writes it
}

// New returns a *ParseError of P: fn could not read input for the
// sentinel err; what was wrong is the message code with args, its
// English text the Detail.
func New[P Package](fn, input string, err error, code string, args ...any) *ParseError[P] {
	return With[P](fn, input, err, i18n.NewDetail(code, args...))
}

// With returns a *ParseError of P whose detail is d.
func With[P Package](fn, input string, err error, d i18n.Detail) *ParseError[P] {
	return &ParseError[P]{Func: fn, Input: input, Detail: d.English(), Err: err, why: d}
}

// carrier is a parse error of any package: what [Wrap] and [Nest] copy.
type carrier interface {
	error
	parts() (detail string, why i18n.Detail, sentinel error)
}

func (e *ParseError[P]) parts() (string, i18n.Detail, error) { return e.Detail, e.why, e.Err }

// Why returns what the first parse error in err's chain, of any package,
// says was wrong, and its sentinel; zero values when there is none.
func Why(err error) (i18n.Detail, error) {
	if c, ok := errors.AsType[carrier](err); ok {
		_, why, s := c.parts()
		return why, s
	}
	return i18n.Detail{}, nil
}

// Wrap returns a *ParseError of P for input, whose cause err comes from
// a value another package failed to read (a date inside a request): the
// first parse error in err's chain gives its detail and sentinel, so that
// errors.Is matches both packages' sentinels; else err's first sentinel
// with a code is kept, else fallback.
func Wrap[P Package](fn, input string, err, fallback error) *ParseError[P] {
	if c, ok := errors.AsType[carrier](err); ok {
		detail, why, s := c.parts()
		return &ParseError[P]{Func: fn, Input: input, Detail: detail, Err: s, why: why}
	}
	for e := err; e != nil; e = errors.Unwrap(e) {
		if s, ok := e.(*errs.Sentinel); ok {
			return &ParseError[P]{Func: fn, Input: input, Err: s}
		}
	}
	return &ParseError[P]{Func: fn, Input: input, Err: fallback}
}

// Nest returns a *ParseError of P whose detail is the message code
// around the detail of err, a value that failed inside (識別碼：非數字,
// code's one %s the inner detail), with err's sentinel; as [Wrap] when
// err carries no detail.
func Nest[P Package](fn, input, code string, err, fallback error) *ParseError[P] {
	e := Wrap[P](fn, input, err, fallback)
	if !e.why.IsZero() {
		e.why = i18n.NewDetail(code, e.why)
		e.Detail = e.why.English()
	}
	return e
}

// Remap returns e with the offset of its detail mapped by f (an offset
// of a folded text to one of the text as given); e unchanged when its
// detail has no offset.
func Remap[P Package](e *ParseError[P], f func(int) int) *ParseError[P] {
	if off, ok := e.why.At(); ok {
		c := *e
		c.why = e.why.WithAt(f(off))
		c.Detail = c.why.English()
		return &c
	}
	return e
}

// Error returns the message in English, for logs:
// requests: parsing "抱怨": not a category.
func (e *ParseError[P]) Error() string {
	return errs.Message(Name[P](), e.Func, e.Input, e.Detail, e.Err)
}

// Unwrap returns the sentinel.
func (e *ParseError[P]) Unwrap() error { return e.Err }

// Is reports whether target is the package's sentinel of the kind of
// Err.
func (e *ParseError[P]) Is(target error) bool { return errs.Is(Name[P](), e.Err, target) }

// Code returns the stable code of the error in the package's name:
// requests.syntax, requests.range, …, whichever package's sentinel Err
// is.
func (e *ParseError[P]) Code() string { return errs.Own(Name[P](), e.Err) }

// DetailMessage returns what is wrong in the language nearest to t,
// without the input, from the catalog (編號重複，首見於第3列; 111年2月無29日);
// for an error made as a literal, which has only its Detail, the Detail
// in English and the sentinel's message in Chinese (格式不符, 數值超出範圍,
// …), so that no English reaches a Chinese text.
func (e *ParseError[P]) DetailMessage(t language.Tag) string {
	if !e.why.IsZero() {
		return e.why.Message(t, e.Input)
	}
	if e.Detail != "" && i18n.Match(t) == i18n.English {
		return e.Detail
	}
	return SentinelMessage(Name[P](), e.Err, t)
}

// DetailCode returns the stable code of what is wrong: requests.duplicate.id,
// rocdate.range.day (the code of the package whose value failed inside);
// "" for an error made as a literal. Callers may switch on it where the
// sentinel (Code) is too coarse.
func (e *ParseError[P]) DetailCode() string { return e.why.Code }

// Message returns the error in the language nearest to t, for an
// official to read: 「十一」無法解析：非數量或「-」, or, for a package
// that names what each function reads ([Objects]), 日期「111年2月29日」有誤：
// 111年2月無29日; an error without an input gives what is wrong alone.
func (e *ParseError[P]) Message(t language.Tag) string {
	if e.Input == "" {
		return e.DetailMessage(t)
	}
	var p P
	if o, ok := any(p).(Objects); ok {
		if code := o.Object(e.Func); code != "" {
			return i18n.Sprintf(t, "errtype.parse-error.object", i18n.Text(t, code), i18n.Clip(e.Input, errs.MaxQuoted), e.DetailMessage(t))
		}
	}
	return i18n.Sprintf(t, "errtype.parse-error", i18n.Clip(e.Input, errs.MaxQuoted), e.DetailMessage(t))
}

// Objects is what a [Package] may also implement to name, in its parse
// errors' messages, what each function reads: rocdate's errors say
// 日期「…」有誤 or 季別「…」有誤.
type Objects interface {
	// Object returns the message code of the label of what the function
	// fn reads, or "" for none.
	Object(fn string) string
}

// sentinelJSON is the JSON form of a sentinel cause.
type sentinelJSON struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// parseJSON is the JSON form of a ParseError.
type parseJSON struct {
	Code        string        `json:"code"`
	Message     string        `json:"message"`
	Func        string        `json:"func,omitempty"`
	Input       string        `json:"input,omitempty"`
	Detail      string        `json:"detail,omitempty"`
	i18n.Fields               // the detail as the catalog writes it
	Err         *sentinelJSON `json:"err,omitempty"`
}

// marshalSentinel returns the JSON form of a sentinel, as package pkg
// names it in its message.
func marshalSentinel(pkg string, err error) *sentinelJSON {
	if err == nil {
		return nil
	}
	code := errs.Code(err)
	if code == "" {
		code = err.Error()
	}
	return &sentinelJSON{Code: code, Message: SentinelMessage(pkg, err, i18n.Chinese)}
}

// SentinelJSON returns the JSON form of the sentinel err as package pkg
// names it: an object with its code and message (Chinese); nil for none.
func SentinelJSON(pkg string, err error) any {
	if j := marshalSentinel(pkg, err); j != nil {
		return j
	}
	return nil
}

// Sentinel returns the sentinel of code, nil for ""; an unknown code is
// an error.
func Sentinel(code string) (error, error) { return unmarshalSentinel(&sentinelJSON{Code: code}) }

// unmarshalSentinel returns the sentinel of the code j holds, nil for
// none; an unknown code is an error.
func unmarshalSentinel(j *sentinelJSON) (error, error) {
	if j == nil || j.Code == "" {
		return nil, nil
	}
	s := errs.Lookup(j.Code)
	if s == nil {
		return nil, errors.New("errtype: unknown error code " + errs.Quote(j.Code))
	}
	return s, nil
}

// MarshalJSON writes the error with its code and message (Chinese), its
// function, input, detail and the detail's code, and its sentinel as an
// object:
// {"code":"requests.syntax","message":"「抱怨」無法解析：…","func":"ParseCategory","input":"抱怨","err":{"code":"requests.syntax",…}}.
func (e *ParseError[P]) MarshalJSON() ([]byte, error) {
	j, err := e.toJSON()
	if err != nil {
		return nil, err
	}
	return json.Marshal(j)
}

func (e *ParseError[P]) toJSON() (parseJSON, error) {
	f, err := e.why.Fields()
	return parseJSON{Code: e.Code(), Message: e.Message(i18n.Chinese), Func: e.Func, Input: e.Input, Detail: e.Detail,
		Fields: f, Err: marshalSentinel(Name[P](), e.Err)}, err
}

// UnmarshalJSON reads what MarshalJSON wrote; the code and message
// follow from the other fields and are not read.
func (e *ParseError[P]) UnmarshalJSON(b []byte) error {
	var j parseJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	return e.fromJSON(j)
}

func (e *ParseError[P]) fromJSON(j parseJSON) error {
	s, err := unmarshalSentinel(j.Err)
	if err != nil {
		return err
	}
	why, err := j.Fields.Detail()
	if err != nil {
		return err
	}
	*e = ParseError[P]{Func: j.Func, Input: j.Input, Detail: j.Detail, Err: s, why: why}
	return nil
}
