package guide

import (
	"fmt"
	"strings"

	"aidants/rules"
)

// TaxNoticeJSON is the output contract of `aidants ressources-apa --format json`.
type TaxNoticeJSON struct {
	FromRFR              bool   `json:"from_rfr"`
	YearlyCents          int64  `json:"yearly_cents"`
	MonthlyCents         int64  `json:"monthly_cents"`
	PerPersonHomeCents   int64  `json:"per_person_home_cents"`
	PerPersonInstitution int64  `json:"per_person_institution_cents"`
	Confidence           string `json:"confidence"`
	Estimate             bool   `json:"estimate"`
}

// TaxNoticeJSONOf converts the helper's result to its JSON contract.
func TaxNoticeJSONOf(r rules.TaxNoticeResources) TaxNoticeJSON {
	return TaxNoticeJSON{FromRFR: r.FromRFR, YearlyCents: r.Yearly, MonthlyCents: r.Monthly, PerPersonHomeCents: r.PerPersonHome,
		PerPersonInstitution: r.PerPersonInEst, Confidence: string(r.Confidence), Estimate: true}
}

// TaxNoticeText explains the resources the APA counts, from the avis d'imposition.
func TaxNoticeText(r rules.TaxNoticeResources, couple bool) string {
	var b strings.Builder
	b.WriteString("Ressources comptées par l'APA, d'après l'avis d'imposition (CASF art. R232-5) — estimation\n\n")
	what := "Revenu déclaré (avis d'imposition)"
	if r.FromRFR {
		what = "Revenu fiscal de référence (avis)"
	}
	line := func(label string, c rules.Cents) {
		fmt.Fprintf(&b, "%s %14s par an\n", padRight(label, 52), rules.FormatEuros(c))
	}
	line(what, r.Income)
	if r.Liberatory > 0 {
		line("Revenus au prélèvement libératoire", r.Liberatory)
	}
	if r.Built > 0 {
		line("Biens bâtis non loués : "+r.Rates[0].Format()+" de la valeur locative", r.Built)
	}
	if r.Land > 0 {
		line("Terrains non loués : "+r.Rates[1].Format()+" de la valeur locative", r.Land)
	}
	if r.Capital > 0 {
		line("Capitaux non placés : "+r.Rates[2].Format()+" du montant", r.Capital)
	}
	line("Total", r.Yearly)
	fmt.Fprintf(&b, "\nRessources du foyer par mois : %s (total ÷ 12).\n", rules.FormatEuros(r.Monthly))
	if couple {
		fmt.Fprintf(&b, "En couple : %s par personne pour l'APA à domicile (÷ 1,7),\n%s si l'un des deux vit en établissement (÷ 2).\n", rules.FormatEuros(r.PerPersonHome), rules.FormatEuros(r.PerPersonInEst))
	}
	b.WriteString("\nLa résidence principale ne compte pas quand la personne, son conjoint, ses enfants ou petits-enfants y vivent.\n")
	b.WriteString("Les aides au logement et les remboursements de soins ne comptent pas (R232-5 II).\n")
	if r.FromRFR {
		b.WriteString("Le texte parle du revenu déclaré : le revenu fiscal de référence est après l'abattement de 10 % sur les\npensions, le département peut donc compter un peu plus.\n")
	}
	b.WriteString("C'est une estimation : le département calcule les ressources sur les pièces du dossier.\n")
	return b.String()
}

// padRight pads s with spaces to n runes.
func padRight(s string, n int) string {
	if k := len([]rune(s)); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}
