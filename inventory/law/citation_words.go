package law

import (
	"strings"
	"unicode/utf8"
)

// The words that lead into a citation and end it, as officials write
// them: 依個人資料保護法第8條規定, 按預算法第四條規定, 依政府採購法第四條規定辦理.
// [ParseCitation], [ParseCitations] and [FindCitations] read them through
// the one pair of functions below, trimLead and trailLen.

// leadWords are the words a ground starts with before the law's name,
// longest first so that 依據 is cut whole, not as 依 and a name 據….
// Combinations (爰依, 並依據) are cut word by word.
var leadWords = [...]string{"依據", "依照", "依循", "根據", "基於", "參照", "按照", "爰依", "並依", "另依", "依", "按", "爰", "並"}

// leadNames are real law names that begin with a lead word, from the law
// database (ChOrder): trimLead keeps them whole, as it keeps every name
// the Default registry knows.
var leadNames = [...]string{
	"依促進民間參與公共建設法設置之廢棄物清除處理設施管理辦法",
	"依礦業法補辦環境影響評估收費標準",
}

// knownName reports whether name is a law's real name: one the Default
// registry or the registry reg knows by an official, short or former
// name, or one of leadNames.
func knownName(name string, reg *Registry) bool {
	for _, n := range leadNames {
		if name == n {
			return true
		}
	}
	if reg != nil {
		if _, m := reg.Lookup(name); m != NoMatch {
			return true
		}
	}
	_, m := Default().Lookup(name)
	return m != NoMatch
}

// trimLead returns name without the words that lead into it (依, 依據,
// 按, 參照, 根據, 基於 and their combinations), each cut only when the
// name with it is not a law's real name (knownName) and what remains
// keeps at least two characters: 依個人資料保護法 is 個人資料保護法, but
// 依礦業法補辦環境影響評估收費標準 stays whole. reg, when not nil, is asked
// beside the Default registry. A name that starts with no lead word is
// returned at once, without a look-up.
func trimLead(name string, reg *Registry) string {
	for {
		w := leadLen(name)
		if w == 0 || utf8.RuneCountInString(name[w:]) < 2 || knownName(name, reg) {
			return name
		}
		name = trimSpace(name[w:])
	}
}

// leadLen returns the length of the lead word s starts with, or 0.
func leadLen(s string) int {
	if len(s) < 3 {
		return 0
	}
	switch s[0] {
	case 0xE4, 0xE5, 0xE6, 0xE7: // 依 並 參 根 按 爰 基: no other lead byte
	default:
		return 0
	}
	for _, w := range leadWords {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// trailWords are the words that may end a citation after its last
// provision, longest first: 規定, 之規定, 規定辦理, 辦理, 等規定 and their
// combinations as the law database writes them.
var trailWords = [...]string{"之規定辦理", "等規定辦理", "規定辦理", "之規定", "等規定", "相關規定", "規定", "辦理"}

// trailLen returns the length of the trailing word s starts with, or 0.
func trailLen(s string) int {
	switch at3(s, 0) {
	case tokZhi, tokGui, tokDeng, tokBan, tokXiangRel:
	default:
		return 0
	}
	for _, w := range trailWords {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// Tokens of the trailing words.
const (
	tokDeng     = 0xE7AD89 // 等
	tokBan      = 0xE8BEA6 // 辦
	tokXiangRel = 0xE79BB8 // 相
)
