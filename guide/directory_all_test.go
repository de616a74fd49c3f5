package guide

import (
	"strings"
	"testing"
	"time"

	"aidants/content"
	"aidants/rules"
)

// payerWant is who decides and pays the APA, by law, where it is not the conseil
// départemental: Ville de Paris (loi 2017-257), Métropole de Lyon (loi 2014-58),
// Collectivité de Corse (loi 2015-991 art. 30), Collectivité européenne d'Alsace (loi
// 2019-816), collectivités territoriales de Martinique and Guyane (loi 2011-884).
var payerWant = map[string]string{"75": "Ville de Paris", "69M": "Métropole de Lyon", "69": "Département du Rhône",
	"2A": "Collectivité de Corse", "2B": "Collectivité de Corse", "67": "Collectivité européenne d'Alsace",
	"68": "Collectivité européenne d'Alsace", "972": "Collectivité territoriale de Martinique",
	"973": "Collectivité territoriale de Guyane", "976": "Département de Mayotte"}

// pensionWant: the Cnav in Île-de-France, the CGSS in the overseas départements, the CSSM
// in Mayotte, a Carsat elsewhere.
func pensionWant(dep string) string {
	switch dep {
	case "75", "77", "78", "91", "92", "93", "94", "95":
		return "Cnav"
	case "971", "972", "973", "974":
		return "CGSS"
	case "976":
		return "CSSM"
	}
	return "Carsat"
}

func hasContact(it *Item, sub string) bool {
	for _, c := range it.Contacts {
		if strings.Contains(c.Name, sub) {
			return true
		}
	}
	return false
}

func planItem(p *Plan, id string) *Item {
	for i := range p.Items {
		if p.Items[i].ID == id {
			return &p.Items[i]
		}
	}
	return nil
}

// Every département and the Métropole de Lyon: its APA payer by name, its pension fund, at
// least one France services with a phone, and the national lines.
func TestDirectoryCoversEveryDepartment(t *testing.T) {
	g := testGuide(t)
	geo := content.Geography()
	first := map[string]string{"69M": "69266"} // a commune of each territory
	for _, c := range geo.Communes() {
		terr := c.Territory()
		if _, ok := first[terr]; !ok && rules.ValidDepartment(c.Department) {
			first[terr] = c.Code
		}
	}
	n := 0
	for _, dep := range geo.Departments() {
		if !rules.ValidDepartment(dep) {
			continue
		}
		for _, terr := range []string{dep, dep + "M"} {
			code, ok := first[terr]
			if !ok {
				continue
			}
			n++
			t.Run(terr, func(t *testing.T) {
				s, err := ParseSituation([]byte(`{"person": {"age": 80, "commune": "` + code + `"}}`))
				if err != nil {
					t.Fatal(err)
				}
				p := g.Evaluate(s, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
				payer := payerWant[terr]
				if payer == "" {
					payer = "Conseil départemental"
				}
				if it := planItem(p, "apa-domicile"); it == nil || !hasContact(it, payer) {
					t.Errorf("%s (commune %s): APA payer %q not among the contacts", terr, code, payer)
				}
				if it := planItem(p, "caisse-retraite-oscar"); it == nil || !hasContact(it, pensionWant(dep)) {
					t.Errorf("%s: pension fund %q not among the contacts", terr, pensionWant(dep))
				}
				phone := false
				for _, f := range geo.FranceServicesIn(dep, 0) {
					phone = phone || f.Phone != ""
				}
				if !phone {
					t.Errorf("%s: no France services with a phone", dep)
				}
				if it := planItem(p, "ecoute-aidants"); it == nil || !hasContact(it, "3977") {
					t.Errorf("%s: the national line 3977 is missing", terr)
				}
				if it := planItem(p, "point-information"); it == nil || !hasContact(it, "France services") {
					t.Errorf("%s: no France services for the commune %s", terr, code)
				}
			})
		}
	}
	if n != 102 {
		t.Errorf("%d territories checked, want 101 départements and the Métropole de Lyon", n)
	}
}

func TestPlacesOfTheIssue(t *testing.T) {
	g := testGuide(t)
	for text, payer := range map[string]string{"Villeurbanne": "Métropole de Lyon", "villeurbanne": "Métropole de Lyon",
		"69100": "Métropole de Lyon", "Ajaccio": "Collectivité de Corse", "Strasbourg": "Collectivité européenne d'Alsace",
		"Villefranche-sur-Saône": "Département du Rhône"} {
		s := &rules.Situation{}
		if !ApplyPlace(s, ResolvePlace(text)) {
			t.Fatalf("%s: not resolved", text)
		}
		p := g.Evaluate(s, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
		it := planItem(p, "apa-domicile")
		if it == nil || !hasContact(it, payer) {
			t.Errorf("%s: %q not among the APA contacts", text, payer)
		}
		if it != nil && len(it.Contacts) > 0 && it.Contacts[0].Scope == ScopeNational {
			t.Errorf("%s: a national contact comes before the local ones", text)
		}
		for _, other := range []string{"Département du Rhône", "Métropole de Lyon"} {
			if other != payer && strings.Contains(payer+other, "Rhône") && strings.Contains(payer+other, "Métropole") && it != nil && hasContact(it, other+" –") {
				t.Errorf("%s: the other payer %q is listed too", text, other)
			}
		}
	}
}
