package main

import (
	"encoding/json"
	"io"

	"aidants/guide"
	"aidants/rules"
)

// cmdRessourcesAPA is `aidants ressources-apa`: the monthly resources the APA counts, from
// the avis d'imposition (CASF art. R232-5, R132-1).
func cmdRessourcesAPA(args []string, stdout, stderr io.Writer) int {
	fs := flags("ressources-apa")
	declared := fs.String("revenu-declare", "", "")
	rfr := fs.String("rfr", "", "")
	lib := fs.String("prelevement-liberatoire", "", "")
	built := fs.String("valeur-locative-batis", "", "")
	land := fs.String("valeur-locative-terrains", "", "")
	capital := fs.String("capitaux", "", "")
	couple := fs.Bool("couple", false, "")
	date := fs.String("date", "", "")
	format := fs.String("format", "texte", "")
	if !parse(fs, args, stderr) {
		return exitUsage
	}
	if *declared == "" && *rfr == "" {
		return fail(stderr, "ressources-apa", exitUsage, "il faut --revenu-declare ou --rfr (montants par an, sur l'avis d'imposition)")
	}
	var in rules.TaxNoticeInput
	in.Couple = *couple
	for _, f := range []struct {
		name, v string
		dst     *rules.Cents
	}{{"revenu-declare", *declared, &in.Declared}, {"rfr", *rfr, &in.RFR}, {"prelevement-liberatoire", *lib, &in.Liberatory},
		{"valeur-locative-batis", *built, &in.IdleBuilt}, {"valeur-locative-terrains", *land, &in.IdleLand}, {"capitaux", *capital, &in.IdleCapital}} {
		if f.v == "" {
			continue
		}
		c, err := euroFlag(f.name, f.v)
		if err != nil {
			return fail(stderr, "ressources-apa", exitUsage, "%v", err)
		}
		*f.dst = c
	}
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "ressources-apa", exitUsage, "%v", err)
	}
	if *format != "json" && *format != "texte" {
		return fail(stderr, "ressources-apa", exitUsage, "--format : %q inconnu (attendu json ou texte)", clip(*format))
	}
	set, err := loadContent(stderr)
	if err != nil {
		return fail(stderr, "ressources-apa", exitError, "contenu intégré invalide : %v", err)
	}
	r, err := set.Params.ResourcesFromTaxNotice(in, d)
	if err != nil {
		return fail(stderr, "ressources-apa", exitUsage, "%v", err)
	}
	if *format == "json" {
		b, _ := json.Marshal(guide.TaxNoticeJSONOf(r))
		stdout.Write(append(b, '\n'))
		return exitOK
	}
	io.WriteString(stdout, guide.TaxNoticeText(r, *couple))
	return exitOK
}
