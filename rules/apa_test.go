package rules_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"aidants/content"
	"aidants/rules"

	"pgregory.net/rapid"
)

func params(t testing.TB) *rules.Params {
	t.Helper()
	s, err := content.Load()
	if err != nil {
		t.Fatal(err)
	}
	return s.Params
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// The reference's worked example (apa-participation.md): MTP 1 266,60 € (APA year 2025),
// GIR 3, plan 1 000 €, resources 2 000 € → participation 299,22 €, APA 700,78 €.
func TestAPAWorkedExample(t *testing.T) {
	r, err := params(t).ComputeAPA(rules.APAInput{GIR: 3, Plan: 100000, Resources: 200000}, day(2025, 6, 1))
	if err != nil {
		t.Fatal(err)
	}
	if r.MTP.Num != 126660 || r.Participation != 29922 || r.APA != 70078 || r.RateBP != 2992 {
		t.Fatalf("got MTP %d participation %d APA %d rate %d, want 126660 29922 70078 2992", r.MTP.Num, r.Participation, r.APA, r.RateBP)
	}
}

// Ceilings and thresholds of regles-2025-2026.md §1 and apa-participation.md, to the cent.
func TestAPAYearTables(t *testing.T) {
	p := params(t)
	tables := map[int]map[string]int64{
		2024: {"apa.mtp": 121090, "apa.plafond.gir1": 195560, "apa.plafond.gir2": 158144, "apa.plafond.gir3": 114309, "apa.plafond.gir4": 76287,
			"apa.seuil_sans_participation": 87790, "apa.seuil_participation_max": 323310, "apa.repit": 54854, "apa.hospitalisation_aidant": 108981, "apa.urgence": 97780},
		2025: {"apa.mtp": 126660, "apa.plafond.gir1": 204556, "apa.plafond.gir2": 165418, "apa.plafond.gir3": 119567, "apa.plafond.gir4": 79796,
			"apa.seuil_sans_participation": 91829, "apa.seuil_participation_max": 338182, "apa.repit": 57377, "apa.hospitalisation_aidant": 113994, "apa.urgence": 102278,
			"apa.etablissement.seuil_bas": 279919, "apa.etablissement.seuil_haut": 430644},
		2026: {"apa.mtp": 128813, "apa.plafond.gir1": 208033, "apa.plafond.gir2": 168230, "apa.plafond.gir3": 121599, "apa.plafond.gir4": 81152,
			"apa.seuil_sans_participation": 93389, "apa.seuil_participation_max": 343931, "apa.repit": 58352, "apa.hospitalisation_aidant": 115932, "apa.urgence": 104016,
			"apa.etablissement.seuil_bas": 284677, "apa.etablissement.seuil_haut": 437964},
	}
	for y, tab := range tables {
		for id, want := range tab {
			for _, d := range []time.Time{day(y, 1, 1), day(y, 12, 31)} {
				q, ok := p.Amount(id, d)
				if !ok || !q.Found || q.Num != want {
					t.Errorf("%s on %s: %d (found %v), want %d", id, d.Format("2006-01-02"), q.Num, q.Found, want)
				}
			}
		}
	}
	// 2026 ceilings are official (CNSA page cited in verifications-2026.md), as DESIGN shows.
	if q, _ := p.Amount("apa.plafond.gir3", day(2026, 6, 1)); q.Confidence != rules.Official || q.Format() != "1 215,99 €" {
		t.Errorf("GIR 3 2026: %s %s", q.Format(), q.Confidence)
	}
}

// Other figures of the reference (examples of §1, AJPA, ASPA, SMIC-based amounts).
func TestReferenceFigures(t *testing.T) {
	p := params(t)
	r, _ := p.ComputeAPA(rules.APAInput{GIR: 3, Plan: 100000, Resources: 150000}, day(2026, 3, 1))
	if r.Participation != 13619 || r.APA != 86381 {
		t.Errorf("R=1500 plan 1000 2026: P %d APA %d, want ≈13619 / 86381", r.Participation, r.APA)
	}
	r, _ = p.ComputeAPA(rules.APAInput{GIR: 2, Plan: 150000, Resources: 250000}, day(2026, 3, 1))
	if r.Participation != 66950 {
		t.Errorf("R=2500 plan 1500 2026: P %d, want ≈66950", r.Participation)
	}
	checks := []struct {
		id   string
		d    time.Time
		want string
	}{
		{"ajpa.jour", day(2026, 3, 1), "66,64 €"},
		{"ajpa.demi_jour", day(2026, 3, 1), "33,32 €"},
		{"ajpa.jour", day(2024, 3, 1), "64,54 €"},
		{"ajpa.max_carriere", day(2026, 3, 1), "264 jours"},
		{"ajpa.max_carriere", day(2024, 3, 1), "66 jours"},
		{"aspa.seul", day(2026, 3, 1), "1 043,59 €"},
		{"aspa.couple", day(2026, 3, 1), "1 620,18 €"},
		{"apa.minimum_verse", day(2026, 3, 1), "36,06 €"},
		{"apa.minimum_verse", day(2026, 7, 1), "36,93 €"},
		{"apa.minimum_verse", day(2025, 7, 1), "35,64 €"},
		{"exoneration.plafond_mensuel", day(2026, 3, 1), "781,30 €"},
		{"exoneration.plafond_mensuel", day(2026, 7, 1), "800,15 €"},
		{"accueil_familial.remuneration_jour", day(2026, 3, 1), "30,05 €"},
		{"accueil_familial.remuneration_jour", day(2026, 7, 1), "30,78 €"},
		{"deduction_ascendant.forfait", day(2026, 5, 1), "4 075 €"},
		{"credit_impot_adaptation.taux", day(2026, 5, 1), "25 %"},
		{"maprimeadapt.plafond_travaux", day(2026, 5, 1), "22 000 €"},
		{"mtp", day(2026, 5, 1), "1 298,44 €"},
		{"mtp", day(2026, 1, 1), "1 288,13 €"},
	}
	for _, c := range checks {
		q, ok := p.Amount(c.id, c.d)
		if !ok || q.Format() != c.want {
			t.Errorf("%s at %s: %q, want %q", c.id, c.d.Format("2006-01-02"), q.Format(), c.want)
		}
	}
	// Figures the reference could not find are shown as such, never invented.
	for _, id := range []string{"ajap.jour", "oscar.tarif_horaire", "maprimeadapt.rfr.tres_modeste.1"} {
		q, _ := p.Amount(id, day(2026, 6, 1))
		if q.Found || q.Confidence != rules.NotFound || !strings.HasPrefix(q.Format(), "montant non confirmé (dernier montant connu : ") {
			t.Errorf("%s: %q (%s), want « montant non confirmé »", id, q.Format(), q.Confidence)
		}
	}
	if q, _ := p.Amount("ajap.jour", day(2026, 6, 1)); q.LastKnown == nil || q.LastKnown.Num != 6055 {
		t.Errorf("AJAP should carry its last confirmed figure 60,55 €: %+v", q.LastKnown)
	}
}

func TestAPASpecialCases(t *testing.T) {
	p := params(t)
	d := day(2026, 6, 1)
	// ASPA beneficiaries pay nothing (L232-4).
	r, _ := p.ComputeAPA(rules.APAInput{GIR: 1, Plan: 200000, Resources: 500000, ReceivesASPA: true}, d)
	if r.Participation != 0 || r.APA != 200000 {
		t.Errorf("ASPA: %+v", r)
	}
	// Above 2,67 MTP: 90 %.
	r, _ = p.ComputeAPA(rules.APAInput{GIR: 1, Plan: 200000, Resources: 500000}, d)
	if r.Participation != 180000 || r.APA != 20000 {
		t.Errorf("90 %%: P %d APA %d", r.Participation, r.APA)
	}
	// Couple: resources ÷ 1,7.
	r, _ = p.ComputeAPA(rules.APAInput{GIR: 3, Plan: 100000, Resources: 170000, Couple: true}, d)
	if r.Resources != 100000 {
		t.Errorf("couple resources %d, want 100000", r.Resources)
	}
	// Plan above the ceiling is capped.
	r, _ = p.ComputeAPA(rules.APAInput{GIR: 4, Plan: 500000, Resources: 0}, d)
	if r.PlanRetained != 81152 || r.APA != 81152 {
		t.Errorf("cap: %+v", r)
	}
	// Below 3 × SMIC horaire brut the APA is not paid (D232-31).
	r, _ = p.ComputeAPA(rules.APAInput{GIR: 4, Plan: 3000, Resources: 0}, d)
	if !r.BelowMinimum || r.APA != 0 {
		t.Errorf("minimum: %+v", r)
	}
	// Non-authorised service: participation + 10 %.
	a, _ := p.ComputeAPA(rules.APAInput{GIR: 3, Plan: 100000, Resources: 200000}, d)
	b, _ := p.ComputeAPA(rules.APAInput{GIR: 3, Plan: 100000, Resources: 200000, Unauthorised: true}, d)
	if want := (a.Participation*11 + 5) / 10; b.Participation != want {
		t.Errorf("+10 %%: %d, want %d", b.Participation, want)
	}
	if _, err := p.ComputeAPA(rules.APAInput{GIR: 5, Plan: 1000, Resources: 0}, d); err == nil {
		t.Error("GIR 5 must be refused")
	}
}

// exactParticipation is R232-11 computed with big rationals, as the reference writes it.
func exactParticipation(R, S, A int64) *big.Rat {
	r := func(n, d int64) *big.Rat { return big.NewRat(n, d) }
	Rr, Sr, Ar := r(R, 1), r(S, 1), r(A, 1)
	lo := new(big.Rat).Mul(r(725, 1000), Sr)
	hi := new(big.Rat).Mul(r(267, 100), Sr)
	if Rr.Cmp(lo) <= 0 {
		return r(0, 1)
	}
	if Rr.Cmp(hi) > 0 {
		return new(big.Rat).Mul(r(9, 10), Ar)
	}
	x := new(big.Rat).Quo(new(big.Rat).Sub(Rr, lo), new(big.Rat).Sub(hi, lo))
	t1 := new(big.Rat).Mul(r(317, 1000), Sr)
	t2 := new(big.Rat).Mul(r(498, 1000), Sr)
	minR := func(a, b *big.Rat) *big.Rat {
		if a.Cmp(b) < 0 {
			return a
		}
		return b
	}
	maxR := func(a, b *big.Rat) *big.Rat {
		if a.Cmp(b) > 0 {
			return a
		}
		return b
	}
	zero := r(0, 1)
	A1 := minR(Ar, t1)
	A2 := minR(maxR(new(big.Rat).Sub(Ar, t1), zero), new(big.Rat).Sub(t2, t1))
	A3 := maxR(new(big.Rat).Sub(Ar, t2), zero)
	f2 := new(big.Rat).Add(r(4, 10), new(big.Rat).Mul(r(6, 10), x))
	f3 := new(big.Rat).Add(r(2, 10), new(big.Rat).Mul(r(8, 10), x))
	sum := new(big.Rat).Add(A1, new(big.Rat).Mul(A2, f2))
	sum.Add(sum, new(big.Rat).Mul(A3, f3))
	return new(big.Rat).Mul(new(big.Rat).Mul(r(9, 10), x), sum)
}

func roundHalfUp(x *big.Rat) int64 {
	n := new(big.Int).Mul(x.Num(), big.NewInt(2))
	n.Add(n, x.Denom())
	d := new(big.Int).Mul(x.Denom(), big.NewInt(2))
	return new(big.Int).Div(n, d).Int64()
}

// The integer implementation equals the exact rational formula to the cent, everywhere.
func TestAPAMatchesExactFormula(t *testing.T) {
	p := params(t)
	rapid.Check(t, func(t *rapid.T) {
		year := rapid.IntRange(2024, 2026).Draw(t, "year")
		gir := rapid.IntRange(1, 4).Draw(t, "gir")
		plan := rapid.Int64Range(0, 400000).Draw(t, "plan")
		res := rapid.Int64Range(0, 600000).Draw(t, "resources")
		r, err := p.ComputeAPA(rules.APAInput{GIR: gir, Plan: plan, Resources: res}, day(year, 6, 1))
		if err != nil {
			t.Fatal(err)
		}
		want := roundHalfUp(exactParticipation(res, r.MTP.Num, r.PlanRetained))
		if r.Participation != want {
			t.Fatalf("participation %d, exact %d (R %d, A %d, S %d)", r.Participation, want, res, r.PlanRetained, r.MTP.Num)
		}
	})
}

// Shape of the law: more resources never lower the participation; it never exceeds 90 %
// of the plan retained; the APA never exceeds the ceiling; amounts are never negative.
func TestAPAProperties(t *testing.T) {
	p := params(t)
	rapid.Check(t, func(t *rapid.T) {
		d := day(rapid.IntRange(2024, 2026).Draw(t, "year"), 6, 1)
		in := rules.APAInput{GIR: rapid.IntRange(1, 4).Draw(t, "gir"), Plan: rapid.Int64Range(0, 400000).Draw(t, "plan"),
			Resources: rapid.Int64Range(0, 800000).Draw(t, "res"), Couple: rapid.Bool().Draw(t, "couple")}
		more := in
		more.Resources += rapid.Int64Range(0, 100000).Draw(t, "more")
		a, _ := p.ComputeAPA(in, d)
		b, _ := p.ComputeAPA(more, d)
		if b.Participation < a.Participation {
			t.Fatalf("participation fell from %d to %d when resources rose", a.Participation, b.Participation)
		}
		if a.Participation*10 > a.PlanRetained*9+5 {
			t.Fatalf("participation %d above 90 %% of %d", a.Participation, a.PlanRetained)
		}
		if a.APA > a.Ceiling.Num || a.APA < 0 || a.Participation < 0 {
			t.Fatalf("APA %d ceiling %d participation %d", a.APA, a.Ceiling.Num, a.Participation)
		}
	})
}

// Continuity at 0,725 × MTP and 2,67 × MTP: one cent across a threshold moves the
// participation by at most a cent or so.
func TestAPAContinuity(t *testing.T) {
	p := params(t)
	for _, year := range []int{2024, 2025, 2026} {
		d := day(year, 6, 1)
		lo, _ := p.Amount("apa.seuil_sans_participation", d)
		hi, _ := p.Amount("apa.seuil_participation_max", d)
		for _, plan := range []int64{10000, 50000, 100000, 160000} {
			for _, th := range []int64{lo.Num, hi.Num} {
				a, _ := p.ComputeAPA(rules.APAInput{GIR: 1, Plan: plan, Resources: th - 1}, d)
				b, _ := p.ComputeAPA(rules.APAInput{GIR: 1, Plan: plan, Resources: th + 1}, d)
				if diff := b.Participation - a.Participation; diff < 0 || diff > 2 {
					t.Errorf("%d plan %d around %d: %d → %d", year, plan, th, a.Participation, b.Participation)
				}
			}
		}
	}
}

func TestAPAInstitution(t *testing.T) {
	p := params(t)
	d := day(2026, 6, 1)
	// tariffs per day: GIR 1-2 = 25,00 €, GIR 5-6 = 6,00 €
	low, _ := p.ComputeAPAInstitution(rules.InstitutionInput{GIR: 2, TariffGIR: 2500, TariffGIR56: 600, Resources: 150000}, d)
	if low.Participation != 600 || low.APA != 1900 {
		t.Errorf("low resources: %+v", low)
	}
	high, _ := p.ComputeAPAInstitution(rules.InstitutionInput{GIR: 2, TariffGIR: 2500, TariffGIR56: 600, Resources: 900000}, d)
	if high.Participation != 600+1520 || high.APA != 380 {
		t.Errorf("high resources: %+v", high)
	}
	rapid.Check(t, func(t *rapid.T) {
		r1 := rapid.Int64Range(0, 800000).Draw(t, "r")
		r2 := r1 + rapid.Int64Range(0, 100000).Draw(t, "more")
		a, _ := p.ComputeAPAInstitution(rules.InstitutionInput{GIR: 3, TariffGIR: 2000, TariffGIR56: 600, Resources: r1}, d)
		b, _ := p.ComputeAPAInstitution(rules.InstitutionInput{GIR: 3, TariffGIR: 2000, TariffGIR56: 600, Resources: r2}, d)
		if b.Participation < a.Participation || a.Participation < 600 || a.Participation > 600+1120 || a.APA < 0 {
			t.Fatalf("%+v %+v", a, b)
		}
	})
}

func BenchmarkComputeAPA(b *testing.B) {
	p := params(b)
	in := rules.APAInput{GIR: 3, Plan: 100000, Resources: 200000}
	d := day(2026, 6, 1)
	for b.Loop() {
		_, _ = p.ComputeAPA(in, d)
	}
}
