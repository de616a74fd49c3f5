package ansi

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// BlockElement provides a render buffer for children of a block element.
// After all children have been rendered into it, it applies indentation and
// margins around them and writes everything to the parent rendering buffer.
type BlockElement struct {
	Block   *bytes.Buffer
	Style   StyleBlock
	Margin  bool
	Newline bool
	// Hanging wraps each line that starts with a list marker (« • », « 1. ») under its
	// text, not under the marker.
	Hanging bool
}

// Render renders a BlockElement.
func (e *BlockElement) Render(w io.Writer, ctx RenderContext) error {
	bs := ctx.blockStack
	bs.Push(*e)

	_, _ = renderText(w, bs.Parent().Style.StylePrimitive, e.Style.BlockPrefix)
	_, _ = renderText(bs.Current().Block, bs.Current().Style.StylePrimitive, e.Style.Prefix)
	return nil
}

// Finish finishes rendering a BlockElement.
func (e *BlockElement) Finish(w io.Writer, ctx RenderContext) error {
	bs := ctx.blockStack

	if e.Margin { //nolint: nestif
		var s string
		if e.Hanging {
			s = wrapHanging(bs.Current().Block.String(), int(bs.Width(ctx)))
		} else {
			s = lipgloss.Wrap(
				bs.Current().Block.String(),
				int(bs.Width(ctx)),
				" ,.;-+|",
			)
		}

		mw := NewMarginWriter(ctx, w, bs.Current().Style)
		defer mw.Close() //nolint:errcheck
		if _, err := io.WriteString(mw, s); err != nil {
			return fmt.Errorf("glamour: error writing to writer: %w", err)
		}

		if e.Newline {
			if _, err := io.WriteString(mw, "\n"); err != nil {
				return fmt.Errorf("glamour: error writing to writer: %w", err)
			}
		}
	} else {
		_, err := bs.Parent().Block.Write(bs.Current().Block.Bytes())
		if err != nil {
			return fmt.Errorf("glamour: error writing to writer: %w", err)
		}
	}

	_, _ = renderText(w, bs.Current().Style.StylePrimitive, e.Style.Suffix)
	_, _ = renderText(w, bs.Parent().Style.StylePrimitive, e.Style.BlockSuffix)

	bs.Current().Block.Reset()
	bs.Pop()
	return nil
}

// wrapHanging wraps a list's text at width; a line that starts with a list marker has its
// continuation lines indented under its text (a hanging indent), any other line is
// wrapped as it is.
func wrapHanging(text string, width int) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		pw := markerWidth(ansi.Strip(l))
		if pw == 0 || pw >= width/2 || ansi.StringWidth(l) <= width {
			lines[i] = lipgloss.Wrap(l, width, " ,.;-+|")
			continue
		}
		head := ansi.Cut(l, 0, pw)
		rest := lipgloss.Wrap(ansi.Cut(l, pw, ansi.StringWidth(l)), width-pw, " ,.;-+|")
		pad := strings.Repeat(" ", pw)
		lines[i] = head + strings.ReplaceAll(rest, "\n", "\n"+pad)
	}
	return strings.Join(lines, "\n")
}

// markerWidth is the width of a list marker and the spaces after it at the start of a
// line (« • », « 12. »), 0 when the line does not start with one.
func markerWidth(s string) int {
	t := strings.TrimLeft(s, " ")
	lead := len(s) - len(t)
	r := []rune(t)
	n := 0
	switch {
	case len(r) > 0 && (r[0] == '•' || r[0] == '◦' || r[0] == '▪' || r[0] == '-' || r[0] == '*'):
		n = 1
	default:
		for n < len(r) && unicode.IsDigit(r[n]) {
			n++
		}
		if n == 0 || n >= len(r) || (r[n] != '.' && r[n] != ')') {
			return 0
		}
		n++
	}
	if n >= len(r) || r[n] != ' ' {
		return 0
	}
	for n < len(r) && r[n] == ' ' {
		n++
	}
	return lead + n
}
