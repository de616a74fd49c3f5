package tui

import (
	"strings"
	"testing"

	"aidants/content"
	"github.com/charmbracelet/x/ansi"
)

// A list item longer than the width wraps under its text, not under its marker nor at
// the margin, in every style and width (aidants fiche, the TUI's fiche reader).
func TestListItemsWrapUnderTheirText(t *testing.T) {
	md := content.JoinSoftBreaks("Pour qui ?\n\n- Sa perte d'autonomie est classée en GIR 1, 2, 3 ou 4 sur la grille AGGIR\n  (le GIR 1 est le plus lourd). En GIR 5 ou 6, pas d'APA : voyez les aides de la caisse de retraite.\n- Court.\n\n1. Retirez le dossier au conseil départemental, dans un CLIC, au CCAS ou à\n   la mairie. La personne elle-même ou un proche peut faire la demande.\n")
	for _, st := range []Style{StylePlain, StyleDark} {
		for _, w := range []int{80, 60, 40} {
			out, err := RenderMarkdown(md, w, st)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(ansi.Strip(out), "\n")
			indent := -1 // the text column of the item being read
			for _, l := range lines {
				if ansi.StringWidth(l) > w {
					t.Errorf("%s %d: line wider than %d: %q", st, w, w, l)
				}
				trim := strings.TrimLeft(l, " ")
				lead := len(l) - len(trim)
				switch {
				case strings.HasPrefix(trim, "• "):
					indent = lead + 2 // « • » is one column
				case strings.HasPrefix(trim, "1. "):
					indent = lead + 3
				case trim == "":
					indent = -1
				case indent >= 0 && lead != indent:
					t.Errorf("%s %d: continuation at column %d, want %d: %q", st, w, lead, indent, l)
				}
			}
		}
	}
}
