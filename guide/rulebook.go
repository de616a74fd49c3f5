package guide

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"aidants/rules"
)

// The rule book (aidants regles): every item's conditions in plain French, printed from the
// declarations the evaluation itself uses (rules.Entry.Checks), with the amounts they
// compare with resolved at a date. Nothing here is written by hand about an item: a jurist
// reads the law as the program applies it.

// ErrUnknownItem is returned for an id that is not in the catalogue.
type ErrUnknownItem struct{ ID string }

func (e ErrUnknownItem) Error() string {
	return fmt.Sprintf("élément %q inconnu (la liste : aidants regles)", clipRunes(e.ID, 40))
}

func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// RuleBook renders the rules of one item (id) or of the whole catalogue (id ""), at day d,
// as "texte" or "markdown".
func (g *Guide) RuleBook(id string, d time.Time, markdown bool) (string, error) {
	entries := rules.Catalogue
	if id != "" {
		i := rules.CatalogueIndex(id)
		if i < 0 {
			return "", ErrUnknownItem{id}
		}
		entries = entries[i : i+1]
	}
	b := &bookWriter{md: markdown, p: g.Content.Params, d: d}
	if id == "" {
		b.title(1, "Le livre des règles au "+rules.FrenchDate(d))
		b.para("Chaque aide du guide, avec ses conditions telles que le programme les applique, leur base légale et les montants en vigueur à cette date. Le texte vient des mêmes déclarations que l'évaluation.")
	}
	for _, e := range entries {
		b.entry(e)
	}
	return b.String(), nil
}

type bookWriter struct {
	strings.Builder
	md bool
	p  *rules.Params
	d  time.Time
}

func (b *bookWriter) title(level int, s string) {
	if b.md {
		b.WriteString(strings.Repeat("#", level) + " " + s + "\n\n")
		return
	}
	b.WriteString(s + "\n")
	b.WriteString(strings.Repeat(map[bool]string{true: "=", false: "-"}[level == 1], len([]rune(s))) + "\n\n")
}

func (b *bookWriter) para(s string) { b.WriteString(s + "\n\n") }

// line writes one line of a list at a depth (0: top level).
func (b *bookWriter) line(depth int, marker, s string) {
	if b.md {
		switch {
		case marker == "·":
			marker = "-"
		case strings.HasSuffix(marker, ")"):
			marker = "- " + marker
		}
		b.WriteString(strings.Repeat("   ", depth) + marker + " " + s + "\n")
		return
	}
	b.WriteString(strings.Repeat("   ", depth) + marker + " " + s + "\n")
}

var forWords = map[string]string{"person": "la personne aidée", "caregiver": "l'aidant", "all": "tout le monde"}

func (b *bookWriter) entry(e *rules.Entry) {
	b.title(2, e.ID+" — "+e.Title)
	b.para("Pour : " + forWords[e.For] + ".")
	checks := e.Checks()
	switch {
	case e.Info:
		b.para("Statut : toujours « " + StatusLabel(rules.StatusInfo) + " » (une information, pas un droit à vérifier). Les conditions ci-dessous sont montrées à titre d'explication.")
	case e.Service:
		need := "« La famille en a besoin » (base : Choix de la personne et de sa famille)"
		if e.NeedLabel != "" {
			q := string(e.NeedFact)
			if fd := rules.FieldOf(rules.FactID(e.NeedFact)); fd != nil {
				q = fd.Short
			}
			need = "« " + e.NeedLabel + " » (base : " + e.NeedBasis + " ; réponse lue : " + q + ")"
		}
		b.para("C'est un service à organiser : il reste « " + StatusLabel(rules.StatusInfo) + " » tant que la situation ne correspond à aucun des cas de « Mis en avant dans le plan quand » ci-dessous : c'est sa condition de besoin, " + need + ". Quand elle correspond à l'un d'eux, le statut suit les conditions ci-dessous.")
	default:
		if len(checks) > 0 {
			b.para("Statut : « " + StatusLabel(rules.StatusEligible) + " » si toutes les conditions qui s'appliquent sont remplies, « " + StatusLabel(rules.StatusNotEligible) + " » si l'une ne l'est pas, « " + StatusLabel(rules.StatusToCheck) + " » sinon (une réponse manque ou le guide ne peut pas la connaître).")
		}
	}
	b.signals(e)
	b.urgency(e)
	if len(checks) == 0 {
		if e.Service {
			b.para("Aucune autre condition : quand la situation correspond à l'un de ces cas, le service est « " + StatusLabel(rules.StatusEligible) + " ».")
			b.refines(e)
			b.amounts(e)
			return
		}
		b.para("Aucune condition : une information donnée à toutes les familles concernées.")
		b.refines(e)
		b.amounts(e)
		return
	}
	if b.md {
		b.WriteString("Conditions :\n\n")
	} else {
		b.WriteString("Conditions :\n")
	}
	for i, c := range checks {
		b.check(0, fmt.Sprintf("%d.", i+1), c)
	}
	b.WriteString("\n")
	b.refines(e)
	b.amounts(e)
}

// refines names the answers that change what the item says without deciding it
// (Entry.Refines): the plan asks them while they are unknown.
func (b *bookWriter) refines(e *rules.Entry) {
	if len(e.Refines) == 0 {
		return
	}
	names := make([]string, 0, len(e.Refines))
	for _, f := range e.Refines {
		if fd := rules.FieldOf(f); fd != nil {
			names = append(names, fd.Short)
		} else {
			names = append(names, string(f))
		}
	}
	b.para("Réponses qui changent ce que le plan en dit (qui paie, les montants) sans changer son statut, demandées tant qu'elles manquent : " + strings.Join(names, ", ") + ".")
}

// signals says when the item is put forward in the plan: its declared relevance, the
// cases joined by « ou ».
func (b *bookWriter) signals(e *rules.Entry) {
	if len(e.Relevant) == 0 {
		return
	}
	b.WriteString("Mis en avant dans le plan quand :\n")
	if b.md {
		b.WriteString("\n")
	}
	b.orList(e.Relevant)
	switch {
	case e.Service:
		b.para("Quand la situation correspond à l'un de ces cas, le service est proposé et, s'il est probable ou à vérifier, lu à la famille parmi les premiers. Quand les réponses montrent qu'elle ne correspond à aucun, il passe après les autres informations ; quand une réponse manque, il reste une information.")
	case e.Info:
		b.para("Quand les réponses montrent que la situation ne correspond à aucun de ces cas, l'information passe après les autres ; sinon elle garde sa place.")
	default:
		b.para("Quand la situation correspond à l'un de ces cas, l'aide, si elle est probable ou à vérifier, est lue à la famille parmi les premières. Quand les réponses montrent qu'elle ne correspond à aucun, l'aide passe après les autres de même statut ; quand une réponse manque, elle garde sa place.")
	}
}

// urgency says when the item is urgent: its declared urgency signals, joined by « ou ».
func (b *bookWriter) urgency(e *rules.Entry) {
	if len(e.Urgent) == 0 {
		return
	}
	b.WriteString("« " + SectionTitles[0] + " » quand :\n")
	if b.md {
		b.WriteString("\n")
	}
	b.orList(e.Urgent)
	b.para("Seule une réponse « oui » rend l'élément prioritaire (une réponse qui manque, non) ; un élément « " + StatusLabel(rules.StatusNotEligible) + " » ne l'est jamais.")
}

// orList writes signals one a line, joined by « ou ».
func (b *bookWriter) orList(signals []*rules.Signal) {
	for i, sg := range signals {
		s := sg.Label
		if i > 0 {
			s = "ou " + s
		}
		if i < len(signals)-1 {
			s += " ;"
		} else {
			s += "."
		}
		b.line(0, "·", s)
	}
	b.WriteString("\n")
}

// amounts lists the dated amounts the item may show, at the book's date.
func (b *bookWriter) amounts(e *rules.Entry) {
	if len(e.Amounts()) == 0 {
		return
	}
	b.WriteString("Montants au " + rules.FrenchDate(b.d) + " :\n")
	if b.md {
		b.WriteString("\n")
	}
	for _, id := range e.Amounts() {
		b.line(0, "·", b.amount(id))
	}
	b.WriteString("\n")
}

func (b *bookWriter) check(depth int, marker string, c *rules.Check) {
	b.line(depth, marker, c.Label)
	sub := depth + 1
	if c.When != "" {
		b.line(sub, "·", "Seulement "+c.When+".")
	}
	b.line(sub, "·", "Base légale : "+c.Basis+".")
	if len(c.Facts) > 0 {
		names := make([]string, 0, len(c.Facts))
		for _, f := range c.Facts {
			if fd := rules.FieldOf(f); fd != nil {
				names = append(names, fd.Short)
			} else {
				names = append(names, string(f))
			}
		}
		b.line(sub, "·", "Réponses lues : "+strings.Join(names, ", ")+".")
	}
	for _, id := range c.Params {
		b.line(sub, "·", b.amount(id))
	}
	if c.Unsettled != "" {
		b.line(sub, "·", "Ce que le guide ne peut pas trancher (« "+StatusLabel(rules.StatusToCheck)+" ») : "+c.Unsettled+".")
	}
	if len(c.Any) > 0 {
		b.line(sub, "·", "Remplie si l'une de ces possibilités l'est (« ou ») :")
		for j, a := range c.Any {
			b.check(sub+1, string(rune('a'+j))+")", a)
		}
	}
}

// amount is a threshold as it applies at the book's date: value, date in force, source and
// confidence; "montant non confirmé" when no figure is known at that date.
func (b *bookWriter) amount(id string) string {
	q, ok := b.p.Amount(id, b.d)
	if !ok {
		return "Montant « " + id + " » : montant non confirmé à cette date."
	}
	s := q.Label + " : " + q.Format()
	if !q.AsOf.IsZero() {
		s += ", en vigueur depuis le " + rules.FrenchDate(q.AsOf)
	}
	if q.Source != "" {
		s += " (source : " + q.Source + " ; " + string(q.Confidence) + ")"
	}
	return s + "."
}

// RuleArticles lists every legal text cited by the conditions, article by article, with the
// items that cite it: what a reviewer checks against the codes.
func RuleArticles(markdown bool) string {
	cites := map[string]map[string]bool{}
	var visit func(id string, c *rules.Check)
	add := func(basis, id string) {
		for _, a := range splitBasis(basis) {
			if cites[a] == nil {
				cites[a] = map[string]bool{}
			}
			cites[a][id] = true
		}
	}
	visit = func(id string, c *rules.Check) {
		add(c.Basis, id)
		for _, a := range c.Any {
			visit(id, a)
		}
	}
	for _, e := range rules.Catalogue {
		for _, c := range e.Checks() {
			visit(e.ID, c)
		}
		if e.NeedBasis != "" {
			add(e.NeedBasis, e.ID)
		}
	}
	keys := make([]string, 0, len(cites))
	for k := range cites {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	b := &bookWriter{md: markdown}
	b.title(1, "Les textes cités par les conditions")
	for _, k := range keys {
		ids := make([]string, 0, len(cites[k]))
		for _, e := range rules.Catalogue { // in the catalogue's order
			if cites[k][e.ID] {
				ids = append(ids, e.ID)
			}
		}
		b.line(0, "-", k+" : "+strings.Join(ids, ", "))
	}
	b.WriteString("\n")
	b.para("Les articles du Code du travail et du Code de la sécurité sociale cités ici, dans les paramètres et dans les fiches sont vérifiés à chaque test contre le code consolidé (rules/testdata/legi_articles.tsv, tiré de @socialgouv/legi-data par scripts/legi_articles.py) : ils existent et sont en vigueur. Ceux du CASF, du Code général des impôts et du Code civil, absents de ce jeu de données, sont à faire vérifier par un juriste.")
	return b.String()
}

// splitBasis cuts a basis into its citations, one article each when it reads
// "CODE art. A et B" ("CASF art. L232-1 et R232-1" → "CASF art. L232-1", "CASF art. R232-1").
func splitBasis(basis string) []string {
	var out []string
	for _, part := range strings.Split(basis, ";") {
		part = strings.TrimSpace(part)
		code, rest, ok := strings.Cut(part, " art. ")
		if !ok {
			if part != "" {
				out = append(out, part)
			}
			continue
		}
		rest = strings.NewReplacer(" et ", ",", ", ", ",").Replace(rest)
		for _, a := range strings.Split(rest, ",") {
			a = strings.TrimSpace(a)
			if strings.Contains(a, " à ") { // a range: "L633-1 à L633-4 (agents publics)"
				if i := strings.Index(a, " ("); i > 0 {
					a = a[:i]
				}
			} else if i := strings.IndexAny(a, " ("); i > 0 {
				a = a[:i] // "L3142-16 (salariés)", "156 II 2°" → the article
			}
			if a != "" {
				out = append(out, code+" art. "+a)
			}
		}
	}
	return out
}
