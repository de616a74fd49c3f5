package rules

import (
	"errors"
	"time"
)

// APAInput is what the APA-at-home computation needs.
type APAInput struct {
	GIR          int   // 1 to 4
	Plan         Cents // monthly plan proposed by the équipe médico-sociale (or the family's estimate)
	Resources    Cents // monthly resources; the household's when Couple
	Couple       bool  // living as a couple at home: resources are divided by 1.7 (R232-11 II)
	ReceivesASPA bool  // ASPA beneficiaries pay no participation (L232-4)
	Unauthorised bool  // service not authorised: participation +10 % (R232-14)
}

// APAResult is the monthly APA at home.
type APAResult struct {
	Ceiling       Quantity // plan ceiling of the GIR (R232-10)
	PlanRetained  Cents    // min(plan, ceiling)
	Resources     Cents    // resources taken into account (after the couple division)
	Participation Cents    // beneficiary's participation (R232-11), rounded half-up to the cent
	APA           Cents    // PlanRetained − Participation, or 0 under the payment minimum
	RateBP        int64    // participation ÷ plan retained, in basis points (1/100 of a percent)
	BelowMinimum  bool     // APA not paid: at or below 3 × SMIC horaire brut (D232-31)
	Minimum       Quantity
	MTP           Quantity // MTP used (in force on 1 January of the year)
	AsOf          time.Time
	Confidence    Confidence
}

var ceilingIDs = [5]string{"", "apa.plafond.gir1", "apa.plafond.gir2", "apa.plafond.gir3", "apa.plafond.gir4"}

// ErrGIR is returned when the GIR does not open the APA.
var ErrGIR = errors.New("le GIR doit être entre 1 et 4 pour l'APA")

// participationFormula is R232-11 I 2°, exactly, in integer arithmetic.
//
// With S the MTP, R the resources, A the plan retained cut in tranches A1 (up to 0,317 S),
// A2 (0,317 S to 0,498 S) and A3 (above), and x = (R − 0,725 S) / (1,945 S):
//
//	P = 0,9 · x · [A1 + A2 · (0,4 + 0,6 x) + A3 · (0,2 + 0,8 x)]
//
// x = N/D with N = 200 R − 145 S and D = 389 S (the fraction reduced by 5), so
//
//	P = 9 N [10 D A1 + A2 (4 D + 6 N) + A3 (2 D + 8 N)] / (100 D²)
//
// computed in 128 bits and rounded half-up to the cent. Coefficients come from parameters
// (scaled × 10 000); the reduction above is done generally below.
func participationFormula(R, S, A Cents, c1, c2, sLow, sHigh int64) Cents {
	// thresholds and tranche bounds in cents, scaled by 10 000 to stay exact
	R4 := R * 10000
	low := sLow * S // 0,725 S × 10 000
	high := sHigh * S
	switch {
	case R4 <= low:
		return 0
	case R4 > high:
		return mulDivRound(A, 9, 10)
	}
	N := uint64(R4 - low)   // x numerator (× 10 000)
	D := uint64(high - low) // x denominator (× 10 000)
	t1 := c1 * S            // tranche 1 bound × 10 000
	t2 := c2 * S
	A4 := A * 10000
	a1 := min(A4, t1)
	a2 := min(max(A4-t1, 0), t2-t1)
	a3 := max(A4-t2, 0)
	// P × 10 000 = 9 N [10 D a1 + a2 (4 D + 6 N) + a3 (2 D + 8 N)] / (100 D²)
	// Reduce the magnitudes: divide N and D by their common factor S when possible is not
	// exact in general, so use 128-bit sums of products.
	sum := mul128(uint64(a1), 10*D).
		add(mul128(uint64(a2), 4*D+6*N)).
		add(mul128(uint64(a3), 2*D+8*N))
	// sum ≤ A4 · 10 D < 2^128; divide by D first with rounding kept exact by splitting:
	// P4 = 9 N sum / (100 D²). Compute q = sum / D (exact remainder kept) then × 9N / (100 D).
	q, r := div128(sum, D)
	// P4 = 9 N (q D + r) / (100 D²) = 9 N q / (100 D) + 9 N r / (100 D²)
	num := mul128(9*N, q).mul(D).add(mul128(9*N, r))
	den := 100 * D
	// num / (den × D) rounded, then /10 000 for cents, rounded half up once at the end.
	p4q, p4r := div128(num, den)
	// p4q + p4r/den is (P4 × D); divide by D × 10 000 with a single rounding.
	return roundDiv(p4q, p4r, den, D*10000)
}

// div128 returns x / d and x % d for a quotient that fits 64 bits.
func div128(x u128, d uint64) (uint64, uint64) {
	if x.hi >= d {
		// reduce: the callers' values keep the quotient below 2^64
		panic("div128: quotient overflow")
	}
	q, r := bitsDiv(x.hi, x.lo, d)
	return q, r
}

// roundDiv returns round_half_up((q + r/den) / m) for r < den.
func roundDiv(q, r, den, m uint64) Cents {
	res := q / m
	rem := q % m // remainder in units of 1, plus fractional r/den
	// compare (rem + r/den) with m/2  <=>  2 rem den + 2 r >= m den
	lhs := mul128(2*rem, den).add(u128{0, 2 * r})
	rhs := mul128(m, den)
	if lhs.hi > rhs.hi || (lhs.hi == rhs.hi && lhs.lo >= rhs.lo) {
		res++
	}
	return Cents(res)
}

// ComputeAPA computes the APA at home at day d (CASF L232-3-1, L232-4, R232-10, R232-11,
// R232-14, D232-31). Ceilings and thresholds use the MTP in force on 1 January of d's year.
func (s *Params) ComputeAPA(in APAInput, d time.Time) (APAResult, error) {
	if in.GIR < 1 || in.GIR > 4 {
		return APAResult{}, ErrGIR
	}
	if in.Plan < 0 || in.Resources < 0 || in.Plan > MaxEuros || in.Resources > MaxEuros {
		return APAResult{}, errors.New("montant négatif ou trop grand")
	}
	res := APAResult{AsOf: yearStart(d)}
	res.MTP = apaMTP(s, d)
	ceil, _ := s.Amount(ceilingIDs[in.GIR], d)
	res.Ceiling = ceil
	res.Minimum, _ = s.Amount("apa.minimum_verse", d)
	c1, ok1 := s.value("apa.coef.tranche1", res.AsOf)
	c2, ok2 := s.value("apa.coef.tranche2", res.AsOf)
	lo, ok3 := s.value("apa.coef.seuil_sans_participation", res.AsOf)
	hi, ok4 := s.value("apa.coef.seuil_participation_max", res.AsOf)
	div, ok5 := s.value("apa.couple_diviseur", res.AsOf)
	maj, ok6 := s.value("apa.majoration_non_autorise", res.AsOf)
	if !ceil.Found || !res.MTP.Found || !(ok1 && ok2 && ok3 && ok4 && ok5 && ok6) {
		res.Confidence = NotFound
		return res, errors.New("montants de l'APA non trouvés pour cette date")
	}
	res.PlanRetained = min(in.Plan, ceil.Num)
	res.Resources = in.Resources
	if in.Couple {
		res.Resources = mulDivRound(in.Resources, 10000, div.Num)
	}
	if !in.ReceivesASPA {
		res.Participation = participationFormula(res.Resources, res.MTP.Num, res.PlanRetained, c1.Num, c2.Num, lo.Num, hi.Num)
		if in.Unauthorised {
			res.Participation = min(res.PlanRetained, mulDivRound(res.Participation, 10000+maj.Num, 10000))
		}
	}
	res.APA = res.PlanRetained - res.Participation
	if res.PlanRetained > 0 {
		res.RateBP = mulDivRound(res.Participation, 10000, res.PlanRetained)
	}
	// D232-31: not paid when the monthly amount is lower than or equal to the minimum
	if res.Minimum.Found && res.APA <= res.Minimum.Num {
		res.BelowMinimum = true
		res.APA = 0
	}
	res.Confidence = Weakest(Computed, Weakest(ceil.Confidence, res.MTP.Confidence))
	return res, nil
}

// InstitutionInput is what the APA in an establishment needs (R232-19): the establishment's
// daily dependency tariffs and the resident's monthly resources.
type InstitutionInput struct {
	GIR         int   // 1 to 4
	TariffGIR   Cents // dependency tariff for the resident's GIR group (1-2 or 3-4), per day
	TariffGIR56 Cents // dependency tariff GIR 5-6, per day (the "ticket modérateur")
	Resources   Cents // monthly resources (a couple's ÷ 2 when one member is in the establishment)
	Couple      bool
}

// InstitutionResult is the daily APA in an establishment.
type InstitutionResult struct {
	Participation Cents // per day
	APA           Cents // per day; 0 when not paid (BelowMinimum)
	// BelowMinimum: the monthly APA (an average month of the daily amount) is lower than or
	// equal to 3 × SMIC horaire brut, so it is not paid (D232-31, a common provision of
	// the APA at home and in an establishment).
	BelowMinimum bool
	Minimum      Quantity
	AsOf         time.Time
	Confidence   Confidence
}

// ComputeAPAInstitution applies R232-19: below 2,21 MTP the resident pays the GIR 5-6 tariff;
// between 2,21 and 3,40 MTP, that plus a growing share (up to 80 %) of the difference between
// the GIR tariff and the GIR 5-6 tariff; above 3,40 MTP, the GIR 5-6 tariff plus 80 % of it.
func (s *Params) ComputeAPAInstitution(in InstitutionInput, d time.Time) (InstitutionResult, error) {
	if in.GIR < 1 || in.GIR > 4 {
		return InstitutionResult{}, ErrGIR
	}
	if in.TariffGIR < in.TariffGIR56 || in.TariffGIR56 < 0 || in.Resources < 0 || in.TariffGIR > MaxEuros || in.Resources > MaxEuros {
		return InstitutionResult{}, errors.New("tarifs ou ressources impossibles")
	}
	out := InstitutionResult{AsOf: yearStart(d)}
	mtp := apaMTP(s, d)
	lo, ok1 := s.value("apa.etablissement.coef.seuil_bas", out.AsOf)
	hi, ok2 := s.value("apa.etablissement.coef.seuil_haut", out.AsOf)
	rate, ok3 := s.value("apa.etablissement.taux", out.AsOf)
	if !mtp.Found || !ok1 || !ok2 || !ok3 {
		return out, errors.New("paramètres de l'APA en établissement non trouvés")
	}
	R := in.Resources
	if in.Couple {
		R = R / 2 // the couple's resources are divided by 2 (R232-19)
	}
	gap := in.TariffGIR - in.TariffGIR56
	R4 := R * 10000
	low, high := lo.Num*mtp.Num, hi.Num*mtp.Num
	var extra Cents
	switch {
	case R4 <= low:
		extra = 0
	case R4 >= high:
		extra = mulDivRound(gap, rate.Num, 10000)
	default:
		// gap × rate × (R − low)/(high − low), one rounding
		num := mul128(uint64(gap)*uint64(rate.Num), uint64(R4-low))
		extra = div128Round(num, uint64(high-low)*10000)
	}
	out.Participation = in.TariffGIR56 + extra
	out.APA = in.TariffGIR - out.Participation
	out.Minimum, _ = s.Amount("apa.minimum_verse", d)
	if out.Minimum.Found && MonthOfDays(out.APA) <= out.Minimum.Num {
		out.BelowMinimum = true
		out.APA = 0
	}
	out.Confidence = Weakest(Secondary, mtp.Confidence)
	return out, nil
}
