package main

import (
	"errors"
	"io"
	"path/filepath"

	"aidants/content"
	"aidants/guide"
)

func cmdExporter(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("exporter")
	profil := fs.String("profil", "", "")
	format := fs.String("format", "", "")
	sortie := fs.String("sortie", "", "")
	force := fs.Bool("force", false, "")
	short := fs.Bool("court", false, "")
	date := fs.String("date", "", "")
	label := fs.String("libelle", "", "")
	annuaire := fs.String("annuaire", "", "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	var err error
	if *profil == "" || *format == "" || *sortie == "" {
		return fail(stderr, "exporter", exitUsage, "--profil, --format et --sortie sont obligatoires")
	}
	if fs.NArg() > 0 {
		return fail(stderr, "exporter", exitUsage, "argument en trop : %q", clip(fs.Arg(0)))
	}
	if *label, err = content.CleanLabel(*label); err != nil {
		return fail(stderr, "exporter", exitUsage, "%v", err)
	}
	f, ok := guide.ParseExportFormat(*format)
	if !ok {
		return fail(stderr, "exporter", exitUsage, "--format : %q inconnu (attendu html, markdown, texte ou dossier)", clip(*format))
	}
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "exporter", exitUsage, "%v", err)
	}
	s, err := readSituation(*profil, stdin)
	if err != nil {
		return fail(stderr, "exporter", exitUsage, "%v", err)
	}
	g, err := loadGuide(*annuaire, stderr)
	if err != nil {
		return fail(stderr, "exporter", exitError, "%v", err)
	}
	p := g.Evaluate(s, d)
	b := g.Export(p, f, guide.ExportOptions{Label: *label, Short: *short})
	if *sortie == "-" { // standard output: the document, nothing else
		if _, err := stdout.Write(b); err != nil {
			return fail(stderr, "exporter", exitError, "écriture sur la sortie standard impossible")
		}
		return exitOK
	}
	if err := guide.WriteFileSafe(*sortie, b, *force); err != nil {
		code := exitError
		if errors.Is(err, guide.ErrExists) || errors.Is(err, guide.ErrBadTarget) {
			code = exitUsage
		}
		return fail(stderr, "exporter", code, "--sortie : %v", err)
	}
	where := *sortie
	if abs, err := filepath.Abs(where); err == nil {
		where = abs
	}
	io.WriteString(stdout, "Plan écrit dans "+where+".\nIl contient des informations de santé : gardez-le en lieu sûr.\n")
	return exitOK
}
