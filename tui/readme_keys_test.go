package tui

import (
	"os"
	"strings"
	"testing"
)

// The README's key tables say what the on-screen help says: every key of the question and
// plan screens' help (moving in a list aside) is in the README with the same words.
func TestREADMEKeysAreTheOnScreenHelp(t *testing.T) {
	b, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := strings.ToLower(string(b))
	m := newSized(t, 80, 24)
	nav := map[string]bool{"monter": true, "descendre": true, "page": true, "au début": true, "à la fin": true,
		"fermer ou ouvrir cette aide": true}
	for _, sc := range []screen{scrQuestion, scrPlan} {
		m.screen = sc
		_, full := m.screenHelp()
		for _, h := range full {
			if nav[h.desc] {
				continue
			}
			if !strings.Contains(readme, "| "+strings.ToLower(h.desc)) && !strings.Contains(readme, strings.ToLower(h.desc)+" |") {
				t.Errorf("%s : « %s » (%s) n'est pas dans le tableau des touches du README", screenTitles[sc], h.desc, h.keys)
			}
		}
	}
}
