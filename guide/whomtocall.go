package guide

import (
	"strings"

	"aidants/rules"
)

// Call is one call the read-aloud summary tells the family to make.
type Call struct {
	Name  string
	Phone string // "" when the number is not confirmed: say « numéro à vérifier »
	Why   string // what to ask, in a few words
}

// WhomToCall returns the two or three calls to make, in order: the body that decides and
// pays the APA where she lives (when an APA is to ask or to check), the France services
// near her commune (help with the files, the pension fund, the Caf), then the caregivers'
// listening line when the caregiver is exhausted, else the pension fund. Only contacts for
// this audience: a line for disabled people is never read out here.
func WhomToCall(p *Plan) []Call {
	var out []Call
	seen := map[string]bool{}
	add := func(c Contact, why string) {
		if len(out) == 3 || seen[c.Name] {
			return
		}
		seen[c.Name] = true
		out = append(out, Call{Name: c.Name, Phone: c.Phone, Why: why})
	}
	firstLocal := func(id string, keep func(Contact) bool) (Contact, bool) {
		it := p.item(id)
		if it == nil {
			return Contact{}, false
		}
		for _, c := range it.Contacts {
			if c.Scope != ScopeNational && keep(c) {
				return c, true
			}
		}
		return Contact{}, false
	}
	any := func(Contact) bool { return true }
	for _, id := range []string{"apa-urgence", "apa-domicile", "apa-etablissement"} {
		if it := p.item(id); it != nil && actionable(it.Status) {
			if c, ok := firstLocal(id, any); ok {
				add(c, "pour demander l'APA")
				break
			}
		}
	}
	if c, ok := firstLocal("point-information", func(c Contact) bool { return strings.Contains(c.Name, "France services") }); ok {
		add(c, rules.WordsFor("pour être aidé dans les démarches, près de {chez elle|chez lui|chez la personne}", p.Situation))
	}
	exhausted := p.Situation != nil && p.Situation.Caregiver.Exhausted != nil && *p.Situation.Caregiver.Exhausted
	if it := p.item("ecoute-aidants"); exhausted && it != nil {
		for _, c := range it.Contacts {
			if c.Phone != "" && strings.Contains(strings.ToLower(c.Name), "aidants") {
				add(c, "pour l'aidant, être écouté")
				break
			}
		}
	}
	if it := p.item("caisse-retraite-oscar"); it != nil && it.Status != rules.StatusNotEligible {
		if c, ok := firstLocal("caisse-retraite-oscar", func(c Contact) bool { return c.Phone != "" }); ok {
			add(c, "pour les aides de la caisse de retraite à domicile")
		}
	}
	if len(out) == 0 { // place unknown: the national information
		if it := p.item("point-information"); it != nil {
			for _, c := range it.Contacts {
				if c.Phone != "" {
					add(c, "pour s'informer")
				}
			}
		}
	}
	return out
}

// String is the call as the summary reads it: « Métropole de Lyon … : numéro à vérifier ».
func (c Call) String() string {
	n := c.Phone
	if n == "" {
		n = "numéro à vérifier"
	}
	s := c.Name + " : " + n
	if c.Why != "" {
		s += " (" + c.Why + ")"
	}
	return s
}
