package rules

import (
	"errors"
	"time"
)

// The monthly resources the APA counts, from the avis d'imposition (CASF art. R232-5):
//
//	1° the revenu déclaré of the reference year, as on the last avis d'imposition or de
//	   non-imposition, plus the incomes taxed at source (prélèvement libératoire, CGI
//	   art. 125-0 A and 125 D), with the spouse's, concubin's or PACS partner's;
//	2° goods and capital neither used nor invested, valued as R132-1 says: 50 % of the
//	   valeur locative of buildings, 80 % of that of land, 3 % of capital; not the main
//	   residence when the person, the spouse, the children or grandchildren live in it.
//
// Social benefits the texts exclude (housing aids, benefits in kind of health insurance…,
// R232-5 II) are not taxable and are not on the avis: nothing is taken off. The household's
// monthly figure is what the APA computations take; they divide it for a couple (1,7 at
// home, R232-11 II; 2 in an establishment, R232-19).

// TaxNoticeInput is read on the avis d'imposition (yearly amounts) and from what the family
// knows of its property.
type TaxNoticeInput struct {
	Declared Cents // revenu déclaré: the incomes as declared (pensions before the 10 % deduction), per year
	// RFR is the revenu fiscal de référence, per year: used when Declared is not given. It
	// is after the 10 % deduction on pensions, so it can be lower than what the
	// département counts.
	RFR         Cents
	Liberatory  Cents // incomes taxed by prélèvement libératoire, per year, when not already in the figure given
	IdleBuilt   Cents // valeur locative of buildings neither let nor the main residence, per year
	IdleLand    Cents // valeur locative of land neither farmed nor let, per year
	IdleCapital Cents // capital neither invested nor yielding income (total)
	Couple      bool
}

// TaxNoticeResources is the monthly resources of the household for the APA.
type TaxNoticeResources struct {
	FromRFR        bool  // the RFR was used, not the revenu déclaré
	Income         Cents // the figure of the avis used, per year
	Liberatory     Cents
	Built          Cents // 50 % of IdleBuilt
	Land           Cents // 80 % of IdleLand
	Capital        Cents // 3 % of IdleCapital
	Yearly         Cents // sum
	Monthly        Cents // Yearly ÷ 12, rounded half up: the household's monthly resources
	PerPersonHome  Cents // Monthly ÷ 1,7 for a couple at home (R232-11 II), = Monthly alone
	PerPersonInEst Cents // Monthly ÷ 2 for a couple with one member in an establishment (R232-19)
	Rates          [3]Quantity
	Confidence     Confidence
}

// ResourcesFromTaxNotice applies R232-5 at day d.
func (s *Params) ResourcesFromTaxNotice(in TaxNoticeInput, d time.Time) (TaxNoticeResources, error) {
	for _, c := range []Cents{in.Declared, in.RFR, in.Liberatory, in.IdleBuilt, in.IdleLand, in.IdleCapital} {
		if c < 0 || c > 100*MaxEuros {
			return TaxNoticeResources{}, errors.New("montant négatif ou trop grand")
		}
	}
	out := TaxNoticeResources{Income: in.Declared, Liberatory: in.Liberatory}
	if in.Declared == 0 && in.RFR > 0 {
		out.Income, out.FromRFR = in.RFR, true
	}
	out.Rates = [3]Quantity{s.direct("apa.ressources.taux_bati", d), s.direct("apa.ressources.taux_non_bati", d), s.direct("apa.ressources.taux_capitaux", d)}
	out.Confidence = Computed
	for _, q := range out.Rates {
		if !q.Found {
			return out, errors.New("taux de l'article R132-1 non trouvés")
		}
		out.Confidence = Weakest(out.Confidence, q.Confidence)
	}
	out.Built = mulDivRound(in.IdleBuilt, out.Rates[0].Num, 10000)
	out.Land = mulDivRound(in.IdleLand, out.Rates[1].Num, 10000)
	out.Capital = mulDivRound(in.IdleCapital, out.Rates[2].Num, 10000)
	out.Yearly = out.Income + out.Liberatory + out.Built + out.Land + out.Capital
	out.Monthly = mulDivRound(out.Yearly, 1, 12)
	out.PerPersonHome, out.PerPersonInEst = out.Monthly, out.Monthly
	if in.Couple {
		if div, ok := s.value("apa.couple_diviseur", yearStart(d)); ok && div.Found {
			out.PerPersonHome = mulDivRound(out.Monthly, 10000, div.Num)
		}
		out.PerPersonInEst = mulDivRound(out.Monthly, 1, 2)
	}
	return out, nil
}
