// Package tui is the Bubble Tea program: questionnaire, live plan, fiche reader, search,
// glossary and export. It reads the law only through guide.
package tui

import (
	"fmt"
	"strings"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/ansi"
	"charm.land/glamour/v2/styles"
	xansi "github.com/charmbracelet/x/ansi"
)

// Style of a Markdown rendering.
type Style string

const (
	StyleDark  Style = "dark"
	StyleLight Style = "light"
	StylePlain Style = "plain" // no colour, no escape sequence: pipes, files, NO_COLOR
)

func styleConfig(s Style) ansi.StyleConfig {
	switch s {
	case StyleLight:
		return lightStyle
	case StylePlain:
		return plainStyle
	}
	return darkStyle
}

// noHashes drops the Markdown marks Glamour writes before headings (« ## C'est quoi ? »):
// a heading is read aloud as its words; it keeps its colour and weight.
func noHashes(c ansi.StyleConfig) ansi.StyleConfig {
	for _, h := range []*ansi.StyleBlock{&c.H2, &c.H3, &c.H4, &c.H5, &c.H6} {
		h.Prefix = ""
	}
	c.H1.Prefix, c.H1.Suffix = "", ""
	return c
}

var (
	darkStyle  = noHashes(styles.DarkStyleConfig)
	lightStyle = noHashes(styles.LightStyleConfig)
)

// plainStyle is Glamour's ASCII style without the ** and * markers around strong and
// emphasised text: Glamour's word wrap splits those markers across lines.
var plainStyle = func() ansi.StyleConfig {
	c := noHashes(styles.ASCIIStyleConfig)
	c.Strong.BlockPrefix, c.Strong.BlockSuffix = "", ""
	c.Emph.BlockPrefix, c.Emph.BlockSuffix = "", ""
	return c
}()

// RenderMarkdown renders md at width columns with a fixed style. It never queries the
// terminal. Every line is at most width cells.
func RenderMarkdown(md string, width int, s Style) (string, error) {
	if width < 20 {
		width = 20
	}
	r, err := glamour.NewTermRenderer(glamour.WithStyles(styleConfig(s)), glamour.WithWordWrap(width-2))
	if err != nil {
		return "", fmt.Errorf("rendu impossible : %w", err)
	}
	out, err := r.Render(md)
	if err != nil {
		return "", fmt.Errorf("rendu impossible : %w", err)
	}
	if s == StylePlain {
		// the plain style still writes OSC 8 hyperlinks around URLs: plain means no escape
		out = trimRight(xansi.Strip(out))
	}
	return out, nil
}

// trimRight removes the trailing spaces Glamour pads lines with.
func trimRight(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}
