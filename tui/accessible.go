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
	_, err := runAccessible(cfg, in, out)
	return err
}

// runAccessible is RunAccessible, returning the model for the tests to read the case.
func runAccessible(cfg Config, in io.Reader, out io.Writer) (*Model, error) {
	m := New(cfg)
	m.st = plainPalette()
	m.width, m.height = 80, 24
	a := &accessibleRun{m: m, in: &lineReader{r: in}, out: out, w: 78}
	a.say("Guide des aidants, mode texte. Plan au " + rules.FrenchDate(m.date) + ".")
	a.say(accessibleRule)
	if !m.plan.Freshness.UpToDate && m.plan.Freshness.Message != "" {
		a.say("Attention : " + m.plan.Freshness.Message)
	}
	err := a.questionnaire()
	if err == nil {
		a.printPlan()
		err = a.menu()
	}
	if errors.Is(err, errEOF) {
		a.say("Fin de l'entrée : le guide s'arrête. Rien n'a été enregistré.")
		return m, nil
	}
	return m, err
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

// accessibleRule is how to answer, said at the start: the same rule as the full screen
// (nothing is recorded without a typed answer), with « ? » for Tab and « < » for Maj+Tab.
const accessibleRule = "À chaque question, tapez la réponse (le numéro d'un choix, ou oui, non) puis entrée. " +
	"Entrée seule n'enregistre rien. « ? » : je ne sais pas. « < » : reprendre la dernière réponse."

// questionnaire asks the useful questions not asked yet, in the case's order.
func (a *accessibleRun) questionnaire() error {
	c := a.m.c
	group := ""
	for {
		q, ok := c.Next()
		if !ok {
			break
		}
		if q.Group != group {
			group = q.Group
			a.say("", "— "+group+" —")
		}
		if err := a.askOne(q); err != nil {
			return err
		}
	}
	a.say("", "Toutes les questions utiles ont été posées.")
	return nil
}

// askOne asks one question until it is answered (or taken back with « < »), and records
// the answer through the case, as the full-screen guide does.
func (a *accessibleRun) askOne(q guide.Question) error {
	m, c := a.m, a.m.c
	a.say("", c.Text(q))
	if q.Help != "" {
		a.say(c.Words(q.Help))
	}
	choices := c.Choices(q)
	for i, ch := range choices {
		a.say(strconv.Itoa(i+1) + ". " + ch.Label)
	}
	if guide.Known(c.Situation(), q.Fact) {
		a.say("Réponse enregistrée : " + c.Display(q) + ".")
	}
	hint := "Votre réponse :"
	switch {
	case q.Kind == guide.KindMulti:
		hint = fmt.Sprintf("Numéros séparés par des espaces (1 à %d) :", len(choices))
	case len(choices) > 0:
		hint = fmt.Sprintf("Votre réponse (1 à %d) :", len(choices))
	}
	confirming := "" // an unusual answer said back: typed again, it is recorded
	for {
		v, err := a.prompt(hint, "", nil)
		if err != nil {
			return err
		}
		switch strings.TrimSpace(v) {
		case "":
			a.say("Rien n'est enregistré : tapez la réponse, ou « ? » pour je ne sais pas.")
			continue
		case "<":
			fact, ok := c.Undo()
			if !ok {
				a.say("Aucune réponse à reprendre.")
				continue
			}
			m.sync()
			if pq, ok := guide.QuestionFor(fact); ok {
				a.say("Réponse reprise : " + guide.ShortLabel(pq) + ". La question revient.")
			}
			return nil
		case "?":
			v = guide.Unknown
		}
		if len(choices) > 0 && v != guide.Unknown {
			pv, err := c.ParseChoice(q, v)
			if err != nil {
				a.say(upperFirst(err.Error()) + ".")
				continue
			}
			v = pv
		}
		if why := guide.Unusual(q, v); why != "" && confirming != v {
			confirming = v
			a.say(why + " Si oui, retapez-le ; sinon, corrigez.")
			continue
		}
		if err := c.Answer(q.Fact, v); err != nil {
			a.say(upperFirst(err.Error()) + ".")
			continue
		}
		m.sync()
		a.say("Noté : " + c.Feedback(q.Fact))
		if strings.HasPrefix(q.Fact, "aggir.") && !c.Estimating() {
			if _, more := c.Next(); !more || !c.Estimating() {
				a.say(guide.GIREstimateText(c.Situation()))
			}
		}
		return nil
	}
}

// askSome asks a few questions (one to change, or the useful ones), then what an AGGIR
// estimate they opened needs.
func (a *accessibleRun) askSome(facts ...string) error {
	for _, f := range facts {
		if q, ok := guide.QuestionFor(f); ok {
			if err := a.askOne(q); err != nil {
				return err
			}
		}
	}
	for a.m.c.Estimating() {
		q, ok := a.m.c.Next()
		if !ok || !strings.HasPrefix(q.Fact, "aggir.") {
			break
		}
		if err := a.askOne(q); err != nil {
			return err
		}
	}
	return nil
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

// accessibleAction is one line of the menu: what it says and what it does.
type accessibleAction struct {
	label string
	run   func() error
}

// errQuit ends the menu.
var errQuit = errors.New("quitter")

// actions is the menu, built for the case as it stands.
func (a *accessibleRun) actions() []accessibleAction {
	m, c := a.m, a.m.c
	acts := []accessibleAction{{"Relire le plan", func() error { a.printPlan(); return nil }},
		{"Détail d'une aide", a.detail}}
	if _, ok := c.Next(); ok {
		acts = append(acts, accessibleAction{"Continuer les questions", func() error {
			if err := a.questionnaire(); err != nil {
				return err
			}
			a.printPlan()
			return nil
		}})
	}
	acts = append(acts,
		accessibleAction{"Changer une réponse", a.change},
		accessibleAction{"Poser la question la plus utile", func() error {
			qs := m.usefulQuestions()
			if len(qs) == 0 {
				a.say("Aucune question ne changerait le plan pour l'instant.")
				return nil
			}
			return a.askSome(qs[0].Fact)
		}},
		accessibleAction{"Estimer le GIR (10 questions courtes)", func() error {
			c.StartEstimate()
			return a.askSome()
		}})
	if c.CanUndo() {
		acts = append(acts, accessibleAction{"Reprendre la dernière réponse", func() error {
			if fact, ok := c.Undo(); ok {
				m.sync()
				if q, ok := guide.QuestionFor(fact); ok {
					a.say("Réponse reprise : " + guide.ShortLabel(q) + ".")
					return a.askSome(fact)
				}
			}
			return nil
		}})
	}
	return append(acts,
		accessibleAction{"Lire une fiche", a.fiche},
		accessibleAction{"Chercher dans les fiches", a.searchFiches},
		accessibleAction{"Lexique des sigles", func() error {
			for _, e := range m.g.Content.Glossary {
				a.say(e.Acronym + " : " + e.Meaning + ".")
			}
			return nil
		}},
		accessibleAction{"Résumé à lire à l'appelant", func() error {
			for _, p := range readAloud(m.plan) {
				a.say("", p.head)
				a.say(p.lines...)
			}
			return nil
		}},
		accessibleAction{"Exporter le plan dans un fichier", a.export},
		accessibleAction{"Nouveau dossier", a.newCase},
		accessibleAction{"Quitter", a.quit})
}

func (a *accessibleRun) menu() error {
	for {
		a.say("", "Que voulez-vous faire ?")
		acts := a.actions()
		labels := make([]string, len(acts))
		for i, x := range acts {
			labels[i] = x.label
		}
		n, err := a.choose("Votre choix", labels, false)
		if err != nil {
			return err
		}
		if err := acts[n].run(); err != nil {
			if errors.Is(err, errQuit) {
				return nil
			}
			return err
		}
	}
}

func (a *accessibleRun) detail() error {
	m := a.m
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
	return nil
}

func (a *accessibleRun) change() error {
	c := a.m.c
	var qs []guide.Question
	var labels []string
	for _, q := range guide.Questions {
		if q.Shown != nil && !q.Shown(c.Situation()) {
			continue
		}
		qs = append(qs, q)
		labels = append(labels, guide.ShortLabel(q)+" : "+c.Display(q))
	}
	k, err := a.choose("Numéro de la réponse à changer", labels, false)
	if err != nil {
		return err
	}
	return a.askSome(qs[k].Fact)
}

func (a *accessibleRun) fiche() error {
	m := a.m
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
	return nil
}

func (a *accessibleRun) searchFiches() error {
	m := a.m
	q, err := a.prompt("Mots cherchés :", "", nil)
	if err != nil {
		return err
	}
	s := m.search
	s.index()
	s.run(q)
	if len(s.hits) == 0 {
		a.say("Aucune fiche ne contient « " + q + " ».")
		return nil
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
	return nil
}

func (a *accessibleRun) newCase() error {
	m := a.m
	if m.caseOpen() {
		k, err := a.choose("Effacer toutes les réponses et commencer un nouveau dossier ?", []string{"Oui", "Non"}, false)
		if err != nil {
			return err
		}
		if k != 0 {
			return nil
		}
	}
	m.c.New()
	m.sync()
	a.say("Nouveau dossier.")
	if err := a.questionnaire(); err != nil {
		return err
	}
	a.printPlan()
	return nil
}

func (a *accessibleRun) quit() error {
	if a.m.caseOpen() {
		k, err := a.choose("Quitter ? Les réponses seront perdues (rien n'est enregistré).", []string{"Oui, quitter", "Non, rester"}, false)
		if err != nil {
			return err
		}
		if k != 0 {
			return nil
		}
	}
	a.say("Au revoir.")
	return errQuit
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

// export asks the format and the file, asks before replacing, and writes: the same five
// formats as the full-screen guide (guide.ExportChoices).
func (a *accessibleRun) export() error {
	m := a.m
	labels := make([]string, len(guide.ExportChoices))
	for i, ch := range guide.ExportChoices {
		labels[i] = ch.Label
	}
	k, err := a.choose("Format", labels, false)
	if err != nil {
		return err
	}
	ch := guide.ExportChoices[k]
	def := m.c.DefaultExportName(ch)
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
	if err := guide.WriteFileSafe(path, m.c.Export(ch), force); err != nil {
		a.say("Le plan n'a pas été écrit : " + err.Error())
		return nil
	}
	m.c.Exported()
	a.say("Plan enregistré dans : " + path)
	return nil
}
