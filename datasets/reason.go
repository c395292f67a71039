package datasets

import (
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
)

// Reason is why a dataset is delisted (下架原因).
type Reason uint8

const (
	// NoReason is the zero Reason: none given. A request without a reason
	// is refused.
	NoReason Reason = iota
	// Duplicate (重複): another listed dataset holds the same data; the
	// request must name it.
	Duplicate
	// Merged (合併): the data now lives in another dataset; the request
	// must name it.
	Merged
	// Obsolete (停止更新): the data is no longer produced or updated.
	Obsolete
	// LegalRestriction (法規限制): a law or regulation forbids opening it.
	LegalRestriction
	// OtherReason (其他): any other reason, given in words.
	OtherReason
)

var reasonText = enumText{
	Enum: errtype.Enum[pkg]{
		Type:  "Reason",
		Names: []string{"", "重複", "合併", "停止更新", "法規限制", "其他"},
		IDs:   []string{"", "duplicate", "merged", "obsolete", "legal-restriction", "other"},
	},
	variants: [][]string{nil, {"重覆", "資料重複"}, {"整併", "併入", "資料整併"},
		{"停止", "不再更新", "過時"}, {"法令限制", "依法不得公開"}, {"其它"}},
	unknown: i18n.NewDetail("datasets.syntax.reason"),
}

// String returns the reason's Chinese label (重複, 合併, 停止更新, 法規限制,
// 其他), "" for NoReason, and Reason(N) for an invalid value.
func (r Reason) String() string { return reasonText.Word(uint8(r)) }

// Message returns the label of r in the language nearest to t:
// 停止更新, or no longer updated in English; "" for the zero value, and
// String for an invalid value.
func (r Reason) Message(t language.Tag) string { return reasonText.Message(uint8(r), t) }

// IsValid reports whether r is NoReason or a defined reason.
func (r Reason) IsValid() bool { return reasonText.Valid(uint8(r)) }

// NeedsKept reports whether a request for this reason must name the
// dataset kept: true for Duplicate and Merged.
func (r Reason) NeedsKept() bool { return r == Duplicate || r == Merged }

// AppendText appends the reason's String to b. It fails with [ErrRange]
// for an invalid reason.
func (r Reason) AppendText(b []byte) ([]byte, error) { return reasonText.AppendText(b, uint8(r)) }

// MarshalText returns the reason's String.
func (r Reason) MarshalText() ([]byte, error) { return r.AppendText(nil) }

// UnmarshalText reads a reason as [ParseReason] does.
func (r *Reason) UnmarshalText(b []byte) error {
	v, err := ParseReason(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseReason reads a reason's label (重複, 合併, 停止更新, 法規限制, 其他)
// or a variant (重覆, 整併, 併入, 停止, 法令限制, 其它), the English ids
// duplicate, merged, obsolete, legal-restriction and other, and "" as
// NoReason. To read the whole 下架原因 text of a request, with the
// dataset kept, use [ParseGrounds].
func ParseReason(s string) (Reason, error) {
	v, err := reasonText.Parse("ParseReason", s)
	return Reason(v), err
}

// Grounds is the 下架原因 of a delisting request: the reason and, for a
// duplicate or a merge, the dataset kept. Note holds the text of any
// other reason. The zero Grounds gives no reason.
type Grounds struct {
	Reason Reason `json:"reason,omitzero"`
	Kept   Ref    `json:"kept,omitzero"` // the dataset kept; ID 0 or Title "" when the text omits it
	Note   string `json:"note,omitzero"` // the text, for reasons other than Duplicate and Merged
}

// keywords classify a reason text; the first match wins. Text inside 「」
// (a title) is not searched, so 法定預算 in a title is not a legal ground.
var reasonKeywords = [...]struct {
	reason Reason
	words  []string
}{
	{Duplicate, []string{"重複", "重覆"}},
	{Merged, []string{"整併", "合併", "併入", "併至", "併同"}},
	{LegalRestriction, []string{"依法", "法令", "法規", "法律", "個資", "個人資料", "隱私", "機密", "不得公開", "限制公開"}},
	{Obsolete, []string{"停止", "不再", "廢止", "裁撤", "過時", "已無", "停辦"}},
}

// ParseGrounds reads the 下架原因 text of a request. A text that speaks of
// 重複 is a [Duplicate], one of 整併/合併/併入 a [Merged], one citing law,
// personal data or secrecy a [LegalRestriction], one saying the data is no
// longer produced (停止, 不再, 廢止) [Obsolete], and anything else
// [OtherReason] with the text as Note. For a duplicate or merge the kept
// dataset is the title quoted in 「」 and the ID in brackets after it:
//
//	與「矯正署臺中戒治所法定預算(按年)」(23261)資料集重複，故申請下架。
//
// gives Duplicate, kept 23261 矯正署臺中戒治所法定預算(按年). Words inside 「」
// never decide the reason. A blank text is an error wrapping [ErrMissing];
// a bracketed ID out of range one wrapping [ErrRange].
//
// [Grounds.String] writes the canonical text, and ParseGrounds reads it
// back to the same Grounds.
func ParseGrounds(s string) (Grounds, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Grounds{}, perr("ParseGrounds", s, ErrMissing, "datasets.missing.reason")
	}
	outside, title, after := t, "", t
	if i := strings.Index(t, "「"); i >= 0 {
		if j := strings.Index(t[i:], "」"); j >= 0 {
			title = strings.TrimSpace(t[i+len("「") : i+j])
			after = t[i+j+len("」"):]
			outside = t[:i] + "\x00" + after
		}
	}
	reason := OtherReason
	for _, k := range reasonKeywords {
		if slices.ContainsFunc(k.words, func(w string) bool { return strings.Contains(outside, w) }) {
			reason = k.reason
			break
		}
	}
	if !reason.NeedsKept() {
		return Grounds{Reason: reason, Note: t}, nil
	}
	id, err := bracketedID(after)
	if err != nil {
		return Grounds{}, perr("ParseGrounds", s, err, "datasets.range.kept")
	}
	return Grounds{Reason: reason, Kept: Ref{ID: id, Title: title}}, nil
}

// bracketedID returns the first number in ASCII or full-width brackets in
// s, or 0 if there is none.
func bracketedID(s string) (ID, error) {
	for s != "" {
		i := strings.IndexAny(s, "(（")
		if i < 0 {
			return 0, nil
		}
		s = s[i:]
		s = strings.TrimPrefix(strings.TrimPrefix(s, "("), "（")
		end := strings.IndexAny(s, ")）")
		if end < 0 {
			return 0, nil
		}
		if inner := strings.TrimSpace(s[:end]); inner != "" && strings.Trim(foldDigits(inner), "0123456789") == "" {
			id, err := ParseID(inner)
			if err != nil {
				return 0, ErrRange
			}
			return id, nil
		}
		s = s[end:]
	}
	return 0, nil
}

// foldDigits maps full-width digits to ASCII.
func foldDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return r
	}, s)
}

// String returns the canonical text. For a duplicate it is
// 與「T」(ID)資料集重複，故申請下架。 (dropping 「T」 or (ID) when unknown), for a
// merge 已併入「T」(ID)資料集，故申請下架。, and for any other reason the Note,
// or the reason's label when the Note is empty.
func (g Grounds) String() string {
	if !g.Reason.NeedsKept() {
		if g.Note != "" {
			return g.Note
		}
		return g.Reason.String()
	}
	var b strings.Builder
	if g.Reason == Duplicate {
		b.WriteString("與")
	} else {
		b.WriteString("已併入")
	}
	if g.Kept.Title != "" {
		b.WriteString("「" + g.Kept.Title + "」")
		if g.Kept.ID != 0 {
			b.WriteString("(" + g.Kept.ID.String() + ")")
		}
		b.WriteString("資料集")
	} else {
		b.WriteString("資料集")
		if g.Kept.ID != 0 {
			b.WriteString("(" + g.Kept.ID.String() + ")")
		}
	}
	if g.Reason == Duplicate {
		b.WriteString("重複")
	}
	b.WriteString("，故申請下架。")
	return b.String()
}
