package rules

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Quantity is a dated figure ready to show: an amount, a rate, a number of days…
type Quantity struct {
	ID         string
	Label      string
	Unit       Unit
	Num        int64 // scaled by Unit; meaningless when !Found
	Text       string
	Found      bool
	AsOf       time.Time
	Confidence Confidence
	Source     string
	Note       string
	LastKnown  *Quantity // for a figure not found: the newest confirmed one, if any
}

// Format prints the quantity in French: "1 215,99 €", "25 %", "22 jours",
// or "montant non confirmé (dernier montant connu : …)".
func (q Quantity) Format() string {
	if !q.Found {
		s := "montant non confirmé"
		if q.LastKnown != nil && q.LastKnown.Found {
			s += " (dernier montant connu : " + q.LastKnown.Format() + " au " + FrenchDate(q.LastKnown.AsOf) + ")"
		}
		return s
	}
	switch q.Unit {
	case UnitEuros:
		return FormatEurosShort(q.Num)
	case UnitRate:
		return formatDecimal(q.Num, 2) + " %"
	case UnitCoefficient:
		return formatDecimal(q.Num, 4)
	case UnitDays:
		return plural(q.Num, "jour", "jours")
	case UnitHours:
		return strconv.FormatInt(q.Num, 10) + " h"
	case UnitDate:
		if t, err := time.Parse("2006-01-02", q.Text); err == nil {
			return FrenchDate(t)
		}
		return q.Text
	case UnitList:
		return strings.ReplaceAll(q.Text, ",", ", ")
	}
	return strconv.FormatInt(q.Num, 10)
}

func plural(n int64, one, many string) string {
	if n == 1 || n == 0 {
		return strconv.FormatInt(n, 10) + " " + one
	}
	return groupThousands(n) + " " + many
}

// formatDecimal prints a scaled integer with a French comma, trimming trailing zeros.
func formatDecimal(n int64, scale int) string {
	neg := n < 0
	if neg {
		n = -n
	}
	p := int64(1)
	for i := 0; i < scale; i++ {
		p *= 10
	}
	s := groupThousands(n / p)
	if frac := n % p; frac != 0 {
		f := fmt.Sprintf("%0*d", scale, frac)
		s += "," + strings.TrimRight(f, "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

var frenchMonths = [...]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
	"août", "septembre", "octobre", "novembre", "décembre"}

// FrenchDate prints a date as "1er janvier 2026", "22 novembre 2026".
func FrenchDate(t time.Time) string {
	d := strconv.Itoa(t.Day())
	if t.Day() == 1 {
		d = "1er"
	}
	return d + " " + frenchMonths[t.Month()-1] + " " + strconv.Itoa(t.Year())
}

// yearStart is 1 January of d's year: the APA uses the MTP in force that day.
func yearStart(d time.Time) time.Time {
	return time.Date(d.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
}

// derived names the amounts computed from parameters, with the rule that computes them.
type derived struct {
	label string
	unit  Unit
	calc  func(s *Params, d time.Time) Quantity
}

// coefTimes returns round_half_up(coef × base) for a coefficient parameter and a money base,
// with the weakest of the two confidences, and "officiel" kept when both are official.
func coefTimes(s *Params, id, coefID string, base Quantity, label string) Quantity {
	q := Quantity{ID: id, Label: label, Unit: UnitEuros, AsOf: base.AsOf}
	cv, ok := s.value(coefID, base.AsOf)
	if !ok || !base.Found || !cv.Found {
		q.Confidence = NotFound
		q.Source = "Non calculable : " + coefID + " ou base non trouvés"
		return q
	}
	q.Found = true
	q.Num = mulDivRound(cv.Num, base.Num, 10000)
	q.Confidence = Weakest(cv.Confidence, base.Confidence)
	q.Source = fmt.Sprintf("%s × %s (%s ; %s)", formatDecimal(cv.Num, 4), FormatEuros(base.Num), cv.Source, base.Source)
	return q
}

func (s *Params) value(id string, d time.Time) (Value, bool) {
	p, ok := s.byID[id]
	if !ok {
		return Value{}, false
	}
	return p.At(d)
}

// apaMTP is the MTP in force on 1 January of d's year.
func apaMTP(s *Params, d time.Time) Quantity {
	q := s.direct("mtp", yearStart(d))
	q.ID = "apa.mtp"
	q.Label = "MTP retenue pour l'APA de l'année (en vigueur au 1er janvier)"
	q.AsOf = yearStart(d)
	return q
}

func mtpBased(coefID, label string) func(*Params, time.Time) Quantity {
	return func(s *Params, d time.Time) Quantity {
		return coefTimes(s, "", coefID, apaMTP(s, d), label)
	}
}

// computedOnly marks a derived amount that no source publishes as such (the reference's
// CALC): it is at best "calculé", even when its coefficient and base are official. The APA
// ceilings and participation thresholds keep "officiel": the CNSA publishes them
// (verifications-2026.md).
func computedOnly(calc func(*Params, time.Time) Quantity) func(*Params, time.Time) Quantity {
	return func(s *Params, d time.Time) Quantity {
		q := calc(s, d)
		if q.Found {
			q.Confidence = Weakest(Computed, q.Confidence)
		}
		return q
	}
}

func smicBased(coefID, label string) func(*Params, time.Time) Quantity {
	return func(s *Params, d time.Time) Quantity {
		base := s.direct("smic.horaire_brut", d)
		q := coefTimes(s, "", coefID, base, label)
		return q
	}
}

var derivedAmounts = map[string]derived{
	"apa.mtp":                            {"MTP retenue pour l'APA de l'année", UnitEuros, apaMTP},
	"apa.plafond.gir1":                   {"", UnitEuros, mtpBased("apa.coef.gir1", "Plafond mensuel du plan d'aide (GIR 1)")},
	"apa.plafond.gir2":                   {"", UnitEuros, mtpBased("apa.coef.gir2", "Plafond mensuel du plan d'aide (GIR 2)")},
	"apa.plafond.gir3":                   {"", UnitEuros, mtpBased("apa.coef.gir3", "Plafond mensuel du plan d'aide (GIR 3)")},
	"apa.plafond.gir4":                   {"", UnitEuros, mtpBased("apa.coef.gir4", "Plafond mensuel du plan d'aide (GIR 4)")},
	"apa.seuil_sans_participation":       {"", UnitEuros, mtpBased("apa.coef.seuil_sans_participation", "Ressources jusqu'auxquelles l'APA à domicile est sans participation")},
	"apa.seuil_participation_max":        {"", UnitEuros, mtpBased("apa.coef.seuil_participation_max", "Ressources au-delà desquelles la participation est de 90 %")},
	"apa.repit":                          {"", UnitEuros, computedOnly(mtpBased("apa.coef.repit", "Majoration du plan pour le répit de l'aidant, par an"))},
	"apa.hospitalisation_aidant":         {"", UnitEuros, computedOnly(mtpBased("apa.coef.hospitalisation_aidant", "Majoration du plan pendant l'hospitalisation de l'aidant, par hospitalisation"))},
	"apa.etablissement.seuil_bas":        {"", UnitEuros, computedOnly(mtpBased("apa.etablissement.coef.seuil_bas", "APA en établissement : ressources sous lesquelles la participation est le tarif GIR 5-6"))},
	"apa.etablissement.seuil_haut":       {"", UnitEuros, computedOnly(mtpBased("apa.etablissement.coef.seuil_haut", "APA en établissement : ressources au-delà desquelles la participation est maximale"))},
	"apa.urgence":                        {"", UnitEuros, apaUrgence},
	"apa.minimum_verse":                  {"", UnitEuros, computedOnly(smicBased("apa.minimum_smic", "L'APA n'est pas versée si son montant mensuel est inférieur à"))},
	"exoneration.plafond_mensuel":        {"", UnitEuros, smicBasedHours("exoneration.smic_heures", "Salaire mensuel sur lequel les cotisations patronales sont exonérées, au plus (70 ans et plus : 65 heures au SMIC)")},
	"accueil_familial.remuneration_jour": {"", UnitEuros, smicBased("accueil_familial.smic_jour", "Rémunération journalière minimale d'un accueillant familial (services rendus)")},
}

// apaUrgence is 50 % of the GIR 1 ceiling, computed on the unrounded ceiling
// (0,5 × 1,615 × MTP), which matches the reference's published estimate.
func apaUrgence(s *Params, d time.Time) Quantity {
	base := apaMTP(s, d)
	c1, ok1 := s.value("apa.coef.gir1", base.AsOf)
	h, ok2 := s.value("apa.coef.urgence", base.AsOf)
	q := Quantity{ID: "apa.urgence", Label: "Forfait d'urgence : APA versée à titre provisoire jusqu'à la décision (ou « réputée accordée »), par mois — pas le montant de l'APA qui suivra", Unit: UnitEuros, AsOf: base.AsOf}
	if !ok1 || !ok2 || !base.Found {
		q.Confidence = NotFound
		q.Source = "Non calculable"
		return q
	}
	q.Found = true
	q.Num = div128Round(mul128(uint64(c1.Num), uint64(h.Num)).mul(uint64(base.Num)), 10000*10000)
	q.Confidence = Computed
	q.Source = "50 % du plafond GIR 1 (CASF art. R232-29) ; " + base.Source
	return q
}

func smicBasedHours(hoursID, label string) func(*Params, time.Time) Quantity {
	return func(s *Params, d time.Time) Quantity {
		base := s.direct("smic.horaire_brut", d)
		q := Quantity{Label: label, Unit: UnitEuros, AsOf: base.AsOf}
		h, ok := s.value(hoursID, d)
		if !ok || !base.Found {
			q.Confidence = NotFound
			q.Source = "Non calculable"
			return q
		}
		q.Found = true
		q.Num = h.Num * base.Num
		q.Confidence = Weakest(Computed, base.Confidence)
		q.Source = fmt.Sprintf("%d × SMIC horaire brut (%s) ; %s", h.Num, FormatEuros(base.Num), h.Source)
		return q
	}
}

// direct reads a parameter as a Quantity at day d, with the last confirmed figure attached
// when the current one was not found.
func (s *Params) direct(id string, d time.Time) Quantity {
	p, ok := s.byID[id]
	if !ok {
		return Quantity{ID: id, Label: id, Confidence: NotFound, Source: "paramètre inconnu"}
	}
	q := Quantity{ID: id, Label: p.Label, Unit: p.Unit}
	v, ok := p.At(d)
	if !ok {
		q.Confidence = NotFound
		q.Source = "Aucune valeur connue à cette date"
		return q
	}
	q.Num, q.Text, q.Found, q.AsOf = v.Num, v.Text, v.Found, v.From
	q.Confidence, q.Source, q.Note = v.Confidence, v.Source, v.Note
	if !v.Found {
		if lk, ok := p.LastKnown(d); ok {
			q.LastKnown = &Quantity{ID: id, Label: p.Label, Unit: p.Unit, Num: lk.Num, Text: lk.Text, Found: true,
				AsOf: lk.From, Confidence: lk.Confidence, Source: lk.Source}
		}
	}
	return q
}

// Amount returns a named amount at day d: a parameter, or a figure derived from parameters
// (APA ceilings from the MTP, amounts in SMIC…). ok is false for an unknown name.
func (s *Params) Amount(id string, d time.Time) (Quantity, bool) {
	if q := s.AmountRef(id, d); q != nil {
		return *q, true
	}
	return Quantity{}, false
}

// AmountRef is Amount without copying: the quantity is shared and must not be modified.
// It is nil for an unknown name.
func (s *Params) AmountRef(id string, d time.Time) *Quantity {
	q, _ := s.amountsAt(d).get(s.names, id)
	return q
}

func (s *Params) amount(id string, d time.Time) (Quantity, bool) {
	if dv, ok := derivedAmounts[id]; ok {
		q := dv.calc(s, d)
		q.ID = id
		if q.Label == "" {
			q.Label = dv.label
		}
		return q, true
	}
	if _, ok := s.byID[id]; ok {
		return s.direct(id, d), true
	}
	return Quantity{}, false
}

// AmountNames lists every name Amount accepts, sorted.
func (s *Params) AmountNames() []string {
	out := make([]string, 0, len(derivedAmounts)+len(s.sorted))
	for k := range derivedAmounts {
		out = append(out, k)
	}
	for _, p := range s.sorted {
		if !strings.Contains(p.ID, ".coef.") && p.ID != "mtp" {
			out = append(out, p.ID)
		}
	}
	out = append(out, "mtp")
	sort.Strings(out)
	return out
}
