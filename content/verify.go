package content

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"aidants/rules"
)

// requiredSections are the body headings every fiche has, in this order.
var requiredSections = []string{"## C'est quoi ?", "## Pour qui ?", "## Combien ?", "## Comment demander ?", "## En cas de refus", "## Bon à savoir"}

// acronymRE finds acronyms: two or more capitals (accented allowed), possibly with digits
// after the first two letters, as a whole word.
var acronymRE = regexp.MustCompile(`\b[A-ZÉÈ][A-ZÉÈ]+[0-9]*\b`)

// notAcronyms are capitalised words that are not acronyms (Roman numerals, place names
// written in capitals in addresses, units).
var notAcronyms = map[string]bool{"II": true, "III": true, "IV": true, "VI": true, "VII": true, "VIII": true, "IX": true, "XI": true, "XII": true}

// Verify checks a content set as DESIGN asks: every catalogue id has a fiche; every fiche
// has its sources (each dated), review date, sections; amounts resolve; internal links
// point to fiches; every acronym used is in the glossary; parameters have source and date;
// letters use known fields. It returns every problem with file and line.
func (s *Set) Verify() Problems {
	var probs Problems
	glossary := map[string]bool{}
	for _, g := range s.Glossary {
		glossary[g.Acronym] = true
	}
	checkAcronyms := func(file string, line0 int, text string) {
		for i, line := range strings.Split(text, "\n") {
			if strings.Contains(line, "http") {
				line = stripURLs(line)
			}
			for _, a := range acronymRE.FindAllString(line, -1) {
				if !glossary[a] && !notAcronyms[a] && !isPlaceName(a, line) {
					probs = append(probs, Problem{File: file, Line: line0 + i, Message: fmt.Sprintf("sigle %q absent du glossaire", a)})
				}
			}
		}
	}
	for _, e := range rules.Catalogue {
		if _, ok := s.Fiches[e.ID]; !ok {
			probs = append(probs, Problem{File: "fiches/" + e.ID + ".md", Message: "fiche absente pour l'identifiant du catalogue " + e.ID})
		}
	}
	for _, id := range s.FicheIDs {
		f := s.Fiches[id]
		if "fiches/"+f.ID+".md" != f.File {
			probs = append(probs, Problem{File: f.File, Line: 2, Message: fmt.Sprintf("l'id %q ne correspond pas au nom du fichier", f.ID)})
		}
		if rules.CatalogueIndex(f.ID) < 0 {
			probs = append(probs, Problem{File: f.File, Line: 2, Message: fmt.Sprintf("l'id %q n'est pas dans le catalogue", f.ID)})
		}
		if f.Summary == "" {
			probs = append(probs, Problem{File: f.File, Line: 2, Message: "champ « summary » absent"})
		}
		switch f.Audience {
		case "person", "caregiver", "all":
		default:
			probs = append(probs, Problem{File: f.File, Line: 2, Message: fmt.Sprintf("audience %q inconnue (person, caregiver ou all)", f.Audience)})
		}
		if len(f.Sources) == 0 {
			probs = append(probs, Problem{File: f.File, Line: 2, Message: "aucune source"})
		}
		for _, src := range f.Sources {
			if src.Title == "" || src.Checked.IsZero() {
				probs = append(probs, Problem{File: f.File, Line: 2, Message: fmt.Sprintf("source %q sans titre ou sans date de vérification", src.Title)})
			}
			if msg := sourcePageProblem(src); msg != "" {
				probs = append(probs, Problem{File: f.File, Line: 2, Message: msg})
			}
		}
		if f.Reviewed.IsZero() {
			probs = append(probs, Problem{File: f.File, Line: 2, Message: "date de relecture « reviewed » absente"})
		}
		if len(f.Steps) == 0 {
			probs = append(probs, Problem{File: f.File, Line: 2, Message: "aucune étape « steps »"})
		}
		for _, st := range f.Steps {
			for _, fact := range append(append([]string{}, st.OnlyIf...), st.SkipIf...) {
				if !rules.IsBoolFact(fact) {
					probs = append(probs, Problem{File: f.File, Line: 2, Message: fmt.Sprintf("étape %q : %q n'est pas une réponse oui/non de la situation", st.Text, fact)})
				}
			}
		}
		last := -1
		for _, h := range requiredSections {
			i := strings.Index(f.Body, "\n"+h+"\n")
			if strings.HasPrefix(f.Body, h+"\n") {
				i = 0
			}
			if i < 0 {
				probs = append(probs, Problem{File: f.File, Line: f.BodyLine, Message: fmt.Sprintf("section %q absente", h)})
				continue
			}
			if i < last {
				probs = append(probs, Problem{File: f.File, Line: f.BodyLine + strings.Count(f.Body[:i], "\n"), Message: fmt.Sprintf("section %q hors de l'ordre attendu", h)})
			}
			last = i
		}
		texts := []struct {
			line int
			text string
		}{{f.BodyLine, f.Body}}
		for _, st := range f.Steps {
			texts = append(texts, struct {
				line int
				text string
			}{2, st.Text + "\n" + st.Where + "\n" + st.Deadline + "\n" + strings.Join(st.Documents, "\n")})
		}
		texts = append(texts, struct {
			line int
			text string
		}{2, f.Title + "\n" + f.Summary})
		for _, t := range texts {
			for _, ph := range Placeholders(t.text) {
				if s.Params == nil {
					break
				}
				if _, ok := s.Params.Amount(ph.ID, s.Params.Newest()); !ok {
					probs = append(probs, Problem{File: f.File, Line: t.line + ph.Line, Message: fmt.Sprintf("montant {{%s}} inconnu", ph.ID)})
				}
			}
			for _, l := range FicheLinks(t.text) {
				if _, ok := s.Fiches[l.ID]; !ok {
					probs = append(probs, Problem{File: f.File, Line: t.line + l.Line, Message: fmt.Sprintf("lien vers la fiche %q qui n'existe pas", l.ID)})
				}
			}
			checkAcronyms(f.File, t.line, t.text)
		}
	}
	for _, id := range s.LetterIDs {
		l := s.Letters[id]
		for _, field := range l.Fields() {
			if !contains(LetterFields, field) {
				if s.Params == nil {
					continue
				}
				if _, ok := s.Params.Amount(field, s.Params.Newest()); !ok {
					probs = append(probs, Problem{File: l.File, Line: l.BodyLine, Message: fmt.Sprintf("champ {{%s}} inconnu", field)})
				}
			}
		}
		for _, it := range l.Items {
			if rules.CatalogueIndex(it) < 0 {
				probs = append(probs, Problem{File: l.File, Line: 2, Message: fmt.Sprintf("identifiant %q inconnu dans « items »", it)})
			}
		}
		checkAcronyms(l.File, l.BodyLine, l.Body)
	}
	for _, g := range s.Glossary {
		if g.Fiche != "" {
			if _, ok := s.Fiches[g.Fiche]; !ok {
				probs = append(probs, Problem{File: "glossaire.yaml", Message: fmt.Sprintf("sigle %s : fiche %q inexistante", g.Acronym, g.Fiche)})
			}
		}
	}
	if s.Directory != nil {
		for _, c := range s.Directory.National {
			checkAcronyms(c.File, c.Line, c.Name+" "+c.Role)
		}
		for _, dep := range s.Directory.Departments() {
			for _, c := range s.Directory.ByDepartment[dep] {
				checkAcronyms(c.File, c.Line, c.Name+" "+c.Role)
			}
		}
	}
	sort.SliceStable(probs, func(i, j int) bool {
		if probs[i].File != probs[j].File {
			return probs[i].File < probs[j].File
		}
		return probs[i].Line < probs[j].Line
	})
	return probs
}

var urlRE = regexp.MustCompile(`https?://\S+`)

// sourcePageProblem: a source's address is the exact page it rests on (an article on
// Légifrance, a service-public.fr fiche, a circular), never a site's home page, which
// proves nothing. A source may have no address: its title then says what it is (an
// article, a decree, a named page), and a maintainer adds the exact address when found.
func sourcePageProblem(src Source) string {
	u := strings.TrimSpace(src.URL)
	if u == "" {
		return ""
	}
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok {
		rest, ok = strings.CutPrefix(u, "http://")
	}
	if !ok {
		return fmt.Sprintf("source %q : adresse %q illisible (attendu https://…)", src.Title, u)
	}
	_, path, _ := strings.Cut(rest, "/")
	if strings.Trim(path, "/") == "" {
		return fmt.Sprintf("source %q : %q est la page d'accueil d'un site, pas la page exacte (article, fiche F…, circulaire)", src.Title, u)
	}
	return ""
}

func stripURLs(s string) string { return urlRE.ReplaceAllString(s, "") }

// isPlaceName accepts a word in capitals that is part of a postal address line
// ("23200 AUBUSSON"): the directory copies addresses as the source wrote them.
func isPlaceName(word, line string) bool {
	return len(word) > 3 && postcodeRE.MatchString(line)
}

var postcodeRE = regexp.MustCompile(`\b\d{5}\b`)

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
