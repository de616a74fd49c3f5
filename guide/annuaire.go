package guide

import (
	"fmt"
	"strings"

	"aidants/content"
)

// PlaceDirectory is what the guide knows for a place, for `aidants annuaire`: the France
// services nearest the commune, the territory's bodies, the national lines.
type PlaceDirectory struct {
	Place          Place
	FranceServices []content.FranceService
	FSWhere        string // commune, intercommunalité or département
	FSTotal        int    // France services in the département
	Local          []content.Contact
	National       []content.Contact
}

// Directory gathers what the guide knows for a resolved place.
func (g *Guide) PlaceDirectory(p Place) PlaceDirectory {
	d := PlaceDirectory{Place: p}
	geo := content.Geography()
	d.FSTotal = len(geo.FranceServicesIn(p.Department, 0))
	switch p.Kind {
	case PlaceCommune:
		d.FranceServices, d.FSWhere = geo.FranceServicesNear(p.Commune.Code, 3)
	case PlaceDepartment:
		d.FranceServices, d.FSWhere = geo.FranceServicesIn(p.Department, 5), "département"
	}
	if g.Directory == nil {
		return d
	}
	terr := []string{p.Territory}
	if p.Territory == "" {
		terr = []string{content.TerritoryMetropoleDeLyon, p.Department}
	}
	seen := map[string]bool{}
	keep := func(list []content.Contact) (out []content.Contact) {
		for _, c := range list {
			if !seen[c.Name] {
				seen[c.Name] = true
				out = append(out, c)
			}
		}
		return out
	}
	if p.Kind == PlaceCommune {
		d.Local = keep(g.Directory.ByCommune[p.Commune.Code])
	}
	for _, t := range terr {
		d.Local = append(d.Local, keep(g.Directory.ByDepartment[t])...)
	}
	d.National = keep(g.Directory.National)
	return d
}

// Text renders the place directory in plain text at width columns; a phone number or a
// web address is never split across lines.
func (d PlaceDirectory) Text(width int) string {
	var b strings.Builder
	w := func(s, indent string) {
		for _, l := range Wrap(s, width, indent) {
			b.WriteString(strings.TrimRight(l, " ") + "\n")
		}
	}
	p := d.Place
	head := PlaceLabel(p)
	if p.Kind == PlaceCommune {
		head += " — commune " + p.Commune.Code
		if pcs := p.Commune.Postcodes(); len(pcs) > 0 {
			head += ", code postal " + strings.Join(pcs, ", ")
		}
	}
	w(head, "")
	if p.Kind == PlaceDepartment && p.Territory == "" && p.Department == "69" {
		w("Dans le Rhône, l'APA est versée par la Métropole de Lyon pour ses 58 communes, par le Département du Rhône ailleurs : donnez la commune pour savoir lequel.", "")
	}
	if p.Message != "" && p.Kind == PlaceDepartment {
		w(p.Message, "")
	}
	b.WriteString("\n")
	switch d.FSWhere {
	case "commune":
		w("France services de la commune :", "")
	case "intercommunalité":
		w("France services de l'intercommunalité (aucune dans la commune) :", "")
	default:
		w(fmt.Sprintf("France services du département (%d sur %d) :", len(d.FranceServices), d.FSTotal), "")
	}
	for _, f := range d.FranceServices {
		w("• "+f.Name, "  ")
		var det []string
		if f.Phone != "" {
			det = append(det, "Tél. "+f.Phone)
		}
		det = append(det, f.Address+", "+f.Postcode+" "+f.City)
		w("  "+strings.Join(det, " — "), "  ")
		if f.Hours != "" {
			w("  Horaires : "+f.Hours, "  ")
		}
	}
	section := func(title string, list []content.Contact) {
		if len(list) == 0 {
			return
		}
		b.WriteString("\n")
		w(title, "")
		for _, c := range list {
			w("• "+c.Name, "  ")
			n := "numéro à vérifier"
			if c.Phone != "" {
				n = "Tél. " + c.Phone
			}
			det := []string{n}
			if c.Address != "" {
				det = append(det, c.Address)
			}
			w("  "+strings.Join(det, " — "), "  ")
			if c.Web != "" {
				b.WriteString("  " + c.Web + "\n") // on its own line, never cut, even if longer
			}
			if c.Role != "" {
				w("  "+c.Role, "  ")
			}
			src := "Source : " + c.Source
			if !c.Checked.IsZero() {
				src += " (vérifié le " + c.Checked.Format("02/01/2006") + ")"
			}
			w("  "+src, "  ")
		}
	}
	section("Organismes de "+strings.TrimSpace(territoryName(p))+" :", d.Local)
	section("Numéros et sites nationaux :", d.National)
	b.WriteString("\n")
	w("Sources : "+strings.ReplaceAll(content.GeoCredit, "\n", " ; ")+".", "")
	return b.String()
}

func territoryName(p Place) string {
	if p.Territory == content.TerritoryMetropoleDeLyon {
		return "la Métropole de Lyon"
	}
	if n := content.DepartmentNameOf(p.Department); n != "" {
		return n + " (" + p.Department + ")"
	}
	return p.Department
}
