package ansi

import (
	"html"
	"strings"
)

// RenderContext holds the current rendering options and state.
type RenderContext struct {
	options Options

	blockStack *BlockStack
	table      *TableElement
}

// NewRenderContext returns a new RenderContext.
func NewRenderContext(options Options) RenderContext {
	return RenderContext{
		options:    options,
		blockStack: &BlockStack{},
		table:      &TableElement{},
	}
}

// SanitizeHTML sanitizes HTML content.
//
// aidants: tags are removed by stripTags instead of bluemonday's StrictPolicy, so that
// bluemonday and its CSS parser (a third of the start-up left once chroma was gone) are not
// linked. No fiche or letter has HTML (a test in aidants checks it); for HTML in a content
// pack, the text between the tags is kept, as StrictPolicy does.
func (ctx RenderContext) SanitizeHTML(s string, trimSpaces bool) string {
	s = stripTags(s)
	if trimSpaces {
		s = strings.TrimSpace(s)
	}

	return html.UnescapeString(s)
}

// stripTags removes HTML tags and comments, and the content of script and style elements.
// A "<" that does not start a tag is text.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			b.WriteString(s)
			return b.String()
		}
		c := s[i+1]
		if !(c == '/' || c == '!' || c == '?' || (c|0x20 >= 'a' && c|0x20 <= 'z')) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		s = s[i:]
		if strings.HasPrefix(s, "<!--") {
			j := strings.Index(s, "-->")
			if j < 0 {
				return b.String()
			}
			s = s[j+3:]
			continue
		}
		j := strings.IndexByte(s, '>')
		if j < 0 {
			return b.String() // an unfinished tag: dropped with the rest
		}
		tag := strings.ToLower(s[1:j])
		s = s[j+1:]
		for _, raw := range []string{"script", "style"} {
			if strings.HasPrefix(tag, raw) {
				if k := strings.Index(strings.ToLower(s), "</"+raw); k >= 0 {
					s = s[k:]
				} else {
					s = ""
				}
			}
		}
	}
}
