package inventory

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// deckDay is the day of the deck's meeting.
var deckDay = rocdate.MustParse("111年5月19日")

// withColumn returns the deck's record rows with a column added after
// 管理單位, its cell for record 82 and for record 86.
func withColumn(name, cell82, cell86 string) [][]string {
	rows := deckRows()
	for i, row := range rows {
		if len(row) < 7 {
			continue
		}
		add := name
		switch row[0] {
		case "82":
			add = cell82
		case "86":
			add = cell86
		}
		rows[i] = append(append(append([]string(nil), row[:6]...), add), row[6:]...)
	}
	return rows
}

// uncheckedEntry is what a test expects of an Unchecked.
type uncheckedEntry struct {
	Index  int
	Serial int
	Rule   Rule
	Field  Field
}

// entries returns the parts of us a test compares.
func entries(us []Unchecked) []uncheckedEntry {
	var out []uncheckedEntry
	for _, u := range us {
		out = append(out, uncheckedEntry{u.Index, u.Serial, u.Rule, u.Field})
	}
	return out
}

// problemRules returns the rules of ps, by record index.
func problemRules(ps []Problem) map[int][]Rule {
	out := map[int][]Rule{}
	for _, p := range ps {
		out[p.Index] = append(out[p.Index], p.Rule)
	}
	return out
}

// TestDeckUnknownGrounds: the deck's record excerpt has no 法令依據
// column, so record 86 (丙類) is not missing its grounds: they are unknown.
// With a 法令依據 column whose cell for 86 is empty, the error is as before.
func TestDeckUnknownGrounds(t *testing.T) {
	tests := []struct {
		name      string
		rows      [][]string
		problems  map[int][]Rule
		unchecked []uncheckedEntry
		passed    int
		failed    int
	}{
		{
			name:     "no 法令依據 column",
			rows:     deckRows(),
			problems: map[int][]Rule{},
			unchecked: []uncheckedEntry{
				{0, 82, RuleOpenNoGrounds, FieldGrounds},
				{1, 86, RuleClosedGrounds, FieldGrounds},
			},
			passed: 10, // 序號, unique 序號, name, unit, class, for each
		},
		{
			name:     "a 法令依據 column, empty for 86",
			rows:     withColumn("法令依據", "", ""),
			problems: map[int][]Rule{1: {RuleClosedGrounds}},
			passed:   11, failed: 1,
		},
		{
			name:     "a 法令依據 column citing a ground for 86",
			rows:     withColumn("法令依據", "", "《洗錢防制法》第13條第1項"),
			problems: map[int][]Rule{},
			// and the ground parses, its provision exists, its law is known
			passed: 12 + 3,
		},
		{
			name:     "a 法令依據 column citing a ground for 82",
			rows:     withColumn("法源依據", "《檔案法》第18條第2款", "《洗錢防制法》第13條第1項"),
			problems: map[int][]Rule{0: {RuleOpenNoGrounds}},
			passed:   12 + 6 - 1, failed: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, err := ImportRecords(tt.rows)
			if err != nil {
				t.Fatal(err)
			}
			inv := Inventory{Date: deckDay, Records: recs}
			res := inv.Check()
			if diff := cmp.Diff(tt.problems, problemRules(res.Problems)); diff != "" {
				t.Errorf("Check().Problems (-want +got):\n%s\n%v", diff, res.Problems)
			}
			if diff := cmp.Diff(tt.problems, problemRules(inv.Validate())); diff != "" {
				t.Errorf("Validate() (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.unchecked, entries(res.Unchecked)); diff != "" {
				t.Errorf("Check().Unchecked (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.unchecked, entries(inv.Unchecked())); diff != "" {
				t.Errorf("Unchecked() (-want +got):\n%s", diff)
			}
			if res.Passed != tt.passed || res.Failed != tt.failed {
				t.Errorf("Check() passed %d, failed %d; want %d, %d", res.Passed, res.Failed, tt.passed, tt.failed)
			}
			if tl := res.Tally(); tl.Total() != res.Passed+res.Failed+len(res.Unchecked) || tl.Unchecked != len(res.Unchecked) ||
				tl.Passed != res.Passed || tl.Failed != res.Failed || tl.Count(finding.NoVerdict) != 0 {
				t.Errorf("counts of %+v disagree", res)
			}
		})
	}
}

// TestUnchecked: a rule that reads an unknown field is listed, once, with
// the field; a rule that does not concern the record's class is not; a
// rule of each ground is not, having no ground to read.
func TestUnchecked(t *testing.T) {
	grounds := FieldsOf(FieldGrounds)
	tests := []struct {
		name      string
		rec       Record
		problems  []Rule
		unchecked []uncheckedEntry
	}{
		{"甲類, grounds unknown", Record{Serial: 1, Name: "a", Unit: "u", Class: Open, Unknown: grounds},
			nil, []uncheckedEntry{{0, 1, RuleOpenNoGrounds, FieldGrounds}}},
		{"乙類, grounds unknown, conditions empty", Record{Serial: 1, Name: "a", Unit: "u", Class: Limited, Unknown: grounds},
			[]Rule{RuleLimitedConditions}, []uncheckedEntry{{0, 1, RuleLimitedGrounds, FieldGrounds}}},
		{"乙類, conditions unknown, no grounds", Record{Serial: 1, Name: "a", Unit: "u", Class: Limited, Unknown: FieldsOf(FieldConditions)},
			[]Rule{RuleLimitedGrounds}, []uncheckedEntry{{0, 1, RuleLimitedConditions, FieldConditions}}},
		{"乙類, both unknown", Record{Serial: 1, Name: "a", Unit: "u", Class: Limited, Unknown: FieldsOf(FieldConditions, FieldGrounds)},
			nil, []uncheckedEntry{{0, 1, RuleLimitedGrounds, FieldGrounds}, {0, 1, RuleLimitedConditions, FieldConditions}}},
		{"丙類, conditions unknown: no rule reads them", Record{Serial: 1, Name: "a", Unit: "u", Class: Closed, Unknown: FieldsOf(FieldConditions, FieldDescription, FieldItems, FieldNote)},
			[]Rule{RuleClosedGrounds}, nil},
		// Grounds given in code beside an unknown 法令依據 are not read: no
		// ground-syntax, no statute finding.
		{"丙類, grounds unknown but set", Record{Serial: 1, Name: "a", Unit: "u", Class: Closed, Unknown: grounds,
			Grounds: NewGrounds("第0條", "《刑事訴訟法》第999條")},
			nil, []uncheckedEntry{{0, 1, RuleClosedGrounds, FieldGrounds}}},
		{"class unknown: each rule of a class", Record{Serial: 1, Name: "a", Unit: "u", Unknown: FieldsOf(FieldClass)},
			nil, []uncheckedEntry{
				{0, 1, RuleClassified, FieldClass}, {0, 1, RuleClosedGrounds, FieldClass}, {0, 1, RuleLimitedGrounds, FieldClass},
				{0, 1, RuleLimitedConditions, FieldClass}, {0, 1, RuleOpenNoGrounds, FieldClass},
			}},
		{"name and unit unknown", Record{Serial: 1, Class: Open, Unknown: FieldsOf(FieldName, FieldUnit)},
			nil, []uncheckedEntry{{0, 1, RuleName, FieldName}, {0, 1, RuleUnit, FieldUnit}}},
		{"everything known", Record{Serial: 1, Name: "a", Unit: "u", Class: Closed}, []Rule{RuleClosedGrounds}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inv := Inventory{Date: deckDay, Records: []Record{tt.rec}}
			res := inv.Check()
			if diff := cmp.Diff(tt.problems, problemRules(res.Problems)[0]); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.unchecked, entries(inv.Unchecked())); diff != "" {
				t.Errorf("Unchecked() (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.unchecked, entries(res.Unchecked)); diff != "" {
				t.Errorf("Check().Unchecked (-want +got):\n%s", diff)
			}
			for _, u := range res.Unchecked {
				if u.Verdict() != finding.Unchecked || u.Code != "inventory.unchecked" || u.Severity != finding.Notice ||
					u.Detail != u.DetailMessage(finding.Chinese) || u.Name != tt.rec.Name {
					t.Errorf("entry %+v", u)
				}
			}
			if len(Checker{}.Later(inv)) != 0 && tt.rec.Unknown.Has(FieldGrounds) {
				t.Error("Later read unknown grounds")
			}
		})
	}
}

// TestCheckCounts: every check of a rule that concerns a record is counted
// once, as passed or failed; notices alone do not fail a check.
func TestCheckCounts(t *testing.T) {
	inv := Inventory{Date: deckDay, Records: []Record{
		// 5 checks of every record, 1 of its class, and with grounds
		// 法令依據應可解析 and the two statute checks.
		{Serial: 1, Name: "a", Unit: "u", Class: Open},                                       // 6 passed
		{Serial: 2, Name: "b", Unit: "u", Class: Limited, Grounds: NewGrounds("個資法第16條")},    // 5+2+3: conditions fail
		{Serial: 2, Name: "", Unit: "u", Class: Closed, Grounds: NewGrounds("《檔案法》第18條第8款")}, // 5+1+3: unique 序號, name and the provision fail
		{Serial: 4, Name: "d", Unit: "u", Class: Closed, Unknown: FieldsOf(FieldGrounds)},    // 5 passed, 1 unchecked
		// 5+1+1: a ground that cites nothing draws no statute check
		{Serial: 5, Name: "e", Unit: "u", Class: Closed, Grounds: NewGrounds("第0條")},
	}}
	res := inv.Check()
	if res.Passed != 6+9+6+5+6 || res.Failed != 1+3+1 || len(res.Unchecked) != 1 {
		t.Errorf("Check() = passed %d, failed %d, unchecked %d; problems %v", res.Passed, res.Failed, len(res.Unchecked), res.Problems)
	}
	if diff := cmp.Diff(inv.Validate(), res.Problems, allFields); diff != "" {
		t.Errorf("Check().Problems differ from Validate() (-want +got):\n%s", diff)
	}
	if got, want := res.String(), "查核38項：符合32項，不符5項，無法查核1項"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := res.Message(finding.English), "38 checks: 32 passed, 5 failed, 1 not checkable"; got != want {
		t.Errorf("Message(English) = %q, want %q", got, want)
	}
	if (Result{}).Tally().Total() != 0 || (Inventory{}).Check().Tally().Total() != 0 {
		t.Error("an empty inventory has checks")
	}
	// Statute faults of the first records, each counted once per record
	// and rule: 檔案法 has no 第18條第8款 nor 第9款 (two faults of record 0),
	// and 民法, unknown to the registry, is a Notice that leaves the law
	// check of record 0 unchecked (its provision check failed already).
	inv = Inventory{Date: deckDay, Records: []Record{
		{Serial: 1, Name: "a", Unit: "u", Class: Closed, Grounds: NewGrounds("《檔案法》第18條第8款", "《檔案法》第18條第9款", "《民法》第1條")},
		{Serial: 2, Name: "b", Unit: "u", Class: Closed, Grounds: NewGrounds("《檔案法》第18條第8款")},
	}}
	res = inv.Check()
	if res.Failed != 2 || res.Passed != 2*9-2-1 || len(res.Unchecked) != 1 || res.Unchecked[0].Rule != RuleLawKnown {
		t.Errorf("Check() = passed %d, failed %d; problems %v", res.Passed, res.Failed, res.Problems)
	}
}

func TestUncheckedMessage(t *testing.T) {
	u := Unchecked{Severity: finding.Notice, Code: "inventory.unchecked", Rule: RuleClosedGrounds, Index: 1, Row: 5, Serial: 86,
		Name: "廉政業務管理系統", Field: FieldGrounds}
	for _, c := range []struct {
		u      Unchecked
		zh, en string
	}{
		{u, "序號86「廉政業務管理系統」 丙類應有法令依據：所據盤點表未列「法令依據」欄，無法查核",
			"serial 86 廉政業務管理系統 [a Class C record names its legal grounds]: the inventory as given has no column for the legal grounds, so this cannot be checked"},
		{Unchecked{Code: "inventory.unchecked", Rule: RuleLimitedConditions, Serial: 3, Field: FieldConditions},
			"序號3 乙類應有利用條件：所據盤點表未列「利用條件」欄，無法查核",
			"serial 3 [a Class B record states its conditions of use]: the inventory as given has no column for the conditions of use, so this cannot be checked"},
		{Unchecked{Code: "x.other", Rule: RuleName, Serial: 3, Detail: "另有原因"}, "序號3 應有系統、資料庫名稱：另有原因", "serial 3 [the system or database name is given]: 另有原因"},
	} {
		if got := c.u.Message(finding.Chinese); got != c.zh || c.u.String() != got {
			t.Errorf("Message(Chinese) = %q, want %q", got, c.zh)
		}
		if got := c.u.Message(finding.English); got != c.en {
			t.Errorf("Message(English) = %q, want %q", got, c.en)
		}
	}
}

func TestFieldSet(t *testing.T) {
	s := FieldsOf(FieldConditions, FieldGrounds, NoField, Field(99), FieldGrounds)
	if s.Len() != 2 || !s.Has(FieldGrounds) || !s.Has(FieldConditions) || s.Has(FieldNote) || s.Has(NoField) || s.Has(Field(99)) {
		t.Errorf("FieldsOf = %v (%d)", s, s.Len())
	}
	if diff := cmp.Diff([]Field{FieldGrounds, FieldConditions}, s.Fields()); diff != "" {
		t.Errorf("Fields() (-want +got):\n%s", diff)
	}
	if got := s.String(); got != "「法令依據」、「利用條件」" {
		t.Errorf("String() = %q", got)
	}
	if got := s.Message(finding.English); got != "legal grounds, conditions of use" {
		t.Errorf("Message(English) = %q", got)
	}
	if FieldSet(0).String() != "" || FieldSet(0).Fields() != nil || FieldSet(0).Len() != 0 || !FieldSet(0).IsValid() {
		t.Error("the empty set is not empty")
	}
	all := FieldsOf(FieldName, FieldDescription, FieldItems, FieldClass, FieldGrounds, FieldConditions, FieldUnit, FieldNote)
	if all.Len() != 8 || !all.IsValid() || all != definedFields {
		t.Errorf("every field: %v", all)
	}
	bad := FieldSet(1 | 1<<12)
	if bad.IsValid() || !strings.Contains(bad.String(), "FieldSet(4097)") {
		t.Errorf("invalid set %d: valid %v, %q", bad, bad.IsValid(), bad.String())
	}
	if _, err := bad.MarshalJSON(); err == nil {
		t.Error("an invalid set marshals")
	}
	for _, c := range []struct {
		in   string
		want FieldSet
		ok   bool
	}{
		{`["法令依據","利用條件"]`, FieldsOf(FieldGrounds, FieldConditions), true},
		{`["conditions"," 法令依據 ","grounds"]`, FieldsOf(FieldGrounds, FieldConditions), true},
		{`[]`, 0, true},
		{`null`, 0, true},
		{`[""]`, 0, false},
		{`["丁欄"]`, 0, false},
		{`"法令依據"`, 0, false},
	} {
		var got FieldSet
		err := got.UnmarshalJSON([]byte(c.in))
		if (err == nil) != c.ok || got != c.want {
			t.Errorf("UnmarshalJSON(%s) = %v, %v; want %v", c.in, got, err, c.want)
		}
		if c.ok {
			if b, err := got.MarshalJSON(); err != nil || (got == 0) != (string(b) == "[]") {
				t.Errorf("MarshalJSON(%v) = %s, %v", got, b, err)
			}
		}
	}
}

// TestCheckNotices: a check whose findings are Notices of information (a
// law cited by a former or short name) passed; a check that a notice says
// could not be made is 無法查核, never 符合.
func TestCheckNotices(t *testing.T) {
	inv := Inventory{Date: deckDay, Records: []Record{
		{Serial: 1, Name: "a", Unit: "u", Class: Closed, Grounds: NewGrounds("個資法第16條")},
	}}
	res := inv.Check()
	if res.Failed != 0 || res.Passed != 9 || len(res.Unchecked) != 0 {
		t.Errorf("Check() = %v, want 9 passed (a short name is information)", res)
	}
	inv.Records[0].Grounds = NewGrounds("《民法》第1條")
	res = inv.Check()
	notices := 0
	for _, p := range res.Problems {
		if p.Severity != finding.Notice {
			t.Errorf("problem %v is not a Notice", p)
		}
		notices++
	}
	if notices == 0 || res.Failed != 0 || res.Passed != 7 || len(res.Unchecked) != 2 {
		t.Errorf("Check() = %v, want 7 passed and the 2 statute checks unchecked", res)
	}
}

// TestDiffUnknown: a field unknown in either edition is no change, and a
// 修正說明 cannot be checked when the new edition has no such column.
func TestDiffUnknown(t *testing.T) {
	grounds, note := FieldsOf(FieldGrounds, FieldConditions), FieldsOf(FieldNote)
	o := Record{Serial: 86, Name: "廉政業務管理系統", Class: Closed, Unit: "本部資訊處", Grounds: NewGrounds("《洗錢防制法》第13條第1項"), Conditions: "無"}
	tests := []struct {
		name     string
		old, new FieldSet // unknown in the old and the new edition
		fields   []Field
		code     string
		verdict  finding.Verdict
	}{
		{"all known", 0, 0, []Field{FieldGrounds, FieldConditions, FieldUnit}, "inventory.note-differs", finding.Failed},
		{"grounds unknown in the new edition", 0, grounds, []Field{FieldUnit}, "inventory.note-matches", finding.Passed},
		{"grounds unknown in the old edition", grounds, 0, []Field{FieldUnit}, "inventory.note-matches", finding.Passed},
		{"note unknown in the new edition", 0, note, []Field{FieldGrounds, FieldConditions, FieldUnit}, "inventory.note-unknown", finding.Unchecked},
		{"note unknown in the old edition", note, grounds, []Field{FieldUnit}, "inventory.note-matches", finding.Passed},
		{"class and unit unknown", FieldsOf(FieldUnit), FieldsOf(FieldClass), []Field{FieldGrounds, FieldConditions}, "inventory.note-differs", finding.Failed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, cur := o, o
			old.Unknown = tt.old
			cur.Unit, cur.Grounds, cur.Conditions, cur.Class = "廉政署", nil, "", Closed
			cur.Note = "將管理單位由本部資訊處改為廉政署。"
			cur.Unknown = tt.new
			if tt.new.Has(FieldNote) {
				cur.Note = ""
			}
			cs := Diff(Inventory{Records: []Record{old}}, Inventory{Records: []Record{cur}})
			if len(cs) != 1 {
				t.Fatalf("Diff = %v", cs)
			}
			if diff := cmp.Diff(tt.fields, cs[0].Fields); diff != "" {
				t.Errorf("Diff fields (-want +got):\n%s", diff)
			}
			ns := CheckNotes(Inventory{Records: []Record{old}}, Inventory{Records: []Record{cur}})
			if len(ns) != 1 || ns[0].Code != tt.code || ns[0].Verdict() != tt.verdict {
				t.Fatalf("CheckNotes = %v", ns)
			}
		})
	}
	// Only unknown fields differ: no change at all.
	old, cur := o, o
	cur.Grounds, cur.Unknown = nil, grounds
	if cs := Diff(Inventory{Records: []Record{old}}, Inventory{Records: []Record{cur}}); cs != nil {
		t.Errorf("Diff of unknown grounds = %v", cs)
	}
	for _, c := range []struct {
		code string
		want finding.Verdict
	}{{"", finding.NoVerdict}, {"inventory.note-removed", finding.Unchecked}, {"inventory.note-missing", finding.Failed}} {
		if got := (NoteCheck{Code: c.code}).Verdict(); got != c.want {
			t.Errorf("NoteCheck{%s}.Verdict() = %v, want %v", c.code, got, c.want)
		}
	}
	n := NoteCheck{Severity: finding.Notice, Code: "inventory.note-unknown", Serial: 86, Name: "廉政業務管理系統",
		Change: Change{Kind: Modified, Serial: 86, Fields: []Field{FieldUnit}, Old: Record{Unit: "本部資訊處"}, New: Record{Name: "廉政業務管理系統", Unit: "廉政署"}}}
	if got, want := n.String(), "注意：序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。（本版盤點表未列「修正說明」欄，無法查核）"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestCheckSummaryUnknownGrounds: with the grounds of a 丙類 record
// unknown, the laws a printed 備註 lists are not called uncited, nor their
// number wrong; a law cited by a known record and not listed still is.
func TestCheckSummaryUnknownGrounds(t *testing.T) {
	deck, err := ImportRecords(deckRows())
	if err != nil {
		t.Fatal(err)
	}
	printed := deckSummary()
	printed.Open, printed.Limited, printed.Closed, printed.Total = 1, 0, 1, 2 // the excerpt's two records
	inv := Inventory{Date: deckDay, Records: deck}
	if s := Summarize(inv); s.Laws != nil || s.Citations != nil || s.Closed != 1 || s.Total != 2 {
		t.Errorf("Summarize(deck excerpt) = %+v", s)
	}
	if ms := CheckSummary(printed, inv); len(ms) != 0 {
		t.Errorf("CheckSummary(deck summary, excerpt) = %v, want none", ms)
	}
	// A 丙類 record citing a law the table does not list.
	withLaw := append(slices.Clone(deck), Record{Serial: 90, Name: "x", Unit: "u", Class: Closed, Grounds: NewGrounds("《民法》第1條")})
	printed.Closed, printed.Total = 2, 3
	var got []string
	for _, m := range CheckSummary(printed, Inventory{Date: deckDay, Records: withLaw}) {
		got = append(got, m.Code+" "+m.Law)
	}
	if diff := cmp.Diff([]string{"inventory.law-not-listed 民法"}, got); diff != "" {
		t.Errorf("CheckSummary (-want +got):\n%s", diff)
	}
	// The same records with their grounds known and none given: every
	// listed law is uncited.
	known := slices.Clone(deck)
	for i := range known {
		known[i].Unknown = 0
	}
	ms := CheckSummary(printed, Inventory{Date: deckDay, Records: append(known, withLaw[2])})
	cited := 0
	for _, m := range ms {
		if m.Code == "inventory.law-not-cited" {
			cited++
		}
	}
	if cited != len(printed.Laws) || len(ms) != cited+2 { // and the number of laws, and 民法
		t.Errorf("CheckSummary of known, empty grounds = %v", ms)
	}
}

// TestStatuteVerdicts: each statute check of a 丙類 record is 符合 only
// when the law, its version and the provision are known and it exists;
// 不符 when the provision is missing; 無法查核 when the registry lacks the
// law or the check has no day; never
// 符合 then.
func TestStatuteVerdicts(t *testing.T) {
	type verdicts struct{ provision, law finding.Verdict }
	for _, tt := range []struct {
		name   string
		ground string
		day    rocdate.Date // of the inventory; the Checker has none
		want   verdicts
	}{
		{"present and found", "個人資料保護法第16條", deckDay, verdicts{finding.Passed, finding.Passed}},
		{"present, article of the deck", "檔案法第18條", deckDay, verdicts{finding.Passed, finding.Passed}},
		{"present and missing", "個人資料保護法第99條", deckDay, verdicts{finding.Failed, finding.Passed}},
		{"law the registry lacks", "《民法》第1條", deckDay, verdicts{finding.Unchecked, finding.Unchecked}},
		{"no day", "個人資料保護法第16條", rocdate.Date{}, verdicts{finding.Unchecked, finding.Unchecked}},
		{"no day, missing article", "個人資料保護法第99條", rocdate.Date{}, verdicts{finding.Unchecked, finding.Unchecked}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			inv := Inventory{Date: tt.day, Records: []Record{{Serial: 1, Name: "a", Unit: "u", Class: Closed, Grounds: NewGrounds(tt.ground)}}}
			res := Checker{}.Check(inv)
			got := verdicts{finding.Passed, finding.Passed}
			for _, p := range res.Problems {
				if p.Severity == finding.Error || p.Severity == finding.Warning {
					switch p.Rule {
					case RuleProvisionExists:
						got.provision = finding.Failed
					case RuleLawKnown:
						got.law = finding.Failed
					}
				}
			}
			for _, u := range res.Unchecked {
				if u.Code != "inventory.statute-unchecked" || u.Statute == nil || u.Detail == "" || u.Ground != tt.ground {
					t.Errorf("unchecked %+v: want a statute check with its reason", u)
				}
				switch u.Rule {
				case RuleProvisionExists:
					got.provision = u.Verdict()
				case RuleLawKnown:
					got.law = u.Verdict()
				}
			}
			if got != tt.want {
				t.Errorf("Check(%s) = provision %v, law %v; want %v, %v (%v)", tt.ground, got.provision, got.law, tt.want.provision, tt.want.law, res.Problems)
			}
			want := finding.Tally{Passed: 7}
			for _, v := range []finding.Verdict{tt.want.provision, tt.want.law} {
				want = want.Add(v)
			}
			if res.Tally() != want {
				t.Errorf("Tally() = %+v, want %+v", res.Tally(), want)
			}
		})
	}
}

// TestStatuteVerdictsCitationPrefix: a 丙類 ground written as officials
// write it, 依個人資料保護法第99條規定, cites an article the law does not
// have: its provision check is 不符 or 無法查核, never 符合.
func TestStatuteVerdictsCitationPrefix(t *testing.T) {
	rows := [][]string{
		{"序號", "系統、資料庫名稱", "資料分類", "管理單位", "法令依據"},
		{"1", "更生系統", "丙類", "保護司", "依個人資料保護法第99條規定"},
	}
	recs, err := ImportRecords(rows)
	if err != nil {
		t.Fatal(err)
	}
	res := Inventory{Date: deckDay, Records: recs}.Check()
	if res.Failed+len(res.Unchecked) == 0 || res.Tally().Verdict() == finding.Passed {
		t.Errorf("Check() = %v, all 符合 for a missing article 99 (%v)", res, res.Problems)
	}
	provision := finding.Passed
	for _, p := range res.Problems {
		if p.Rule == RuleProvisionExists && p.Severity == finding.Error {
			provision = finding.Failed
		}
	}
	for _, u := range res.Unchecked {
		if u.Rule == RuleProvisionExists {
			provision = finding.Unchecked
		}
	}
	if provision == finding.Passed {
		t.Errorf("provision check of 第99條 is 符合 (%v)", res.Problems)
	}
}

// TestResultHeads: every finding and check result says its verdict
// through finding.Result: a Problem of an Error is 不符, an Unchecked is
// 無法查核, a Notice has no verdict, and the Result is the verdict of its
// checks; finding.Entries renders them.
func TestResultHeads(t *testing.T) {
	inv := Inventory{Date: deckDay, Records: []Record{
		{Row: 2, Serial: 1, Name: "a", Unit: "u", Class: Closed, Grounds: NewGrounds("《民法》第1條")},
		{Row: 3, Serial: 2, Name: "b", Unit: "u", Class: Closed},
	}}
	res := inv.Check()
	for _, p := range res.Problems {
		h := p.Head()
		want := finding.NoVerdict
		if p.Severity == finding.Error {
			want = finding.Failed
		}
		if h.Code != p.Code || h.Verdict != want || h.Row != p.Row || h.Column != "法令依據" {
			t.Errorf("%v.Head() = %+v", p, h)
		}
	}
	es := finding.Entries(finding.Chinese, res.Unchecked)
	if len(es) != 2 {
		t.Fatalf("Entries(Unchecked) = %v, want 2", es)
	}
	for _, e := range es {
		if e.Verdict != finding.Unchecked || e.Row != 2 || !strings.Contains(e.Message, "無法查核") {
			t.Errorf("entry %+v", e)
		}
	}
	if h := res.Head(); h.Verdict != finding.Failed || h.Code != "inventory.result" {
		t.Errorf("Result.Head() = %+v, want 不符", h)
	}
	if got, want := res.String(), res.Tally().String(); got != want {
		t.Errorf("Result.String() = %q, Tally gives %q", got, want)
	}
	inv.Records = inv.Records[:1]
	if h := inv.Check().Head(); h.Verdict != finding.Unchecked {
		t.Errorf("Head() of a check of an unknown law = %+v, want 無法查核", h)
	}
}

// TestResultJSONStyle: findings and results write camelCase keys with
// their code, verdict and message; a rule's problem has no statute block;
// an empty list is [], never null.
func TestResultJSONStyle(t *testing.T) {
	inv := Inventory{Date: deckDay, Records: []Record{{Row: 3, Serial: 86, Name: "廉政業務管理系統", Unit: "政風處", Class: Closed}}}
	res := inv.Check()
	if len(res.Problems) != 1 {
		t.Fatalf("Check() = %v, want one problem", res.Problems)
	}
	b, err := json.Marshal(res.Problems[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"code":"inventory.closed-needs-grounds"`, `"severity":"錯誤"`, `"verdict":"不符"`, `"row":3`, `"message":"錯誤：序號86`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("Problem JSON %s lacks %s", b, want)
		}
	}
	for _, bad := range []string{`"Statute"`, `"statute"`, `"Row"`, `"cause"`, `null`} {
		if strings.Contains(string(b), bad) {
			t.Errorf("Problem JSON %s holds %s", b, bad)
		}
	}
	b, err = json.Marshal(Inventory{}.Check())
	if err != nil || !strings.Contains(string(b), `"problems":[]`) || !strings.Contains(string(b), `"unchecked":[]`) || strings.Contains(string(b), "null") {
		t.Errorf("Result JSON of no check = %s, %v", b, err)
	}
	var back Result
	if b, _ = json.Marshal(res); json.Unmarshal(b, &back) != nil || !cmp.Equal(back, res, allFields) {
		t.Errorf("Result JSON round trip: %s gives %+v", b, back)
	}
}
