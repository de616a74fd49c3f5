package guide

import (
	"encoding/json"
	"strings"

	"aidants/rules"
)

// StatusLabel is the plain-French word for a status.
func StatusLabel(s rules.Status) string {
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
	return string(s)
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
// than the width is cut. indent prefixes continuation lines; the leading spaces of each
// paragraph (a line of text) prefix its first line. French typography is kept where it
// fits: no break before « € », « : », « ; », « ? », « ! », « » », a dash, nor after « «,
// and none inside a number or a phone number written in groups (1 400,00 €, 05 55 67 72 00).
func Wrap(text string, width int, indent string) []string {
	if width < 10 {
		width = 10
	}
	if n := len([]rune(indent)); n > width/2 {
		indent = string([]rune(indent)[:width/2])
	}
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		words := strings.Fields(para)
		if len(words) == 0 {
			lines = append(lines, "")
			continue
		}
		prefix := para[:len(para)-len(strings.TrimLeft(para, " "))]
		if n := len([]rune(prefix)); n > width/2 {
			prefix = string([]rune(prefix)[:width/2])
		}
		cur, curLen := "", 0
		flush := func() {
			lines = append(lines, cur)
			cur, curLen, prefix = "", 0, indent
		}
		put := func(w string) {
			wl := len([]rune(w))
			switch {
			case cur == "":
				cur, curLen = prefix+w, len([]rune(prefix))+wl
			case curLen+1+wl <= width:
				cur += " " + w
				curLen += 1 + wl
			default:
				flush()
				cur, curLen = prefix+w, len([]rune(prefix))+wl
			}
		}
		for _, unit := range glueUnits(words) {
			room := width - len([]rune(indent))
			if p := width - len([]rune(prefix)); cur == "" && p < room {
				room = p
			}
			if len([]rune(unit)) <= room {
				put(unit)
				continue
			}
			// too long to keep together: its words one by one, cutting a word too long
			for _, w := range strings.Split(unit, " ") {
				r := []rune(w)
				for {
					lead := indent
					if cur == "" {
						lead = prefix
					}
					if len(r) <= width-len([]rune(lead)) {
						break
					}
					if cur != "" {
						flush()
					}
					n := width - len([]rune(prefix))
					lines = append(lines, prefix+string(r[:n]))
					r = r[n:]
					prefix = indent
				}
				if len(r) > 0 {
					put(string(r))
				}
			}
		}
		if cur != "" {
			lines = append(lines, cur)
		}
	}
	return lines
}

// glueUnits joins the words that should stay on the same line.
func glueUnits(words []string) []string {
	var units []string
	for i, w := range words {
		if i > 0 && glued(words[i-1], w) {
			units[len(units)-1] += " " + w
			continue
		}
		units = append(units, w)
	}
	return units
}

func glued(prev, next string) bool {
	switch next {
	case "€", "%", ":", ";", "?", "!", "»", "—", "–":
		return true
	case "h", "ans":
		return endsWithDigit(prev)
	}
	if prev == "«" {
		return true
	}
	startsWithDigit := next != "" && next[0] >= '0' && next[0] <= '9'
	if prev == "h" && startsWithDigit { // 18 h 15
		return true
	}
	// groups of a number or a phone number: "1 400,00", "(1 043,59 €", "05 55 67 72 00"
	digits := strings.TrimLeft(prev, "([«")
	return len(digits) <= 3 && isDigits(digits) && startsWithDigit
}

func endsWithDigit(s string) bool { return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9' }

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
