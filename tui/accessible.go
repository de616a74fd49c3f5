package tui

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"aidants/guide"
	"aidants/rules"
)

// The accessible mode is the guide line by line, for screen readers and terminals that
// cannot draw a full screen: huh's accessible prompts, plain text, no colour, no cursor
// movement. It does everything the full-screen guide does, through numbered menus.

// errEOF stops the accessible mode when the input ends.
var errEOF = errors.New("fin de l'entrée")

// lineReader hands its input over one line per Read, so that each of huh's prompts (which
// make a new scanner every time) reads exactly one line, also from a pipe.
type lineReader struct {
	r   io.Reader
	eof bool
}

func (l *lineReader) Read(p []byte) (int, error) {
	if l.eof {
		return 0, io.EOF
	}
	n := 0
	var b [1]byte
	for n < len(p) {
		k, err := l.r.Read(b[:])
		if k == 1 {
			p[n] = b[0]
			n++
			if b[0] == '\n' {
				return n, nil
			}
		}
		if err != nil {
			l.eof = true
			if n > 0 {
				return n, nil
			}
			return 0, io.EOF
		}
	}
	return n, nil
}

// plainStyles draws nothing: text only.
func plainPalette() palette {
	s := newPalette(true)
	p := lipgloss.NewStyle()
	s.appName, s.header, s.headerDim, s.warn, s.errorS, s.ok = p, p, p, p, p, p
	s.title, s.section, s.dim, s.bold, s.cursor, s.selected = p, p, p, p, p, p
	s.key, s.keyDesc, s.flash, s.hl, s.hlCur = p, p, p, p, p
	for k := range s.statusS {
		s.statusS[k] = p
	}
	return s
}

type accessibleRun struct {
	m   *Model
	in  *lineReader
	out io.Writer
	w   int
}

// RunAccessible runs the guide line by line on in and out.
func RunAccessible(cfg Config, in io.Reader, out io.Writer) error {
	m := New(cfg)
	m.st = plainPalette()
	m.width, m.height = 80, 24
	a := &accessibleRun{m: m, in: &lineReader{r: in}, out: out, w: 78}
	a.say("Guide des aidants, mode texte. Plan au " + rules.FrenchDate(m.date) + ".")
	a.say("À chaque question, tapez la réponse puis entrée. Entrée sans rien taper : je ne sais pas.")
	if !m.plan.Freshness.UpToDate && m.plan.Freshness.Message != "" {
		a.say("Attention : " + m.plan.Freshness.Message)
	}
	err := a.questionnaire(false)
	if err == nil {
		a.printPlan()
		err = a.menu()
	}
	if errors.Is(err, errEOF) {
		a.say("Fin de l'entrée : le guide s'arrête. Rien n'a été enregistré.")
		return nil
	}
	return err
}

func (a *accessibleRun) say(lines ...string) {
	for _, l := range lines {
		for _, x := range wrap(l, a.w) {
			fmt.Fprintln(a.out, x)
		}
	}
}

// prompt asks one line with huh's accessible input; validate may refuse it.
func (a *accessibleRun) prompt(title string, def string, validate func(string) error) (string, error) {
	v := def
	in := huh.NewInput().Title(title).Value(&v)
	if validate != nil {
		in.Validate(validate)
	}
	f := huh.NewForm(huh.NewGroup(in)).WithAccessible(true).WithInput(a.in).WithOutput(a.out).
		WithTheme(plainTheme()).WithShowHelp(false)
	if err := f.Run(); err != nil {
		return "", err
	}
	if a.in.eof && strings.TrimSpace(v) == strings.TrimSpace(def) {
		return "", errEOF
	}
	return strings.TrimSpace(v), nil
}

// choose prints numbered options and returns the index chosen, -1 for an empty answer.
func (a *accessibleRun) choose(title string, options []string, allowEmpty bool) (int, error) {
	for i, o := range options {
		a.say(strconv.Itoa(i+1) + ". " + o)
	}
	hint := fmt.Sprintf("%s (1 à %d", title, len(options))
	if allowEmpty {
		hint += ", entrée : je ne sais pas"
	}
	hint += ") :"
	v, err := a.prompt(hint, "", func(s string) error {
		s = strings.TrimSpace(s)
		if s == "" {
			if allowEmpty {
				return nil
			}
			return fmt.Errorf("tapez un numéro entre 1 et %d", len(options))
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > len(options) {
			return fmt.Errorf("tapez un numéro entre 1 et %d", len(options))
		}
		return nil
	})
	if err != nil {
		return -1, err
	}
	if v == "" {
		return -1, nil
	}
	n, _ := strconv.Atoi(v)
	return n - 1, nil
}

// questionnaire asks the questions not asked yet (all of them, or only, when single is
// set, none: see askOne).
func (a *accessibleRun) questionnaire(_ bool) error {
	m := a.m
	group := ""
	for i := m.firstQuestion(-1, true); i >= 0; i = m.firstQuestion(i, true) {
		q := guide.Questions[i]
		if q.Group != group {
			group = q.Group
			a.say("", "— "+group+" —")
		}
		if err := a.askOne(i); err != nil {
			return err
		}
	}
	a.say("", "Toutes les questions ont été posées.")
	return nil
}

// askOne asks one question and stores the answer; "l'estimer" runs the AGGIR questions.
func (a *accessibleRun) askOne(i int) error {
	m := a.m
	q := guide.Questions[i]
	a.say("", q.Text)
	if q.Help != "" {
		a.say(q.Help)
	}
	if known(m.sit, q.Fact) {
		a.say("Réponse actuelle : " + display(m.sit, q, true) + ".")
	}
	estimate := false
	var err error
	switch q.Kind {
	case guide.KindInt, guide.KindEuros, guide.KindText:
		var v string
		v, err = a.prompt("Votre réponse (entrée : je ne sais pas) :", "", func(s string) error {
			if strings.TrimSpace(s) == "" {
				return nil
			}
			return setRaw(&rules.Situation{}, q, s)
		})
		if err == nil {
			err = setRaw(m.sit, q, v)
		}
	case guide.KindMulti:
		labels := make([]string, 0, len(q.Options)+1)
		for _, o := range q.Options {
			labels = append(labels, o.Label)
		}
		labels = append(labels, "Aucun de ces besoins")
		for k, l := range labels {
			a.say(strconv.Itoa(k+1) + ". " + l)
		}
		var v string
		v, err = a.prompt("Numéros séparés par des espaces (entrée : je ne sais pas) :", "", func(s string) error {
			_, e := parseNumbers(s, len(labels))
			return e
		})
		if err == nil {
			nums, _ := parseNumbers(v, len(labels))
			var vals []string
			for _, n := range nums {
				if n == len(labels) {
					vals = append(vals, valNone)
				} else {
					vals = append(vals, q.Options[n-1].Value)
				}
			}
			err = setMulti(m.sit, q, vals)
		}
	default:
		var labels, values []string
		if q.Kind == guide.KindBool {
			labels, values = []string{"Oui", "Non"}, []string{valYes, valNo}
		} else {
			for _, o := range q.Options {
				labels, values = append(labels, o.Label), append(values, o.Value)
			}
		}
		if q.Fact == "person.gir" {
			labels, values = append(labels, "Je ne sais pas : l'estimer avec la grille AGGIR (10 questions)"), append(values, valEstimate)
		}
		var n int
		n, err = a.choose("Votre réponse", labels, true)
		if err == nil {
			switch {
			case n < 0:
				clearFact(m.sit, q.Fact)
			case values[n] == valEstimate:
				clearFact(m.sit, q.Fact)
				estimate = true
			default:
				err = setRaw(m.sit, q, values[n])
			}
		}
	}
	if err != nil {
		return err
	}
	m.asked[q.Fact] = true
	m.recompute()
	a.say("Noté : " + shortLabel(q) + " : " + display(m.sit, q, true) + "." + m.changesText())
	if estimate {
		return a.aggir()
	}
	return nil
}

// aggir asks the ten AGGIR variables with the four adverbs and says the estimate.
func (a *accessibleRun) aggir() error {
	m := a.m
	a.say("", "Estimation du GIR : 10 questions. Pour chacune, dites ce que la personne fait.")
	for _, v := range aggirVars {
		a.say("", v.Text, v.Help)
		labels := make([]string, 0, len(adverbOptions)-1)
		for _, o := range adverbOptions[:len(adverbOptions)-1] {
			labels = append(labels, o[0])
		}
		for k, l := range labels {
			a.say(strconv.Itoa(k+1) + ". " + l)
		}
		s, err := a.prompt("Numéros de ce qu'elle fait, séparés par des espaces (entrée : je ne sais pas) :", "", func(s string) error {
			nums, err := parseNumbers(s, len(labels))
			if err != nil {
				return err
			}
			if contains(numsToAdverbs(nums), advNone) && len(nums) > 1 {
				return errors.New("« ne le fait pas » se donne seul")
			}
			return nil
		})
		if err != nil {
			return err
		}
		nums, _ := parseNumbers(s, len(labels))
		ticked := numsToAdverbs(nums)
		if len(ticked) == 0 {
			ticked = []string{valUnknown}
		}
		setAGGIR(m.sit, v.Name, ticked)
		m.asked["aggir."+v.Name] = true
		a.say("Noté : " + v.Label + " : " + aggirDisplay(m.sit, v.Name) + ".")
	}
	m.recompute()
	a.say("", girEstimateText(m.sit))
	return nil
}

func numsToAdverbs(nums []int) []string {
	var out []string
	for _, n := range nums {
		out = append(out, adverbOptions[n-1][1])
	}
	return out
}

// parseNumbers reads "1 3 4" (or "1,3,4") into numbers between 1 and n, each once.
func parseNumbers(s string, n int) ([]int, error) {
	var out []int
	seen := map[int]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' }) {
		k, err := strconv.Atoi(f)
		if err != nil || k < 1 || k > n {
			return nil, fmt.Errorf("des numéros entre 1 et %d, séparés par des espaces", n)
		}
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out, nil
}

// printPlan reads the plan out: counts, then each item with its number and status.
func (a *accessibleRun) printPlan() {
	m := a.m
	a.say("", "PLAN D'AIDE au "+rules.FrenchDate(m.date)+".")
	for _, l := range guide.SituationSummary(m.sit) {
		if l != "" {
			a.say(l)
		}
	}
	for si, items := range m.plan.Sections() {
		if len(items) == 0 {
			continue
		}
		a.say("", guide.SectionTitles[si]+" : "+strconv.Itoa(len(items))+".")
		for _, it := range items {
			a.say(strconv.Itoa(a.number(it.ID)) + ". " + it.Title + " : " + strings.ToLower(statusWord(it)) + ".")
		}
	}
	if qs := m.usefulQuestions(); len(qs) > 0 {
		a.say("", "Question utile à poser ensuite : "+qs[0].Question)
	}
}

// number is an item's number in the plan, as printed.
func (a *accessibleRun) number(id string) int {
	n := 0
	for _, items := range a.m.plan.Sections() {
		for _, it := range items {
			n++
			if it.ID == id {
				return n
			}
		}
	}
	return 0
}

func (a *accessibleRun) itemByNumber(n int) *guide.Item {
	k := 0
	for _, items := range a.m.plan.Sections() {
		for i := range items {
			k++
			if k == n {
				return a.m.itemByID(items[i].ID)
			}
		}
	}
	return nil
}

var accessibleMenu = []string{
	"Relire le plan",
	"Détail d'une aide",
	"Changer une réponse",
	"Poser la question la plus utile",
	"Estimer le GIR (grille AGGIR)",
	"Lire une fiche",
	"Chercher dans les fiches",
	"Lexique des sigles",
	"Résumé à lire à l'appelant",
	"Exporter le plan dans un fichier",
	"Nouveau dossier",
	"Quitter",
}

func (a *accessibleRun) menu() error {
	m := a.m
	for {
		a.say("", "Que voulez-vous faire ?")
		n, err := a.choose("Votre choix", accessibleMenu, false)
		if err != nil {
			return err
		}
		switch n {
		case 0:
			a.printPlan()
		case 1:
			k, err := a.askNumber("Numéro de l'aide dans le plan", len(m.plan.Items))
			if err != nil {
				return err
			}
			if it := a.itemByNumber(k); it != nil {
				a.say("")
				for _, l := range m.detailLines(it, a.w) {
					fmt.Fprintln(a.out, strings.TrimRight(l, " "))
				}
			}
		case 2:
			labels := make([]string, len(guide.Questions))
			for i, q := range guide.Questions {
				labels[i] = shortLabel(q) + " : " + display(m.sit, q, m.asked[q.Fact])
			}
			k, err := a.choose("Numéro de la réponse à changer", labels, false)
			if err != nil {
				return err
			}
			if err := a.askOne(k); err != nil {
				return err
			}
		case 3:
			qs := m.usefulQuestions()
			if len(qs) == 0 {
				a.say("Aucune question ne changerait le plan pour l'instant.")
				continue
			}
			if err := a.askOne(questionIndex(qs[0].Fact)); err != nil {
				return err
			}
		case 4:
			if err := a.aggir(); err != nil {
				return err
			}
		case 5:
			ids := m.g.Content.FicheIDs
			labels := make([]string, len(ids))
			for i, id := range ids {
				labels[i] = m.g.Content.Fiches[id].Title
			}
			k, err := a.choose("Numéro de la fiche", labels, false)
			if err != nil {
				return err
			}
			a.readFiche(ids[k])
		case 6:
			q, err := a.prompt("Mots cherchés :", "", nil)
			if err != nil {
				return err
			}
			s := &m.search
			s.index(m)
			s.run(q)
			if len(s.hits) == 0 {
				a.say("Aucune fiche ne contient « " + q + " ».")
				continue
			}
			labels := make([]string, len(s.hits))
			for i, h := range s.hits {
				labels[i] = h.title + " — " + h.snippet
			}
			k, err := a.choose("Numéro de la fiche à lire (entrée : aucune)", labels, true)
			if err != nil {
				return err
			}
			if k >= 0 {
				a.readFiche(s.hits[k].id)
			}
		case 7:
			for _, e := range m.g.Content.Glossary {
				a.say(e.Acronym + " : " + e.Meaning + ".")
			}
		case 8:
			for _, p := range readAloud(m.plan) {
				a.say("", p.head)
				a.say(p.lines...)
			}
		case 9:
			if err := a.export(); err != nil {
				return err
			}
		case 10:
			if m.caseOpen() {
				k, err := a.choose("Effacer toutes les réponses et commencer un nouveau dossier ?", []string{"Oui", "Non"}, false)
				if err != nil {
					return err
				}
				if k != 0 {
					continue
				}
			}
			m.resetCase()
			a.say("Nouveau dossier.")
			if err := a.questionnaire(false); err != nil {
				return err
			}
			a.printPlan()
		case 11:
			if m.caseOpen() {
				k, err := a.choose("Quitter ? Les réponses seront perdues (rien n'est enregistré).", []string{"Oui, quitter", "Non, rester"}, false)
				if err != nil {
					return err
				}
				if k != 0 {
					continue
				}
			}
			a.say("Au revoir.")
			return nil
		}
	}
}

func (a *accessibleRun) askNumber(title string, n int) (int, error) {
	v, err := a.prompt(fmt.Sprintf("%s (1 à %d) :", title, n), "", func(s string) error {
		k, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || k < 1 || k > n {
			return fmt.Errorf("tapez un numéro entre 1 et %d", n)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	k, _ := strconv.Atoi(v)
	return k, nil
}

func (a *accessibleRun) readFiche(id string) {
	f, ok := a.m.g.Content.Fiches[id]
	if !ok {
		return
	}
	out, err := RenderMarkdown(f.Markdown(a.m.g.Content.Params, a.m.date), a.w+2, StylePlain)
	if err != nil {
		a.say("La fiche n'a pas pu être mise en page : " + err.Error())
		return
	}
	fmt.Fprintln(a.out, strings.TrimRight(out, "\n"))
}

// export asks the format and the file, asks before replacing, and writes.
func (a *accessibleRun) export() error {
	m := a.m
	k, err := a.choose("Format", []string{"HTML (pour imprimer)", "Markdown", "Texte"}, false)
	if err != nil {
		return err
	}
	format := []string{"html", "markdown", "texte"}[k]
	def := "plan-aidants-" + m.date.Format(guide.DateFormat) + exportExt[format]
	name, err := a.prompt("Nom du fichier (entrée : "+def+") :", "", nil)
	if err != nil {
		return err
	}
	if name == "" {
		name = def
	}
	path, err := expandPath(name)
	if err != nil {
		a.say("Le plan n'a pas été écrit : " + err.Error())
		return nil
	}
	force := false
	if _, err := os.Lstat(path); err == nil {
		k, err := a.choose("Le fichier "+path+" existe déjà. Le remplacer ?", []string{"Oui", "Non"}, false)
		if err != nil {
			return err
		}
		if k != 0 {
			a.say("Rien n'a été écrit.")
			return nil
		}
		force = true
	}
	f, _ := guide.ParseExportFormat(format)
	data := m.g.Export(m.g.Evaluate(m.sit, m.date), f, guide.ExportOptions{})
	if err := guide.WriteFileSafe(path, data, force); err != nil {
		a.say("Le plan n'a pas été écrit : " + err.Error())
		return nil
	}
	m.dirty = false
	a.say("Plan enregistré dans : " + path)
	return nil
}
