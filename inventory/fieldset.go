package inventory

import (
	"encoding/json"
	"math/bits"
	"strconv"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// A FieldSet is a set of fields: the columns a record's source did not
// give ([Record.Unknown]). It is a small comparable value; the zero
// FieldSet is empty. Its JSON form is the array of the columns' headers
// in Field order, ["法令依據","利用條件"], read back by their headers or
// English ids; the empty set is [].
type FieldSet uint16

// definedFields are the bits of the defined fields.
const definedFields FieldSet = 1<<(FieldNote+1) - 2

// FieldsOf returns the set of the given fields. NoField and invalid
// fields are left out.
func FieldsOf(fs ...Field) FieldSet {
	var s FieldSet
	for _, f := range fs {
		s = s.With(f)
	}
	return s
}

// With returns s with f added; s itself for NoField or an invalid field.
func (s FieldSet) With(f Field) FieldSet {
	if f == NoField || f > FieldNote {
		return s
	}
	return s | 1<<f
}

// Has reports whether f is in s; false for NoField and invalid fields.
func (s FieldSet) Has(f Field) bool { return f != NoField && f <= FieldNote && s&(1<<f) != 0 }

// Len returns the number of fields in s.
func (s FieldSet) Len() int { return bits.OnesCount16(uint16(s & definedFields)) }

// IsValid reports whether s holds only defined fields.
func (s FieldSet) IsValid() bool { return s&^definedFields == 0 }

// Fields returns the fields of s in Field order; nil for the empty set.
func (s FieldSet) Fields() []Field {
	var out []Field
	for f := FieldName; f <= FieldNote; f++ {
		if s.Has(f) {
			out = append(out, f)
		}
	}
	return out
}

// String returns the fields' headers, each in 「」, joined by 、:
// 「法令依據」、「利用條件」; "" for the empty set. It is
// Message(finding.Chinese).
func (s FieldSet) String() string { return s.Message(finding.Chinese) }

// Message returns the fields in the language nearest to t:
// 「法令依據」、「利用條件」 in Chinese, legal grounds, conditions of use in
// English; "" for the empty set.
func (s FieldSet) Message(t language.Tag) string {
	var b strings.Builder
	for i, f := range s.Fields() {
		b.WriteString(fieldMessage(f, i > 0, t))
	}
	if !s.IsValid() {
		b.WriteString(" FieldSet(" + strconv.Itoa(int(s&^definedFields)) + ")")
	}
	return b.String()
}

// MarshalJSON writes the headers of the fields, in Field order:
// ["法令依據","利用條件"]. It fails with ErrRange for a set holding an
// invalid field.
func (s FieldSet) MarshalJSON() ([]byte, error) {
	if !s.IsValid() {
		return nil, errtype.With[pkg]("FieldSet.MarshalJSON", strconv.Itoa(int(s)), ErrRange, i18n.NewDetail("inventory.range.enum", "FieldSet"))
	}
	b := []byte{'['}
	for i, f := range s.Fields() {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, f.String())
	}
	return append(b, ']'), nil
}

// UnmarshalJSON reads an array of fields, each as [ParseField] reads it
// (its header or English id), in any order; null is the empty set. A name
// that is not a field fails with ErrSyntax; "" (NoField) with ErrRange.
func (s *FieldSet) UnmarshalJSON(b []byte) error {
	var names []string
	if err := json.Unmarshal(b, &names); err != nil {
		return err
	}
	var v FieldSet
	for _, n := range names {
		f, err := ParseField(n)
		if err != nil {
			return err
		}
		if f == NoField {
			return errtype.With[pkg]("FieldSet.UnmarshalJSON", n, ErrRange, i18n.NewDetail("inventory.range.enum", "Field"))
		}
		v = v.With(f)
	}
	*s = v
	return nil
}
