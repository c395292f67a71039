package main

import (
	"io/fs"
	"strings"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/rocdate"
)

// A frame is what the deck says of itself: the meeting, the unit that
// reports (報告單位), the period it reports (111年1月至5月), its outline
// (大綱), the passages under each heading and the claims they make. All
// of it is optional: without meeting.csv the report is for an unnamed
// meeting on the report date, and without outline.csv its headings are
// the report's own.
type frame struct {
	meeting actions.Meeting
	agency  string // the ministry whose group meets: 法務部
	unit    string
	unitEN  string // the unit's English name (報告單位英文名稱), when given
	period  rocdate.Period
	parts   []part              // the outline, in order, subheadings after their heading
	texts   map[string][]string // passages by outline number: 二(一) → its paragraphs
	slides  map[string][]string // slides' own words by place: 開場 (主席致詞), 排名, 閉幕
	claims  []claim
}

// A part is one heading of the outline: 一, 二, 二(一), with its title.
type part struct {
	number, title string
}

// A claim is a statement of the deck that the data may check:
// 資料開放數量名列各部會第二, 申請下架2筆資料集.
type claim struct {
	part   string // the outline number it is reported under
	source string // where the deck says it: 伍、結語
	what   string // what it is about: 資料開放數量排名
	text   string // what it says, as printed
	file   string // the file it is in: claims.csv (or claims.ods, claims.xlsx)
	row    int    // its row in the file
}

// readFrame reads meeting.csv (會議, 日期, and optionally 報告單位 and
// 報告期間), outline.csv (大綱, 標題), passages.csv (大綱, 內容),
// slides.csv (位置, 內容: the words of slides outside the outline's
// passages: 開場, 排名, 閉幕) and claims.csv (大綱, 出處, 項目, 聲明). What cannot be read is reported
// through add.
func readFrame(fsys fs.FS, add adder) frame {
	var fr frame
	fr.meeting, fr.agency, fr.unit, fr.unitEN, fr.period = readMeeting(fsys, add)
	if records, file := readOptional(fsys, "outline.csv", add); records != nil {
		outline, err := actions.ImportOutline(records)
		importProblems(add, file, err)
		for _, p := range outline.Parts {
			fr.parts = append(fr.parts, part{normalNumber(p.Number), p.Title})
			for _, q := range p.Parts {
				fr.parts = append(fr.parts, part{normalNumber(p.Number + q.Number), q.Title})
			}
		}
	}
	if records, file := readOptional(fsys, "passages.csv", add); records != nil {
		if col, ok := byHeader(records, file, add, "大綱", "內容"); ok {
			fr.texts = map[string][]string{}
			for _, rec := range records[1:] {
				if blankRow(rec) {
					continue
				}
				n := normalNumber(cellAt(rec, col[0]))
				fr.texts[n] = append(fr.texts[n], cellAt(rec, col[1]))
			}
		}
	}
	if records, file := readOptional(fsys, "slides.csv", add); records != nil {
		if col, ok := byHeader(records, file, add, "位置", "內容"); ok {
			fr.slides = map[string][]string{}
			for _, rec := range records[1:] {
				if blankRow(rec) {
					continue
				}
				k := strings.TrimSpace(cellAt(rec, col[0]))
				fr.slides[k] = append(fr.slides[k], cellAt(rec, col[1]))
			}
		}
	}
	if records, file := readOptional(fsys, "claims.csv", add); records != nil {
		if col, ok := byHeader(records, file, add, "大綱", "出處", "項目", "聲明"); ok {
			for i, rec := range records[1:] {
				if blankRow(rec) {
					continue
				}
				fr.claims = append(fr.claims, claim{normalNumber(cellAt(rec, col[0])), cellAt(rec, col[1]), cellAt(rec, col[2]), cellAt(rec, col[3]), file, i + 2})
			}
		}
	}
	return fr
}

// claim returns the claim about what, if the deck makes one.
func (fr frame) claim(what string) (claim, bool) {
	for _, c := range fr.claims {
		if c.what == what {
			return c, true
		}
	}
	return claim{}, false
}

// title returns the outline's title of the heading numbered n.
func (fr frame) title(n string) (string, bool) {
	for _, p := range fr.parts {
		if p.number == n {
			return p.title, true
		}
	}
	return "", false
}

// children returns the subheadings of the heading numbered n: 二(一) …
// under 二.
func (fr frame) children(n string) []part {
	var out []part
	for _, p := range fr.parts {
		if strings.HasPrefix(p.number, n+"(") {
			out = append(out, p)
		}
	}
	return out
}

// normalNumber writes an outline number one way: 二、(一), 二（一）and
// 二 (一) are 二(一).
func normalNumber(s string) string {
	r := strings.NewReplacer("（", "(", "）", ")", "、", "", " ", "", "\u3000", "")
	return r.Replace(strings.TrimSpace(s))
}

// readMeeting reads the meeting the report is for from meeting.csv (會議,
// 日期; 機關, 報告單位, 報告單位英文名稱 and 報告期間 when given). Without it
// the report still builds, for an unnamed meeting.
func readMeeting(fsys fs.FS, add adder) (m actions.Meeting, agency, unit, unitEN string, period rocdate.Period) {
	records, file := readTable(fsys, "meeting.csv", add)
	col, ok := byHeader(records, file, add, "會議", "日期")
	if !ok {
		return
	}
	if len(records) != 2 {
		add.say(Problem, "problem.one-row", file)
		return
	}
	agency, unit = cellAt(records[1], column(records, "機關")), cellAt(records[1], column(records, "報告單位"))
	unitEN = cellAt(records[1], column(records, "報告單位英文名稱"))
	m, err := actions.ParseMeeting(cellAt(records[1], col[0]))
	if err != nil {
		rowProblem(add, file, 2, "會議", err)
		return actions.Meeting{}, agency, unit, unitEN, period
	}
	d, err := rocdate.Parse(cellAt(records[1], col[1]))
	if err == nil {
		m, err = m.On(d)
	}
	if err != nil {
		rowProblem(add, file, 2, "日期", err)
		return actions.Meeting{}, agency, unit, unitEN, period
	}
	if p := cellAt(records[1], column(records, "報告期間")); p != "" {
		if period, err = rocdate.ParsePeriod(p, d); err != nil {
			rowProblem(add, file, 2, "報告期間", err)
		} else if period.End().After(d) && !period.Start().After(d) {
			// Material for a meeting reports up to its day: 111年1月至5月
			// for a meeting of 5月19日 ends on 5月19日.
			period, _ = rocdate.NewPeriod(period.Start(), d)
		}
	}
	return m, agency, unit, unitEN, period
}
