package guide

import (
	"fmt"
	"strings"
	"time"

	"aidants/rules"
)

func parseDate(s string) (time.Time, error) { return time.Parse(DateFormat, s) }

// Markdown renders the plan as Markdown, for a mail or a case tool.
func (p *Plan) Markdown(opt TextOptions) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# Plan d'aide du %s\n\n", rules.FrenchDate(p.When))
	if opt.Label != "" {
		fmt.Fprintf(&b, "**Dossier :** %s\n\n", mdEscape(opt.Label))
	}
	fmt.Fprintf(&b, "Montants en vigueur au %s.\n\n", rules.FrenchDate(p.When))
	if !p.Freshness.UpToDate {
		fmt.Fprintf(&b, "> **Attention :** %s\n\n", p.Freshness.Message)
	}
	for _, l := range SituationSummary(p.Situation) {
		if l != "" {
			b.WriteString(l + "\n\n")
		}
	}
	if len(p.NextQuestions) > 0 {
		b.WriteString("**Questions à poser ensuite :**\n\n")
		for i, q := range p.NextQuestions {
			if i == 3 {
				break
			}
			b.WriteString("- " + q.Question + "\n")
		}
		b.WriteString("\n")
	}
	for si, items := range p.Sections() {
		if len(items) == 0 || (si == 4 && !opt.NotEligible) {
			continue
		}
		fmt.Fprintf(&b, "## %s\n\n", SectionTitles[si])
		for _, it := range items {
			p.mdItem(&b, &it, opt, si == 4)
		}
	}
	b.WriteString("## Ce que ce plan ne calcule pas\n\nLes aides propres à chaque département ou commune, celles des caisses de retraite complémentaires, des mutuelles et des contrats de prévoyance. Renseignez-vous auprès du point d'information local.\n")
	return b.String()
}

func (p *Plan) mdItem(b *strings.Builder, it *Item, opt TextOptions, brief bool) {
	fmt.Fprintf(b, "### %s — %s\n\n", it.Title, StatusLabel(it.Status))
	if brief {
		for _, c := range it.Conditions {
			if c.Result == rules.No {
				fmt.Fprintf(b, "- Pourquoi : %s (vu : %s ; %s)\n", c.Label, c.Seen, c.Basis)
			}
		}
		b.WriteString("\n")
		return
	}
	if it.Summary != "" {
		b.WriteString(it.Summary + "\n\n")
	}
	for _, c := range it.Conditions {
		if opt.Conditions || c.Result != rules.Yes {
			fmt.Fprintf(b, "- %s %s (%s ; %s)\n", ResultMark(c.Result), c.Label, c.Seen, c.Basis)
		}
	}
	for _, a := range it.Amounts {
		s := "- " + a.Label + " : **" + a.Text + "**"
		if a.AsOf != "" {
			s += " (au " + frenchISO(a.AsOf) + ", " + a.Confidence + ")"
		}
		b.WriteString(s + "\n")
	}
	for _, n := range it.Notes {
		b.WriteString("- Bon à savoir : " + n + "\n")
	}
	if len(it.Steps) > 0 {
		b.WriteString("\n")
	}
	for _, st := range it.Steps {
		fmt.Fprintf(b, "%d. %s\n", st.Order, st.Text)
		if st.Where != "" {
			b.WriteString("   - Où : " + st.Where + "\n")
		}
		if st.Deadline != "" {
			b.WriteString("   - Délai : " + st.Deadline + "\n")
		}
		for _, d := range st.Documents {
			b.WriteString("   - [ ] " + d + "\n")
		}
	}
	for _, c := range it.Contacts {
		b.WriteString("- Contact : " + contactLine(c) + "\n")
	}
	b.WriteString("\n")
}

func mdEscape(s string) string {
	r := strings.NewReplacer("*", "\\*", "_", "\\_", "#", "\\#", "<", "&lt;", ">", "&gt;", "[", "\\[", "]", "\\]", "`", "\\`")
	return r.Replace(s)
}
