package guide

import (
	"fmt"
	"strings"
	"time"
)

func parseDate(s string) (time.Time, error) { return time.Parse(DateFormat, s) }

// Markdown renders the plan as Markdown, for a mail or a case tool. Text from the content
// files is escaped, so that it reads the same rendered or not; the letter templates,
// written in Markdown, are kept as they are.
func (p *Plan) Markdown(opt TextOptions) string {
	return buildDocument(p, p.guide, opt).markdown()
}

func (d *document) markdown() string {
	var b strings.Builder
	b.WriteString("# Plan d'aide\n\n")
	b.WriteString(md(d.dateLine()) + "  \n")
	if d.Label != "" {
		b.WriteString("**Dossier :** " + md(d.Label) + "  \n")
	}
	b.WriteString("\n")
	if d.Warning != "" {
		b.WriteString("> **Attention :** " + md(d.Warning) + "\n\n")
	}
	b.WriteString(md(introPlan) + " " + md(d.Private) + "\n\n" + md(statusLegend) + "\n")
	if len(d.Summary) > 0 {
		b.WriteString("\n## " + headSituation + "\n\n")
		for _, l := range d.Summary {
			b.WriteString("- " + md(l) + "\n")
		}
	}
	if len(d.Questions) > 0 {
		b.WriteString("\n## " + md(headQuestions) + "\n\n")
		for _, q := range d.Questions {
			b.WriteString("- " + md(q) + "\n")
		}
	}
	for _, sec := range d.Sections {
		b.WriteString("\n## " + md(sec.Title) + "\n")
		for i := range sec.Items {
			d.mdItem(&b, &sec.Items[i], sec.Brief)
		}
	}
	if len(d.Contacts) > 0 {
		b.WriteString("\n## " + headContacts + "\n\n" + md(d.contactsIntro()) + "\n")
		local := false
		for i, g := range d.Contacts {
			if i == 0 || g.Local != local {
				h := nationalHeading
				if g.Local {
					h = d.localHeading()
				}
				b.WriteString("\n### " + md(h) + "\n")
				local = g.Local
			}
			b.WriteString("\n")
			if len(g.Contacts) == 1 {
				c := g.Contacts[0]
				b.WriteString("- **" + md(c.Name) + "**")
				if det := contactDetails(c); det != "" {
					b.WriteString(" — " + md(det))
				}
				for _, s := range []string{g.Role, g.uses()} {
					if s != "" {
						b.WriteString("  \n  " + md(s))
					}
				}
				b.WriteString("\n")
				continue
			}
			for _, s := range []string{g.Role, g.uses()} {
				if s != "" {
					b.WriteString(md(s) + "  \n")
				}
			}
			b.WriteString("\n")
			for _, c := range g.Contacts {
				b.WriteString("- **" + md(c.Name) + "**")
				if det := contactDetails(c); det != "" {
					b.WriteString(" — " + md(det))
				}
				b.WriteString("\n")
			}
		}
	}
	b.WriteString("\n## " + headNotComputed + "\n\n")
	for _, s := range d.NotComputed {
		b.WriteString("- " + md(s) + "\n")
	}
	if len(d.NotEligible) > 0 {
		b.WriteString("\n## " + md(headNotEligible) + "\n\n" + md(introNotElig) + "\n\n")
		for _, ne := range d.NotEligible {
			b.WriteString("- **" + md(ne.Title) + "**")
			if len(ne.Reasons) > 0 {
				b.WriteString(" : " + md(strings.Join(ne.Reasons, " ; ")))
			}
			b.WriteString("\n")
		}
	}
	if len(d.Sources) > 0 {
		b.WriteString("\n## " + headSources + "\n")
		for _, sg := range d.Sources {
			b.WriteString("\n**" + md(sg.Item) + "**\n\n")
			for _, s := range sg.Sources {
				b.WriteString("- " + md(s.line()) + "\n")
			}
		}
	}
	if len(d.Letters) > 0 {
		b.WriteString("\n## " + headLetters + "\n\n" + md(introLetters) + "\n")
		for _, l := range d.Letters {
			b.WriteString("\n---\n\n### " + md(l.Title) + "\n\n")
			b.WriteString(strings.Trim(l.Body, "\n") + "\n")
		}
	}
	out := b.String()
	for strings.Contains(out, "\n\n\n") {
		out = strings.ReplaceAll(out, "\n\n\n", "\n\n")
	}
	return out
}

func (d *document) mdItem(b *strings.Builder, it *docItem, brief bool) {
	fmt.Fprintf(b, "\n### %s — *%s*\n\n", md(it.Title), md(it.Label))
	if it.Summary != "" {
		b.WriteString(md(it.Summary) + "\n\n")
	}
	if brief {
		return
	}
	list := false
	for _, c := range it.Checks {
		b.WriteString("- " + md(c) + "\n")
		list = true
	}
	for _, a := range it.Amounts {
		s := "- " + md(a.Label) + " : **" + md(a.Value) + "**"
		if a.When != "" {
			s += " (" + md(a.When) + ")"
		}
		if a.Note != "" {
			s += ". " + md(a.Note)
		}
		b.WriteString(s + "\n")
		list = true
	}
	if it.AmountsNote != "" {
		b.WriteString("- " + md(it.AmountsNote) + "\n")
	}
	for _, n := range it.Notes {
		b.WriteString("- Bon à savoir : " + md(n) + "\n")
		list = true
	}
	if list {
		b.WriteString("\n")
	}
	for _, st := range it.Steps {
		fmt.Fprintf(b, "%d. %s\n", st.Order, md(st.Text))
		if st.Where != "" {
			b.WriteString("   - Où : " + md(st.Where) + "\n")
		}
		if st.Deadline != "" {
			b.WriteString("   - Délai : " + md(st.Deadline) + "\n")
		}
		for _, doc := range st.Documents {
			b.WriteString("   - ☐ " + md(doc) + "\n")
		}
	}
	if len(it.Steps) > 0 {
		b.WriteString("\n")
	}
	if len(it.Letters) > 0 {
		where := "en fin de document"
		if !d.Full {
			where = "dans l'export du plan (aidants exporter)"
		}
		b.WriteString("Modèle de lettre " + where + " : " + md(letterNote(it.Letters)) + ".\n\n")
	}
}

// md escapes the characters Markdown would read as markup in a line of text taken from the
// content files or typed by the user; web addresses are left whole, so they stay links.
func md(s string) string {
	var b strings.Builder
	for i, w := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		if isPlainURL(w) {
			b.WriteString(w)
			continue
		}
		for _, r := range w {
			switch r {
			case '\\', '*', '_', '`', '<', '>', '[', ']', '|', '~':
				b.WriteByte('\\')
			case '#':
				if i == 0 {
					b.WriteByte('\\')
				}
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isPlainURL(w string) bool {
	if !strings.HasPrefix(w, "https://") && !strings.HasPrefix(w, "http://") {
		return false
	}
	return !strings.ContainsAny(w, "<>\"'`*[]()\\")
}
