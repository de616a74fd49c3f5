package content

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"io/fs"
	"sort"

	"aidants/rules"
)

// The embedded content is also kept pre-parsed in snapshot.gob, so that start-up decodes
// it in about a millisecond instead of parsing some fifty YAML headers (about 14 ms on the
// reference machine). The Markdown and YAML files stay the source of truth:
// `go generate ./content` rewrites the snapshot, and TestSnapshotIsFresh fails when it is
// out of date.

//go:generate go run ./gen

// preparsed is the pre-parsed content. It holds no map, so its encoding is deterministic.
type preparsed struct {
	Params    []*rules.Param
	Fiches    []*Fiche
	Glossary  []GlossaryEntry
	Directory []*DirectoryFile
	Letters   []*Letter
}

// parseAll reads and checks every source file into a snapshot.
func parseAll(fsys fs.FS) (*preparsed, Problems) {
	var probs Problems
	snap := &preparsed{}
	params, ps := loadParams(fsys)
	probs = append(probs, ps...)
	snap.Params = params

	files, _ := fs.Glob(fsys, "fiches/*.md")
	for _, name := range files {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			probs = append(probs, Problem{File: name, Message: err.Error()})
			continue
		}
		f, ps := ParseFiche(name, b)
		probs = append(probs, ps...)
		if f != nil {
			snap.Fiches = append(snap.Fiches, f)
		}
	}
	if b, err := fs.ReadFile(fsys, "glossaire.yaml"); err == nil {
		g, ps := ParseGlossary("glossaire.yaml", b)
		probs = append(probs, ps...)
		snap.Glossary = g
	} else {
		probs = append(probs, Problem{File: "glossaire.yaml", Message: "fichier absent"})
	}
	dirs, _ := fs.Glob(fsys, "annuaire/*.yaml")
	for _, name := range dirs {
		b, _ := fs.ReadFile(fsys, name)
		d, ps := ParseDirectory(name, b)
		probs = append(probs, ps...)
		if d != nil {
			snap.Directory = append(snap.Directory, d)
		}
	}
	letters, _ := fs.Glob(fsys, "lettres/*.md")
	for _, name := range letters {
		b, _ := fs.ReadFile(fsys, name)
		l, ps := ParseLetter(name, b)
		probs = append(probs, ps...)
		if l != nil {
			snap.Letters = append(snap.Letters, l)
		}
	}
	return snap, probs
}

// build turns a snapshot into a content set.
func (snap *preparsed) build() (*Set, Problems) {
	var probs Problems
	set := &Set{Fiches: map[string]*Fiche{}, Letters: map[string]*Letter{}, Glossary: snap.Glossary, Directory: &Directory{}}
	if p, err := rules.NewParams(snap.Params); err != nil {
		probs = append(probs, Problem{File: "parametres", Message: err.Error()})
	} else {
		set.Params = p
	}
	for _, f := range snap.Fiches {
		if _, dup := set.Fiches[f.ID]; dup {
			probs = append(probs, Problem{File: f.File, Line: 2, Message: fmt.Sprintf("id %q déjà utilisé par une autre fiche", f.ID)})
			continue
		}
		set.Fiches[f.ID] = f
		set.FicheIDs = append(set.FicheIDs, f.ID)
	}
	sort.Strings(set.FicheIDs)
	for _, d := range snap.Directory {
		set.Directory.Add(d)
	}
	for _, l := range snap.Letters {
		set.Letters[l.ID] = l
		set.LetterIDs = append(set.LetterIDs, l.ID)
	}
	sort.Strings(set.LetterIDs)
	return set, probs
}

// encodeSnapshot parses the sources of fsys into the bytes of snapshot.gob.
func encodeSnapshot(fsys fs.FS) ([]byte, error) {
	snap, probs := parseAll(fsys)
	if len(probs) > 0 {
		return nil, probs
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(snap); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// GenerateSnapshot returns the snapshot of the embedded sources (for go generate).
func GenerateSnapshot(fsys fs.FS) ([]byte, error) { return encodeSnapshot(fsys) }

// loadSnapshot decodes the embedded snapshot; ok is false when there is none.
func loadSnapshot() (*Set, error, bool) {
	b, err := embedded.ReadFile("snapshot.gob")
	if err != nil || len(b) == 0 {
		return nil, nil, false
	}
	var snap preparsed
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&snap); err != nil {
		return nil, nil, false // unreadable snapshot: parse the sources instead
	}
	set, probs := snap.build()
	if len(probs) > 0 {
		return set, probs, true
	}
	return set, nil, true
}
