package lawgen

import (
	"io/fs"
	"testing/fstest"
)

// mapFS makes a file system of the given files and contents.
func mapFS(files map[string]string) fs.FS {
	m := fstest.MapFS{}
	for name, s := range files {
		m[name] = &fstest.MapFile{Data: []byte(s)}
	}
	return m
}
