package actions

import "github.com/ogdtw/governance/finding"

// The codes of the findings of this package.
const (
	// CodeLetterYear is a letter whose number's year is neither the year
	// of its date nor the one before: 發文字號年度與發文日期不符.
	CodeLetterYear = "actions.letter-year"
	// CodeDelistingNotDone is a delisting a ruling approved that the
	// progress report does not report done: 核定下架…，辦理情形未見完成下架.
	CodeDelistingNotDone = "actions.delisting-not-done"
)

// A Finding is what a check found about a letter an item cites or a
// delisting its ruling approved: a value
// for people to read, not an error. Its codes:
//
//   - actions.letter-year ([CodeLetterYear], 錯誤): the year of the
//     letter's number is neither the year of its date nor the one before
//     ([Letter.Check]).
//   - actions.delisting-not-done ([CodeDelistingNotDone], 警告): a
//     delisting a ruling approved that the progress report does not give
//     as done ([CheckDelistings]); Delisting is the batch.
//
// The two years are both printed on the letter, so they are named for
// what they are (NumberYear, DateYear) rather than Printed and Computed.
type Finding struct {
	Severity   finding.Severity `json:"severity,omitzero"`   // how much it matters
	Code       string           `json:"code,omitzero"`       // stable code: actions.letter-year
	Item       ID               `json:"item,omitzero"`       // the item citing the letter; zero when not known
	Row        int              `json:"row,omitzero"`        // 1-based row of the imported table; 0 when not known
	Letter     Letter           `json:"letter,omitzero"`     // the letter concerned
	NumberYear int              `json:"numberYear,omitzero"` // the ROC year of the letter's number
	DateYear   int              `json:"dateYear,omitzero"`   // the ROC year of the letter's date
	Delisting  DelistingBatch   `json:"delisting,omitzero"`  // the delisting batch concerned, for actions.delisting-not-done
	Detail     string           `json:"detail,omitzero"`     // what is wrong, in Traditional Chinese
}

// String returns the finding as an official reads it, Message in
// Chinese: 錯誤：110年度第2次會議案由1：發文字號…之年度為108年，與發文日期…不符.
func (f Finding) String() string { return f.Message(finding.Chinese) }
