package content

// Parameters of the law review of December 2026 (issue 13), each checked against the text
// it rests on.

import (
	"strings"
	"testing"
	"time"

	"aidants/rules"
)

func lawDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func amountAt(t *testing.T, p *rules.Params, id string, d time.Time) rules.Quantity {
	t.Helper()
	q, ok := p.Amount(id, d)
	if !ok {
		t.Fatalf("%s unknown", id)
	}
	return q
}

// CASF art. R231-6: the sum left each month to a resident under the ASH is one hundredth
// of the yearly ASPA, rounded to the nearest euro. Yearly ASPA (person alone) from the Cnav
// circulars: 12 144,27 € (2024), 12 411,44 € (2025), 12 523,14 € (2026).
func TestASHMinimumRoundedToTheEuro(t *testing.T) {
	p := MustLoadForTest(t).Params
	for _, c := range []struct {
		year   int
		yearly int64 // cents
		want   int64 // cents: 121 €, 124 €, 125 €
	}{{2024, 1214427, 12100}, {2025, 1241144, 12400}, {2026, 1252314, 12500}} {
		// one hundredth, to the nearest euro: (yearly/100 + 0,50 €) truncated to euros
		fromText := (c.yearly/100 + 50) / 100 * 100
		if fromText != c.want {
			t.Fatalf("%d: the text gives %d, the table %d", c.year, fromText, c.want)
		}
		q := amountAt(t, p, "ash.reste_a_vivre", lawDay(c.year, 6, 1))
		if !q.Found || q.Num != c.want {
			t.Errorf("%d: ash.reste_a_vivre = %s, want %s", c.year, q.Format(), rules.FormatEuros(c.want))
		}
	}
}

// ASPA 2024 (circulaire Cnav): 12 144,27 € and 18 854,02 € a year; the Cnav's monthly figure
// is the yearly one divided by 12 and cut to the cent (1 012,02 € and 1 571,16 €), as for
// 2025 (12 411,44 → 1 034,28) and 2026 (12 523,14 → 1 043,59).
func TestASPA2024(t *testing.T) {
	p := MustLoadForTest(t).Params
	for _, c := range []struct {
		id     string
		year   int
		yearly int64
	}{
		{"aspa.seul", 2024, 1214427}, {"aspa.couple", 2024, 1885402},
		{"aspa.seul", 2025, 1241144}, {"aspa.couple", 2025, 1926880},
		{"aspa.seul", 2026, 1252314}, {"aspa.couple", 2026, 1944221},
	} {
		q := amountAt(t, p, c.id, lawDay(c.year, 3, 1))
		if !q.Found || q.Num != c.yearly/12 {
			t.Errorf("%s %d = %s, want %s", c.id, c.year, q.Format(), rules.FormatEuros(c.yearly/12))
		}
	}
	if q := amountAt(t, p, "aspa.seul", lawDay(2024, 3, 1)); q.Confidence != rules.Secondary {
		t.Errorf("ASPA 2024: confidence %s, want secondaire (the circular was not read)", q.Confidence)
	}
}

// The forfait journalier hospitalier is 23 € a day (17 € in psychiatry) since 1 March 2026
// (arrêté published in the Journal officiel of 28 February 2026; press only: secondaire),
// 20 € (15 €) before.
func TestForfaitJournalierHospitalier(t *testing.T) {
	p := MustLoadForTest(t).Params
	for _, c := range []struct {
		id   string
		d    time.Time
		want int64
	}{
		{"forfait_journalier_hospitalier", lawDay(2026, 2, 28), 2000},
		{"forfait_journalier_hospitalier", lawDay(2026, 3, 1), 2300},
		{"forfait_journalier_hospitalier.psychiatrie", lawDay(2026, 2, 28), 1500},
		{"forfait_journalier_hospitalier.psychiatrie", lawDay(2026, 3, 1), 1700},
	} {
		q := amountAt(t, p, c.id, c.d)
		if !q.Found || q.Num != c.want || q.Confidence != rules.Secondary {
			t.Errorf("%s on %s = %s (%s), want %s (secondaire)", c.id, c.d.Format("2006-01-02"), q.Format(), q.Confidence, rules.FormatEuros(c.want))
		}
	}
}

// CSS art. D168-6: the AJAP is revalued « à la même date et selon le même taux » as the
// AJPP, whose amount is computed from the SMIC in force on 1 January (D544-6): a January
// revaluation, not April. The 2025 and 2026 amounts were not found.
func TestAJAPRevaluedInJanuary(t *testing.T) {
	p := MustLoadForTest(t).Params
	for _, id := range []string{"ajap.jour", "ajap.demi_jour"} {
		par, ok := p.Get(id)
		if !ok {
			t.Fatalf("%s unknown", id)
		}
		if par.Revision != rules.RevJanuary {
			t.Errorf("%s revised %q, want janvier (CSS art. D168-6 and D544-6)", id, par.Revision)
		}
		if q := amountAt(t, p, id, lawDay(2024, 12, 31)); !q.Found {
			t.Errorf("%s on 31/12/2024: %s, want the figure of March 2024 (no revaluation before 1/1/2025)", id, q.Format())
		}
		if q := amountAt(t, p, id, lawDay(2025, 1, 1)); q.Found {
			t.Errorf("%s on 1/1/2025: %s, want « montant non confirmé »", id, q.Format())
		}
	}
}

// The old disability, priority and parking cards are valid at the latest until 31
// December 2026 (loi 2016-1321 art. 107; service-public.fr F2891): from 1 January 2027 they
// are no longer valid.
func TestOldCardsEndOn1January2027(t *testing.T) {
	q := amountAt(t, MustLoadForTest(t).Params, "cmi.fin_anciennes_cartes", lawDay(2026, 6, 1))
	if q.Text != "2027-01-01" || q.Format() != "1er janvier 2027" {
		t.Errorf("cmi.fin_anciennes_cartes = %q (%s), want 2027-01-01", q.Text, q.Format())
	}
}

// Issue 13, point 13: a fiche's source address is the exact page, never a site's home page;
// a source may have no address (its title says what it is) until the exact page is found.
func TestSourcesPointSomewhere(t *testing.T) {
	for _, c := range []struct {
		title, url string
		ok         bool
	}{
		{"Légifrance", "https://www.legifrance.gouv.fr", false},
		{"Légifrance", "https://www.legifrance.gouv.fr/", false},
		{"CSS art. D241-5", "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047634579", true},
		{"Service-public.fr F10009", "https://www.service-public.fr/particuliers/vosdroits/F10009", true},
		{"CASF art. R231-6", "", true},
		{"Circulaire Cnav 2008-31 du 18/06/2008", "", true},
		{"site", "ftp://example.org/x", false},
	} {
		if got := sourcePageProblem(Source{Title: c.title, URL: c.url}) == ""; got != c.ok {
			t.Errorf("%q %q: accepted %v, want %v", c.title, c.url, got, c.ok)
		}
	}
	// and the embedded content passes
	for _, p := range MustLoadForTest(t).Verify() {
		if strings.Contains(p.Message, "page d'accueil") {
			t.Error(p)
		}
	}
}
