package inventory

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/sheet"
	"github.com/ogdtw/governance/inventory/law"
)

func FuzzParseClass(f *testing.F) {
	for _, s := range []string{"甲類", "甲", "乙類：有限度利用資料", "丙類 (不開放資料)", "開放資料", "未分類", "丁類", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClass(s)
		if err != nil {
			if c != Unclassified {
				t.Fatalf("ParseClass(%q) = %v with error", s, c)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseClass(%q) = invalid %d", s, c)
		}
		if back, err := ParseClass(c.String()); err != nil || back != c {
			t.Fatalf("ParseClass(%q) = %v, %v; want %v", c.String(), back, err, c)
		}
		if back, err := ParseClass(c.Label()); err != nil || back != c {
			t.Fatalf("ParseClass(%q) = %v, %v; want %v", c.Label(), back, err, c)
		}
	})
}

// joinTable encodes rows in one string for a fuzz seed: rows separated
// by U+001E, cells by U+001F, so that cells keep their line breaks.
func joinTable(rows [][]string) string {
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = strings.Join(r, "\x1f")
	}
	return strings.Join(lines, "\x1e")
}

// splitTable decodes what joinTable encodes.
func splitTable(s string) [][]string {
	var rows [][]string
	for _, line := range strings.Split(s, "\x1e") {
		rows = append(rows, strings.Split(line, "\x1f"))
	}
	return rows
}

// dataRows returns the rows of the table below the header that spec
// locates, other than blank ones: the rows an importer must account for.
func dataRows(spec *sheet.Spec, rows [][]string) []int {
	h, _ := spec.Locate(rows)
	if !h.Complete() {
		return nil
	}
	var out []int
	for i := h.Row; i < len(rows); i++ {
		if !sheet.Blank(rows[i]) {
			out = append(out, i+1)
		}
	}
	return out
}

// problemRows returns the distinct rows of the problems of err that are
// data rows.
func problemRows(t *testing.T, err error, data []int) map[int]bool {
	t.Helper()
	out := map[int]bool{}
	if err == nil {
		return out
	}
	var ie *ImportError
	if !errors.As(err, &ie) || len(ie.Problems) == 0 {
		t.Fatalf("error %v is not an *ImportError with problems", err)
	}
	for _, p := range ie.Problems {
		if p.Err == nil || p.Code() == "" {
			t.Fatalf("problem %v has no cause or code", p)
		}
		if p.Severity != finding.Error && p.Severity != finding.Warning {
			t.Fatalf("problem %v has severity %v", p, p.Severity)
		}
		// A warning (a bad optional cell) keeps its row: a good row.
		if p.Severity == finding.Error && slices.Contains(data, p.Row) {
			out[p.Row] = true
		}
	}
	return out
}

// FuzzImportRecords: whatever the table, and whatever columns are
// dropped from it (drop: a bit for each of the header's first 8 cells,
// removed from the header row and every row below), good rows + rows with
// problems = data rows, what was read reads back the same, and a column
// absent is unknown in every record, whose rules are never problems.
func FuzzImportRecords(f *testing.F) {
	seeds := [][][]string{
		{{"序號", "系統、資料庫名稱", "資料分類", "管理單位", "蒐集資料項目", "法令依據"}, {"1", "甲系統", "甲類", "統計處", "姓名、性別", ""}, {"2", "乙系統", "丙", "資訊處", "一、a(b、c) 二、d", "檔案法第18條"}},
		{{"管理單位", "資料分類", "名稱", "序號"}, {"x", "丁", "y", "z"}, {"", "", "", ""}},
		{{"\ufeff序號", "系統資料庫名稱", "資料分類\n甲類:開放資料", "管理單位", "法令依據", "法源依據"}, {"十二", "a", "乙類：有限度利用資料", "b"}, {"３", "c", "丙類（不開放資料）", "d"}},
		{{"序號", "系統、資料庫名稱", "資料分類", "管理單位", "法令依據", "利用條件"}, {"1", "a", "乙類", "u", "", ""}, {"2", "b", "丙類", "u", "", ""}, {"3", "c", "甲類", "u", "第0條", ""}},
	}
	for _, tt := range importCases {
		seeds = append(seeds, tt.rows)
	}
	seeds = append(seeds, deckRows(), recordRows(deckInventory().Records))
	for i, rows := range seeds {
		f.Add(joinTable(rows), uint8(0))
		f.Add(joinTable(rows), uint8(1<<(i%8)|0x30))
	}
	f.Fuzz(func(t *testing.T, table string, drop uint8) {
		rows := splitTable(table)
		checkImportRecords(t, rows)
		if drop != 0 {
			checkImportRecords(t, dropCells(rows, drop))
		}
	})
}

// dropCells returns rows without the header's cells whose bit is set in
// drop (bit k for the k-th cell), removed from the header row and every
// row below; rows above the header are kept as they are.
func dropCells(rows [][]string, drop uint8) [][]string {
	h, _ := recordSpec.Locate(rows)
	if h.Row == 0 {
		return rows
	}
	out := slices.Clone(rows)
	for i := h.Row - 1; i < len(out); i++ {
		var row []string
		for k, cell := range out[i] {
			if k >= 8 || drop&(1<<k) == 0 {
				row = append(row, cell)
			}
		}
		out[i] = row
	}
	return out
}

// groundRules are the rules that read 法令依據, and conditionRules those
// that read 利用條件.
var (
	groundRules    = []Rule{RuleClosedGrounds, RuleLimitedGrounds, RuleOpenNoGrounds, RuleGroundParses, RuleProvisionExists, RuleLawKnown, RuleLaterAmendment}
	conditionRules = []Rule{RuleLimitedConditions}
)

// checkImportRecords checks the properties of ImportRecords on rows.
func checkImportRecords(t *testing.T, rows [][]string) {
	t.Helper()
	recs, err := ImportRecords(rows)
	data := dataRows(&recordSpec, rows)
	bad := problemRows(t, err, data)
	if len(recs)+len(bad) != len(data) {
		t.Fatalf("%d records and %d rows with problems from %d data rows", len(recs), len(bad), len(data))
	}
	h, _ := recordSpec.Locate(rows)
	var unknown FieldSet // the fields of the optional columns absent
	for _, o := range optionalFields {
		if !h.Has(o.col) {
			unknown = unknown.With(o.field)
		}
	}
	for _, r := range recs {
		if r.Serial <= 0 || !r.Class.IsValid() || bad[r.Row] || !slices.Contains(data, r.Row) {
			t.Fatalf("imported a bad record %+v", r)
		}
		if r.Unknown != unknown {
			t.Fatalf("record %+v: unknown %v, want %v", r, r.Unknown, unknown)
		}
		if r.Unknown.Has(FieldGrounds) && r.Grounds != nil || r.Unknown.Has(FieldConditions) && r.Conditions != "" {
			t.Fatalf("record %+v holds an unknown field", r)
		}
		// Each ground keeps what law.ParseCitations reads of its text.
		for _, g := range r.Grounds {
			cs, err := law.ParseCitations(g.Text)
			if g.Blank() || (err == nil) != (g.Err == nil) || len(cs) != len(g.Citations) {
				t.Fatalf("ground %q kept %v, %v; ParseCitations gives %v, %v", g.Text, g.Citations, g.Err, cs, err)
			}
			for i := range cs {
				if cs[i].String() != g.Citations[i].String() {
					t.Fatalf("ground %q kept %v, ParseCitations gives %v", g.Text, g.Citations[i], cs[i])
				}
			}
		}
	}
	// What was read is read back the same from rows written anew.
	if len(recs) > 0 {
		back, err := ImportRecords(recordRows(recs))
		if err != nil || len(back) != len(recs) {
			t.Fatalf("ImportRecords(recordRows(%+v)) = %+v, %v", recs, back, err)
		}
		for i, b := range back {
			r := recs[i]
			if b.Serial != r.Serial || b.Class != r.Class || b.Name != r.Name || b.Unit != r.Unit || b.Row != i+2 || b.Unknown != r.Unknown {
				t.Fatalf("record %+v read back as %+v", r, b)
			}
		}
	}
	// A rule that reads an unknown field is never a problem; it is listed
	// as unchecked when it concerns the record, with a field unknown.
	inv := Inventory{Records: recs}
	res := inv.Check()
	for _, p := range append(res.Problems, Checker{}.Later(inv)...) {
		if p.Index < 0 {
			continue
		}
		u := recs[p.Index].Unknown
		if u.Has(FieldGrounds) && slices.Contains(groundRules, p.Rule) || u.Has(FieldConditions) && slices.Contains(conditionRules, p.Rule) {
			t.Fatalf("problem %v of a rule reading an unknown field (%v)", p, u)
		}
	}
	// No statute check is counted passed while a notice of its record says
	// it could not be made: each record with such a notice has an
	// Unchecked or a failed statute check.
	for _, p := range res.Problems {
		if p.Index < 0 || !unknowable(p.Code, RuleLawKnown) {
			continue
		}
		found := false
		for _, c := range res.Unchecked {
			found = found || c.Index == p.Index && c.Code == codeStatuteUnchecked
		}
		if !found {
			t.Fatalf("notice %v but no statute check of the record unchecked", p)
		}
	}
	for _, c := range res.Unchecked {
		if c.Code == codeStatuteUnchecked {
			if c.Statute == nil || !unknowable(c.Statute.Code, c.Rule) || c.Verdict() != finding.Unchecked {
				t.Fatalf("statute unchecked %v without a reason", c)
			}
			continue
		}
		if !recs[c.Index].Unknown.Has(c.Field) || c.Verdict() != finding.Unchecked {
			t.Fatalf("unchecked %v names a field known", c)
		}
	}
	for i, r := range recs {
		if r.Class == Closed && r.Unknown.Has(FieldGrounds) &&
			!slices.ContainsFunc(res.Unchecked, func(c Unchecked) bool { return c.Index == i && c.Rule == RuleClosedGrounds }) {
			t.Fatalf("丙類 record %+v with grounds unknown is not listed unchecked", r)
		}
	}
	if res.Failed > res.Tally().Total() || len(res.Problems) < res.Failed {
		t.Fatalf("Check() = %d passed, %d failed, %d problems", res.Passed, res.Failed, len(res.Problems))
	}
	_ = Summarize(inv)
}
