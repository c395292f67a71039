package inventory

import (
	"fmt"
	"strconv"
	"strings"
)

// Class is the classification of a system or database in the 資料盤點表:
// 甲類 data are opened, 乙類 are open to limited use on conditions, 丙類
// are not opened and must name the law that keeps them closed. The zero
// value, [Unclassified], is a record nobody has classified yet.
type Class uint8

const (
	// Unclassified is the zero Class: no class given.
	Unclassified Class = iota
	// Open is 甲類, 開放資料: published as open data.
	Open
	// Limited is 乙類, 有限度利用資料: available on conditions of use.
	Limited
	// Closed is 丙類, 不開放資料: not opened, on a legal ground.
	Closed
)

var classNames = [...]struct{ short, name, label string }{
	{"", "未分類", "未分類"},
	{"甲", "甲類", "開放資料"},
	{"乙", "乙類", "有限度利用資料"},
	{"丙", "丙類", "不開放資料"},
}

// String returns the class as tables write it: 甲類, 乙類, 丙類, or 未分類
// for Unclassified.
func (c Class) String() string {
	if int(c) < len(classNames) {
		return classNames[c].name
	}
	return "Class(" + strconv.Itoa(int(c)) + ")"
}

// Label returns what the class means: 開放資料, 有限度利用資料, 不開放資料,
// or 未分類.
func (c Class) Label() string {
	if int(c) < len(classNames) {
		return classNames[c].label
	}
	return c.String()
}

// IsValid reports whether c is one of the declared constants.
func (c Class) IsValid() bool { return int(c) < len(classNames) }

// ClassError records text that is not a class.
type ClassError struct {
	Input string // the text that was parsed
}

// Error returns the message, quoting the input.
func (e *ClassError) Error() string {
	return fmt.Sprintf("inventory: parsing class %q: not 甲類, 乙類 or 丙類", e.Input)
}

// Unwrap returns ErrSyntax.
func (e *ClassError) Unwrap() error { return ErrSyntax }

// ParseClass reads a class as tables write it: 甲類, 甲, 甲類:開放資料,
// 甲類：開放資料, 甲類 (開放資料), 開放資料, and likewise for 乙 and 丙, with
// any spaces; 未分類 is Unclassified. A form that names a class and the
// label of another (甲類:不開放資料) is an error, as is empty text.
func ParseClass(s string) (Class, error) {
	t := strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\n', '\r', '\u3000', '\u00a0':
			return -1
		}
		return r
	}, s)
	if t == "未分類" {
		return Unclassified, nil
	}
	// Split off the label after a colon or inside brackets.
	head, label := t, ""
	for _, sep := range [...]string{":", "：", "(", "（", "-", "－"} {
		if i := strings.Index(t, sep); i >= 0 {
			head, label = t[:i], t[i+len(sep):]
			label = strings.TrimSuffix(strings.TrimSuffix(label, ")"), "）")
			break
		}
	}
	for i := Open; i <= Closed; i++ {
		n := classNames[i]
		switch {
		case head == n.name || head == n.short:
			if label == "" || label == n.label {
				return i, nil
			}
		case head == n.label && label == "":
			return i, nil
		}
	}
	return Unclassified, &ClassError{Input: s}
}

// MarshalText returns the class as String gives it; Unclassified is "".
func (c Class) MarshalText() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("inventory: invalid class %d: %w", int(c), ErrRange)
	}
	if c == Unclassified {
		return []byte{}, nil
	}
	return []byte(c.String()), nil
}

// UnmarshalText sets c with ParseClass; "" is Unclassified.
func (c *Class) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Unclassified
		return nil
	}
	v, err := ParseClass(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
