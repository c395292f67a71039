package datasets

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/internal/numeral"
	"golang.org/x/text/language"
)

// A RankClaim is what a document says of an agency's place in a ranking
// by open datasets: 資料開放數量名列各部會第二 (Rank 2), 名列前三 (Rank 3,
// AtMost). [ParseRankClaim] reads it; [CheckRankClaim] checks it against
// a ranking table.
type RankClaim struct {
	Name   string `json:"name,omitzero"`   // the agency the text names (法務部資料開放數量…), as [ParsePublisher] names it; "" when it names none or itself (本部), so the caller's is meant
	Rank   int    `json:"rank,omitzero"`   // the rank claimed, 1 or more: 2 for 第二; for AtMost, the last place claimed (3 for 前三)
	AtMost bool   `json:"atMost,omitzero"` // a place among the first Rank (前三: rank 1, 2 or 3), not the Rank-th place
	Text   string `json:"text,omitzero"`   // the claim as written, trimmed; "" when not parsed
}

// MaxRankClaim is the longest text, in bytes, that [ParseRankClaim]
// reads: a claim is a clause, not a page.
const MaxRankClaim = 1024

// ParseRankClaim reads a claim of a rank as documents write it, one
// clause: an optional agency, an optional measure, an optional verb and
// scope, then the rank.
//
//	資料開放數量名列各部會第二     Rank 2
//	排名第2, 第2名, 第十一名       Rank 2, 2, 11
//	居各部會之冠, 居冠, 位居首位     Rank 1
//	名列前三, 前3名, 前十大          Rank 3, 3, 10, AtMost
//	法務部資料集數量在各部會中排名第二 Name 法務部, Rank 2
//
// The rank is 第 or 前 and a number (ASCII, full-width or Chinese
// digits: 二, 十一, 兩), perhaps followed by 名, 位 or 大; or 之冠, 居冠,
// 首位, 榜首 for the first place. 前N is a place among the first N
// (AtMost): under competition ranking ([Rank]) an agency tied at the Nth
// place is within 前N, one after a tie that passes N is not. The
// measure (資料開放數量, 資料集數量, 開放數量, …), the verb (名列, 排名,
// 位居, 居, 列, 為, …) and the scope (各部會, 中央各部會, 部會, 各機關, with
// 在, 於, 中, 之中) may each be left out; blanks anywhere and punctuation
// at the end are ignored. What stands before them is the agency
// (Name, read by [ParsePublisher]); 本部, 本部及所屬機關 and other words
// for the writer's own ministry are no name (""), and 及所屬機關 after a
// name is dropped: a ministry's count includes its agencies'.
//
// A claim counted from the bottom (名列倒數第二, 敬陪末座 aside) or negated
// (未名列前三, 並非名列第一, 不在前三名, 沒有進入前三) is [ErrNegated]: it
// says where the agency is not, and is never read as rank N.
//
// Text without a rank at the end, or with a rank of no number (名列前茅),
// is [ErrSyntax], as are a range of ranks (第四名至第八名, as statutes
// write of prizes) and text before the claim that is no name (it holds
// punctuation: cut the claim out of its sentence first). A rank of 0 or
// past 999,999,999,999 is [ErrRange]; text longer than [MaxRankClaim]
// is [ErrTooLarge]. [RankClaim.String] writes what ParseRankClaim reads
// back to the same Name, Rank and AtMost.
func ParseRankClaim(s string) (RankClaim, error) {
	if len(s) > MaxRankClaim {
		return RankClaim{}, perr("ParseRankClaim", s, ErrTooLarge, "datasets.too-large.claim", MaxRankClaim)
	}
	if !utf8.ValidString(s) {
		return RankClaim{}, perr("ParseRankClaim", s, ErrSyntax, "datasets.syntax.name")
	}
	text := strings.TrimSpace(strings.ReplaceAll(s, "\ufeff", ""))
	t := strings.Join(strings.Fields(text), "")
	t = strings.TrimRightFunc(t, isClaimEnd)
	rank, atMost, rest, err := rankPhrase(s, t)
	if err != nil {
		return RankClaim{}, err
	}
	subject, err := claimNegation(s, rest)
	if err != nil {
		return RankClaim{}, err
	}
	name, err := claimSubject(s, subject)
	if err != nil {
		return RankClaim{}, err
	}
	return RankClaim{Name: name, Rank: rank, AtMost: atMost, Text: text}, nil
}

// isClaimEnd reports whether r may end a claim without being part of it:
// the punctuation a sentence ends a clause with.
func isClaimEnd(r rune) bool { return strings.ContainsRune("。，；！、.,;!：:", r) }

// firstPlace are the words for the first place, 居各部會之冠.
var firstPlace = [...]string{"之冠", "居冠", "首位", "榜首"}

// rankPhrase reads the rank at the end of t (s as written, for errors):
// the rank, whether it is 前N, and what stands before it.
func rankPhrase(s, t string) (rank int, atMost bool, rest string, err error) {
	for _, w := range firstPlace {
		if r, ok := strings.CutSuffix(t, w); ok {
			return 1, false, r, nil
		}
	}
	u := t
	for _, w := range [...]string{"名", "位", "大"} {
		if r, ok := strings.CutSuffix(u, w); ok {
			u = r
			break
		}
	}
	// The numeral at the end: the longest run of runes of one kind.
	end := len(u)
	i := end
	kind := numeral.None
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(u[:i])
		k := numeral.KindOf(r)
		if k == numeral.None || kind != numeral.None && k != kind {
			break
		}
		kind = k
		i -= n
	}
	var before string
	switch {
	case i == end:
	case strings.HasSuffix(u[:i], "第"):
		before = u[:i-len("第")]
	case strings.HasSuffix(u[:i], "前"):
		before, atMost = u[:i-len("前")], true
	default:
		i = end
	}
	if i == end {
		return 0, false, "", perr("ParseRankClaim", s, ErrSyntax, "datasets.syntax.claim-rank")
	}
	n, nerr := numeral.Parse(u[i:end])
	switch {
	case errors.Is(nerr, numeral.ErrRange):
		return 0, false, "", perr("ParseRankClaim", s, ErrRange, "datasets.range.rank")
	case nerr != nil:
		return 0, false, "", perr("ParseRankClaim", s, ErrSyntax, "datasets.syntax.rank")
	case n < 1:
		return 0, false, "", perr("ParseRankClaim", s, ErrRange, "datasets.range.rank-zero")
	}
	return n, atMost, before, nil
}

// claimWords are the words between an agency and its rank: measures,
// verbs, scopes and particles, longest first.
var claimWords = func() []string {
	words := []string{
		// The measure.
		"資料開放數量", "開放資料集數量", "開放資料數量", "資料集開放數量", "資料集數量", "開放數量", "開放資料集數", "資料集數", "數量",
		// The verb.
		"名列", "排名", "排行", "位居", "位列", "高居", "躍居", "並列", "居", "列", "為",
		"進入", "擠進", "躋身", "列入", "屬於", "屬", "是", "在於",
		"獲得", "榮獲", "取得", "得到", "獲", "占", "佔",
		// Particles.
		"在", "於", "之", "的",
		// A ministry's count includes its agencies'.
		"及所屬各機關", "暨所屬各機關", "及所屬機關", "暨所屬機關", "及所屬",
	}
	for _, scope := range []string{"行政院各部會", "中央各部會", "中央部會", "各部會", "部會", "各機關", "中央機關"} {
		words = append(words, scope, scope+"中", scope+"之中", scope+"間")
	}
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return words
}()

// stripClaimWords returns rest without the claim's words at its end, as
// many as stand there.
func stripClaimWords(rest string) string {
	for {
		cut := false
		for _, w := range claimWords {
			if r, ok := strings.CutSuffix(rest, w); ok {
				rest, cut = r, true
				break
			}
		}
		if !cut {
			return rest
		}
	}
}

// negations are the words that, before a claim's rank, negate it
// (未名列前三, 並非名列第一, 不在前三名), longest first.
var negations = func() []string {
	words := []string{"並非", "並未", "尚未", "未能", "未曾", "從未", "不是", "並不", "沒有", "未", "不", "非", "無", "沒"}
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return words
}()

// fromBottom are the words that count a rank from the bottom (倒數第二).
var fromBottom = [...]string{"倒數", "倒数", "末"}

// claimNegation strips the claim's words from rest, what stands before
// the rank (s as written, for errors), and returns the agency's name that
// remains. A rank counted from the bottom (名列倒數第二) or a negated claim
// (未名列前三, 並非名列第一) is no claim of the rank it writes:
// [ErrNegated], never rank N.
func claimNegation(s, rest string) (string, error) {
	// 倒數 stands right before the rank (名列倒數第二), before the claim's
	// words are stripped; a negation before them (未名列前三).
	for _, w := range fromBottom {
		if strings.HasSuffix(rest, w) {
			return "", perr("ParseRankClaim", s, ErrNegated, "datasets.negated.bottom")
		}
	}
	rest = stripClaimWords(rest)
	for _, w := range negations {
		if strings.HasSuffix(rest, w) {
			return "", perr("ParseRankClaim", s, ErrNegated, "datasets.negated.not")
		}
	}
	return rest, nil
}

// selfNames are the words for the writer's own ministry.
var selfNames = [...]string{"本部", "本機關", "本署", "本院", "本會", "我部", "本部會"}

// claimSubject reads the agency that stands before a claim's words (s as
// written, for errors): "" for none or the writer's own.
func claimSubject(s, subject string) (string, error) {
	if subject == "" || slices.Contains(selfNames[:], subject) {
		return "", nil
	}
	if r, _ := utf8.DecodeLastRuneInString(subject); strings.ContainsRune("至到~～-－—", r) {
		return "", perr("ParseRankClaim", s, ErrSyntax, "datasets.syntax.claim-range")
	}
	if strings.ContainsFunc(subject, func(r rune) bool {
		return unicode.IsPunct(r) && !strings.ContainsRune("()（）", r) || unicode.IsSymbol(r)
	}) {
		return "", perr("ParseRankClaim", s, ErrSyntax, "datasets.syntax.claim-name")
	}
	p, err := ParsePublisher(subject)
	if err != nil {
		return "", errtype.Wrap[pkg]("ParseRankClaim", s, err, ErrSyntax)
	}
	// The name as ParsePublisher gives it (臺灣高等檢察署 for 台高檢) must
	// read back as itself.
	if name := p.Name(); stripClaimWords(name) != name || slices.Contains(selfNames[:], name) {
		return "", perr("ParseRankClaim", s, ErrSyntax, "datasets.syntax.claim-name")
	}
	return p.Name(), nil
}

// String returns the claim in its canonical Chinese form, the one
// [ParseRankClaim] reads back: 資料開放數量名列各部會第二, 法務部資料開放數量名列各部會前三.
// It is Message(finding.Chinese); the zero RankClaim, and one whose Rank
// is below 1, is "".
func (c RankClaim) String() string { return c.Message(finding.Chinese) }

// Message returns the claim in the language nearest to t: in Chinese as
// String writes it, in English open datasets rank 2nd among the
// ministries; "" for a claim whose Rank is below 1.
func (c RankClaim) Message(t language.Tag) string {
	if c.Rank < 1 {
		return ""
	}
	var rank string
	switch {
	case english(t) && c.AtMost:
		rank = itoa(c.Rank)
	case english(t):
		rank = ordinal(c.Rank)
	case c.Rank <= numeral.Max:
		rank = numeral.Format(c.Rank)
	default:
		rank = itoa(c.Rank)
	}
	code := "datasets.rank-claim.exact"
	if c.AtMost {
		code = "datasets.rank-claim.at-most"
	}
	s := i18n.Sprintf(t, code, rank)
	if c.Name != "" {
		s = i18n.Sprintf(t, "datasets.rank-claim.named", c.Name, s)
	}
	return s
}

// ordinal writes n as an English ordinal: 1st, 2nd, 3rd, 11th, 22nd.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return itoa(n) + suffix
}

// CheckRankClaim checks claim c against ranked, a ranking ([Rank] of the
// entries of [ImportRanking], or [RankMinistries]), for the agency c
// names, or name when c names none (本部: the caller knows who wrote it).
// Names are compared as [RankOf] compares them.
//
// The claim holds (finding.Passed) when the agency's competition rank is
// the rank claimed, or for 前N (AtMost) at most N; an agency that shares
// the rank claimed holds it (counts 9, 7, 7: both 7s are 第二). Otherwise
// it fails (finding.Failed, severity finding.Error). It cannot be checked
// (finding.Unchecked, severity finding.Notice), and the Detail says why,
// when ranked is empty (no ranking table is given), when the claim has no
// rank, when no agency is named by c or name, or when ranked does not list
// the agency (a table of the first ten says nothing of the eleventh). The
// work is linear in ranked.
func CheckRankClaim(ranked []Ranked, name string, c RankClaim) RankCheck {
	k := RankCheck{Code: "datasets.rank-claim", Claim: c, Name: c.Name, Printed: c.Rank}
	if k.Name == "" {
		k.Name = name
	}
	i := -1
	switch {
	case len(ranked) == 0:
		k.Why = "datasets.rank-claim.no-table"
	case c.Rank < 1:
		k.Why = "datasets.rank-claim.no-rank"
	case rankKey(k.Name) == "":
		k.Why = "datasets.rank-claim.no-name"
	default:
		if i = indexOf(ranked, k.Name); i < 0 {
			k.Why = "datasets.rank-claim.not-listed"
		}
	}
	if i < 0 {
		k.Verdict, k.Severity = finding.Unchecked, finding.Notice
		k.Detail = k.detail(finding.Chinese)
		return k
	}
	r := ranked[i]
	k.Computed, k.Count, k.Row = r.Rank, r.Count, r.Row
	for j, o := range ranked {
		if j != i && o.Rank == r.Rank {
			k.Tied++
		}
	}
	if r.Rank == c.Rank || c.AtMost && r.Rank <= c.Rank {
		k.Verdict, k.Why = finding.Passed, "datasets.rank-claim.agrees"
	} else {
		k.Verdict, k.Severity, k.Why = finding.Failed, finding.Error, "datasets.rank-claim.differs"
	}
	k.Detail = k.detail(finding.Chinese)
	return k
}

// A RankCheck is the check of a [RankClaim] against a ranking by
// [CheckRankClaim]. Its Code is datasets.rank-claim; Why says what was
// found:
//
//   - datasets.rank-claim.agrees: the ranking gives the rank claimed
//     (Passed);
//   - datasets.rank-claim.differs: it does not (Failed, finding.Error);
//   - datasets.rank-claim.no-table: no ranking is given (Unchecked,
//     finding.Notice);
//   - datasets.rank-claim.no-rank: the claim has no rank (Unchecked);
//   - datasets.rank-claim.no-name: no agency is named (Unchecked);
//   - datasets.rank-claim.not-listed: the ranking does not list the
//     agency (Unchecked);
//   - datasets.rank-claim.unplaced: publishers of the catalog ranked could
//     not be placed in the register ([MinistryRanking.CheckClaim]), so
//     no rank is known (Unchecked).
type RankCheck struct {
	Verdict  finding.Verdict  `json:"verdict,omitzero"`  // Passed, Failed or Unchecked
	Severity finding.Severity `json:"severity,omitzero"` // finding.Error when Failed, finding.Notice when Unchecked, none when Passed
	Code     string           `json:"code,omitzero"`     // datasets.rank-claim
	Why      string           `json:"why,omitzero"`      // what was found: datasets.rank-claim.agrees, …
	Claim    RankClaim        `json:"claim,omitzero"`    // the claim checked
	Name     string           `json:"name,omitzero"`     // the agency checked: the claim's Name, else the caller's
	Printed  int              `json:"printed,omitzero"`  // the rank claimed (Claim.Rank)
	Computed int              `json:"computed,omitzero"` // the agency's rank in the ranking; 0 when Unchecked
	Count    int              `json:"count,omitzero"`    // the agency's count in the ranking; 0 when Unchecked
	Tied     int              `json:"tied,omitzero"`     // how many other agencies share its rank
	Row      int              `json:"row,omitzero"`      // the agency's source row in the ranking table; 0 when not imported or Unchecked
	// Unplaced and UnplacedDatasets are, for datasets.rank-claim.unplaced,
	// the publishers the register could not place and their datasets.
	Unplaced         int    `json:"unplaced,omitzero"`
	UnplacedDatasets int    `json:"unplacedDatasets,omitzero"`
	Detail           string `json:"detail,omitzero"` // what was found, in Traditional Chinese: Message(finding.Chinese) without the claim
}

var _ finding.Result = RankCheck{}

// Head returns the check's code, severity, verdict and the agency's
// source row in the ranking table.
func (k RankCheck) Head() finding.Head {
	return finding.Head{Code: k.Code, Severity: k.Severity, Verdict: k.Verdict, Row: k.Row}
}

// String returns the check as an official reads it, in Traditional
// Chinese: Message(finding.Chinese),
// 資料開放數量名列各部會第二：依排名表，法務部資料集2,963筆，名列第2，相符.
func (k RankCheck) String() string { return k.Message(finding.Chinese) }

// Message returns the check in the language nearest to t: the claim
// (in Chinese as the document wrote it, its Text, else its String),
// then what the ranking says and the verdict:
// 資料開放數量名列各部會第二：未提供排名表，無法查核 (what was found alone
// for a claim without a rank). The verdict is in the text; no severity
// is written before it.
func (k RankCheck) Message(t language.Tag) string {
	claim := strings.TrimRightFunc(k.Claim.Text, isClaimEnd)
	if claim == "" || english(t) {
		claim = k.Claim.Message(t)
	}
	if claim == "" {
		return k.detail(t)
	}
	return i18n.Sprintf(t, "datasets.rank-claim", claim, k.detail(t))
}

// detail writes what was found in the language nearest to t.
func (k RankCheck) detail(t language.Tag) string {
	switch k.Why {
	case "datasets.rank-claim.agrees", "datasets.rank-claim.differs":
	case "datasets.rank-claim.not-listed":
		return i18n.Sprintf(t, k.Why, k.Name)
	case "datasets.rank-claim.unplaced":
		return i18n.Sprintf(t, k.Why, i18n.Number(k.Unplaced), i18n.Number(k.UnplacedDatasets))
	case "":
		return ""
	default:
		return i18n.Sprintf(t, k.Why)
	}
	rank := itoa(k.Computed)
	if english(t) {
		rank = ordinal(k.Computed)
	}
	place := "datasets.rank-claim.place"
	if k.Tied > 0 {
		place = "datasets.rank-claim.place-tied"
	}
	var verdict string
	switch {
	case k.Claim.AtMost && k.Why == "datasets.rank-claim.agrees":
		verdict = i18n.Sprintf(t, "datasets.rank-claim.within", itoa(k.Claim.Rank))
	case k.Claim.AtMost:
		verdict = i18n.Sprintf(t, "datasets.rank-claim.outside", itoa(k.Claim.Rank))
	default:
		verdict = i18n.Sprintf(t, k.Why)
	}
	return i18n.Sprintf(t, "datasets.rank-claim.found", k.Name, i18n.Number(k.Count), i18n.Sprintf(t, place, rank), verdict)
}
