package datasets

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

//go:embed messages.txt
var catalog string

// The messages of the package, in Traditional Chinese (公文 wording) and
// English, keyed by the findings' codes (datasets.change), the enums'
// label keys (datasets.status.listed) and the details of its errors
// (datasets.range.id): see messages.txt.
var _ = i18n.Load(catalog)

// english reports whether the language nearest to t is English.
func english(t language.Tag) bool { return i18n.Match(t) == finding.English }

// frames holds, per language, the pieces of the messages that only
// frame others (datasets.row, datasets.located): read from the catalog
// once, by formatting them with a marker for each argument, so that a
// finding's Message formats one message (its detail) rather than three.
var frames struct {
	once                  sync.Once
	row, located, request [2][]string
}

// frame returns the pieces of code in language tag, between its
// arguments (n of them, taken in order).
func frame(tag language.Tag, code string, n int) []string {
	args := make([]any, n)
	for i := range args {
		args[i] = "\x00"
	}
	return strings.Split(i18n.Sprintf(tag, code, args...), "\x00")
}

// framesOf returns the frames in the language nearest to t: of the row,
// and of a finding (datasets.request.located for a request of a batch).
func framesOf(t language.Tag, request bool) (row, located []string) {
	frames.once.Do(func() {
		for i, tag := range [2]language.Tag{finding.Chinese, finding.English} {
			frames.row[i] = frame(tag, "datasets.row", 1)
			frames.located[i] = frame(tag, "datasets.located", 3)
			frames.request[i] = frame(tag, "datasets.request.located", 4)
		}
	})
	i := 0
	if english(t) {
		i = 1
	}
	if request {
		return frames.row[i], frames.request[i]
	}
	return frames.row[i], frames.located[i]
}

// located writes a finding in the language nearest to t: its severity,
// where it is (a date, a line), and what is wrong: 錯誤：統計處增減載為5，….
// The source row is written only when nothing else says where
// (錯誤：（第2列）…): officials read the publisher, the date or the 項次,
// and the row stays in the finding's Row for tools. For a request of a
// batch (dataset not ""), where is the request and the dataset follows:
// 錯誤：項次1（資料集87010）：….
func located(t language.Tag, sev finding.Severity, where string, row int, dataset, detail string) string {
	rowFrame, frame := framesOf(t, dataset != "")
	var rowText string
	if row > 0 && where == "" {
		var d [20]byte
		rowText = rowFrame[0] + string(strconv.AppendInt(d[:0], int64(row), 10)) + rowFrame[1]
	}
	if where == "" && rowText == "" && dataset == "" {
		return sev.Lead(t) + detail
	}
	args := [4]string{where, rowText, detail}
	if dataset != "" {
		args = [4]string{where, rowText, dataset, detail}
	}
	var b strings.Builder
	b.Grow(len(where) + len(detail) + 64)
	b.WriteString(sev.Lead(t))
	for i, piece := range frame {
		b.WriteString(piece)
		if i < len(frame)-1 {
			b.WriteString(args[i])
		}
	}
	return b.String()
}

// quarterText returns a quarter as 111年第2季, or Q2 2022 in English.
func quarterText(t language.Tag, q rocdate.Quarter) string {
	y := q.Year()
	if english(t) {
		y += 1911
	}
	return i18n.Sprintf(t, "datasets.quarter", itoa(y), itoa(q.Number()))
}

// itoa writes n in decimal, ungrouped: for row numbers and years.
func itoa(n int) string { return strconv.Itoa(n) }

// Message returns the count of refused requests and the first of them,
// with what is wrong with it, in the language nearest to t:
// 共2件下架申請不予同意，首件為項次3（資料集87010）：….
func (e *RefusedError) Message(t language.Tag) string {
	if len(e.Refused) == 0 {
		return i18n.Sprintf(t, "datasets.refused.error")
	}
	r := e.Refused[0]
	code := "datasets.refused-error"
	if len(e.Refused) == 1 {
		code += ".one"
	}
	s := i18n.Sprintf(t, code, len(e.Refused), requestName(t, r.Index, r.Delisting.Item), r.Delisting.Dataset.ID.String())
	if len(r.Findings) > 0 {
		s = i18n.Sprintf(t, "datasets.refused-error.why", s, r.Findings[0].detail(t))
	}
	return s
}

// tallyMessage writes a tally of checks with the message of code
// (its total, passed, failed and not checkable counts, grouped), or
// code.none when no check was made.
func tallyMessage(t language.Tag, code string, n finding.Tally) string {
	if n.Total() == 0 {
		return i18n.Sprintf(t, code+".none")
	}
	return i18n.Sprintf(t, code, i18n.Number(n.Total()), i18n.Number(n.Passed), i18n.Number(n.Failed), i18n.Number(n.Unchecked))
}
