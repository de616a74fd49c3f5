package content

import (
	"bytes"
	"encoding/gob"
	"io/fs"
	"reflect"
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
	want, wantFlat, err := encodeSnapshot(src)
	if err != nil {
		t.Fatalf("content invalid: %v", err)
	}
	if !bytes.Equal(snapshotGob, want) {
		t.Fatal("content/snapshot.gob is out of date: run `go generate ./content` (make does it before build and test)")
	}
	if snapshotFlat != string(wantFlat) {
		t.Fatal("content/snapshot_flat.bin is out of date: run `go generate ./content` (make does it before build and test)")
	}
	set, err := loadSnapshot(snapshotGob, snapshotFlat)
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
	if !reflect.DeepEqual(set.Directory, parsed.Directory) {
		t.Fatal("the directory of the snapshot and of the sources differ")
	}
}

// What the flat encoding gives back is, field for field (dates and nil lists included),
// what gob gave when it held everything; and every truncation of the encoding is an error.
func TestSnapshotFlatRoundTrip(t *testing.T) {
	snap, probs := parseAll(sources(t))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	b, err := encodeFlat(snap)
	if err != nil {
		t.Fatal(err)
	}
	var got preparsed
	if err := decodeFlat(string(b), &got); err != nil {
		t.Fatal(err)
	}
	type all struct {
		Fiches    []*Fiche
		Glossary  []GlossaryEntry
		Directory []*DirectoryFile
		Letters   []*Letter
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(all{snap.fiches, snap.glossary, snap.directory, snap.letters}); err != nil {
		t.Fatal(err)
	}
	var viaGob all
	if err := gob.NewDecoder(&buf).Decode(&viaGob); err != nil {
		t.Fatal(err)
	}
	if len(got.fiches) == 0 || len(got.glossary) == 0 || len(got.directory) == 0 || len(got.letters) == 0 {
		t.Fatal("a section of the flat snapshot is empty")
	}
	for name, pair := range map[string][2]any{
		"fiches":    {got.fiches, viaGob.Fiches},
		"glossary":  {got.glossary, viaGob.Glossary},
		"directory": {got.directory, viaGob.Directory},
		"letters":   {got.letters, viaGob.Letters},
	} {
		if !reflect.DeepEqual(pair[0], pair[1]) {
			t.Errorf("%s: the flat snapshot differs from gob's", name)
		}
	}
	for _, n := range []int{0, 5, len(flatMagic), len(b) / 3, len(b) / 2, len(b) - 1} {
		if err := decodeFlat(string(b[:n]), &preparsed{}); err == nil {
			t.Errorf("a flat snapshot cut at %d of %d bytes read without error", n, len(b))
		}
	}
	if err := decodeFlat(string(b)+"x", &preparsed{}); err == nil {
		t.Error("a flat snapshot with trailing bytes read without error")
	}
}

// A damaged snapshot is an error (a broken build), never a crash.
func TestSnapshotUnreadable(t *testing.T) {
	for _, b := range [][]byte{nil, []byte("pas un gob"), snapshotGob[:len(snapshotGob)/2]} {
		if _, err := loadSnapshot(b, snapshotFlat); err == nil {
			t.Errorf("a snapshot of %d bytes read without error", len(b))
		}
	}
	for _, d := range []string{"", "pas un instantané", snapshotFlat[:len(snapshotFlat)/2]} {
		if _, err := loadSnapshot(snapshotGob, d); err == nil {
			t.Errorf("a flat snapshot of %d bytes read without error", len(d))
		}
	}
}

func BenchmarkLoadSnapshot(b *testing.B) {
	for b.Loop() {
		if _, err := loadSnapshot(snapshotGob, snapshotFlat); err != nil {
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

// A contact with the name of one already there replaces it, across files and within one
// file, whether or not the list was empty (merge takes a file's contacts as they are when
// nothing is to be replaced).
func TestDirectoryAddReplacesByName(t *testing.T) {
	var d Directory
	d.Add(&DirectoryFile{Department: "23", Contacts: []Contact{{Name: "A", Phone: "1"}, {Name: "B", Phone: "2"}}})
	d.Add(&DirectoryFile{Department: "23", Contacts: []Contact{{Name: "A", Phone: "3"}, {Name: "C", Phone: "4"}}})
	d.Add(&DirectoryFile{Department: "87", Contacts: []Contact{{Name: "A", Phone: "5"}, {Name: "A", Phone: "6"}}})
	var got []string
	for _, dep := range []string{"23", "87"} {
		for _, c := range d.ByDepartment[dep] {
			got = append(got, dep+":"+c.Name+c.Phone)
		}
	}
	if want := []string{"23:A3", "23:B2", "23:C4", "87:A6"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	c := d.Clone()
	c.Add(&DirectoryFile{Department: "23", Contacts: []Contact{{Name: "B", Phone: "7"}}})
	if d.ByDepartment["23"][1].Phone != "2" || c.ByDepartment["23"][1].Phone != "7" {
		t.Fatal("a file added to a clone changed the original directory")
	}
}
