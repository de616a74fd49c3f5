package tui

import (
	"image/color"

	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"

	"aidants/rules"
)

// styles are the colours and attributes of every screen, chosen from the background
// (dark by default). Meaning never rests on colour alone: each status also has a mark and
// a word, so NO_COLOR (which the renderer applies) loses nothing.
type palette struct {
	dark bool

	appName, header, headerDim lipgloss.Style
	warn, errorS, ok           lipgloss.Style
	title, section, dim, bold  lipgloss.Style
	cursor, selected           lipgloss.Style
	key, keyDesc, flash        lipgloss.Style
	hl, hlCur                  lipgloss.Style
	statusS                    map[rules.Status]lipgloss.Style
	accent                     color.Color
}

func newPalette(dark bool) palette {
	ld := lipgloss.LightDark(dark)
	var (
		accent = ld(lipgloss.Color("#4B47C9"), lipgloss.Color("#8A86FF"))
		dimFg  = ld(lipgloss.Color("240"), lipgloss.Color("246"))
		green  = ld(lipgloss.Color("#00875A"), lipgloss.Color("#3DDC97"))
		yellow = ld(lipgloss.Color("#9A6700"), lipgloss.Color("#F2C94C"))
		red    = ld(lipgloss.Color("#C0362C"), lipgloss.Color("#FF7B72"))
		blue   = ld(lipgloss.Color("#0B62A4"), lipgloss.Color("#79C0FF"))
		barBg  = ld(lipgloss.Color("254"), lipgloss.Color("236"))
		barFg  = ld(lipgloss.Color("235"), lipgloss.Color("252"))
	)
	s := palette{dark: dark, accent: accent}
	s.appName = lipgloss.NewStyle().Bold(true).Reverse(true)
	s.header = lipgloss.NewStyle().Background(barBg).Foreground(barFg)
	s.headerDim = s.header.Foreground(dimFg)
	s.warn = lipgloss.NewStyle().Foreground(yellow).Bold(true)
	s.errorS = lipgloss.NewStyle().Foreground(red).Bold(true)
	s.ok = lipgloss.NewStyle().Foreground(green)
	s.title = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.section = lipgloss.NewStyle().Bold(true).Underline(true)
	s.dim = lipgloss.NewStyle().Foreground(dimFg)
	s.bold = lipgloss.NewStyle().Bold(true)
	s.cursor = lipgloss.NewStyle().Foreground(accent).Bold(true)
	s.selected = lipgloss.NewStyle().Bold(true)
	s.key = lipgloss.NewStyle().Bold(true)
	s.keyDesc = lipgloss.NewStyle().Foreground(dimFg)
	s.flash = lipgloss.NewStyle().Foreground(accent)
	s.hl = lipgloss.NewStyle().Reverse(true)
	s.hlCur = lipgloss.NewStyle().Reverse(true).Bold(true).Underline(true)
	s.statusS = map[rules.Status]lipgloss.Style{
		rules.StatusEligible:    lipgloss.NewStyle().Foreground(green),
		rules.StatusToCheck:     lipgloss.NewStyle().Foreground(yellow),
		rules.StatusNotEligible: lipgloss.NewStyle().Foreground(red),
		rules.StatusInfo:        lipgloss.NewStyle().Foreground(blue),
		"urgent":                lipgloss.NewStyle().Foreground(red).Bold(true),
	}
	return s
}

// status styles a status word or mark.
func (s palette) status(st rules.Status) lipgloss.Style {
	if x, ok := s.statusS[st]; ok {
		return x
	}
	return lipgloss.NewStyle()
}

// statusMark is the one-cell mark of a status: ✓ droit probable, ? à vérifier, ✗ non
// éligible, i information, ! urgent.
func statusMark(status rules.Status, urgent bool) string {
	if urgent {
		return "!"
	}
	switch status {
	case rules.StatusEligible:
		return "✓"
	case rules.StatusToCheck:
		return "?"
	case rules.StatusNotEligible:
		return "✗"
	}
	return "i"
}

// formTheme is the questionnaire's huh theme: huh's base theme with readable colours on
// both backgrounds and text markers for ticked boxes.
func formTheme() huh.Theme {
	return newCachedTheme(func(dark bool) *huh.Styles {
		t := huh.ThemeBase(dark)
		ld := lipgloss.LightDark(dark)
		accent := ld(lipgloss.Color("#4B47C9"), lipgloss.Color("#8A86FF"))
		dimFg := ld(lipgloss.Color("240"), lipgloss.Color("246"))
		red := ld(lipgloss.Color("#C0362C"), lipgloss.Color("#FF7B72"))
		t.Focused.Base = t.Focused.Base.BorderForeground(accent)
		t.Focused.Title = lipgloss.NewStyle().Bold(true)
		t.Focused.Description = lipgloss.NewStyle().Foreground(dimFg)
		t.Focused.ErrorIndicator = lipgloss.NewStyle().Foreground(red).SetString(" *")
		t.Focused.ErrorMessage = lipgloss.NewStyle().Foreground(red).Bold(true)
		t.Focused.SelectSelector = lipgloss.NewStyle().Foreground(accent).Bold(true).SetString("> ")
		t.Focused.MultiSelectSelector = t.Focused.SelectSelector
		t.Focused.SelectedOption = lipgloss.NewStyle().Bold(true)
		t.Focused.SelectedPrefix = lipgloss.NewStyle().Bold(true).SetString("[x] ")
		t.Focused.UnselectedPrefix = lipgloss.NewStyle().SetString("[ ] ")
		t.Focused.TextInput.Prompt = lipgloss.NewStyle().Foreground(accent).Bold(true)
		t.Focused.TextInput.Placeholder = lipgloss.NewStyle().Foreground(dimFg)
		t.Blurred = t.Focused
		t.Blurred.Base = t.Blurred.Base.BorderStyle(lipgloss.HiddenBorder())
		return t
	})
}

// cachedTheme builds a huh theme once per background: huh asks for its theme for every
// option it draws, and building one allocates a lot (a keystroke on the GIR question
// cost milliseconds before). huh only reads the styles it gets.
type cachedTheme struct{ dark, light *huh.Styles }

func newCachedTheme(build func(dark bool) *huh.Styles) *cachedTheme {
	return &cachedTheme{dark: build(true), light: build(false)}
}

// Theme implements huh.Theme.
func (c *cachedTheme) Theme(dark bool) *huh.Styles {
	if dark {
		return c.dark
	}
	return c.light
}

// plainTheme is the theme of the accessible mode: no colour, no border, no escape
// sequence a screen reader would stumble on.
func plainTheme() huh.Theme {
	return newCachedTheme(func(dark bool) *huh.Styles {
		t := huh.ThemeBase(dark)
		plain := lipgloss.NewStyle()
		t.Focused.Base, t.Focused.Title, t.Focused.Description = plain, plain, plain
		t.Focused.ErrorMessage, t.Focused.ErrorIndicator = plain, plain
		t.Focused.TextInput.Prompt, t.Focused.TextInput.Placeholder, t.Focused.TextInput.Text = plain, plain, plain
		t.Blurred = t.Focused
		return t
	})
}
