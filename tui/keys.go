package tui

import "charm.land/bubbles/v2/key"

// keys holds every binding of the guide. Screens pick theirs in helpFor; matching is
// always done with key.Matches on the screen that owns the key.
type keys struct {
	Up, Down, PgUp, PgDown, Top, Bottom key.Binding
	Enter, Back, Help, Quit, ForceQuit  key.Binding

	// plan
	Fiche, Answers, Continue, Useful, Search, Glossary, Summary, Export, New key.Binding
	// question
	Validate, Skip, Undo, Erase, Digits, ChoiceUp, ChoiceDown key.Binding
	// answers
	Edit, Clear, Estimate key.Binding
	// detail
	PrevItem, NextItem, Ask, Letter key.Binding
	// fiche reader (less-like)
	HalfDown, HalfUp, Find, NextMatch, PrevMatch key.Binding
	// dialogs
	Yes, No, Close key.Binding
	// second keys of lists and readers (less-like), and the test build's panic keys
	Q, Erase2, PgUpAlt, PgDownAlt, ListUp, ListDown             key.Binding
	LessUp, LessDown, LessPgDown, LessPgUp, LessTop, LessBottom key.Binding
	PanicUpdate, PanicCmd                                       key.Binding
}

func defaultKeys() keys {
	b := func(help, desc string, k ...string) key.Binding {
		return key.NewBinding(key.WithKeys(k...), key.WithHelp(help, desc))
	}
	return keys{
		Up:        b("↑/k", "monter", "up", "k"),
		Down:      b("↓/j", "descendre", "down", "j"),
		PgUp:      b("pgup", "page précédente", "pgup"),
		PgDown:    b("pgdn", "page suivante", "pgdown"),
		Top:       b("g/début", "au début", "home", "g"),
		Bottom:    b("G/fin", "à la fin", "end", "G"),
		Enter:     b("entrée", "ouvrir", "enter"),
		Back:      b("échap", "retour", "esc"),
		Help:      b("?", "aide", "?"),
		Quit:      b("q", "quitter", "q", "ctrl+c"),
		ForceQuit: b("ctrl+c", "quitter", "ctrl+c"),

		Fiche:    b("f", "fiche", "f"),
		Answers:  b("r", "réponses", "r"),
		Continue: b("c", "continuer les questions", "c"),
		Useful:   b("u", "question utile", "u"),
		Search:   b("/", "chercher", "/"),
		Glossary: b("l", "lexique des sigles", "l"),
		Summary:  b("s", "résumé à lire", "s"),
		Export:   b("e", "exporter", "e"),
		New:      b("n", "nouveau dossier", "n"),

		Validate:   b("entrée", "enregistrer la réponse tapée", "enter"),
		Skip:       b("tab", "je ne sais pas", "tab"),
		Undo:       b("maj+tab", "reprendre la dernière réponse", "shift+tab"),
		Erase:      b("⌫", "effacer un caractère", "backspace"),
		Digits:     b("1-9", "choisir la réponse (sans l'enregistrer)", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
		ChoiceUp:   b("↑", "réponse au-dessus", "up"),
		ChoiceDown: b("↓", "réponse au-dessous", "down"),

		Edit:     b("entrée", "modifier", "enter"),
		Clear:    b("suppr/0", "effacer (je ne sais pas)", "delete", "backspace", "0"),
		Estimate: b("a", "estimer le GIR (AGGIR)", "a"),

		PrevItem: b("←/h", "aide précédente", "left", "h"),
		NextItem: b("→/l", "aide suivante", "right", "l"),
		Ask:      b("u", "poser les questions manquantes", "u"),
		Letter:   b("m", "modèle de courrier", "m"),

		HalfDown:  b("d", "demi-page suivante", "d", "ctrl+d"),
		HalfUp:    b("u", "demi-page précédente", "u", "ctrl+u"),
		Find:      b("/", "chercher dans la fiche", "/"),
		NextMatch: b("n", "occurrence suivante", "n"),
		PrevMatch: b("N", "occurrence précédente", "N"),

		Yes:   b("o", "oui", "o", "O", "y", "Y"),
		No:    b("n/échap", "non", "n", "N", "esc"),
		Close: b("entrée/échap", "revenir", "enter", "esc", "q"),

		Q:          b("q", "retour", "q"),
		Erase2:     b("⌫", "retour", "backspace"),
		PgUpAlt:    b("b", "page précédente", "b"),
		PgDownAlt:  b("espace", "page suivante", "space"),
		ListUp:     b("↑", "monter", "up", "ctrl+p"),
		ListDown:   b("↓", "descendre", "down", "ctrl+n"),
		LessUp:     b("y", "monter", "y", "ctrl+p"),
		LessDown:   b("e", "descendre", "e", "ctrl+n", "enter"),
		LessPgDown: b("espace/f", "page suivante", "space", "f", "ctrl+f"),
		LessPgUp:   b("b", "page précédente", "b", "ctrl+b"),
		LessTop:    b("<", "au début", "<"),
		LessBottom: b(">", "à la fin", ">"),

		PanicUpdate: b("f12", "panique de test", "f12"),
		PanicCmd:    b("f11", "panique de test dans une commande", "f11"),
	}
}

// withHelp is a binding of the keymap shown with other words on a screen (« entrée :
// détail » on the plan): the keys it matches are the keymap's.
func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

// typing is a line of help for what is typed rather than pressed (« tapez : les mots
// cherchés »); it is never matched.
func typing(keys, desc string) key.Binding {
	return key.NewBinding(key.WithKeys("\x00"+keys), key.WithHelp(keys, desc))
}

// bindingHelp is one line of help: the keys and what they do.
type bindingHelp struct{ keys, desc string }

func bh(b key.Binding) bindingHelp { return bindingHelp{b.Help().Key, b.Help().Desc} }

// screenHelp lists the keys of the screen on view, from its key map (help.KeyMap): a short
// line for the footer and the full list for the help screen (?).
func (m *Model) screenHelp() (short []bindingHelp, full []bindingHelp) {
	p := m.pages[m.screen]
	for _, b := range p.ShortHelp() {
		short = append(short, bh(b))
	}
	for _, col := range p.FullHelp() {
		for _, b := range col {
			full = append(full, bh(b))
		}
	}
	full = append(full, bindingHelp{"?", "fermer ou ouvrir cette aide"})
	return short, full
}
