package requests

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/width"
)

// Category is the kind of a public request, as the ministry's tables
// classify them. The zero Category, [NoCategory], means not given.
type Category uint8

const (
	// NoCategory is the zero Category: not given (未分類). It is none of
	// the five, and the importer refuses it.
	NoCategory Category = iota
	// DownloadLink is 下載連結問題: a broken or wrong download link.
	DownloadLink
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

var categoryNames = [...]string{"none", "download-link", "content-error", "quality-improvement", "other", "new-dataset"}

// IsValid reports whether c is [NoCategory] or one of the five categories.
func (c Category) IsValid() bool { return c <= NewDataset }

// given reports whether c is one of the five categories.
func (c Category) given() bool { return c >= DownloadLink && c <= NewDataset }

// String returns the category's Chinese label as the ministry prints it,
// 下載連結問題 for [DownloadLink]; [NoCategory] is 未分類 and an invalid
// value is "Category(N)".
func (c Category) String() string {
	if c.IsValid() {
		return categoryLabels[c]
	}
	return "Category(" + itoa(int(c)) + ")"
}

// Message returns the category's label in the language nearest to t:
// 下載連結問題, or download link problem in English; an invalid value is
// its String.
func (c Category) Message(t language.Tag) string {
	return label(t, "requests.category.", c.Name(), c.String())
}

// Name returns the category's English identifier: none, download-link,
// content-error, quality-improvement, other or new-dataset. It is empty
// for an invalid Category.
func (c Category) Name() string {
	if c.IsValid() {
		return categoryNames[c]
	}
	return ""
}

// AppendText appends the category's String to b. It fails with
// [ErrRange] for an invalid category.
func (c Category) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, rangeError("Category", int(c), "requests.syntax.category")
	}
	return append(b, categoryLabels[c]...), nil
}

// MarshalText returns the category's String: 下載連結問題.
func (c Category) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText reads a category as [ParseCategory] does.
func (c *Category) UnmarshalText(b []byte) error {
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
	"":        NoCategory,
	"未分類":     NoCategory,
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
// identifier (download-link, in any case, with '-', '_' or ' '). Empty
// text, 未分類 and none are [NoCategory].
func ParseCategory(s string) (Category, error) {
	if c, ok := categoryVariants[s]; ok {
		return c, nil
	}
	key := normalizeLabel(s)
	if c, ok := categoryVariants[key]; ok {
		return c, nil
	}
	if k, ok := strings.CutSuffix(key, "類"); ok && k != "" {
		if c, ok := categoryVariants[k]; ok {
			return c, nil
		}
	}
	en := englishID(s)
	for c := NoCategory; c <= NewDataset; c++ {
		if en == categoryNames[c] {
			return c, nil
		}
	}
	return NoCategory, perr("ParseCategory", s, ErrSyntax, "requests.syntax.category")
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

// englishID returns s as an English identifier is compared: trimmed,
// lower case, with '_' and ' ' as '-'.
func englishID(s string) string {
	return strings.NewReplacer("_", "-", " ", "-").Replace(strings.ToLower(strings.TrimSpace(s)))
}
