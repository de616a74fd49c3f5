package guide

import (
	"html"
	"strings"
)

// HTML renders the plan as one self-contained printable page. (Minimal version: replaced
// by the full print stylesheet in the export work.)
func (g *Guide) HTML(p *Plan, opt ExportOptions) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Plan d'aide</title></head><body><pre>")
	b.WriteString(html.EscapeString(p.Text(TextOptions{Width: 100, Label: opt.Label, NotEligible: true})))
	b.WriteString("</pre></body></html>\n")
	return b.String()
}
