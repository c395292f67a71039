package main

import (
	"bytes"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/ogdtw/governance/datasets"
	"github.com/ogdtw/governance/requests"
)

var update = flag.Bool("update", false, "rewrite the golden files from the current output")

// TestGolden compares the output for the deck's day, in both languages,
// with testdata/quarterly.golden and quarterly.en.golden.
func TestGolden(t *testing.T) {
	for _, tt := range []struct{ lang, file string }{
		{"zh-Hant-TW", "testdata/quarterly.golden"},
		{"en", "testdata/quarterly.en.golden"},
	} {
		var out, errs bytes.Buffer
		if code := run([]string{"-lang", tt.lang}, &out, &errs); code != 0 {
			t.Fatalf("run -lang %s = %d: %s", tt.lang, code, errs.String())
		}
		if *update {
			if err := os.WriteFile(tt.file, out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		if out.String() != string(want) {
			t.Errorf("-lang %s: output differs from %s (go test -update rewrites it):\n%s", tt.lang, tt.file, out.String())
		}
	}
}

// asciiWord is a run of Latin letters: English, in a Chinese text.
var asciiWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// TestChineseOnly fails on an English word in the Chinese output, other
// than the platform's address.
func TestChineseOnly(t *testing.T) {
	var out, errs bytes.Buffer
	for _, date := range []string{"111.5.19", "112.8.17", "民國前1年12月31日"} {
		out.Reset()
		if code := run([]string{"-date", date, "-prev", "民國前2年12月31日"}, &out, &errs); code != 0 {
			t.Fatalf("run -date %s = %d: %s", date, code, errs.String())
		}
		text := strings.ReplaceAll(out.String(), "data.gov.tw", "")
		if w := asciiWord.FindAllString(text, -1); len(w) > 0 {
			t.Errorf("-date %s: English in the Chinese output: %q\n%s", date, w, out.String())
		}
	}
}

// TestCatalog fails when a message lacks a language, or when the library
// names an actor or recipient the catalog does not translate.
func TestCatalog(t *testing.T) {
	for key, m := range messages {
		if m[0] == "" || m[1] == "" {
			t.Errorf("message %s lacks a language", key)
		}
		if strings.Count(m[0], "%") != strings.Count(m[1], "%") {
			t.Errorf("message %s: the two languages take different arguments: %q, %q", key, m[0], m[1])
		}
	}
	var actors []string
	for _, c := range []requests.Concern{requests.NoConcern, requests.OwnRegulation, requests.ProcessOrSystem, requests.CrossMinistry} {
		actors = append(actors, c.Route().Actor())
	}
	for _, d := range datasets.Duties() {
		actors = append(actors, d.Recipient())
	}
	for _, a := range actors {
		if _, ok := messages["actor:"+a]; !ok {
			t.Errorf("no message for the actor %q", a)
		}
	}
}

// TestPeriod pins the deck's period: the meeting of 111年5月19日, whose
// table compares 110年第4季 with 111年第2季 (the previous meeting's day is
// not in the deck, and none is printed), reports 111年1月至5月, 111年第1季 whole and
// 111年第2季 up to the meeting day, never 111年第1季 alone.
func TestPeriod(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(nil, &out, &errs); code != 0 {
		t.Fatalf("run = %d: %s", code, errs.String())
	}
	for _, want := range []string{
		"前次報告季別：110年第4季（依簡報「本部各機關(單位)資料開放情形」表所比較之季別；前次會議日期簡報未載）",
		"  範例需求（非簡報所載，示其分流）：\n  R1 ",
		"本次報告期間：111年1月至5月（111年1月1日至111年5月19日，計139日）",
		"  111年第1季：全季\n  111年第2季：截至111年5月19日\n",
		"行政院諮詢小組，111年第2季",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "110年12月10日") {
		t.Errorf("output prints a previous meeting's day the deck does not give:\n%s", out.String())
	}
	if strings.Contains(out.String(), "111年第3季") || strings.Contains(out.String(), "110年第4季：") {
		t.Errorf("output reports a quarter outside the period:\n%s", out.String())
	}
	out.Reset()
	if code := run([]string{"-date", "112.8.17", "-prev", "112.3.9"}, &out, &errs); code != 0 ||
		!strings.Contains(out.String(), "112年4月至8月（112年4月1日至112年8月17日，計139日）") {
		t.Errorf("-date 112.8.17 -prev 112.3.9: %d\n%s", code, out.String())
	}
	for _, args := range [][]string{{"-prev", "111.5.19"}, {"-prev", "111.4.1"}, {"-prev", "111.2.30"}, {"-date", "民國前1年12月31日", "-prev", "111.1.1"}} {
		errs.Reset()
		if code := run(args, &out, &errs); code != 2 || errs.Len() == 0 {
			t.Errorf("run(%q) = %d, %q; want 2 and a reason", args, code, errs.String())
		}
	}
}

func TestRun(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"-date", "112.8.17"}, &out, &errs); code != 0 || !strings.Contains(out.String(), "112年第2季") {
		t.Errorf("-date 112.8.17: %d\n%s", code, out.String())
	}
	out.Reset()
	if code := run([]string{"-lang", "en-GB", "-date", "112.8.17"}, &out, &errs); code != 0 || !strings.Contains(out.String(), "Q2 2023") {
		t.Errorf("-lang en-GB: %d\n%s", code, out.String())
	}
	for _, args := range [][]string{{"-date", "111.2.30"}, {"-x"}, {"-lang", "!!"}} {
		if code := run(args, &out, &errs); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
}
