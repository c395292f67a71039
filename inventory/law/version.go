package law

// path addresses a provision: 第article條之sub第para項第subpara款第item目,
// each 0 when not given. A path with para 0 and subpara set names a 款 of
// the article's only paragraph that has 款.
type path struct {
	article, sub, para, subpara, item int
}

func pathOf(p Provision) path {
	return path{article: p.Article, sub: p.ArticleSub, para: p.Paragraph, subpara: p.Subparagraph, item: p.Item}
}

// article returns the article 第num條之sub of v, repealed or not.
func (v *version) article(num, sub int) (article, bool) {
	lo, hi := 0, len(v.arts)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		a := v.arts[m]
		if int(a.num) < num || int(a.num) == num && int(a.sub) < sub {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(v.arts) && int(v.arts[lo].num) == num && int(v.arts[lo].sub) == sub {
		return v.arts[lo], true
	}
	return article{}, false
}

// child returns the k-th child of node n (numbered from 1).
func (v *version) child(n int32, k int) (int32, bool) {
	if k < 1 || k > int(v.nodes[n].kids) {
		return 0, false
	}
	c := n + 1
	for range k - 1 {
		c += int32(v.nodes[c].size)
	}
	return c, true
}

// find returns the node of the provision p in v. It reports false when the
// article does not exist or is repealed, or when a level does not exist in
// it, or a level is skipped (第1項第2目).
func (v *version) find(p path) (int32, bool) {
	a, ok := v.article(p.article, p.sub)
	if !ok || a.repealed {
		return 0, false
	}
	n := a.node
	para := p.para
	if para == 0 && p.subpara > 0 {
		for k := 1; k <= int(v.nodes[n].kids); k++ {
			c, _ := v.child(n, k)
			if v.nodes[c].kids > 0 {
				if para != 0 {
					return 0, false // more than one paragraph has 款
				}
				para = k
			}
		}
	}
	levels := [...]int{para, p.subpara, p.item}
	for i, k := range levels {
		if k == 0 {
			for _, k := range levels[i+1:] {
				if k != 0 {
					return 0, false // a level skipped
				}
			}
			break
		}
		if n, ok = v.child(n, k); !ok {
			return 0, false
		}
	}
	return n, true
}

// locate returns the path of the first provision of v, in order, whose
// fingerprint is fp and whose depth (0 article, 1 項, 2 款, 3 目) is depth.
func (v *version) locate(fp uint64, depth int) (path, bool) {
	var found path
	ok := false
	v.walk(depth, func(p path, n int32, _ article) bool {
		if v.nodes[n].fp == fp {
			found, ok = p, true
		}
		return !ok
	})
	return found, ok
}
