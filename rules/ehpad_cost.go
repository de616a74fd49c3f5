package rules

import (
	"errors"
	"strings"
	"time"
)

// What an EHPAD will cost each month, after the APA en établissement (CASF R232-19) or, in
// the départements of the 2025-2026 experiment, with the flat participation (LFSS 2024
// art. 79, décret n° 2025-168); the aide sociale à l'hébergement (CASF L132-1, L231-4,
// L132-6, L132-8); the tax reduction (CGI art. 199 quindecies). Money in cents; a month is
// the average month, 365/12 days.

// EHPADInput is what the estimate needs: the establishment's daily prices (its price list)
// and the resident's monthly resources.
type EHPADInput struct {
	GIR           int    // 1 to 6
	Accommodation Cents  // tarif hébergement, per day
	Dependency    Cents  // tarif dépendance of the resident's GIR group (1-2 or 3-4), per day
	Dependency56  Cents  // tarif dépendance GIR 5-6 (or, in the experiment, the flat participation billed), per day
	Resources     Cents  // monthly resources; the couple's when Couple
	Couple        bool   // one member of a couple in the establishment: resources ÷ 2 for the APA (R232-19)
	Department    string // "" when unknown
}

// ASHShare is the aide sociale à l'hébergement as the texts set it out: 90 % of the
// resources go to the establishment, the resident keeps the rest, at least the legal
// minimum; the children's maintenance (obligation alimentaire) then the département pay
// the remainder.
type ASHShare struct {
	Possible        bool     // the resources do not cover the monthly cost
	ToEstablishment Cents    // per month
	Kept            Cents    // per month, what the resident keeps
	Minimum         Quantity // minimum left each month: 1 % of the yearly ASPA, rounded to the euro
	Share           Quantity // part of resources affected (90 %)
	Remaining       Cents    // per month: monthly cost − ToEstablishment
}

// EHPADEstimate is the monthly estimate. "Day" fields are per day, "Month" fields per
// average month (365/12 days).
type EHPADEstimate struct {
	AsOf       time.Time
	Experiment Tri // the département runs the 2025-2026 experiment (Unknown: no département, or 69)
	// FlatParticipation is the national flat participation of the experiment, per day.
	FlatParticipation Quantity
	APAApplies        bool // GIR 1 to 4 outside the experiment
	DependencyShare   Cents
	APADay            Cents
	ResidentDay       Cents // accommodation + dependency share
	APAMonth          Cents
	ResidentMonth     Cents
	Shortfall         Cents // ResidentMonth − Resources, 0 when the resources suffice
	ASH               ASHShare
	TaxRate           Quantity
	TaxCeiling        Quantity
	YearlyCost        Cents // ResidentDay × 365: the costs borne, net of the APA
	TaxReduction      Cents // per year, 25 % of min(YearlyCost, ceiling), for a taxpayer
	Confidence        Confidence
	Thresholds        [2]Quantity // R232-19 thresholds (2,21 and 3,40 MTP)
}

// ErrEHPADInput is returned for impossible prices.
var ErrEHPADInput = errors.New("tarifs ou ressources impossibles")

// MonthOfDays converts a daily amount into an average month: × 365 / 12, rounded half up.
func MonthOfDays(perDay Cents) Cents { return mulDivRound(perDay, 365, 12) }

// ASHMinimum is the sum left each month to a resident helped by the aide sociale: one
// hundredth of the yearly ASPA, rounded to the nearest euro (CASF R231-6; ASH n° 3016 for
// the rounding). It is the dated parameter ash.reste_a_vivre, the one the ASH rule shows:
// 125 € in 2026.
func (s *Params) ASHMinimum(d time.Time) Quantity { return s.direct("ash.reste_a_vivre", d) }

// ExperimentPeriod is the state of the 2025-2026 EHPAD experiment on a day, from the dated
// parameter ehpad.experimentation.departements: InForce once a list applies; Confirmed
// while the list in force is a confirmed one. After the planned end, the parameter's value
// is « non trouvé » (an extension was debated, not confirmed): the last known list then
// says which départements are unsure. Until is the last day of the last confirmed list.
type ExperimentPeriod struct {
	InForce, Confirmed bool
	List               string // the départements, comma-separated; "69M" is the Métropole de Lyon
	Until              time.Time
}

// Experiment returns the experiment's state on day d (resolved once per day).
func (s *Params) Experiment(d time.Time) ExperimentPeriod { return s.amountsAt(d).exp }

// experimentAt computes the experiment's state on day d from its parameter.
func (s *Params) experimentAt(d time.Time) ExperimentPeriod {
	p, ok := s.byID["ehpad.experimentation.departements"]
	if !ok {
		return ExperimentPeriod{}
	}
	v, ok := p.At(d)
	if !ok {
		return ExperimentPeriod{}
	}
	if v.Found {
		return ExperimentPeriod{InForce: true, Confirmed: true, List: v.Text}
	}
	lk, ok := p.LastKnown(d)
	if !ok {
		return ExperimentPeriod{}
	}
	return ExperimentPeriod{InForce: true, List: lk.Text, Until: v.From.AddDate(0, 0, -1)}
}

// InExperiment says whether a département runs the experiment on day d: the list is a dated
// parameter. The code 69 covers both the Métropole de Lyon (in, "69M") and the Rhône (out):
// Unknown; a caller that knows the commune passes "69M" for the Métropole. After the planned
// end, a listed département is Unknown: the extension is not confirmed. The answer for
// every code of the list (and 69) is resolved once per day; any other code is No.
func (s *Params) InExperiment(dept string, d time.Time) Tri {
	if dept == "" {
		return Unknown
	}
	a := s.amountsAt(d)
	if !a.exp.InForce {
		return No
	}
	if t, ok := a.expIn[dept]; ok {
		return t
	}
	return No
}

// experimentCodes is InExperiment for each code the list names, and 69, on a day the
// experiment is in force (e).
func experimentCodes(e ExperimentPeriod) map[string]Tri {
	if !e.InForce {
		return nil
	}
	m := map[string]Tri{"69": inExperimentList(e, "69")}
	for c := range strings.SplitSeq(e.List, ",") {
		c = strings.TrimSpace(c)
		m[c] = inExperimentList(e, c)
	}
	return m
}

// inExperimentList reads the list for one département.
func inExperimentList(e ExperimentPeriod, dept string) Tri {
	in := No
	for c := range strings.SplitSeq(e.List, ",") {
		c = strings.TrimSpace(c)
		if c == dept {
			in = Yes
		}
		if c == "69M" && dept == "69" {
			in = Unknown
		}
	}
	if !e.Confirmed && in == Yes {
		return Unknown
	}
	return in
}

// EstimateEHPAD computes the monthly estimate at day d.
func (s *Params) EstimateEHPAD(in EHPADInput, d time.Time) (EHPADEstimate, error) {
	if in.GIR < 1 || in.GIR > 6 {
		return EHPADEstimate{}, errors.New("le GIR doit être entre 1 et 6")
	}
	for _, c := range []Cents{in.Accommodation, in.Dependency, in.Dependency56, in.Resources} {
		if c < 0 || c > MaxEuros {
			return EHPADEstimate{}, ErrEHPADInput
		}
	}
	out := EHPADEstimate{AsOf: d, Confidence: Computed}
	out.Experiment = s.InExperiment(in.Department, d)
	out.FlatParticipation = s.direct("ehpad.experimentation.participation_jour", d)
	out.Thresholds = [2]Quantity{*s.AmountRef("apa.etablissement.seuil_bas", d), *s.AmountRef("apa.etablissement.seuil_haut", d)}
	switch {
	case out.Experiment == Yes:
		// no APA en établissement: the resident pays the flat participation the
		// establishment bills (décret 2025-168 art. 3)
		out.DependencyShare = in.Dependency56
		out.Confidence = Secondary
	case in.GIR <= 4:
		if in.Dependency < in.Dependency56 {
			return EHPADEstimate{}, errors.New("le tarif dépendance du GIR ne peut pas être plus bas que le tarif GIR 5-6")
		}
		r, err := s.ComputeAPAInstitution(InstitutionInput{GIR: in.GIR, TariffGIR: in.Dependency, TariffGIR56: in.Dependency56, Resources: in.Resources, Couple: in.Couple}, d)
		if err != nil {
			return EHPADEstimate{}, err
		}
		out.APAApplies = true
		out.DependencyShare, out.APADay = r.Participation, r.APA
		out.Confidence = Weakest(out.Confidence, r.Confidence)
	default:
		// GIR 5-6: no APA; the resident pays the GIR 5-6 tariff (R232-19 1°)
		out.DependencyShare = in.Dependency56
	}
	out.ResidentDay = in.Accommodation + out.DependencyShare
	out.APAMonth = MonthOfDays(out.APADay)
	out.ResidentMonth = MonthOfDays(out.ResidentDay)
	out.Shortfall = max(out.ResidentMonth-in.Resources, 0)

	// aide sociale à l'hébergement
	a := &out.ASH
	a.Minimum = s.ASHMinimum(d)
	a.Share = s.direct("ash.part_ressources", d)
	a.Possible = in.Resources < out.ResidentMonth
	if a.Share.Found && a.Minimum.Found {
		a.ToEstablishment = mulDivRound(in.Resources, a.Share.Num, 10000)
		a.Kept = in.Resources - a.ToEstablishment
		if a.Kept < a.Minimum.Num {
			a.Kept = min(a.Minimum.Num, in.Resources)
			a.ToEstablishment = in.Resources - a.Kept
		}
		a.Remaining = max(out.ResidentMonth-a.ToEstablishment, 0)
	}

	// tax reduction: 25 % of the costs borne (net of the APA, which the département pays
	// to the establishment), within 10 000 € a year per person hosted
	out.TaxRate = s.direct("reduction_ehpad.taux", d)
	out.TaxCeiling = s.direct("reduction_ehpad.plafond", d)
	out.YearlyCost = out.ResidentDay * 365
	if out.TaxRate.Found && out.TaxCeiling.Found {
		out.TaxReduction = mulDivRound(min(out.YearlyCost, out.TaxCeiling.Num), out.TaxRate.Num, 10000)
	}
	return out, nil
}
