package guide

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ExportFormat is a format of the printable plan.
type ExportFormat string

const (
	FormatHTML     ExportFormat = "html"
	FormatMarkdown ExportFormat = "markdown"
	FormatText     ExportFormat = "texte"
	// FormatCase is the situation itself (the input JSON of DESIGN), to reopen the case
	// later with `aidants --profil FICHIER` or to evaluate it again.
	FormatCase ExportFormat = "dossier"
)

// ParseExportFormat reads html, markdown, texte or dossier.
func ParseExportFormat(s string) (ExportFormat, bool) {
	switch ExportFormat(s) {
	case FormatHTML, FormatMarkdown, FormatText, FormatCase:
		return ExportFormat(s), true
	}
	return "", false
}

// ExportOptions tune an export.
type ExportOptions struct {
	Label string // optional case label, no names needed
	Short bool   // the few-page version (TextOptions.Short)
}

// Export renders the plan for printing or sending: everything an agent and a family need,
// the letter templates that apply filled in, and the sources.
func (g *Guide) Export(p *Plan, f ExportFormat, opt ExportOptions) []byte {
	switch f {
	case FormatMarkdown:
		return []byte(buildDocument(p, g, TextOptions{Label: opt.Label, NotEligible: true, Full: true, Short: opt.Short}).markdown())
	case FormatHTML:
		return []byte(g.HTML(p, opt))
	case FormatCase:
		b, _ := json.MarshalIndent(p.Situation, "", "  ")
		return append(b, '\n')
	}
	return []byte(buildDocument(p, g, TextOptions{Width: ExportWidth, Label: opt.Label, NotEligible: true, Full: true, Short: opt.Short}).text(ExportWidth))
}

// ExportWidth is the widest line of the text export: e-mail and SMS.
const ExportWidth = 72

// syncFile flushes the temporary file to the disk; tests replace it to fail a write halfway.
var syncFile = (*os.File).Sync

// ErrExists is returned when the export file exists and overwriting was not asked.
var ErrExists = errors.New("le fichier existe déjà (ajoutez --force pour le remplacer)")

// WriteFileSafe writes data to path atomically (a temporary file in the same folder, then a
// rename), with mode 0600 since the plan holds health information. It refuses to replace
// an existing file unless force is set, and leaves no partial file on failure.
func WriteFileSafe(path string, data []byte, force bool) error {
	if !force {
		if _, err := os.Lstat(path); err == nil {
			return ErrExists
		}
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("le dossier %s n'existe pas", dir)
	}
	tmp, err := os.CreateTemp(dir, ".aidants-*.tmp")
	if err != nil {
		return fmt.Errorf("impossible d'écrire dans le dossier %s (droits d'écriture ?)", dir)
	}
	name := tmp.Name()
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	if err := tmp.Chmod(0o600); err != nil {
		return errors.New("impossible de protéger le fichier (droits 0600)")
	}
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("écriture impossible (disque plein ?)")
	}
	if err := syncFile(tmp); err != nil {
		return errors.New("écriture impossible (disque plein ou retiré ?)")
	}
	if err := tmp.Close(); err != nil {
		return errors.New("écriture impossible (disque plein ou retiré ?)")
	}
	if !force {
		// a file created meanwhile is still not replaced: link fails if it exists
		if err := os.Link(name, path); err != nil {
			if _, e := os.Lstat(path); e == nil {
				return ErrExists
			}
			if err := os.Rename(name, path); err != nil {
				return fmt.Errorf("impossible de créer %s", path)
			}
		}
		os.Remove(name)
		ok = true
		return nil
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("impossible de créer %s", path)
	}
	ok = true
	return nil
}
