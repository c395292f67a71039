package inventory

import (
	"cmp"
	"slices"
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/internal/i18n"
	"golang.org/x/text/language"
)

// ChangeKind says what happened to a record between two editions. The
// zero value, NoChangeKind, is not given.
type ChangeKind uint8

const (
	// NoChangeKind is the zero ChangeKind: not given.
	NoChangeKind ChangeKind = iota
	// Modified is a record in both editions whose fields differ.
	Modified
	// Added is a record only in the new edition.
	Added
	// Removed is a record only in the old edition.
	Removed
)

var changeKindText = enumText{
	Type:  "ChangeKind",
	Names: []string{"", "修正", "新增", "刪除"},
	IDs:   []string{"", "modified", "added", "removed"},
}

// String returns 修正, 新增 or 刪除; "" for NoChangeKind.
func (k ChangeKind) String() string { return changeKindText.Word(uint8(k)) }

// IsValid reports whether k is NoChangeKind or one of the defined kinds.
func (k ChangeKind) IsValid() bool { return changeKindText.Valid(uint8(k)) }

// AppendText appends the kind as String gives it to b. It fails with
// ErrRange for an invalid kind.
func (k ChangeKind) AppendText(b []byte) ([]byte, error) {
	return changeKindText.AppendText(b, uint8(k))
}

// MarshalText returns the kind as String gives it.
func (k ChangeKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k as ParseChangeKind reads b.
func (k *ChangeKind) UnmarshalText(b []byte) error {
	v, err := ParseChangeKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// ParseChangeKind reads a kind from 修正, 新增 or 刪除 or the English ids
// modified, added and removed; "" is NoChangeKind.
func ParseChangeKind(s string) (ChangeKind, error) {
	v, err := changeKindText.Parse("ParseChangeKind", s)
	return ChangeKind(v), err
}

// Field names a column of the 盤點表: one that a change touches, or one
// that a record's source did not give ([Record.Unknown]). The zero value,
// NoField, names none.
type Field uint8

const (
	// NoField is the zero Field: not given.
	NoField Field = iota
	// FieldName is 系統、資料庫名稱.
	FieldName
	// FieldDescription is 系統、資料庫描述.
	FieldDescription
	// FieldItems is 蒐集資料項目.
	FieldItems
	// FieldClass is 資料分類.
	FieldClass
	// FieldGrounds is 法令依據.
	FieldGrounds
	// FieldConditions is 利用條件.
	FieldConditions
	// FieldUnit is 管理單位.
	FieldUnit
	// FieldNote is 修正說明, the edition's own account of its changes. A
	// change never touches it ([Diff] compares what the note tells of).
	FieldNote
)

var fieldText = enumText{
	Type:  "Field",
	Names: []string{"", "系統、資料庫名稱", "系統、資料庫描述", "蒐集資料項目", "資料分類", "法令依據", "利用條件", "管理單位", "修正說明"},
	IDs:   []string{"", "name", "description", "items", "class", "grounds", "conditions", "unit", "note"},
}

// String returns the column's header, 管理單位; "" for NoField.
func (f Field) String() string { return fieldText.Word(uint8(f)) }

// IsValid reports whether f is NoField or one of the defined fields.
func (f Field) IsValid() bool { return fieldText.Valid(uint8(f)) }

// AppendText appends the field as String gives it to b. It fails with
// ErrRange for an invalid field.
func (f Field) AppendText(b []byte) ([]byte, error) { return fieldText.AppendText(b, uint8(f)) }

// MarshalText returns the field as String gives it.
func (f Field) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText sets f as ParseField reads b.
func (f *Field) UnmarshalText(b []byte) error {
	v, err := ParseField(string(b))
	if err == nil {
		*f = v
	}
	return err
}

// ParseField reads a field from its header (管理單位) or its English id
// (name, description, items, class, grounds, conditions, unit, note); ""
// is NoField.
func ParseField(s string) (Field, error) {
	v, err := fieldText.Parse("ParseField", s)
	return Field(v), err
}

// A Change is what happened to one record between two editions: added,
// removed, or modified in the listed fields. Old is the zero Record for an
// added record, New for a removed one.
type Change struct {
	Kind   ChangeKind `json:"kind,omitzero"`
	Serial int        `json:"serial,omitzero"` // 序號
	Fields []Field    `json:"fields,omitzero"` // the fields that differ, for Modified
	Old    Record     `json:"old,omitzero"`
	New    Record     `json:"new,omitzero"`
}

// Changes are the changes between two editions, as Diff gives them.
type Changes []Change

// Diff compares two editions of the 盤點表 record by record, matching
// records by 序號, and returns a change for every record added, removed or
// modified (name, description, items, class, grounds, conditions, unit),
// ordered by 序號. Records that share a 序號 are matched in their order:
// the second record numbered 5 in old with the second numbered 5 in new, so
// that a record added, or removed, under a 序號 already used is reported
// as Added (Removed) like any other. A ground that parses is compared by
// what it cites, so 第4、10條 and 第4條及第10條 are the same. A field
// unknown in either edition ([Record.Unknown]: the old table had no
// 法令依據 column, or the new one has none) is not compared: what is
// unknown did not change as far as the editions tell. Identical editions
// give none. Its cost is linear in the records.
func Diff(old, new Inventory) Changes {
	type key struct{ serial, k int } // the k-th record numbered serial
	seen := make(map[int]int, len(new.Records))
	newAt := make(map[key]int, len(new.Records))
	for i, r := range new.Records {
		k := seen[r.Serial]
		seen[r.Serial] = k + 1
		newAt[key{r.Serial, k}] = i
	}
	clear(seen)
	// The changes are listed small, sorted, then made: a Change holds two
	// records, too large to move about.
	type pending struct {
		kind   ChangeKind
		serial int
		o, n   int // indexes in old and new, -1 for none
		fields []Field
	}
	var ps []pending
	matched := make([]bool, len(new.Records))
	for i, o := range old.Records {
		k := seen[o.Serial]
		seen[o.Serial] = k + 1
		j, ok := newAt[key{o.Serial, k}]
		if !ok {
			ps = append(ps, pending{Removed, o.Serial, i, -1, nil})
			continue
		}
		matched[j] = true
		if fs := diffFields(o, new.Records[j]); len(fs) > 0 {
			ps = append(ps, pending{Modified, o.Serial, i, j, fs})
		}
	}
	for j, n := range new.Records {
		if !matched[j] {
			ps = append(ps, pending{Added, n.Serial, -1, j, nil})
		}
	}
	slices.SortStableFunc(ps, func(a, b pending) int { return cmp.Compare(a.serial, b.serial) })
	if len(ps) == 0 {
		return nil
	}
	out := make(Changes, len(ps))
	for k, p := range ps {
		c := &out[k]
		c.Kind, c.Serial, c.Fields = p.kind, p.serial, p.fields
		if p.o >= 0 {
			c.Old = old.Records[p.o].clone()
		}
		if p.n >= 0 {
			c.New = new.Records[p.n].clone()
		}
	}
	return out
}

// diffFields lists the fields in which o and n differ, among those known
// in both.
func diffFields(o, n Record) []Field {
	var fs []Field
	unknown := o.Unknown | n.Unknown
	differs := func(f Field, d bool) {
		if d && !unknown.Has(f) {
			fs = append(fs, f)
		}
	}
	differs(FieldName, o.Name != n.Name)
	differs(FieldDescription, o.Description != n.Description)
	differs(FieldItems, !slices.Equal(o.Items, n.Items))
	differs(FieldClass, o.Class != n.Class)
	differs(FieldGrounds, !unknown.Has(FieldGrounds) && !slices.Equal(groundKeys(o.Grounds), groundKeys(n.Grounds)))
	differs(FieldConditions, o.Conditions != n.Conditions)
	differs(FieldUnit, o.Unit != n.Unit)
	return fs
}

// groundKeys returns each ground in canonical form where it parses, as
// written where it does not, from the citations parsed at import.
func groundKeys(gs []Ground) []string {
	var out []string
	for _, g := range gs {
		out = g.appendKeys(out)
	}
	return out
}

// String explains the change in one line, as the 修正說明 column would:
// 序號86「廉政業務管理系統」：將管理單位由本部資訊處改為廉政署。
func (c Change) String() string { return c.Message(finding.Chinese) }

// Note returns the explanation of the change alone, the text of its
// 修正說明: 將管理單位由本部資訊處改為廉政署。 A change of text that replaces
// the same words everywhere (院 by 校) is told once:
// 將相關文字內之「院」修正為「校」。 It is NoteMessage in Chinese.
func (c Change) Note() string { return c.NoteMessage(finding.Chinese) }

// NoteMessage returns the explanation of the change alone in the language
// nearest to t: 將管理單位由本部資訊處改為廉政署。 in Chinese (Note),
// Managing unit changed from 本部資訊處 to 廉政署. in English.
func (c Change) NoteMessage(t language.Tag) string {
	switch c.Kind {
	case Added:
		return trimNote(i18n.Sprintf(t, "inventory.change.added", c.New.Class.Message(t), c.New.Name, c.New.Unit))
	case Removed:
		return trimNote(i18n.Sprintf(t, "inventory.change.removed", c.Old.Class.Message(t), c.Old.Name))
	}
	var b strings.Builder
	var text []Field
	for _, f := range c.Fields {
		switch f {
		case FieldName, FieldDescription, FieldItems:
			text = append(text, f)
		case FieldClass:
			b.WriteString(i18n.Sprintf(t, "inventory.change.class", c.Old.Class.Message(t), c.New.Class.Message(t)))
		case FieldUnit:
			b.WriteString(i18n.Sprintf(t, "inventory.change.unit", c.Old.Unit, c.New.Unit))
		case FieldConditions:
			b.WriteString(i18n.Sprintf(t, "inventory.change.conditions", c.New.Conditions))
		case FieldGrounds:
			o, n := groundKeys(c.Old.Grounds), groundKeys(c.New.Grounds)
			inOld, inNew := setOf(o), setOf(n)
			for _, g := range n {
				if !inOld[g] {
					b.WriteString(i18n.Sprintf(t, "inventory.change.ground-added", g))
				}
			}
			for _, g := range o {
				if !inNew[g] {
					b.WriteString(i18n.Sprintf(t, "inventory.change.ground-removed", g))
				}
			}
		}
	}
	return trimNote(c.textNote(text, t) + b.String())
}

// trimNote drops the blank after the last sentence of an English note.
func trimNote(s string) string { return strings.TrimSuffix(s, " ") }

// textNote explains changes of name, description and items.
func (c Change) textNote(fields []Field, t language.Tag) string {
	if len(fields) == 0 {
		return ""
	}
	var (
		subs    [][2]string
		b       strings.Builder
		whole   []string
		uniform = true
	)
	add := func(o, n string) {
		for _, s := range substitutions(o, n) {
			if len(subs) > 0 && s != subs[0] {
				uniform = false
			}
			subs = append(subs, s)
		}
	}
	for _, f := range fields {
		switch f {
		case FieldName:
			add(c.Old.Name, c.New.Name)
			whole = append(whole, i18n.Sprintf(t, "inventory.change.name", c.Old.Name, c.New.Name))
		case FieldDescription:
			add(c.Old.Description, c.New.Description)
			whole = append(whole, i18n.Sprintf(t, "inventory.change.description", c.New.Description))
		case FieldItems:
			if len(c.Old.Items) == len(c.New.Items) {
				for i := range c.Old.Items {
					add(c.Old.Items[i], c.New.Items[i])
				}
			} else {
				uniform = false
			}
			var parts strings.Builder
			inOld, inNew := setOf(c.Old.Items), setOf(c.New.Items)
			for _, it := range c.New.Items {
				if !inOld[it] {
					parts.WriteString(i18n.Sprintf(t, "inventory.change.item-added", FieldItems.Message(t), it))
				}
			}
			for _, it := range c.Old.Items {
				if !inNew[it] {
					parts.WriteString(i18n.Sprintf(t, "inventory.change.item-removed", FieldItems.Message(t), it))
				}
			}
			if parts.Len() == 0 { // the same items in another order
				parts.WriteString(i18n.Sprintf(t, "inventory.change.items-order", FieldItems.Message(t)))
			}
			whole = append(whole, parts.String())
		}
	}
	if uniform && len(subs) > 0 {
		return i18n.Sprintf(t, "inventory.change.uniform", subs[0][0], subs[0][1])
	}
	for _, w := range whole {
		b.WriteString(w)
	}
	return b.String()
}

// maxDiffCells bounds the work of substitutions: when the parts of two
// texts between their common prefix and suffix are longer (512 runes
// each), they are told as one substitution.
const maxDiffCells = 1 << 18

// substitutions returns the stretches of o replaced in n, each as
// {old, new}, from a longest common subsequence of their runes. The
// common prefix and suffix are set aside first, so that the usual change
// of a few words costs little; the rest costs at most maxDiffCells steps.
func substitutions(o, n string) [][2]string {
	a, b := []rune(o), []rune(n)
	p := 0
	for p < len(a) && p < len(b) && a[p] == b[p] {
		p++
	}
	s := 0
	for s < len(a)-p && s < len(b)-p && a[len(a)-1-s] == b[len(b)-1-s] {
		s++
	}
	if p == len(a) && p == len(b) {
		return nil
	}
	a, b = a[p:len(a)-s], b[p:len(b)-s]
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > maxDiffCells {
		return [][2]string{{string(a), string(b)}}
	}
	// lcs[i][j] is the LCS length of a[i:] and b[j:].
	w := len(b) + 1
	lcs := make([]int32, (len(a)+1)*w)
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	var out [][2]string
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		if i < len(a) && j < len(b) && a[i] == b[j] {
			i, j = i+1, j+1
			continue
		}
		si, sj := i, j
		for i < len(a) || j < len(b) {
			if i < len(a) && j < len(b) && a[i] == b[j] {
				break
			}
			if j == len(b) || i < len(a) && lcs[(i+1)*w+j] >= lcs[i*w+j+1] {
				i++
			} else {
				j++
			}
		}
		out = append(out, [2]string{string(a[si:i]), string(b[sj:j])})
	}
	return out
}

// setOf returns the set of the strings of ss.
func setOf(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// String lists the changes, one per line, as String of each gives it. Its
// cost is linear in the records and items of the changes.
func (cs Changes) String() string { return cs.Message(finding.Chinese) }
