package datasets

import (
	"cmp"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// ID is a dataset's 資料集識別碼 on data.gov.tw, such as 87010. Valid IDs
// run from 1 to [MaxID]; the zero ID is no dataset.
type ID int

// MaxID is the largest ID this package accepts.
const MaxID ID = 999_999_999

// String returns the ID in decimal.
func (id ID) String() string { return strconv.Itoa(int(id)) }

// Compare returns -1, 0 or +1 as id is less than, equal to or greater
// than other. It compares, never subtracts, so it holds for any two IDs.
func (id ID) Compare(other ID) int { return cmp.Compare(id, other) }

// ParseID reads an ID written in ASCII or full-width digits, with
// surrounding spaces allowed: 87010, ８７０１０.
func ParseID(s string) (ID, error) {
	t := strings.TrimSpace(s)
	if !isASCII(t) {
		t = width.Fold.String(t)
	}
	if t == "" {
		return 0, perr("ParseID", s, ErrSyntax, "datasets.syntax.no-number")
	}
	if len(t) > 12 {
		if strings.Trim(t, "0123456789") == "" {
			return 0, perr("ParseID", s, ErrRange, "datasets.range.number")
		}
		return 0, perr("ParseID", s, ErrSyntax, "datasets.syntax.number")
	}
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < '0' || c > '9' {
			return 0, perr("ParseID", s, ErrSyntax, "datasets.syntax.number")
		}
		n = n*10 + int(c-'0')
	}
	if n < 1 || ID(n) > MaxID {
		return 0, perr("ParseID", s, ErrRange, "datasets.range.id")
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

// Status is whether a dataset is listed on data.gov.tw. The zero
// Status, NoStatus, means not given; [NewDataset] makes a Listed dataset.
type Status uint8

const (
	// NoStatus is the zero Status: not given.
	NoStatus Status = iota
	// Listed (上架) is a dataset on the platform: one is listed until
	// delisted.
	Listed
	// Delisted (下架) is a dataset removed from the platform.
	Delisted
)

var statusText = enumText{
	Enum: errtype.Enum[pkg]{
		Type:  "Status",
		Names: []string{"", "上架", "下架"},
		IDs:   []string{"", "listed", "delisted"},
	},
	variants: [][]string{nil, {"已上架", "開放", "公開"}, {"已下架", "停止開放"}},
	unknown:  i18n.NewDetail("datasets.syntax.status"),
}

// String returns 上架 or 下架, "" for NoStatus, and Status(N) for an
// invalid value.
func (s Status) String() string { return statusText.Word(uint8(s)) }

// Message returns the label of s in the language nearest to t:
// 上架, or listed in English; "" for the zero value, and
// String for an invalid value.
func (s Status) Message(t language.Tag) string { return statusText.Message(uint8(s), t) }

// IsValid reports whether s is NoStatus or a defined status.
func (s Status) IsValid() bool { return statusText.Valid(uint8(s)) }

// AppendText appends the status's String to b. It fails with [ErrRange]
// for an invalid status.
func (s Status) AppendText(b []byte) ([]byte, error) { return statusText.AppendText(b, uint8(s)) }

// MarshalText returns the status's String.
func (s Status) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText reads a status as [ParseStatus] does.
func (s *Status) UnmarshalText(b []byte) error {
	v, err := ParseStatus(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseStatus reads 上架 or 下架 (also 已上架, 已下架), the English ids
// listed and delisted, and "" as NoStatus.
func ParseStatus(s string) (Status, error) {
	v, err := statusText.Parse("ParseStatus", s)
	return Status(v), err
}

// Ref names a dataset the way documents do, by title and ID:
// 矯正署臺中戒治所法定預算(87010). Its String is that form, and
// [ParseRef] reads it back. The zero Ref names nothing.
type Ref struct {
	ID    ID     `json:"id,omitzero"`    // 資料集識別碼
	Title string `json:"title,omitzero"` // 資料集名稱, without the ID
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
		return Ref{}, perr("ParseRef", s, ErrSyntax, "datasets.syntax.ref-id")
	}
	body := t[:len(t)-closeLen]
	open := max(strings.LastIndex(body, "("), strings.LastIndex(body, "（"))
	if open < 0 {
		return Ref{}, perr("ParseRef", s, ErrSyntax, "datasets.syntax.ref-bracket")
	}
	_, openLen := utf8.DecodeRuneInString(body[open:])
	id, err := ParseID(body[open+openLen:])
	if err != nil {
		if errors.Is(err, ErrSyntax) {
			return Ref{}, perr("ParseRef", s, ErrSyntax, "datasets.syntax.ref-id")
		}
		return Ref{}, errtype.Nest[pkg]("ParseRef", s, "datasets.id", err, ErrRange)
	}
	title := cleanTitle(body[:open])
	if title == "" {
		return Ref{}, perr("ParseRef", s, ErrSyntax, "datasets.syntax.ref-title")
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
// status, and the [Details] of the platform's catalog export. It is a
// comparable value; the zero Dataset is no dataset (ID 0). Make one with
// [NewDataset].
type Dataset struct {
	id        ID
	title     string
	publisher Publisher
	status    Status
	details   Details
}

// Details are what a governance tool keeps of a dataset's row in the
// data.gov.tw catalog export beyond its ID, title and publisher: the text
// of each cell as the platform writes it, and the two dates. The zero
// Details is none given. It is comparable.
type Details struct {
	Formats   string       `json:"formats,omitzero"`   // 檔案格式, ;-separated as exported: CSV;JSON;XML
	License   string       `json:"license,omitzero"`   // 授權方式: 政府資料開放授權條款-第1版
	Frequency string       `json:"frequency,omitzero"` // 更新頻率: 每1年, 不定期更新
	Quality   string       `json:"quality,omitzero"`   // 品質檢測: the platform's mark, such as 金標章; "" when none
	Listed    rocdate.Date `json:"listed,omitzero"`    // 上架日期, the day only
	Updated   rocdate.Date `json:"updated,omitzero"`   // 詮釋資料更新時間, the day only
}

// IsZero reports whether no detail is given.
func (x Details) IsZero() bool { return x == Details{} }

// FormatList returns the formats one by one, CSV, JSON, XML, with blanks
// around each dropped and empty items skipped; nil when there is none.
func (x Details) FormatList() []string { return splitList(x.Formats) }

// splitList splits a ;-separated cell (; or ；) into its trimmed,
// non-empty items.
func splitList(s string) []string {
	var out []string
	for len(s) > 0 {
		i, n := strings.IndexByte(s, ';'), 1
		if j := strings.Index(s, "；"); j >= 0 && (i < 0 || j < i) {
			i, n = j, len("；")
		}
		item := s
		if i >= 0 {
			item, s = s[:i], s[i+n:]
		} else {
			s = ""
		}
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// NewDataset returns a listed dataset. The ID must be in 1..[MaxID], the
// title not blank (spaces around it are dropped), and the publisher not
// zero; otherwise the error is a *ParseError wrapping [ErrRange],
// [ErrMissing] or [ErrUnknownPublisher].
func NewDataset(id ID, title string, p Publisher) (Dataset, error) {
	if id < 1 || id > MaxID {
		return Dataset{}, perr("NewDataset", id.String(), ErrRange, "datasets.range.id")
	}
	title = strings.TrimSpace(title)
	if title == "" {
		return Dataset{}, perr("NewDataset", id.String(), ErrMissing, "datasets.missing.title")
	}
	if p.IsZero() {
		return Dataset{}, perr("NewDataset", id.String(), ErrUnknownPublisher, "datasets.missing.publisher")
	}
	return Dataset{id: id, title: title, publisher: p, status: Listed}, nil
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

// Details returns the dataset's details from the catalog export.
func (d Dataset) Details() Details { return d.details }

// WithDetails returns a copy of d with details x.
func (d Dataset) WithDetails(x Details) Dataset {
	d.details = x
	return d
}

// WithStatus returns a copy of d with status s.
func (d Dataset) WithStatus(s Status) Dataset {
	d.status = s
	return d
}

// datasetJSON is the JSON form of a Dataset: its fields, exported.
type datasetJSON struct {
	ID        ID        `json:"id"`
	Title     string    `json:"title"`
	Publisher Publisher `json:"publisher"`
	Status    Status    `json:"status,omitempty"`
	Details   *Details  `json:"details,omitempty"`
}

// MarshalJSON writes the dataset as an object with camelCase keys, the
// details only when given:
// {"id":87010,"title":"矯正署臺中戒治所法定預算","publisher":"矯正署臺中戒治所","status":"上架"}.
func (d Dataset) MarshalJSON() ([]byte, error) {
	j := datasetJSON{ID: d.id, Title: d.title, Publisher: d.publisher, Status: d.status}
	if !d.details.IsZero() {
		j.Details = &d.details
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads what MarshalJSON wrote. It takes the fields as
// written, as [Dataset.WithStatus] does; [NewCatalog] refuses a dataset
// that [NewDataset] would not make.
func (d *Dataset) UnmarshalJSON(b []byte) error {
	var j datasetJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*d = Dataset{id: j.ID, title: j.Title, publisher: j.Publisher, status: j.Status}
	if j.Details != nil {
		d.details = *j.Details
	}
	return nil
}
