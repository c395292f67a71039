package law

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/lawdata/lawhist"
	"github.com/ogdtw/governance/rocdate"
)

// Action is what one part of a 沿革 entry did to a law. The zero value,
// NoAction, is a part the parser did not understand.
type Action uint8

const (
	// NoAction: not understood.
	NoAction Action = iota
	// Enact is 制定 (a law) or 訂定 (an order): the law begins.
	Enact
	// Amend is 修正 of the articles named.
	Amend
	// Add is 增訂: articles inserted.
	Add
	// Delete is 刪除: articles repealed.
	Delete
	// Abandon is 廢止: the law ends.
	Abandon
	// Enforce is 施行: a day of entry into force set.
	Enforce
	// AmendAll is 全文修正: the whole text amended.
	AmendAll
	// Renumber is 條次變更: articles moved (原第11條遞移為第13條).
	Renumber
	// Transfer is 管轄變更: the competence named in articles moved to
	// another authority (所列屬…之權責事項…改由…管轄).
	Transfer
	// Correct is 勘誤: an erratum.
	Correct
	// Suspend is 停止適用: the law stops applying.
	Suspend
	// Approve is 核定 or 備查: approval of an order by a higher authority,
	// or a resolution keeping it in force.
	Approve
)

var actionText = enumText{
	Type:  "Action",
	Names: []string{"", "制定", "修正", "增訂", "刪除", "廢止", "施行", "全文修正", "條次變更", "管轄變更", "勘誤", "停止適用", "核定"},
	IDs:   []string{"", "enact", "amend", "add", "delete", "abandon", "enforce", "amend-all", "renumber", "transfer", "correct", "suspend", "approve"},
}

// String returns the action in Chinese: 制定, 修正, 增訂, 刪除, 廢止, 施行,
// 全文修正, 條次變更, 管轄變更, 勘誤, 停止適用, 核定; "" for NoAction.
func (a Action) String() string { return actionText.Word(uint8(a)) }

// IsValid reports whether a is NoAction or one of the defined actions.
func (a Action) IsValid() bool { return actionText.Valid(uint8(a)) }

// AppendText appends the action as String gives it to b. It fails with
// ErrRange for an invalid action.
func (a Action) AppendText(b []byte) ([]byte, error) { return actionText.AppendText(b, uint8(a)) }

// MarshalText returns the action as String gives it.
func (a Action) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText sets a as ParseAction reads b.
func (a *Action) UnmarshalText(b []byte) error {
	v, err := ParseAction(string(b))
	if err == nil {
		*a = v
	}
	return err
}

// ParseAction reads an action from its Chinese name (制定, 修正, …) or its
// English id (enact, amend, …); "" is NoAction.
func ParseAction(s string) (Action, error) {
	v, err := actionText.Parse("ParseAction", s)
	return Action(v), err
}

// changesText reports whether the action changes the text of what it
// touches.
func (a Action) changesText() bool {
	switch a {
	case Enact, Amend, Add, Delete, Abandon, AmendAll, Renumber:
		return true
	}
	return false
}

// A Change is one part of a 沿革 entry: an action and what it touched.
type Change struct {
	Action Action `json:"action,omitzero"`
	// Articles are the articles touched, each a Provision with only its
	// Article and ArticleSub, in the order written; nil when All.
	Articles []Provision `json:"articles,omitzero"`
	// All is set when the change concerns the whole law: 全文, or an
	// amendment that names no articles (修正發布).
	All bool `json:"all,omitzero"`
	// Count is N of 全文 N 條, 0 when not written.
	Count int `json:"count,omitzero"`
}

// A Revision is one act of a law's 沿革: its date, the authority and its
// document, and what it did, as
//
//	中華民國八十四年八月十一日總統（84）華總（一）義字第 5960 號令制定公布全文 45 條
//
// reads as 84年8月11日, 總統, （84）華總（一）義字第5960號, 制定 全文 45 條.
// One numbered entry of the 沿革 may hold several acts (a 總統 令 and the
// 行政院 令 setting its day of entry into force).
type Revision struct {
	Date      rocdate.Date `json:"date,omitzero"`
	Authority string       `json:"authority,omitzero"` // the first authority: 總統, 行政院, 法務部; "" when not written
	// Document is the first document's number as written, blanks and
	// hard wraps removed: （84）華總（一）義字第5960號, or "" when the act
	// cites none (國民政府制定公布).
	Document string   `json:"document,omitzero"`
	Changes  []Change `json:"changes,omitzero"`
	// FormerName is the name the law bore before a renaming act
	// (原名稱：…), "" otherwise.
	FormerName string `json:"formerName,omitzero"`
	// Entry is the number of the 沿革 entry (1, 2, …) the act is part of.
	Entry int `json:"entry,omitzero"`
	// Text is the act as written, hard wraps removed.
	Text string `json:"text,omitzero"`
	// Complete reports whether every part of the act was read: its date
	// and each of its clauses.
	Complete bool `json:"complete,omitzero"`
}

// Action returns the action of the revision's first change, NoAction
// when it has none.
func (r Revision) Action() Action {
	if len(r.Changes) == 0 {
		return NoAction
	}
	return r.Changes[0].Action
}

// Touches reports whether the revision changed the text of the article of
// p (its Article and ArticleSub), or the whole law.
func (r Revision) Touches(p Provision) bool {
	for i := range r.Changes {
		c := &r.Changes[i]
		if !c.Action.changesText() {
			continue
		}
		if c.All {
			return true
		}
		for _, a := range c.Articles {
			if a.Article == p.Article && a.ArticleSub == p.ArticleSub {
				return true
			}
		}
	}
	return false
}

// String returns the act as written, hard wraps removed.
func (r Revision) String() string { return r.Text }

// ParseHistory reads a 沿革 as the law database writes it (numbered
// entries, hard-wrapped with \r\n and indented continuation lines) into its
// acts, oldest first. Every act is returned, read or not: Complete says
// whether it was read whole. It never fails; the cost is linear in the
// length of the text.
func ParseHistory(text string) []Revision {
	var out []Revision
	for a := range lawhist.All(text) {
		out = append(out, parseAct(a.Text, a.Entry))
	}
	return out
}

// actStart is what starts an act.
const actStart = lawhist.ActStart

// actionWords are the words that start the action part of an act, after
// its authority and document.
var actionWords = []string{"沿用", "同意", "訂頒", "止", "制定", "訂定", "修正", "增訂", "刪除", "廢止", "發布", "公布", "施行", "核定", "勘誤", "停止", "增列", "決議", "備查", "會銜", "會同", "所列屬", "配合", "通過", "公告", "不再", "生效", "轉頒", "令自", "實施"}

// parseAct reads one act.
func parseAct(text string, entry int) Revision {
	r := Revision{Entry: entry, Text: text, Complete: true}
	rest := text
	if t, ok := strings.CutPrefix(rest, actStart); ok {
		i := strings.Index(t, "日")
		if i < 0 {
			r.Complete = false
			return r
		}
		d, err := rocdate.Parse(actStart + t[:i+len("日")])
		if err != nil {
			r.Complete = false
		}
		r.Date = d
		rest = t[i+len("日"):]
	} else {
		r.Complete = false
		return r
	}
	// Names: （原名稱：…；新名稱：…）.
	if i := strings.Index(rest, "原名稱："); i >= 0 {
		n := rest[i+len("原名稱："):]
		if j := strings.IndexAny(n, "；;）)"); j >= 0 {
			r.FormerName = strings.TrimSpace(n[:j])
		}
	}
	rest = dropParens(rest)
	// Authority and document.
	issuer, body := splitIssuer(rest)
	r.Authority, r.Document = readIssuer(issuer)
	// Clauses.
	body = clauseJoins.Replace(body)
	for clause := range strings.SplitSeq(body, "；") {
		clause = strings.TrimSpace(clause)
		if clause == "" {
			continue
		}
		c, ok := readClause(clause)
		if !ok {
			r.Complete = false
		}
		if c.Action != NoAction || !ok {
			r.Changes = append(r.Changes, c)
		}
	}
	if len(r.Changes) == 0 {
		r.Complete = false
	}
	return r
}

// clauseJoins splits clauses joined by 並 inside one sentence.
var clauseJoins = strings.NewReplacer("並增訂", "；增訂", "並刪除", "；刪除", "並修正", "；修正", "，並自", "；自")

// dropParens removes parenthesized notes (（原名稱：…）, with the
// parentheses they hold), keeping the others: the year of a document
// number (（84）).
func dropParens(s string) string {
	if !strings.Contains(s, "（原") && !strings.Contains(s, "（刊") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "（原")
		if k := strings.Index(s, "（刊"); k >= 0 && (i < 0 || k < i) {
			i = k
		}
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		depth := 0
		end := len(s)
		for j, r := range s[i:] {
			if r == '（' {
				depth++
			} else if r == '）' {
				if depth--; depth == 0 {
					end = i + j + len("）")
					break
				}
			}
		}
		s = s[end:]
	}
}

// splitIssuer splits the text after the date into the issuer (authority
// and documents) and the body (the clauses): the issuer ends at the last
// document number (號令, 號函, 號公告) before the first action word after
// the first 號, or, without a document, at the first action word.
func splitIssuer(s string) (issuer, body string) {
	if h := strings.Index(s, "號"); h >= 0 {
		p := len(s)
		for _, w := range actionWords {
			if w == "會銜" || w == "會同" || w == "公告" {
				continue
			}
			if i := strings.Index(s[h:], w); i >= 0 && h+i < p {
				p = h + i
			}
		}
		if i := strings.LastIndex(s[:p], "號"); i >= 0 && p < len(s) {
			j := i + len("號")
			for _, w := range []string{"令", "函", "公告"} {
				if strings.HasPrefix(s[j:], w) {
					j += len(w)
					break
				}
			}
			return s[:i+len("號")], s[j:]
		}
	}
	best := len(s)
	for _, w := range actionWords {
		if i := strings.Index(s, w); i >= 0 && i < best {
			best = i
		}
	}
	return s[:best], s[best:]
}

// orgEnds are the characters an authority's name ends with.
const orgEnds = "統院部會署局府處館所庭室團校司廳"

// readIssuer splits the issuer into its first authority and document.
func readIssuer(s string) (authority, document string) {
	s = strings.TrimSpace(s)
	first, _, _ := strings.Cut(s, "、")
	first = strings.TrimSuffix(first, "令")
	var b strings.Builder
	for _, r := range first {
		if r != ' ' && r != '\u3000' {
			b.WriteRune(r)
		}
	}
	first = b.String()
	if !strings.Contains(first, "號") {
		return strings.TrimSuffix(first, "令"), ""
	}
	// The authority is the longest part ending like an authority that
	// leaves at least two characters of the document's word before 字
	// (or before （ or 第), and does not end with the character the
	// document's word begins with (行政院院臺規字).
	word := len(first)
	for _, m := range []string{"（", "(", "字", "第"} {
		if i := strings.Index(first, m); i >= 0 && i < word {
			word = i
		}
	}
	cut := 0
	for i, r := range first[:word] {
		if !strings.ContainsRune(orgEnds, r) {
			continue
		}
		j := i + utf8.RuneLen(r)
		if prev, _ := utf8.DecodeLastRuneInString(first[:i]); prev == r {
			continue // 行政院院臺規字: the second 院 begins the document's word
		}
		if strings.HasPrefix(first[j:], "（") || strings.HasPrefix(first[j:], "(") || utf8.RuneCountInString(first[j:word]) >= 2 {
			cut = j
		}
	}
	if cut == 0 {
		return "", first
	}
	return first[:cut], first[cut:]
}

// readClause reads one clause of an act's body.
func readClause(s string) (Change, bool) {
	c := Change{}
	s = strings.TrimPrefix(s, "並")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "會銜"), "會同")
	leading := false
	for _, w := range []string{"修正", "增訂", "刪除", "制定", "訂定", "全文", "公布", "增列"} {
		if strings.HasPrefix(s, w) {
			leading = true
		}
	}
	switch {
	case strings.Contains(s, "所列屬") || strings.Contains(s, "管轄") || strings.Contains(s, "主管機關") || strings.Contains(s, "改由"):
		c.Action = Transfer
	case strings.Contains(s, "遞移") || strings.Contains(s, "移列") || strings.Contains(s, "遞減") || strings.Contains(s, "遞改") || strings.Contains(s, "遞增") || strings.Contains(s, "依次"):
		c.Action = Renumber
	case strings.Contains(s, "勘誤"):
		c.Action = Correct
	case strings.Contains(s, "停止適用") || strings.Contains(s, "停止辦理") || strings.Contains(s, "停止施行") || strings.Contains(s, "不再援用") || strings.Contains(s, "停止") || s == "止":
		c.Action = Suspend
	case strings.Contains(s, "廢止"):
		c.Action = Abandon
	case !leading && (strings.Contains(s, "施行") || strings.Contains(s, "實施") || strings.Contains(s, "生效") || strings.Contains(s, "定自") || strings.Contains(s, "展限") || strings.HasPrefix(s, "自") || strings.HasPrefix(s, "令自")):
		c.Action = Enforce
	case strings.Contains(s, "全文") && (strings.Contains(s, "制定") || strings.Contains(s, "訂定")):
		c.Action, c.All = Enact, true
	case strings.Contains(s, "全文") && strings.Contains(s, "修正"):
		c.Action, c.All = AmendAll, true
	case strings.Contains(s, "全文") || s == "發布" || s == "公布" || strings.HasPrefix(s, "轉頒") || strings.HasPrefix(s, "訂頒"):
		c.Action, c.All = Enact, true
	case strings.HasPrefix(s, "制定") || strings.HasPrefix(s, "訂定") || strings.Contains(s, "制定公布") || strings.Contains(s, "訂定發布"):
		c.Action, c.All = Enact, true
	case strings.Contains(s, "增訂") || strings.Contains(s, "增列"):
		c.Action = Add
	case strings.Contains(s, "刪除"):
		c.Action = Delete
	case strings.Contains(s, "修正") || strings.Contains(s, "修訂"):
		c.Action = Amend
	case strings.Contains(s, "施行") || strings.Contains(s, "生效"):
		c.Action = Enforce
	case strings.Contains(s, "核定") || strings.Contains(s, "備查") || strings.Contains(s, "繼續有效") || strings.Contains(s, "核准") || strings.Contains(s, "通過") || strings.Contains(s, "沿用") || strings.Contains(s, "同意"):
		c.Action = Approve
	case strings.HasPrefix(s, "刪除"):
		c.Action = Delete
	default:
		return c, false
	}
	if i := strings.Index(s, "全文"); i >= 0 {
		c.All = true
		t := strings.TrimLeft(s[i+len("全文"):], " ")
		n := 0
		for len(t) > 0 && t[0] >= '0' && t[0] <= '9' && n < 100000 {
			n = n*10 + int(t[0]-'0')
			t = t[1:]
		}
		c.Count = n
		return c, true
	}
	if i := strings.Index(s, "第"); i >= 0 && c.Action != Enact && c.Action != Abandon && c.Action != Approve && c.Action != Suspend {
		for i >= 0 {
			arts, n := readArticles(s[i:])
			for _, a := range arts {
				if !slices.Contains(c.Articles, a) {
					c.Articles = append(c.Articles, a)
				}
			}
			i += max(n, len("第"))
			j := strings.Index(s[i:], "第")
			if j < 0 {
				break
			}
			i += j
		}
		if len(c.Articles) == 0 && c.Action != Enforce && c.Action != Transfer {
			return c, false
		}
		return c, true
	}
	if c.Action == Amend || c.Action == Add || c.Action == Delete {
		c.All = true // 修正發布: the articles are not named
	}
	return c, true
}

// readArticles reads the articles a clause names from its first 第: the
// longest prefix that is a citation, its distinct articles in order, and
// the length of that prefix.
func readArticles(s string) ([]Provision, int) {
	for j := len(s); j > 0; {
		k := lastUnit(s[:j])
		if k < 0 {
			break
		}
		if c, err := ParseCitation(s[:k]); err == nil {
			var out []Provision
			for _, sp := range c.spans() {
				base, l := sp.base(), sp.vary()
				for v := sp.get(l); v <= sp.hi(); v++ {
					base.set(l, v)
					a := Provision{Article: base.Article, ArticleSub: base.ArticleSub}
					if a.Article != 0 && (len(out) == 0 || out[len(out)-1] != a) {
						out = append(out, a)
					}
				}
			}
			return out, k
		}
		j = k - len("條")
	}
	return readArticleList(s)
}

// lastUnit returns the end of the last 條, 項, 款 or 目 in s, or -1.
func lastUnit(s string) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		switch r {
		case '條', '項', '款', '目', '點':
			return i
		}
		i -= size
	}
	return -1
}

// readArticleList reads an article list as the 沿革 writes it when it is
// no citation: 第 2～4、7～10-2、12～15、15-4～15-8、31 條, a range that
// crosses 之N articles (7～10-2: 7 to 10 and 10之1, 10之2) included. It
// returns the articles and the length read, or nil and 0.
func readArticleList(s string) ([]Provision, int) {
	t, ok := strings.CutPrefix(s, "第")
	if !ok {
		return nil, 0
	}
	end := len(t)
	for _, w := range []string{"條", "及", "；"} {
		if i := strings.Index(t, w); i >= 0 && i < end {
			end = i
		}
	}
	list := t[:end]
	var out []Provision
	add := func(p Provision) {
		if len(out) < MaxProvisions && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	for item := range strings.FieldsFuncSeq(list, func(r rune) bool { return r == '、' || r == ',' || r == '，' }) {
		lo, hi, isRange := strings.Cut(item, "～")
		if !isRange {
			lo, hi, isRange = strings.Cut(item, "至")
		}
		a, as, ok := articleNumber(lo)
		if !ok && strings.ContainsAny(item, "章節編名") {
			continue // a heading renamed: 第二章第三節節名
		}
		if !ok {
			return nil, 0
		}
		if !isRange {
			add(Provision{Article: a, ArticleSub: as})
			continue
		}
		b, bs, ok := articleNumber(hi)
		if !ok || b < a || b == a && bs < as {
			return nil, 0
		}
		if a == b {
			for k := as; k <= bs; k++ {
				add(Provision{Article: a, ArticleSub: k})
			}
			continue
		}
		add(Provision{Article: a, ArticleSub: as})
		for n := a + 1; n <= b; n++ {
			add(Provision{Article: n})
		}
		for k := 1; k <= bs; k++ {
			add(Provision{Article: b, ArticleSub: k})
		}
	}
	if len(out) == 0 {
		return nil, 0
	}
	return out, len("第") + end
}
