package content

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	cases := map[string]string{
		"plain text, accents éà€":                   "plain text, accents éà€",
		"line\nnext\ttab":                           "line\nnext tab",
		"\x1b[2J\x1b[Hclear":                        "clear",       // erase screen, cursor home
		"title\x1b]0;pwned\x07 after":               "title after", // window title (OSC 0)
		"clip\x1b]52;c;ZXZpbA==\x1b\\ board":        "clip board",  // clipboard (OSC 52)
		"link \x1b]8;;http://x\x07text\x1b]8;;\x07": "link text",   // hyperlink
		"bell\x07 nul\x00 del\x7f":                  "bell nul del",
		"c1 \u009b31m csi":                          "c1  csi",   // 8-bit CSI
		"osc8 \u009d0;t\u009c end":                  "osc8  end", // 8-bit OSC … ST
		"bidi \u202eevil":                           "bidi evil",
		"bad \xff utf8":                             "bad  utf8",
		"dcs \x1bPq#0;2;0;0;0\x1b\\ end":            "dcs  end",
		"esc at end \x1b":                           "esc at end ",
		"cr\r\nlf":                                  "cr\nlf",
	}
	for in, want := range cases {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

// assertInert checks that a string can no longer drive a terminal.
func assertInert(t *testing.T, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("invalid UTF-8 left: %q", s)
	}
	for _, r := range s {
		if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r <= 0x9f) {
			t.Fatalf("control character %U left in %q", r, s)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"\x1b[31mred\x1b[0m", "\x1b]0;t\x07", "\u009b2J", "é\xffà", "\x1bP\x1b\\", "\x1b", "a\rb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		assertInert(t, out)
		if Sanitize(out) != out {
			t.Fatalf("not idempotent: %q → %q → %q", s, out, Sanitize(out))
		}
		if len(out) > len(s) {
			t.Fatal("output grew")
		}
	})
}

const hostileFiche = "---\nid: apa-domicile\ntitle: \"APA\\e]0;pwned\\a\"\nsummary: \"r\\e[2Jésumé\"\naudience: person\nlegal_basis: [\"CASF\\e[31m\"]\nsources:\n  - title: \"x\\e]52;c;ZXZpbA==\\a\"\n    checked: 2026-11-22\nreviewed: 2026-11-22\nsteps:\n  - text: \"do\\e[H\"\n    documents: [\"doc\\x9b2J\"]\n---\n## C'est quoi ?\n\x1b[2J\x1b[Hbody\x1b]8;;http://evil\x07click\x1b]8;;\x07\n"

func TestHostileFicheIsNeutralised(t *testing.T) {
	f, probs := ParseFiche("fiches/apa-domicile.md", []byte(hostileFiche))
	if f == nil {
		t.Fatalf("not parsed: %v", probs)
	}
	for _, s := range []string{f.Title, f.Summary, f.Body, f.LegalBasis[0], f.Sources[0].Title, f.Steps[0].Text, f.Steps[0].Documents[0]} {
		assertInert(t, s)
	}
	if !strings.Contains(f.Body, "bodyclick") {
		t.Errorf("text lost: %q", f.Body)
	}
}

func TestHostileDirectoryIsNeutralised(t *testing.T) {
	d, probs := ParseDirectory("mine.yaml", []byte("department: \"23\"\nname: \"Creuse\\e]0;x\\a\"\ncontacts:\n  - name: \"CLIC\\e[2J\"\n    role: \"r\\e]52;c;AAAA\\a\"\n    phone: \"05\\a00\"\n    items: [point-information]\n    source: \"s\"\n"))
	if len(probs) > 0 {
		t.Fatal(probs)
	}
	c := d.Contacts[0]
	for _, s := range []string{d.Name, c.Name, c.Role, c.Phone} {
		assertInert(t, s)
	}
}
