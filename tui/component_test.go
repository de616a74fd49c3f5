package tui

import "testing"

// Every screen is a Component with a key map: its short help is not empty, and every key
// it shows is one its bindings match (or words for what is typed), so the footer and the
// help (?) say what the screen does.
func TestEveryScreenIsAComponentWithItsKeys(t *testing.T) {
	m := newSized(t, 80, 24)
	for s := screen(0); s < nScreens; s++ {
		p := m.pages[s]
		if p == nil {
			t.Fatalf("%s : pas de composant", screenTitles[s])
		}
		if len(p.ShortHelp()) == 0 || len(p.FullHelp()) == 0 {
			t.Errorf("%s : pas d'aide des touches", screenTitles[s])
		}
		for _, col := range p.FullHelp() {
			for _, b := range col {
				if len(b.Keys()) == 0 || b.Help().Key == "" || b.Help().Desc == "" {
					t.Errorf("%s : une touche sans nom ou sans description : %+v", screenTitles[s], b.Help())
				}
			}
		}
	}
}

// A screen never switches to another itself: it sends a message the root applies before
// the next key. Entrée on the plan opens the detail at once, and the key typed right after
// it is the detail's.
func TestNavigationIsAppliedBeforeTheNextKey(t *testing.T) {
	m := newSized(t, 80, 24)
	m.reopen(situationOf(t, goldenSituation))
	m.Update(press("enter"))
	if m.screen != scrDetail {
		t.Fatalf("Entrée sur le plan : écran %s, attendu le détail", screenTitles[m.screen])
	}
	if len(m.sent) != 0 {
		t.Fatalf("messages non appliqués : %v", m.sent)
	}
	m.Update(press("esc"))
	if m.screen != scrPlan {
		t.Fatalf("Échap sur le détail : écran %s, attendu le plan", screenTitles[m.screen])
	}
}
