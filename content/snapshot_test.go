package content

import (
	"bytes"
	"io/fs"
	"testing"
)

// sources reads the content sources of this folder (they are not embedded).
func sources(t testing.TB) fs.FS {
	t.Helper()
	fsys, err := SourceFS(".")
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

// The committed snapshot.gob must be exactly what the sources give: otherwise run
// `go generate ./content`.
func TestSnapshotIsFresh(t *testing.T) {
	src := sources(t)
	want, err := encodeSnapshot(src)
	if err != nil {
		t.Fatalf("content invalid: %v", err)
	}
	if !bytes.Equal(snapshotGob, want) {
		t.Fatal("content/snapshot.gob is out of date: run `go generate ./content` (make does it before build and test)")
	}
	set, err := loadSnapshot(snapshotGob)
	if err != nil {
		t.Fatalf("snapshot unreadable: %v", err)
	}
	parsed, err := LoadFS(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Fiches) != len(parsed.Fiches) || len(set.Glossary) != len(parsed.Glossary) || len(set.Params.All()) != len(parsed.Params.All()) {
		t.Fatal("snapshot and sources differ")
	}
}

// A damaged snapshot is an error (a broken build), never a crash.
func TestSnapshotUnreadable(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("pas un gob"), snapshotGob[:len(snapshotGob)/2]} {
		if _, err := loadSnapshot(b); err == nil {
			t.Errorf("a snapshot of %d bytes read without error", len(b))
		}
	}
}

func BenchmarkLoadSnapshot(b *testing.B) {
	for b.Loop() {
		if _, err := loadSnapshot(snapshotGob); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadSources(b *testing.B) {
	src := sources(b)
	for b.Loop() {
		if _, err := LoadFS(src); err != nil {
			b.Fatal(err)
		}
	}
}
