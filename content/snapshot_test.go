package content

import (
	"bytes"
	"testing"
)

// The committed snapshot.gob must be exactly what the sources give: otherwise run
// `go generate ./content`.
func TestSnapshotIsFresh(t *testing.T) {
	want, err := encodeSnapshot(embedded)
	if err != nil {
		t.Fatalf("embedded content invalid: %v", err)
	}
	got, _ := embedded.ReadFile("snapshot.gob")
	if !bytes.Equal(got, want) {
		t.Fatal("content/snapshot.gob is out of date: run `go generate ./content` (make does it before build and test)")
	}
	set, err, ok := loadSnapshot()
	if !ok || err != nil {
		t.Fatalf("snapshot unreadable: %v", err)
	}
	src, err := LoadFS(embedded)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Fiches) != len(src.Fiches) || len(set.Glossary) != len(src.Glossary) || len(set.Params.All()) != len(src.Params.All()) {
		t.Fatal("snapshot and sources differ")
	}
}

func BenchmarkLoadSnapshot(b *testing.B) {
	for b.Loop() {
		if _, err, _ := loadSnapshot(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadSources(b *testing.B) {
	for b.Loop() {
		if _, err := LoadFS(embedded); err != nil {
			b.Fatal(err)
		}
	}
}
