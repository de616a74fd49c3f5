package tui

import (
	"testing"
	"time"

	"aidants/content"
)

// longestFiche is the fiche with the longest body.
func longestFiche(b *testing.B) *content.Fiche {
	set := content.MustLoad()
	var best *content.Fiche
	for _, f := range set.Fiches {
		if best == nil || len(f.Body) > len(best.Body) {
			best = f
		}
	}
	return best
}

// BenchmarkRenderFicheCold renders the longest fiche at 80 columns with Glamour, no cache.
func BenchmarkRenderFicheCold(b *testing.B) {
	set := content.MustLoad()
	md := longestFiche(b).Markdown(set.Params, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC))
	for b.Loop() {
		if _, err := RenderMarkdown(md, 80, StyleDark); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderFicheCached is the reader asking again for a rendering it already has.
func BenchmarkRenderFicheCached(b *testing.B) {
	set := content.MustLoad()
	f := longestFiche(b)
	out, _ := RenderMarkdown(f.Markdown(set.Params, time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)), 80, StyleDark)
	c := newRenderCache()
	k := renderKey{id: f.ID, width: 80}
	c.put(k, out, nil)
	for b.Loop() {
		if _, ok := c.get(k); !ok {
			b.Fatal("miss")
		}
	}
}
