package spreadsheet

import (
	"bytes"
	"io"
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
// [ErrSyntax]; bytes that are neither UTF-8 nor Big5 are [ErrEncoding];
// an error of r is returned wrapped in a [*ParseError].
func ReadCSV(r io.Reader, opt *Options) ([][]string, Info, error) {
	maxBytes, maxCells := opt.limits()
	data, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
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

// decode returns data as UTF-8 without a byte-order mark, and the
// encoding it was in.
func decode(data []byte) ([]byte, Encoding, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return nil, UTF8BOM, perr("ReadCSV", "", ErrEncoding, "spreadsheet.encoding.bom").at(lineAt(data, invalidUTF8(data)), 0, 0)
		}
		return data, UTF8BOM, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc := UTF16LE
		end := unicode.LittleEndian
		if data[0] == 0xFE {
			enc, end = UTF16BE, unicode.BigEndian
		}
		if len(data)%2 != 0 {
			return nil, enc, perr("ReadCSV", "", ErrEncoding, "spreadsheet.encoding.utf16-odd")
		}
		out, err := unicode.UTF16(end, unicode.ExpectBOM).NewDecoder().Bytes(data)
		if err != nil {
			return nil, enc, perr("ReadCSV", "", ErrEncoding, "spreadsheet.encoding.utf16")
		}
		return out, enc, nil
	case utf8.Valid(data):
		return data, UTF8, nil
	}
	out, err := traditionalchinese.Big5.NewDecoder().Bytes(data)
	if i := bytes.IndexRune(out, utf8.RuneError); err != nil || i >= 0 {
		return nil, Big5, perr("ReadCSV", "", ErrEncoding, "spreadsheet.encoding.unknown").at(lineAt(out, i), 0, 0)
	}
	return out, Big5, nil
}

// invalidUTF8 returns the offset of the first byte of data that is not
// UTF-8, -1 when all are.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// lineAt returns the 1-based line of data's byte at offset i; 0 when i is
// negative.
func lineAt(data []byte, i int) int {
	if i < 0 {
		return 0
	}
	return bytes.Count(data[:i], []byte{'\n'}) + 1
}

// detect returns the delimiter of the first line with text: the most
// frequent of comma, tab and semicolon outside quotes, comma on a tie or
// when none appears.
func detect(data []byte) byte {
	var n [3]int
	quoted, text := false, false
	for _, c := range data {
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

// parseCSV splits UTF-8 data into rows. Each row's cells share one
// string, and the []string headers of many rows share one backing array,
// so a row costs about one allocation.
func parseCSV(data []byte, comma byte, maxCells int) ([][]string, error) {
	rows := make([][]string, 0, bytes.Count(data, []byte{'\n'})+1)
	var (
		buf   []byte // the cells of the row being read, end to end
		ends  []int  // where each cell ends in buf
		arena []string
		cells int
		line  = 1
	)
	pos := 0
	for pos < len(data) {
		start := line
		buf, ends = buf[:0], ends[:0]
		// A blank line is an empty row.
		if data[pos] == '\n' || (data[pos] == '\r' && pos+1 < len(data) && data[pos+1] == '\n') {
			if data[pos] == '\r' {
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
		for {
			// One cell.
			if pos < len(data) && data[pos] == '"' {
				pos++
				for {
					i := bytes.IndexByte(data[pos:], '"')
					if i < 0 {
						return nil, perr("ReadCSV", "", ErrSyntax, "spreadsheet.syntax.quote").at(start, len(rows)+1, len(ends)+1)
					}
					seg := data[pos : pos+i]
					line += bytes.Count(seg, []byte{'\n'})
					buf = appendCRLF(buf, seg)
					pos += i + 1
					if pos < len(data) && data[pos] == '"' {
						buf = append(buf, '"')
						pos++
						continue
					}
					break
				}
				// Text after the closing quote is kept, as spreadsheets do.
				for pos < len(data) && data[pos] != comma && data[pos] != '\n' && !(data[pos] == '\r' && pos+1 < len(data) && data[pos+1] == '\n') {
					buf = append(buf, data[pos])
					pos++
				}
			} else {
				i := pos
				for i < len(data) && data[i] != comma && data[i] != '\n' {
					i++
				}
				j := i
				if j > pos && j < len(data) && data[j-1] == '\r' {
					j--
				}
				buf = append(buf, data[pos:j]...)
				pos = i
			}
			ends = append(ends, len(buf))
			if pos < len(data) && data[pos] == comma {
				pos++
				continue
			}
			if pos < len(data) && data[pos] == '\r' {
				pos++
			}
			if pos < len(data) && data[pos] == '\n' {
				pos++
				line++
			}
			break
		}
		cells += len(ends)
		if cells > maxCells {
			return nil, tooManyCells("ReadCSV", maxCells)
		}
		if len(arena) < len(ends) {
			arena = make([]string, max(len(ends), 1024))
		}
		row := arena[:len(ends):len(ends)]
		arena = arena[len(ends):]
		s := string(buf)
		prev := 0
		for k, e := range ends {
			row[k] = s[prev:e]
			prev = e
		}
		rows = append(rows, row)
	}
	for len(rows) > 0 && len(rows[len(rows)-1]) == 0 {
		rows = rows[:len(rows)-1]
	}
	return rows, nil
}

// appendCRLF appends seg to buf with each \r\n made \n.
func appendCRLF(buf, seg []byte) []byte {
	for {
		i := bytes.Index(seg, []byte("\r\n"))
		if i < 0 {
			return append(buf, seg...)
		}
		buf = append(buf, seg[:i]...)
		buf = append(buf, '\n')
		seg = seg[i+2:]
	}
}

func tooManyCells(fn string, maxCells int) error {
	return perr(fn, "", ErrTooLarge, "spreadsheet.too-large.cells", maxCells)
}
