package content

import (
	"encoding/binary"
	"errors"
	"fmt"
	"time"
)

// The directory is about half of the pre-parsed content (104 files, some 700 contacts of
// ten strings each) and, decoded by gob, three fifths of the start-up load: one allocation
// and one copy per string. It is kept apart in snapshot_dir.bin, a flat encoding embedded
// as a string (read-only, never copied), so that every decoded string is a substring of it.
//
// Format: uvarint counts and lengths, strings as uvarint length then bytes, dates as
// uvarint (0 for none, else Unix seconds + 1, always a UTC midnight as time.Parse gives).
// A file: Department, Commune, Name, Reviewed, File, contact count, then per contact
// Name, Role, Phone, Address, Hours, Web, Email, item count and items, Source, Checked,
// Department, File, Line.

// dirMagic starts snapshot_dir.bin: a version, so that a stale file is an error.
const dirMagic = "aidants-annuaire-1\n"

type dirWriter struct{ b []byte }

func (w *dirWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *dirWriter) str(s string)  { w.uint(uint64(len(s))); w.b = append(w.b, s...) }
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

// encodeDirectory writes the directory files in the format above.
func encodeDirectory(files []*DirectoryFile) ([]byte, error) {
	w := &dirWriter{b: []byte(dirMagic)}
	w.uint(uint64(len(files)))
	for _, f := range files {
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
			w.uint(uint64(len(c.Items)))
			for _, it := range c.Items {
				w.str(it)
			}
			w.str(c.Source)
			if err := w.date(c.Checked); err != nil {
				return nil, fmt.Errorf("%s:%d : %v", f.File, c.Line, err)
			}
			w.str(c.Department)
			w.str(c.File)
			if c.Line < 0 {
				return nil, fmt.Errorf("%s : ligne %d", f.File, c.Line)
			}
			w.uint(uint64(c.Line))
		}
	}
	return w.b, nil
}

var errDirectory = errors.New("snapshot_dir.bin illisible (relancez go generate ./content)")

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

func (r *dirReader) date() Date {
	v := r.uint()
	if v == 0 {
		return Date{}
	}
	return Date{time.Unix(int64(v-1), 0).UTC()}
}

// decodeDirectory reads snapshot_dir.bin; the strings it returns share s's memory.
func decodeDirectory(s string) ([]*DirectoryFile, error) {
	if len(s) < len(dirMagic) || s[:len(dirMagic)] != dirMagic {
		return nil, errDirectory
	}
	r := &dirReader{s: s[len(dirMagic):]}
	n := r.count(7)
	files := make([]DirectoryFile, n)
	out := make([]*DirectoryFile, n)
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
			if k := r.count(1); k > 0 {
				c.Items = make([]string, k)
				for x := range c.Items {
					c.Items[x] = r.str()
				}
			}
			c.Source = r.str()
			c.Checked = r.date()
			c.Department, c.File = r.str(), r.str()
			c.Line = int(r.uint())
		}
		out[i] = f
		if r.err {
			return nil, errDirectory
		}
	}
	if r.err || len(r.s) != 0 {
		return nil, errDirectory
	}
	return out, nil
}
