package tui

import (
	"charm.land/bubbles/v2/key"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"aidants/guide"
	"aidants/rules"
)

type exportStep int

const (
	exFormat exportStep = iota
	exName
	exConfirm
	exWriting
	exDone
)

// exportDialog asks the format and the file name, asks before replacing a file, writes
// the plan off the update loop and says where it went. Nothing else ever writes to disk.
type exportDialog struct {
	*Common
	h      int
	step   exportStep
	form   *huh.Form
	format string
	name   string
	path   string
	result string
	err    error
}

// exportDoneMsg is the outcome of the export command.
type exportDoneMsg struct {
	path string
	err  error
}

var (
	exportExt  = map[string]string{"html": ".html", "html-court": ".html", "markdown": ".md", "texte": ".txt", "dossier": ".json"}
	formatName = map[string]string{"html": "HTML", "html-court": "HTML court", "markdown": "Markdown", "texte": "texte", "dossier": "dossier (à rouvrir avec aidants --profil)"}
)

// open starts the dialog on the choice of format.
func (e *exportDialog) open() tea.Cmd {
	*e = exportDialog{Common: e.Common, h: e.h, format: "html"}
	return e.formatForm()
}

// Init implements Component.
func (e *exportDialog) Init() tea.Cmd { return nil }

// Update implements Component: keys, and the form's own messages.
func (e *exportDialog) Update(msg tea.Msg) (Component, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return e, e.key(k)
	}
	return e, e.update(msg)
}

// SetSize implements Component.
func (e *exportDialog) SetSize(_, h int) {
	e.h = h
	if e.form != nil {
		e.form.WithWidth(e.dialogWidth())
	}
}

// ShortHelp implements help.KeyMap.
func (e *exportDialog) ShortHelp() []key.Binding {
	k := e.keys
	switch e.step {
	case exConfirm:
		return []key.Binding{withHelp(k.Yes, "o", "remplacer"), withHelp(k.No, "n", "choisir un autre nom")}
	case exDone:
		return []key.Binding{withHelp(k.Close, "entrée/échap", "revenir")}
	}
	return []key.Binding{withHelp(k.Enter, "entrée", "valider"), withHelp(k.Back, "échap", "annuler")}
}

// FullHelp implements help.KeyMap.
func (e *exportDialog) FullHelp() [][]key.Binding {
	k := e.keys
	return [][]key.Binding{{withHelp(k.ChoiceDown, "↑/↓", "choisir le format"), withHelp(k.Enter, "entrée", "valider"), withHelp(k.Back, "échap", "annuler l'export")}}
}

func (e *exportDialog) formatForm() tea.Cmd {
	e.step = exFormat
	opts := make([]huh.Option[string], len(guide.ExportChoices))
	for i, ch := range guide.ExportChoices {
		opts[i] = huh.NewOption(ch.Label, ch.ID)
	}
	sel := huh.NewSelect[string]().Title("Dans quel format exporter le plan ?").
		Description("HTML s'ouvre dans un navigateur et s'imprime ; Markdown et texte se collent dans un courriel ; le dossier garde les réponses pour reprendre l'appel plus tard.").
		Options(opts...).
		Value(&e.format)
	e.form = huh.NewForm(huh.NewGroup(sel)).WithShowHelp(false).WithTheme(e.huhTheme).WithKeyMap(e.huhKeys).WithWidth(e.dialogWidth())
	e.sizeDialog(e.form)
	return e.form.Init()
}

func (e *exportDialog) nameForm() tea.Cmd {
	e.step = exName
	if e.name == "" || strings.HasPrefix(filepath.Base(e.name), "plan-aidants-") {
		e.name = filepath.Join(e.cfg.Dir, "plan-aidants-"+e.date.Format(guide.DateFormat)+exportExt[e.format])
	}
	in := huh.NewInput().Title("Nom du fichier").
		Description("Dans le dossier courant sauf si vous donnez un chemin. Le fichier n'est lisible que par vous.").
		Value(&e.name).CharLimit(400).Validate(func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("donnez un nom de fichier")
		}
		p, err := expandPath(s)
		if err != nil {
			return err
		}
		if fi, err := os.Stat(filepath.Dir(p)); err != nil || !fi.IsDir() {
			return errors.New("le dossier " + filepath.Dir(p) + " n'existe pas")
		}
		if fi, err := os.Stat(p); err == nil && fi.IsDir() {
			return errors.New("c'est un dossier : ajoutez un nom de fichier")
		}
		return nil
	})
	e.form = huh.NewForm(huh.NewGroup(in)).WithShowHelp(false).WithTheme(e.huhTheme).WithKeyMap(e.huhKeys).WithWidth(e.dialogWidth())
	e.sizeDialog(e.form)
	return e.form.Init()
}

// expandPath resolves "~/" and makes the path absolute.
func expandPath(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "~" || strings.HasPrefix(s, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", errors.New("dossier personnel introuvable")
		}
		s = filepath.Join(home, strings.TrimPrefix(s, "~"))
	}
	p, err := filepath.Abs(s)
	if err != nil {
		return "", errors.New("chemin invalide")
	}
	return p, nil
}

// write exports the plan in a command, on a copy of the situation.
func (e *exportDialog) write(force bool) tea.Cmd {
	e.step = exWriting
	g, sit, date, path := e.g, cloneSituation(e.sit), e.date, e.path
	ch, _ := guide.ExportChoiceByID(e.format)
	return safeCmd(func() tea.Msg {
		data := g.ExportSituation(sit, date, ch)
		return exportDoneMsg{path: path, err: guide.WriteFileSafe(path, data, force)}
	})
}

func (e *exportDialog) finish(msg exportDoneMsg) {
	if e.screen != scrExport || e.step != exWriting {
		return
	}
	if errors.Is(msg.err, guide.ErrExists) {
		e.step = exConfirm
		return
	}
	e.step = exDone
	e.err = msg.err
	if msg.err == nil {
		e.c.Exported()
		e.result = msg.path
	}
}

// update forwards messages to the form of the current step and moves on when it is done.
func (e *exportDialog) update(msg tea.Msg) tea.Cmd {
	if e.form == nil || (e.step != exFormat && e.step != exName) {
		return nil
	}
	f, cmd := e.form.Update(msg)
	if ff, ok := f.(*huh.Form); ok {
		e.form = ff
	}
	if e.form.State != huh.StateCompleted {
		return cmd
	}
	switch e.step {
	case exFormat:
		return e.nameForm()
	case exName:
		p, err := expandPath(e.name)
		if err != nil {
			e.step, e.err = exDone, err
			return nil
		}
		e.path = p
		if _, err := os.Lstat(p); err == nil {
			e.step = exConfirm
			return nil
		}
		return e.write(false)
	}
	return nil
}

func (e *exportDialog) key(k tea.KeyPressMsg) tea.Cmd {
	switch e.step {
	case exConfirm:
		switch {
		case key.Matches(k, e.keys.Yes):
			return e.write(true)
		case key.Matches(k, e.keys.No):
			return e.nameForm()
		}
		return nil
	case exWriting:
		return nil
	case exDone:
		if key.Matches(k, e.keys.Close) {
			e.form = nil
			e.pop()
			if e.err == nil {
				e.setFlash("Plan exporté : "+e.result, true)
			}
		}
		return nil
	}
	if key.Matches(k, e.keys.Back) {
		e.form = nil
		e.pop()
		e.setFlash("Export annulé : rien n'a été écrit.", true)
		return nil
	}
	return e.update(k)
}

// View implements Component.
func (e *exportDialog) View() string {
	w := e.width
	lines := []string{e.st.dim.Render(trunc("Le plan exporté reprend les aides, les démarches, les papiers et les contacts.", w)), ""}
	switch e.step {
	case exFormat, exName:
		if e.form != nil {
			lines = append(lines, strings.TrimRight(e.form.View(), " \n"))
		}
	case exConfirm:
		lines = append(lines, e.st.warn.Render("Le fichier existe déjà :"))
		lines = append(lines, wrapIndent(e.path, w, "  ", "  ")...)
		lines = append(lines, "", "Le remplacer ? "+e.st.key.Render("o")+" oui, "+e.st.key.Render("n")+" non (choisir un autre nom)")
	case exWriting:
		lines = append(lines, "Écriture du plan…")
	case exDone:
		if e.err != nil {
			lines = append(lines, e.st.errorS.Render("Le plan n'a pas été écrit :"))
			lines = append(lines, wrapIndent(e.err.Error(), w, "  ", "  ")...)
		} else {
			lines = append(lines, e.st.ok.Render("Plan enregistré dans :"))
			lines = append(lines, wrapIndent(e.result, w, "  ", "  ")...)
			lines = append(lines, "", e.st.dim.Render(trunc("Format "+formatName[e.format]+", montants au "+rules.FrenchDate(e.date)+". Fichier lisible par vous seul.", w)))
		}
		lines = append(lines, "", e.st.key.Render("entrée")+" ou "+e.st.key.Render("échap")+" : revenir")
	}
	return strings.Join(lines, "\n")
}

// parseISO reads AAAA-MM-JJ.
func parseISO(s string) (time.Time, error) { return time.Parse(guide.DateFormat, s) }

// formKeyMap is huh's key map without what clashes with the guide: no filtering (typing
// "/" must not hide options), no quit (the guide asks before quitting), no shift+tab.
func formKeyMap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit.SetEnabled(false)
	km.Select.Filter.SetEnabled(false)
	km.Select.SetFilter.SetEnabled(false)
	km.Select.ClearFilter.SetEnabled(false)
	km.Select.Prev.SetEnabled(false)
	km.Input.Prev.SetEnabled(false)
	return km
}

// dialogWidth is the width given to a dialog's form.
func (m *Common) dialogWidth() int { return max(20, min(m.width-2, 90)) }

// sizeDialog tells a new form the room it has: huh sizes a group when it first sees the
// window, and a group built before that is cut to its unwrapped height.
func (m *Common) sizeDialog(f *huh.Form) {
	if m.width <= 0 || m.height <= 0 {
		return
	}
	f.WithWidth(m.dialogWidth())
	f.Update(tea.WindowSizeMsg{Width: m.width, Height: max(4, m.bodyHeight()-2)})
}
