package numeral

import "unicode/utf8"

// ParseCount reads a count as people write one in a table: ASCII or
// full-width digits, grouped by thousands or not: 2963, 2,963, ２，９６３,
// 1,050,000. A grouped count must be grouped right: the first group has one
// to three digits and every later group three, with one kind of separator
// (, or ，) throughout, so 29,63, 1,2,3, 2,,963 and 2,963, are errors
// ([ErrSyntax]), as are blanks inside (12 3) and signs. A count larger than
// [Max] is [ErrRange]. ParseCount does not allocate except on error.
func ParseCount(s string) (int, error) {
	n, digits, group, sep := 0, 0, 0, rune(0)
	grouped := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		case r == ',' || r == '，':
			if digits == 0 || (sep != 0 && r != sep) || (grouped && group != 3) || (!grouped && group > 3) {
				return 0, &Error{Input: s, Err: ErrSyntax}
			}
			sep, grouped, group = r, true, 0
			continue
		default:
			return 0, &Error{Input: s, Err: ErrSyntax}
		}
		digits++
		group++
		if n > Max {
			return 0, &Error{Input: s, Err: ErrRange}
		}
	}
	if digits == 0 || (grouped && group != 3) {
		return 0, &Error{Input: s, Err: ErrSyntax}
	}
	return n, nil
}
