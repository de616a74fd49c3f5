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

// voirLinkRE is a fiche link the text already introduces with « voir ».
var voirLinkRE = regexp.MustCompile(`\b([Vv]oir) \[([^\]]+)\]\(fiche:([a-z0-9-]+)\)`)

// plainFicheLinks turns fiche links into words read aloud: « voir [APA](fiche:apa) »
// becomes « voir la fiche « APA » », any other link « APA (voir sa fiche) » — never
// « voir APA (voir sa fiche) ».
func plainFicheLinks(body string) string {
	body = voirLinkRE.ReplaceAllString(body, "$1 la fiche « $2 »")
	return ficheLinkRE.ReplaceAllString(body, "$1 (voir sa fiche)")
}

// ResolveAmounts replaces every {{id}} by the named amount in force at day d, in French.
// An unknown name is left visible as « [montant inconnu : id] » (the verifier refuses it).
func ResolveAmounts(text string, p *rules.Params, d time.Time) string {
	if !strings.Contains(text, "{{") {
		return text
	}
	return placeholderRE.ReplaceAllStringFunc(text, func(m string) string {
		id := placeholderRE.FindStringSubmatch(m)[1]
		if p == nil {
			return "[montant inconnu : " + id + "]"
		}
		q, ok := p.Amount(id, d)
		if !ok {
			return "[montant inconnu : " + id + "]"
		}
		return q.Format()
	})
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
	b.WriteString(strings.TrimSpace(body))
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
