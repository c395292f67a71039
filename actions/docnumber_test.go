package actions

import (
	"errors"
	"strings"
	"testing"
)

type docWant struct {
	Code   string
	Number string
	Year   int
	String string
}

func docOf(d DocNumber) docWant {
	return docWant{Code: d.Code(), Number: d.Number(), Year: d.Year(), String: d.String()}
}

var docNumberTests = []struct {
	name    string
	in      string
	want    docWant
	wantErr error
}{
	{"moj", "法資字第11011514270號", docWant{"法資", "11011514270", 110, "法資字第11011514270號"}, nil},
	{"pcc", "工程企字第1080100623號", docWant{"工程企", "1080100623", 108, "工程企字第1080100623號"}, nil},
	{"leading zero", "院臺秘字第0930089122號", docWant{"院臺秘", "0930089122", 93, "院臺秘字第0930089122號"}, nil},
	{"spaces inside", "華總一義字第 09400212561 號", docWant{"華總一義", "09400212561", 94, "華總一義字第09400212561號"}, nil},
	{"bracketed year", "（84）華總（一）義字第8198號", docWant{"華總（一）義", "8198", 84, "（84）華總（一）義字第8198號"}, nil},
	{"half-width brackets", "(84)華總(一)義字第8198號", docWant{"華總（一）義", "8198", 84, "（84）華總（一）義字第8198號"}, nil},
	{"chinese bracketed year", "（八十四）華總（一）義字第8198號", docWant{"華總（一）義", "8198", 84, "（84）華總（一）義字第8198號"}, nil},
	{"full-width digits", "法資字第１１０１１５１４２７０號", docWant{"法資", "11011514270", 110, "法資字第11011514270號"}, nil},
	{"short number no year", "法字第8198號", docWant{"法", "8198", 0, "法字第8198號"}, nil},
	{"surrounding spaces", "  法資字第11011514270號 ", docWant{"法資", "11011514270", 110, "法資字第11011514270號"}, nil},
	{"empty", "", docWant{}, ErrSyntax},
	{"no 字第", "法資第11011514270號", docWant{}, ErrSyntax},
	{"no 號", "法資字第11011514270", docWant{}, ErrSyntax},
	{"no code", "字第11011514270號", docWant{}, ErrSyntax},
	{"digit in code", "勞動3字第11011514270號", docWant{"勞動3", "11011514270", 110, "勞動3字第11011514270號"}, nil},
	{"spaced digit in code and broken serial", "勞資 3  字第 09702\r\n 11835 號", docWant{"勞資3", "0970211835", 97, "勞資3字第0970211835號"}, nil},
	{"letter suffix", "院授主基法字第1020200060A號", docWant{"院授主基法", "1020200060A", 102, "院授主基法字第1020200060A號"}, nil},
	{"letter inside", "交航發字第093B000027號", docWant{"交航發", "093B000027", 93, "交航發字第093B000027號"}, nil},
	{"letter first", "經水利農字第A881800556號", docWant{"經水利農", "A881800556", 0, "經水利農字第A881800556號"}, nil},
	{"short with letter", "法資字第110A號", docWant{"法資", "110A", 0, "法資字第110A號"}, nil},
	{"dash part", "台九十防字第073408-1號", docWant{"台防", "073408-1", 90, "台90防字第073408-1號"}, nil},
	{"full-width dash", "交參字第5703－0356號", docWant{"交參", "5703-0356", 0, "交參字第5703-0356號"}, nil},
	{"之 part", "臺會協字第 0970057041 之 2  號", docWant{"臺會協", "0970057041之2", 97, "臺會協字第0970057041之2號"}, nil},
	{"bracketed suffix", "（76）台財關字第 761069268（1）號", docWant{"台財關", "761069268（1）", 76, "（76）台財關字第761069268（1）號"}, nil},
	{"bracketed prefix", "（68）台央外字第（參）01290號", docWant{"台央外", "（參）01290", 68, "（68）台央外字第（參）01290號"}, nil},
	{"two-digit year in serial", "華總一義字第8800012340號", docWant{"華總一義", "8800012340", 88, "華總一義字第8800012340號"}, nil},
	{"year inside code", "台（86）內字第02417號", docWant{"台內", "02417", 86, "台（86）內字第02417號"}, nil},
	{"year inside code 2", "交（78）路字第1234號", docWant{"交路", "1234", 78, "交（78）路字第1234號"}, nil},
	{"bare year inside code", "臺72交字第12345號", docWant{"臺交", "12345", 72, "臺72交字第12345號"}, nil},
	{"bare year before code", "88台防字第1234號", docWant{"台防", "1234", 88, "88台防字第1234號"}, nil},
	{"bare year 91", "91內地字第0123號", docWant{"內地", "0123", 91, "91內地字第0123號"}, nil},
	{"chinese year in brackets inside", "台（七六）勞人字第一九○六號", docWant{"台勞人", "1906", 76, "台（76）勞人字第1906號"}, nil},
	{"chinese bare year", "七五職人字第二五六六號", docWant{"職人", "2566", 75, "75職人字第2566號"}, nil},
	{"chinese numeral number", "法甲字第三號", docWant{"法甲", "3", 0, "法甲字第3號"}, nil},
	{"positional numeral number", "法甲字第三十五號", docWant{"法甲", "35", 0, "法甲字第35號"}, nil},
	{"〇 as zero", "勞綜字第〇一二九號", docWant{"勞綜", "0129", 0, "勞綜字第0129號"}, nil},
	{"chinese year and series", "（84）華總（一）義字第8198號", docWant{"華總（一）義", "8198", 84, "（84）華總（一）義字第8198號"}, nil},
	{"financial numerals are code", "考臺組壹一字第10600015091號", docWant{"考臺組壹一", "10600015091", 106, "考臺組壹一字第10600015091號"}, nil},
	{"digits in code", "法3456字第11011514270號", docWant{}, ErrSyntax},
	{"two years", "（84）台88內字第1號", docWant{}, ErrSyntax},
	{"stray 年 after bracket", "（84）年華總字第8198號", docWant{}, ErrSyntax},
	{"unclosed bracket inside", "台（86內字第02417號", docWant{}, ErrSyntax},
	{"unclosed serial bracket", "台財關字第761069268（1號", docWant{}, ErrSyntax},
	{"no digit in serial", "法資字第A號", docWant{}, ErrSyntax},
	{"dash at end", "法資字第123-號", docWant{}, ErrSyntax},
	{"mixed numerals in serial", "法資字第10正17號", docWant{}, ErrSyntax},
	{"too large", "法資字第1號" + strings.Repeat(" ", MaxDocNumberLen), docWant{}, ErrTooLarge},
	{"empty number", "法資字第號", docWant{}, ErrSyntax},
	{"unclosed year", "（84華總字第8198號", docWant{}, ErrSyntax},
	{"year not number", "（甲）華總字第8198號", docWant{}, ErrSyntax},
	{"year zero", "（0）華總字第8198號", docWant{}, ErrRange},
	{"unbalanced code", "華總（一義字第8198號", docWant{}, ErrSyntax},
	{"empty bracket in code", "華總（）義字第8198號", docWant{}, ErrSyntax},
	{"number too long", "法資字第123456789012345678901號", docWant{}, ErrRange},
	{"trailing text", "法資字第11011514270號函", docWant{}, ErrSyntax},
}

func TestParseDocNumber(t *testing.T) {
	for _, tt := range docNumberTests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseDocNumber(tt.in)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("ParseDocNumber(%q) error = %v, want %v", tt.in, err, tt.wantErr)
				}
				var pe *ParseError
				if !errors.As(err, &pe) || pe.Input != tt.in || pe.Func != "ParseDocNumber" {
					t.Errorf("ParseDocNumber(%q) error = %#v, want a *ParseError with the input", tt.in, err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ParseDocNumber(%q) error = %v", tt.in, err)
			}
			if g := docOf(got); g != tt.want {
				t.Errorf("ParseDocNumber(%q) = %+v, want %+v", tt.in, g, tt.want)
			}
			back, err := ParseDocNumber(got.String())
			if err != nil || back != got {
				t.Errorf("ParseDocNumber(%q) = %v, %v; want %v (round trip)", got.String(), back, err, got)
			}
		})
	}
}

func TestDocNumberText(t *testing.T) {
	d := MustParseDocNumber("（84）華總（一）義字第8198號")
	b, err := d.MarshalText()
	if err != nil || string(b) != "（84）華總（一）義字第8198號" {
		t.Fatalf("MarshalText = %q, %v", b, err)
	}
	var back DocNumber
	if err := back.UnmarshalText(b); err != nil || back != d {
		t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, d)
	}
	if err := back.UnmarshalText(nil); err != nil || !back.IsZero() || back.String() != "" {
		t.Errorf("UnmarshalText(nil) = %v, %v; want zero", back, err)
	}
	if err := back.UnmarshalText([]byte("nonsense")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(nonsense) error = %v, want ErrSyntax", err)
	}
	msg := "actions: parsing \"法資第1號\": missing 字第"
	if _, err := ParseDocNumber("法資第1號"); err == nil || err.Error() != msg {
		t.Errorf("error = %v, want %s", err, msg)
	}
}

func TestMustParseDocNumberPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDocNumber(bad) did not panic")
		}
	}()
	MustParseDocNumber("bad")
}

func TestParseNoAllocs(t *testing.T) {
	for _, tt := range []struct {
		name string
		f    func()
	}{
		{"ParseDocNumber", func() { sinkDoc, _ = ParseDocNumber("法資字第11011514270號") }},
		{"ParseDocNumber full-width brackets", func() { sinkDoc, _ = ParseDocNumber("（84）華總（一）義字第8198號") }},
		{"ParseLetter", func() { sinkLetter, _ = ParseLetter("110年12月22日以法資字第11011514270號函") }},
	} {
		if n := testing.AllocsPerRun(100, tt.f); n != 0 {
			t.Errorf("%s allocates %v times, want 0", tt.name, n)
		}
	}
}

// TestDocNumberYearEra checks the era rule of DocNumber.Year at the
// boundary years.
func TestDocNumberYearEra(t *testing.T) {
	for _, tt := range []struct {
		serial string
		want   int
	}{
		{"0790000001", 0},   // a leading 0 before 080 is a plain serial
		{"0800000001", 80},  // three digits from 080
		{"0890000001", 89},  // the reform years
		{"0990000001", 99},  // last year of 0NN
		{"1000000001", 100}, // first year of 1NN
		{"1150000001", 115},
		{"1990000000", 199},
		{"9900012340", 99}, // two digits before the reform
		{"8800012340", 88},
		{"2000000", 20}, // seven digits: two-digit year
		{"200000", 0},   // six digits: no year
		{"0015845", 0},  // 001 is no year
		{"093B000027", 93},
		{"86A2500090", 86},
		{"A881800556", 0},
		{"1020200060A", 102},
		{"073408-1", 0}, // the first part has six characters
	} {
		d, err := ParseDocNumber("法字第" + tt.serial + "號")
		if err != nil || d.Year() != tt.want {
			t.Errorf("Year of serial %s = %d, %v; want %d", tt.serial, d.Year(), err, tt.want)
		}
	}
	// A year written in the code wins over the serial's.
	if y := MustParseDocNumber("（88）台防字第0910000001號").Year(); y != 88 {
		t.Errorf("written year = %d, want 88", y)
	}
	// A letter's number is checked against its date with the same rule.
	for _, tt := range []struct {
		in  string
		bad bool
	}{
		{"99年12月31日以法字第0990000001號函", false},
		{"100年1月3日以法字第0990000001號函", false},
		{"100年1月3日以法字第1000000001號函", false},
		{"101年1月3日以法字第0990000001號函", true},
		{"89年1月3日以法字第8800012340號函", false},
		{"90年1月3日以法字第8800012340號函", true},
	} {
		_, bad := MustParseLetter(tt.in).checkYear()
		if bad != tt.bad {
			t.Errorf("checkYear(%s) = %v, want %v", tt.in, bad, tt.bad)
		}
	}
}
