package tui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"aidants/guide"
	"aidants/rules"
)

// detailPage is an item in full: why, how much, what to do, whom to call.
type detailPage struct {
	scrollPage
	id string // the item shown
}

func newDetailPage(c *Common) *detailPage { return &detailPage{scrollPage: newScrollPage(c)} }

// open shows an item, from its top.
func (m *detailPage) open(id string) {
	m.id, m.selected = id, id
	m.vp.GotoTop()
}

// Update implements Component: the detail's keys.
func (m *detailPage) Update(msg tea.Msg) (Component, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		return m, m.detailKey(k)
	}
	return m, nil
}

// ShortHelp implements help.KeyMap.
func (m *detailPage) ShortHelp() []key.Binding {
	k := m.keys
	short := []key.Binding{withHelp(k.Fiche, "f/entrée", "fiche"), withHelp(k.Ask, "u", "question manquante"),
		withHelp(k.Back, "échap", "retour"), withHelp(k.NextItem, "←/→", "aide préc./suiv."), k.Help}
	if it := m.itemByID(m.id); it != nil && len(it.Letters) > 0 {
		short = append([]key.Binding{short[0], withHelp(k.Letter, "m", "courrier")}, short[1:]...)
	}
	return short
}

// FullHelp implements help.KeyMap.
func (m *detailPage) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{{k.Up, k.Down, withHelp(k.PgDown, "pgup/pgdn", "page"), withHelp(k.Fiche, "f/entrée", "lire la fiche"),
		k.Ask, k.Letter, k.PrevItem, k.NextItem, k.Answers, withHelp(k.Back, "échap", "retour au plan"), k.Quit}}
}

// refresh rebuilds the detail text (after an answer or a resize).
func (m *detailPage) refresh() {
	it := m.itemByID(m.id)
	if it == nil {
		m.vp.SetContent("Cette aide n'est plus dans le plan.")
		return
	}
	off := m.vp.YOffset()
	m.vp.SetContent(strings.Join(m.detailLines(it, m.width), "\n"))
	m.vp.SetYOffset(off)
}

// detailLines is an item's detail in lines of at most w cells: status, why (conditions
// with the value seen and the legal basis), amounts with their date and confidence, the
// steps with their documents and deadlines, contacts, notes, letters.
func (m *Common) detailLines(it *guide.Item, w int) []string {
	st := m.st
	sk := statusKey(*it)
	var out []string
	add := func(ls ...string) { out = append(out, ls...) }
	para := func(text string, first, rest string) { add(wrapIndent(text, w, first, rest)...) }
	section := func(t string) { add("", st.section.Render(t)) }

	for _, l := range wrap(it.Title, w) {
		add(st.title.Render(l))
	}
	who := "pour la personne aidée"
	switch it.For {
	case "caregiver":
		who = "pour l'aidant"
	case "both":
		who = "pour la personne aidée et l'aidant"
	}
	add(st.status(sk).Render(statusMark(it.Status, it.Urgent)+" "+statusWord(*it)) + st.dim.Render(" · "+who))
	if it.Summary != "" {
		add("")
		para(it.Summary, "", "")
	}

	if len(it.Conditions) > 0 {
		section("Conditions")
		for _, c := range it.Conditions {
			mark := guide.ResultMark(c.Result)
			ms := st.ok
			switch c.Result {
			case rules.No:
				ms = st.status(rules.StatusNotEligible)
			case rules.Unknown:
				ms = st.status(rules.StatusToCheck)
			}
			lines := wrapIndent(c.Label, w, "  ", "    ")
			lines[0] = "  " + ms.Render(mark) + " " + strings.TrimPrefix(lines[0], "  ")
			add(lines...)
			for _, l := range wrapIndent("vu : "+guide.SeenWords(c.Seen)+" · "+c.Basis, w, "    ", "    ") {
				add(st.dim.Render(l))
			}
		}
	}
	if asks := m.missingQuestions(it); len(asks) > 0 {
		section("Pour trancher, demander (touche u)")
		for _, q := range asks {
			para(m.c.Text(q), "  • ", "    ")
		}
	}
	if len(it.Amounts) > 0 {
		section("Montants")
		for _, a := range it.Amounts {
			var meta []string
			switch {
			case a.LastKnown != "": // not confirmed: said once under the amounts
				para(a.Label+" : "+a.LastKnown, "  • ", "    ")
				meta = append(meta, guide.LastKnownWhen(a))
				a.Note = ""
			default:
				para(a.Label+" : "+a.Text, "  • ", "    ")
				if a.AsOf != "" {
					meta = append(meta, "au "+frenchISO(a.AsOf))
				}
				if c := confidenceWords(a.Confidence); c != "" {
					meta = append(meta, c)
				}
			}
			if len(meta) > 0 {
				for _, l := range wrapIndent(strings.Join(meta, ", "), w, "    ", "    ") {
					add(st.dim.Render(l))
				}
			}
			if a.Note != "" {
				for _, l := range wrapIndent(a.Note, w, "    ", "    ") {
					add(st.dim.Render(l))
				}
			}
		}
		if n := guide.UnconfirmedNote(it.Amounts); n != "" {
			for _, l := range wrapIndent(n, w, "  ⚠ ", "    ") {
				add(st.warn.Render(l))
			}
		}
	}
	if len(it.Notes) > 0 {
		section("Bon à savoir")
		for _, n := range it.Notes {
			para(n, "  • ", "    ")
		}
	}
	if len(it.Steps) > 0 {
		section("Démarches")
		for _, s := range it.Steps {
			num := strconv.Itoa(s.Order) + ". "
			para(s.Text, "  "+num, "  "+strings.Repeat(" ", len(num)))
			ind := "  " + strings.Repeat(" ", len(num))
			if s.Where != "" {
				para("Où : "+s.Where, ind, ind+"  ")
			}
			if s.Deadline != "" {
				for _, l := range wrapIndent("Délai : "+s.Deadline, w, ind, ind+"  ") {
					add(st.warn.Render(l))
				}
			}
			if len(s.Documents) > 0 {
				add(ind + "Documents :")
				for _, d := range s.Documents {
					para(d, ind+"[ ] ", ind+"    ")
				}
			}
		}
	}
	if len(it.Contacts) > 0 {
		section("Contacts")
		for _, c := range it.Contacts {
			name := c.Name
			if c.Role != "" {
				name += " (" + c.Role + ")"
			}
			para(name, "  • ", "    ")
			for _, x := range []string{phone(c.Phone), c.Address, c.Hours, c.Web, c.Email} {
				if x != "" {
					para(x, "    ", "    ")
				}
			}
			if c.Checked != "" {
				add(st.dim.Render("    vérifié le " + frenchISO(c.Checked)))
			}
		}
	}
	if len(it.Letters) > 0 {
		section("Modèles de courrier (touche m ; repris dans le plan exporté)")
		for _, l := range it.Letters {
			title := l
			if lt, ok := m.g.Content.Letters[l]; ok && lt.Title != "" {
				title = lt.Title
			}
			para(title, "  • ", "    ")
		}
	}
	add("", st.dim.Render(trunc("f ou entrée : lire la fiche complète", w)))
	return out
}

func phone(p string) string {
	if p == "" {
		return ""
	}
	return "tél. " + p
}

// frenchISO turns AAAA-MM-JJ into "1er janvier 2026".
func frenchISO(iso string) string {
	if t, err := parseISO(iso); err == nil {
		return rules.FrenchDate(t)
	}
	return iso
}

// missingQuestions are the questions that would settle an item, in the order of its
// conditions.
func (m *Common) missingQuestions(it *guide.Item) []guide.Question {
	var out []guide.Question
	seen := map[string]bool{}
	for _, f := range it.Missing {
		if seen[f] || known(m.sit, f) {
			continue
		}
		seen[f] = true
		if q, ok := guide.QuestionFor(f); ok && shown(q, m.sit) {
			out = append(out, q)
		}
	}
	return out
}

// detailKey handles the detail's keys.
func (m *detailPage) detailKey(k tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.commonKey(k); ok {
		return cmd
	}
	vp := &m.vp
	if m.scrollKey(vp, k) {
		return nil
	}
	switch {
	case key.Matches(k, m.keys.Fiche), key.Matches(k, m.keys.Enter):
		if it := m.itemByID(m.id); it != nil {
			return m.openFiche(it.Fiche, "")
		}
	case key.Matches(k, m.keys.Ask):
		if it := m.itemByID(m.id); it != nil {
			if qs := m.missingQuestions(it); len(qs) > 0 {
				facts := make([]string, len(qs))
				for i, q := range qs {
					facts[i] = q.Fact
				}
				return m.openAsk(askSeries, facts...)
			}
			m.setFlash("Aucune question en attente pour cette aide.", true)
		}
	case key.Matches(k, m.keys.PrevItem), key.Matches(k, m.keys.NextItem):
		d := 1
		if key.Matches(k, m.keys.PrevItem) {
			d = -1
		}
		rows := m.planRows()
		var ids []string
		for _, r := range rows {
			if r.item != nil {
				ids = append(ids, r.item.ID)
			}
		}
		for i, id := range ids {
			if id == m.id {
				if j := i + d; j >= 0 && j < len(ids) {
					m.id, m.selected = ids[j], ids[j]
					m.refresh()
					vp.GotoTop()
				}
				break
			}
		}
	case key.Matches(k, m.keys.Letter):
		if it := m.itemByID(m.id); it != nil && len(it.Letters) > 0 {
			return m.openFiche(letterPrefix+it.Letters[0], "")
		}
		m.setFlash("Pas de modèle de courrier pour cette aide.", true)
	case key.Matches(k, m.keys.Answers):
		m.push(scrAnswers)
	case key.Matches(k, m.keys.Back, m.keys.Erase2):
		m.pop()
	}
	return nil
}

// confidenceWords says how sure a figure is.
func confidenceWords(c string) string {
	switch c {
	case "":
		return ""
	case "officiel":
		return "montant officiel"
	case "calculé":
		return "montant calculé"
	case "secondaire":
		return "source secondaire, à vérifier"
	case "non trouvé":
		return "montant non trouvé"
	}
	return "fiabilité : " + c
}

// scrollKey moves a viewport with the less-like keys; it reports whether k was one.
func (m *Common) scrollKey(vp *viewport.Model, k tea.KeyPressMsg) bool {
	switch {
	case key.Matches(k, m.keys.Up):
		vp.ScrollUp(1)
	case key.Matches(k, m.keys.Down):
		vp.ScrollDown(1)
	case key.Matches(k, m.keys.PgUp, m.keys.PgUpAlt):
		vp.PageUp()
	case key.Matches(k, m.keys.PgDown, m.keys.PgDownAlt):
		vp.PageDown()
	case key.Matches(k, m.keys.Top):
		vp.GotoTop()
	case key.Matches(k, m.keys.Bottom):
		vp.GotoBottom()
	default:
		return false
	}
	return true
}

// scrollPage is a screen that shows one text in a viewport: the detail and the summary.
type scrollPage struct {
	*Common
	vp viewport.Model
}

func newScrollPage(c *Common) scrollPage { return scrollPage{Common: c, vp: viewport.New()} }

// Init implements Component.
func (p *scrollPage) Init() tea.Cmd { return nil }

// View implements Component.
func (p *scrollPage) View() string { return p.vp.View() }

// SetSize implements Component.
func (p *scrollPage) SetSize(w, h int) {
	p.vp.SetWidth(w)
	p.vp.SetHeight(h)
}
