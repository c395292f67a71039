package inventory

import (
	"errors"

	"github.com/ogdtw/governance/internal/errtype"
	"github.com/ogdtw/governance/inventory/law"
	"github.com/ogdtw/governance/rocdate"
)

// A Record is one row of the 資料盤點表: one system or database of the
// ministry, what it collects, how it is classified and on what ground.
// The zero Record is an empty row, which Validate reports as such.
type Record struct {
	// Row is the record's 1-based row in the rows it was imported from, as
	// a spreadsheet numbers them; 0 for a record not imported.
	Row         int      `json:"row,omitzero"`
	Serial      int      `json:"serial,omitzero"`      // 序號, from 1; 0 when missing
	Name        string   `json:"name,omitzero"`        // 系統、資料庫名稱
	Description string   `json:"description,omitzero"` // 系統、資料庫描述
	Items       []string `json:"items,omitzero"`       // 蒐集資料項目, one entry per item
	Class       Class    `json:"class,omitzero"`       // 資料分類
	// Grounds are the legal grounds for 乙類 and 丙類, one a line of the
	// 法令依據 cell (《刑事訴訟法》第245條第1、3項), each with its citations
	// parsed once, when the record is imported or the ground made
	// ([NewGround], [ParseGrounds]); see [Record.Citations].
	Grounds []Ground `json:"grounds,omitzero"`
	// Conditions says who may apply for 乙類 data and how (利用條件).
	Conditions string `json:"conditions,omitzero"`
	Unit       string `json:"unit,omitzero"` // 管理單位
	Note       string `json:"note,omitzero"` // 修正說明, the edition's own account of its changes
	// Unknown are the fields the record's source did not give: the
	// optional columns (系統、資料庫描述, 蒐集資料項目, 修正說明, 法令依據,
	// 利用條件) that the header [ImportRecords] read lacks. A field in
	// Unknown is unknown, not empty: its value is the zero value and is
	// not read. No rule that reads it is applied to the record (see
	// [Inventory.Unchecked]), and [Diff] tells no change of it. The zero
	// set, as in a record made in code, means every field is known. In
	// JSON it is the array of the columns' headers, left out when empty.
	Unknown FieldSet `json:"unknown,omitzero"`
}

// Citations returns the citations of the record's grounds, as parsed when
// the grounds were made, in order, with an error joining the
// error of every ground that did not parse: a *ParseError of this package
// holding the law package's sentinel and detail, so that it is both
// law.ErrRange and ErrRange. It parses nothing.
func (r Record) Citations() ([]law.Citation, error) {
	var (
		out  []law.Citation
		errs []error
	)
	for _, g := range r.Grounds {
		out = append(out, g.Citations...)
		if g.Err != nil {
			errs = append(errs, errtype.Wrap[pkg](g.Err.Func, g.Err.Input, g.Err, ErrSyntax))
		}
	}
	return out, errors.Join(errs...)
}

// clone returns r with its own copies of the slices.
func (r Record) clone() Record {
	r.Items = append([]string(nil), r.Items...)
	r.Grounds = append([]Ground(nil), r.Grounds...)
	return r
}

// An Inventory is one edition of the 資料盤點表: its records and the date of
// the edition (111年5月19日 for the deck's). The date is the day against
// which the cited laws are read. The zero Inventory is an empty, undated
// edition.
type Inventory struct {
	Date    rocdate.Date `json:"date,omitzero"`
	Records []Record     `json:"records,omitzero"`
}

// Record returns the first record with the given 序號 and whether there is
// one. The record is a copy.
func (inv Inventory) Record(serial int) (Record, bool) {
	for _, r := range inv.Records {
		if r.Serial == serial {
			return r.clone(), true
		}
	}
	return Record{}, false
}
