//go:build ignore

// Gen writes tables.go, the statute tables of package lawdata, and
// shingles.bin beside it (the bigram sets of the provisions that changed
// between versions, for lineage; derived data, no text), from
// manifest.csv (the laws and the names they are cited by, committed) and
// the national law database's JSON files (one folder of version files per
// law, named by its PCode; not committed). It is run by go generate in this
// directory:
//
//	go run gen.go [-manifest file] [-laws dir] [-o file]
//
// -manifest defaults to manifest.csv; -laws defaults to ../../../shared/laws,
// the data folder beside the repository; -o defaults to tables.go. Adding a
// law is a line of the manifest (its format is described at its top) and
// its version files in the data folder. Lines whose 款 or 目 numbering is out
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
	manifest := flag.String("manifest", "manifest.csv", "the manifest of laws and names")
	laws := flag.String("laws", filepath.Join("..", "..", "..", "shared", "laws"), "folder holding index.json and the law versions")
	out := flag.String("o", "tables.go", "file to write")
	flag.Parse()
	m, err := os.ReadFile(*manifest)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	d, err := lawgen.Load(os.DirFS(*laws), m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, o := range d.Odd {
		fmt.Fprintln(os.Stderr, "gen: out of sequence:", o)
	}
	o, err := lawgen.Render(d)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, o.Tables, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(filepath.Join(filepath.Dir(*out), "shingles.bin"), o.Shingles, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}
