// Package lawgen builds the statute tables of package lawdata from a
// manifest of the laws and their names (lawdata's manifest.csv, committed)
// and the national law database's JSON files (not committed): one folder
// per law, named by its PCode, holding one file per version, named by its
// 最新異動日期 (YYYYMMDD.json).
//
// It is the core of lawdata's generator (gen.go) and of the test that checks
// the committed tables against the source data; it reads only the fs.FS and
// the manifest it is given.
package lawgen

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Entry is one law of the manifest: its PCode and the names it is cited by.
type Entry struct {
	PCode    string
	Official string   // the name in the latest version
	Short    []string // short names in common use
	Former   []string // names it bore before
}

// manifestHeader is the manifest's header row.
var manifestHeader = []string{"pcode", "official", "short", "former"}

// ParseManifest reads the manifest: CSV with the header
// pcode,official,short,former, one law a line, several names in a cell
// separated by ";", lines starting with # ignored.
func ParseManifest(r io.Reader) ([]Entry, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = len(manifestHeader)
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("lawgen: manifest: %w", err)
	}
	if !slices.Equal(head, manifestHeader) {
		return nil, fmt.Errorf("lawgen: manifest: header %q, want %q", head, manifestHeader)
	}
	var entries []Entry
	pcodes := map[string]bool{}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("lawgen: manifest: %w", err)
		}
		line, _ := cr.FieldPos(0)
		e := Entry{PCode: strings.TrimSpace(rec[0]), Official: strings.TrimSpace(rec[1])}
		if e.PCode == "" || e.Official == "" || strings.ContainsAny(e.PCode, "/\\.") {
			return nil, fmt.Errorf("lawgen: manifest line %d: a law needs a PCode and an official name", line)
		}
		if pcodes[e.PCode] {
			return nil, fmt.Errorf("lawgen: manifest line %d: %s listed twice", line, e.PCode)
		}
		pcodes[e.PCode] = true
		if e.Short, err = splitNames(rec[2]); err == nil {
			e.Former, err = splitNames(rec[3])
		}
		if err != nil {
			return nil, fmt.Errorf("lawgen: manifest line %d: %w", line, err)
		}
		entries = append(entries, e)
	}
	return entries, nil
}

// splitNames splits a cell of names separated by ";".
func splitNames(cell string) ([]string, error) {
	if strings.TrimSpace(cell) == "" {
		return nil, nil
	}
	var names []string
	for n := range strings.SplitSeq(cell, ";") {
		n = strings.TrimSpace(n)
		if n == "" {
			return nil, fmt.Errorf("empty name in %q", cell)
		}
		names = append(names, n)
	}
	return names, nil
}

// rawVersion is one version file of the national law database.
type rawVersion struct {
	Name    string `json:"法規名稱"`
	Date    string `json:"最新異動日期"`
	History string `json:"沿革內容"`
	Content []struct {
		Num  string `json:"條號"`
		Text string `json:"條文內容"`
	} `json:"法規內容"`
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
	Acts     []Act // the acts of the 沿革 dated on Date, as its own file records them
}

// Data is everything read from the source.
type Data struct {
	DataDate int // the day of the snapshot the files come from (the manifest's data-date)
	Amended  int // the latest version date
	Laws     []Law
	Odd      []string // lines whose numbering was out of sequence
}

// Load reads the manifest (its entries and its data date) and the version
// files of its laws from fsys. It fails when a version is dated after the
// data date: the data date is then not the snapshot's.
func Load(fsys fs.FS, manifest []byte) (*Data, error) {
	m, err := ParseManifest(bytes.NewReader(manifest))
	if err != nil {
		return nil, err
	}
	date, err := ReadDataDate(bytes.NewReader(manifest))
	if err != nil {
		return nil, err
	}
	d, err := Read(fsys, m)
	if err != nil {
		return nil, err
	}
	if d.Amended > date {
		return nil, fmt.Errorf("lawgen: a version is dated %d, after the manifest's data date %d", d.Amended, date)
	}
	d.DataDate = date
	return d, nil
}

// Read reads the version files of every law of the manifest from fsys,
// in the manifest's order.
func Read(fsys fs.FS, manifest []Entry) (*Data, error) {
	d := &Data{}
	for _, e := range manifest {
		law, err := readLaw(fsys, e, d)
		if err != nil {
			return nil, err
		}
		d.Laws = append(d.Laws, law)
	}
	return d, nil
}

// versionName matches a version file's name.
const versionName = "[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9].json"

func readLaw(fsys fs.FS, e Entry, d *Data) (Law, error) {
	law := Law{PCode: e.PCode, Name: e.Official}
	files, err := fs.Glob(fsys, path.Join(e.PCode, versionName))
	if err != nil {
		return law, fmt.Errorf("lawgen: %w", err)
	}
	if len(files) == 0 {
		return law, fmt.Errorf("lawgen: %s: no version files (%s/YYYYMMDD.json)", e.PCode, e.PCode)
	}
	slices.Sort(files)
	raws := make([]rawVersion, len(files))
	for i, file := range files {
		b, err := fs.ReadFile(fsys, file)
		if err != nil {
			return law, fmt.Errorf("lawgen: %w", err)
		}
		if err := json.Unmarshal(b, &raws[i]); err != nil {
			return law, fmt.Errorf("lawgen: %s: %w", file, err)
		}
		if date := strings.TrimSuffix(path.Base(file), ".json"); raws[i].Date != date {
			return law, fmt.Errorf("lawgen: %s: 最新異動日期 is %q", file, raws[i].Date)
		}
	}
	if latest := raws[len(raws)-1].Name; latest != e.Official {
		return law, fmt.Errorf("lawgen: %s: the manifest's official name %q is not the latest version's %q", e.PCode, e.Official, latest)
	}
	// Names: the official one, former ones (the manifest's and the older
	// versions'), then short ones.
	for _, n := range e.Short {
		if n == e.Official || slices.Contains(e.Former, n) {
			return law, fmt.Errorf("lawgen: %s: %q is listed as two kinds of name", e.PCode, n)
		}
	}
	seen := map[string]bool{e.Official: true}
	add := func(name, kind string) {
		if !seen[name] {
			seen[name] = true
			law.Names = append(law.Names, Name{name, kind})
		}
	}
	for _, r := range raws {
		add(r.Name, kindFormer)
	}
	for _, n := range e.Former {
		add(n, kindFormer)
	}
	for _, n := range e.Short {
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
		v := Version{Date: date, Wrapped: wrapped[i], Acts: actsOn(r.History, date)}
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
		d.Amended = max(d.Amended, date)
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
