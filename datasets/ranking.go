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
