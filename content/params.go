package content

import (
	"fmt"
	"io/fs"
	"strings"

	"aidants/rules"

	"gopkg.in/yaml.v3"
)

type paramFile []struct {
	ID       string `yaml:"id"`
	Label    string `yaml:"label"`
	Unit     string `yaml:"unit"`
	Revision string `yaml:"revision"`
	Values   []struct {
		From       Date    `yaml:"from"`
		Value      *string `yaml:"value"`
		Confidence string  `yaml:"confidence"`
		Source     string  `yaml:"source"`
		Note       string  `yaml:"note"`
	} `yaml:"values"`
}

// ParseParams reads one parameter file.
func ParseParams(name string, b []byte) ([]*rules.Param, Problems) {
	var pf paramFile
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	dec.KnownFields(true)
	if err := dec.Decode(&pf); err != nil && err.Error() != "EOF" {
		return nil, Problems{{File: name, Line: yamlLine(err), Message: "YAML invalide : " + yamlMessage(b, err, 0)}}
	}
	var out []*rules.Param
	var probs Problems
	for _, p := range pf {
		rp := &rules.Param{ID: Sanitize(p.ID), Label: Sanitize(p.Label), Unit: rules.Unit(p.Unit), Revision: rules.Revision(p.Revision)}
		scale, ok := rp.Unit.Scale()
		if !ok {
			probs = append(probs, Problem{File: name, Message: fmt.Sprintf("paramètre %q : unité %q inconnue", p.ID, p.Unit)})
			continue
		}
		switch rp.Revision {
		case rules.RevJanuary, rules.RevApril, rules.RevFixed:
		default:
			probs = append(probs, Problem{File: name, Message: fmt.Sprintf("paramètre %q : révision %q inconnue (janvier, avril ou fixe)", p.ID, p.Revision)})
		}
		for _, v := range p.Values {
			rv := rules.Value{From: v.From.Time, Confidence: rules.Confidence(v.Confidence), Source: Sanitize(v.Source), Note: Sanitize(v.Note)}
			if v.Value != nil {
				rv.Found = true
				if rp.Unit == rules.UnitDate || rp.Unit == rules.UnitList {
					rv.Text = *v.Value
				} else {
					n, err := rules.ParseFixed(*v.Value, scale)
					if err != nil {
						probs = append(probs, Problem{File: name, Message: fmt.Sprintf("paramètre %q : valeur %q illisible", p.ID, *v.Value)})
					}
					rv.Num = n
				}
			}
			if rv.From.IsZero() {
				probs = append(probs, Problem{File: name, Message: fmt.Sprintf("paramètre %q : valeur sans date « from »", p.ID)})
			}
			rp.Values = append(rp.Values, rv)
		}
		out = append(out, rp)
	}
	return out, probs
}

func loadParams(fsys fs.FS) ([]*rules.Param, Problems) {
	files, _ := fs.Glob(fsys, "parametres/*.yaml")
	var all []*rules.Param
	var probs Problems
	for _, name := range files {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			probs = append(probs, Problem{File: name, Message: err.Error()})
			continue
		}
		ps, pr := ParseParams(name, b)
		all = append(all, ps...)
		probs = append(probs, pr...)
	}
	if len(files) == 0 {
		probs = append(probs, Problem{File: "parametres", Message: "aucun fichier de paramètres"})
	}
	return all, probs
}

// yamlLine extracts "line N" from a yaml.v3 error message, or 0.
func yamlLine(err error) int {
	s := err.Error()
	i := strings.Index(s, "line ")
	if i < 0 {
		return 0
	}
	n := 0
	for _, r := range s[i+5:] {
		if r < '0' || r > '9' {
			break
		}
		n = n*10 + int(r-'0')
	}
	return n
}
