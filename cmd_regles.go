package main

import (
	"io"

	"aidants/guide"
)

// cmdRegles prints the rule book: each item's conditions, as the evaluation declares
// them, with the amounts in force at the date (aidants regles [ID] [--date] [--format]),
// or the legal texts cited with the items citing them (--articles).
func cmdRegles(args []string, stdout, stderr io.Writer) int {
	var id string
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		id, args = args[0], args[1:]
	}
	fs := flags("regles")
	date := fs.String("date", "", "")
	format := fs.String("format", "texte", "")
	articles := fs.Bool("articles", false, "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if id == "" && fs.NArg() > 0 { // options before the id: regles --date … ID
		id = fs.Arg(0)
		if err := fs.Parse(fs.Args()[1:]); err != nil {
			return fail(stderr, "regles", exitUsage, "%s", flagError(err))
		}
	}
	if !strayArg(fs, stderr, "regles") {
		return exitUsage
	}
	var md bool
	switch *format {
	case "texte":
	case "markdown":
		md = true
	default:
		return fail(stderr, "regles", exitUsage, "--format : %q inconnu (attendu texte ou markdown)", clip(*format))
	}
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "regles", exitUsage, "%v", err)
	}
	if *articles {
		if id != "" {
			return fail(stderr, "regles", exitUsage, "--articles liste les textes de toutes les aides : sans identifiant")
		}
		io.WriteString(stdout, guide.RuleArticles(md))
		return exitOK
	}
	g, err := loadGuide("", stderr)
	if err != nil {
		return fail(stderr, "regles", exitError, "contenu invalide : %v", err)
	}
	out, err := g.RuleBook(id, d, md)
	if err != nil {
		return fail(stderr, "regles", exitUsage, "%v", err)
	}
	io.WriteString(stdout, out)
	return exitOK
}
