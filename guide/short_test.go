package guide

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// When the APA is already granted, the plan does not send the family to ask for it again:
// the request steps give way to a revision step (fiche steps with skip_if / only_if).
func TestStepsFollowTheSituation(t *testing.T) {
	g := testGuide(t)
	steps := func(js string) string {
		p := g.Evaluate(mustParse(t, js), testDay)
		var b strings.Builder
		for _, st := range p.Items[position(p, "apa-domicile")].Steps {
			b.WriteString(st.Text + "\n")
		}
		return b.String()
	}
	asking := steps(`{"person":{"age":84,"gir":2,"residence":"home","receives_apa":false}}`)
	granted := steps(`{"person":{"age":84,"gir":2,"residence":"home","receives_apa":true}}`)
	if !strings.Contains(asking, "Retirer le dossier") || strings.Contains(asking, "révision") {
		t.Errorf("APA to ask for:\n%s", asking)
	}
	if strings.Contains(granted, "Retirer le dossier") || !strings.Contains(granted, "révision") {
		t.Errorf("APA already granted:\n%s", granted)
	}
}

// The short export keeps the rights with their steps and papers and drops what a family
// does not need on paper: information items, refusals, letters, sources.
func TestShortExport(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(mustParse(t, `{"person":{"age":84,"department":"23","residence":"home","gir":2,"receives_apa":true,"monthly_resources":1400},"caregiver":{"relationship":"child","employment":"employee"}}`), testDay)
	long := string(g.Export(p, FormatText, ExportOptions{}))
	short := string(g.Export(p, FormatText, ExportOptions{Short: true}))
	if len(short)*2 > len(long) {
		t.Errorf("short export is %d bytes, long %d: not much shorter", len(short), len(long))
	}
	for _, want := range []string{"Congé de proche aidant", "révision du plan d'aide", "UTAS"} {
		if !strings.Contains(short, want) {
			t.Errorf("short export lacks %q", want)
		}
	}
	for _, not := range []string{"Demande de congé de proche aidant à l'employeur", "Non éligible", "Sources"} {
		if strings.Contains(short, not) {
			t.Errorf("short export still has %q", not)
		}
	}
	for i, l := range strings.Split(short, "\n") {
		if utf8.RuneCountInString(l) > ExportWidth {
			t.Errorf("line %d too long: %q", i+1, l)
		}
	}
	html := string(g.Export(p, FormatHTML, ExportOptions{Short: true}))
	if !strings.Contains(html, `<body class="short">`) || strings.Contains(html, "Modèle de lettre") {
		t.Error("short HTML: page breaks inside items not allowed, or letters still referenced")
	}
}

// Issue 17: when the ASH is in play, the short family printout says what the children owe
// (obligation alimentaire), and carries the EHPAD estimate.
func TestShortExportObligationAlimentaire(t *testing.T) {
	g := testGuide(t)
	p := g.Evaluate(mustParse(t, `{"person":{"age":91,"department":"75","residence":"institution","gir":2,"monthly_resources":1600,"couple":false,"ehpad_accommodation_daily":95,"ehpad_dependency_daily":22,"ehpad_dependency_gir56_daily":6.5},"caregiver":{"relationship":"child"}}`), testDay)
	short := string(g.Export(p, FormatText, ExportOptions{Short: true}))
	for _, want := range []string{"Obligation alimentaire des enfants", "Ce que l'EHPAD coûtera chaque mois"} {
		if !strings.Contains(short, want) {
			t.Errorf("short export lacks %q", want)
		}
	}
	home := g.Evaluate(mustParse(t, `{"person":{"age":84,"residence":"home","gir":2,"monthly_resources":1400},"caregiver":{"relationship":"child"}}`), testDay)
	if s := string(g.Export(home, FormatText, ExportOptions{Short: true})); strings.Contains(s, "Obligation alimentaire des enfants") {
		t.Error("obligation alimentaire shown at home, ASH not in play")
	}
}
