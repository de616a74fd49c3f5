package guide

import (
	"fmt"
	"strings"

	"aidants/content"
	"aidants/rules"
)

// Where the person lives, as a caller says it: a commune's name (accents and case
// ignored, « st » for saint, the start of the name), a postcode, a département's number
// or name. ResolvePlace is a pure function of the embedded communes.

// PlaceKind says what a typed place turned out to be.
type PlaceKind int

const (
	PlaceNone       PlaceKind = iota // nothing recognised (Message says why)
	PlaceCommune                     // one commune: Commune, Department, Territory
	PlaceDepartment                  // a département (or the Métropole de Lyon) without the commune
	PlaceChoice                      // several communes match: Candidates, to ask which
	PlaceOverseas                    // a collectivité d'outre-mer the guide does not cover (Message)
)

// Place is the result of ResolvePlace.
type Place struct {
	Kind       PlaceKind
	Commune    content.Commune   // PlaceCommune
	Department string            // PlaceCommune, PlaceDepartment
	Territory  string            // who pays the APA: the département code, "69M", or "" if it depends on the commune
	Candidates []content.Commune // PlaceChoice, at most maxCandidates
	More       bool              // PlaceChoice: more communes match than Candidates holds
	Message    string            // French: why nothing matched, which body to ask, or a hint
}

const maxCandidates = 8

// overseasBodies says whom to ask in the overseas collectivités that are not départements.
var overseasBodies = map[string]string{
	"975": "Saint-Pierre-et-Miquelon est une collectivité d'outre-mer, pas un département : le guide ne connaît pas ses règles. Pour l'aide aux personnes âgées, adressez-vous à la Collectivité territoriale de Saint-Pierre-et-Miquelon (elle a les compétences d'un département) ; pour la retraite et la santé, à la Caisse de prévoyance sociale (CPS).",
	"977": "Saint-Barthélemy est une collectivité d'outre-mer, pas un département : le guide ne connaît pas ses règles. Pour l'aide aux personnes âgées, adressez-vous à la Collectivité de Saint-Barthélemy ; pour la retraite et la santé, à la Caisse de prévoyance sociale de Saint-Barthélemy.",
	"978": "Saint-Martin est une collectivité d'outre-mer, pas un département : le guide ne connaît pas ses règles. Pour l'aide aux personnes âgées, adressez-vous à la Collectivité de Saint-Martin ; pour la retraite et la santé, à la caisse générale de sécurité sociale (CGSS) de la Guadeloupe, dont relève Saint-Martin.",
}

// pacificMessage answers for the collectivités of the Pacific and the TAAF.
const pacificMessage = "C'est une collectivité d'outre-mer du Pacifique ou des Terres australes : ses aides sociales ne sont pas celles des départements, le guide ne les connaît pas. Adressez-vous aux services sociaux de la collectivité."

// ResolvePlace reads where the person lives, as typed.
func ResolvePlace(text string) Place {
	t := strings.TrimSpace(content.Sanitize(text))
	if t == "" {
		return Place{Message: "tapez le nom de la commune, son code postal ou le numéro du département"}
	}
	g := content.Geography()
	up := strings.ToUpper(strings.ReplaceAll(t, " ", ""))
	key := content.NormalizeName(t)
	switch {
	case up == "69M" || key == "metropole de lyon" || key == "metropole lyon" || key == "grand lyon":
		return Place{Kind: PlaceDepartment, Department: "69", Territory: content.TerritoryMetropoleDeLyon}
	case isDigits(up) && len(up) <= 3 || up == "2A" || up == "2B":
		return departmentPlace(up)
	case len(up) == 5 && (isDigits(up) || rules.ValidCommuneCode(up)):
		if cs := g.ByPostcode(up); len(cs) == 1 {
			return communePlace(cs[0])
		} else if len(cs) > 1 {
			return choicePlace(cs, fmt.Sprintf("Plusieurs communes ont le code postal %s : laquelle ?", up))
		}
		if c, ok := g.Commune(up); ok {
			return communePlace(c)
		}
		return Place{Message: fmt.Sprintf("aucune commune n'a le code postal %s", up)}
	}
	// "Saint-Martin 32", "Saint-Martin (32)", "Saint-Martin 32130": a name and where
	if i := strings.LastIndexAny(t, " ("); i > 0 {
		tail := strings.ToUpper(strings.Trim(t[i:], " ()"))
		name := strings.TrimSpace(t[:i])
		if tail != "" && name != "" && (isDigits(tail) || tail == "2A" || tail == "2B") {
			cs, _ := g.SearchName(name, 0)
			var keep []content.Commune
			for _, c := range cs {
				if (len(tail) == 5 && c.HasPostcode(tail)) || (len(tail) < 5 && c.Department == departmentCode(tail)) {
					keep = append(keep, c)
				}
			}
			if len(keep) == 1 {
				return communePlace(keep[0])
			} else if len(keep) > 1 {
				return choicePlace(keep, "Plusieurs communes portent ce nom ici : laquelle ?")
			}
			return Place{Message: fmt.Sprintf("aucune commune « %s » à cet endroit (%s)", clipText(name), tail)}
		}
	}
	exact, _ := g.SearchName(t, 0)
	if dep, ok := g.DepartmentByName(t); ok && (rules.ValidDepartment(dep) || len(exact) < 2) {
		// a département's name wins ("Rhône", "Vienne"), except for Paris, a commune and a
		// département at once
		if len(exact) == 1 && exact[0].Department == dep {
			return communePlace(exact[0])
		}
		p := departmentPlace(dep)
		for _, c := range exact {
			if c.Department != dep {
				p.Message = fmt.Sprintf("Si vous parlez de la commune de %s (%s), tapez « %s %s ».", c.Name, g.DepartmentName(c.Department), c.Name, c.Department)
				break
			}
		}
		return p
	}
	cs, more := g.SearchName(t, maxCandidates)
	switch {
	case len(cs) == 1:
		return communePlace(cs[0])
	case len(cs) > 1:
		p := choicePlace(cs, "Plusieurs communes correspondent : laquelle ?")
		p.More = p.More || more
		return p
	}
	return Place{Message: fmt.Sprintf("aucune commune ni aucun département ne s'appelle « %s »", clipText(t))}
}

func communePlace(c content.Commune) Place {
	if m, ok := overseasBodies[c.Department]; ok {
		return Place{Kind: PlaceOverseas, Commune: c, Message: m}
	}
	if !rules.ValidDepartment(c.Department) {
		return Place{Kind: PlaceOverseas, Commune: c, Message: pacificMessage}
	}
	return Place{Kind: PlaceCommune, Commune: c, Department: c.Department, Territory: c.Territory()}
}

func choicePlace(cs []content.Commune, msg string) Place {
	p := Place{Kind: PlaceChoice, Candidates: cs, Message: msg}
	if len(cs) > maxCandidates {
		p.Candidates, p.More = cs[:maxCandidates], true
	}
	return p
}

func departmentCode(s string) string {
	if len(s) == 1 && s[0] >= '1' && s[0] <= '9' {
		return "0" + s
	}
	return s
}

func departmentPlace(code string) Place {
	code = departmentCode(code)
	if m, ok := overseasBodies[code]; ok {
		return Place{Kind: PlaceOverseas, Message: m}
	}
	if len(code) == 3 && code >= "984" && code <= "989" {
		return Place{Kind: PlaceOverseas, Message: pacificMessage}
	}
	if !rules.ValidDepartment(code) {
		return Place{Message: fmt.Sprintf("%s n'est pas un numéro de département (01 à 95, 2A, 2B, 971 à 976)", code)}
	}
	p := Place{Kind: PlaceDepartment, Department: code, Territory: code}
	if code == "69" {
		p.Territory = "" // the Métropole de Lyon or the Département du Rhône: the commune says
	}
	return p
}

// CandidateLabel names a commune in a choice list: « Saint-Martin (Gers, 32) ».
func CandidateLabel(c content.Commune) string {
	g := content.Geography()
	pcs := c.Postcodes()
	pc := ""
	if len(pcs) > 0 {
		pc = pcs[0] + " "
	}
	return fmt.Sprintf("%s (%s%s, %s)", c.Name, pc, g.DepartmentName(c.Department), c.Department)
}

// PlaceLabel names a resolved place in plain French: « Villeurbanne (Métropole de Lyon) »,
// « Creuse (23) ».
func PlaceLabel(p Place) string {
	g := departmentNames{}
	switch p.Kind {
	case PlaceCommune:
		if p.Territory == content.TerritoryMetropoleDeLyon {
			return p.Commune.Name + " (Métropole de Lyon)"
		}
		if name := g.DepartmentName(p.Department); name != p.Commune.Name {
			return p.Commune.Name + " (" + name + ", " + p.Department + ")"
		}
		return p.Commune.Name + " (" + p.Department + ")" // Paris, not « Paris (Paris, 75) »
	case PlaceDepartment:
		if p.Territory == content.TerritoryMetropoleDeLyon {
			return "Métropole de Lyon"
		}
		return g.DepartmentName(p.Department) + " (" + p.Department + ")"
	}
	return ""
}

// ApplyPlace writes a resolved commune or département into the situation (the commune's
// INSEE code, the département and the territory derived from it). It reports whether the
// place was one the situation can hold.
func ApplyPlace(s *rules.Situation, p Place) bool {
	switch p.Kind {
	case PlaceCommune:
		code, dep := p.Commune.Code, p.Department
		s.Person.Commune, s.Person.Department, s.Person.Territory = &code, &dep, p.Territory
	case PlaceDepartment:
		dep, terr := p.Department, ""
		if p.Territory == content.TerritoryMetropoleDeLyon {
			terr = p.Territory // typed « Métropole de Lyon » without the commune
		}
		s.Person.Commune, s.Person.Department, s.Person.Territory = nil, &dep, terr
	default:
		return false
	}
	return true
}

// DerivePlace checks person.commune against the communes and fills what follows from it:
// the département when absent, and the territory that pays the APA. An unknown commune,
// an overseas collectivité or a département that disagrees is an InputError naming the field.
func DerivePlace(s *rules.Situation) error {
	p := &s.Person
	if p.Commune == nil {
		return nil // the territory is the département; only the commune can say "69M"
	}
	c, ok := content.CommuneByCode(*p.Commune)
	if !ok {
		return &InputError{Field: "person.commune", Message: fmt.Sprintf("aucune commune n'a le code INSEE %q (code officiel géographique 2026)", clipText(*p.Commune))}
	}
	if m, ok := overseasBodies[c.Department]; ok {
		return &InputError{Field: "person.commune", Message: m}
	}
	if !rules.ValidDepartment(c.Department) {
		return &InputError{Field: "person.commune", Message: pacificMessage}
	}
	if p.Department != nil && *p.Department != c.Department {
		return &InputError{Field: "person.department", Message: fmt.Sprintf("%q ne correspond pas à la commune %s (%s), qui est dans le département %s", clipText(*p.Department), c.Name, c.Code, c.Department)}
	}
	code, dep := c.Code, c.Department
	p.Commune, p.Department, p.Territory = &code, &dep, c.Territory()
	return nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func clipText(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

// communeOf returns the situation's commune, when it has a known one.
func communeOf(s *rules.Situation) (content.Commune, bool) {
	if s == nil || s.Person.Commune == nil {
		return content.Commune{}, false
	}
	return content.CommuneByCode(*s.Person.Commune)
}

// departmentNames names départements without loading the communes list.
type departmentNames struct{}

func (departmentNames) DepartmentName(code string) string { return content.DepartmentNameOf(code) }

// ChoiceLines is the choice list of a PlaceChoice as the form shows it: the question, one
// line per commune with its postcode and département, and how to say which.
func ChoiceLines(p Place) []string {
	lines := []string{p.Message}
	for _, c := range p.Candidates {
		lines = append(lines, "• "+CandidateLabel(c))
	}
	if p.More {
		lines = append(lines, "• et d'autres : tapez la suite du nom")
	}
	if len(p.Candidates) > 0 {
		ex := p.Candidates[0]
		pc := ex.Department
		if pcs := ex.Postcodes(); len(pcs) > 0 {
			pc = pcs[0]
		}
		lines = append(lines, "Tapez le nom suivi du code postal ou du département, par exemple « "+ex.Name+" "+pc+" »")
	}
	return lines
}
