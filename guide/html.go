package guide

import (
	"bytes"
	"html/template"
	"regexp"
	"strings"
	"sync"
)

// HTML renders the plan as one self-contained page to print on A4 or read in any browser
// offline: the style sheet is inline; there is no script, no web font, no image and no
// other file to fetch (the content security policy forbids it anyway). Every text is
// escaped by html/template; the letter templates go through letterHTML, which escapes
// them too.
func (g *Guide) HTML(p *Plan, opt ExportOptions) string {
	d := buildDocument(p, g, TextOptions{Label: opt.Label, NotEligible: true, Full: true, Short: opt.Short})
	v := htmlView{document: d}
	for _, l := range d.Letters {
		v.LetterBodies = append(v.LetterBodies, template.HTML(letterHTML(l.Body)))
	}
	v.Counts = map[string]int{}
	for _, s := range d.Sections {
		for _, it := range s.Items {
			v.Counts[string(it.Status)]++
		}
	}
	var b bytes.Buffer
	if err := htmlTemplate().Execute(&b, v); err != nil {
		// the template is fixed and tested; an error here is a programming error
		panic("modèle HTML : " + err.Error())
	}
	return b.String()
}

// What the template reads besides the document's fields.
func (d *document) DateLine() string        { return d.dateLine() }
func (d *document) LocalHeading() string    { return d.localHeading() }
func (d *document) NationalHeading() string { return nationalHeading }
func (d *document) IntroPlan() string       { return introPlan }
func (d *document) IntroPrivate() string    { return d.Private }
func (d *document) Legend() string          { return statusLegend }
func (d *document) IntroLetters() string    { return introLetters }
func (d *document) IntroNotElig() string    { return introNotElig }
func (d *document) HeadQuestions() string   { return headQuestions }
func (d *document) HeadNotEligible() string { return headNotEligible }
func (g contactGroup) Uses() string         { return g.uses() }
func (d *document) ContactsIntro() string   { return d.contactsIntro() }

type htmlView struct {
	*document
	LetterBodies []template.HTML
	Counts       map[string]int
}

var (
	nbspBeforeRE = regexp.MustCompile(` ([:;?!»€%—–])`)
	nbspAfterRE  = regexp.MustCompile(`« `)
	digitsRE     = regexp.MustCompile(`(^|[^0-9A-Za-z,.])([0-9]{1,3}) ([0-9])`)
	unitRE       = regexp.MustCompile(`([0-9]) (h|ans|jours?|mois|heures?)([^0-9A-Za-zÀ-ÿ]|$)`)
)

// nbsp puts no-break spaces where French typography wants them, so that a line never
// starts with « : », « € » or the second half of a phone number.
func nbsp(s string) string {
	if !strings.Contains(s, " ") {
		return s
	}
	s = nbspBeforeRE.ReplaceAllString(s, "\u00a0$1")
	s = nbspAfterRE.ReplaceAllString(s, "«\u00a0")
	for {
		t := digitsRE.ReplaceAllString(s, "$1$2\u00a0$3")
		if t == s {
			break
		}
		s = t
	}
	return unitRE.ReplaceAllString(s, "$1\u00a0$2$3")
}

// htmlTemplate is parsed on first use: only `exporter --format html` needs it, and parsing
// it at init was most of this package's start-up (about 0.6 ms and 2 000 allocations for
// every command).
var htmlTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("plan").Funcs(template.FuncMap{
		"t":    nbsp,
		"join": strings.Join,
		"href": safeHref,
		"long": func(s string) bool { return len([]rune(s)) > 18 },
		// "Aidant : Enfant, salarié." → ["Aidant", "Enfant, salarié."]
		"labelled": func(s string) [2]string {
			if k, v, ok := strings.Cut(s, " : "); ok && len([]rune(k)) <= 20 {
				return [2]string{k, v}
			}
			return [2]string{"", s}
		},
		"quoted": func(ts []string) string {
			return letterNote(ts)
		},
	}).Parse(htmlSource))
})

// safeHref keeps only web and mail addresses as links; anything else is printed, not linked.
func safeHref(u string) string {
	if (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) && !strings.ContainsAny(u, " \"'<>") {
		return u
	}
	return ""
}

const htmlSource = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>Plan d'aide du {{.Date}}{{if .Label}} – {{.Label}}{{end}}</title>
<style>
@page {
  size: A4;
  margin: 16mm 16mm 18mm 16mm;
  @bottom-left { content: "Plan d'aide du {{.Date}}{{if .Label}} – {{.Label}}{{end}}"; font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " sur " counter(pages); font: 8pt "DejaVu Sans", Arial, sans-serif; color: #555; }
}
:root { --ink: #1f2428; --muted: #545d66; --line: #c5cbd1; --soft: #f3f5f6; --accent: #245a66; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 46em; padding: 2.2em 1.6em 3em;
  font-family: "Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif;
  font-size: 11pt; line-height: 1.45; color: var(--ink); background: #fff;
}
h1, h2, h3, h4 { line-height: 1.2; font-weight: 650; break-after: avoid-page; page-break-after: avoid; }
h1 { font-size: 1.9em; margin: 0 0 .25em; letter-spacing: -.01em; }
h2 { font-size: 1.3em; margin: 1.8em 0 .7em; padding-bottom: .2em; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.06em; margin: 0; }
h4 { font-size: .95em; margin: 1.2em 0 .4em; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
p { margin: .35em 0; }
ul, ol { margin: .35em 0; padding-left: 1.4em; }
li { margin: .15em 0; }
p, li { orphans: 3; widows: 3; }
a { color: var(--accent); }
.meta { color: var(--muted); margin: 0; }
.label { font-weight: 600; margin: .4em 0 0; }
.warning { border: 2px solid var(--ink); padding: .4em .8em; margin: .9em 0; }
.warning p { margin: .15em 0; }
.warning .wt { font-weight: 700; text-transform: uppercase; letter-spacing: .05em; font-size: .85em; }
.intro { margin-top: .9em; padding: .35em .8em; background: var(--soft); border-left: 3px solid var(--line); font-size: .9em; }
.intro p { margin: .25em 0; }
.situation p { margin: .2em 0; }
.brief { margin-top: 1.2em; }
.brief p { margin: .5em 0 .1em; font-weight: 600; break-after: avoid-page; page-break-after: avoid; }
.brief ul { columns: 2; column-gap: 2em; margin: 0; padding-left: 1.1em; font-size: .9em; line-height: 1.28; break-inside: avoid-page; page-break-inside: avoid; }
.brief li { break-inside: avoid; }
.legend { font-size: .86em; color: var(--muted); }
.item { margin: 0 0 1.3em; padding: .1em 0 .2em .9em; border-left: 3px solid var(--ink); break-inside: avoid-page; page-break-inside: avoid; }
.item.to_check { border-left-style: dashed; }
.item.info { border-left: 1px dotted var(--muted); }
.item-head { display: flex; flex-wrap: wrap; align-items: baseline; gap: .25em .6em; break-after: avoid-page; page-break-after: avoid; }
.status { display: inline-block; font-size: .74em; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; white-space: nowrap; border: 1.5px solid var(--ink); border-radius: 3px; padding: .05em .45em; }
.status.to_check { border-style: dashed; }
.status.info { border-width: 1px; border-style: dotted; font-weight: 600; }
.status.urgent { border: 3px double var(--ink); } /* no background: browsers do not print it by default */
.summary { color: var(--muted); }
.checks { list-style: none; padding-left: 0; }
table.amounts { border-collapse: collapse; margin: .5em 0; width: 100%; font-size: .95em; }
.amounts td { border-top: 1px solid var(--line); padding: .25em .6em .25em 0; vertical-align: top; }
.amounts tr:last-child td { border-bottom: 1px solid var(--line); }
.amounts .l { width: 48%; }
.amounts .v { font-weight: 650; white-space: nowrap; text-align: right; }
.amounts .v.long { white-space: normal; text-align: left; font-weight: 600; }
.amounts td.w { width: 10.5em; padding-right: 0; }
.amounts .w { color: var(--muted); font-size: .88em; }
.note { font-size: .95em; }
.k { font-weight: 600; }
ol.steps { padding-left: 1.6em; margin-top: .6em; }
ol.steps > li { margin: .45em 0; break-inside: avoid; page-break-inside: avoid; }
ol.steps > li::marker { font-weight: 700; }
.step { margin: 0; font-weight: 600; }
.where, .deadline { margin: .1em 0; }
ul.docs { list-style: none; padding-left: 0; margin: .2em 0 .1em; }
ul.docs li { padding-left: 1.5em; text-indent: -1.5em; }
.box { font-family: "DejaVu Sans", "Segoe UI Symbol", "Noto Sans Symbols 2", "Noto Sans Symbols", sans-serif; display: inline-block; width: 1.5em; text-indent: 0; }
.letters-ref { font-size: .95em; font-style: italic; }
.cgroup { margin: .7em 0 .9em; break-inside: avoid-page; page-break-inside: avoid; }
.cname { font-weight: 650; margin: 0; }
.cdet { margin: 0; }
.about { color: var(--muted); font-size: .92em; margin: .15em 0; }
.about.uses { font-style: italic; }
ul.clist { list-style: none; padding-left: 0; columns: 2; column-gap: 2em; }
ul.clist li { break-inside: avoid; page-break-inside: avoid; margin: 0 0 .5em; }
.not-computed li, .not-eligible li { margin: .3em 0; }
.sources { font-size: .84em; }
.sources .cols { columns: 2; column-gap: 2em; }
.sources .src { break-inside: avoid; page-break-inside: avoid; }
.sources h3 { font-size: 1em; margin: 0; padding-top: .7em; }
.sources ul { margin: 0; padding-left: 1.1em; }
.sources li { overflow-wrap: anywhere; }
.letter { break-before: page; page-break-before: always; }
body.short .item { break-inside: auto; page-break-inside: auto; }
body.short .part.first { break-before: auto; page-break-before: auto; }
.letter h2 { margin-top: 0; }
.letter-body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; font-size: 10.5pt; line-height: 1.5; }
.letter-body p { margin: 0 0 .75em; }
.letter-body .in1 { margin-left: 1.5em; }
.letter-body .in2 { margin-left: 2.5em; }
.letter-body .in3 { margin-left: 3.5em; }
.letter-body .hang { padding-left: 1.4em; text-indent: -1.4em; }
.letter-body .mk { display: inline-block; min-width: 1.4em; text-indent: 0; font-family: "DejaVu Sans", "Segoe UI Symbol", sans-serif; }
.letter-body .lh { break-after: avoid-page; page-break-after: avoid; margin-top: 1em; }
.letter-body hr { border: 0; border-top: 1px solid var(--line); margin: 1.2em 0; }
.end { margin-top: 2em; font-size: .85em; color: var(--muted); border-top: 1px solid var(--line); padding-top: .5em; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  body { line-height: 1.38; }
  h2 { margin: 1.4em 0 .6em; }
  .brief h2 { margin-top: 1.1em; }
  .part.first { break-before: page; page-break-before: always; }
  .item { margin-bottom: 1em; }
  ol.steps > li { margin: .3em 0; }
}
</style>
</head>
<body{{if .Short}} class="short"{{end}}>
<header>
<h1>Plan d'aide</h1>
<p class="meta">{{t .DateLine}}</p>
{{- if .Label}}
<p class="label">Dossier : {{t .Label}}</p>
{{- end}}
{{- if .Warning}}
<div class="warning"><p class="wt">Attention</p><p>{{t .Warning}}</p></div>
{{- end}}
<div class="intro">
<p>{{t .IntroPlan}} {{t .IntroPrivate}}</p>
<p>{{t .Legend}}</p>
</div>
</header>
<main>
{{- if .Summary}}
<section class="situation">
<h2>Situation</h2>
{{- range .Summary}}
{{- $l := labelled .}}
<p>{{if index $l 0}}<span class="k">{{index $l 0}} :</span> {{end}}{{t (index $l 1)}}</p>
{{- end}}
</section>
{{- end}}
{{- if .Questions}}
<section class="questions">
<h2>{{.HeadQuestions}}</h2>
<ul>
{{- range .Questions}}
<li>{{t .}}</li>
{{- end}}
</ul>
</section>
{{- end}}
{{- if .Sections}}
<section class="brief">
<h2>En bref</h2>
{{- range .Sections}}
<p>{{.Title}} ({{len .Items}})</p>
<ul>
{{- range .Items}}
<li>{{t .Title}}</li>
{{- end}}
</ul>
{{- end}}
</section>
{{- end}}
{{- range $i, $s := .Sections}}
<section class="part{{if eq $i 0}} first{{end}}">
<h2>{{.Title}}</h2>
{{- $brief := .Brief}}
{{- range .Items}}
<article class="item {{.Status}}" id="{{.ID}}">
<div class="item-head"><h3>{{t .Title}}</h3>{{if .Urgent}} <span class="status urgent">Prioritaire</span>{{end}} <span class="status {{.Status}}">{{.Label}}</span></div>
{{- if .Summary}}
<p class="summary">{{t .Summary}}</p>
{{- end}}
{{- if not $brief}}
{{- if .Checks}}
<ul class="checks">
{{- range .Checks}}
<li>{{t .}}</li>
{{- end}}
</ul>
{{- end}}
{{- if .Amounts}}
<table class="amounts">
{{- range .Amounts}}
<tr><td class="l">{{t .Label}}{{if .Note}}<br><span class="w">{{t .Note}}</span>{{end}}</td><td class="v{{if long .Value}} long{{end}}">{{t .Value}}</td><td class="w">{{t .When}}</td></tr>
{{- end}}
</table>
{{- if .AmountsNote}}
<p class="w">{{t .AmountsNote}}</p>
{{- end}}
{{- end}}
{{- range .Notes}}
<p class="note"><span class="k">Bon à savoir :</span> {{t .}}</p>
{{- end}}
{{- if .Steps}}
<ol class="steps">
{{- range .Steps}}
<li>
<p class="step">{{t .Text}}</p>
{{- if .Where}}
<p class="where"><span class="k">Où :</span> {{t .Where}}</p>
{{- end}}
{{- if .Deadline}}
<p class="deadline"><span class="k">Délai :</span> {{t .Deadline}}</p>
{{- end}}
{{- if .Documents}}
<ul class="docs">
{{- range .Documents}}
<li><span class="box">☐</span>{{t .}}</li>
{{- end}}
</ul>
{{- end}}
</li>
{{- end}}
</ol>
{{- end}}
{{- if .Letters}}
<p class="letters-ref">Modèle de lettre en fin de document : {{t (quoted .Letters)}}.</p>
{{- end}}
{{- end}}
</article>
{{- end}}
</section>
{{- end}}
{{- if .Contacts}}
<section class="contacts">
<h2>Contacts utiles</h2>
<p class="legend">{{t .ContactsIntro}}</p>
{{- $local := false}}
{{- range $i, $g := .Contacts}}
{{- if or (eq $i 0) (ne $g.Local $local)}}
<h4>{{if $g.Local}}{{$.LocalHeading}}{{else}}{{$.NationalHeading}}{{end}}</h4>
{{- $local = $g.Local}}
{{- end}}
{{- if eq (len $g.Contacts) 1}}
{{- with index $g.Contacts 0}}
<div class="cgroup">
<p class="cname">{{t .Name}}</p>
{{- template "details" .}}
{{- template "about" $g}}
</div>
{{- end}}
{{- else}}
<div class="cgroup">
{{- template "about" $g}}
<ul class="clist">
{{- range $g.Contacts}}
<li><p class="cname">{{t .Name}}</p>{{template "details" .}}</li>
{{- end}}
</ul>
</div>
{{- end}}
{{- end}}
</section>
{{- end}}
<section class="not-computed">
<h2>Ce que ce plan ne calcule pas</h2>
<ul>
{{- range .NotComputed}}
<li>{{t .}}</li>
{{- end}}
</ul>
</section>
{{- if .NotEligible}}
<section class="not-eligible">
<h2>{{.HeadNotEligible}}</h2>
<p class="legend">{{.IntroNotElig}}</p>
<ul>
{{- range .NotEligible}}
<li><strong>{{t .Title}}</strong>{{if .Reasons}} — pourquoi : {{t (join .Reasons " ; ")}}{{end}}</li>
{{- end}}
</ul>
</section>
{{- end}}
{{- if .Sources}}
<section class="sources">
<h2>Sources</h2>
<div class="cols">
{{- range .Sources}}
<div class="src">
<h3>{{t .Item}}</h3>
<ul>
{{- range .Sources}}
<li>{{t .Title}}{{with href .URL}} — <a href="{{.}}">{{.}}</a>{{else}}{{if .URL}} — {{.URL}}{{end}}{{end}}{{if .Checked}} (vérifiée le {{t .Checked}}){{end}}</li>
{{- end}}
</ul>
</div>
{{- end}}
</div>
</section>
{{- end}}
<p class="end">Plan établi le {{.Date}} avec le guide « aidants ». Il oriente et ne remplace pas la décision des organismes.</p>
{{- range $i, $l := .Letters}}
<section class="letter">
<h2>Modèle de lettre : {{t $l.Title}}</h2>
<p class="legend">{{$.IntroLetters}}</p>
<div class="letter-body">
{{index $.LetterBodies $i}}
</div>
</section>
{{- end}}
</main>
</body>
</html>
{{- define "about"}}
{{- if .Role}}
<p class="about">{{t .Role}}</p>
{{- end}}
{{- with .Uses}}
<p class="about uses">{{t .}}</p>
{{- end}}
{{- end}}
{{- define "details"}}
{{- if .Phone}}
<p class="cdet">Tél. {{t .Phone}}</p>
{{- end}}
{{- if .Address}}
<p class="cdet">{{t .Address}}</p>
{{- end}}
{{- if .Hours}}
<p class="cdet">{{t .Hours}}</p>
{{- end}}
{{- if .Email}}
<p class="cdet">{{.Email}}</p>
{{- end}}
{{- if .Web}}
<p class="cdet">{{with href .Web}}<a href="{{.}}">{{.}}</a>{{else}}{{.Web}}{{end}}</p>
{{- end}}
{{- end}}
`
