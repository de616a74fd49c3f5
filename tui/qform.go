package tui

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"aidants/guide"
	"aidants/rules"
)

// step is one question of the questionnaire: a guide question, or one AGGIR variable.
type step struct {
	aggir bool
	idx   int // index in guide.Questions, or in aggirVars
}

// qform is one question on screen: a huh form with a single field, bound to local values.
// The answer is applied to the situation by the model once the form completes.
type qform struct {
	st       step
	width    int // the width the text was wrapped for
	form     *huh.Form
	kind     guide.Kind
	str      string   // Select and Input value
	multi    []string // MultiSelect value
	opts     []string // option values of a Select, in order (digit shortcuts)
	check    func() error
	err      string // why the last enter was refused, when huh does not show it
	errStyle lipgloss.Style
	done     bool // completed (by huh or by a digit shortcut)
}

// questionOf returns the guide question of a step (zero for AGGIR steps).
func (st step) question() guide.Question {
	if st.aggir || st.idx < 0 || st.idx >= len(guide.Questions) {
		return guide.Question{}
	}
	return guide.Questions[st.idx]
}

// newQForm builds the form of a step, starting from the current answer, or from what
// was being typed in keep (the same question rebuilt for a new width).
func newQForm(st step, s *rules.Situation, theme huh.Theme, km *huh.KeyMap, width int, keep *qform) *qform {
	f := &qform{st: st, width: width, errStyle: theme.Theme(true).Focused.ErrorMessage}
	// lines are broken here, where "?" and amounts are kept with their word; huh's own
	// wrapping then has nothing left to break
	pw := func(t string) string { return strings.Join(wrap(t, max(10, width-4)), "\n") }
	var field huh.Field
	if st.aggir {
		v := aggirVars[st.idx]
		f.kind = guide.KindMulti
		f.multi = aggirTicked(s, v.Name)
		if keep != nil {
			f.multi = keep.multi
		}
		opts := make([]huh.Option[string], len(adverbOptions))
		for i, o := range adverbOptions {
			opts[i] = huh.NewOption(o[0], o[1]).Selected(contains(f.multi, o[1]))
		}
		desc := v.Help + "\nCochez ce qu'elle fait (espace), puis entrée. Réponse actuelle : " + aggirDisplay(s, v.Name) + "."
		f.check = func() error { return validateAdverbs(f.multi) }
		field = huh.NewMultiSelect[string]().Title(pw(v.Text)).Description(pw(desc)).
			Options(opts...).Value(&f.multi).Filterable(false).
			Height(multiHeight(v.Text, desc, len(opts), width))
	} else {
		q := st.question()
		f.kind = q.Kind
		current := ""
		if known(s, q.Fact) {
			current = " Réponse actuelle : " + display(s, q, true) + "."
		}
		switch q.Kind {
		case guide.KindInt, guide.KindEuros, guide.KindText:
			f.str = rawValue(s, q)
			if keep != nil {
				f.str = keep.str
			}
			placeholder := placeholderFor(q)
			desc := q.Help
			if desc != "" {
				desc += "\n"
			}
			desc += "Entrée sans rien taper : je ne sais pas." + current
			validate := func(v string) error {
				if strings.TrimSpace(v) == "" {
					return nil
				}
				return setRaw(&rules.Situation{}, q, v)
			}
			f.check = func() error { return validate(f.str) }
			in := huh.NewInput().Title(pw(q.Text)).Description(pw(desc)).Placeholder(placeholder).
				Value(&f.str).CharLimit(24).Validate(validate)
			switch q.Kind {
			case guide.KindEuros:
				in.Prompt("€ ")
			default:
				in.Prompt("> ")
			}
			field = in
		case guide.KindMulti:
			f.multi = multiValue(s, q)
			if keep != nil {
				f.multi = keep.multi
			}
			opts := make([]huh.Option[string], 0, len(q.Options)+2)
			for _, o := range q.Options {
				opts = append(opts, huh.NewOption(o.Label, o.Value).Selected(contains(f.multi, o.Value)))
			}
			opts = append(opts, huh.NewOption("Aucun de ces besoins", valNone).Selected(contains(f.multi, valNone)),
				huh.NewOption("Je ne sais pas", valUnknown))
			desc := q.Help + " Cochez avec espace, puis entrée ; rien de coché : je ne sais pas." + current
			field = huh.NewMultiSelect[string]().Title(pw(q.Text)).Description(pw(desc)).Options(opts...).
				Value(&f.multi).Filterable(false).Height(multiHeight(q.Text, desc, len(opts), width))
		default: // choice, bool
			f.str = rawValue(s, q)
			if keep != nil {
				f.str = keep.str
			}
			var labels [][2]string
			if q.Kind == guide.KindBool {
				labels = [][2]string{{"Oui", valYes}, {"Non", valNo}}
			} else {
				for _, o := range q.Options {
					labels = append(labels, [2]string{o.Label, o.Value})
				}
			}
			labels = append(labels, [2]string{"Je ne sais pas", valUnknown})
			if q.Fact == "person.gir" {
				labels = append(labels, [2]string{"Je ne sais pas : l'estimer avec la grille AGGIR (10 questions)", valEstimate})
			}
			opts := make([]huh.Option[string], len(labels))
			for i, l := range labels {
				label := l[0]
				if len(labels) <= 9 {
					label = strconv.Itoa(i+1) + ". " + label
				}
				opts[i] = huh.NewOption(label, l[1])
				f.opts = append(f.opts, l[1])
			}
			desc := q.Help + current
			field = huh.NewSelect[string]().Title(pw(q.Text)).Description(pw(desc)).Options(opts...).Value(&f.str)
		}
	}
	field = field.WithTheme(theme) // before the group measures it with huh's default theme
	f.form = huh.NewForm(huh.NewGroup(field)).WithShowHelp(false).WithShowErrors(true).
		WithTheme(theme).WithKeyMap(km).WithWidth(max(20, width))
	return f
}

// formKeyMap is huh's key map without what clashes with the guide: no filtering (typing
// "/" must not hide options), no quit (the guide asks before quitting), no
// shift+tab (the guide uses it for the previous question).
func formKeyMap() *huh.KeyMap {
	km := huh.NewDefaultKeyMap()
	km.Quit.SetEnabled(false)
	km.Select.Filter.SetEnabled(false)
	km.Select.SetFilter.SetEnabled(false)
	km.Select.ClearFilter.SetEnabled(false)
	km.MultiSelect.Filter.SetEnabled(false)
	km.MultiSelect.SetFilter.SetEnabled(false)
	km.MultiSelect.ClearFilter.SetEnabled(false)
	km.Select.Prev.SetEnabled(false)
	km.MultiSelect.Prev.SetEnabled(false)
	km.Input.Prev.SetEnabled(false)
	return km
}

// update forwards a message to the form. A digit picks the matching option of a choice
// at once (1 = first option), the way an agent answers while listening.
func (f *qform) update(msg tea.Msg) tea.Cmd {
	if f.done {
		return nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && len(f.opts) > 0 && len(f.opts) <= 9 {
		if t := k.Text; len(t) == 1 && t[0] >= '1' && t[0] <= '9' {
			n := int(t[0] - '1')
			if n < len(f.opts) {
				f.str = f.opts[n]
				f.done = true
				return nil
			}
		}
	}
	// enter completes the question here and now, when the answer is valid: huh would
	// finish a few messages later, and keys typed ahead in the meantime (a fast agent)
	// would land in the question just answered.
	if k, ok := msg.(tea.KeyPressMsg); ok {
		f.err = ""
		if k.String() == "enter" || k.String() == "tab" {
			if f.check == nil || f.check() == nil {
				f.done = true
				return nil
			}
			// say why, in words, under the question (huh's own mark is a colour only)
			f.err = f.check().Error()
			return nil
		}
	}
	m, cmd := f.form.Update(msg)
	if ff, ok := m.(*huh.Form); ok {
		f.form = ff
	}
	if f.form.State == huh.StateCompleted {
		f.done = true
	}
	return cmd
}

// view renders the form, without its trailing blank lines. The no-break spaces that kept
// "?" and ":" on their line are plain spaces again once the lines are made.
func (f *qform) view() string {
	v := strings.ReplaceAll(strings.TrimRight(f.form.View(), " \n"), nbsp, " ")
	if f.err != "" {
		v += "\n\n" + f.errStyle.Render("  "+f.err)
	}
	return v
}

// placeholderFor shows the expected form of a typed answer.
func placeholderFor(q guide.Question) string {
	switch {
	case q.Fact == "person.age":
		return "par exemple 82"
	case q.Fact == "person.department":
		return "par exemple 23"
	case q.Kind == guide.KindEuros:
		return "par exemple 1 500"
	case q.Kind == guide.KindInt:
		return "un nombre"
	}
	return ""
}

// multiHeight is the height a multiple choice needs to show every option. huh's
// MultiSelect, left to size itself, takes the title and description out of the options'
// room and hides the last options.
func multiHeight(title, desc string, options, width int) int {
	w := max(10, width-3) // border and padding
	return len(wrap(title, w)) + len(wrap(desc, w)) + options
}
