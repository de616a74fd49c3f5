package content

import "testing"

// The lines of a paragraph or a list item are joined; every other block is kept as written.
func TestJoinSoftBreaks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"- Sa perte d'autonomie est classée\n  (le GIR 1 est le plus lourd).\n- Elle vit en France.", "- Sa perte d'autonomie est classée (le GIR 1 est le plus lourd).\n- Elle vit en France."},
		{"1. Retirez le dossier\n   à la mairie.\n2. Renvoyez-le.", "1. Retirez le dossier à la mairie.\n2. Renvoyez-le."},
		{"Un paragraphe\nsur deux lignes.\n\nUn autre.", "Un paragraphe sur deux lignes.\n\nUn autre."},
		{"- un\n  - sous-point\n    suite", "- un\n  - sous-point suite"},
		{"## Titre\nTexte", "## Titre\nTexte"},
		{"Texte\n## Titre", "Texte\n## Titre"},
		{"| a | b |\n| c | d |", "| a | b |\n| c | d |"},
		{"Ligne avec saut  \nsuite", "Ligne avec saut  \nsuite"},
		{"Ligne avec saut\\\nsuite", "Ligne avec saut\\\nsuite"},
		{"```\ncode\nligne\n```\ntexte\nsuite", "```\ncode\nligne\n```\ntexte suite"},
		{"Titre\n---\ntexte", "Titre\n---\ntexte"},
		{"> cité\n> encore", "> cité\n> encore"},
	} {
		if got := JoinSoftBreaks(c.in); got != c.want {
			t.Errorf("JoinSoftBreaks(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}
