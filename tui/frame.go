package tui

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"aidants/guide"
	"aidants/rules"
)

// The frame around every screen: header, body, the line of the last action, the footer
// help; the help and confirmation overlays; the counts of the plan.

// statusKey is the status, with urgency as a status of its own (it changes the order).
func statusKey(it guide.Item) rules.Status {
	if it.Urgent {
		return "urgent"
	}
	return it.Status
}

// statusWord is the status in plain French: "Droit probable", "À vérifier (urgent)".
func statusWord(it guide.Item) string {
	if it.Urgent {
		return guide.StatusLabel(it.Status) + " (urgent)"
	}
	return guide.StatusLabel(it.Status)
}

// headerLines is the header: name, case, date, screen; the freshness warning below.
func (m *Model) headerLines() []string {
	w := m.width
	name := " aidants "
	left := " "
	if m.caseOpen() {
		left += "Dossier en cours"
	} else {
		left += "Nouveau dossier"
	}
	left += " · " + rules.FrenchDate(m.date)
	right := screenTitles[m.screen] + " "
	if m.overlay == ovHelp {
		right = "Aide "
	}
	// styled in pieces: an escape sequence inside a styled string would end its background
	rest := w - ansi.StringWidth(name)
	gap := rest - ansi.StringWidth(left) - ansi.StringWidth(right)
	var line string
	if gap >= 1 {
		line = left + strings.Repeat(" ", gap) + right
	} else {
		line = left
	}
	lines := []string{trunc(m.st.appName.Render(name)+m.st.header.Render(padRight(line, max(0, rest))), w)}
	if m.plan != nil && !m.plan.Freshness.UpToDate && m.plan.Freshness.Message != "" {
		ws := wrapIndent(m.plan.Freshness.Message, w, "⚠ ", "  ")
		if len(ws) > 2 {
			ws = ws[:2]
			ws[1] = trunc(ws[1]+" …", w)
		}
		for _, l := range ws {
			lines = append(lines, m.st.warn.Render(l))
		}
	}
	return lines
}

// footerLine is the short help of the current screen.
func (m *Model) footerLine() string {
	short, _ := m.screenHelp()
	if m.overlay == ovHelp {
		short = []bindingHelp{{"?/échap", "fermer l'aide"}}
	}
	if m.overlay == ovConfirmNew || m.overlay == ovConfirmQuit {
		short = []bindingHelp{{"o", "oui"}, {"n/échap", "non"}}
	}
	// as many keys as fit, in order of use; "? aide" always shows where there is help
	sep := m.st.keyDesc.Render(" · ")
	render := func(b bindingHelp) string { return m.st.key.Render(b.keys) + " " + m.st.keyDesc.Render(b.desc) }
	var tail string
	if m.overlay == ovNone {
		for i, b := range short {
			if b.keys == "?" {
				tail = render(b)
				short = append(short[:i:i], short[i+1:]...)
				break
			}
		}
	}
	out := ""
	for _, b := range short {
		next := render(b)
		if out != "" {
			next = out + sep + next
		}
		room := m.width
		if tail != "" {
			room -= ansi.StringWidth(sep + tail)
		}
		if ansi.StringWidth(next) > room {
			break
		}
		out = next
	}
	if tail != "" {
		if out != "" {
			out += sep
		}
		out += tail
	}
	return trunc(out, m.width)
}

// statusLine is the message of the last action (answer stored, export written…).
func (m *Model) statusLine() string {
	if m.flash == "" {
		return ""
	}
	st := m.st.flash
	if !m.flashOK {
		st = m.st.errorS
	}
	return st.Render(trunc(m.flash, m.width))
}

// bodyHeight is what is left for the screen between the header and the footer.
func (m *Model) bodyHeight() int {
	return max(0, m.height-len(m.headerLines())-2)
}

// View draws the whole window.
func (m *Model) View() (v tea.View) {
	defer func() {
		if r := recover(); r != nil {
			m.panicked, m.panicStack = r, debug.Stack()
			v = tea.NewView("")
		}
	}()
	v.AltScreen = true
	v.WindowTitle = "aidants"
	if m.panicked != nil || m.width <= 0 || m.height <= 0 {
		return v
	}
	if m.width < minWidth || m.height < minHeight {
		msg := fmt.Sprintf("Fenêtre trop petite (%d×%d). Agrandissez-la : au moins %d×%d, 80×24 conseillé.", m.width, m.height, minWidth, minHeight)
		v.SetContent(fit(strings.Join(wrap(msg, m.width), "\n"), m.width, m.height))
		return v
	}
	header := m.headerLines()
	bh := m.height - len(header) - 2
	var body string
	switch m.overlay {
	case ovHelp:
		body = m.helpView(bh)
	case ovConfirmNew, ovConfirmQuit:
		body = m.confirmView(bh)
	default:
		body = m.bodyView(bh)
	}
	content := strings.Join(header, "\n") + "\n" + fit(body, m.width, bh) + "\n" + m.statusLine() + "\n" + m.footerLine()
	v.SetContent(fit(content, m.width, m.height))
	return v
}

func (m *Model) bodyView(h int) string {
	switch m.screen {
	case scrQuestion:
		return m.ask.View()
	case scrPlan:
		return m.planView(h)
	case scrAnswers:
		return m.answersView(h)
	case scrDetail:
		return m.detailVP.View()
	case scrFiche:
		return m.fiche.view(m, h)
	case scrSearch:
		return m.search.view(m, h)
	case scrGlossary:
		return m.gloss.view(m, h)
	case scrSummary:
		return m.summaryVP.View()
	case scrExport:
		return m.export.view(m, h)
	}
	return ""
}

// helpView lists the keys of the current screen.
func (m *Model) helpView(h int) string {
	_, full := m.screenHelp()
	kw := 0
	for _, b := range full {
		kw = max(kw, ansi.StringWidth(b.keys))
	}
	kw = min(kw, m.width/3)
	lines := []string{m.st.title.Render("Touches de l'écran « " + screenTitles[m.screen] + " »"), ""}
	for _, b := range full {
		for i, l := range wrapIndent(b.desc, m.width, "  "+padRight(b.keys, kw)+"  ", "  "+strings.Repeat(" ", kw)+"  ") {
			if i == 0 {
				l = "  " + m.st.key.Render(padRight(b.keys, kw)) + "  " + strings.TrimPrefix(l, "  "+padRight(b.keys, kw)+"  ")
			}
			lines = append(lines, l)
		}
	}
	lines = append(lines, "", m.st.dim.Render("Rien n'est enregistré sur le disque, sauf quand vous exportez le plan."))
	return strings.Join(lines, "\n")
}

// confirmView asks before losing the case.
func (m *Model) confirmView(h int) string {
	var title, text string
	if m.overlay == ovConfirmQuit {
		title = "Quitter le guide ?"
		text = "Les réponses de ce dossier seront perdues : rien n'est enregistré sur le disque."
		if m.c.Dirty() {
			text += " Le plan n'a pas été exporté depuis la dernière réponse (touche e)."
		}
	} else {
		title = "Commencer un nouveau dossier ?"
		text = "Toutes les réponses en cours seront effacées."
		if m.c.Dirty() {
			text += " Le plan n'a pas été exporté depuis la dernière réponse."
		}
	}
	bw := min(m.width-4, 60)
	lines := []string{m.st.warn.Render(title), ""}
	lines = append(lines, wrap(text, bw-4)...)
	lines = append(lines, "", m.st.key.Render("o")+" oui    "+m.st.key.Render("n")+" ou "+m.st.key.Render("échap")+" non")
	box := lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(m.st.accent).Padding(0, 1).Width(bw).
		Render(strings.Join(lines, "\n"))
	return lipgloss.Place(m.width, h, lipgloss.Center, lipgloss.Center, box)
}

// countLines counts the plan's items per status, on as few lines of w cells as needed.
func (m *Model) countLines(w int) []string {
	var el, ch, info, not, urg int
	for _, it := range m.plan.Items {
		switch {
		case it.Urgent:
			urg++
		case it.Status == rules.StatusEligible:
			el++
		case it.Status == rules.StatusToCheck:
			ch++
		case it.Status == rules.StatusInfo:
			info++
		default:
			not++
		}
	}
	var parts []string
	if urg > 0 {
		parts = append(parts, m.st.status("urgent").Render("! "+strconv.Itoa(urg)+" urgent"))
	}
	parts = append(parts,
		m.st.status(rules.StatusEligible).Render("✓ "+strconv.Itoa(el)+" droit"+plural(el)+" probable"+plural(el)),
		m.st.status(rules.StatusToCheck).Render("? "+strconv.Itoa(ch)+" à vérifier"),
		m.st.status(rules.StatusNotEligible).Render("✗ "+strconv.Itoa(not)+" non éligible"+plural(not)),
		m.st.status(rules.StatusInfo).Render("i "+strconv.Itoa(info)+" info"))
	var lines []string
	cur := ""
	for _, p := range parts {
		switch {
		case cur == "":
			cur = p
		case ansi.StringWidth(cur+"  "+p) <= w:
			cur += "  " + p
		default:
			lines = append(lines, cur)
			cur = p
		}
	}
	return append(lines, cur)
}

func plural(n int) string {
	if n > 1 {
		return "s"
	}
	return ""
}

// newInput is a text input with the guide's look.
func newInput(placeholder string) textinput.Model {
	ti := textinput.New()
	ti.Placeholder = placeholder
	ti.Prompt = "> "
	ti.CharLimit = 80
	return ti
}
