package main

import (
	"fmt"
	"io"
	"strings"

	"aidants/content"
	"aidants/guide"
)

// cmdAnnuaire prints what the guide knows for a place: `aidants annuaire Villeurbanne`,
// `aidants annuaire 69100`, `aidants annuaire Finistère`, `aidants annuaire Saint-Martin 32`.
func cmdAnnuaire(args []string, stdout, stderr io.Writer) int {
	fs := flags("annuaire")
	extra := fs.String("annuaire", "", "")
	width := fs.Int("largeur", 80, "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	text := strings.TrimSpace(content.Sanitize(strings.Join(fs.Args(), " ")))
	if text == "" {
		return fail(stderr, "annuaire", exitUsage, "indiquez une commune, un code postal ou un département (par exemple : aidants annuaire Guéret)")
	}
	if *width < 20 || *width > 500 {
		return fail(stderr, "annuaire", exitUsage, "--largeur : %d n'est pas possible (entre 20 et 500)", *width)
	}
	p := guide.ResolvePlace(text)
	switch p.Kind {
	case guide.PlaceChoice:
		fmt.Fprintf(stderr, "aidants annuaire : %s\n", strings.Join(guide.ChoiceLines(p), "\n"))
		return exitUsage
	case guide.PlaceNone, guide.PlaceOverseas:
		return fail(stderr, "annuaire", exitUsage, "%s", p.Message)
	}
	g, err := loadGuide(*extra, stderr)
	if err != nil {
		return fail(stderr, "annuaire", exitError, "%v", err)
	}
	fmt.Fprint(stdout, g.PlaceDirectory(p).Text(*width))
	return exitOK
}
