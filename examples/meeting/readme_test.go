package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// The README's trimmed copy of the report is the report's: each of its
// lines is a line the program prints, so that the README stays true.
func TestReadmeCopy(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "A trimmed copy:\n\n```\n")
	if !ok {
		t.Fatal("the README has no trimmed copy of the report")
	}
	block, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("the README's trimmed copy is not closed")
	}
	var out, errs bytes.Buffer
	if code := run(nil, &out, &errs); code != 0 {
		t.Fatalf("run = %d, stderr: %s", code, errs.String())
	}
	printed := map[string]bool{}
	for _, l := range strings.Split(out.String(), "\n") {
		printed[l] = true
	}
	n := 0
	for _, l := range strings.Split(block, "\n") {
		if l == "" {
			continue
		}
		n++
		if !printed[l] {
			t.Errorf("the README shows a line the report does not print:\n%s", l)
		}
	}
	if n < 10 {
		t.Errorf("only %d lines in the README's copy", n)
	}
}
