package content

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"
)

// GlossaryEntry explains one acronym.
type GlossaryEntry struct {
	Acronym string `yaml:"acronym"`
	Meaning string `yaml:"meaning"`
	Fiche   string `yaml:"fiche"`
}

// ParseGlossary reads the glossary file.
func ParseGlossary(name string, b []byte) ([]GlossaryEntry, Problems) {
	var g []GlossaryEntry
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&g); err != nil && err.Error() != "EOF" {
		return nil, Problems{{File: name, Line: yamlLine(err), Message: "YAML invalide : " + yamlMessage(b, err, 0)}}
	}
	var probs Problems
	seen := map[string]bool{}
	for i := range g {
		g[i].Acronym, g[i].Meaning, g[i].Fiche = Sanitize(g[i].Acronym), Sanitize(g[i].Meaning), Sanitize(g[i].Fiche)
	}
	for _, e := range g {
		if e.Acronym == "" || e.Meaning == "" {
			probs = append(probs, Problem{File: name, Message: fmt.Sprintf("entrée %q sans sigle ou sans sens", e.Acronym)})
		}
		if seen[e.Acronym] {
			probs = append(probs, Problem{File: name, Message: fmt.Sprintf("sigle %q en double", e.Acronym)})
		}
		seen[e.Acronym] = true
	}
	sort.Slice(g, func(i, j int) bool { return g[i].Acronym < g[j].Acronym })
	return g, probs
}

// Lookup finds an acronym (exact, then case-insensitive).
func (s *Set) Lookup(acronym string) (GlossaryEntry, bool) {
	for _, e := range s.Glossary {
		if e.Acronym == acronym {
			return e, true
		}
	}
	for _, e := range s.Glossary {
		if strings.EqualFold(e.Acronym, acronym) {
			return e, true
		}
	}
	return GlossaryEntry{}, false
}
