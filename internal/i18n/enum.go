package i18n

import "golang.org/x/text/language"

// An Enum is the text of one enumerated type of a package, for the labels
// of its values: each value's word as documents print it (its String, in
// Chinese) and its English id. The label of a value is the message of
// code pkg.type.id, the type's name written in kebab case
// (inventory.change-kind.added).
type Enum struct {
	Pkg   string   // the package: "inventory"
	Type  string   // the Go type: "ChangeKind"
	Names []string // the word of each value, the zero value first
	IDs   []string // the English id of each value: "added"
}

// Code returns the message code of v's label, inventory.change-kind.added,
// or "" for an invalid value and for one without a word or an id (a zero
// value that prints "").
func (e Enum) Code(v int) string {
	if v < 0 || v >= len(e.Names) || v >= len(e.IDs) || e.Names[v] == "" || e.IDs[v] == "" {
		return ""
	}
	b := make([]byte, 0, len(e.Pkg)+len(e.Type)+len(e.IDs[v])+4)
	b = append(b, e.Pkg...)
	b = append(b, '.')
	b = AppendKebab(b, e.Type)
	b = append(b, '.')
	b = append(b, e.IDs[v]...)
	return string(b)
}

// AppendKebab appends a Go name in kebab case to b, as message codes
// write a type: change-kind for ChangeKind.
func AppendKebab(b []byte, name string) []byte {
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			if i > 0 {
				b = append(b, '-')
			}
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// Label returns the label of v in the language nearest to t, or
// fallback (its String) for a value without one.
func (e Enum) Label(t language.Tag, v int, fallback string) string {
	code := e.Code(v)
	if code == "" {
		return fallback
	}
	return Text(t, code)
}

// RegisterEnums registers the label of every value of every enum that has
// one: its word in Chinese, english[code] in English. A package calls it
// once, while its variables are initialised.
func RegisterEnums(english map[string]string, enums ...Enum) bool {
	var msgs []Message
	for _, e := range enums {
		for v := range e.Names {
			if code := e.Code(v); code != "" {
				msgs = append(msgs, Message{Code: code, Chinese: e.Names[v], English: english[code]})
			}
		}
	}
	return Register(msgs...)
}

// RegisterEnumsOf registers the labels of enums as [RegisterEnums] does,
// each enum's text given by label: a package keeps its enums in its own
// type.
func RegisterEnumsOf[E any](english map[string]string, enums []E, label func(E) Enum) bool {
	labels := make([]Enum, len(enums))
	for i, e := range enums {
		labels[i] = label(e)
	}
	return RegisterEnums(english, labels...)
}
