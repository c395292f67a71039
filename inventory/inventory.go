package inventory

import (
	"github.com/ogdtw/governance/rocdate"
)

// A Record is one row of the 資料盤點表: one system or database of the
// ministry, what it collects, how it is classified and on what ground.
// The zero Record is an empty row, which Validate reports as such.
type Record struct {
	// Row is the record's 1-based row in the rows it was imported from, as
	// a spreadsheet numbers them; 0 for a record not imported.
	Row         int
	Serial      int      // 序號, from 1; 0 when missing
	Name        string   // 系統、資料庫名稱
	Description string   // 系統、資料庫描述
	Items       []string // 蒐集資料項目, one entry per item
	Class       Class    // 資料分類
	// Grounds are the legal grounds for 乙類 and 丙類, each as written, one
	// citation per entry (《刑事訴訟法》第245條第1、3項); see [Record.Citations].
	Grounds []string
	// Conditions says who may apply for 乙類 data and how (利用條件).
	Conditions string
	Unit       string // 管理單位
	Note       string // 修正說明, the edition's own account of its changes
}

// Citations parses the record's grounds with ParseCitations and returns
// the citations that parse, in order, with an error joining every ground
// that does not.
func (r Record) Citations() ([]Citation, error) {
	var (
		out  []Citation
		errs []error
	)
	for _, g := range r.Grounds {
		cs, err := ParseCitations(g)
		out = append(out, cs...)
		if err != nil {
			errs = append(errs, err)
		}
	}
	return out, joinErrors(errs)
}

// clone returns r with its own copies of the slices.
func (r Record) clone() Record {
	r.Items = append([]string(nil), r.Items...)
	r.Grounds = append([]string(nil), r.Grounds...)
	return r
}

// An Inventory is one edition of the 資料盤點表: its records and the date of
// the edition (111年5月19日 for the deck's). The date is the day against
// which the cited laws are read. The zero Inventory is an empty, undated
// edition.
type Inventory struct {
	Date    rocdate.Date
	Records []Record
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
