package content

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// Everything of the pre-parsed content but the parameters is kept apart from the gob in
// snapshot_flat.bin, a flat encoding embedded as a string (read-only, never copied), so
// that every decoded string (a fiche's Markdown body, a contact's phone) is a substring of
// it: no allocation nor copy per string. Decoded by gob, the directory alone (104 files,
// some 700 contacts of ten strings each) was three fifths of the start-up load and the
// fiches (171 KB of bodies) most of the rest.
//
// Format: uvarint counts and lengths, strings as uvarint length then bytes, dates as
// uvarint (0 for none, else Unix seconds + 1, always a UTC midnight as time.Parse gives),
// string lists as a count then strings. Sections in order, each a count then records:
// fiches (ID, Title, Summary, Audience, LegalBasis, Sources: Title URL Checked, Reviewed,
// Steps: Text Where Deadline Documents OnlyIf SkipIf, Body, File, BodyLine), glossary
// (Acronym, Meaning, Fiche), directory files (Department, Commune, Name, Reviewed, File,
// Contacts: Name Role Phone Address Hours Web Email Items Source Checked Department File
// Line), letters (ID, Title, Items, Reviewed, LegalBasis, Body, File, BodyLine).

// flatMagic starts snapshot_flat.bin: a version, so that a stale file is an error.
const flatMagic = "aidants-instantane-2\n"

type dirWriter struct{ b []byte }

func (w *dirWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *dirWriter) str(s string)  { w.uint(uint64(len(s))); w.b = append(w.b, s...) }
func (w *dirWriter) strs(l []string) {
	w.uint(uint64(len(l)))
	for _, s := range l {
		w.str(s)
	}
}
func (w *dirWriter) line(n int) error {
	if n < 0 {
		return fmt.Errorf("ligne %d", n)
	}
	w.uint(uint64(n))
	return nil
}
func (w *dirWriter) date(d Date) error {
	if d.IsZero() {
		w.uint(0)
		return nil
	}
	if d.Location() != time.UTC || d.Truncate(24*time.Hour) != d.Time || !d.Equal(time.Unix(d.Unix(), 0)) {
		return fmt.Errorf("date %v : attendu un jour à minuit UTC", d.Time)
	}
	w.uint(uint64(d.Unix()) + 1)
	return nil
}

// encodeFlat writes everything of snap but the parameters in the format above.
func encodeFlat(snap *preparsed) ([]byte, error) {
	w := &dirWriter{b: []byte(flatMagic)}
	w.uint(uint64(len(snap.fiches)))
	for _, f := range snap.fiches {
		w.str(f.ID)
		w.str(f.Title)
		w.str(f.Summary)
		w.str(f.Audience)
		w.strs(f.LegalBasis)
		w.uint(uint64(len(f.Sources)))
		for _, s := range f.Sources {
			w.str(s.Title)
			w.str(s.URL)
			if err := w.date(s.Checked); err != nil {
				return nil, fmt.Errorf("%s : %v", f.File, err)
			}
		}
		if err := w.date(f.Reviewed); err != nil {
			return nil, fmt.Errorf("%s : %v", f.File, err)
		}
		w.uint(uint64(len(f.Steps)))
		for _, st := range f.Steps {
			w.str(st.Text)
			w.str(st.Where)
			w.str(st.Deadline)
			w.strs(st.Documents)
			w.strs(st.OnlyIf)
			w.strs(st.SkipIf)
		}
		w.str(f.Body)
		w.str(f.File)
		if err := w.line(f.BodyLine); err != nil {
			return nil, fmt.Errorf("%s : %v", f.File, err)
		}
	}
	w.uint(uint64(len(snap.glossary)))
	for _, g := range snap.glossary {
		w.str(g.Acronym)
		w.str(g.Meaning)
		w.str(g.Fiche)
	}
	w.uint(uint64(len(snap.directory)))
	for _, f := range snap.directory {
		w.str(f.Department)
		w.str(f.Commune)
		w.str(f.Name)
		if err := w.date(f.Reviewed); err != nil {
			return nil, fmt.Errorf("%s : %v", f.File, err)
		}
		w.str(f.File)
		w.uint(uint64(len(f.Contacts)))
		for _, c := range f.Contacts {
			for _, s := range [...]string{c.Name, c.Role, c.Phone, c.Address, c.Hours, c.Web, c.Email} {
				w.str(s)
			}
			w.strs(c.Items)
			w.str(c.Source)
			if err := w.date(c.Checked); err != nil {
				return nil, fmt.Errorf("%s:%d : %v", f.File, c.Line, err)
			}
			w.str(c.Department)
			w.str(c.File)
			if err := w.line(c.Line); err != nil {
				return nil, fmt.Errorf("%s : %v", f.File, err)
			}
		}
	}
	w.uint(uint64(len(snap.letters)))
	for _, l := range snap.letters {
		w.str(l.ID)
		w.str(l.Title)
		w.strs(l.Items)
		if err := w.date(l.Reviewed); err != nil {
			return nil, fmt.Errorf("%s : %v", l.File, err)
		}
		w.strs(l.LegalBasis)
		w.str(l.Body)
		w.str(l.File)
		if err := w.line(l.BodyLine); err != nil {
			return nil, fmt.Errorf("%s : %v", l.File, err)
		}
	}
	return w.b, nil
}

var errFlat = errors.New("snapshot_flat.bin illisible (relancez go generate ./content)")

type dirReader struct {
	s   string
	err bool
}

func (r *dirReader) uint() uint64 {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if len(r.s) == 0 || shift > 63 {
			r.err, r.s = true, ""
			return 0
		}
		c := r.s[0]
		r.s = r.s[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
}

// count reads a count of items of at least min bytes each, bounded by what is left.
func (r *dirReader) count(min int) int {
	n := r.uint()
	if n > uint64(len(r.s)/min) {
		r.err, r.s = true, ""
		return 0
	}
	return int(n)
}

func (r *dirReader) str() string {
	n := r.uint()
	if n > uint64(len(r.s)) {
		r.err, r.s = true, ""
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	if n == 0 {
		return ""
	}
	return s
}

// strs reads a string list (nil when empty, as gob gives).
func (r *dirReader) strs() []string {
	k := r.count(1)
	if k == 0 {
		return nil
	}
	l := make([]string, k)
	for i := range l {
		l[i] = r.str()
	}
	return l
}

func (r *dirReader) date() Date {
	v := r.uint()
	if v == 0 {
		return Date{}
	}
	return Date{time.Unix(int64(v-1), 0).UTC()}
}

// decodeFlat reads snapshot_flat.bin into snap; the strings share s's memory. Empty lists
// are nil, as gob gives them.
func decodeFlat(s string, snap *preparsed) error {
	if len(s) < len(flatMagic) || s[:len(flatMagic)] != flatMagic {
		return errFlat
	}
	r := &dirReader{s: s[len(flatMagic):]}

	fiches := make([]Fiche, r.count(10))
	snap.fiches = make([]*Fiche, len(fiches))
	for i := range fiches {
		f := &fiches[i]
		f.ID, f.Title, f.Summary, f.Audience = r.str(), r.str(), r.str(), r.str()
		f.LegalBasis = r.strs()
		if k := r.count(3); k > 0 {
			f.Sources = make([]Source, k)
			for j := range f.Sources {
				src := &f.Sources[j]
				src.Title, src.URL = r.str(), r.str()
				src.Checked = r.date()
			}
		}
		f.Reviewed = r.date()
		if k := r.count(6); k > 0 {
			f.Steps = make([]Step, k)
			for j := range f.Steps {
				st := &f.Steps[j]
				st.Text, st.Where, st.Deadline = r.str(), r.str(), r.str()
				st.Documents, st.OnlyIf, st.SkipIf = r.strs(), r.strs(), r.strs()
			}
		}
		f.Body, f.File = r.str(), r.str()
		f.BodyLine = int(r.uint())
		snap.fiches[i] = f
		if r.err {
			return errFlat
		}
	}

	if k := r.count(3); k > 0 {
		snap.glossary = make([]GlossaryEntry, k)
		for i := range snap.glossary {
			g := &snap.glossary[i]
			g.Acronym, g.Meaning, g.Fiche = r.str(), r.str(), r.str()
		}
	}

	files := make([]DirectoryFile, r.count(7))
	snap.directory = make([]*DirectoryFile, len(files))
	for i := range files {
		f := &files[i]
		f.Department, f.Commune, f.Name = r.str(), r.str(), r.str()
		f.Reviewed = r.date()
		f.File = r.str()
		if k := r.count(15); k > 0 {
			f.Contacts = make([]Contact, k)
		}
		for j := range f.Contacts {
			c := &f.Contacts[j]
			c.Name, c.Role, c.Phone, c.Address, c.Hours, c.Web, c.Email = r.str(), r.str(), r.str(), r.str(), r.str(), r.str(), r.str()
			c.Items = r.strs()
			c.Source = r.str()
			c.Checked = r.date()
			c.Department, c.File = r.str(), r.str()
			c.Line = int(r.uint())
		}
		snap.directory[i] = f
		if r.err {
			return errFlat
		}
	}

	letters := make([]Letter, r.count(8))
	snap.letters = make([]*Letter, len(letters))
	for i := range letters {
		l := &letters[i]
		l.ID, l.Title = r.str(), r.str()
		l.Items = r.strs()
		l.Reviewed = r.date()
		l.LegalBasis = r.strs()
		l.Body, l.File = r.str(), r.str()
		l.BodyLine = int(r.uint())
		snap.letters[i] = l
	}
	if r.err || len(r.s) != 0 {
		return errFlat
	}
	return nil
}
