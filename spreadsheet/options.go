package spreadsheet

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/ogdtw/governance/internal/i18n"
)

// Default limits, used where [Options] leaves a limit zero.
const (
	// DefaultMaxBytes bounds the bytes read: the CSV, or every part of an
	// archive once uncompressed, summed: 128 MiB.
	DefaultMaxBytes = 128 << 20
	// DefaultMaxCells bounds the cells of the result, blank rows counting
	// one each and merged or repeated cells counting each copy: 5,000,000.
	DefaultMaxCells = 5_000_000
)

// Options tune a read. A nil *Options is the zero Options.
type Options struct {
	// Sheet names the sheet of a workbook to read; "" reads the first.
	Sheet string `json:"sheet,omitzero"`
	// Comma is the CSV delimiter; 0 detects it from the first line that
	// has text (comma, tab or semicolon, the most frequent outside quotes;
	// comma when none is present).
	Comma rune `json:"comma,omitzero"`
	// MaxBytes bounds the bytes read ([DefaultMaxBytes] when 0).
	MaxBytes int64 `json:"maxBytes,omitzero"`
	// MaxCells bounds the cells of the result ([DefaultMaxCells] when 0).
	MaxCells int `json:"maxCells,omitzero"`
}

func (o *Options) limits() (maxBytes int64, maxCells int) {
	maxBytes, maxCells = DefaultMaxBytes, DefaultMaxCells
	if o != nil && o.MaxBytes > 0 {
		maxBytes = o.MaxBytes
	}
	if o != nil && o.MaxCells > 0 {
		maxCells = o.MaxCells
	}
	return
}

// Info reports what a read detected.
//
// Its JSON writes the delimiter as a string of its one character:
// {"encoding":"UTF-8","delimiter":","} ("\t" for a tab), and leaves it
// out for a workbook. It reads that form and also a number, the
// character's code point, which is how versions before it wrote the
// delimiter ({"delimiter":44}).
type Info struct {
	Encoding  Encoding `json:"encoding,omitzero"`  // the text encoding of a CSV; UTF8 for a workbook
	Delimiter rune     `json:"delimiter,omitzero"` // the CSV delimiter used; 0 for a workbook
	Sheet     string   `json:"sheet,omitzero"`     // the name of the sheet read; "" for a CSV
}

// infoJSON is the JSON form of an Info.
type infoJSON struct {
	Encoding  Encoding  `json:"encoding,omitzero"`
	Delimiter delimiter `json:"delimiter,omitzero"`
	Sheet     string    `json:"sheet,omitzero"`
}

// MarshalJSON writes the Info with its delimiter as a one-character
// string: {"encoding":"Big5","delimiter":"\t"}.
func (i Info) MarshalJSON() ([]byte, error) {
	return json.Marshal(infoJSON{Encoding: i.Encoding, Delimiter: delimiter(i.Delimiter), Sheet: i.Sheet})
}

// UnmarshalJSON reads what MarshalJSON writes, and a delimiter written
// as a number (its code point).
func (i *Info) UnmarshalJSON(b []byte) error {
	var j infoJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*i = Info{Encoding: j.Encoding, Delimiter: rune(j.Delimiter), Sheet: j.Sheet}
	return nil
}

// A delimiter is the JSON form of Info's Delimiter: a string of one
// character, read also from a code point.
type delimiter rune

// MarshalJSON writes d as a string of its character.
func (d delimiter) MarshalJSON() ([]byte, error) {
	if !utf8.ValidRune(rune(d)) {
		return nil, errors.New("spreadsheet: the delimiter " + strconv.Itoa(int(d)) + " is not a character")
	}
	return json.Marshal(string(rune(d)))
}

// UnmarshalJSON reads a string of one character ("" for none) or a
// number, the character's code point.
func (d *delimiter) UnmarshalJSON(b []byte) error {
	var r rune
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		c, size := utf8.DecodeRuneInString(s)
		switch {
		case s == "":
			c = 0
		case size != len(s):
			return errors.New("spreadsheet: the delimiter " + strconv.Quote(s) + " is not one character")
		}
		r = c
	} else if err := json.Unmarshal(b, &r); err != nil {
		return err
	}
	if !utf8.ValidRune(r) {
		return errors.New("spreadsheet: the delimiter " + strconv.Itoa(int(r)) + " is not a character")
	}
	*d = delimiter(r)
	return nil
}

// An Encoding is the text encoding a CSV was read in. Its zero value,
// [NoEncoding], means not given.
type Encoding int

// The encodings the package reads.
const (
	NoEncoding Encoding = iota // not given
	UTF8                       // UTF-8 without a byte-order mark
	UTF8BOM                    // UTF-8 with a byte-order mark (Excel's 「CSV UTF-8」)
	UTF16LE                    // UTF-16 little-endian with a byte-order mark (Excel's 「Unicode 文字」)
	UTF16BE                    // UTF-16 big-endian with a byte-order mark
	Big5                       // Big5 (CP950), read when the bytes are not UTF-8
)

var encodingNames = [...]string{"", "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Big5"}

// String returns the encoding's name: UTF-8, UTF-8 BOM, UTF-16LE,
// UTF-16BE, Big5; "" for NoEncoding.
func (e Encoding) String() string {
	if e < 0 || int(e) >= len(encodingNames) {
		return "Encoding(" + strconv.Itoa(int(e)) + ")"
	}
	return encodingNames[e]
}

// IsValid reports whether e is one of the named encodings (NoEncoding
// included).
func (e Encoding) IsValid() bool { return e >= 0 && int(e) < len(encodingNames) }

// Message returns the encoding's name in the language nearest to t.
func (e Encoding) Message(t language.Tag) string {
	if !e.IsValid() || e == NoEncoding {
		return i18n.Text(t, "spreadsheet.encoding.none")
	}
	return e.String()
}

// AppendText appends the encoding's String; an invalid encoding is
// [ErrRange].
func (e Encoding) AppendText(b []byte) ([]byte, error) {
	if !e.IsValid() {
		return b, perr("MarshalText", e.String(), ErrRange, "")
	}
	return append(b, e.String()...), nil
}

// MarshalText writes the encoding's String.
func (e Encoding) MarshalText() ([]byte, error) { return e.AppendText(nil) }

// UnmarshalText reads what [ParseEncoding] reads.
func (e *Encoding) UnmarshalText(b []byte) error {
	v, err := ParseEncoding(string(b))
	if err != nil {
		return err
	}
	*e = v
	return nil
}

// ParseEncoding reads an encoding's name, case and punctuation aside:
// UTF-8, utf8, UTF-8 BOM, UTF-16LE, UTF-16BE, Big5, CP950; "" is
// NoEncoding. Another name is [ErrSyntax].
func ParseEncoding(s string) (Encoding, error) {
	k := strings.Map(func(r rune) rune {
		switch r {
		case '-', '_', ' ':
			return -1
		}
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
	switch k {
	case "":
		return NoEncoding, nil
	case "utf8":
		return UTF8, nil
	case "utf8bom", "utf8sig":
		return UTF8BOM, nil
	case "utf16le", "unicode":
		return UTF16LE, nil
	case "utf16be":
		return UTF16BE, nil
	case "big5", "cp950", "big5hkscs":
		return Big5, nil
	}
	return NoEncoding, perr("ParseEncoding", s, ErrSyntax, "")
}
