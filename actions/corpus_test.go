package actions_test

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/ogdtw/governance/actions"
	"github.com/ogdtw/governance/rocdate"
)

// lawDB is the national law database's open data, beside the repository.
const lawDB = "../../shared/lawdb"

// histories calls f with the name and 沿革 of every law and order in the
// database, decoding the files as a stream and reading only those fields.
func histories(t *testing.T, f func(name, history string)) {
	t.Helper()
	for _, file := range []string{"ChLaw.json.gz", "ChOrder.json.gz"} {
		fh, err := os.Open(filepath.Join(lawDB, file))
		if err != nil {
			t.Skipf("the law database is not beside the repository (%v): skipping the corpus test", err)
		}
		zr, err := gzip.NewReader(bufio.NewReaderSize(fh, 1<<16))
		if err != nil {
			t.Fatal(err)
		}
		br := bufio.NewReaderSize(zr, 1<<16)
		if r, _, _ := br.ReadRune(); r != '\ufeff' {
			br.UnreadRune()
		}
		dec := json.NewDecoder(br)
		for {
			tok, err := dec.Token()
			if err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			if tok == "Laws" {
				break
			}
		}
		if _, err := dec.Token(); err != nil { // [
			t.Fatal(err)
		}
		for dec.More() {
			var law struct {
				LawName      string
				LawHistories string
			}
			if err := dec.Decode(&law); err != nil {
				t.Fatalf("%s: %v", file, err)
			}
			f(law.LawName, law.LawHistories)
		}
		fh.Close()
	}
}

// entries splits a 沿革 into its numbered entries, hard wraps kept.
var entryStart = regexp.MustCompile(`(?m)^[ \x{3000}]*\d+\.`)

func entries(h string) []string {
	idx := entryStart.FindAllStringIndex(h, -1)
	if len(idx) == 0 {
		return []string{h}
	}
	var out []string
	for i, m := range idx {
		end := len(h)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		out = append(out, h[m[1]:end])
	}
	return out
}

// The test finds dates and numbers by its own patterns and reads dates
// by its own arithmetic, so that the library is checked, not echoed.
var (
	cnDate = regexp.MustCompile(`(?:中[\s\x{3000}]*華[\s\x{3000}]*民[\s\x{3000}]*國[\s\x{3000}]*)?[〇○零一二三四五六七八九十百][〇○零一二三四五六七八九十百\s\x{3000}]*年[〇○零一二三四五六七八九十\s\x{3000}]+月[〇○零一二三四五六七八九十\s\x{3000}]+日`)
	dgDate = regexp.MustCompile(`\d{2,3}[\s\x{3000}]*年[\s\x{3000}]*\d{1,2}[\s\x{3000}]*月[\s\x{3000}]*\d{1,2}[\s\x{3000}]*日`)
	docNo  = regexp.MustCompile(`字[\s\x{3000}]*第[^字第號。；，]{1,90}?號`)
)

// cnValue reads a Chinese numeral, positional or digit by digit.
func cnValue(s string) int {
	digit := func(r rune) int { return strings.IndexRune("〇一二三四五六七八九", r) / 3 }
	v, cur := 0, 0
	if !strings.ContainsAny(s, "十百") {
		for _, r := range s {
			if r == '○' || r == '零' {
				r = '〇'
			}
			v = v*10 + digit(r)
		}
		return v
	}
	for _, r := range s {
		switch r {
		case '百':
			v += max(cur, 1) * 100
			cur = 0
		case '十':
			v += max(cur, 1) * 10
			cur = 0
		case '零', '〇', '○':
		default:
			cur = digit(r)
		}
	}
	return v + cur
}

var dateParts = regexp.MustCompile(`([^年月日]+)年([^年月日]+)月([^年月日]+)日`)

// expectDate reads a date the way the test's own arithmetic does.
func expectDate(s string) (y, m, d int) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	s = strings.TrimPrefix(s, "中華民國")
	p := dateParts.FindStringSubmatch(s)
	if p == nil {
		return 0, 0, 0
	}
	num := func(x string) int {
		if x[0] >= '0' && x[0] <= '9' {
			n := 0
			fmt.Sscan(x, &n)
			return n
		}
		return cnValue(x)
	}
	return num(p[1]), num(p[2]), num(p[3])
}

// shape is the form of a text: digits 9, letters A, CJK kept, spaces and
// line breaks shown.
func shape(s string) string {
	var b strings.Builder
	last := rune(0)
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			r = '9'
		case r < utf8.RuneSelf && unicode.IsLetter(r):
			r = 'A'
		case r == '\r':
			continue
		case r == '\n':
			r = '⏎'
		case unicode.IsSpace(r):
			r = '_'
		}
		if r == last && (r == '9' || r == '_' || r == 'A') {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

type tally struct {
	total, good int
	fails       map[string][]string // form → examples
}

func (ta *tally) fail(form, example string) {
	if ta.fails == nil {
		ta.fails = map[string][]string{}
	}
	ta.fails[form] = append(ta.fails[form], example)
}

func (ta *tally) report(t *testing.T, what string, goal float64) {
	t.Helper()
	share := 100 * float64(ta.good) / float64(max(ta.total, 1))
	t.Logf("%s: %d of %d read right (%.3f%%; goal %.1f%%)", what, ta.good, ta.total, share, goal)
	forms := make([]string, 0, len(ta.fails))
	for f := range ta.fails {
		forms = append(forms, f)
	}
	sort.Slice(forms, func(i, j int) bool {
		if len(ta.fails[forms[i]]) != len(ta.fails[forms[j]]) {
			return len(ta.fails[forms[i]]) > len(ta.fails[forms[j]])
		}
		return forms[i] < forms[j]
	})
	for i, f := range forms {
		if i == 40 {
			t.Logf("  … %d more forms", len(forms)-i)
			break
		}
		ex := ta.fails[f]
		t.Logf("  %5d × %s   e.g. %q", len(ex), f, ex[0])
	}
	if share < goal {
		t.Errorf("%s: %.3f%% read right, under the goal of %.1f%%", what, share, goal)
	}
}

// TestLawDatabaseHistories reads every document number and date in the
// 沿革 of every law and order of the national law database: each date
// must read as the test's own arithmetic reads it, and each number must
// be found by FindLetters with its serial's digits, and with a year, when
// it says one, of the date before it in the entry (the letter's own date,
// else the entry's) or the year before.
func TestLawDatabaseHistories(t *testing.T) {
	if testing.Short() {
		t.Skip("the corpus test reads 120 MB; skipped with -short")
	}
	var dates, numbers tally
	laws := 0
	histories(t, func(name, h string) {
		laws++
		for _, e := range entries(h) {
			type dated struct {
				end  int
				date rocdate.Date
			}
			var seen []dated
			for _, re := range []*regexp.Regexp{cnDate, dgDate} {
				for _, m := range re.FindAllStringIndex(e, -1) {
					text := e[m[0]:m[1]]
					dates.total++
					y, mo, d := expectDate(text)
					got, err := rocdate.Parse(text)
					want, werr := rocdate.New(y, timeMonth(mo), d)
					if err != nil || werr != nil || got != want {
						dates.fail(shape(text), fmt.Sprintf("%s: %s → %v %v", name, text, got, err))
						continue
					}
					dates.good++
					seen = append(seen, dated{m[1], got})
				}
			}
			sort.Slice(seen, func(i, j int) bool { return seen[i].end < seen[j].end })
			for _, m := range docNo.FindAllStringIndex(e, -1) {
				if strings.HasSuffix(strings.TrimRightFunc(e[:m[0]], unicode.IsSpace), "釋") {
					continue // 釋字第748號 numbers an interpretation, not a document
				}
				numbers.total++
				text := e[max(0, m[0]-240):m[1]]
				for !utf8.RuneStart(text[0]) {
					text = text[1:]
				}
				serial := e[m[0]:m[1]]
				form := shape(serial)
				var expect rocdate.Date
				for _, s := range seen {
					if s.end <= m[0] {
						expect = s.date
					}
				}
				found := actions.FindLetters(text)
				if len(found) == 0 {
					numbers.fail("not found: "+form, name+": "+strings.TrimSpace(text[max(0, len(text)-120):]))
					continue
				}
				l := found[len(found)-1]
				if !sameDigits(l.Number().Number(), serial) {
					numbers.fail("other serial: "+form, name+": "+serial+" → "+l.Number().String())
					continue
				}
				ny := l.Number().Year()
				if !l.Date().IsZero() {
					expect = l.Date()
				}
				if ny != 0 && !expect.IsZero() && ny != expect.Year() && ny != expect.Year()-1 {
					numbers.fail("year: "+form, fmt.Sprintf("%s: %s of year %d dated %v", name, l.Number(), ny, expect))
					continue
				}
				if ny == 0 && yearful(l.Number()) {
					numbers.fail("no year: "+form, name+": "+l.Number().String())
					continue
				}
				numbers.good++
			}
		}
	})
	t.Logf("%d laws and orders", laws)
	dates.report(t, "dates", 99.9)
	numbers.report(t, "document numbers", 99.5)
}

func timeMonth(m int) time.Month { return time.Month(m) }

// sameDigits reports whether the canonical serial holds the digits the
// text between 第 and 號 writes, in order, Chinese numerals read by the
// test's own arithmetic.
func sameDigits(canonical, written string) bool {
	var a, b []byte
	for i := 0; i < len(canonical); i++ {
		if c := canonical[i]; c >= '0' && c <= '9' {
			a = append(a, c)
		}
	}
	cn := ""
	flush := func() {
		if cn == "" {
			return
		}
		if strings.ContainsAny(cn, "十百") {
			b = fmt.Appendf(b, "%d", cnValue(cn))
		} else {
			for _, r := range cn {
				b = fmt.Appendf(b, "%d", cnValue(string(r)))
			}
		}
		cn = ""
	}
	for _, r := range written {
		switch {
		case r >= '0' && r <= '9':
			flush()
			b = append(b, byte(r))
		case r >= '０' && r <= '９':
			flush()
			b = append(b, byte('0'+r-'０'))
		case strings.ContainsRune("〇○零一二三四五六七八九十百", r):
			cn += string(r)
		case unicode.IsSpace(r):
		default:
			flush()
		}
	}
	flush()
	return string(a) == string(b)
}

// yearful reports whether a number's serial is long enough to carry a
// year by the test's own reading: ten digits or more.
func yearful(d actions.DocNumber) bool {
	n := 0
	for _, r := range d.Number() {
		if r < '0' || r > '9' {
			break
		}
		n++
	}
	return n >= 10
}
