package law

import (
	"strings"

	"github.com/ogdtw/governance/finding"
	"github.com/ogdtw/governance/rocdate"
)

// AmendmentKind says what an amendment did to a provision. The zero value,
// NoChange, is none: not given (Amendments never returns it).
type AmendmentKind uint8

const (
	// NoChange: the provision reads the same.
	NoChange AmendmentKind = iota
	// Reworded: the provision's text changed (文字修正), its number of
	// paragraphs, subparagraphs or items did not.
	Reworded
	// Restructured: the provision's text changed and so did its number of
	// paragraphs, subparagraphs or items (結構變更), as 刑事訴訟法第245條
	// went from 5 項 to 7 in 2024.
	Restructured
	// Inserted: the provision did not exist in the version before (新增).
	Inserted
	// Deleted: the provision existed in the version before and no longer
	// does, or its article is repealed (刪除).
	Deleted
)

var amendmentKindText = enumText{
	Type:  "AmendmentKind",
	Names: []string{"無變更", "文字修正", "結構變更", "新增", "刪除"},
	IDs:   []string{"none", "reworded", "restructured", "inserted", "deleted"},
}

// String returns the kind in Chinese: 無變更, 文字修正, 結構變更, 新增, 刪除.
func (k AmendmentKind) String() string { return amendmentKindText.Word(uint8(k)) }

// IsValid reports whether k is NoChange or one of the defined kinds.
func (k AmendmentKind) IsValid() bool { return amendmentKindText.Valid(uint8(k)) }

// AppendText appends the kind as String gives it to b. It fails with
// ErrRange for an invalid kind.
func (k AmendmentKind) AppendText(b []byte) ([]byte, error) {
	return amendmentKindText.AppendText(b, uint8(k))
}

// MarshalText returns the kind as String gives it.
func (k AmendmentKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k as ParseAmendmentKind reads b.
func (k *AmendmentKind) UnmarshalText(b []byte) error {
	v, err := ParseAmendmentKind(string(b))
	if err == nil {
		*k = v
	}
	return err
}

// ParseAmendmentKind reads a kind from its Chinese name (無變更, 文字修正,
// 結構變更, 新增, 刪除) or its English id (none, reworded, restructured,
// inserted, deleted); "" is NoChange.
func ParseAmendmentKind(s string) (AmendmentKind, error) {
	if strings.TrimSpace(s) == "" {
		return NoChange, nil
	}
	v, err := amendmentKindText.Parse("ParseAmendmentKind", s)
	return AmendmentKind(v), err
}

// An Amendment is one version of a statute that changed a provision.
type Amendment struct {
	Version   StatuteVersion `json:"version,omitzero"`   // the amending version
	Provision Provision      `json:"provision,omitzero"` // the provision as cited
	Kind      AmendmentKind  `json:"kind,omitzero"`
	// Moved is where the provision's former text stands in Version when
	// the amendment renumbered it (刑事訴訟法第245條第3項 became 第5項 in
	// 2024); it is the zero Provision when the text is nowhere in Version.
	Moved Provision `json:"moved,omitzero"`
}

// String describes the amendment in one line:
// 刑事訴訟法第245條第3項於113年7月31日修正：文字修正，原條文移至第245條第5項.
func (a Amendment) String() string { return a.Message(finding.Chinese) }

// Amendments returns the versions of the statute after the one in force on
// since that changed the provision p, oldest first, each compared with the
// version before it at the same number: a provision renumbered reads as
// changed there, with Moved saying where its text went. [Statute.Lineage]
// follows the provision itself and tells a renumbering from a rewording;
// CheckCitation uses it. When since precedes every version the registry holds,
// the first version is the baseline. It returns nil for the zero Statute, a
// p without an article, or when nothing changed up to the registry's [Registry.Updated].
func (s Statute) Amendments(p Provision, since rocdate.Date) []Amendment {
	if s.IsZero() || p.Article <= 0 {
		return nil
	}
	pa := pathOf(p)
	after := ymd(since)
	vs := s.entry().versions
	var out []Amendment
	for i := 1; i < len(vs); i++ {
		cur := vs[i]
		if cur.date <= after {
			continue
		}
		prev := vs[i-1]
		pn, had := prev.find(pa)
		cn, has := cur.find(pa)
		a := Amendment{Version: StatuteVersion{s, int32(i)}, Provision: p}
		switch {
		case !had && !has:
			continue
		case !had:
			a.Kind = Inserted
		case !has:
			a.Kind = Deleted
		case prev.nodes[pn].fp == cur.nodes[cn].fp:
			continue
		case prev.nodes[pn].kids != cur.nodes[cn].kids:
			a.Kind = Restructured
		default:
			a.Kind = Reworded
		}
		if had {
			if q, ok := cur.locate(prev.nodes[pn].fp, depthOf(p)); ok {
				a.Moved = provisionOf(q, p.Part)
			}
		}
		out = append(out, a)
	}
	return out
}

// depthOf returns the level of p's last number: 0 article, 1 項, 2 款, 3 目.
func depthOf(p Provision) int {
	switch {
	case p.Item != 0:
		return 3
	case p.Subparagraph != 0:
		return 2
	case p.Paragraph != 0:
		return 1
	}
	return 0
}

func provisionOf(q path, part Part) Provision {
	return Provision{Article: q.article, ArticleSub: q.sub, Paragraph: q.para, Subparagraph: q.subpara, Item: q.item, Part: part}
}
