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

// ErrBadTarget is the kind of a TargetError: test it with errors.Is.
var ErrBadTarget = errors.New("destination d'export refusée")

// TargetError is an export destination that is not a regular file nor a new path.
type TargetError struct{ Message string }

func (e *TargetError) Error() string { return e.Message }
func (e *TargetError) Unwrap() error { return ErrBadTarget }

// CheckExportTarget says whether a plan may be written to path: a new path, or an existing
// regular file (directly or through a symbolic link). A folder, a device (/dev/null, a
// disk), a named pipe, a socket, or a link to one of them is refused, with or without
// --force: replacing it by a file (the rename of WriteFileSafe) would break the system or
// send health information where nobody expects it. The command line (exporter) and the
// guide (its export screen) both write through WriteFileSafe, which calls this first.
func CheckExportTarget(path string) error {
	if path == "" {
		return &TargetError{"aucun nom de fichier donné"}
	}
	fi, err := os.Lstat(path)
	if err != nil {
		return nil // a new path (the folder is checked when writing)
	}
	what := ""
	if fi.Mode()&os.ModeSymlink != 0 {
		target, err := os.Stat(path)
		if err != nil {
			return &TargetError{fmt.Sprintf("%s est un lien symbolique vers un fichier absent : donnez un autre nom de fichier", path)}
		}
		fi, what = target, "un lien vers "
	}
	m := fi.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return &TargetError{fmt.Sprintf("%s est %sun dossier : donnez un nom de fichier, par exemple %s", path, what, filepath.Join(path, "plan-aidants.html"))}
	case m&os.ModeDevice != 0 || m&os.ModeCharDevice != 0:
		what += "un périphérique"
	case m&os.ModeNamedPipe != 0:
		what += "un tube (FIFO)"
	case m&os.ModeSocket != 0:
		what += "une socket"
	default:
		what += "un fichier spécial"
	}
	return &TargetError{fmt.Sprintf("%s est %s, pas un fichier ordinaire : le plan ne s'écrit que dans un fichier ordinaire ou un nouveau fichier, même avec --force", path, what)}
}

// WriteFileSafe writes data to path atomically (a temporary file in the same folder, then a
// rename), with mode 0600 since the plan holds health information. It refuses to replace
// an existing file unless force is set, and leaves no partial file on failure.
func WriteFileSafe(path string, data []byte, force bool) error {
	if err := CheckExportTarget(path); err != nil {
		return err
	}
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
	// checked again right before the rename: the destination may have changed while the
	// plan was written (a FIFO or a device put in its place)
	if err := CheckExportTarget(path); err != nil {
		return err
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("impossible de créer %s", path)
	}
	ok = true
	return nil
}
