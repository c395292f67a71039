package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run(nil, &out, &errs); code != 0 {
		t.Fatalf("run = %d: %s", code, errs.String())
	}
	for _, want := range []string{
		"中華民國111年5月19日",
		"審查季別: 111年第1季, 111年1月至3月, 90 days",
		"應按季檢視該機關與所屬機關提報之盤點資料及民間需求之回應說明",
		"R1 下載連結失效 (下載連結問題): 涉機關業務流程或資訊系統問題者，應排定改善期程，定期追蹤列管",
		"R3 請開放跨部會之通報資料 (建議新增資料集): 涉跨部會法規疑義者，應提報行政院諮詢小組",
		"應按季提報該機關與所屬機關資料開放推動成果送行政院諮詢小組備查",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if code := run([]string{"-date", "112.8.17"}, &out, &errs); code != 0 || !strings.Contains(out.String(), "112年第2季") {
		t.Errorf("-date 112.8.17: %d\n%s", code, out.String())
	}
	for _, args := range [][]string{{"-date", "111.2.30"}, {"-x"}} {
		if code := run(args, &out, &errs); code != 2 {
			t.Errorf("run(%q) = %d, want 2", args, code)
		}
	}
}
