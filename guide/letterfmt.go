package guide

import (
	"html"
	"regexp"
	"strconv"
	"strings"
)

// A letter template (content/lettres) is written in a small part of Markdown: paragraphs
// wrapped by hand, hard line breaks (two spaces at the end of a line), **bold**, *italic*,
// lists (-, 1.), check boxes (☐) and rules (---). letterBlocks reads that much, so that a
// letter can be re-wrapped for a 72-column e-mail and printed as HTML.

// letterBlock is a paragraph, a list entry or a rule of a letter.
type letterBlock struct {
	rule   bool
	indent int      // leading spaces of its first line
	marker string   // "- ", "1. ", "☐ " or ""
	lines  []string // hard lines; the soft-wrapped ones are joined
}

var numberedRE = regexp.MustCompile(`^[0-9]{1,3}\. `)

func markerOf(t string) string {
	switch {
	case strings.HasPrefix(t, "- "):
		return "- "
	case strings.HasPrefix(t, "☐ "):
		return "☐ "
	}
	return numberedRE.FindString(t)
}

func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	for _, c := range []string{"-", "*", "_"} {
		if strings.Trim(t, c+" ") == "" && strings.Count(t, c) >= 3 {
			return true
		}
	}
	return false
}

func letterBlocks(body string) []letterBlock {
	var out []letterBlock
	cur := -1
	hard := false
	for _, raw := range strings.Split(strings.ReplaceAll(body, "\r\n", "\n"), "\n") {
		raw = strings.ReplaceAll(raw, "\t", "    ")
		t := strings.TrimSpace(raw)
		if t == "" {
			cur, hard = -1, false
			continue
		}
		if isRule(t) {
			out = append(out, letterBlock{rule: true})
			cur, hard = -1, false
			continue
		}
		brk := strings.HasSuffix(raw, "  ") || strings.HasSuffix(t, "\\")
		t = strings.TrimSuffix(t, "\\")
		m := markerOf(t)
		switch {
		case cur < 0 || m != "":
			indent := len(raw) - len(strings.TrimLeft(raw, " "))
			rest := strings.TrimSpace(t[len(m):])
			if m == "- " && strings.HasPrefix(rest, "☐ ") {
				m, rest = "☐ ", strings.TrimSpace(strings.TrimPrefix(rest, "☐ "))
			}
			out = append(out, letterBlock{indent: indent, marker: m, lines: []string{rest}})
			cur = len(out) - 1
		case hard:
			out[cur].lines = append(out[cur].lines, t)
		default:
			b := &out[cur]
			b.lines[len(b.lines)-1] += " " + t
		}
		hard = brk
	}
	return out
}

var (
	strongRE = regexp.MustCompile(`\*\*([^*]+?)\*\*`)
	emRE     = regexp.MustCompile(`\*([^*\s][^*]*?)\*`)
)

// plainInline drops the emphasis marks.
func plainInline(s string) string {
	s = strongRE.ReplaceAllString(s, "$1")
	return emRE.ReplaceAllString(s, "$1")
}

// htmlInline escapes a line, then turns its emphasis marks into tags.
func htmlInline(s string) string {
	s = html.EscapeString(s)
	s = strongRE.ReplaceAllString(s, "<strong>$1</strong>")
	return emRE.ReplaceAllString(s, "<em>$1</em>")
}

func (b letterBlock) text(w *textWriter) {
	if b.rule {
		w.line(strings.Repeat("-", 24))
		w.blank()
		return
	}
	pad := strings.Repeat(" ", min(b.indent, 8))
	cont := pad + strings.Repeat(" ", len([]rune(b.marker)))
	for i, l := range b.lines {
		first := cont
		if i == 0 {
			first = pad + b.marker
		}
		w.wrapped(first+plainInline(l), cont)
	}
	w.blank()
}

func (b letterBlock) html(sb *strings.Builder) {
	if b.rule {
		sb.WriteString("<hr>\n")
		return
	}
	class := ""
	if lvl := min(b.indent/2, 3); lvl > 0 {
		class = "in" + strconv.Itoa(lvl)
	}
	if b.isHeading() {
		class = "lh" // a line all in bold stands for a heading: kept with what follows
	}
	if b.marker != "" {
		class = strings.TrimSpace(class + " hang")
	}
	sb.WriteString("<p")
	if class != "" {
		sb.WriteString(` class="` + class + `"`)
	}
	sb.WriteString(">")
	for i, l := range b.lines {
		if i > 0 {
			sb.WriteString("<br>")
		}
		if i == 0 && b.marker != "" {
			mk := strings.TrimSpace(b.marker)
			if mk == "-" {
				mk = "•"
			}
			sb.WriteString(`<span class="mk">` + html.EscapeString(mk) + "</span>")
		}
		sb.WriteString(htmlInline(nbsp(l)))
	}
	sb.WriteString("</p>\n")
}

// isHeading tells a paragraph that is one line all in bold (**Pièces jointes**).
func (b letterBlock) isHeading() bool {
	if b.rule || b.marker != "" || len(b.lines) != 1 {
		return false
	}
	l := b.lines[0]
	return strings.HasPrefix(l, "**") && strings.HasSuffix(l, "**") && strings.Count(l, "**") == 2
}

// letterHTML renders a filled letter body as HTML, every text escaped.
func letterHTML(body string) string {
	var sb strings.Builder
	for _, b := range letterBlocks(body) {
		b.html(&sb)
	}
	return sb.String()
}
