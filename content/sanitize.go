package content

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Sanitize removes from text everything that could drive a terminal: escape sequences
// (CSI, OSC, DCS… introduced by ESC or their 8-bit forms), every other C0 and C1 control
// character, DEL, and invalid UTF-8. Newlines and tabs are kept (a tab becomes a space).
// Content files are edited by hand and user directories come from anywhere: a fiche must
// never be able to move the cursor, change the window title or write to the clipboard.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			i++
			continue
		case r == 0x1b: // ESC: skip the whole sequence
			i = skipEscape(s, i+1)
			continue
		case r == 0x9b: // 8-bit CSI
			i = skipCSI(s, i+size)
			continue
		case r == 0x9d || r == 0x90 || r == 0x9e || r == 0x9f || r == 0x98: // 8-bit OSC, DCS, PM, APC, SOS
			i = skipString(s, i+size)
			continue
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteByte('\n')
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
			// other control characters are dropped
		case (r >= 0x2028 && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			// line/paragraph separators and bidirectional overrides: dropped
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// skipEscape returns the index after the escape sequence whose ESC was just before i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', '^', '_', 'X':
		return skipString(s, i+1)
	}
	// two-character sequence (ESC c, ESC 7…), possibly with intermediates
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) {
		i++
	}
	return i
}

// skipCSI skips parameters and intermediates up to the final byte.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		i++
		if c >= 0x40 && c <= 0x7e {
			break
		}
		if c < 0x20 || c > 0x7e {
			break // malformed: stop here
		}
	}
	return i
}

// skipString skips an OSC/DCS/PM/APC string up to BEL, ST (ESC \) or 8-bit ST.
func skipString(s string, i int) int {
	for i < len(s) {
		if s[i] == 0x07 {
			return i + 1
		}
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
			return i + 2
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); r == 0x9c {
			return i + size
		} else {
			i += size
		}
	}
	return i
}

// SanitizeAll sanitizes every string of a slice in place.
func SanitizeAll(xs []string) {
	for i := range xs {
		xs[i] = Sanitize(xs[i])
	}
}

// isClean is the fast path: valid UTF-8 with no control character (C0 but newline, DEL,
// C1 encoded as C2 80–9F) and no line separator or bidirectional override (E2 80 A8–AE,
// E2 81 A6–A9). French text with accents stays on this path.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\n', c == 0x7f:
			return false
		case c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f:
			return false
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] >= 0xa8 && s[i+2] <= 0xae:
			return false
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9:
			return false
		}
	}
	return utf8.ValidString(s)
}

// SanitizeLine is Sanitize for a one-line text (a label, a name quoted in a message):
// line breaks become spaces.
func SanitizeLine(s string) string {
	s = Sanitize(s)
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	return s
}

// MaxLabel is the longest label, of a case (exporter, evaluer, the guide) or of a pack
// (empaqueter): a file number or a month, not a story. One limit everywhere.
const MaxLabel = 120

// CleanLabel checks the length of a label typed on the command line and sanitises it
// (SanitizeLine): a label is printed on screen and in every export.
func CleanLabel(s string) (string, error) {
	if n := utf8.RuneCountInString(s); n > MaxLabel {
		return "", fmt.Errorf("--libelle : %d caractères au plus (reçu %d) ; un numéro de dossier suffit, sans nom", MaxLabel, n)
	}
	return strings.TrimSpace(SanitizeLine(s)), nil
}
