package guide

import (
	"fmt"
	"strings"

	"aidants/rules"
)

// APAJSON is the output contract of `aidants apa --format json`.
type APAJSON struct {
	CeilingCents       int64   `json:"ceiling_cents"`
	PlanRetainedCents  int64   `json:"plan_retained_cents"`
	ParticipationCents int64   `json:"participation_cents"`
	APACents           int64   `json:"apa_cents"`
	Rate               float64 `json:"rate"`
	AsOf               string  `json:"as_of"`
	BelowMinimum       bool    `json:"below_minimum,omitempty"`
	Confidence         string  `json:"confidence"`
}

// APAJSONOf converts a computation to its JSON contract. rate is participation ÷ plan
// retained, to four decimals.
func APAJSONOf(r rules.APAResult) APAJSON {
	return APAJSON{CeilingCents: r.Ceiling.Num, PlanRetainedCents: r.PlanRetained, ParticipationCents: r.Participation,
		APACents: r.APA, Rate: float64(r.RateBP) / 10000, AsOf: r.AsOf.Format(DateFormat), BelowMinimum: r.BelowMinimum, Confidence: string(r.Confidence)}
}

// APAText explains an APA computation in plain French.
func APAText(r rules.APAResult, couple, aspa bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "APA à domicile — montants en vigueur au %s (MTP retenue : %s)\n\n", rules.FrenchDate(r.AsOf), rules.FormatEuros(r.MTP.Num))
	fmt.Fprintf(&b, "Plafond du plan d'aide      %14s par mois\n", rules.FormatEuros(r.Ceiling.Num))
	fmt.Fprintf(&b, "Plan retenu                 %14s par mois\n", rules.FormatEuros(r.PlanRetained))
	res := "Ressources retenues"
	if couple {
		res = "Ressources retenues (÷ 1,7)"
	}
	fmt.Fprintf(&b, "%-27s %14s par mois\n", res, rules.FormatEuros(r.Resources))
	fmt.Fprintf(&b, "Participation de la personne %13s par mois (%s %% du plan)\n", rules.FormatEuros(r.Participation), strings.Replace(fmt.Sprintf("%.2f", float64(r.RateBP)/100), ".", ",", 1))
	fmt.Fprintf(&b, "APA versée par le département %12s par mois\n", rules.FormatEuros(r.APA))
	b.WriteString("\n")
	if aspa {
		b.WriteString("Bénéficiaire de l'ASPA : aucune participation (CASF art. L232-4).\n")
	}
	if r.BelowMinimum {
		fmt.Fprintf(&b, "Le montant est sous le minimum versé (%s) : l'APA ne serait pas versée (CASF art. D232-31).\n", r.Minimum.Format())
	}
	b.WriteString("Calcul : CASF art. R232-10 (plafonds) et R232-11 (participation). C'est une estimation :\nle département notifie le montant exact.\n")
	return b.String()
}

// GIRText explains a GIR estimate in plain French.
func GIRText(r rules.GIRResult, a rules.AGGIR) string {
	var b strings.Builder
	fmt.Fprintf(&b, "GIR estimé : %d (rang %d, groupe %s de l'algorithme AGGIR, CASF annexe 2-2)\n", r.GIR, r.Rank, r.Group)
	if r.GIR <= 4 {
		b.WriteString("Les GIR 1 à 4 ouvrent droit à l'APA (CASF art. R232-4).\n")
	} else {
		b.WriteString("Les GIR 5 et 6 n'ouvrent pas droit à l'APA ; la caisse de retraite peut aider (OSCAR).\n")
	}
	b.WriteString("C'est une estimation : seule l'équipe médico-sociale du département fixe le GIR.\n")
	return b.String()
}
