//go:build ignore

// Gen writes tables.go, the statute tables of package lawdata, from the
// national law database's JSON files: index.json and one folder of version
// files per law. It is run by go generate in this directory:
//
//	go run gen.go [-laws dir] [-o file]
//
// -laws defaults to ../../../shared/laws, the data folder beside the
// repository; -o defaults to tables.go. Lines whose 款 or 目 numbering is out
// of sequence are listed on standard error; they are kept as text.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ogdtw/governance/internal/lawdata/lawgen"
)

func main() {
	laws := flag.String("laws", filepath.Join("..", "..", "..", "shared", "laws"), "folder holding index.json and the law versions")
	out := flag.String("o", "tables.go", "file to write")
	flag.Parse()
	d, err := lawgen.Read(os.DirFS(*laws))
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, o := range d.Odd {
		fmt.Fprintln(os.Stderr, "gen: out of sequence:", o)
	}
	src, err := lawgen.Render(d)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
