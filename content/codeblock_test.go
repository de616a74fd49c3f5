package content

import (
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// The program's copy of glamour (third_party/glamour) renders code blocks without syntax
// highlighting, so that chroma is not linked (its start-up cost was most of the program's).
// That only keeps every rendering identical to upstream glamour's while no fiche or letter
// has a code block, fenced or indented: this test fails as soon as one does.
func TestNoCodeBlockInFichesOrLetters(t *testing.T) {
	set := MustLoadForTest(t)
	d := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, id := range set.FicheIDs {
		f := set.Fiches[id]
		for what, md := range map[string]string{"source": f.Body, "rendu": f.Markdown(set.Params, d)} {
			if line, ok := codeBlockLine(md); ok {
				t.Errorf("fiche %s (%s) : bloc de code ligne %d (%s) ; un bloc de code ne doit pas apparaître dans une fiche", id, what, line, f.File)
			}
		}
	}
	for _, id := range set.LetterIDs {
		l := set.Letters[id]
		if line, ok := codeBlockLine(l.Body); ok {
			t.Errorf("lettre %s : bloc de code ligne %d (%s)", id, line, l.File)
		}
	}
}

func TestCodeBlockLineFindsCodeBlocks(t *testing.T) {
	for md, want := range map[string]bool{
		"# Titre\n\nTexte.\n\n- point\n  suite\n": false,
		"Texte.\n\n```\ncode\n```\n":              true,
		"Texte.\n\n~~~sh\ncode\n~~~\n":            true,
		"Texte.\n\n    code indenté\n":            true,
	} {
		if _, got := codeBlockLine(md); got != want {
			t.Errorf("codeBlockLine(%q) = %v, want %v", md, got, want)
		}
	}
}

// codeBlockLine reports the first code block of md (as goldmark, glamour's parser, sees
// it) and its 1-based line.
func codeBlockLine(md string) (int, bool) {
	src := []byte(md)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	line, found := 0, false
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || found {
			return ast.WalkContinue, nil
		}
		if n.Kind() == ast.KindCodeBlock || n.Kind() == ast.KindFencedCodeBlock {
			found = true
			if l := n.Lines(); l.Len() > 0 {
				line = 1
				for _, c := range src[:l.At(0).Start] {
					if c == '\n' {
						line++
					}
				}
			}
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return line, found
}
