package guide

import (
	"aidants/content"
	"aidants/rules"
)

// Contacts of an item, nearest first: the commune's (its France services, a user's own
// entries for the commune), then the territory's (the département, or the Métropole de
// Lyon), then the national lines.

// Scopes of a contact, from the nearest.
const (
	ScopeCommune    = "commune"
	ScopeDepartment = "département"
	ScopeNational   = "national"
)

// franceServicesItems are the démarches a France services helps with: its agents are
// trained to help with the pension funds, the CAF, the Assurance maladie, the MSA and the
// tax office (ANCT, charte France services).
var franceServicesItems = map[string]bool{"point-information": true, "aspa": true, "aides-logement": true,
	"caisse-retraite-oscar": true, "credit-impot-services": true, "deduction-fiscale-ascendant": true}

// maxFranceServices is how many France services a plan lists for one place.
const maxFranceServices = 2

// territories are the directory keys of where the person lives, nearest first.
func territories(s *rules.Situation) []string {
	p := s.Person
	switch {
	case p.Territory != "":
		return []string{p.Territory}
	case p.Department != nil && *p.Department == "69":
		// Métropole de Lyon or Département du Rhône: both, until the commune is known
		return []string{content.TerritoryMetropoleDeLyon, "69"}
	case p.Department != nil:
		return []string{*p.Department}
	}
	return nil
}

func (g *Guide) contactsFor(item string, s *rules.Situation) []Contact {
	var out []Contact
	commune := ""
	if s.Person.Commune != nil {
		commune = *s.Person.Commune
	}
	if commune != "" && franceServicesItems[item] {
		fs, where := content.Geography().FranceServicesNear(commune, maxFranceServices)
		for _, f := range fs {
			out = append(out, franceServiceContact(f, where))
		}
	}
	terr := territories(s)
	if g.Directory != nil {
		for _, c := range g.Directory.Local(item, commune, terr...) {
			sc := ScopeDepartment
			if c.Department != "" && len(g.Directory.ByCommune[commune]) > 0 && inList(g.Directory.ByCommune[commune], c) {
				sc = ScopeCommune
			}
			out = append(out, contactOf(c, sc))
		}
		for _, c := range g.Directory.NationalFor(item) {
			out = append(out, contactOf(c, ScopeNational))
		}
	}
	return out
}

func inList(list []content.Contact, c content.Contact) bool {
	for _, x := range list {
		if x.Name == c.Name && x.File == c.File {
			return true
		}
	}
	return false
}

func contactOf(c content.Contact, scope string) Contact {
	ct := Contact{Name: c.Name, Role: c.Role, Phone: c.Phone, Address: c.Address, Hours: c.Hours, Web: c.Web, Email: c.Email, Scope: scope}
	if !c.Checked.IsZero() {
		ct.Checked = c.Checked.Format(DateFormat)
	}
	return ct
}

// franceServiceContact turns a France services of the ANCT list into a contact. where
// says whether it is in the commune, its intercommunalité or only its département.
func franceServiceContact(f content.FranceService, where string) Contact {
	role := "Accueil public de proximité, gratuit : aide pour les démarches de la retraite, de la CAF, de l'Assurance maladie, de la MSA et des impôts, et pour les démarches en ligne."
	switch where {
	case "intercommunalité":
		role += " (dans l'intercommunalité de la personne)"
	case "département":
		role += " (dans le département ; aucune dans sa commune ni son intercommunalité)"
	}
	if f.Format != "" && f.Format != "Fixe" {
		role += " Accueil « " + f.Format + " » : vérifiez le lieu du jour."
	}
	addr := f.Address
	if f.Postcode != "" || f.City != "" {
		addr += ", " + f.Postcode + " " + f.City
	}
	return Contact{Name: f.Name, Role: role, Phone: f.Phone, Address: addr, Hours: f.Hours, Email: f.Email, Checked: "2024-08-01", Scope: ScopeCommune}
}
