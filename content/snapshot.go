package content

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"io/fs"
	"sort"

	"aidants/rules"
)

// The embedded content is kept pre-parsed in snapshot.gob, so that start-up decodes it in
// about a millisecond instead of parsing some fifty YAML headers (about 14 ms on the
// reference machine). The Markdown and YAML files of this folder are the source of truth
// and are not embedded: `go generate ./content` rewrites the snapshot from them, and
// TestSnapshotIsFresh fails when it is out of date.

//go:generate go run ./gen

// preparsed is the pre-parsed content. It holds no map, so its encoding is deterministic.
// Only the parameters go through gob (snapshot.gob); the unexported fields, which gob
// skips, are in snapshot_flat.bin (see snapshot_flat.go).
type preparsed struct {
	Params    []*rules.Param
	fiches    []*Fiche
	glossary  []GlossaryEntry
	directory []*DirectoryFile
	letters   []*Letter
}

// parseAll reads and checks every source file into a snapshot.
func parseAll(fsys fs.FS) (*preparsed, Problems) {
	var probs Problems
	snap := &preparsed{}
	params, ps := loadParams(fsys)
	probs = append(probs, ps...)
	snap.Params = params

	snap.fiches = parseGlob(fsys, "fiches/*.md", ParseFiche, &probs)
	if b, err := fs.ReadFile(fsys, "glossaire.yaml"); err == nil {
		g, ps := ParseGlossary("glossaire.yaml", b)
		probs = append(probs, ps...)
		snap.glossary = g
	} else {
		probs = append(probs, Problem{File: "glossaire.yaml", Message: "fichier absent"})
	}
	snap.directory = parseGlob(fsys, "annuaire/*.yaml", ParseDirectory, &probs)
	snap.letters = parseGlob(fsys, "lettres/*.md", ParseLetter, &probs)
	return snap, probs
}

// parseGlob parses every file matching pattern, keeping what parsed and adding the
// problems (an unreadable file is one).
func parseGlob[T any](fsys fs.FS, pattern string, parse func(string, []byte) (*T, Problems), probs *Problems) []*T {
	names, _ := fs.Glob(fsys, pattern)
	var out []*T
	for _, name := range names {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			*probs = append(*probs, Problem{File: name, Message: err.Error()})
			continue
		}
		v, ps := parse(name, b)
		*probs = append(*probs, ps...)
		if v != nil {
			out = append(out, v)
		}
	}
	return out
}

// build turns a snapshot into a content set.
func (snap *preparsed) build() (*Set, Problems) {
	var probs Problems
	set := &Set{Fiches: map[string]*Fiche{}, Letters: map[string]*Letter{}, Glossary: snap.glossary, Directory: &Directory{}}
	if p, err := rules.NewParams(snap.Params); err != nil {
		probs = append(probs, Problem{File: "parametres", Message: err.Error()})
	} else {
		set.Params = p
	}
	for _, f := range snap.fiches {
		if _, dup := set.Fiches[f.ID]; dup {
			probs = append(probs, Problem{File: f.File, Line: 2, Message: fmt.Sprintf("id %q déjà utilisé par une autre fiche", f.ID)})
			continue
		}
		set.Fiches[f.ID] = f
		set.FicheIDs = append(set.FicheIDs, f.ID)
	}
	sort.Strings(set.FicheIDs)
	for _, d := range snap.directory {
		set.Directory.Add(d)
	}
	for _, l := range snap.letters {
		set.Letters[l.ID] = l
		set.LetterIDs = append(set.LetterIDs, l.ID)
	}
	sort.Strings(set.LetterIDs)
	return set, probs
}

// encodeSnapshot parses the sources of fsys into the bytes of snapshot.gob and of
// snapshot_flat.bin.
func encodeSnapshot(fsys fs.FS) (gobBytes, dirBytes []byte, err error) {
	snap, probs := parseAll(fsys)
	if len(probs) > 0 {
		return nil, nil, probs
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(snap); err != nil {
		return nil, nil, err
	}
	dir, err := encodeFlat(snap)
	if err != nil {
		return nil, nil, err
	}
	return buf.Bytes(), dir, nil
}

// GenerateSnapshot returns snapshot.gob and snapshot_flat.bin for the sources in fsys (for
// go generate).
func GenerateSnapshot(fsys fs.FS) (gobBytes, dirBytes []byte, err error) {
	return encodeSnapshot(fsys)
}

// loadSnapshot decodes a snapshot (snapshot.gob and snapshot_flat.bin). The embedded one is
// checked by TestSnapshotIsFresh, so an error here means a broken build (a snapshot written
// by another version of the types).
func loadSnapshot(b []byte, flat string) (*Set, error) {
	var snap preparsed
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&snap); err != nil {
		return nil, fmt.Errorf("snapshot.gob illisible (relancez go generate ./content) : %v", err)
	}
	if err := decodeFlat(flat, &snap); err != nil {
		return nil, err
	}
	set, probs := snap.build()
	if len(probs) > 0 {
		return set, probs
	}
	return set, nil
}
