package inventory

import (
	"strings"

	"github.com/ogdtw/governance/finding"
)

// A NoteCheck is the check of one change between two editions against the
// 修正說明 the new edition prints for its record: whether the note tells
// the change as [Change.Note] words it. A report lists every NoteCheck,
// those that pass too: a check that passed has Severity
// finding.NoSeverity (see Passed). It is a finding, not an error.
//
// Codes: inventory.note-matches (passed: the 修正說明 contains the change's
// note), inventory.note-missing (finding.Error: the record has no
// 修正說明), inventory.note-differs (finding.Warning: the 修正說明 says
// something else, which may be the change in other words),
// inventory.note-removed (finding.Notice: the record was removed, so the
// new edition prints no 修正說明 for it), inventory.note-unknown
// (finding.Notice: the new edition has no 修正說明 column, so the note
// cannot be checked). [NoteCheck.Verdict] says which checks passed, failed
// or could not be made.
type NoteCheck struct {
	Severity finding.Severity `json:"severity,omitzero"` // NoSeverity when passed; else Error, Warning or Notice
	Code     string           `json:"code,omitzero"`     // stable code: inventory.note-matches, …
	Change   Change           `json:"change,omitzero"`   // the change checked
	Row      int              `json:"row,omitzero"`      // 1-based source row of the record (in the old edition when removed)
	Serial   int              `json:"serial,omitzero"`   // 序號 of the record
	Name     string           `json:"name,omitzero"`     // 系統、資料庫名稱 of the record
	Printed  string           `json:"printed,omitzero"`  // the record's 修正說明 as printed, "" when none
	Computed string           `json:"computed,omitzero"` // the change told as Change.Note tells it
	Detail   string           `json:"detail,omitzero"`   // the outcome, in Traditional Chinese
}

// Passed reports whether the 修正說明 tells the change: the check has no
// severity.
func (n NoteCheck) Passed() bool { return n.Severity == finding.NoSeverity }

// Verdict returns the check's conclusion: finding.Passed when the
// 修正說明 tells the change (inventory.note-matches), finding.Unchecked
// when there is no 修正說明 to read (inventory.note-removed,
// inventory.note-unknown), finding.Failed otherwise; finding.NoVerdict for
// a check without a code.
func (n NoteCheck) Verdict() finding.Verdict {
	switch n.Code {
	case "":
		return finding.NoVerdict
	case "inventory.note-matches":
		return finding.Passed
	case "inventory.note-removed", "inventory.note-unknown":
		return finding.Unchecked
	}
	return finding.Failed
}

// String returns the check in one line in Chinese, as
// Message(finding.Chinese), 通過 for one that passed, else its
// severity, then the change and the outcome:
// 序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。（修正說明相符）.
func (n NoteCheck) String() string { return n.Message(finding.Chinese) }

// CheckNotes checks the 修正說明 of cur against the changes since prev: for
// each change [Diff] gives, in its order, whether the record's 修正說明 in
// cur contains the change's note (Change.Note without its final 。). It
// returns one NoteCheck per change, those that pass included, so a report
// can list what was checked; none when the editions do not differ. A
// record of cur whose 修正說明 is unknown (its table has no such column)
// draws inventory.note-unknown, not inventory.note-missing; fields unknown
// in either edition are no change ([Diff]).
func CheckNotes(prev, cur Inventory) []NoteCheck {
	changes := Diff(prev, cur)
	if len(changes) == 0 {
		return nil
	}
	out := make([]NoteCheck, 0, len(changes))
	for _, c := range changes {
		rec := c.New
		if c.Kind == Removed {
			rec = c.Old
		}
		n := NoteCheck{Change: c, Row: rec.Row, Serial: c.Serial, Name: rec.Name, Computed: c.Note()}
		if c.Kind != Removed {
			if r, ok := cur.Record(c.Serial); ok {
				n.Printed = r.Note
			}
		}
		switch {
		case c.Kind == Removed:
			n.Severity, n.Code = finding.Notice, "inventory.note-removed"
		case c.New.Unknown.Has(FieldNote):
			n.Severity, n.Code = finding.Notice, "inventory.note-unknown"
		case n.Printed == "":
			n.Severity, n.Code = finding.Error, "inventory.note-missing"
		case strings.Contains(n.Printed, strings.TrimSuffix(n.Computed, "。")):
			n.Code = "inventory.note-matches"
		default:
			n.Severity, n.Code = finding.Warning, "inventory.note-differs"
		}
		n.Detail = n.DetailMessage(finding.Chinese)
		out = append(out, n)
	}
	return out
}
