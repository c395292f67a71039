package law

import (
	"slices"
	"strings"

	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// Act is what happened to a statute on the day of one of its versions, in
// the words the 沿革 writes it and a version is described by: 制定公布 (a
// law enacted), 訂定發布 (an order issued), 修正公布, 全文修正, …. The zero
// value, NoAct, is not known: the 沿革 the registry holds records nothing
// on the version's day.
type Act uint8

const (
	// NoAct: the 沿革 records nothing on the version's day.
	NoAct Act = iota
	// ActEnacted is 制定公布: a law enacted.
	ActEnacted
	// ActIssued is 訂定發布: an order issued.
	ActIssued
	// ActAmended is 修正公布: articles of a law amended.
	ActAmended
	// ActAmendedOrder is 修正發布: articles of an order amended.
	ActAmendedOrder
	// ActAmendedAll is 全文修正: the whole text amended.
	ActAmendedAll
	// ActAdded is 增訂公布: articles added to a law, none amended.
	ActAdded
	// ActAddedOrder is 增訂發布: articles added to an order, none amended.
	ActAddedOrder
	// ActDeleted is 刪除條文: articles repealed, none amended or added
	// (刪除公布第 26 條條文).
	ActDeleted
	// ActAbandoned is 廢止: the statute abandoned.
	ActAbandoned
	// ActEnforced is 施行: a day of entry into force set.
	ActEnforced
)

var actText = enumText{
	Type:  "Act",
	Names: []string{"", "制定公布", "訂定發布", "修正公布", "修正發布", "全文修正", "增訂公布", "增訂發布", "刪除條文", "廢止", "施行"},
	IDs:   []string{"", "enacted", "issued", "amended", "amended-order", "amended-all", "added", "added-order", "deleted", "abandoned", "enforced"},
}

// String returns the act as the 沿革 words it: 制定公布, 訂定發布, 修正公布,
// 修正發布, 全文修正, 增訂公布, 增訂發布, 刪除條文, 廢止, 施行; "" for NoAct.
func (a Act) String() string { return actText.Word(uint8(a)) }

// IsValid reports whether a is NoAct or one of the defined acts.
func (a Act) IsValid() bool { return actText.Valid(uint8(a)) }

// AppendText appends the act as String gives it to b. It fails with
// ErrRange for an invalid act.
func (a Act) AppendText(b []byte) ([]byte, error) { return actText.AppendText(b, uint8(a)) }

// MarshalText returns the act as String gives it.
func (a Act) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText sets a as ParseAct reads b.
func (a *Act) UnmarshalText(b []byte) error {
	v, err := ParseAct(string(b))
	if err == nil {
		*a = v
	}
	return err
}

// ParseAct reads an act from its Chinese words (制定公布, 全文修正, …) or
// its English id (enacted, amended-all, …); "" is NoAct.
func ParseAct(s string) (Act, error) {
	v, err := actText.Parse("ParseAct", s)
	return Act(v), err
}

// Message returns the act in the language nearest to t: 全文修正 in
// Chinese, amended in whole in English; "" for NoAct.
func (a Act) Message(t language.Tag) string { return actText.Message(uint8(a), t) }

// actOf returns the act the revisions of one day describe: the first
// change of the first act that changes the text or the law's standing
// (a 全文修正 wherever it is), with 發布 instead of 公布 for an order.
func actOf(revs []Revision) Act {
	order := false
	best := NoAction
	for _, r := range revs {
		order = order || strings.Contains(r.Text, "發布") && !strings.Contains(r.Text, "公布")
		for _, c := range r.Changes {
			switch c.Action {
			case AmendAll:
				best = AmendAll
			case Enact, Amend, Add, Delete, Abandon, Enforce:
				if best == NoAction || best == Enforce && c.Action != Enforce || best == Add && c.Action == Amend || best == Delete && (c.Action == Amend || c.Action == Add) {
					best = c.Action
				}
			}
		}
	}
	switch best {
	case Enact:
		if order {
			return ActIssued
		}
		return ActEnacted
	case Amend:
		if order {
			return ActAmendedOrder
		}
		return ActAmended
	case AmendAll:
		return ActAmendedAll
	case Add:
		if order {
			return ActAddedOrder
		}
		return ActAdded
	case Delete:
		return ActDeleted
	case Abandon:
		return ActAbandoned
	case Enforce:
		return ActEnforced
	}
	return NoAct
}

// Acts returns the acts of the statute's 沿革 dated on the version's day,
// in the order written, in a new slice: what happened that day (制定公布全文
// 24 條, 修正公布第 245 條條文，並增訂…). It returns nil when the 沿革 the
// registry holds records nothing on that day, and for the zero
// StatuteVersion.
func (v StatuteVersion) Acts() []Revision {
	if v.IsZero() {
		return nil
	}
	return slices.Clone(v.s.actsOn(v.v()))
}

// actsOn returns the revisions of the version's day: those the embedded
// tables keep with the version, else those of the law's 沿革. The caller
// must not change them.
func (s Statute) actsOn(ver *version) []Revision {
	if ver.acts != nil {
		return ver.acts.revisions()
	}
	var out []Revision
	for _, r := range s.entry().revisions() {
		if !r.Date.IsZero() && ymd(r.Date) == ver.date {
			out = append(out, r)
		}
	}
	return out
}

// Act returns what happened on the version's day, as its acts in the
// 沿革 say: 制定公布 for 政府資訊公開法 of 94年12月28日, 全文修正 for 洗錢防制法
// of 113年7月31日; NoAct when the 沿革 records nothing that day.
func (v StatuteVersion) Act() Act {
	if v.IsZero() {
		return NoAct
	}
	return actOf(v.s.actsOn(v.v()))
}

// Summary returns what the acts of the version's day did, as the 沿革
// words it without authority and document, blanks removed:
// 制定公布全文24條；並自公布日施行. Several acts of the day are joined by
// 。; "" when the 沿革 records nothing that day.
func (v StatuteVersion) Summary() string {
	var parts []string
	for _, r := range v.Acts() {
		if b := r.body(); b != "" {
			parts = append(parts, b)
		}
	}
	return strings.Join(parts, "。")
}

// body returns the clauses of the act, without its date, authority and
// document, blanks removed.
func (r Revision) body() string {
	t, ok := strings.CutPrefix(r.Text, actStart)
	if !ok {
		return ""
	}
	i := strings.Index(t, "日")
	if i < 0 {
		return ""
	}
	_, body := splitIssuer(dropParens(t[i+len("日"):]))
	return strings.Map(func(c rune) rune {
		if c == ' ' || c == '\u3000' {
			return -1
		}
		return c
	}, body)
}

// actWords returns the words of a version's act in the language nearest
// to t (修正公布, amended), 異動 (changed) for NoAct: what a version is
// described by.
func actWords(t language.Tag, a Act) string {
	if a == NoAct || !a.IsValid() {
		return i18n.Text(t, "law.act.none")
	}
	return a.Message(t)
}
