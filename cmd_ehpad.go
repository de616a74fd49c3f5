package main

import (
	"encoding/json"
	"io"
	"strconv"

	"aidants/guide"
	"aidants/rules"
)

// cmdEHPAD is `aidants ehpad`: what an EHPAD will cost each month after the APA en
// établissement (or the flat participation of the 2025-2026 experiment), with the aids to
// ask and the rule of the aide sociale à l'hébergement.
func cmdEHPAD(args []string, stdout, stderr io.Writer) int {
	fs := flags("ehpad")
	gir := fs.String("gir", "", "")
	hebergement := fs.String("hebergement", "", "")
	dependance := fs.String("dependance", "", "")
	dependance56 := fs.String("dependance-gir56", "", "")
	res := fs.String("ressources", "", "")
	couple := fs.Bool("couple", false, "")
	dept := fs.String("departement", "", "")
	date := fs.String("date", "", "")
	format := fs.String("format", "texte", "")
	if !parse(fs, args, stderr) || !strayArg(fs, stderr, "ehpad") {
		return exitUsage
	}
	n, err := strconv.Atoi(*gir)
	if err != nil || n < 1 || n > 6 {
		return fail(stderr, "ehpad", exitUsage, "--gir : %q n'est pas un GIR (attendu un nombre de 1 à 6)", clip(*gir))
	}
	if *hebergement == "" || *dependance56 == "" || *res == "" || (n <= 4 && *dependance == "") {
		return fail(stderr, "ehpad", exitUsage, "il faut --hebergement, --dependance (tarif du GIR, sauf GIR 5-6), --dependance-gir56 (prix par jour, sur la grille de l'établissement) et --ressources (par mois)")
	}
	var in rules.EHPADInput
	in.GIR, in.Couple = n, *couple
	for _, f := range []struct {
		name, v string
		dst     *rules.Cents
	}{{"hebergement", *hebergement, &in.Accommodation}, {"dependance-gir56", *dependance56, &in.Dependency56}, {"ressources", *res, &in.Resources}} {
		c, err := euroFlag(f.name, f.v)
		if err != nil {
			return fail(stderr, "ehpad", exitUsage, "%v", err)
		}
		*f.dst = c
	}
	if *dependance != "" {
		c, err := euroFlag("dependance", *dependance)
		if err != nil {
			return fail(stderr, "ehpad", exitUsage, "%v", err)
		}
		in.Dependency = c
	} else {
		in.Dependency = in.Dependency56
	}
	if n <= 4 && in.Dependency < in.Dependency56 {
		return fail(stderr, "ehpad", exitUsage, "--dependance : le tarif du GIR ne peut pas être plus bas que le tarif GIR 5-6")
	}
	if *dept != "" && !rules.ValidDepartment(*dept) {
		return fail(stderr, "ehpad", exitUsage, "--departement : %q n'est pas un numéro de département (attendu : 01 à 95, 2A, 2B ou 971 à 976)", clip(*dept))
	}
	in.Department = *dept
	d, err := parseDateFlag(*date)
	if err != nil {
		return fail(stderr, "ehpad", exitUsage, "%v", err)
	}
	if *format != "json" && *format != "texte" {
		return fail(stderr, "ehpad", exitUsage, "--format : %q inconnu (attendu json ou texte)", clip(*format))
	}
	set, err := loadContent(stderr)
	if err != nil {
		return fail(stderr, "ehpad", exitError, "contenu intégré invalide : %v", err)
	}
	e, err := set.Params.EstimateEHPAD(in, d)
	if err != nil {
		return fail(stderr, "ehpad", exitUsage, "%v", err)
	}
	if *format == "json" {
		b, _ := json.Marshal(guide.EHPADJSONOf(e))
		stdout.Write(append(b, '\n'))
		return exitOK
	}
	io.WriteString(stdout, guide.EHPADText(e, in))
	return exitOK
}
