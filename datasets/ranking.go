package datasets

import (
	"cmp"
	"slices"
)

// Entry is one ministry's open count, as the platform ranks them.
type Entry struct {
	Name  string // 部會 name, such as 法務部
	Count int    // open datasets
}

// Ranked is an entry with its competition rank.
type Ranked struct {
	Rank  int // 1 for the largest count; ties share a rank
	Name  string
	Count int
}

// Rank orders entries by descending count and gives competition ranks
// (standard competition ranking, "1224"): ties share the better rank and
// the next rank skips, so counts 9, 7, 7, 5 rank 1, 2, 2, 4. Ties keep
// their order in entries, so the result is stable. entries is not
// modified.
func Rank(entries []Entry) []Ranked {
	s := slices.Clone(entries)
	slices.SortStableFunc(s, func(a, b Entry) int { return cmp.Compare(b.Count, a.Count) })
	out := make([]Ranked, len(s))
	for i, e := range s {
		r := i + 1
		if i > 0 && e.Count == s[i-1].Count {
			r = out[i-1].Rank
		}
		out[i] = Ranked{Rank: r, Name: e.Name, Count: e.Count}
	}
	return out
}

// RankOf returns the rank of the entry named name in ranked, and false
// when it is not there.
func RankOf(ranked []Ranked, name string) (int, bool) {
	for _, r := range ranked {
		if r.Name == name {
			return r.Rank, true
		}
	}
	return 0, false
}

// MinistryCounts returns the open count of every ministry (部會) with a
// listed dataset in c: each publisher's listed datasets counted under
// the ministry it rolls up to in h (see [Hierarchy]), in stroke order of
// the ministries' names. The work is linear in the catalog.
func MinistryCounts(c Catalog, h Hierarchy) []Entry {
	per := map[Publisher]int{}
	for p, n := range c.Counts(false) {
		per[h.Ministry(p)] += n
	}
	names := make([]string, 0, len(per))
	byName := make(map[string]int, len(per))
	for m, n := range per {
		names = append(names, m.Name())
		byName[m.Name()] = n
	}
	SortNames(names)
	out := make([]Entry, len(names))
	for i, name := range names {
		out[i] = Entry{Name: name, Count: byName[name]}
	}
	return out
}

// RankMinistries ranks the ministries by their open count in one
// snapshot of the national catalog, as [Rank] does: the check of a claim
// such as 資料開放數量名列各部會第二 is
//
//	r, _ := RankOf(RankMinistries(national, h), "法務部") // 2
//
// Ties in count are in stroke order of the names.
func RankMinistries(c Catalog, h Hierarchy) []Ranked { return Rank(MinistryCounts(c, h)) }
