package tui

import (
	"fmt"
	"runtime/debug"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
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
	for _, l := range m.freshnessLines() {
		lines = append(lines, m.st.warn.Render(l))
	}
	return lines
}

// footerLine is the short help of the screen on view (its help.KeyMap), drawn by a
// bubbles/help model: as many keys as fit, in the screen's order, « ? aide » always last.
func (m *Model) footerLine() string {
	short := m.pages[m.screen].ShortHelp()
	k := m.keys
	switch m.overlay {
	case ovHelp:
		short = []key.Binding{withHelp(k.Help, "?/échap", "fermer l'aide")}
	case ovConfirmNew, ovConfirmQuit:
		short = []key.Binding{withHelp(k.Yes, "o", "oui"), withHelp(k.No, "n/échap", "non")}
	}
	h := m.help
	h.ShortSeparator = " · "
	h.Styles.ShortKey, h.Styles.ShortDesc, h.Styles.ShortSeparator = m.st.key, m.st.keyDesc, m.st.keyDesc
	h.SetWidth(0) // fitted here, so that « ? aide » is never the key cut off
	var tail []key.Binding
	if m.overlay == ovNone {
		for i, b := range short {
			if b.Help().Key == "?" {
				tail = []key.Binding{b}
				short = append(short[:i:i], short[i+1:]...)
				break
			}
		}
	}
	// widths from the words (the styles add none): one rendering, by the help model
	cells := func(b key.Binding) int { return ansi.StringWidth(b.Help().Key) + 1 + ansi.StringWidth(b.Help().Desc) }
	sepW := ansi.StringWidth(h.ShortSeparator)
	room := m.width
	if len(tail) > 0 {
		room -= sepW + cells(tail[0])
	}
	n, used := 0, 0
	for n < len(short) {
		w := cells(short[n])
		if n > 0 {
			w += sepW
		}
		if used+w > room {
			break
		}
		used += w
		n++
	}
	return trunc(h.ShortHelpView(append(short[:n:n], tail...)), m.width)
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

func (m *Model) bodyView(int) string { return m.pages[m.screen].View() }

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
func (m *Common) countLines(w int) []string {
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
