package guide

import (
	"encoding/json"
	"strings"

	"aidants/rules"
)

// StatusLabel is the plain-French word for a status.
func StatusLabel(s string) string {
	switch s {
	case rules.StatusEligible:
		return "Droit probable"
	case rules.StatusToCheck:
		return "À vérifier"
	case rules.StatusNotEligible:
		return "Non éligible"
	case rules.StatusInfo:
		return "Information"
	}
	return s
}

// ResultMark is ✓, ✗ or ? for a condition result.
func ResultMark(t rules.Tri) string {
	switch t {
	case rules.Yes:
		return "✓"
	case rules.No:
		return "✗"
	}
	return "?"
}

// JSON renders the plan as indented JSON (the contract of DESIGN).
func (p *Plan) JSON() ([]byte, error) {
	return json.MarshalIndent(p, "", "  ")
}

// CompactJSON renders the plan on one line (for `aidants lot`).
func (p *Plan) CompactJSON() ([]byte, error) { return json.Marshal(p) }

// Wrap breaks text into lines of at most width columns (runes), on spaces; a word longer
// than the width is cut. indent prefixes continuation lines.
func Wrap(text string, width int, indent string) []string {
	if width < 10 {
		width = 10
	}
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		cur := ""
		curLen := 0
		prefix := para[:len(para)-len(strings.TrimLeft(para, " "))]
		for _, w := range words {
			wl := len([]rune(w))
			for wl > width-len([]rune(indent)) && wl > 0 {
				// hard-cut a very long word
				if cur != "" {
					lines = append(lines, cur)
					cur, curLen, prefix = "", 0, indent
				}
				room := width - len([]rune(prefix))
				r := []rune(w)
				lines = append(lines, prefix+string(r[:room]))
				w = string(r[room:])
				wl = len(r) - room
				prefix = indent
			}
			if wl == 0 {
				continue
			}
			if cur == "" {
				cur = prefix + w
				curLen = len([]rune(prefix)) + wl
				continue
			}
			if curLen+1+wl > width {
				lines = append(lines, cur)
				prefix = indent
				cur = prefix + w
				curLen = len([]rune(prefix)) + wl
				continue
			}
			cur += " " + w
			curLen += 1 + wl
		}
		lines = append(lines, cur)
	}
	return lines
}

// Sections groups items by status for display, in plan order.
func (p *Plan) Sections() [][]Item {
	var urgent, eligible, check, info, not []Item
	for _, it := range p.Items {
		switch {
		case it.Urgent:
			urgent = append(urgent, it)
		case it.Status == rules.StatusEligible:
			eligible = append(eligible, it)
		case it.Status == rules.StatusToCheck:
			check = append(check, it)
		case it.Status == rules.StatusInfo:
			info = append(info, it)
		default:
			not = append(not, it)
		}
	}
	return [][]Item{urgent, eligible, check, info, not}
}

// SectionTitles name the sections returned by Sections.
var SectionTitles = []string{"À faire en priorité", "Droits probables", "À vérifier", "Pour information", "Non éligible pour l'instant"}
