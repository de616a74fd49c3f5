// Package content holds what a person reads and the dated figures: fiches (Markdown with
// YAML front matter), parameters, the directory of contacts, the glossary and letter
// templates. Everything is embedded, pre-parsed (snapshot.gob, written by `go generate
// ./content` from the Markdown and YAML sources of this folder); a user may add a directory
// file of their own.
package content

import (
	_ "embed"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"

	"aidants/rules"

	"gopkg.in/yaml.v3"
)

// snapshotGob is the embedded content, pre-parsed. The Markdown and YAML sources are not
// embedded as well (they were, until issue 18: about 1 MB of the binary read by nothing but
// the tests): the program only ever used the snapshot, and the sources are read from disk
// by the generator, the tests (SourceFS) and `contenu verifier --dir`.
//
//go:embed snapshot.gob
var snapshotGob []byte

// snapshotFlat is the embedded content but the parameters (see snapshot_flat.go), a
// string so that the decoded fiches, contacts, glossary and letters point into it
// without a copy.
//
//go:embed snapshot_flat.bin
var snapshotFlat string

// SourceFS reads the content sources of a folder laid out like this one (content/ of the
// repository, or a maintainer's copy): the fiches, parameters, directory, letters and
// glossary, nothing else (the files a pack carries). For the generator and the tests; the
// program itself reads the embedded snapshot.
func SourceFS(dir string) (fs.FS, error) {
	files, err := collectPackFiles(os.DirFS(dir))
	if err != nil {
		return nil, err
	}
	return mapFS(files), nil
}

// Date is a calendar day read from YAML as AAAA-MM-JJ.
type Date struct{ time.Time }

// UnmarshalYAML reads AAAA-MM-JJ.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(n.Value))
	if err != nil {
		return fmt.Errorf("ligne %d : date %q invalide (attendu AAAA-MM-JJ)", n.Line, n.Value)
	}
	d.Time = t
	return nil
}

// Problem is one error found in content, with its file and line.
type Problem struct {
	File    string
	Line    int
	Message string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d : %s", p.File, p.Line, p.Message)
	}
	return p.File + " : " + p.Message
}

// Problems is a list of content errors; it is an error when not empty.
type Problems []Problem

func (ps Problems) Error() string {
	s := make([]string, len(ps))
	for i, p := range ps {
		s[i] = p.String()
	}
	return strings.Join(s, "\n")
}

// Set is the loaded content.
type Set struct {
	Params    *rules.Params
	Fiches    map[string]*Fiche
	FicheIDs  []string // sorted
	Glossary  []GlossaryEntry
	Directory *Directory
	Letters   map[string]*Letter
	LetterIDs []string
}

var (
	loadOnce sync.Once
	loaded   *Set
	loadErr  error
)

// Load decodes the embedded content once; later calls return the same set.
func Load() (*Set, error) {
	loadOnce.Do(func() { loaded, loadErr = loadSnapshot(snapshotGob, snapshotFlat) })
	return loaded, loadErr
}

// MustLoad is Load for code that cannot run without the embedded content (it is
// verified by the tests, so this only fails on a broken build).
func MustLoad() *Set {
	s, err := Load()
	if err != nil {
		panic("contenu intégré invalide : " + err.Error())
	}
	return s
}

// LoadFS reads content from a file system laid out like the embedded one.
func LoadFS(fsys fs.FS) (*Set, error) {
	snap, probs := parseAll(fsys)
	set, ps := snap.build()
	probs = append(probs, ps...)
	if len(probs) > 0 {
		return set, probs
	}
	return set, nil
}

// LastReview is the most recent review date of any fiche.
func (s *Set) LastReview() (t time.Time) {
	for _, f := range s.Fiches {
		if f.Reviewed.After(t) {
			t = f.Reviewed.Time
		}
	}
	return t
}
