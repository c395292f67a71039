package spreadsheet

import (
	"bytes"
	"io"
	"io/fs"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// ReadCSV reads a CSV or TSV from r: UTF-8 with or without a byte-order
// mark, UTF-16 with a byte-order mark (Excel's 「Unicode 文字」), or Big5
// when the bytes are not valid UTF-8. The delimiter is opt.Comma, or the
// most frequent of comma, tab and semicolon outside quotes on the first
// line that has text. Quoted cells may hold delimiters, doubled quotes and
// line breaks (\r\n in a cell reads as \n); a quote inside an unquoted
// cell is kept as text; rows may have any number of cells; a blank line
// is an empty row, so row i of the result is line i+1 of the file (lines
// of quoted cells aside). Blank lines at the end are dropped.
//
// It reads at most opt.MaxBytes bytes and yields at most opt.MaxCells
// cells (blank rows counting one); past either it returns an error
// wrapping [ErrTooLarge] and no rows. A quote never closed is
// [ErrSyntax], with the line, row and column where the quote opens;
// bytes that are neither UTF-8 nor Big5 are [ErrEncoding], with the line
// of the first; an error of r is returned wrapped in a [*ParseError].
//
// The cells are parts of one string holding the decoded file: keeping
// one cell keeps the file's text in memory.
func ReadCSV(r io.Reader, opt *Options) ([][]string, Info, error) {
	maxBytes, maxCells := opt.limits()
	data, err := readAll(r, maxBytes)
	if err != nil {
		return nil, Info{}, perr("ReadCSV", "", err, "spreadsheet.reader")
	}
	if int64(len(data)) > maxBytes {
		return nil, Info{}, perr("ReadCSV", "", ErrTooLarge, "spreadsheet.too-large.bytes", int(maxBytes))
	}
	var info Info
	data, info.Encoding, err = decode(data)
	if err != nil {
		return nil, info, err
	}
	comma := byte(',')
	if opt != nil && opt.Comma != 0 {
		if opt.Comma >= utf8.RuneSelf || opt.Comma == '"' || opt.Comma == '\n' || opt.Comma == '\r' {
			return nil, info, perr("ReadCSV", string(opt.Comma), ErrRange, "spreadsheet.range.delimiter")
		}
		comma = byte(opt.Comma)
	} else {
		comma = detect(data)
	}
	info.Delimiter = rune(comma)
	rows, err := parseCSV(data, comma, maxCells)
	return rows, info, err
}

// readAll reads r to its end, or to one byte past maxBytes, into a
// string of the reader's size when it tells it: a bytes.Reader, a
// strings.Reader or a bytes.Buffer (read without a limit's copy, its Len
// being exactly what is left), a file (its size).
func readAll(r io.Reader, maxBytes int64) (string, error) {
	var sb strings.Builder
	switch v := r.(type) {
	case *bytes.Reader, *strings.Reader, *bytes.Buffer:
		if n := int64(v.(interface{ Len() int }).Len()); n <= maxBytes {
			sb.Grow(int(n))
			_, err := io.Copy(&sb, r)
			return sb.String(), err
		}
	case interface{ Stat() (fs.FileInfo, error) }:
		if fi, err := v.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() <= maxBytes {
			sb.Grow(int(fi.Size()))
		}
	}
	_, err := io.Copy(&sb, io.LimitReader(r, maxBytes+1))
	return sb.String(), err
}

// decode returns data as UTF-8 without a byte-order mark, and the
// encoding it was in.
func decode(data string) (string, Encoding, error) {
	switch {
	case strings.HasPrefix(data, "\xEF\xBB\xBF"):
		data = data[3:]
		if !utf8.ValidString(data) {
			return "", UTF8BOM, perr("ReadCSV", "", ErrEncoding, "spreadsheet.encoding.bom").at(lineAt(data, invalidUTF8(data)), 0, 0)
		}
		return data, UTF8BOM, nil
	case strings.HasPrefix(data, "\xFF\xFE"), strings.HasPrefix(data, "\xFE\xFF"):
		enc := UTF16LE
		end := unicode.LittleEndian
		if data[0] == 0xFE {
			enc, end = UTF16BE, unicode.BigEndian
		}
		if len(data)%2 != 0 {
			return "", enc, perr("ReadCSV", "", ErrEncoding, "spreadsheet.encoding.utf16-odd")
		}
		out, err := unicode.UTF16(end, unicode.ExpectBOM).NewDecoder().String(data)
		if err != nil {
			return "", enc, perr("ReadCSV", "", ErrEncoding, "spreadsheet.encoding.utf16")
		}
		return out, enc, nil
	case utf8.ValidString(data):
		return data, UTF8, nil
	}
	out, err := traditionalchinese.Big5.NewDecoder().String(data)
	if i := strings.IndexRune(out, utf8.RuneError); err != nil || i >= 0 {
		return "", Big5, perr("ReadCSV", "", ErrEncoding, "spreadsheet.encoding.unknown").at(lineAt(out, i), 0, 0)
	}
	return out, Big5, nil
}

// invalidUTF8 returns the offset of the first byte of data that is not
// UTF-8, -1 when all are.
func invalidUTF8(data string) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRuneInString(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// lineAt returns the 1-based line of data's byte at offset i; 0 when i is
// negative.
func lineAt(data string, i int) int {
	if i < 0 {
		return 0
	}
	return strings.Count(data[:i], "\n") + 1
}

// detect returns the delimiter of the first line with text: the most
// frequent of comma, tab and semicolon outside quotes, comma on a tie or
// when none appears.
func detect(data string) byte {
	var n [3]int
	quoted, text := false, false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if quoted {
			if c == '"' {
				quoted = false
			}
			continue
		}
		switch c {
		case '"':
			quoted, text = true, true
		case ',':
			n[0]++
		case '\t':
			n[1]++
		case ';':
			n[2]++
		case '\n':
			if text || n != [3]int{} {
				goto done
			}
		case '\r', ' ':
		default:
			text = true
		}
	}
done:
	switch {
	case n[1] > n[0] && n[1] >= n[2]:
		return '\t'
	case n[2] > n[0] && n[2] > n[1]:
		return ';'
	}
	return ','
}

// parseCSV splits UTF-8 s into rows. Every cell is a part of s, but a
// quoted cell with a doubled quote or a \r\n, which is unescaped into a
// string of its own; the []string headers of many rows share one backing
// array. A row thus costs no allocation of its own, most of the time.
func parseCSV(s string, comma byte, maxCells int) ([][]string, error) {
	rows := make([][]string, 0, strings.Count(s, "\n")+1)
	var (
		// The cells of every row are appended to arena, which a full
		// arena's successor replaces, the cells of the row being read
		// (from base) moved along; a row is a full slice of arena.
		arena = make([]string, 0, 4096)
		base  int
		buf   []byte // a cell being unescaped
		cells int
		line  = 1
		pos   = 0
	)
	// eol returns the index of the \n that ends the line from, or len(s).
	eol := func(from int) int {
		if i := strings.IndexByte(s[from:], '\n'); i >= 0 {
			return from + i
		}
		return len(s)
	}
	for pos < len(s) {
		// A blank line is an empty row.
		if s[pos] == '\n' || (s[pos] == '\r' && pos+1 < len(s) && s[pos+1] == '\n') {
			if s[pos] == '\r' {
				pos++
			}
			pos++
			line++
			cells++
			if cells > maxCells {
				return nil, tooManyCells("ReadCSV", maxCells)
			}
			rows = append(rows, []string{})
			continue
		}
		start, end := line, eol(pos)
		for {
			var cell string
			if s[pos] == '"' {
				// A quoted cell: to its closing quote, "" for a quote.
				pos++
				begin, plain := pos, true
				for {
					i := strings.IndexByte(s[pos:], '"')
					if i < 0 {
						return nil, perr("ReadCSV", "", ErrSyntax, "spreadsheet.syntax.quote").at(start, len(rows)+1, len(arena)-base+1)
					}
					pos += i + 1
					if pos < len(s) && s[pos] == '"' {
						plain = false
						pos++
						continue
					}
					break
				}
				cell = s[begin : pos-1]
				if n := strings.Count(cell, "\n"); n > 0 {
					line += n
					plain = plain && !strings.Contains(cell, "\r\n")
				}
				if !plain {
					buf = unescape(buf[:0], cell)
					cell = string(buf)
				}
				if pos > end {
					end = eol(pos)
				}
				// Text after the closing quote is kept, as spreadsheets do.
				if rest := cellEnd(s, pos, end, comma); rest > pos {
					cell += s[pos:rest]
					pos = rest
				}
			} else {
				e := cellEnd(s, pos, end, comma)
				cell = s[pos:e]
				pos = e
			}
			arena = appendCell(arena, &base, cell)
			if pos < end && s[pos] == comma {
				pos++
				if pos == len(s) {
					arena = appendCell(arena, &base, "") // a comma ends the file
					break
				}
				continue
			}
			pos = end + 1 // past the \r\n or \n
			line++
			break
		}
		cells += len(arena) - base
		if cells > maxCells {
			return nil, tooManyCells("ReadCSV", maxCells)
		}
		rows = append(rows, arena[base:len(arena):len(arena)])
		base = len(arena)
	}
	for len(rows) > 0 && len(rows[len(rows)-1]) == 0 {
		rows = rows[:len(rows)-1]
	}
	return rows, nil
}

// appendCell appends cell to the row of arena from *base; a full arena
// is followed by a new one, of twice the row's length at least, into
// which the row's cells move (the rows before keep the old one).
func appendCell(arena []string, base *int, cell string) []string {
	if len(arena) == cap(arena) {
		row := arena[*base:]
		next := make([]string, len(row), max(4096, 2*len(row)))
		copy(next, row)
		arena, *base = next, 0
	}
	return append(arena, cell)
}

// cellEnd returns where the unquoted text from pos ends: at the next
// comma before end (the line's \n), or at end, less the \r of a \r\n.
func cellEnd(s string, pos, end int, comma byte) int {
	if i := strings.IndexByte(s[pos:end], comma); i >= 0 {
		return pos + i
	}
	if end < len(s) && end > pos && s[end-1] == '\r' {
		return end - 1
	}
	return end
}

// unescape appends a quoted cell's text to buf, each "" made " and each
// \r\n made \n.
func unescape(buf []byte, cell string) []byte {
	for i := 0; i < len(cell); i++ {
		switch {
		case cell[i] == '"' && i+1 < len(cell) && cell[i+1] == '"':
			i++
		case cell[i] == '\r' && i+1 < len(cell) && cell[i+1] == '\n':
			continue
		}
		buf = append(buf, cell[i])
	}
	return buf
}

func tooManyCells(fn string, maxCells int) error {
	return perr(fn, "", ErrTooLarge, "spreadsheet.too-large.cells", maxCells)
}
