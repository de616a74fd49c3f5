package tui

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// trunc cuts s (which may hold escape sequences) to w cells, ending with "…".
func trunc(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// wrap breaks plain text into lines of at most w cells, on spaces when possible, never
// inside an amount ("1 682,30 €") or before French double punctuation ("oui :").
func wrap(s string, w int) []string {
	if w < 1 {
		w = 1
	}
	s = protectSpaces(s)
	out := strings.Split(ansi.Wrap(s, w, ""), "\n")
	for i := range out {
		out[i] = strings.ReplaceAll(out[i], nbsp, " ")
	}
	return out
}

const nbsp = "\u00a0"

var (
	digitGroup = regexp.MustCompile(`(\d) (\d{3})`)
	phoneGroup = regexp.MustCompile(`(\d\d) (\d\d)`)
	frenchNB   = strings.NewReplacer(" €", nbsp+"€", " :", nbsp+":", " ;", nbsp+";", " ?", nbsp+"?", " !", nbsp+"!",
		" %", nbsp+"%", "« ", "«"+nbsp, " »", nbsp+"»", "art. ", "art."+nbsp, "GIR ", "GIR"+nbsp)
)

// protectSpaces turns the spaces a line must not break at into no-break spaces.
func protectSpaces(s string) string {
	s = frenchNB.Replace(s)
	if strings.ContainsAny(s, "0123456789") {
		s = digitGroup.ReplaceAllString(s, "$1"+nbsp+"$2")
		s = digitGroup.ReplaceAllString(s, "$1"+nbsp+"$2")
		s = phoneGroup.ReplaceAllString(s, "$1"+nbsp+"$2") // "05 55 67 72 00", "39 60"
		s = phoneGroup.ReplaceAllString(s, "$1"+nbsp+"$2")
	}
	return s
}

// wrapIndent wraps s at w cells; the first line starts with first, the others with an
// indent of the same width as rest.
func wrapIndent(s string, w int, first, rest string) []string {
	pw := max(ansi.StringWidth(first), ansi.StringWidth(rest))
	lines := wrap(s, max(8, w-pw))
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return lines
}

// padRight pads s with spaces to w cells (s is cut first if longer).
func padRight(s string, w int) string {
	s = trunc(s, w)
	if n := w - ansi.StringWidth(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// fit makes s exactly h lines of at most w cells: long lines are cut, missing lines added.
// Nothing drawn can overflow the window, whatever its size.
func fit(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// fold lowercases and removes French accents, rune for rune, so that positions in the
// folded text are positions in the original: "Éligibilité" → "eligibilite".
func fold(s string) string {
	return strings.Map(foldRune, s)
}

func foldRune(r rune) rune {
	switch r {
	case 'à', 'â', 'ä', 'á', 'À', 'Â', 'Ä', 'Á', 'æ', 'Æ':
		return 'a'
	case 'ç', 'Ç':
		return 'c'
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return 'e'
	case 'î', 'ï', 'í', 'Î', 'Ï', 'Í':
		return 'i'
	case 'ô', 'ö', 'ó', 'Ô', 'Ö', 'Ó', 'œ', 'Œ':
		return 'o'
	case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü', 'Ú':
		return 'u'
	case 'ÿ', 'Ÿ':
		return 'y'
	case '’':
		return '\''
	}
	return unicode.ToLower(r)
}

// findAll returns the rune ranges [start, end) of every occurrence of the folded needle in
// the folded line.
func findAll(foldedLine, foldedNeedle string) [][2]int {
	if foldedNeedle == "" {
		return nil
	}
	lr := []rune(foldedLine)
	nr := []rune(foldedNeedle)
	var out [][2]int
	for i := 0; i+len(nr) <= len(lr); {
		if runesEqual(lr[i:i+len(nr)], nr) {
			out = append(out, [2]int{i, i + len(nr)})
			i += len(nr)
			continue
		}
		i++
	}
	return out
}

func runesEqual(a, b []rune) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// cellRange converts a rune range of a plain line to cell columns.
func cellRange(line string, r [2]int) (int, int) {
	rs := []rune(line)
	if r[0] > len(rs) {
		r[0] = len(rs)
	}
	if r[1] > len(rs) {
		r[1] = len(rs)
	}
	a := ansi.StringWidth(string(rs[:r[0]]))
	b := a + ansi.StringWidth(string(rs[r[0]:r[1]]))
	return a, b
}
