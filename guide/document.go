package guide

import (
	"slices"
	"strings"
	"unicode"

	"aidants/rules"
)

// document is what a printed or sent plan shows, built once from a plan and rendered as
// HTML, Markdown or plain text, so that the three formats never disagree.
type document struct {
	Date        string // day of the evaluation, in words
	AsOf        string // day the amounts are in force, in words
	Warning     string // the freshness warning, when figures may be out of date
	Label       string // optional case label, no names needed
	Private     string // introPrivate in the words for the person helped
	Summary     []string
	Questions   []string
	Sections    []docSection
	Department  string // code of the département, "" when unknown
	DepName     string // its name when the directory knows it
	Contacts    []contactGroup
	Checked     string // newest check of the contacts shown, in words
	NotComputed []string
	NotEligible []notEligible
	Letters     []docLetter
	Sources     []sourceGroup
	Full        bool // the export: letters in full and sources
	Short       bool // the few-page version for the family
}

// docSection is a group of items of the same kind (priority, probable rights, …).
type docSection struct {
	Title string
	Brief bool // items shown by their title and summary only
	Items []docItem
}

// docItem is one aid or démarche as printed.
type docItem struct {
	ID      string
	Title   string
	Status  rules.Status // eligible, to_check, info
	Label   string       // the status in words
	Urgent  bool
	Summary string
	Checks  []string // conditions to check, in words
	Amounts []docAmount
	// AmountsNote says once that the figures given by their last known value are not
	// confirmed (UnconfirmedNote).
	AmountsNote string
	Notes       []string
	Steps       []Step
	Letters     []string // titles of the letter templates that go with it
}

// docAmount is a figure with its date and how sure it is.
type docAmount struct {
	Label string
	Value string
	When  string // "au 1er janvier 2026, source officielle"
	Note  string
}

// contactGroup is one or more contacts with the same role.
type contactGroup struct {
	Local    bool
	Role     string
	For      []string // titles of the items they help with
	Checked  string   // newest check of the group, AAAA-MM-JJ
	Contacts []Contact
}

type notEligible struct {
	Title   string
	Reasons []string
}

type docLetter struct {
	ID    string
	Title string
	Body  string // filled, Markdown as written in content/lettres
	For   []string
}

type sourceGroup struct {
	Item    string
	Sources []docSource
}

type docSource struct {
	Title   string
	URL     string
	Checked string // in words
}

// maxQuestions is how many of the next questions a plan lists.
const maxQuestions = 3

// buildDocument gathers what a rendering of p shows. g may be nil (a plan built without a
// guide): there are then no letters, no sources and no département name.
func buildDocument(p *Plan, g *Guide, opt TextOptions) *document {
	d := &document{
		Date:       rules.FrenchDate(p.When),
		AsOf:       rules.FrenchDate(p.When),
		Label:      cleanInline(opt.Label),
		Department: p.Department,
		Full:       opt.Full && g != nil && !opt.Short,
		Short:      opt.Short,
		Private:    rules.WordsFor(introPrivate, p.Situation),
	}
	if !p.Freshness.UpToDate {
		d.Warning = p.Freshness.Message
	}
	if g != nil && g.Directory != nil && p.Department != "" {
		d.DepName = g.Directory.Names[p.Department]
	}
	if p.Situation != nil {
		for _, l := range situationSummary(p.Situation, d.DepName) {
			if l != "" {
				d.Summary = append(d.Summary, l)
			}
		}
	}
	for i, q := range p.NextQuestions {
		if i == maxQuestions {
			break
		}
		d.Questions = append(d.Questions, q.Question)
	}

	// letters that apply: those of an item that is eligible or to check
	letterFor := map[string][]string{}
	var letterOrder []string
	if g != nil {
		for _, it := range p.Items {
			if it.Status != rules.StatusEligible && it.Status != rules.StatusToCheck {
				continue
			}
			for _, id := range it.Letters {
				if _, ok := g.Content.Letters[id]; !ok {
					continue
				}
				if _, seen := letterFor[id]; !seen {
					letterOrder = append(letterOrder, id)
				}
				letterFor[id] = append(letterFor[id], it.Title)
			}
		}
	}

	var shown []Item
	for si, items := range p.Sections() {
		if si == 4 {
			for _, it := range items {
				d.NotEligible = append(d.NotEligible, notEligible{Title: it.Title, Reasons: reasons(it)})
			}
			continue
		}
		if opt.Short && si == 3 {
			// the family version keeps only what the family must know: the obligation
			// alimentaire when the ASH is in play (CASF L132-6), and the EHPAD estimate
			items = shortInfo(p, items)
		}
		if len(items) == 0 {
			continue
		}
		sec := docSection{Title: SectionTitles[si], Brief: si == 3}
		for _, it := range items {
			di := docItemOf(it, g, letterFor, opt, sec.Brief)
			if opt.Short {
				di.Letters = nil // no letters in the short version
			}
			if opt.Short && it.Status == rules.StatusToCheck && !it.Urgent {
				// what to check, in a line or two: the steps come once it is settled
				di.Steps, di.Amounts, di.Notes, di.Letters = nil, nil, nil, nil
			}
			sec.Items = append(sec.Items, di)
			shown = append(shown, it)
		}
		d.Sections = append(d.Sections, sec)
	}
	if !opt.NotEligible || opt.Short {
		d.NotEligible = nil
	}

	d.Contacts = contactGroups(shown, g, p.Department)
	for _, cg := range d.Contacts {
		if cg.Checked > d.Checked {
			d.Checked = cg.Checked
		}
	}
	if d.Checked != "" {
		d.Checked = frenchISO(d.Checked)
	}
	d.NotComputed = notComputed(d.DepName, p.Department)

	if d.Full {
		fields := letterFields(p, d.DepName)
		for _, id := range letterOrder {
			l := g.Content.Letters[id]
			d.Letters = append(d.Letters, docLetter{ID: id, Title: cleanInline(l.Title),
				Body: l.Trimmed(l.Fill(fields)), For: letterFor[id]})
		}
		d.Sources = sources(shown, g)
	}
	return d
}

func docItemOf(it Item, g *Guide, letterFor map[string][]string, opt TextOptions, brief bool) docItem {
	di := docItem{ID: it.ID, Title: cleanInline(it.Title), Status: it.Status, Label: StatusLabel(it.Status),
		Urgent: it.Urgent, Summary: cleanInline(it.Summary)}
	if brief {
		return di
	}
	for _, c := range it.Conditions {
		switch {
		case opt.Conditions:
			di.Checks = append(di.Checks, conditionLine(ResultWord(c.Result)+" : ", c))
		case c.Result == rules.Unknown:
			di.Checks = append(di.Checks, conditionLine("À vérifier : ", c))
		}
	}
	for _, a := range it.Amounts {
		di.Amounts = append(di.Amounts, amountOf(a))
	}
	di.AmountsNote = UnconfirmedNote(it.Amounts)
	for _, n := range it.Notes {
		di.Notes = append(di.Notes, cleanInline(n))
	}
	for _, st := range it.Steps {
		s := Step{Order: st.Order, Text: cleanInline(st.Text), Where: cleanInline(st.Where), Deadline: cleanInline(st.Deadline)}
		for _, doc := range st.Documents {
			if doc = cleanInline(doc); doc != "" {
				s.Documents = append(s.Documents, doc)
			}
		}
		di.Steps = append(di.Steps, s)
	}
	if g != nil && (it.Status == rules.StatusEligible || it.Status == rules.StatusToCheck) {
		for _, id := range it.Letters {
			if l, ok := g.Content.Letters[id]; ok && len(letterFor[id]) > 0 {
				di.Letters = append(di.Letters, cleanInline(l.Title))
			}
		}
	}
	return di
}

// ResultWord is oui, non or ? for a condition result, in words for a reader.
func ResultWord(t rules.Tri) string {
	switch t {
	case rules.Yes:
		return "Oui"
	case rules.No:
		return "Non"
	}
	return "À vérifier"
}

// SeenWords is a condition's seen value read aloud, each thing seen said once: the
// alternatives of a condition each say what they saw (« 82 ans ; 82 ans, GIR 4 »), which
// is read « 82 ans, GIR 4 ».
func SeenWords(seen string) string {
	if !strings.Contains(seen, " ; ") {
		return seen
	}
	var words []string
	for _, alt := range strings.Split(seen, " ; ") {
		for _, w := range strings.Split(alt, ", ") {
			if w = strings.TrimSpace(w); w != "" && !contains(words, w) {
				words = append(words, w)
			}
		}
	}
	// a bare « inconnu » says nothing more next to « pension ou dépenses : inconnu »
	out := words[:0:0]
	for _, w := range words {
		if w == "inconnu" && slices.ContainsFunc(words, func(o string) bool { return o != w && strings.HasSuffix(o, " inconnu") }) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, ", ")
}

// conditionLine is a condition in a sentence: « label — vu : seen — basis ». The seen
// value and the basis are not put in brackets: they often hold brackets of their own
// (« en établissement (EHPAD, USLD) », « Code du travail art. D3142-8 (3° à 5°) »), and
// nested brackets cannot be read aloud.
func conditionLine(prefix string, c rules.Condition) string {
	s := prefix + cleanInline(c.Label)
	if seen := SeenWords(cleanInline(c.Seen)); seen != "" {
		s += " — vu : " + seen
	}
	if b := cleanInline(c.Basis); b != "" {
		s += " — " + b
	}
	return s
}

// reasons are the failing conditions of a not-eligible item.
func reasons(it Item) []string {
	var out []string
	for _, c := range it.Conditions {
		if c.Result != rules.No {
			continue
		}
		s := cleanInline(c.Label)
		if seen := SeenWords(cleanInline(c.Seen)); seen != "" {
			s += " — vu : " + seen
		}
		out = append(out, s)
	}
	return out
}

// ConfidenceWords says in plain French how sure a figure is.
func ConfidenceWords(c string) string {
	switch rules.Confidence(c) {
	case rules.Official:
		return "source officielle"
	case rules.Secondary:
		return "source non officielle, à confirmer"
	case rules.Computed:
		return "calculé à partir des textes"
	case rules.NotFound:
		return "montant non confirmé"
	}
	return c
}

func amountOf(a Amount) docAmount {
	da := docAmount{Label: cleanInline(a.Label), Value: cleanInline(a.Text), Note: cleanInline(a.Note)}
	var when []string
	if a.AsOf != "" {
		when = append(when, "au "+frenchISO(a.AsOf))
	}
	notFound := rules.Confidence(a.Confidence) == rules.NotFound
	if !notFound && a.Confidence != "" {
		when = append(when, ConfidenceWords(a.Confidence))
	}
	da.When = strings.Join(when, ", ")
	if notFound && a.LastKnown != "" {
		// the last known figure, dated; the item says once that it is not confirmed
		da.Value, da.When = cleanInline(a.LastKnown), LastKnownWhen(a)
		if strings.HasPrefix(da.Note, "Dernier montant confirmé") {
			da.Note = ""
		}
		return da
	}
	if notFound {
		// "montant non confirmé au 1er janvier 2026 (dernier montant connu : …)"
		rest := strings.TrimPrefix(da.Value, "montant non confirmé")
		if rest == da.Value {
			rest = ""
		}
		da.Value = "montant non confirmé"
		if a.AsOf != "" {
			da.Value += " au " + frenchISO(a.AsOf)
		}
		da.Value += rest
		da.When = ""
		// the value already gives the last confirmed amount
		if strings.HasPrefix(da.Note, "Dernier montant confirmé") && strings.Contains(da.Value, "dernier montant connu") {
			da.Note = ""
		}
	}
	return da
}

// contactGroups lists the contacts of the items shown, the département's first, then the
// national ones, each once; contacts with the same role (the six UTAS of a département)
// are grouped under it.
func contactGroups(items []Item, g *Guide, dep string) []contactGroup {
	local := map[string]bool{}
	checked := map[string]string{}
	type entry struct {
		c    Contact
		uses []string
	}
	var order []string
	byKey := map[string]*entry{}
	for _, it := range items {
		for _, c := range it.Contacts {
			k := contactKey(c.Name, c.Phone)
			if c.Scope == ScopeCommune || c.Scope == ScopeDepartment {
				local[k] = true
			}
			e, ok := byKey[k]
			if !ok {
				e = &entry{c: c}
				byKey[k] = e
				order = append(order, k)
			}
			if t := cleanInline(it.Title); !contains(e.uses, t) {
				e.uses = append(e.uses, t)
			}
			if c.Checked > checked[k] {
				checked[k] = c.Checked
			}
		}
	}
	var groups []contactGroup
	for _, wantLocal := range []bool{true, false} {
		byRole := map[string]int{}
		for _, k := range order {
			if local[k] != wantLocal {
				continue
			}
			e := byKey[k]
			c := e.c
			c.Name, c.Role, c.Phone, c.Address = cleanInline(c.Name), cleanInline(c.Role), cleanInline(c.Phone), cleanInline(c.Address)
			c.Hours, c.Web, c.Email = cleanInline(c.Hours), cleanInline(c.Web), cleanInline(c.Email)
			i, ok := byRole[c.Role]
			if !ok || c.Role == "" {
				groups = append(groups, contactGroup{Local: wantLocal, Role: c.Role})
				i = len(groups) - 1
				byRole[c.Role] = i
			}
			gr := &groups[i]
			gr.Contacts = append(gr.Contacts, c)
			for _, f := range e.uses {
				if !contains(gr.For, f) {
					gr.For = append(gr.For, f)
				}
			}
			if checked[k] > gr.Checked {
				gr.Checked = checked[k]
			}
		}
	}
	return groups
}

func contactKey(name, phone string) string { return name + "\x00" + phone }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// notComputed lists what the plan leaves out, so that nobody takes it for the whole story.
func notComputed(depName, dep string) []string {
	local := "Les aides propres au département et à la commune (centre communal d'action sociale, CCAS) : aide au transport, chèques, aides ménagères locales… Chaque département a les siennes."
	switch {
	case depName != "":
		local = "Les aides propres au département (" + depName + ") et à la commune (centre communal d'action sociale, CCAS) : aide au transport, chèques, aides ménagères locales…"
	case dep != "":
		local = "Les aides propres au département (" + dep + ") et à la commune (centre communal d'action sociale, CCAS) : aide au transport, chèques, aides ménagères locales…"
	}
	return []string{
		local,
		"Les aides des caisses de retraite complémentaires (Agirc-Arrco, Ircantec…) et de leur action sociale.",
		"Les garanties des mutuelles, des contrats de prévoyance et d'assurance dépendance : relisez les contrats de la personne aidée et de l'aidant.",
		"Les aides de l'employeur de l'aidant : accord d'entreprise, dons de jours de repos, CESU préfinancé.",
		"Le montant exact d'une aide : seule la décision de l'organisme qui la verse fait foi.",
	}
}

// letterFields fills the {{champ}} fields of a letter for this plan.
func letterFields(p *Plan, depName string) map[string]string {
	f := map[string]string{"date": rules.FrenchDate(p.When), "departement": depName}
	if p.Situation != nil && p.Situation.Caregiver.Relationship != nil {
		f["lien_aidant"] = CaregiverLink(*p.Situation.Caregiver.Relationship)
	}
	return f
}

// CaregiverLink names the person helped as the caregiver would in a letter (« J'apporte
// une aide régulière à mon parent »). The words stay neutral: we know the link, not
// whether it is a father or a mother; where one word cannot be neutral, the choice is left
// in brackets, like the template's other blanks. "" when no words fit: the letter then
// keeps its blank « [lien avec la personne aidée] ».
func CaregiverLink(relationship string) string {
	switch relationship {
	case "spouse":
		return "mon conjoint"
	case "child":
		return "mon parent"
	case "grandchild":
		return "mon grand-parent"
	case "sibling":
		return "[mon frère / ma sœur]"
	case "in_law":
		return "mon beau-parent"
	}
	return ""
}

// sources lists the fiche sources of the items shown, each once, with their dates.
func sources(items []Item, g *Guide) []sourceGroup {
	seen := map[string]bool{}
	var out []sourceGroup
	for _, it := range items {
		f, ok := g.Content.Fiches[it.Fiche]
		if !ok {
			continue
		}
		sg := sourceGroup{Item: cleanInline(it.Title)}
		for _, s := range f.Sources {
			k := s.Title + "\x00" + s.URL
			if seen[k] {
				continue
			}
			seen[k] = true
			ds := docSource{Title: cleanInline(s.Title), URL: cleanInline(s.URL)}
			if !s.Checked.IsZero() {
				ds.Checked = rules.FrenchDate(s.Checked.Time)
			}
			sg.Sources = append(sg.Sources, ds)
		}
		if len(sg.Sources) > 0 {
			out = append(out, sg)
		}
	}
	return out
}

// cleanInline makes a one-line text of hand-edited content: control characters and
// line breaks become spaces, runs of spaces one space.
func cleanInline(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// shortInfo is the information kept in the short version: the children's obligation
// alimentaire whenever the aide sociale à l'hébergement is probable or to check, and the
// EHPAD estimate when it has figures.
func shortInfo(p *Plan, items []Item) []Item {
	ash := false
	for _, it := range p.Items {
		if it.ID == "aide-sociale-hebergement" && (it.Status == rules.StatusEligible || it.Status == rules.StatusToCheck) {
			ash = true
		}
	}
	var out []Item
	for _, it := range items {
		if (it.ID == "obligation-alimentaire" && ash) || (it.ID == "reste-a-charge-ehpad" && len(it.Amounts) > 0) {
			out = append(out, it)
		}
	}
	return out
}
