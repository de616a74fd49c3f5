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
	Conditions  bool   // include every condition with ✓ ✗ ?
}

// Text renders the plan as plain text, no markup, every line at most opt.Width columns.
func (p *Plan) Text(opt TextOptions) string {
	if opt.Width <= 0 {
		opt.Width = 72
	}
	w := &textWriter{width: opt.Width}
	w.line("PLAN D'AIDE — " + strings.ToUpper(rules.FrenchDate(p.When)))
	if opt.Label != "" {
		w.para("Dossier : " + opt.Label)
	}
	w.para("Montants en vigueur au " + rules.FrenchDate(p.When) + ".")
	if !p.Freshness.UpToDate {
		w.para("ATTENTION : " + p.Freshness.Message)
	}
	for _, l := range SituationSummary(p.Situation) {
		if l != "" {
			w.para(l)
		}
	}
	if len(p.NextQuestions) > 0 {
		w.blank()
		w.line("Questions à poser ensuite :")
		for i, q := range p.NextQuestions {
			if i == 3 {
				break
			}
			w.wrapped("- "+q.Question, "  ")
		}
	}
	for si, items := range p.Sections() {
		if si == 4 && !opt.NotEligible {
			continue
		}
		if len(items) == 0 {
			continue
		}
		w.blank()
		w.line(strings.ToUpper(SectionTitles[si]))
		w.line(strings.Repeat("=", min(opt.Width, len([]rune(SectionTitles[si])))))
		for _, it := range items {
			p.textItem(w, &it, opt, si == 4)
		}
	}
	w.blank()
	w.wrapped("Ce plan ne calcule pas : les aides propres à chaque département ou commune, celles des caisses de retraite complémentaires, des mutuelles et des contrats de prévoyance. Renseignez-vous auprès du point d'information local.", "")
	return w.String()
}

func (p *Plan) textItem(w *textWriter, it *Item, opt TextOptions, brief bool) {
	w.blank()
	w.wrapped("* "+it.Title+" — "+StatusLabel(it.Status), "  ")
	if brief {
		for _, c := range it.Conditions {
			if c.Result == rules.No {
				w.wrapped("  Pourquoi : "+c.Label+" (vu : "+c.Seen+" ; "+c.Basis+")", "    ")
			}
		}
		return
	}
	if it.Summary != "" {
		w.wrapped("  "+it.Summary, "  ")
	}
	for _, c := range it.Conditions {
		if opt.Conditions || c.Result != rules.Yes {
			w.wrapped(fmt.Sprintf("  %s %s (%s ; %s)", ResultMark(c.Result), c.Label, c.Seen, c.Basis), "    ")
		}
	}
	for _, a := range it.Amounts {
		s := "  " + a.Label + " : " + a.Text
		if a.AsOf != "" {
			s += " (au " + frenchISO(a.AsOf) + ", " + a.Confidence + ")"
		}
		w.wrapped(s, "    ")
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
		for _, d := range st.Documents {
			w.wrapped("     [ ] "+d, "         ")
		}
	}
	for _, c := range it.Contacts {
		w.wrapped("  Contact : "+contactLine(c), "    ")
	}
}

func contactLine(c Contact) string {
	parts := []string{c.Name}
	if c.Phone != "" {
		parts = append(parts, "tél. "+c.Phone)
	}
	if c.Address != "" {
		parts = append(parts, c.Address)
	}
	if c.Web != "" {
		parts = append(parts, c.Web)
	}
	if c.Hours != "" {
		parts = append(parts, c.Hours)
	}
	return strings.Join(parts, " — ")
}

func frenchISO(iso string) string {
	if t, err := parseDate(iso); err == nil {
		return rules.FrenchDate(t)
	}
	return iso
}

type textWriter struct {
	b     strings.Builder
	width int
}

func (w *textWriter) line(s string) {
	for _, l := range Wrap(s, w.width, "") {
		w.b.WriteString(l)
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
func (w *textWriter) String() string {
	return strings.TrimRight(w.b.String(), "\n") + "\n"
}
