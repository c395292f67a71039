package rocdate_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/ogdtw/governance/internal/jsontest"
	"github.com/ogdtw/governance/rocdate"
	"golang.org/x/text/language"
)

func TestJSON(t *testing.T) {
	ref := rocdate.MustParse("111年5月19日")
	open, err := rocdate.ParsePeriod("111.01.01 迄今", rocdate.Date{})
	if err != nil {
		t.Fatal(err)
	}
	_, parseErr := rocdate.Parse("111年2月29日")
	jsontest.Check(t, ".", map[string]any{
		"Date":       ref,
		"Quarter":    ref.Quarter(),
		"Period":     must(rocdate.ParsePeriod("111年1月至5月", ref)),
		"Style":      rocdate.Dotted,
		"ParseError": parseErr,
	})
	// Every form of period, and an open-ended one, round-trips.
	for _, p := range []rocdate.Period{
		open,
		must(rocdate.ParsePeriod("(截至5月)", ref)),
		must(rocdate.ParsePeriod("112年第3、4季", ref)),
		must(rocdate.ParsePeriod("110.12.2至111.5.19", ref)),
		must(rocdate.ParsePeriod("民國前1年度", ref)),
	} {
		if err := jsontest.RoundTrip(p); err != nil {
			t.Error(err)
		}
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func TestJSONForms(t *testing.T) {
	ref := rocdate.MustParse("111年5月19日")
	v := struct {
		Date    rocdate.Date    `json:"date"`
		Quarter rocdate.Quarter `json:"quarter"`
		Period  rocdate.Period  `json:"period"`
		Open    rocdate.Period  `json:"open"`
		Style   rocdate.Style   `json:"style"`
		None    rocdate.Style   `json:"none"`
	}{
		Date:    ref,
		Quarter: ref.Quarter(),
		Period:  must(rocdate.ParsePeriod("111年1月至5月", ref)),
		Open:    must(rocdate.ParsePeriod("111.01.01 迄今", rocdate.Date{})),
		Style:   rocdate.Dotted,
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"date":"111年5月19日","quarter":"111年第2季","period":"111年1月至5月","open":"111年1月1日迄今","style":"Dotted","none":""}`
	if string(b) != want {
		t.Errorf("json = %s\nwant   %s", b, want)
	}
	if _, err := json.Marshal(rocdate.Style(99)); !errors.Is(err, rocdate.ErrRange) {
		t.Errorf("Marshal(Style(99)) error = %v, want ErrRange", err)
	}
	var p rocdate.Period
	if err := json.Unmarshal([]byte(`"截至5月"`), &p); !errors.Is(err, rocdate.ErrSyntax) {
		t.Errorf("Unmarshal(截至5月) without a reference day = %v, %v; want ErrSyntax", p, err)
	}
	if err := json.Unmarshal([]byte(`""`), &p); err != nil || !p.IsZero() {
		t.Errorf("Unmarshal(\"\") = %v, %v", p, err)
	}
}

func TestParseErrorJSON(t *testing.T) {
	_, err := rocdate.Parse("111年2月29日")
	b, jerr := json.Marshal(err)
	if jerr != nil {
		t.Fatal(jerr)
	}
	for _, s := range []string{`"code":"rocdate.range"`, `"message":"日期「111年2月29日」有誤：111年2月無29日"`,
		`"detail":"day 29 out of range for 111年2月"`, `"detailCode":"rocdate.range.day"`, `"detailArgs":[29,"111年2月"]`, `"err":{"code":"rocdate.range"`} {
		if !strings.Contains(string(b), s) {
			t.Errorf("json %s lacks %s", b, s)
		}
	}
	var back *rocdate.ParseError
	if uerr := json.Unmarshal(b, &back); uerr != nil || !errors.Is(back, rocdate.ErrRange) || back.Error() != err.Error() ||
		back.DetailCode() != "rocdate.range.day" || back.Message(language.MustParse("zh-Hant-TW")) != err.(*rocdate.ParseError).Message(language.MustParse("zh-Hant-TW")) {
		t.Errorf("Unmarshal = %v, %v", back, uerr)
	}
}
