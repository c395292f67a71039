package inventory

import (
	"strconv"
	"strings"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
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

// IsValid reports whether c is one of the declared constants,
// Unclassified included.
func (c Class) IsValid() bool { return int(c) < len(classNames) }

// classIDs are the English ids ParseClass accepts.
var classIDs = [...]string{"unclassified", "open", "limited", "closed"}

// ParseClass reads a class as tables write it: 甲類, 甲, 甲類:開放資料,
// 甲類：開放資料, 甲類 (開放資料), 開放資料, and likewise for 乙 and 丙, with
// any spaces, and the English ids open, limited and closed (in any case);
// 未分類 (unclassified) is Unclassified. A form that names a class and the
// label of another (甲類:不開放資料) is an error, as is empty text: a
// *ParseError wrapping ErrSyntax.
func ParseClass(s string) (Class, error) {
	for i := Open; i <= Closed; i++ { // the common case: 甲類 as String writes it
		if s == classNames[i].name {
			return i, nil
		}
	}
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
	for i, id := range classIDs {
		if strings.EqualFold(t, id) {
			return Class(i), nil
		}
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
	return Unclassified, perr("ParseClass", s, ErrSyntax, "inventory.syntax.class")
}

// AppendText appends the class as String gives it (未分類 for
// Unclassified) to b. It fails with ErrRange for an invalid class.
func (c Class) AppendText(b []byte) ([]byte, error) {
	if !c.IsValid() {
		return b, errtype.With[pkg]("Class.AppendText", strconv.Itoa(int(c)), ErrRange, i18n.NewDetail("inventory.range.class"))
	}
	return append(b, classNames[c].name...), nil
}

// MarshalText returns the class as String gives it.
func (c Class) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText sets c with ParseClass.
func (c *Class) UnmarshalText(b []byte) error {
	v, err := ParseClass(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
