package law

// quick reads the refs of a citation in its most common form, all the rest
// of the text at once: Arabic numerals, no blanks, no 之N or part, a list
// or range only at the last level of a ref, and at most a few spans, as in
// 第18條第1項第1至7款、第9款及第20條規定. It reports false for anything
// else, having recorded nothing and moved nothing, and the general parser
// reads the text (and reports its errors). Whatever quick accepts, the
// general parser reads the same way; TestQuickCitation checks this.
func (p *parser) quick() bool {
	if p.quickRefs() {
		if p.c.more != nil {
			p.c.more = p.c.more[:len(p.c.more):len(p.c.more)]
		}
		return true
	}
	// Forget the spans, keeping any slice for the general parser.
	p.c.n, p.c.inline, p.c.more = 0, [inlineSpans]span{}, p.c.more[:0:cap(p.c.more)]
	return false
}

// quickRefs is quick, save that after false it may have recorded spans.
func (p *parser) quickRefs() bool {
	const maxItems = 8
	var (
		s      = p.s
		i      = p.i
		prev   uint64 // the last provision of the previous ref, as by pack
		point  int8   // 0 unknown, 1 條, 2 點
		leaves int
	)
	for {
		// One ref: levels in order, each 第 nums unit.
		var base uint64 // the upper levels, as by pack
		last := -1
		for {
			if at3(s, i) != tokDi {
				return false
			}
			i += 3
			var items [maxItems]struct{ lo, hi uint16 } // hi == lo for one number
			k := 0
			for {
				lo, j := digits(s, i)
				if lo == 0 {
					return false
				}
				hi := lo
				switch at3(s, j) {
				case tokTo, tokDao, tokTilde:
					j += 3
					if at3(s, j) == tokDi {
						j += 3
					}
					if hi, j = digits(s, j); hi <= lo {
						return false
					}
				}
				if k == len(items) {
					return false
				}
				items[k].lo, items[k].hi = uint16(lo), uint16(hi)
				k++
				i = j
				if at3(s, i) != tokDun || i+3 >= len(s) || s[i+3] < '0' || s[i+3] > '9' {
					break
				}
				i += 3
			}
			var lv int
			switch at3(s, i) {
			case tokTiao:
				lv = lvArticle
			case tokDian:
				lv = lvArticle
			case tokXiang:
				lv = lvPara
			case tokKuan:
				lv = lvSubpara
			case tokMu:
				lv = lvItem
			default:
				return false
			}
			if lv <= last {
				return false
			}
			if lv == lvArticle {
				want := int8(1)
				if at3(s, i) == tokDian {
					want = 2
				}
				if point != 0 && point != want {
					return false
				}
				point = want
			}
			i += 3
			if last < 0 {
				// A ref that starts below 條 inherits the upper levels.
				base = prev & (1<<(16*lv) - 1)
			}
			last = lv
			next := at3(s, i)
			if next == tokDi && lv != lvItem {
				// An upper level: one number.
				if k != 1 || items[0].lo != items[0].hi {
					return false
				}
				base |= uint64(items[0].lo) << (16 * lv)
				continue
			}
			// The last level: a span per item.
			for _, it := range items[:k] {
				if leaves += int(it.hi-it.lo) + 1; leaves > maxLeaves {
					return false
				}
				p.c.add(makeSpan(base|uint64(it.lo)<<(16*lv), 0, int(it.hi), NoPart, lv), p.room)
			}
			prev = base | uint64(items[k-1].hi)<<(16*lv)
			break
		}
		// Between refs: a conjunction and 第, or the end, or 規定 at the end.
		if i < len(s) && s[i] == ',' {
			i++
			continue
		}
		switch at3(s, i) {
		case tokDun, tokJi, tokHuo, tokYu, tokBing, tokComma:
			i += 3
		default:
			if r := s[i:]; r != "" && trailLen(r) != len(r) {
				return false
			}
			p.i, p.c.point = len(s), point == 2
			return true
		}
	}
}

// digits reads ASCII digits at i, a number from 1 to maxNumber that no other
// digit or sign continues, and returns it and the offset after it; it
// returns 0 for anything else.
func digits(s string, i int) (n, j int) {
	for j = i; j < len(s) && s[j] >= '0' && s[j] <= '9'; j++ {
		if n = n*10 + int(s[j]-'0'); n > maxNumber {
			return 0, j
		}
	}
	if j < len(s) && s[j] < 0x80 {
		return 0, j // a dash, a blank or ASCII text: for the general parser
	}
	return n, j
}
