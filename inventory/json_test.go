package inventory_test

import (
	"errors"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/jsontest"
	"github.com/ogdtw/governance/inventory"
	"github.com/ogdtw/governance/rocdate"
)

func TestJSON(t *testing.T) {
	rec := inventory.Record{Row: 5, Serial: 86, Name: "廉政業務管理系統", Description: "整合國家廉政網路",
		Items: []string{"常見問題"}, Class: inventory.Closed, Grounds: inventory.NewGrounds("《洗錢防制法》第13條第1項"),
		Conditions: "無", Unit: "廉政署", Note: "將管理單位由本部資訊處改為廉政署。"}
	old := rec
	old.Unit = "本部資訊處"
	change := inventory.Change{Kind: inventory.Modified, Serial: 86, Fields: []inventory.Field{inventory.FieldUnit}, Old: old, New: rec}
	day := rocdate.MustParse("111年5月19日")
	later := inventory.Checker{Day: day}.Later(inventory.Inventory{Records: []inventory.Record{{Serial: 86, Class: inventory.Closed,
		Grounds: inventory.NewGrounds("《刑事訴訟法》第245條第3項")}}})
	if len(later) == 0 {
		t.Fatal("no later amendment of 刑事訴訟法第245條第3項")
	}
	summary, err := inventory.ImportSummary([][]string{
		{"資料分級", "數量", "備註"}, {"丙類", "65", "《檔案法》第18條第2、5款\n《政府資訊公開法》第18條第1項第1至7款"}, {"合計", "65"},
	})
	if err != nil {
		t.Fatal(err)
	}
	notes := inventory.CheckNotes(inventory.Inventory{Records: []inventory.Record{old}}, inventory.Inventory{Records: []inventory.Record{rec}})
	if len(notes) != 1 {
		t.Fatalf("CheckNotes = %v", notes)
	}
	bad := inventory.Inventory{Records: []inventory.Record{
		{Row: 2, Serial: 9, Name: "甲", Class: inventory.Closed, Unit: "u", Grounds: inventory.NewGrounds("第0條")},
		{Row: 3, Serial: 9, Name: "乙", Class: inventory.Closed, Unit: "u", Grounds: inventory.NewGrounds("《檔案法》第18條第2款")},
	}}
	problems := bad.Validate()
	var ground, dup inventory.Problem
	for _, p := range problems {
		switch p.Rule {
		case inventory.RuleGroundParses:
			ground = p
		case inventory.RuleUniqueSerial:
			dup = p
		}
	}
	if ground.Cause == nil || dup.FirstRow != 2 {
		t.Fatalf("Validate = %v", problems)
	}
	for _, p := range []inventory.Problem{ground, dup} {
		if err := jsontest.RoundTrip(p); err != nil {
			t.Errorf("%s: %v", p.Code, err)
		}
	}
	_, classErr := inventory.ParseClass("丁類")
	rowErr := &inventory.RowError{Row: 4, Column: "資料分類", Input: "丁類", Err: classErr}
	// A citation's error, with law's detail (number zero at byte 3).
	var citeErr *inventory.ParseError
	if _, err := (inventory.Record{Grounds: inventory.NewGrounds("第0條")}).Citations(); !errors.As(err, &citeErr) || !errors.Is(err, inventory.ErrRange) {
		t.Fatalf("Citations(第0條) = %v, want a *ParseError of ErrRange", err)
	}
	deck := inventory.Inventory{Date: day, Records: []inventory.Record{
		{Row: 4, Serial: 82, Name: "法務統計資料庫系統", Class: inventory.Open, Unit: "本部統計處",
			Unknown: inventory.FieldsOf(inventory.FieldGrounds, inventory.FieldConditions)},
		{Row: 5, Serial: 86, Name: "廉政業務管理系統", Class: inventory.Closed, Unit: "廉政署",
			Unknown: inventory.FieldsOf(inventory.FieldGrounds, inventory.FieldConditions)},
	}}
	result := deck.Check()
	if len(result.Unchecked) != 2 || result.Passed == 0 {
		t.Fatalf("Check(deck) = %+v", result)
	}
	unknownRec := rec
	unknownRec.Grounds, unknownRec.Unknown = nil, inventory.FieldsOf(inventory.FieldGrounds, inventory.FieldNote)
	if err := jsontest.RoundTrip(unknownRec); err != nil {
		t.Errorf("Record with unknown fields: %v", err)
	}
	jsontest.Check(t, ".", map[string]any{
		"Change":      change,
		"ChangeKind":  inventory.Added,
		"Changes":     inventory.Changes{change, {Kind: inventory.Added, Serial: 87, New: rec}},
		"Checker":     jsontest.Skip("a configuration holding a *law.Registry, which has no JSON form"),
		"Class":       inventory.Limited,
		"Field":       inventory.FieldGrounds,
		"Figure":      inventory.FigureTotal,
		"FieldSet":    inventory.FieldsOf(inventory.FieldGrounds, inventory.FieldConditions, inventory.FieldNote),
		"Result":      result,
		"Unchecked":   result.Unchecked[1],
		"ImportError": &inventory.ImportError{Problems: []*inventory.RowError{rowErr, {Row: 6, Column: "序號", Err: inventory.ErrMissing}}},
		"Inventory":   inventory.Inventory{Date: rocdate.MustParse("111年5月19日"), Records: []inventory.Record{rec, old}},
		"Mismatch": inventory.Mismatch{Severity: finding.Error, Code: "inventory.summary-total", Figure: inventory.FigureTotal,
			Printed: 90, Computed: 91, Detail: "表列90，計算91"},
		"NoteCheck":  notes[0],
		"ParseError": citeErr,
		"Ground":     inventory.NewGround("《檔案法》第18條第5至2款"),
		"Problem":    later[0],
		"Record":     rec,
		"RowError":   rowErr,
		"Rule":       inventory.RuleClosedGrounds,
		"Summary":    summary,
	})
}
