package datasets

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// ID is a dataset's 資料集識別碼 on data.gov.tw, such as 87010. Valid IDs
// run from 1 to [MaxID]; the zero ID is no dataset.
type ID int

// MaxID is the largest ID this package accepts.
const MaxID ID = 999_999_999

// String returns the ID in decimal.
func (id ID) String() string { return strconv.Itoa(int(id)) }

// ParseID reads an ID written in ASCII or full-width digits, with
// surrounding spaces allowed: 87010, ８７０１０.
func ParseID(s string) (ID, error) {
	t := strings.TrimSpace(s)
	if !isASCII(t) {
		t = width.Fold.String(t)
	}
	if t == "" || len(t) > 12 {
		return 0, &ParseError{What: "ID", Input: s, Err: syntaxOrRange(t)}
	}
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < '0' || c > '9' {
			return 0, &ParseError{What: "ID", Input: s, Err: ErrSyntax}
		}
		n = n*10 + int(c-'0')
	}
	if n < 1 || ID(n) > MaxID {
		return 0, &ParseError{What: "ID", Input: s, Err: ErrRange}
	}
	return ID(n), nil
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func syntaxOrRange(t string) error {
	if t != "" && strings.Trim(t, "0123456789") == "" {
		return ErrRange
	}
	return ErrSyntax
}

// Status is whether a dataset is listed on data.gov.tw.
type Status uint8

const (
	// Listed (上架) is the zero Status: a dataset is listed until delisted.
	Listed Status = iota
	// Delisted (下架) is a dataset removed from the platform.
	Delisted
)

var statusNames = [...]string{"上架", "下架"}

// String returns 上架 or 下架.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "Status(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText writes the status's String.
func (s Status) MarshalText() ([]byte, error) {
	if int(s) >= len(statusNames) {
		return nil, &ParseError{What: "status", Input: s.String(), Err: ErrRange}
	}
	return []byte(statusNames[s]), nil
}

// UnmarshalText reads 上架 or 下架.
func (s *Status) UnmarshalText(b []byte) error {
	for i, n := range statusNames {
		if string(b) == n {
			*s = Status(i)
			return nil
		}
	}
	return &ParseError{What: "status", Input: string(b), Err: ErrSyntax}
}

// Ref names a dataset the way documents do, by title and ID:
// 矯正署臺中戒治所法定預算(87010). Its String is that form, and
// [ParseRef] reads it back. The zero Ref names nothing.
type Ref struct {
	ID    ID     // 資料集識別碼
	Title string // 資料集名稱, without the ID
}

// String returns the title followed by the ID in ASCII brackets,
// 矯正署臺中戒治所法定預算(87010).
func (r Ref) String() string {
	return r.Title + "(" + r.ID.String() + ")"
}

// ParseRef reads a title that ends with its ID in brackets, ASCII or
// full-width: 矯正署臺中戒治所法定預算(87010), 預算案（86997）, and a title
// quoted in 「」 such as 「矯正署臺中戒治所預算案(按年)」(23252). Brackets
// that hold anything but digits belong to the title, so 預算案(按年) alone
// is an error (no ID). Spaces around the parts are dropped.
func ParseRef(s string) (Ref, error) {
	t := strings.TrimSpace(s)
	var closeLen int
	switch {
	case strings.HasSuffix(t, ")"):
		closeLen = 1
	case strings.HasSuffix(t, "）"):
		closeLen = len("）")
	default:
		return Ref{}, &ParseError{What: "title", Input: s, Err: ErrSyntax}
	}
	body := t[:len(t)-closeLen]
	open := max(strings.LastIndex(body, "("), strings.LastIndex(body, "（"))
	if open < 0 {
		return Ref{}, &ParseError{What: "title", Input: s, Err: ErrSyntax}
	}
	_, openLen := utf8.DecodeRuneInString(body[open:])
	id, err := ParseID(body[open+openLen:])
	if err != nil {
		return Ref{}, &ParseError{What: "title", Input: s, Err: err.(*ParseError).Err}
	}
	title := cleanTitle(body[:open])
	if title == "" {
		return Ref{}, &ParseError{What: "title", Input: s, Err: ErrSyntax}
	}
	return Ref{ID: id, Title: title}, nil
}

// MustParseRef is like [ParseRef] but panics on an error. It is intended
// for tests with hard-coded titles.
func MustParseRef(s string) Ref {
	r, err := ParseRef(s)
	if err != nil {
		panic(err)
	}
	return r
}

// cleanTitle trims spaces and one pair of 「」 that wraps the whole title.
func cleanTitle(s string) string {
	s = strings.TrimSpace(s)
	if inner, ok := strings.CutPrefix(s, "「"); ok {
		if inner, ok = strings.CutSuffix(inner, "」"); ok && !strings.ContainsAny(inner, "「」") {
			s = strings.TrimSpace(inner)
		}
	}
	return s
}

// Dataset is a dataset on data.gov.tw: its ID, title, publisher and
// status. It is a comparable value; the zero Dataset is no dataset (ID 0).
// Make one with [NewDataset].
type Dataset struct {
	id        ID
	title     string
	publisher Publisher
	status    Status
}

// NewDataset returns a listed dataset. The ID must be in 1..[MaxID], the
// title not blank (spaces around it are dropped), and the publisher not
// zero; otherwise the error is a *ParseError wrapping [ErrRange],
// [ErrSyntax] or [ErrUnknownPublisher].
func NewDataset(id ID, title string, p Publisher) (Dataset, error) {
	if id < 1 || id > MaxID {
		return Dataset{}, &ParseError{What: "ID", Input: id.String(), Err: ErrRange}
	}
	title = strings.TrimSpace(title)
	if title == "" {
		return Dataset{}, &ParseError{What: "title", Input: title, Err: ErrSyntax}
	}
	if p.IsZero() {
		return Dataset{}, &ParseError{What: "publisher", Input: "", Err: ErrUnknownPublisher}
	}
	return Dataset{id: id, title: title, publisher: p}, nil
}

// MustNewDataset is like [NewDataset] but panics on an error. It is
// intended for tests with hard-coded datasets.
func MustNewDataset(id ID, title string, p Publisher) Dataset {
	d, err := NewDataset(id, title, p)
	if err != nil {
		panic(err)
	}
	return d
}

// ID returns the dataset's 資料集識別碼.
func (d Dataset) ID() ID { return d.id }

// Title returns the dataset's 資料集名稱.
func (d Dataset) Title() string { return d.title }

// Publisher returns the dataset's 提供機關.
func (d Dataset) Publisher() Publisher { return d.publisher }

// Status returns whether the dataset is listed or delisted.
func (d Dataset) Status() Status { return d.status }

// Listed reports whether the dataset is listed.
func (d Dataset) Listed() bool { return d.status == Listed }

// Ref returns the dataset's title and ID.
func (d Dataset) Ref() Ref { return Ref{ID: d.id, Title: d.title} }

// String returns the title and ID, 矯正署臺中戒治所法定預算(87010).
func (d Dataset) String() string { return d.Ref().String() }

// WithStatus returns a copy of d with status s.
func (d Dataset) WithStatus(s Status) Dataset {
	d.status = s
	return d
}
