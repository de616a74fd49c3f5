package tui

import (
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"

	"aidants/guide"
	"aidants/rules"
)

// The screens are components, as soft-serve's pages are (pkg/ui/common): each keeps its
// own state, draws itself into the size it is given and says its keys through a
// help.KeyMap; what they all share is a Common. A screen never switches to another: it
// sends a typed message (showMsg, backMsg, flashMsg…) that the root model applies at
// once, before the next key is read, so a key typed just after an answer can never reach
// the screen that answer left.

// Component is one screen of the guide.
type Component interface {
	Init() tea.Cmd
	Update(tea.Msg) (Component, tea.Cmd)
	View() string
	// SetSize gives the screen the room between the header and the footer.
	SetSize(width, height int)
	help.KeyMap
}

// refresher is a screen whose text depends on the plan: it is rebuilt when the case
// changes or the theme does.
type refresher interface{ refresh() }

// Common is what every screen shares: the window, the palette and the keymap, the case
// controller and the plan it computes, the fiche rendering cache.
type Common struct {
	cfg           Config
	g             *guide.Guide
	date          time.Time
	keys          keys
	st            palette
	dark          bool
	width, height int // the window
	screen        screen

	// c is the call: answers, plan, undo. sit and plan mirror it (sync) for the screens.
	c    *guide.Case
	sit  *rules.Situation
	plan *guide.Plan
	// selected is the item selected in the plan, the one the detail shows.
	selected string

	huhTheme huh.Theme
	huhKeys  *huh.KeyMap
	cache    *renderCache

	sent []tea.Msg // what the screens asked for during this update, applied by the root
}

// send asks the root for something (go to a screen, go back, say a message); the root
// applies it as soon as the screen's Update returns.
func (c *Common) send(msg tea.Msg) { c.sent = append(c.sent, msg) }

// The messages the screens send to the root model.
type (
	// showMsg goes to a screen, remembering where it came from; id is the item of a
	// detail or the fiche of the reader, query what the reader or the search looks for.
	showMsg struct {
		to        screen
		id, query string
	}
	// askMsg opens the questions: the questionnaire, one question, or a series.
	askMsg struct {
		mode  askMode
		facts []string
	}
	// leaveAskMsg closes the questions, with what to say.
	leaveAskMsg struct{ flash string }
	// backMsg goes back to the screen before.
	backMsg struct{}
	// flashMsg says something in the status line.
	flashMsg struct {
		text string
		ok   bool
	}
	// helpMsg opens the help of the current screen.
	helpMsg struct{}
	// quitMsg quits, asking first when a case is open; newCaseMsg starts a new case.
	quitMsg    struct{}
	newCaseMsg struct{}
	// changedMsg: the case changed, the screens that show the plan are rebuilt.
	changedMsg struct{}
)

func (c *Common) push(s screen)              { c.send(showMsg{to: s}) }
func (c *Common) pop()                       { c.send(backMsg{}) }
func (c *Common) setFlash(s string, ok bool) { c.send(flashMsg{s, ok}) }
func (c *Common) askQuit() tea.Cmd           { c.send(quitMsg{}); return nil }
func (c *Common) askNew() tea.Cmd            { c.send(newCaseMsg{}); return nil }
func (c *Common) openAsk(mode askMode, facts ...string) tea.Cmd {
	c.send(askMsg{mode, facts})
	return nil
}
func (c *Common) openDetail(id string) { c.send(showMsg{to: scrDetail, id: id}) }
func (c *Common) openFiche(id, query string) tea.Cmd {
	c.send(showMsg{to: scrFiche, id: id, query: query})
	return nil
}
func (c *Common) openSearch(q string) tea.Cmd { c.send(showMsg{to: scrSearch, query: q}); return nil }
func (c *Common) openGlossary() tea.Cmd       { c.send(showMsg{to: scrGlossary}); return nil }
func (c *Common) openSummary()                { c.send(showMsg{to: scrSummary}) }
func (c *Common) openExport() tea.Cmd         { c.send(showMsg{to: scrExport}); return nil }

// sync mirrors the case after it changed, and has the screens that show it rebuilt.
func (c *Common) sync() {
	c.sit, c.plan = c.c.Situation(), c.c.Plan()
	c.send(changedMsg{})
}

// caseOpen reports whether anything was answered: quitting or starting again loses it.
func (c *Common) caseOpen() bool { return c.c.Open() }

// bodyHeight is what is left for a screen between the header and the footer.
func (c *Common) bodyHeight() int { return max(0, c.height-1-len(c.freshnessLines())-2) }

// freshnessLines is the warning under the header when the figures may be out of date.
func (c *Common) freshnessLines() []string {
	if c.plan == nil || c.plan.Freshness.UpToDate || c.plan.Freshness.Message == "" {
		return nil
	}
	ws := wrapIndent(c.plan.Freshness.Message, c.width, "⚠ ", "  ")
	if len(ws) > 2 {
		ws = ws[:2]
		ws[1] = trunc(ws[1]+" …", c.width)
	}
	return ws
}

// itemByID finds an item of the current plan.
func (c *Common) itemByID(id string) *guide.Item {
	for i := range c.plan.Items {
		if c.plan.Items[i].ID == id {
			return &c.plan.Items[i]
		}
	}
	return nil
}

// commonKey handles the keys every list screen shares: help and quit.
func (c *Common) commonKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	switch {
	case key.Matches(k, c.keys.Help):
		c.send(helpMsg{})
		return nil, true
	case key.Matches(k, c.keys.Q):
		return c.askQuit(), true
	}
	return nil, false
}
