package content

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	"aidants/rules"

	"gopkg.in/yaml.v3"
)

// Source is where a fiche's facts come from, with the date it was checked.
type Source struct {
	Title   string `yaml:"title"`
	URL     string `yaml:"url"`
	Checked Date   `yaml:"checked"`
}

// Step is one démarche of an item, in order.
type Step struct {
	Text      string   `yaml:"text"`
	Where     string   `yaml:"where"`
	Deadline  string   `yaml:"deadline"`
	Documents []string `yaml:"documents"`
	// OnlyIf and SkipIf name yes/no facts of the situation (like person.receives_apa): the
	// step is shown only when all OnlyIf facts are true, and hidden when one SkipIf fact is.
	OnlyIf []string `yaml:"only_if"`
	SkipIf []string `yaml:"skip_if"`
}

// Fiche is one item's page: front matter and Markdown body.
type Fiche struct {
	ID         string   `yaml:"id"`
	Title      string   `yaml:"title"`
	Summary    string   `yaml:"summary"`
	Audience   string   `yaml:"audience"`
	LegalBasis []string `yaml:"legal_basis"`
	Sources    []Source `yaml:"sources"`
	Reviewed   Date     `yaml:"reviewed"`
	Steps      []Step   `yaml:"steps"`
	Body       string   `yaml:"-"`
	File       string   `yaml:"-"`
	BodyLine   int      `yaml:"-"` // line of the file where the body starts
}

// splitFrontMatter separates "---\nYAML\n---\nbody". It returns the YAML, the body and the
// line number where the body starts.
func splitFrontMatter(b []byte) (fm []byte, body string, bodyLine int, ok bool) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	s := strings.ReplaceAll(string(b), "\r\n", "\n")
	if !strings.HasPrefix(s, "---\n") {
		return nil, s, 1, false
	}
	rest := s[4:]
	end := strings.Index(rest, "\n---\n")
	if end < 0 {
		if strings.HasSuffix(rest, "\n---") {
			end = len(rest) - 4
		} else {
			return nil, s, 1, false
		}
	}
	fm = []byte(rest[:end])
	body = ""
	if end+5 <= len(rest) {
		body = rest[end+5:]
	}
	bodyLine = strings.Count(rest[:end], "\n") + 4
	return fm, body, bodyLine, true
}

// ParseFiche reads a fiche file. It returns the fiche (nil if unreadable) and its problems.
func ParseFiche(name string, b []byte) (*Fiche, Problems) {
	fm, body, line, ok := splitFrontMatter(b)
	if !ok {
		return nil, Problems{{File: name, Line: 1, Message: "en-tête YAML absent (le fichier doit commencer par ---)"}}
	}
	f := &Fiche{}
	dec := yaml.NewDecoder(bytes.NewReader(fm))
	dec.KnownFields(true)
	if err := dec.Decode(f); err != nil && err.Error() != "EOF" {
		return nil, Problems{{File: name, Line: yamlLine(err) + 1, Message: "en-tête YAML invalide : " + yamlMessage(fm, err, 1)}}
	}
	f.Body, f.File, f.BodyLine = Sanitize(body), name, line
	f.sanitize()
	var probs Problems
	if f.ID == "" {
		probs = append(probs, Problem{File: name, Line: 2, Message: "champ « id » absent"})
	}
	if f.Title == "" {
		probs = append(probs, Problem{File: name, Line: 2, Message: "champ « title » absent"})
	}
	return f, probs
}

var placeholderRE = regexp.MustCompile(`\{\{\s*([a-z0-9_.]+)\s*\}\}`)
var ficheLinkRE = regexp.MustCompile(`\[([^\]]+)\]\(fiche:([a-z0-9-]+)\)`)

// voirLinkRE is a fiche link the text already introduces with « voir » (« voir l'[AJPA] »).
var voirLinkRE = regexp.MustCompile(`\b([Vv]oir)\s+(?:l'|la\s+|le\s+|les\s+)?\[([^\]]+)\]\(fiche:([a-z0-9-]+)\)`)

// aloneLinkRE is a fiche link alone in brackets: « ([relais](fiche:…)) ».
var aloneLinkRE = regexp.MustCompile(`\(\s*\[([^\]]+)\]\(fiche:[a-z0-9-]+\)\s*\)`)

// plainFicheLinks turns fiche links into words read aloud, never with brackets inside
// brackets: « voir [APA](fiche:apa) » and « ([APA](fiche:apa)) » become « voir la fiche
// « APA » », a link inside brackets « « APA » », any other « APA (voir sa fiche) » —
// never « voir APA (voir sa fiche) ».
func plainFicheLinks(body string) string {
	if !strings.Contains(body, "](fiche:") {
		return body // no link: the two regular expressions would scan the body for nothing
	}
	body = voirLinkRE.ReplaceAllString(body, "$1 la fiche « $2 »")
	body = aloneLinkRE.ReplaceAllString(body, "(voir la fiche « $1 »)")
	idx := ficheLinkRE.FindAllStringSubmatchIndex(body, -1)
	if idx == nil {
		return body
	}
	var b strings.Builder
	last := 0
	for _, m := range idx {
		b.WriteString(body[last:m[0]])
		label := body[m[2]:m[3]]
		if parenDepth(body, m[0]) > 0 {
			b.WriteString("« " + label + " »")
		} else {
			b.WriteString(label + " (voir sa fiche)")
		}
		last = m[1]
	}
	b.WriteString(body[last:])
	return b.String()
}

// parenDepth is how many brackets are open at byte i of s, counted from the start of
// its paragraph (a stray « 1) » of a list does not open anything below zero).
func parenDepth(s string, i int) int {
	start := strings.LastIndex(s[:i], "\n\n") + 1
	d := 0
	for _, r := range s[start:i] {
		switch r {
		case '(':
			d++
		case ')':
			d = max(0, d-1)
		}
	}
	return d
}

// ResolveAmounts replaces every {{id}} by the named amount in force at day d, in French.
// An unknown name is left visible as « [montant inconnu : id] » (the verifier refuses it).
// In a Markdown table, a figure not confirmed at d shows its last known value and one
// line under the table says so, instead of « montant non confirmé (dernier montant
// connu : …) » in every cell.
func ResolveAmounts(text string, p *rules.Params, d time.Time) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	if !strings.Contains(text, "\n|") && !strings.HasPrefix(text, "|") {
		return resolveLine(text, p, d)
	}
	lines := strings.Split(text, "\n")
	out := make([]string, 0, len(lines)+2)
	for i := 0; i < len(lines); {
		if !isTableRow(lines[i]) {
			out = append(out, resolveLine(lines[i], p, d))
			i++
			continue
		}
		j := i
		for j < len(lines) && isTableRow(lines[j]) {
			j++
		}
		out = append(out, resolveTable(lines[i:j], p, d)...)
		i = j
	}
	return strings.Join(out, "\n")
}

func isTableRow(l string) bool { return strings.HasPrefix(strings.TrimSpace(l), "|") }

// resolveLine resolves the placeholders of a text; inside brackets, a figure not confirmed
// says its last known value without brackets of its own.
func resolveLine(text string, p *rules.Params, d time.Time) string {
	idx := placeholderRE.FindAllStringSubmatchIndex(text, -1)
	var b strings.Builder
	last := 0
	for _, m := range idx {
		b.WriteString(text[last:m[0]])
		last = m[1]
		q, ok := paramAt(text[m[2]:m[3]], p, d)
		if !ok {
			b.WriteString(q.Text)
			continue
		}
		v := q.Format()
		if !q.Found && parenDepth(text, m[0]) > 0 {
			if before, after, cut := strings.Cut(v, " ("); cut {
				v = before + ", " + strings.TrimSuffix(after, ")")
			}
		}
		b.WriteString(v)
	}
	b.WriteString(text[last:])
	return b.String()
}

// paramAt is the named amount at d; when it does not exist, its Text is what to print.
func paramAt(id string, p *rules.Params, d time.Time) (rules.Quantity, bool) {
	if p != nil {
		if q, ok := p.Amount(id, d); ok {
			return q, true
		}
	}
	return rules.Quantity{Text: "[montant inconnu : " + id + "]"}, false
}

// resolveTable resolves the rows of one table: a figure not confirmed at d is its last
// known value (marked « * » when other figures of the table are confirmed), and one line
// under the table says it is not confirmed, with the dates when they are the same.
func resolveTable(rows []string, p *rules.Params, d time.Time) []string {
	lastKnown := func(q rules.Quantity) bool { return !q.Found && q.LastKnown != nil && q.LastKnown.Found }
	var n, confirmed int
	var asOf, lkOf time.Time
	same := true
	for _, r := range rows {
		for _, m := range placeholderRE.FindAllStringSubmatch(r, -1) {
			q, ok := paramAt(m[1], p, d)
			switch {
			case ok && q.Found:
				confirmed++
			case ok && lastKnown(q):
				if n == 0 {
					asOf, lkOf = q.AsOf, q.LastKnown.AsOf
				} else if !q.AsOf.Equal(asOf) || !q.LastKnown.AsOf.Equal(lkOf) {
					same = false
				}
				n++
			}
		}
	}
	if n == 0 {
		out := make([]string, len(rows))
		for i, r := range rows {
			out[i] = resolveLine(r, p, d)
		}
		return out
	}
	mark := ""
	if confirmed > 0 {
		mark = " *"
	}
	out := make([]string, 0, len(rows)+2)
	for _, r := range rows {
		out = append(out, placeholderRE.ReplaceAllStringFunc(r, func(m string) string {
			q, ok := paramAt(placeholderRE.FindStringSubmatch(m)[1], p, d)
			switch {
			case !ok:
				return q.Text
			case lastKnown(q):
				return q.LastKnown.Format() + mark
			}
			return q.Format()
		}))
	}
	note := "Montants non confirmés"
	if n == 1 {
		note = "Montant non confirmé"
	}
	if same && !asOf.IsZero() {
		note += " au " + rules.FrenchDate(asOf)
	}
	if n == 1 {
		note += " : le tableau donne le dernier montant connu"
	} else {
		note += " : le tableau donne les derniers montants connus"
	}
	if same && !lkOf.IsZero() {
		if n == 1 {
			note += ", celui du " + rules.FrenchDate(lkOf)
		} else {
			note += ", ceux du " + rules.FrenchDate(lkOf)
		}
	}
	if confirmed > 0 {
		note = "\\* " + note + " (marqués d'un astérisque)"
		if n == 1 {
			note = strings.Replace(note, "marqués", "marqué", 1)
		}
	}
	return append(out, "", note+".")
}

// Ref is a name found in a text ({{amount}} or a fiche link) with its line offset.
type Ref struct {
	ID   string
	Line int
}

// Placeholders lists the {{id}} names used in a text, with their line offsets.
func Placeholders(text string) []Ref { return refs(text, placeholderRE, 1) }

// FicheLinks lists the fiche ids linked from a text, with their line offsets.
func FicheLinks(text string) []Ref { return refs(text, ficheLinkRE, 2) }

func refs(text string, re *regexp.Regexp, group int) []Ref {
	var out []Ref
	for i, line := range strings.Split(text, "\n") {
		for _, m := range re.FindAllStringSubmatch(line, -1) {
			out = append(out, Ref{m[group], i})
		}
	}
	return out
}

// Markdown returns the fiche as Markdown ready to render at day d: title, summary, body with
// amounts resolved and fiche links turned into plain references, then sources and the
// review date. The steps are in the body's "Comment demander ?" section already.
func (f *Fiche) Markdown(p *rules.Params, d time.Time) string {
	var b strings.Builder
	b.WriteString("# " + ResolveAmounts(f.Title, p, d) + "\n\n")
	if f.Summary != "" {
		b.WriteString("*" + ResolveAmounts(f.Summary, p, d) + "*\n\n")
	}
	body := ResolveAmounts(f.Body, p, d)
	body = plainFicheLinks(body)
	b.WriteString(strings.TrimSpace(JoinSoftBreaks(body)))
	b.WriteString("\n\n## Textes et sources\n\n")
	for _, l := range f.LegalBasis {
		b.WriteString("- " + l + "\n")
	}
	for _, s := range f.Sources {
		line := "- " + s.Title
		if s.URL != "" {
			line += " — " + s.URL
		}
		if !s.Checked.IsZero() {
			line += " (vérifié le " + rules.FrenchDate(s.Checked.Time) + ")"
		}
		b.WriteString(line + "\n")
	}
	if !f.Reviewed.IsZero() {
		fmt.Fprintf(&b, "\nFiche relue le %s. Montants en vigueur au %s.\n", rules.FrenchDate(f.Reviewed.Time), rules.FrenchDate(d))
	}
	return b.String()
}

func (f *Fiche) sanitize() {
	f.ID, f.Title, f.Summary, f.Audience = Sanitize(f.ID), Sanitize(f.Title), Sanitize(f.Summary), Sanitize(f.Audience)
	SanitizeAll(f.LegalBasis)
	for i := range f.Sources {
		f.Sources[i].Title, f.Sources[i].URL = Sanitize(f.Sources[i].Title), Sanitize(f.Sources[i].URL)
	}
	for i := range f.Steps {
		st := &f.Steps[i]
		st.Text, st.Where, st.Deadline = Sanitize(st.Text), Sanitize(st.Where), Sanitize(st.Deadline)
		SanitizeAll(st.Documents)
	}
}

// JoinSoftBreaks joins the lines of a paragraph or of a list item into one line: the source
// wraps them at 80 columns, and a soft break kept by the renderer comes out as a line of
// its own, at column 0 under a list item instead of under its text. Headings, table rows,
// list markers, quotes, fenced code, thematic breaks and hard breaks (two spaces or a
// backslash at the end of the line) start or end a block and are kept as written.
func JoinSoftBreaks(md string) string {
	lines := strings.Split(md, "\n")
	out := make([]string, 0, len(lines))
	fenced, open := false, false // open: the last line output is text a next line continues
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fenced = !fenced
			out = append(out, l)
			open = false
			continue
		}
		if fenced {
			out = append(out, l)
			continue
		}
		if open && t != "" && !startsBlock(t) {
			out[len(out)-1] += " " + t
		} else {
			out = append(out, l)
		}
		last := out[len(out)-1]
		open = t != "" && !isTableRow(t) && !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, ">") &&
			!isBreak(t) && !strings.HasSuffix(last, "  ") && !strings.HasSuffix(last, "\\")
	}
	return strings.Join(out, "\n")
}

// startsBlock reports whether a trimmed line starts a block of its own rather than
// continuing the paragraph above: a heading, a list item, a table row, a quote, a break.
func startsBlock(t string) bool {
	if strings.HasPrefix(t, "#") || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "<") || isTableRow(t) || isBreak(t) {
		return true
	}
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "+ ") {
		return true
	}
	i := 0
	for i < len(t) && i < 9 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}

// isBreak reports a thematic break or a setext underline (---, ***, ===).
func isBreak(t string) bool {
	if len(t) < 3 {
		return false
	}
	c := t[0]
	if c != '-' && c != '*' && c != '=' && c != '_' {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] != c && t[i] != ' ' {
			return false
		}
	}
	return true
}
