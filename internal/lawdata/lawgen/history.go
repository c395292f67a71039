package lawgen

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/ogdtw/governance/internal/lawdata/lawhist"
	"github.com/ogdtw/governance/rocdate"
)

// Act is one act of a law's 沿革 (one numbered entry may hold several): the
// number of its entry and its text, hard wraps removed, as
// inventory/law's ParseHistory reads it.
type Act = lawhist.Act

// actsOn returns the acts of the 沿革 history dated on date (YYYYMMDD), in
// the order written: the acts of a version's own day. A history that
// records nothing on that day gives none.
func actsOn(history string, date int) []Act {
	var out []Act
	for _, a := range lawhist.Split(history) {
		if actDate(a.Text) == date {
			out = append(out, a)
		}
	}
	return out
}

// actDate returns the date an act starts with as YYYYMMDD, 0 when it
// starts with none.
func actDate(act string) int {
	t, ok := strings.CutPrefix(act, lawhist.ActStart)
	i := strings.Index(t, "日")
	if !ok || i < 0 {
		return 0
	}
	d, err := rocdate.Parse(lawhist.ActStart + t[:i+len("日")])
	if err != nil {
		return 0
	}
	return d.GregorianYear()*10000 + int(d.Month())*100 + d.Day()
}

// dataDatePrefix starts the manifest's comment line that records the day
// of the law database's snapshot the version files come from.
const dataDatePrefix = "# data-date:"

// ReadDataDate reads the data date from the manifest: the line
// "# data-date: YYYYMMDD", the UpdateDate of the national law database's
// ChLaw.json and ChOrder.json the version files were taken from. A manifest
// without the line, or with two, is an error.
func ReadDataDate(r io.Reader) (int, error) {
	sc := bufio.NewScanner(r)
	date, found := 0, false
	for sc.Scan() {
		rest, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), dataDatePrefix)
		if !ok {
			continue
		}
		if found {
			return 0, fmt.Errorf("lawgen: manifest: %s given twice", dataDatePrefix)
		}
		rest = strings.TrimSpace(rest)
		n, err := strconv.Atoi(rest)
		if err != nil || len(rest) != 8 {
			return 0, fmt.Errorf("lawgen: manifest: %s %q is not YYYYMMDD", dataDatePrefix, rest)
		}
		if _, err := rocdate.New(n/10000-1911, time.Month(n/100%100), n%100); err != nil {
			return 0, fmt.Errorf("lawgen: manifest: %s %q is not a day", dataDatePrefix, rest)
		}
		date, found = n, true
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("lawgen: manifest: %w", err)
	}
	if !found {
		return 0, fmt.Errorf("lawgen: manifest: no %s line", dataDatePrefix)
	}
	return date, nil
}
