package guide

import (
	"fmt"
	"strings"

	"aidants/rules"
)

// EHPADJSON is the output contract of `aidants ehpad --format json`: cents, per day or per
// average month (365/12 days).
type EHPADJSON struct {
	AsOf                    string `json:"as_of"`
	Experiment              string `json:"experiment"` // yes | no | unknown
	APAApplies              bool   `json:"apa_applies"`
	DependencySharePerDay   int64  `json:"dependency_share_cents_per_day"`
	APAPerDay               int64  `json:"apa_cents_per_day"`
	ResidentPerDay          int64  `json:"resident_cents_per_day"`
	APAPerMonth             int64  `json:"apa_cents_per_month"`
	ResidentPerMonth        int64  `json:"resident_cents_per_month"`
	ShortfallPerMonth       int64  `json:"shortfall_cents_per_month"`
	ASHPossible             bool   `json:"ash_possible"`
	ASHToEstablishmentMonth int64  `json:"ash_to_establishment_cents_per_month"`
	ASHKeptPerMonth         int64  `json:"ash_kept_cents_per_month"`
	ASHMinimumPerMonth      *int64 `json:"ash_minimum_cents_per_month"`
	ASHRemainingPerMonth    int64  `json:"ash_remaining_cents_per_month"`
	YearlyCost              int64  `json:"yearly_cost_cents"`
	TaxReductionPerYear     int64  `json:"tax_reduction_cents_per_year"`
	FlatParticipationPerDay *int64 `json:"flat_participation_cents_per_day"`
	Confidence              string `json:"confidence"`
	Estimate                bool   `json:"estimate"`
}

func centsOrNil(q rules.Quantity) *int64 {
	if !q.Found {
		return nil
	}
	v := q.Num
	return &v
}

func triWord(t rules.Tri) string {
	switch t {
	case rules.Yes:
		return "yes"
	case rules.No:
		return "no"
	}
	return "unknown"
}

// EHPADJSONOf converts an estimate to its JSON contract.
func EHPADJSONOf(e rules.EHPADEstimate) EHPADJSON {
	return EHPADJSON{AsOf: e.AsOf.Format(DateFormat), Experiment: triWord(e.Experiment), APAApplies: e.APAApplies,
		DependencySharePerDay: e.DependencyShare, APAPerDay: e.APADay, ResidentPerDay: e.ResidentDay,
		APAPerMonth: e.APAMonth, ResidentPerMonth: e.ResidentMonth, ShortfallPerMonth: e.Shortfall,
		ASHPossible: e.ASH.Possible, ASHToEstablishmentMonth: e.ASH.ToEstablishment, ASHKeptPerMonth: e.ASH.Kept,
		ASHMinimumPerMonth: centsOrNil(e.ASH.Minimum), ASHRemainingPerMonth: e.ASH.Remaining,
		YearlyCost: e.YearlyCost, TaxReductionPerYear: e.TaxReduction, FlatParticipationPerDay: centsOrNil(e.FlatParticipation),
		Confidence: string(e.Confidence), Estimate: true}
}

func eur(c rules.Cents) string { return rules.FormatEuros(c) }

// EHPADLines is the estimate in plain French, line by line: the same sentences in the
// command, the plan and the screens.
func EHPADLines(e rules.EHPADEstimate, in rules.EHPADInput) []string {
	var l []string
	add := func(format string, a ...any) { l = append(l, fmt.Sprintf(format, a...)) }
	add("C'est une estimation, pas une facture : l'établissement et le département donnent les montants exacts.")
	switch {
	case e.Experiment == rules.Yes:
		add("Le département fait partie de l'expérimentation 2025-2026 : pas d'APA en établissement, l'EHPAD facture une participation forfaitaire à la dépendance (%s par jour, montant national : %s).", eur(in.Dependency56), e.FlatParticipation.Format())
	case e.APAApplies:
		seuil := e.Thresholds[0]
		how := "la part du résident est le tarif GIR 5-6"
		if seuil.Found && in.Resources >= seuil.Num {
			how = "la part du résident augmente avec les ressources, jusqu'à 80 % de l'écart avec le tarif GIR 5-6"
		}
		add("APA en établissement (CASF art. R232-19) : ressources de %s par mois, seuil de %s (2,21 fois la MTP) : %s.", eur(in.Resources), seuil.Format(), how)
		add("Le résident paie %s par jour pour la dépendance ; l'APA paie %s par jour, soit %s par mois.", eur(e.DependencyShare), eur(e.APADay), eur(e.APAMonth))
		if e.Experiment == rules.Unknown && in.Department == "69" {
			add("Dans la Métropole de Lyon (expérimentation 2025-2026), il n'y a pas d'APA en établissement : la participation est forfaitaire.")
		}
	default:
		add("GIR 5 ou 6 : pas d'APA ; le résident paie le tarif dépendance GIR 5-6, %s par jour.", eur(e.DependencyShare))
	}
	add("Reste à payer chaque mois : %s (%s par jour : hébergement %s + dépendance %s ; un mois compté 365 jours ÷ 12).", eur(e.ResidentMonth), eur(e.ResidentDay), eur(in.Accommodation), eur(e.DependencyShare))
	if e.Shortfall > 0 {
		add("Avec des ressources de %s par mois, il manque %s par mois.", eur(in.Resources), eur(e.Shortfall))
	} else {
		add("Les ressources de %s par mois couvrent ce montant.", eur(in.Resources))
	}
	add("Aide au logement à vérifier : APL si l'établissement est conventionné, sinon ALS (CAF ou MSA). Le guide ne calcule pas son montant ; elle réduit le reste à payer.")
	if e.TaxRate.Found && e.TaxCeiling.Found {
		add("Réduction d'impôt (CGI art. 199 quindecies) : %s des frais d'hébergement et de dépendance payés dans l'année, aides déduites, dans la limite de %s par an : ici %s par an, seulement si la personne paie de l'impôt sur le revenu.", e.TaxRate.Format(), e.TaxCeiling.Format(), eur(e.TaxReduction))
	} else {
		add("Réduction d'impôt (CGI art. 199 quindecies) : montant non confirmé.")
	}
	a := e.ASH
	if a.Possible {
		add("Aide sociale à l'hébergement (ASH) : possible, car les ressources ne couvrent pas le coût, si l'établissement est habilité à l'aide sociale (CASF art. L231-4 et L132-1).")
	} else {
		add("Aide sociale à l'hébergement (ASH) : a priori non, les ressources couvrent le coût (CASF art. L132-1).")
	}
	if a.Possible && a.Share.Found && a.Minimum.Found {
		add("La règle de l'ASH : %s des ressources vont à l'établissement, soit %s par mois ; le résident garde %s par mois, au moins %s (1 %% de l'ASPA annuelle, arrondi à l'euro, CASF art. R231-6).", a.Share.Format(), eur(a.ToEstablishment), eur(a.Kept), a.Minimum.Format())
		add("Le reste, %s par mois (avant l'aide au logement), est demandé d'abord aux enfants, gendres et belles-filles au titre de l'obligation alimentaire (pas aux petits-enfants depuis le 10 avril 2024, CASF art. L132-6), puis payé par le département.", eur(a.Remaining))
		add("L'ASH est récupérée sur la succession dès le premier euro (CASF art. L132-8).")
	}
	return l
}

// EHPADText is `aidants ehpad` in text.
func EHPADText(e rules.EHPADEstimate, in rules.EHPADInput) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Ce que l'EHPAD coûtera chaque mois — estimation au %s\n\n", rules.FrenchDate(e.AsOf))
	fmt.Fprintf(&b, "Prix de l'établissement, par jour : hébergement %s, dépendance du GIR %s, dépendance GIR 5-6 %s.\n\n", eur(in.Accommodation), eur(in.Dependency), eur(in.Dependency56))
	for _, s := range EHPADLines(e, in) {
		b.WriteString(wrapLine(s, 92, "- ", "  "))
	}
	return b.String()
}

// wrapLine cuts s at spaces to width runes, with a first-line and a continuation prefix.
func wrapLine(s string, width int, first, next string) string {
	var b strings.Builder
	line, empty := first, true
	for _, w := range keepAmounts(strings.Split(s, " ")) {
		if !empty && len([]rune(line))+1+len([]rune(w)) > width {
			b.WriteString(line + "\n")
			line, empty = next, true
		}
		if !empty {
			line += " "
		}
		line += w
		empty = false
	}
	b.WriteString(line + "\n")
	return b.String()
}

// keepAmounts glues the words of an amount ("2 500,00 €") so a line never breaks inside it.
func keepAmounts(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		if n := len(out); n > 0 && w != "" {
			prev := out[n-1]
			if w == "€" || w == "%" || (isDigits(lastWord(prev)) && w[0] >= '0' && w[0] <= '9') {
				out[n-1] = prev + " " + w
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
