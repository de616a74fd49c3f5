package main

import (
	"io"

	"aidants/guide"
)

func cmdExporter(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flags("exporter")
	profil := fs.String("profil", "", "")
	format := fs.String("format", "", "")
	sortie := fs.String("sortie", "", "")
	force := fs.Bool("force", false, "")
	date := fs.String("date", "", "")
	label := fs.String("libelle", "", "")
	annuaire := fs.String("annuaire", "", "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if *profil == "" || *format == "" || *sortie == "" {
		return fail(stderr, "exporter", exitUsage, "--profil, --format et --sortie sont obligatoires")
	}
	f, ok := guide.ParseExportFormat(*format)
	if !ok {
		return fail(stderr, "exporter", exitUsage, "--format : %q inconnu (attendu html, markdown ou texte)", clip(*format))
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
	b := g.Export(p, f, guide.ExportOptions{Label: *label})
	if err := guide.WriteFileSafe(*sortie, b, *force); err != nil {
		code := exitError
		if err == guide.ErrExists {
			code = exitUsage
		}
		return fail(stderr, "exporter", code, "%v", err)
	}
	io.WriteString(stdout, "Plan écrit dans "+*sortie+"\n")
	return exitOK
}
