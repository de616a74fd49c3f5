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
