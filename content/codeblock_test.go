package content

import (
	"testing"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// The program's copy of glamour (third_party/glamour) renders code blocks without syntax
// highlighting and strips HTML with a small tag remover, so that chroma and bluemonday are
// not linked (their package init was most of the program's start-up). That only keeps every
// rendering identical to upstream glamour's while no fiche or letter has a code block
// (fenced or indented) or HTML: this test fails as soon as one does.
func TestNoCodeBlockInFichesOrLetters(t *testing.T) {
	set := MustLoadForTest(t)
	d := time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, id := range set.FicheIDs {
		f := set.Fiches[id]
		for what, md := range map[string]string{"source": f.Body, "rendu": f.Markdown(set.Params, d)} {
			if kind, line, ok := codeBlockLine(md); ok {
				t.Errorf("fiche %s (%s) : %s ligne %d (%s) ; ni bloc de code ni HTML dans une fiche", id, what, kind, line, f.File)
			}
		}
	}
	for _, id := range set.LetterIDs {
		l := set.Letters[id]
		if kind, line, ok := codeBlockLine(l.Body); ok {
			t.Errorf("lettre %s : %s ligne %d (%s)", id, kind, line, l.File)
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
		if _, _, got := codeBlockLine(md); got != want {
			t.Errorf("codeBlockLine(%q) = %v, want %v", md, got, want)
		}
	}
}

// codeBlockLine reports the first code block or HTML of md (as goldmark, glamour's parser,
// sees it), what it is and its 1-based line.
func codeBlockLine(md string) (string, int, bool) {
	src := []byte(md)
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	kind, line, found := "", 0, false
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || found {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindCodeBlock, ast.KindFencedCodeBlock:
			kind = "bloc de code"
		case ast.KindHTMLBlock, ast.KindRawHTML:
			kind = "HTML"
		}
		if kind != "" {
			found = true
			start := -1
			if l := n.Lines(); l.Len() > 0 {
				start = l.At(0).Start
			} else if r, ok := n.(*ast.RawHTML); ok && r.Segments.Len() > 0 {
				start = r.Segments.At(0).Start
			}
			if start >= 0 {
				line = 1
				for _, c := range src[:start] {
					if c == '\n' {
						line++
					}
				}
			}
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return kind, line, found
}
