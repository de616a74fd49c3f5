package main

import (
	"encoding/json"
	"fmt"
	"io"

	"aidants/rules"
)

// cmdAPAInstitution is `aidants apa --etablissement`: the APA in an establishment from its
// daily dependency tariffs (CASF art. R232-19).
func cmdAPAInstitution(gir int, tariff, tariff56, res string, couple bool, date, format string, stdout, stderr io.Writer) int {
	if tariff == "" || tariff56 == "" || res == "" {
		return fail(stderr, "apa", exitUsage, "--etablissement demande --tarif-gir, --tarif-gir56 (tarifs dépendance journaliers de l'établissement) et --ressources")
	}
	t, err := euroFlag("tarif-gir", tariff)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	t56, err := euroFlag("tarif-gir56", tariff56)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	if t56 > t {
		return fail(stderr, "apa", exitUsage, "--tarif-gir56 : le tarif GIR 5-6 ne peut pas dépasser le tarif du GIR de la personne")
	}
	rc, err := euroFlag("ressources", res)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	d, err := parseDateFlag(date)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	set, err := loadContent(stderr)
	if err != nil {
		return fail(stderr, "apa", exitError, "%v", err)
	}
	out, err := set.Params.ComputeAPAInstitution(rules.InstitutionInput{GIR: gir, TariffGIR: t, TariffGIR56: t56, Resources: rc, Couple: couple}, d)
	if err != nil {
		return fail(stderr, "apa", exitUsage, "%v", err)
	}
	if format == "json" {
		m := map[string]any{"participation_cents_per_day": out.Participation, "apa_cents_per_day": out.APA,
			"as_of": out.AsOf.Format("2006-01-02"), "confidence": string(out.Confidence)}
		if out.BelowMinimum {
			m["below_minimum"] = true
			m["minimum_cents_per_month"] = out.Minimum.Num
		}
		b, _ := json.Marshal(m)
		stdout.Write(append(b, '\n'))
		return exitOK
	}
	fmt.Fprintf(stdout, "APA en établissement — montants en vigueur au %s\n\n", rules.FrenchDate(out.AsOf))
	fmt.Fprintf(stdout, "Tarif dépendance du GIR        %12s par jour\n", rules.FormatEuros(t))
	fmt.Fprintf(stdout, "Part payée par le résident     %12s par jour\n", rules.FormatEuros(out.Participation))
	fmt.Fprintf(stdout, "APA versée par le département  %12s par jour\n\n", rules.FormatEuros(out.APA))
	if out.BelowMinimum {
		// the APA computed before D232-31 is the tariff less the resident's part
		computed := t - out.Participation
		fmt.Fprintf(stdout, "L'APA calculée (%s par jour, soit %s par mois) est sous le minimum versé\n(%s par mois) : elle n'est pas versée (CASF art. D232-31).\n\n",
			rules.FormatEuros(computed), rules.FormatEuros(rules.MonthOfDays(computed)), out.Minimum.Format())
	}
	fmt.Fprintln(stdout, "Calcul : CASF art. R232-19 (formule de la tranche intermédiaire reconstituée : à confirmer).")
	fmt.Fprintln(stdout, "Dans les 23 départements de l'expérimentation 2025-2026, la dépendance en EHPAD est payée par l'assurance maladie.")
	return exitOK
}
