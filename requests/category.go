package requests

import (
	"strings"

	"golang.org/x/text/width"
)

// Category is the kind of a public request, as the ministry's tables
// classify them. The zero Category is "no category" (未分類): it is not one
// of the five, and [ParseCategory] never returns it.
type Category uint8

const (
	// DownloadLink is 下載連結問題: a broken or wrong download link.
	DownloadLink Category = iota + 1
	// ContentError is 內容有誤: the data are wrong.
	ContentError
	// QualityImprovement is 品質改善: a request to improve the data's
	// quality (format, fields, timeliness).
	QualityImprovement
	// Other is 其他: any other request or comment.
	Other
	// NewDataset is 建議新增資料集: a suggestion to open a new dataset.
	NewDataset
)

// NumCategories is the number of categories, [DownloadLink] to [NewDataset].
const NumCategories = 5

// Categories returns the five categories in the order the ministry's tables
// print them.
func Categories() []Category {
	return []Category{DownloadLink, ContentError, QualityImprovement, Other, NewDataset}
}

var categoryLabels = [...]string{"未分類", "下載連結問題", "內容有誤", "品質改善", "其他", "建議新增資料集"}

var categoryNames = [...]string{"", "download-link", "content-error", "quality-improvement", "other", "new-dataset"}

// Valid reports whether c is one of the five categories.
func (c Category) Valid() bool { return c >= DownloadLink && c <= NewDataset }

// String returns the category's Chinese label as the ministry prints it,
// 下載連結問題 for [DownloadLink]; the zero Category is 未分類 and an
// invalid value is "Category(N)".
func (c Category) String() string {
	if int(c) < len(categoryLabels) {
		return categoryLabels[c]
	}
	return "Category(" + itoa(int(c)) + ")"
}

// Name returns the category's English identifier: download-link,
// content-error, quality-improvement, other or new-dataset. It is empty for
// the zero or an invalid Category.
func (c Category) Name() string {
	if c.Valid() {
		return categoryNames[c]
	}
	return ""
}

// MarshalText encodes c as its English identifier ([Category.Name]); the
// zero Category encodes as empty text. An invalid value is an error.
func (c Category) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.Valid() {
		return nil, &ParseError{What: "category", Input: c.String(), Err: ErrSyntax}
	}
	return []byte(c.Name()), nil
}

// UnmarshalText decodes what [ParseCategory] accepts; empty text gives the
// zero Category.
func (c *Category) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCategory(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// categoryVariants maps the normalised spellings found in spreadsheets to
// categories. Keys are width-folded, without spaces, and lower case.
var categoryVariants = map[string]Category{
	"下載連結問題":  DownloadLink,
	"下載連結":    DownloadLink,
	"連結問題":    DownloadLink,
	"連結失效":    DownloadLink,
	"連結錯誤":    DownloadLink,
	"下載問題":    DownloadLink,
	"無法下載":    DownloadLink,
	"下載連結錯誤":  DownloadLink,
	"下載連結失效":  DownloadLink,
	"下載鏈結問題":  DownloadLink,
	"內容有誤":    ContentError,
	"內容錯誤":    ContentError,
	"資料有誤":    ContentError,
	"資料錯誤":    ContentError,
	"資料內容有誤":  ContentError,
	"資料內容錯誤":  ContentError,
	"品質改善":    QualityImprovement,
	"品質":      QualityImprovement,
	"資料品質":    QualityImprovement,
	"品質問題":    QualityImprovement,
	"資料品質改善":  QualityImprovement,
	"品質改進":    QualityImprovement,
	"其他":      Other,
	"其它":      Other,
	"建議新增資料集": NewDataset,
	"新增資料集":   NewDataset,
	"建議新增":    NewDataset,
	"建議開放資料集": NewDataset,
	"新增資料集建議": NewDataset,
	"申請新增資料集": NewDataset,
	"資料集新增建議": NewDataset,
	"建議新增資料":  NewDataset,
}

// ParseCategory reads a category from its Chinese label (下載連結問題),
// a common variant (連結失效, 內容錯誤, 資料品質, 其它, 新增資料集, …), with
// or without a trailing 類, full-width or half-width, or its English
// identifier (download-link, in any case, with '-', '_' or ' ').
func ParseCategory(s string) (Category, error) {
	if c, ok := categoryVariants[s]; ok {
		return c, nil
	}
	key := normalizeLabel(s)
	if c, ok := categoryVariants[key]; ok {
		return c, nil
	}
	if k, ok := strings.CutSuffix(key, "類"); ok {
		if c, ok := categoryVariants[k]; ok {
			return c, nil
		}
	}
	en := strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(strings.TrimSpace(s)))
	for c := DownloadLink; c <= NewDataset; c++ {
		if en == categoryNames[c] {
			return c, nil
		}
	}
	return 0, &ParseError{What: "category", Input: s, Err: ErrSyntax}
}

// normalizeLabel folds full-width forms to half-width, drops white space
// and byte-order marks, and lower-cases ASCII letters, so that labels typed in different ways
// compare equal.
func normalizeLabel(s string) string {
	s = fold(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u3000' || r == '\u00a0' || r == '\ufeff':
			continue
		case r >= 'A' && r <= 'Z':
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// fold returns s with full-width forms folded to half-width (１ to 1, （ to
// (), and s itself, without allocating, when there is nothing to fold.
func fold(s string) string {
	for _, r := range s {
		if r >= 0x80 && width.LookupRune(r).Folded() != 0 {
			return width.Fold.String(s)
		}
	}
	return s
}
