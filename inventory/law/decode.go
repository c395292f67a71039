package law

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ogdtw/governance/internal/lawdata"
	"github.com/ogdtw/governance/internal/numeral"
)

// rawFile is ChLaw.json or ChOrder.json, the fields Decode reads.
type rawFile struct {
	UpdateDate string
	Laws       []rawLaw
}

// rawLaw is one law of the law database, the fields Decode reads.
type rawLaw struct {
	LawLevel        string
	LawName         string
	LawURL          string
	LawCategory     string
	LawModifiedDate string
	LawAbandonNote  string
	LawHistories    string
	LawArticles     []rawArticle
}

// rawArticle is one article or heading of a law. Its text is kept as the
// JSON string literal, unquoted by Decode (appendUnquoted) into a buffer it
// reuses: encoding/json would unquote it rune by rune into a new string.
type rawArticle struct {
	ArticleType    string
	ArticleNo      string
	ArticleContent json.RawMessage
}

// Decode reads the national law database's open data, ChLaw.json or
// ChOrder.json as the database publishes it (UTF-8, with or without a
// byte-order mark: {"UpdateDate":"2024/10/11 上午 12:00:00","Laws":[…]}),
// from r, which the caller opens (and gunzips). The registry holds every
// law of the file, abandoned ones included and marked: its PCode (from
// LawURL), official name, level, category, the text of the day as one
// version dated by LawModifiedDate, its 沿革 read by [ParseHistory] (with
// the former names it records), and the short names the embedded registry
// knows for the same PCode. Its data date is UpdateDate. Merge registries
// to read both files or several snapshots.
//
// Errors are *ParseError values (Func "Decode"): ErrSyntax for text that is
// not JSON of that form or an UpdateDate that is not a day, ErrMissing for
// a law without a name or a pcode (a LawURL whose query has no pcode=
// followed by a letter and digits, such as A0000001). A LawModifiedDate known only to the
// year or month (19460000) is read as its first day; one that is not a
// date leaves the law's Modified unknown and dates its text by UpdateDate.
// A law given twice keeps its last occurrence.
//
// The file is read as a stream, one law at a time: the registry keeps none
// of the JSON text, only what it reads from it.
func Decode(r io.Reader) (*Registry, error) {
	// A byte-order mark is dropped.
	var head [3]byte
	n, err := io.ReadFull(r, head[:])
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, syntaxError("law.syntax.reading", err.Error())
	}
	if string(head[:n]) != "\xef\xbb\xbf" {
		r = io.MultiReader(bytes.NewReader(head[:n]), r)
	}
	d := decoder{
		dec:    json.NewDecoder(r),
		intern: map[string]string{},
	}
	reg, err := d.file()
	if err != nil {
		return nil, err
	}
	return reg, nil
}

// decoder reads a file of the law database as a stream, keeping its
// buffers between laws.
type decoder struct {
	dec    *json.Decoder
	raw    rawLaw // the law being read; its slices are reused
	pb     paraBuilder
	nodes  []node    // the nodes of the version being built
	arts   []article // its articles
	text   []byte    // an article's text, unquoted
	intern map[string]string
	// The slabs the kept slices are carved from: a few large allocations
	// rather than one or two per law, which would share the heap's pages
	// with the garbage of reading and keep them in use.
	nodeSlab []node
	artSlab  []article
	// The 沿革 not parsed yet, copied one after the other: histories are
	// given their text, a piece of one string, when the file is read.
	histText []byte
	hists    []pendingHistory
}

// pendingHistory is a 沿革 whose text is histText[from:to].
type pendingHistory struct {
	h        *history
	from, to int
}

// slabSize is the number of elements of a slab.
const slabSize = 1 << 15

// carve returns a copy of s carved from the slab, starting a new slab when
// the last has no room: a slice of its own length and capacity.
func carve[T any](slab *[]T, s []T) []T {
	if len(s) == 0 {
		return nil
	}
	if len(s) > cap(*slab)-len(*slab) {
		*slab = make([]T, 0, max(slabSize, len(s)))
	}
	i := len(*slab)
	*slab = append(*slab, s...)
	return (*slab)[i:len(*slab):len(*slab)]
}

// syntaxError is the error of text that is not JSON of the database's
// form: what was wrong is the message code with args.
func syntaxError(code string, args ...any) error {
	return parseError("Decode", "", ErrSyntax, code, args...)
}

// delim reads the next token, which must be the delimiter want.
func (d *decoder) delim(want json.Delim) error {
	tok, err := d.dec.Token()
	if err != nil {
		return syntaxError("law.syntax.json", err.Error())
	}
	if tok != want {
		return syntaxError("law.syntax.delim", fmt.Sprint(tok), want.String())
	}
	return nil
}

// file reads {"UpdateDate": …, "Laws": […]}, other keys skipped.
func (d *decoder) file() (*Registry, error) {
	if err := d.delim('{'); err != nil {
		return nil, err
	}
	var (
		update    string
		hasUpdate bool
		laws      []lawEntry
		at        = map[string]int{}
		updated   int
	)
	for d.dec.More() {
		tok, err := d.dec.Token()
		if err != nil {
			return nil, syntaxError("law.syntax.json", err.Error())
		}
		key, _ := tok.(string)
		switch { // keys match as encoding/json matches them, in any case
		case strings.EqualFold(key, "UpdateDate"):
			update = ""
			if err := d.dec.Decode(&update); err != nil {
				return nil, syntaxError("law.syntax.json", err.Error())
			}
			if updated, err = readUpdateDate(update); err != nil {
				return nil, err
			}
			hasUpdate = true
		case strings.EqualFold(key, "Laws"):
			tok, err := d.dec.Token()
			if err != nil {
				return nil, syntaxError("law.syntax.json", err.Error())
			}
			if tok == nil {
				continue // null: no laws
			}
			if tok != json.Delim('[') {
				return nil, syntaxError("law.syntax.laws", fmt.Sprint(tok))
			}
			for d.dec.More() {
				// encoding/json decodes an element of a slice in place,
				// over what the element held: the last law's articles
				// are cleared (those past them were cleared before), so
				// that a field left out reads as empty, and the texts'
				// buffers are kept.
				arts := d.raw.LawArticles
				for i := range arts {
					arts[i] = rawArticle{ArticleContent: arts[i].ArticleContent[:0]}
				}
				d.raw = rawLaw{LawArticles: arts[:0]}
				if err := d.dec.Decode(&d.raw); err != nil {
					return nil, syntaxError("law.syntax.json", err.Error())
				}
				e, err := d.law(&d.raw)
				if err != nil {
					return nil, err
				}
				if j, ok := at[e.pcode]; ok {
					laws[j] = e
					continue
				}
				at[e.pcode] = len(laws)
				laws = append(laws, e)
			}
			if err := d.delim(']'); err != nil {
				return nil, err
			}
		default:
			var skip json.RawMessage
			if err := d.dec.Decode(&skip); err != nil {
				return nil, syntaxError("law.syntax.json", err.Error())
			}
		}
	}
	if err := d.delim('}'); err != nil {
		return nil, err
	}
	if _, err := d.dec.Token(); !errors.Is(err, io.EOF) {
		return nil, syntaxError("law.syntax.trailing")
	}
	if !hasUpdate {
		if _, err := readUpdateDate(update); err != nil {
			return nil, err
		}
	}
	texts := string(d.histText)
	for _, p := range d.hists {
		p.h.text = texts[p.from:p.to]
	}
	// Dates: the snapshot's, and a version's when its law's is unknown.
	amended := 0
	for i := range laws {
		e := &laws[i]
		e.updated = updated
		if e.modified <= updated {
			amended = max(amended, e.modified)
		}
		if v := e.versions[0]; v.date == 0 {
			v.date = updated
		}
	}
	return &Registry{updated: updated, amended: amended, laws: slices.Clip(laws)}, nil
}

// str returns s, or an equal string read before: level and category
// repeat across the laws of a file.
func (d *decoder) str(s string) string {
	if t, ok := d.intern[s]; ok {
		return t
	}
	d.intern[s] = s
	return s
}

// readUpdateDate reads 2024/10/11 上午 12:00:00 as YYYYMMDD.
func readUpdateDate(s string) (int, error) {
	d, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	parts := strings.Split(d, "/")
	if len(parts) != 3 {
		return 0, parseError("Decode", s, ErrSyntax, "law.syntax.update-date")
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || v <= 0 {
			return 0, parseError("Decode", s, ErrSyntax, "law.syntax.update-date")
		}
		n[i] = v
	}
	v := n[0]*10000 + n[1]*100 + n[2]
	if dateOf(v).IsZero() {
		return 0, parseError("Decode", s, ErrRange, "law.range.update-date")
	}
	return v, nil
}

// readYMD reads a YYYYMMDD date; 99991231 and "" are 0 (not set). A date
// the database knows only to the year or month (19460000, 19460300) is
// read as the first day of it.
func readYMD(s string) (int, bool) {
	if s == "" || s == "99991231" {
		return 0, true
	}
	v, err := strconv.Atoi(s)
	if err != nil || len(s) != 8 || v < 19120101 {
		return 0, false
	}
	if v%100 == 0 {
		v++
	}
	if v/100%100 == 0 {
		v += 100
	}
	if dateOf(v).IsZero() {
		return 0, false
	}
	return v, true
}

// law makes the entry of one law, its version dated by LawModifiedDate
// (0 when not known: file dates it by the snapshot).
func (d *decoder) law(l *rawLaw) (lawEntry, error) {
	e := lawEntry{
		name:      strings.TrimSpace(l.LawName),
		level:     d.str(l.LawLevel),
		category:  d.str(l.LawCategory),
		abandoned: strings.TrimSpace(l.LawAbandonNote) == "廢",
	}
	e.pcode = urlPCode(l.LawURL)
	if e.name == "" || e.pcode == "" {
		return e, parseError("Decode", l.LawName+" "+l.LawURL, ErrMissing, "law.missing.law")
	}
	e.pcode = strings.Clone(e.pcode)     // not a piece of LawURL, which is not kept
	mod, _ := readYMD(l.LawModifiedDate) // 0 when not a date: the version is then dated by the snapshot
	e.modified = mod
	seen := map[string]bool{e.name: true}
	if l.LawHistories != "" {
		// The 沿革 is parsed now only when it renames the law (原名稱：,
		// looked for with white space removed, as hard wraps may split
		// it), for the index of names; otherwise when first asked for,
		// from a copy in the file's 沿革 text.
		e.history = &history{}
		d.pb.buf = appendNormal(d.pb.buf[:0], l.LawHistories)
		if !bytes.Contains(d.pb.buf, []byte("原名稱：")) {
			d.hists = append(d.hists, pendingHistory{e.history, len(d.histText), len(d.histText) + len(l.LawHistories)})
			d.histText = append(d.histText, l.LawHistories...)
		} else {
			e.history.text = l.LawHistories
			for _, h := range e.revisions() {
				if h.FormerName != "" && !seen[h.FormerName] {
					seen[h.FormerName] = true
					e.names = append(e.names, altName{h.FormerName, MatchFormer})
				}
			}
		}
	}
	if dl, ok := defaultByPCode(e.pcode); ok {
		for n, k := range dl.Names() {
			if k == lawdata.Short && !seen[n] {
				seen[n] = true
				e.names = append(e.names, altName{n, MatchShort})
			}
		}
	}
	d.nodes, d.arts = d.nodes[:0], d.arts[:0]
	for _, a := range l.LawArticles {
		if c := a.ArticleContent; len(c) > 0 && c[0] != '"' && string(c) != "null" {
			return e, parseError("Decode", string(c), ErrSyntax, "law.syntax.article-content")
		}
		if a.ArticleType != "A" {
			continue
		}
		num, sub, ok := articleNumber(a.ArticleNo)
		if !ok {
			continue // 編制表-like rows without a number
		}
		if n := len(d.arts); n > 0 {
			if p := d.arts[n-1]; p.num > uint16(num) || p.num == uint16(num) && p.sub >= uint16(sub) {
				continue // out of order or given twice: the first is kept
			}
		}
		art := article{num: uint16(num), sub: uint16(sub), node: int32(len(d.nodes))}
		var ok2 bool
		d.text, ok2 = appendUnquoted(d.text[:0], a.ArticleContent)
		if !ok2 && len(a.ArticleContent) > 0 { // empty when left out
			return e, parseError("Decode", string(a.ArticleContent), ErrSyntax, "law.syntax.article-content")
		}
		if text := bytes.TrimSpace(d.text); string(text) == repealedText {
			art.repealed = true
			d.nodes = append(d.nodes, node{fp: repealedFP, size: 1})
		} else {
			d.nodes = d.pb.appendArticle(d.nodes, d.text)
		}
		d.arts = append(d.arts, art)
	}
	// The version's slices are allocated once, to their size.
	e.versions = []*version{{date: mod, arts: carve(&d.artSlab, d.arts), nodes: carve(&d.nodeSlab, d.nodes)}}
	return e, nil
}

// appendUnquoted appends the string the JSON string literal q stands for
// to b, as encoding/json reads it: escapes decoded, an invalid UTF-8 byte
// or a lone surrogate as U+FFFD. It reports false when q is not a string
// literal (JSON null is the empty string, as json.Unmarshal leaves a
// string).
func appendUnquoted(b, q []byte) ([]byte, bool) {
	if string(q) == "null" {
		return b, true
	}
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return b, false
	}
	q = q[1 : len(q)-1]
	for len(q) > 0 {
		// A run without escapes or control bytes is copied at once when
		// it is valid UTF-8.
		i := 0
		for i < len(q) && q[i] != '\\' && q[i] != '"' && q[i] >= 0x20 {
			i++
		}
		if run := q[:i]; utf8.Valid(run) {
			b = append(b, run...)
		} else {
			for len(run) > 0 {
				r, size := utf8.DecodeRune(run)
				b = utf8.AppendRune(b, r) // RuneError for an invalid byte
				run = run[size:]
			}
		}
		q = q[i:]
		if len(q) == 0 {
			break
		}
		if q[0] != '\\' || len(q) < 2 {
			return b, false // a quote or a control byte inside, or a lone \
		}
		switch c := q[1]; c {
		case '"', '\\', '/':
			b = append(b, c)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := hex4(q[2:])
			if !ok {
				return b, false
			}
			q = q[6:]
			if utf16.IsSurrogate(r) {
				if len(q) >= 6 && q[0] == '\\' && q[1] == 'u' {
					if r2, ok := hex4(q[2:]); ok {
						if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
							b = utf8.AppendRune(b, dec)
							q = q[6:]
							continue
						}
					}
				}
				r = utf8.RuneError
			}
			b = utf8.AppendRune(b, r)
			continue
		default:
			return b, false
		}
		q = q[2:]
	}
	return b, true
}

// hex4 reads the four hexadecimal digits of a \u escape.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// repealedText is the text of a repealed article, and repealedFP its
// fingerprint.
const repealedText = "（刪除）"

var repealedFP = fingerprint(repealedText)

// urlPCode returns the pcode a LawURL gives in its query
// (LawAll.aspx?pcode=A0000001, other parameters around it), or "" when it
// gives none or one that is not a letter and digits, as every pcode of the
// database is: a URL without one names no law.
func urlPCode(u string) string {
	i := strings.LastIndex(u, "pcode=")
	if i < 0 || i > 0 && u[i-1] != '?' && u[i-1] != '&' {
		return ""
	}
	p := u[i+len("pcode="):]
	if j := strings.IndexAny(p, "&#"); j >= 0 {
		p = p[:j]
	}
	if len(p) < 2 || len(p) > 16 || p[0] < 'A' || p[0] > 'Z' {
		return ""
	}
	for i := 1; i < len(p); i++ {
		if p[i] < '0' || p[i] > '9' {
			return ""
		}
	}
	return p
}

// defaultByPCode returns the law of the embedded tables of the pcode.
func defaultByPCode(pcode string) (lawdata.Law, bool) {
	for l := range lawdata.Laws() {
		if l.PCode() == pcode {
			return l, true
		}
	}
	return lawdata.Law{}, false
}

// articleNumber reads 第 6-1 條 (or a bare number) as 6, 1.
func articleNumber(s string) (num, sub int, ok bool) {
	t := strings.TrimSpace(s)
	t = strings.TrimPrefix(t, "第")
	t = strings.TrimSuffix(t, "條")
	t = strings.TrimSpace(t)
	n, m, hasSub := strings.Cut(t, "-")
	num, err := numeral.ParseCount(strings.TrimSpace(n))
	if err != nil || num <= 0 || num > maxNumber {
		return 0, 0, false
	}
	if hasSub {
		sub, err = numeral.ParseCount(strings.TrimSpace(m))
		if err != nil || sub <= 0 || sub > maxNumber {
			return 0, 0, false
		}
	}
	return num, sub, true
}

// fingerprint returns the first 8 bytes, big-endian, of the SHA-256 of s,
// as the embedded tables take it.
func fingerprint(s string) uint64 { return fingerprintBytes([]byte(s)) }

// fingerprintBytes is fingerprint of b.
func fingerprintBytes(b []byte) uint64 {
	sum := sha256.Sum256(b)
	return binary.BigEndian.Uint64(sum[:8])
}

// paraBuilder reads the structure of unwrapped article texts, as the
// generator of the embedded tables does (internal/lawdata/lawgen), with
// buffers kept between articles.
type paraBuilder struct {
	numerals map[string]int // the numerals read, -1 for a bad one
	units    []unit
	buf      []byte
	full     []byte
}

// unit is one provision of an article: its level (0 項, 1 款, 2 目) and
// its text, white space removed, as a range of buf.
type unit struct {
	level    int
	from, to int
}

// appendArticle appends the nodes of an article's text to nodes: the
// article, then its paragraphs, subparagraphs and items, depth first.
func (pb *paraBuilder) appendArticle(nodes []node, text []byte) []node {
	pb.units, pb.buf = pb.units[:0], pb.buf[:0]
	kuans, mus := 0, 0
	for len(text) > 0 {
		ln, rest, _ := bytes.Cut(text, []byte("\n"))
		text = rest
		ln = bytes.TrimSuffix(ln, []byte("\r"))
		if len(ln) == 0 {
			break // the notes (編註) after an empty line, or the end
		}
		kind, n := 0, 0
		if r, _ := utf8.DecodeRune(ln); r == '（' || r == '(' || numeral.KindOf(r) == numeral.Chinese {
			kind, n = pb.classifyLine(string(ln[:min(len(ln), markerLen)]))
		}
		switch {
		case kind == 1 && len(pb.units) > 0 && n == kuans+1:
			kuans, mus = n, 0
			pb.add(1, ln)
		case kind == 2 && kuans > 0 && n == mus+1:
			mus = n
			pb.add(2, ln)
		case kind != 0 && len(pb.units) > 0:
			pb.extend(ln) // out of sequence: text of the provision before
		default:
			kuans, mus = 0, 0
			pb.add(0, ln)
		}
	}
	root := len(nodes)
	nodes = append(nodes, node{})
	var paras uint16
	for i := 0; i < len(pb.units); {
		if pb.units[i].level == 0 {
			paras++
		}
		var j int
		nodes, j = pb.appendNode(nodes, i)
		i = j
	}
	// An article of one paragraph has that paragraph's text (fullOf
	// indents a 款 by one tab under either), and so its fingerprint.
	var fp uint64
	if paras == 1 {
		fp = nodes[root+1].fp
	} else {
		fp = fingerprintBytes(pb.fullOf(0, len(pb.units), -1))
	}
	nodes[root] = node{fp: fp, kids: paras, size: uint32(len(nodes) - root)}
	return nodes
}

// add starts a provision of the level with the line's text.
func (pb *paraBuilder) add(level int, ln []byte) {
	from := len(pb.buf)
	pb.buf = appendNormal(pb.buf, ln)
	pb.units = append(pb.units, unit{level, from, len(pb.buf)})
}

// extend adds the line's text to the last provision.
func (pb *paraBuilder) extend(ln []byte) {
	pb.buf = appendNormal(pb.buf, ln)
	pb.units[len(pb.units)-1].to = len(pb.buf)
}

// appendNode appends the node of unit i and its descendants, returning
// the index of the unit after them.
func (pb *paraBuilder) appendNode(nodes []node, i int) ([]node, int) {
	lv := pb.units[i].level
	j := i + 1
	for j < len(pb.units) && pb.units[j].level > lv {
		j++
	}
	at := len(nodes)
	nodes = append(nodes, node{fp: fingerprintBytes(pb.fullOf(i, j, lv))})
	var kids uint16
	for k := i + 1; k < j; {
		kids++
		nodes, k = pb.appendNode(nodes, k)
	}
	nodes[at].kids = kids
	nodes[at].size = uint32(len(nodes) - at)
	return nodes, j
}

// fullOf returns the text whose fingerprint is taken of units i to j: the
// first unit's text and, each on a new line indented by a tab per level
// below it, the others'. For a whole article (top -1) the paragraphs are
// on lines of their own without indent.
func (pb *paraBuilder) fullOf(i, j, top int) []byte {
	b := pb.full[:0]
	for k := i; k < j; k++ {
		u := pb.units[k]
		if k > i {
			b = append(b, '\n')
			if top >= 0 {
				for range u.level - top {
					b = append(b, '\t')
				}
			} else {
				for range u.level {
					b = append(b, '\t')
				}
			}
		}
		b = append(b, pb.buf[u.from:u.to]...)
	}
	pb.full = b
	return b
}

// appendNormal appends s without white space (unicode.IsSpace), with ︰
// written as ：. Bytes are copied as they are, invalid UTF-8 included; only
// the lead bytes of the runes it drops or rewrites are looked at closer.
func appendNormal[T string | []byte](b []byte, s T) []byte {
	from := 0 // the start of the bytes not yet appended
	for i := 0; i < len(s); {
		c := s[i]
		var drop int // bytes of white space (or ︰) at i
		switch c {
		case ' ', '\t', '\r', '\n', '\v', '\f':
			drop = 1
		case 0xc2: // U+0085, U+00A0
			if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xa0) {
				drop = 2
			}
		case 0xe1, 0xe2, 0xe3, 0xef:
			if i+2 < len(s) {
				r, size := utf8.DecodeRuneInString(string(s[i : i+3]))
				if size == 3 && (r == '︰' || unicode.IsSpace(r)) {
					drop = 3
				}
			}
		}
		if drop == 0 {
			// A rune of three bytes that cannot be white space (CJK) is
			// passed whole: its continuation bytes start no rune.
			if c >= 0xe4 && c <= 0xe9 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
				i += 3
			} else {
				i++
			}
			continue
		}
		b = append(b, s[from:i]...)
		if c == 0xef {
			b = append(b, "："...)
		}
		i += drop
		from = i
	}
	return append(b, s[from:]...)
}

// markerLen is the length of a line's start that classifyLine is given:
// room for a 款 or 目 number of up to 9 numerals (九千九百九十九 is 7), which
// is more than laws number them, and small enough that the string of it
// need not be allocated.
const markerLen = 32

// classifyLine tells whether a line starts a 款 (1) or a 目 (2), and its
// number; 0 for text.
func (pb *paraBuilder) classifyLine(ln string) (int, int) {
	if r, size := utf8.DecodeRuneInString(ln); r == '（' || r == '(' {
		rest := ln[size:]
		span := numeral.Span(rest)
		if span == 0 {
			return 0, 0
		}
		if r, _ := utf8.DecodeRuneInString(rest); numeral.KindOf(r) != numeral.Chinese {
			return 0, 0
		}
		n, ok := pb.numeral(rest[:span])
		if !ok {
			return 0, 0
		}
		if c, _ := utf8.DecodeRuneInString(rest[span:]); c != '）' && c != ')' {
			return 0, 0
		}
		return 2, n
	}
	span := numeral.Span(ln)
	if span == 0 {
		return 0, 0
	}
	if r, _ := utf8.DecodeRuneInString(ln); numeral.KindOf(r) != numeral.Chinese {
		return 0, 0
	}
	if !strings.HasPrefix(ln[span:], "、") {
		return 0, 0
	}
	n, ok := pb.numeral(ln[:span])
	if !ok {
		return 0, 0
	}
	return 1, n
}

// numeral returns the value of a Chinese numeral, from the numerals read
// before when it can: looking one up allocates nothing, where numeral.Parse
// keeps its input in its error and so needs it on the heap.
func (pb *paraBuilder) numeral(s string) (int, bool) {
	if n, ok := pb.numerals[s]; ok {
		return n, n >= 0
	}
	if pb.numerals == nil {
		pb.numerals = map[string]int{}
	}
	c := strings.Clone(s) // a new variable: s itself does not escape
	n, err := numeral.Parse(c)
	if err != nil {
		n = -1
	}
	pb.numerals[c] = n
	return n, n >= 0
}
