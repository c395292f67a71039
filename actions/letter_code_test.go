package actions_test

import (
	"testing"

	"github.com/ogdtw/governance/actions"
)

// Codes that hold an agency's ending are codes, not an authority and a
// shorter code: real letters of 行政院, 內政部營建署, 司法院, 立法院, 考試院
// and 監察院 as the laws' histories cite them, with and without 以, with
// and without the authority, and pre-2000 numbers.
func TestParseLetterCodes(t *testing.T) {
	for _, tt := range []struct {
		in, authority, code string
		year                int
	}{
		{"99年6月25日營署中建字第0990038209號", "", "營署中建", 99},
		{"99年6月25日以營署中建字第0990038209號函", "", "營署中建", 99},
		{"內政部營建署營署宅字第0920016089號函", "內政部營建署", "營署宅", 92},
		{"中華民國七十三年九月十一日內政部營建署（73）營墾人字第 2421 號", "內政部營建署", "營墾人", 73},
		{"中華民國九十三年六月三十日內政部內授營宅字第 0930084993 號函", "內政部", "內授營宅", 93},
		{"中華民國一百十一年一月十九日內政部台內營字第 1110800415 號令", "內政部", "台內營", 111},
		{"中華民國一百十一年三月一日司法院院台廳刑一字第 1110005708 號令", "司法院", "院台廳刑一", 111},
		{"院台廳刑一字第1110005708號", "", "院台廳刑一", 111},
		{"中華民國一百十一年七月一日司法院院台廳司一字第 1110018817 號令", "司法院", "院台廳司一", 111},
		{"中華民國一百十一年六月七日立法院台立院議字第 1110702641 號函", "立法院", "台立院議", 111},
		{"92年12月11日台立院議字第0920051238號函", "", "台立院議", 92},
		{"中華民國一百十一年一月七日行政院院臺法字第 1100041009 號", "行政院", "院臺法", 110},
		{"中華民國九十三年六月二十一日行政院院臺秘字第 0930022935 號令", "行政院", "院臺秘", 93},
		{"院臺秘字第0930022935號令", "", "院臺秘", 93},
		{"中華民國一百十一年七月一日考試院考臺組壹一字第 11100047071 號", "考試院", "考臺組壹一", 111},
		{"中華民國一百十一年三月八日監察院院台業壹字第 1110730191 號令", "監察院", "院台業壹", 111},
		{"中華民國一百十一年六月二十九日監察院院台秘議字第 1110930741 號", "監察院", "院台秘議", 111},
		{"院台業壹字第1110730191號令", "", "院台業壹", 111},
		{"總統（80）華總（一）義字第 2124 號令", "總統", "華總（一）義", 80},
		{"行政院衛生署衛署食字第0990038209號", "行政院衛生署", "衛署食", 99},
		{"本部法資字第11011514270號", "本部", "法資", 110},
	} {
		l, err := actions.ParseLetter(tt.in)
		if err != nil {
			t.Errorf("ParseLetter(%s): %v", tt.in, err)
			continue
		}
		if l.Authority() != tt.authority || l.Number().Code() != tt.code || l.Number().Year() != tt.year {
			t.Errorf("ParseLetter(%s) = authority %q, code %q, year %d; want %q, %q, %d",
				tt.in, l.Authority(), l.Number().Code(), l.Number().Year(), tt.authority, tt.code, tt.year)
		}
	}
}

// The words of a sentence before a number are no part of it.
func TestFindLettersSentenceWords(t *testing.T) {
	for _, tt := range []struct {
		in, authority, code string
	}{
		{"另（84）華總（一）義字第8198號", "", "華總（一）義"},
		{"前揭（84）華總（一）義字第8198號令", "", "華總（一）義"},
		{"復經行政院院臺法字第1110001932號令核定", "行政院", "院臺法"},
		{"業經法資字第11011514270號函知各單位", "", "法資"},
		{"爰本部法資字第11011514270號函請各機關辦理", "本部", "法資"},
		{"又台立院議字第1110702641號函", "", "台立院議"},
		{"茲院台廳刑一字第1110005708號令", "", "院台廳刑一"},
		{"經（84）華總（一）義字第8198號令公布", "", "華總（一）義"},
		// 經 that opens a code of 經濟部 stays.
		{"經濟部經商字第11002012340號函", "經濟部", "經商"},
		{"依經商字第11002012340號函", "", "經商"},
	} {
		got := actions.FindLetters(tt.in)
		if len(got) != 1 || got[0].Authority() != tt.authority || got[0].Number().Code() != tt.code {
			t.Errorf("FindLetters(%s) = %v, want authority %q, code %q", tt.in, got, tt.authority, tt.code)
		}
	}
}
