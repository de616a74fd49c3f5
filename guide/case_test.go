package guide

import (
	"encoding/json"
	"testing"
)

// The "dossier" export is the situation in the input contract: read back, it gives the
// same situation, hence the same plan.
func TestCaseExportRoundTrip(t *testing.T) {
	g := testGuide(t)
	in := `{"person":{"age":84,"department":"2A","residence":"home","gir":2,"monthly_resources":1400.5,"couple":false,"apa_plan_amount":900,"disability_rate":80,"aggir":{"coherence":"B"}},"caregiver":{"relationship":"child","employment":"employee","exhausted":true},"needs":["respite","meals"]}`
	s := mustParse(t, in)
	p := g.Evaluate(s, testDay)
	out := g.Export(p, FormatCase, ExportOptions{})
	back, err := ParseSituation(out)
	if err != nil {
		t.Fatalf("exported case not readable: %v\n%s", err, out)
	}
	a, _ := json.Marshal(s)
	b, _ := json.Marshal(back)
	if string(a) != string(b) {
		t.Fatalf("round trip changed the case:\n%s\n%s", a, b)
	}
	pa, _ := p.JSON()
	pb, _ := g.Evaluate(back, testDay).JSON()
	if string(pa) != string(pb) {
		t.Fatal("same case, different plan")
	}
}
