package inventory

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

func TestValidate(t *testing.T) {
	good := []Record{
		{Serial: 1, Name: "法務統計資料庫系統", Class: Open, Unit: "本部統計處"},
		{Serial: 2, Name: "廉政業務管理系統", Class: Closed, Unit: "廉政署", Grounds: NewGrounds("《檔案法》第18條第2款")},
		{Serial: 3, Name: "更生保護資料庫", Class: Limited, Unit: "保護司", Grounds: NewGrounds("個人資料保護法第16條"), Conditions: "學術研究機構得以書面申請"},
	}
	if got := (Inventory{Date: rocdate.MustParse("111年5月19日"), Records: good}).Validate(); len(got) != 0 {
		t.Fatalf("Validate() of a good inventory = %v, want none", got)
	}
	bad := []Record{
		{Serial: 1, Name: "甲", Class: Open, Unit: "統計處", Grounds: NewGrounds("檔案法第18條")},
		{Serial: 2, Name: "乙", Class: Limited, Unit: "保護司"},
		{Serial: 3, Name: "丙", Class: Closed, Unit: "廉政署", Grounds: NewGrounds(" ")},
		{Serial: 3, Name: "", Class: Closed, Unit: "", Grounds: NewGrounds("刑事訴訟法第0條", "刑事訴訟法第245條")},
		{Serial: 0, Name: "未分類系統", Unit: "資訊處"},
		{Serial: 6, Name: "怪", Class: Class(9), Unit: "資訊處"},
		{},
	}
	type p struct {
		Index  int
		Serial int
		Rule   Rule
		Ground string
	}
	want := []p{
		{0, 1, RuleOpenNoGrounds, "檔案法第18條"},
		{1, 2, RuleLimitedGrounds, ""},
		{1, 2, RuleLimitedConditions, ""},
		{2, 3, RuleClosedGrounds, ""},
		{3, 3, RuleUniqueSerial, ""},
		{3, 3, RuleName, ""},
		{3, 3, RuleUnit, ""},
		{3, 3, RuleGroundParses, "刑事訴訟法第0條"},
		// 第245條 went from 5 to 7 項 on 113年7月31日, after the
		// inventory's date: a later development, not a problem (TestLater).
		{4, 0, RuleSerial, ""},
		{4, 0, RuleClassified, ""},
		{5, 6, RuleClassified, ""},
		{6, 0, RuleSerial, ""},
		{6, 0, RuleName, ""},
		{6, 0, RuleUnit, ""},
		{6, 0, RuleClassified, ""},
	}
	probs := Inventory{Date: rocdate.MustParse("111年5月19日"), Records: bad}.Validate()
	var got []p
	for _, pr := range probs {
		got = append(got, p{pr.Index, pr.Serial, pr.Rule, pr.Ground})
		wantSev := finding.Error
		if pr.Code != pr.Rule.Code() || !strings.HasPrefix(pr.Code, "inventory.") {
			t.Errorf("%v: code %q, want %q", pr, pr.Code, pr.Rule.Code())
		}
		if pr.Severity != wantSev {
			t.Errorf("%v: severity %v, want %v", pr, pr.Severity, wantSev)
		}
		if pr.Name != bad[pr.Index].Name {
			t.Errorf("%v names %q, want %q", pr, pr.Name, bad[pr.Index].Name)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate() mismatch (-want +got):\n%s", diff)
	}
	for _, pr := range probs {
		if pr.Rule == RuleUniqueSerial && !strings.Contains(pr.Detail, "第3筆「丙」") {
			t.Errorf("duplicate 序號 problem %q does not name the first record", pr.Detail)
		}
		if pr.Rule == RuleGroundParses && !strings.Contains(pr.Detail, "數字為零（第7字）") {
			t.Errorf("ground problem %q does not say why", pr.Detail)
		}
		if pr.Rule == RuleGroundParses && !strings.Contains(pr.Message(finding.English), "number zero (character 7)") {
			t.Errorf("ground problem %q does not say why", pr.Message(finding.English))
		}
	}
}

func TestProblemString(t *testing.T) {
	p := Problem{Severity: finding.Error, Code: RuleClosedGrounds.Code(), Row: 5, Serial: 86, Name: "廉政業務管理系統", Rule: RuleClosedGrounds, Detail: "丙類不開放資料未列法令依據"}
	want := "錯誤：序號86「廉政業務管理系統」 丙類應有法令依據：丙類不開放資料未列法令依據"
	if got := p.String(); got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if p.Code != "inventory.closed-needs-grounds" {
		t.Errorf("Code = %q", p.Code)
	}
	if _, isError := any(p).(error); isError {
		t.Error("a Problem is an error; findings are not")
	}
	if got := (Problem{Serial: 1, Rule: RuleName, Severity: finding.Notice}).String(); got != "注意：序號1 應有系統、資料庫名稱" {
		t.Errorf("String() = %q", got)
	}
}

// textEnum is what every enum of the package implements.
type textEnum interface {
	comparable
	String() string
	IsValid() bool
	AppendText(b []byte) ([]byte, error)
	MarshalText() ([]byte, error)
}

// checkEnum checks the enum convention for the values 0 … n-1 of E: String
// and MarshalText agree, UnmarshalText reads each back and its English id
// too, an invalid value fails with ErrRange, unknown text with ErrSyntax.
func checkEnum[E textEnum](t *testing.T, name string, n int, ids []string, unmarshal func(*E, []byte) error) {
	t.Helper()
	conv := func(i int) E { return reflect.ValueOf(uint8(i)).Convert(reflect.TypeFor[E]()).Interface().(E) }
	seen := map[string]bool{}
	for i := range n {
		e := conv(i)
		b, err := e.MarshalText()
		if err != nil || string(b) != e.String() || !e.IsValid() {
			t.Errorf("%s(%d).MarshalText() = %q, %v", name, i, b, err)
		}
		if a, err := e.AppendText([]byte("x")); err != nil || string(a) != "x"+e.String() {
			t.Errorf("%s(%d).AppendText = %q, %v", name, i, a, err)
		}
		if seen[string(b)] {
			t.Errorf("%s: %q twice", name, b)
		}
		seen[string(b)] = true
		var back E
		if err := unmarshal(&back, b); err != nil || back != e {
			t.Errorf("%s: UnmarshalText(%q) = %v, %v", name, b, back, err)
		}
		if ids[i] != "" {
			var byID E
			if err := unmarshal(&byID, []byte(strings.ToUpper(ids[i][:1])+ids[i][1:])); err != nil || byID != e {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v, want %v", name, ids[i], byID, err, e)
			}
		}
	}
	bad := conv(200)
	if !strings.Contains(bad.String(), "(200)") || bad.IsValid() {
		t.Errorf("%s(200).String() = %q", name, bad.String())
	}
	var pe *ParseError
	if _, err := bad.MarshalText(); !errors.Is(err, ErrRange) || !errors.As(err, &pe) || pe.Code() != "inventory.range" {
		t.Errorf("%s(200).MarshalText() error = %v", name, err)
	}
	var v E
	if err := unmarshal(&v, []byte("無此值")); !errors.Is(err, ErrSyntax) || !errors.As(err, &pe) {
		t.Errorf("%s: UnmarshalText(無此值) error = %v", name, err)
	}
}

func TestEnumsText(t *testing.T) {
	checkEnum(t, "Class", int(Closed)+1, []string{"unclassified", "open", "limited", "closed"}, (*Class).UnmarshalText)
	checkEnum(t, "Rule", int(RuleLawKnown)+1, ruleText.IDs, (*Rule).UnmarshalText)
	checkEnum(t, "ChangeKind", int(Removed)+1, []string{"", "modified", "added", "removed"}, (*ChangeKind).UnmarshalText)
	checkEnum(t, "Field", int(FieldNote)+1, []string{"", "name", "description", "items", "class", "grounds", "conditions", "unit", "note"}, (*Field).UnmarshalText)
	checkEnum(t, "Figure", int(FigureLaw)+1, []string{"", "open", "limited", "closed", "unclassified", "total", "laws", "law"}, (*Figure).UnmarshalText)
	// The zero value of each enum means "not given".
	if NoChangeKind != 0 || NoField != 0 || NoFigure != 0 || NoRule != 0 || Unclassified != 0 {
		t.Error("an enum's zero value is not its not-given constant")
	}
	if r, err := ParseRule("inventory.closed-needs-grounds"); err != nil || r != RuleClosedGrounds {
		t.Errorf("ParseRule(code) = %v, %v", r, err)
	}
}

func TestRecordCitations(t *testing.T) {
	r := Record{Grounds: NewGrounds("《刑事訴訟法》第245條第1、3項", "檔案法第0條", "通保法第11條\n洗錢防制法第13條")}
	cs, err := r.Citations()
	if !errors.Is(err, ErrRange) {
		t.Errorf("Citations() error = %v, want ErrRange", err)
	}
	var got []string
	for _, c := range cs {
		got = append(got, c.Law)
	}
	if diff := cmp.Diff([]string{"刑事訴訟法", "通保法", "洗錢防制法"}, got); diff != "" {
		t.Errorf("Citations() laws (-want +got):\n%s", diff)
	}
	inv := Inventory{Records: []Record{r, {Serial: 7, Name: "七", Items: []string{"a"}}}}
	rec, ok := inv.Record(7)
	if !ok || rec.Name != "七" {
		t.Fatalf("Record(7) = %v, %v", rec, ok)
	}
	rec.Items[0] = "b"
	if inv.Records[1].Items[0] != "a" {
		t.Error("Record returned the inventory's own slice")
	}
	if _, ok := inv.Record(8); ok {
		t.Error("Record(8) found a record")
	}
}

// TestNoneWords: a word for none in 法令依據 is no ground (no citation is
// read, the class rules apply as to a blank), and in 乙類's 利用條件 it is
// no conditions, so the rule that 乙類 gives conditions fails.
func TestNoneWords(t *testing.T) {
	words := []string{"「無」", "無", "N/A", "NA", "n/a", "不適用", "-", "－", "—", "免", "ＮＡ", "Ｎ／Ａ", " 無。", "『不適用』"}
	for _, w := range words {
		t.Run(w, func(t *testing.T) {
			if !NoneWord(w) || !NewGround(w).Blank() || len(NewGround(w).Citations) != 0 || NewGround(w).Err != nil {
				t.Errorf("NewGround(%q) = %+v, want no ground", w, NewGround(w))
			}
			rows := [][]string{
				{"序號", "系統、資料庫名稱", "資料分類", "管理單位", "法令依據", "利用條件"},
				{"1", "法務統計資料庫系統", "甲類", "統計處", w, ""},
				{"2", "更生保護系統", "丙類", "保護司", w, ""},
				{"3", "矯正機關收容人資料", "乙類", "矯正署", "個人資料保護法第16條", w},
			}
			recs, err := ImportRecords(rows)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range (Inventory{Date: deckDay, Records: recs}).Validate() {
				if p.Severity != finding.Notice {
					got = append(got, fmt.Sprint(p.Serial, " ", p.Code))
				}
			}
			want := []string{"2 inventory.closed-needs-grounds", "3 inventory.limited-needs-conditions"}
			if !slices.Equal(got, want) {
				t.Errorf("Validate() = %q, want %q", got, want)
			}
		})
	}
	for _, s := range []string{"", "無法令依據", "個人資料保護法第16條", "依法不適用之規定", "NAN", "免費", "無償申請"} {
		if NoneWord(s) {
			t.Errorf("NoneWord(%q) = true", s)
		}
	}
}

// TestOrdinalsFromOne: ordinals shown to people count from 1: a 序號
// given twice by records not imported (no Row) names the first record as
// 第1筆, never 第0筆; imported records name their rows.
func TestOrdinalsFromOne(t *testing.T) {
	inv := Inventory{Date: deckDay, Records: []Record{
		{Serial: 7, Name: "法務統計資料庫系統", Unit: "統計處", Class: Open},
		{Serial: 7, Name: "更生保護系統", Unit: "保護司", Class: Open},
	}}
	var got []string
	for _, p := range inv.Validate() {
		got = append(got, p.Message(finding.Chinese), p.Message(finding.English))
	}
	want := []string{"錯誤：序號7「更生保護系統」 序號不得重複：與第1筆「法務統計資料庫系統」重複",
		"error: serial 7 更生保護系統 [no two records share a serial number]: the same as that of record 1, 法務統計資料庫系統"}
	if !slices.Equal(got, want) {
		t.Errorf("Validate() = %q, want %q", got, want)
	}
	for _, s := range got {
		if strings.Contains(s, "第0") || strings.Contains(s, "record 0") || strings.Contains(s, "row 0") {
			t.Errorf("message %q counts from 0", s)
		}
	}
}
