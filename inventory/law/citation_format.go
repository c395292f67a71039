package law

import (
	"strconv"
)

// String returns c in its compact canonical form: the law in 《》, Arabic
// numerals, 、 between items and refs, 至 for runs of three or more, and a
// ref that shares its upper levels with the one before written from the
// first level that differs: 《政府資訊公開法》第18條第1項第1至7款,
// 《刑事訴訟法》第245條第1、3項. ParseCitation(c.String()) cites the same
// provisions as c. The zero Citation is "".
func (c Citation) String() string {
	b, _ := c.AppendText(nil)
	return string(b)
}

// AppendText appends the canonical form of c, as String gives it, to b.
// It never fails.
func (c Citation) AppendText(b []byte) ([]byte, error) {
	if c.Law != "" {
		b = append(b, "《"...)
		b = append(b, c.Law...)
		b = append(b, "》"...)
	}
	unit := "條"
	if c.point {
		unit = "點"
	}
	provs := c.Provisions()
	var prev Provision
	for i := 0; i < len(provs); {
		g := provs[i]
		d := g.depth()
		if i > 0 {
			b = append(b, "、"...)
		}
		// Find the level to start from: the first that differs from the
		// previous ref, which the parser inherits from.
		l := topLevel(g)
		if i > 0 {
			l = d
			for k := lvArticle; k < d; k++ {
				if g.get(k) != prev.get(k) || g.get(lvSub+k) != prev.get(lvSub+k) {
					l = k
					break
				}
			}
			if g.get(l) == 0 {
				l = topLevel(g)
			}
		}
		if d == lvArticle && g.ArticleSub != 0 {
			// 之N articles: a run of three or more is a range, else one.
			j := i + 1
			for j < len(provs) && provs[j].depth() == lvArticle && provs[j].Article == g.Article &&
				provs[j].Part == g.Part && provs[j].ArticleSub == provs[j-1].ArticleSub+1 {
				j++
			}
			if j-i < 3 {
				j = i + 1
			}
			b = g.appendTo(b, unit)
			if j-i >= 3 {
				b = b[:len(b)-len(g.Part.String())]
				b = append(b, "至"...)
				b = provs[j-1].appendTo(b, unit)
			}
			prev, i = provs[j-1], j
			continue
		}
		if g.get(lvSub+d) != 0 {
			// 之N below the article: one at a time, from level l.
			b = appendFrom(b, g, l, unit)
			prev, i = g, i+1
			continue
		}
		j := i + 1
		for j < len(provs) && sameGroup(provs[j], g, d) {
			j++
		}
		for k := l; k < d; k++ {
			if v := g.get(k); v != 0 {
				b = appendLevel(b, v, levelUnit(k, unit))
				b = appendSub(b, g.get(lvSub+k))
			}
		}
		b = append(b, "第"...)
		for k := i; k < j; {
			if k > i {
				b = append(b, "、"...)
			}
			v := provs[k].get(d)
			e := k + 1
			for e < j && provs[e].get(d) == provs[e-1].get(d)+1 {
				e++
			}
			b = strconv.AppendInt(b, int64(v), 10)
			switch {
			case e-k >= 3:
				b = append(b, "至"...)
				b = strconv.AppendInt(b, int64(provs[e-1].get(d)), 10)
			case e-k == 2:
				e = k + 1
			}
			k = e
		}
		b = append(b, levelUnit(d, unit)...)
		b = append(b, g.Part.String()...)
		prev, i = provs[j-1], j
	}
	return b, nil
}

// MarshalText returns the canonical form of c, as String gives it.
func (c Citation) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText parses b with ParseCitation.
func (c *Citation) UnmarshalText(b []byte) error {
	v, err := ParseCitation(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// topLevel returns the first level p cites.
func topLevel(p Provision) int {
	for l := lvArticle; l <= lvItem; l++ {
		if p.get(l) != 0 {
			return l
		}
	}
	return lvArticle
}

// levelUnit returns the unit of level l; article is 條 or 點.
func levelUnit(l int, article string) string {
	if l == lvArticle {
		return article
	}
	return [...]string{"", "項", "款", "目"}[l]
}

// sameGroup reports whether q can be listed with g at level d: same depth,
// same part and the same upper levels.
func sameGroup(q, g Provision, d int) bool {
	if q.depth() != d || q.Part != g.Part || q.Article != g.Article && d != lvArticle || q.ArticleSub != g.ArticleSub || q.get(lvSub+d) != 0 {
		return false
	}
	for k := lvPara; k < d; k++ {
		if q.get(k) != g.get(k) || q.get(lvSub+k) != g.get(lvSub+k) {
			return false
		}
	}
	return true
}

// appendFrom appends the levels of p from level l down, with their 之N,
// and its part.
func appendFrom(b []byte, p Provision, l int, unit string) []byte {
	for k := l; k <= lvItem; k++ {
		if v := p.get(k); v != 0 {
			b = appendLevel(b, v, levelUnit(k, unit))
			b = appendSub(b, p.get(lvSub+k))
		}
	}
	return append(b, p.Part.String()...)
}
