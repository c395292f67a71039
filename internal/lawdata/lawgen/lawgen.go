// Package lawgen builds the statute tables of package lawdata from the
// national law database's JSON files: index.json, listing the laws, and one
// folder per law (named by its PCode) holding one file per version (named
// by its 最新異動日期, YYYYMMDD.json).
//
// It is the core of lawdata's generator (gen.go) and of the test that checks
// the committed tables against the source data; it reads only the fs.FS it
// is given.
package lawgen

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// indexEntry is one law of index.json.
type indexEntry struct {
	PCode    string   `json:"pcode"`
	Name     string   `json:"name"`
	Versions []string `json:"versions"`
	Aliases  []string `json:"aliases"`
}

// rawVersion is one version file of the national law database.
type rawVersion struct {
	Name    string `json:"法規名稱"`
	Date    string `json:"最新異動日期"`
	Content []struct {
		Num  string `json:"條號"`
		Text string `json:"條文內容"`
	} `json:"法規內容"`
}

// extraShortNames are the short names in common use that index.json does
// not list, by PCode.
var extraShortNames = map[string][]string{
	"I0020026": {"政資法"},
	"G0380131": {"洗防法"},
	"S0020047": {"特殊查核辦法"},
	"I0060003": {"國機法"},
	"J0080028": {"營秘法"},
	"A0030161": {"證保法"},
	"G0340001": {"稅稽法"},
	"D0080079": {"性侵法"},
	"I0030047": {"資恐法"},
	"A0030023": {"行執法"},
	"D0080186": {"DNA採樣條例"},
}

// formerNames are names a law bore before the versions the data holds, by
// PCode; names found in the version files are added to them.
var formerNames = map[string][]string{
	"I0050021": {"電腦處理個人資料保護法"},
}

// Name kinds, as the generated code spells them (constants of lawdata).
const (
	kindOfficial = "Official"
	kindShort    = "Short"
	kindFormer   = "Former"
)

// Law is one law as read from the data.
type Law struct {
	PCode    string
	Name     string
	Names    []Name // every name but the official one
	Versions []Version
}

// Name is a name other than the official one a law is cited by.
type Name struct {
	Name string
	Kind string // kindShort or kindFormer
}

// Version is one version of a law.
type Version struct {
	Date     int // 最新異動日期 as YYYYMMDD
	Wrapped  bool
	Articles []Article
}

// Data is everything read from the source.
type Data struct {
	Updated int // the latest version date
	Laws    []Law
	Odd     []string // lines whose numbering was out of sequence
}

// Read reads index.json and every version file it lists from fsys.
func Read(fsys fs.FS) (*Data, error) {
	b, err := fs.ReadFile(fsys, "index.json")
	if err != nil {
		return nil, fmt.Errorf("lawgen: %w", err)
	}
	var index []indexEntry
	if err := json.Unmarshal(b, &index); err != nil {
		return nil, fmt.Errorf("lawgen: index.json: %w", err)
	}
	d := &Data{}
	for _, e := range index {
		law, err := readLaw(fsys, e, d)
		if err != nil {
			return nil, err
		}
		d.Laws = append(d.Laws, law)
	}
	return d, nil
}

func readLaw(fsys fs.FS, e indexEntry, d *Data) (Law, error) {
	law := Law{PCode: e.PCode, Name: e.Name}
	raws := make([]rawVersion, len(e.Versions))
	dates := slices.Clone(e.Versions)
	slices.Sort(dates)
	for i, date := range dates {
		path := e.PCode + "/" + date + ".json"
		b, err := fs.ReadFile(fsys, path)
		if err != nil {
			return law, fmt.Errorf("lawgen: %w", err)
		}
		if err := json.Unmarshal(b, &raws[i]); err != nil {
			return law, fmt.Errorf("lawgen: %s: %w", path, err)
		}
		if raws[i].Date != date {
			return law, fmt.Errorf("lawgen: %s: 最新異動日期 is %q", path, raws[i].Date)
		}
	}
	// Names.
	seen := map[string]bool{e.Name: true}
	add := func(name, kind string) {
		if !seen[name] {
			seen[name] = true
			law.Names = append(law.Names, Name{name, kind})
		}
	}
	for _, r := range raws {
		add(r.Name, kindFormer)
	}
	for _, n := range formerNames[e.PCode] {
		add(n, kindFormer)
	}
	for _, n := range e.Aliases {
		add(n, kindShort)
	}
	for _, n := range extraShortNames[e.PCode] {
		add(n, kindShort)
	}
	// Lines of the unwrapped versions, to resolve the wrapped ones.
	wrapped := make([]bool, len(raws))
	var known []string
	for i, r := range raws {
		texts := make([]string, 0, len(r.Content))
		for _, c := range r.Content {
			if c.Num != "" {
				texts = append(texts, c.Text)
			}
		}
		wrapped[i] = Wrapped(texts)
		if !wrapped[i] {
			for _, t := range texts {
				for _, ln := range lines(t) {
					known = append(known, normalize(ln))
				}
			}
		}
	}
	slices.Sort(known)
	isKnown := func(prefix string) bool {
		i, _ := slices.BinarySearch(known, prefix)
		return i < len(known) && strings.HasPrefix(known[i], prefix)
	}
	for i, r := range raws {
		date, _ := strconv.Atoi(r.Date)
		v := Version{Date: date, Wrapped: wrapped[i]}
		for _, c := range r.Content {
			if c.Num == "" {
				continue // a heading (編章節)
			}
			num, sub, err := ParseNumber(c.Num)
			if err != nil {
				return law, fmt.Errorf("lawgen: %s/%s: %w", e.PCode, r.Date, err)
			}
			a := Article{Num: num, Sub: sub}
			if normalize(c.Text) == repealedText {
				a.Repealed = true
			} else {
				var odd []string
				a.Paragraphs, odd = ParseArticle(c.Text, wrapped[i], isKnown)
				for _, o := range odd {
					d.Odd = append(d.Odd, fmt.Sprintf("%s %s %s: %s", r.Name, r.Date, c.Num, o))
				}
			}
			if n := len(v.Articles); n > 0 {
				if p := v.Articles[n-1]; p.Num > num || p.Num == num && p.Sub >= sub {
					return law, fmt.Errorf("lawgen: %s/%s: %s out of order", e.PCode, r.Date, c.Num)
				}
			}
			v.Articles = append(v.Articles, a)
		}
		law.Versions = append(law.Versions, v)
		d.Updated = max(d.Updated, date)
	}
	return law, nil
}

// ParseNumber reads an article number as the database writes it:
// "第 18 條" or "第 18-1 條" (第18條之1).
func ParseNumber(s string) (num, sub int, err error) {
	t, ok := strings.CutPrefix(strings.TrimSpace(s), "第")
	t, ok2 := strings.CutSuffix(t, "條")
	if !ok || !ok2 {
		return 0, 0, fmt.Errorf("lawgen: article number %q", s)
	}
	t = strings.TrimSpace(t)
	n, m, hasSub := strings.Cut(t, "-")
	num, err = strconv.Atoi(n)
	if err != nil || num <= 0 {
		return 0, 0, fmt.Errorf("lawgen: article number %q", s)
	}
	if hasSub {
		sub, err = strconv.Atoi(m)
		if err != nil || sub <= 0 {
			return 0, 0, fmt.Errorf("lawgen: article number %q", s)
		}
	}
	return num, sub, nil
}
