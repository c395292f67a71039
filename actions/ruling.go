package actions

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/inventory/law"
	"golang.org/x/text/language"
)

var clauseEnum = enum{"ClauseKind",
	[]string{"", "說明", "交辦", "提醒", "通案原則", "核定", "不予同意"},
	[]string{"", "statement", "assignment", "caution", "standing-rule", "approval", "refusal"}}

// ClauseKind is what one clause of a chair's ruling (主席裁示) does.
type ClauseKind uint8

// The kinds of clause a ruling holds.
const (
	// NoClause is the zero ClauseKind: not given.
	NoClause ClauseKind = iota
	// Statement (說明, statement) states a fact: 目前資訊處已開發部分資料API….
	// A clause the reader does not recognise is a Statement.
	Statement
	// Assignment (交辦, assignment) gives a unit a task: 請資訊處會同有關單位審慎研議.
	Assignment
	// Caution (提醒, caution) reminds of a duty: 仍應注意, 應注意, 務必, 惟請…注意.
	Caution
	// StandingRule (通案原則, standing-rule) sets a rule for later cases:
	// 日後如有…請…, 嗣後…, 未來如….
	StandingRule
	// Approval (核定, approval) approves what was asked: 審查通過, 同意,
	// 准予備查.
	Approval
	// Refusal (不予同意, refusal) refuses or defers what was asked:
	// 不予同意, 不同意, 未獲同意, 審查未通過, 未予核准, 不准, 暫緩, 駁回
	// and their kin ([ReadRuling] lists them). Its delistings are not
	// approved: [Ruling.Delistings] leaves them out.
	Refusal
)

// String returns the Chinese word: 說明, 交辦, 提醒, 通案原則, 核定 or 不予同意;
// NoClause gives "", an invalid value ClauseKind(N).
func (k ClauseKind) String() string { return clauseEnum.str(int(k)) }

// IsValid reports whether k is NoClause or a defined kind.
func (k ClauseKind) IsValid() bool { return clauseEnum.valid(int(k)) }

// AppendText appends String to b; it fails with [ErrRange] for an
// invalid value.
func (k ClauseKind) AppendText(b []byte) ([]byte, error) { return clauseEnum.appendText(b, int(k)) }

// MarshalText returns String; it fails with [ErrRange] for an invalid
// value.
func (k ClauseKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText reads text with [ParseClauseKind].
func (k *ClauseKind) UnmarshalText(text []byte) error { return unmarshal(k, text, ParseClauseKind) }

// ParseClauseKind reads 說明, 交辦, 提醒, 通案原則, 核定 or 不予同意, spaces
// anywhere, or the English ids statement, assignment, caution,
// standing-rule, approval and refusal; empty text is NoClause.
func ParseClauseKind(s string) (ClauseKind, error) {
	if v, ok := clauseEnum.parse(s); ok {
		return ClauseKind(v), nil
	}
	return NoClause, clauseEnum.parseError(s)
}

// Message returns the label of k in the language nearest to t: 交辦 in
// Chinese, assignment in English; "" for NoClause.
func (k ClauseKind) Message(t language.Tag) string { return clauseEnum.message(int(k), t) }

// Ruling is a chair's ruling (主席裁示) read into clauses by [ReadRuling].
// Its Text is the ruling as the minutes wrote it.
type Ruling struct {
	Text    string   `json:"text"`
	Clauses []Clause `json:"clauses,omitempty"`
}

// String returns the ruling's text, as the minutes wrote it.
func (r Ruling) String() string { return r.Text }

// IsZero reports whether r has no text.
func (r Ruling) IsZero() bool { return r.Text == "" && len(r.Clauses) == 0 }

// Delistings returns the delisting batches the ruling approves: those of
// its Approval clauses, in order.
func (r Ruling) Delistings() []DelistingBatch {
	var out []DelistingBatch
	for _, c := range r.Clauses {
		if c.Kind == Approval {
			out = append(out, c.Delistings...)
		}
	}
	return out
}

// Clause is one clause of a ruling: the text between two separators (。
// or ；, outside brackets and quotes), what it does, and what the reader
// recognised in it. Fields the clause does not speak of are empty.
type Clause struct {
	Kind ClauseKind `json:"kind"`
	// Text is the clause as written, without its separator and the blanks
	// around it; Start and End are its byte offsets in the ruling's text.
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Subject is the matter the clause is about: 採購文件 of 有關…採購文件乙事.
	Subject string `json:"subject,omitempty"`
	// Units are the units the clause addresses, the leading one first:
	// 請資訊處會同有關單位 gives [資訊處 有關單位].
	Units []string `json:"units,omitempty"`
	// Task is what the units are asked to do: 審慎研議.
	Task string `json:"task,omitempty"`
	// Condition is when a standing rule applies: 日後如有API開發需求.
	Condition string `json:"condition,omitempty"`
	// Citations are the laws the clause cites, as [law.Finder] reads
	// them over the whole ruling (同法 in a later clause takes the law of
	// an earlier one).
	Citations []law.Citation `json:"citations,omitempty"`
	// OtherLaws reports an open-ended caution: 或其他法律規範, 其他相關法令.
	OtherLaws bool `json:"otherLaws,omitempty"`
	// Delistings are the delisting batches the clause names.
	Delistings []DelistingBatch `json:"delistings,omitempty"`
}

// String returns the clause's text.
func (c Clause) String() string { return c.Text }

// ReadRuling reads a chair's ruling as the minutes write it. It never
// fails: the text is split into clauses at 。 and ； (not inside (), （）,
// 「」, 『』, 《》, 【】, “” or 〈〉; an unclosed bracket holds the rest of the
// text), each clause trimmed of blanks, and each read for what it does:
//
//   - 有關…乙事 (一事, 乙節, 一節, 乙案, 一案; also 關於…) at its start is its Subject;
//   - 日後, 嗣後, 未來, 爾後, 往後, 今後, 後續, 將來 lead a StandingRule, whose
//     Condition is its text up to the first comma when that speaks of a case
//     (如, 若, 倘, 遇, 有, 時);
//   - 注意, 留意, 務必, 切勿 make a Caution;
//   - 請 followed by units makes an Assignment;
//   - a word that refuses or defers (不予同意, 不同意, 未同意, 未獲同意, 未予同意,
//     歉難同意, 礙難同意, 審查未通過, 未通過, 不通過, 未予核准, 不予核准, 未核准,
//     不准, 未准, 不予核定, 未獲核定, 不予備查, 未予備查, 暫緩, 緩議, 駁回,
//     否決, 不予受理) makes a Refusal, even where an approving word is in it
//     (不予同意 holds 同意): the negation governs what follows it;
//   - 審查通過, 准予備查, 同意, 准予, 照案通過, 洽悉, 核定, 通過 make an Approval;
//   - anything else is a Statement.
//
// The units after 請 are names ending as units end (處, 司, 署, 單位,
// 機關, …), joined by 會同, 協同, 偕同, 及, 與, 、, 暨 or 和, the leading one
// first; the Task is the rest of the clause. Citations are found with
// law.Finder{Registry: reg} over the whole text; reg may be nil, the
// zero Finder's reading. A delisting batch (臺灣橋頭地方檢察署因資料集內容重複，
// 申請下架資料集1筆) is read where the clause speaks of 下架.
//
// Leading 惟, 另, 又, 並, 此外, 另外 are read past. What the reader does not
// recognise stays in the clause's Text. ReadRuling is linear in the text.
func ReadRuling(text string, reg *law.Registry) Ruling {
	r := Ruling{Text: text}
	spans := splitClauses(text)
	if len(spans) == 0 {
		return r
	}
	r.Clauses = make([]Clause, 0, len(spans))
	for _, sp := range spans {
		r.Clauses = append(r.Clauses, readClause(text[sp[0]:sp[1]], sp[0]))
	}
	if hasCitationMark(text) {
		found := law.Finder{Registry: reg}.Find(text)
		k := 0
		for _, f := range found {
			if f.Err != nil || f.Citation.IsZero() {
				continue
			}
			for k < len(r.Clauses) && r.Clauses[k].End <= f.Start {
				k++
			}
			if k == len(r.Clauses) {
				break
			}
			if c := &r.Clauses[k]; f.Start >= c.Start && f.End <= c.End {
				c.Citations = append(c.Citations, f.Citation)
			}
		}
	}
	return r
}

// hasCitationMark reports whether text may cite a provision: it holds 第
// or 條. Texts without either skip the law reader.
func hasCitationMark(text string) bool {
	return strings.Contains(text, "第") || strings.Contains(text, "條")
}

// splitClauses returns the byte spans of the clauses of text: split at 。
// and ； outside brackets and quotes (() （） 「」 『』 《》 【】 “” 〈〉), trimmed of blanks, empty ones dropped.
func splitClauses(text string) [][2]int {
	var out [][2]int
	depth, start := 0, 0
	add := func(end int) {
		s, e := trimSpan(text, start, end)
		if s < e {
			out = append(out, [2]int{s, e})
		}
	}
	for i, r := range text {
		switch r {
		case '(', '（', '「', '『', '《', '【', '“', '〈':
			depth++
		case ')', '）', '」', '』', '》', '】', '”', '〉':
			if depth > 0 {
				depth--
			}
		case '。', '；':
			if depth > 0 {
				continue
			}
			add(i)
			start = i + utf8.RuneLen(r)
		}
	}
	add(len(text))
	return out
}

// trimSpan returns the span [s, e) of text less blanks at either end.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !isBlank(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !isBlank(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isBlank(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' }

// Words the reader knows.
var (
	leadWords     = []string{"此外", "另外", "惟", "另", "又", "並"}
	subjectEnds   = []string{"乙事", "一事", "乙節", "一節", "乙案", "一案"}
	timeWords     = []string{"日後", "嗣後", "未來", "爾後", "往後", "今後", "後續", "將來"}
	caseWords     = []string{"如", "若", "倘", "遇", "有", "時"}
	cautionWords  = []string{"注意", "留意", "務必", "切勿"}
	approvalWords = []string{"審查通過", "准予備查", "同意", "准予", "照案通過", "洽悉", "核定", "通過"}
	refusalWords  = []string{"不予同意", "不同意", "未同意", "未獲同意", "未予同意", "歉難同意", "礙難同意",
		"審查未通過", "未通過", "不通過", "未予核准", "不予核准", "未核准", "不准", "未准", "不予核定", "未獲核定",
		"不予備查", "未予備查", "暫緩", "緩議", "駁回", "否決", "不予受理"}
	otherLawWords = []string{"其他法律", "其他法令", "其他法規", "其他相關法", "其他相關規定", "其他規定", "相關法令", "相關法規"}
	unitEnds      = []string{"單位", "機關", "中心", "小組", "處", "司", "署", "室", "局", "院", "部", "會", "組", "科", "所", "館", "隊"}
	unitJoins     = []string{"會同", "協同", "偕同", "、", "及", "與", "暨", "和"}
	taskStarts    = []string{"，", ",", "審慎", "妥適", "參考", "儘速", "盡速", "儘快", "持續", "積極", "研議", "研擬", "研提",
		"評估", "辦理", "注意", "留意", "務必", "加強", "配合", "檢討", "提供", "提報", "提出", "函", "轉知", "督促",
		"協助", "確認", "彙整", "說明", "再", "重新", "通盤", "邀集", "召開", "定期", "落實", "仍", "應", "列管",
		"補充", "修正", "更新", "主動", "檢視", "掌握", "協調", "洽", "逕", "自行", "瞭解", "了解", "建置", "規劃",
		"追蹤", "按季", "每季", "適時", "於", "就", "將", "針對", "依", "本", "分別", "共同", "以", "在", "對", "把",
		"參照", "遵照", "研處", "查明", "檢送", "納入", "酌", "視"}
)

// hasAny reports whether s contains any of words.
func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// cutAnyPrefix returns s without the first of words it starts with.
func cutAnyPrefix(s string, words []string) (string, bool) {
	for _, w := range words {
		if rest, ok := strings.CutPrefix(s, w); ok {
			return rest, true
		}
	}
	return s, false
}

// trimComma drops commas and blanks at the start of s.
func trimComma(s string) string {
	return strings.TrimLeftFunc(s, func(r rune) bool { return r == '，' || r == ',' || r == '、' || isBlank(r) })
}

// readClause reads one clause, whose text starts at byte off of the
// ruling.
func readClause(text string, off int) Clause {
	c := Clause{Text: text, Start: off, End: off + len(text)}
	body := leadTrim(text)
	for _, p := range []string{"有關", "關於"} {
		rest, ok := strings.CutPrefix(body, p)
		if !ok {
			continue
		}
		for _, e := range subjectEnds {
			if i := strings.Index(rest, e); i > 0 {
				c.Subject = strings.TrimSpace(rest[:i])
				body = leadTrim(rest[i+len(e):])
				break
			}
		}
		break
	}
	c.OtherLaws = hasAny(body, otherLawWords)
	c.Delistings = readDelistings(text)
	switch {
	case hasTimeWord(body):
		c.Kind = StandingRule
		cond, rest := body, ""
		if i := strings.IndexAny(body, "，,"); i >= 0 {
			cond, rest = body[:i], body[i:]
		}
		if hasAny(cond, caseWords) && rest != "" {
			c.Condition = strings.TrimSpace(cond)
			body = trimComma(rest)
		}
		c.Units, c.Task = readAssignment(body)
	case hasAny(body, cautionWords):
		c.Kind = Caution
		c.Units, c.Task = readAssignment(body)
	case strings.HasPrefix(body, "請"):
		c.Kind = Assignment
		c.Units, c.Task = readAssignment(body)
	case hasAny(body, refusalWords):
		c.Kind = Refusal
	case hasAny(body, approvalWords):
		c.Kind = Approval
	default:
		c.Kind = Statement
	}
	return c
}

// leadTrim drops blanks, commas and the words that lead a clause (惟, 另, …).
func leadTrim(s string) string {
	s = trimComma(s)
	for {
		rest, ok := cutAnyPrefix(s, leadWords)
		if !ok {
			return s
		}
		s = trimComma(rest)
	}
}

// hasTimeWord reports whether s starts with a word of later time (日後,
// 嗣後, …), possibly after 請.
func hasTimeWord(s string) bool {
	s = strings.TrimPrefix(s, "請")
	_, ok := cutAnyPrefix(s, timeWords)
	return ok
}

// readAssignment reads 請X會同Y… from the start of s: the units and the
// task. Without 請, or without a unit the reader knows, there are no
// units and the task is s.
func readAssignment(s string) (units []string, task string) {
	rest, ok := strings.CutPrefix(s, "請")
	if !ok {
		return nil, strings.TrimSpace(s)
	}
	for {
		u, after, ok := readUnit(rest)
		if !ok {
			break
		}
		units = append(units, u)
		rest = after
		next, joined := cutAnyPrefix(rest, unitJoins)
		if !joined {
			break
		}
		if _, _, ok := readUnit(next); !ok {
			break
		}
		rest = next
	}
	if len(units) == 0 {
		return nil, strings.TrimSpace(strings.TrimPrefix(s, "請"))
	}
	return units, strings.TrimSpace(trimComma(rest))
}

// maxUnitRunes is the longest unit name readUnit takes.
const maxUnitRunes = 24

// readUnit reads a unit's name at the start of s: the shortest run of
// letters ending as units end (處, 司, 單位, …) followed by a join, a
// task's first word or punctuation.
func readUnit(s string) (unit, rest string, ok bool) {
	n := 0
	for i, r := range s {
		if n == maxUnitRunes || !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || r == '(' || r == ')') {
			break
		}
		n++
		end := i + utf8.RuneLen(r)
		name := s[:end]
		if !endsWithAny(name, unitEnds) {
			continue
		}
		after := s[end:]
		if after == "" || startsWithAny(after, unitJoins) || startsWithAny(after, taskStarts) || startsPunct(after) {
			return name, after, true
		}
	}
	return "", s, false
}

func endsWithAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

func startsWithAny(s string, words []string) bool {
	_, ok := cutAnyPrefix(s, words)
	return ok
}

func startsPunct(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsPunct(r) || isBlank(r)
}
