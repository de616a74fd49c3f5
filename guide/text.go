package guide

import (
	"fmt"
	"strings"

	"aidants/rules"
)

// TextOptions tune the plain-text and Markdown renderings.
type TextOptions struct {
	Width       int    // text only: maximum line width (72 for e-mail)
	Label       string // optional case label typed by the user (no names needed)
	NotEligible bool   // include the items that are not eligible, with their reasons
	Conditions  bool   // include every condition with its result
	Full        bool   // the export: letter templates in full and the sources
	// Short is the few-page version for the family: rights with their steps and papers,
	// what remains to check in one line each, the contacts; no information items, no
	// refusals, no letters, no sources.
	Short bool
}

// Text renders the plan as plain text, no markup, every line at most opt.Width columns
// (72 by default: e-mail and SMS).
func (p *Plan) Text(opt TextOptions) string {
	if opt.Width <= 0 {
		opt.Width = 72
	}
	return buildDocument(p, p.guide, opt).text(opt.Width)
}

// Headings of the parts of a plan, shared by the three formats.
const (
	headSituation   = "Situation"
	headQuestions   = "Pour préciser ce plan"
	headContacts    = "Contacts utiles"
	headNotComputed = "Ce que ce plan ne calcule pas"
	headNotEligible = "Aides non accessibles pour l'instant"
	headSources     = "Sources"
	headLetters     = "Modèles de lettres"
	introPlan       = "Ce plan oriente : seul l'organisme qui verse une aide décide de l'accorder et de son montant."
	introPrivate    = "Il contient des informations sur la santé de la personne aidée : gardez-le pour vous et pour {elle|lui}."
	statusLegend    = "« Droit probable » : les conditions connues sont remplies. « À vérifier » : une réponse manque ou une condition reste à confirmer. « Information » : bon à savoir, sans condition."
	introLetters    = "À recopier ou à adapter. Les passages entre crochets sont à compléter ou à choisir."
	introNotElig    = "D'après les réponses données ; si la situation change, refaites le point."
)

func (d *document) dateLine() string {
	return "Établi le " + d.Date + ". Montants en vigueur au " + d.AsOf + "."
}

func (d *document) depTitle() string {
	switch {
	case d.DepName != "" && d.Department != "":
		return d.DepName + " (" + d.Department + ")"
	case d.Department != "":
		return d.Department
	}
	return ""
}

func (d *document) localHeading() string {
	if t := d.depTitle(); t != "" {
		return "Dans le département : " + t
	}
	return "Dans le département"
}

const nationalHeading = "Numéros et sites nationaux"

// contactDetails is one line of a contact's coordinates.
func contactDetails(c Contact) string {
	var parts []string
	if c.Phone != "" {
		parts = append(parts, "Tél.\u00a0"+strings.ReplaceAll(c.Phone, " ", "\u00a0")) // never split
	}
	if c.Address != "" {
		parts = append(parts, c.Address)
	}
	if c.Hours != "" {
		parts = append(parts, c.Hours)
	}
	if c.Email != "" {
		parts = append(parts, c.Email)
	}
	if c.Web != "" {
		parts = append(parts, c.Web)
	}
	return strings.Join(parts, " — ")
}

func (g contactGroup) uses() string {
	if len(g.For) == 0 {
		return ""
	}
	return "Utile pour : " + strings.Join(g.For, " ; ") + "."
}

func (d *document) contactsIntro() string {
	s := "Appelez avant de vous déplacer : horaires et adresses changent."
	if d.Department == "" {
		s += " Le département n'est pas connu : indiquez-le pour avoir les contacts locaux."
	}
	if d.Checked != "" {
		s = "Annuaire du guide vérifié le " + d.Checked + ". " + s
	}
	return s
}

func (a docAmount) line() string {
	s := a.Label + " : " + a.Value
	if a.When != "" {
		s += " (" + a.When + ")"
	}
	if a.Note != "" {
		s += ". " + a.Note
	}
	return s
}

func (s docSource) line() string {
	out := s.Title
	if s.URL != "" {
		out += " — " + s.URL
	}
	if s.Checked != "" {
		out += " (vérifiée le " + s.Checked + ")"
	}
	return out
}

func (it *docItem) heading() string { return it.Title + " — " + it.Label }

func letterNote(titles []string) string {
	q := make([]string, len(titles))
	for i, t := range titles {
		q[i] = "« " + t + " »"
	}
	return strings.Join(q, ", ")
}

func frenchISO(iso string) string {
	if t, err := parseDate(iso); err == nil {
		return rules.FrenchDate(t)
	}
	return iso
}

func (d *document) text(width int) string {
	w := &textWriter{width: width}
	w.line("PLAN D'AIDE")
	w.para(d.dateLine())
	if d.Label != "" {
		w.para("Dossier : " + d.Label)
	}
	if d.Warning != "" {
		w.blank()
		w.para("ATTENTION")
		w.para(d.Warning)
	}
	w.blank()
	w.para(introPlan)
	w.para(d.Private)
	w.blank()
	w.para(statusLegend)
	if len(d.Summary) > 0 {
		w.heading(headSituation)
		for _, l := range d.Summary {
			w.para(l)
		}
	}
	if len(d.Questions) > 0 {
		w.heading(headQuestions)
		for _, q := range d.Questions {
			w.wrapped("- "+q, "  ")
		}
	}
	for _, sec := range d.Sections {
		w.heading(sec.Title)
		for i := range sec.Items {
			w.textItem(&sec.Items[i], sec.Brief, d.Full)
		}
	}
	if len(d.Contacts) > 0 {
		w.heading(headContacts)
		w.para(d.contactsIntro())
		local := false
		for i, g := range d.Contacts {
			if i == 0 || g.Local != local {
				w.blank()
				if g.Local {
					w.para(d.localHeading())
				} else {
					w.para(nationalHeading)
				}
				local = g.Local
			}
			w.blank()
			if len(g.Contacts) == 1 {
				c := g.Contacts[0]
				w.wrapped("• "+c.Name, "  ")
				if det := contactDetails(c); det != "" {
					w.wrapped("  "+det, "  ")
				}
				if g.Role != "" {
					w.wrapped("  "+g.Role, "  ")
				}
				if u := g.uses(); u != "" {
					w.wrapped("  "+u, "  ")
				}
				continue
			}
			if g.Role != "" {
				w.para(g.Role)
			}
			if u := g.uses(); u != "" {
				w.para(u)
			}
			for _, c := range g.Contacts {
				w.wrapped("• "+c.Name, "  ")
				if det := contactDetails(c); det != "" {
					w.wrapped("  "+det, "  ")
				}
			}
		}
	}
	w.heading(headNotComputed)
	for _, s := range d.NotComputed {
		w.wrapped("- "+s, "  ")
	}
	if len(d.NotEligible) > 0 {
		w.heading(headNotEligible)
		w.para(introNotElig)
		for _, ne := range d.NotEligible {
			w.blank()
			w.wrapped("• "+ne.Title, "  ")
			for _, r := range ne.Reasons {
				w.wrapped("  Pourquoi : "+r, "    ")
			}
		}
	}
	if len(d.Sources) > 0 {
		w.heading(headSources)
		for _, sg := range d.Sources {
			w.blank()
			w.para(sg.Item + " :")
			for _, s := range sg.Sources {
				w.wrapped("- "+s.line(), "  ")
			}
		}
	}
	for _, l := range d.Letters {
		w.blank()
		w.blank()
		w.line(strings.Repeat("-", width))
		w.heading("Modèle de lettre : " + l.Title)
		w.para(introLetters)
		w.blank()
		for _, b := range letterBlocks(l.Body) {
			b.text(w)
		}
	}
	return w.String()
}

func (w *textWriter) textItem(it *docItem, brief, full bool) {
	w.blank()
	w.wrapped("• "+it.heading(), "  ")
	if it.Summary != "" {
		w.wrapped("  "+it.Summary, "  ")
	}
	if brief {
		return
	}
	for _, c := range it.Checks {
		w.wrapped("  "+c, "    ")
	}
	for _, a := range it.Amounts {
		w.wrapped("  "+a.line(), "    ")
	}
	if it.AmountsNote != "" {
		w.wrapped("  "+it.AmountsNote, "    ")
	}
	for _, n := range it.Notes {
		w.wrapped("  Bon à savoir : "+n, "    ")
	}
	for _, st := range it.Steps {
		w.wrapped(fmt.Sprintf("  %d. %s", st.Order, st.Text), "     ")
		if st.Where != "" {
			w.wrapped("     Où : "+st.Where, "       ")
		}
		if st.Deadline != "" {
			w.wrapped("     Délai : "+st.Deadline, "       ")
		}
		for _, doc := range st.Documents {
			w.wrapped("     ☐ "+doc, "       ")
		}
	}
	if len(it.Letters) > 0 {
		where := "en fin de document"
		if !full {
			where = "dans l'export du plan (aidants exporter)"
		}
		w.wrapped("  Modèle de lettre "+where+" : "+letterNote(it.Letters)+".", "    ")
	}
}

type textWriter struct {
	b     strings.Builder
	width int
}

func (w *textWriter) line(s string) {
	for _, l := range Wrap(s, w.width, "") {
		w.b.WriteString(strings.TrimRight(l, " "))
		w.b.WriteByte('\n')
	}
}
func (w *textWriter) wrapped(s, indent string) {
	for _, l := range Wrap(s, w.width, indent) {
		w.b.WriteString(strings.TrimRight(l, " "))
		w.b.WriteByte('\n')
	}
}
func (w *textWriter) para(s string) { w.wrapped(s, "") }
func (w *textWriter) blank()        { w.b.WriteByte('\n') }

// heading writes a part's title in capitals, underlined.
func (w *textWriter) heading(s string) {
	w.blank()
	w.blank()
	t := strings.ToUpper(s)
	w.line(t)
	n := 0
	for _, l := range Wrap(t, w.width, "") {
		n = max(n, len([]rune(l)))
	}
	w.line(strings.Repeat("=", n))
}

func (w *textWriter) String() string {
	s := w.b.String()
	for strings.Contains(s, "\n\n\n\n") {
		s = strings.ReplaceAll(s, "\n\n\n\n", "\n\n\n")
	}
	return strings.Trim(s, "\n") + "\n"
}
