package tui

import (
	"fmt"
	"strconv"

	"aidants/rules"
)

// aggirVar is one of the ten discriminant variables of the AGGIR grid, asked in plain words.
type aggirVar struct {
	Name  string // rules.AGGIRVariables name
	Label string // a few words, for lists
	Text  string // the question as one asks it on the phone
	Help  string
}

// aggirVars follows rules.AGGIRVariables (annexe 2-1 order).
var aggirVars = []aggirVar{
	{"coherence", "Cohérence", "Parle-t-elle et se comporte-t-elle de façon sensée ?",
		"Se faire comprendre, avoir un comportement adapté (pas de propos incohérents, pas de mise en danger)."},
	{"orientation", "Orientation", "Se repère-t-elle dans le temps (jour, moment) et dans les lieux ?",
		"Savoir le jour, le moment de la journée, retrouver son chemin dans son logement et son quartier."},
	{"toilette", "Toilette", "Fait-elle sa toilette, le haut et le bas du corps ?",
		"Se laver le visage, le buste, les bras, puis les jambes, les pieds, les parties intimes."},
	{"habillage", "Habillage", "S'habille-t-elle et se déshabille-t-elle ?",
		"Le haut, le milieu (boutons, ceinture) et le bas (chaussettes, chaussures)."},
	{"alimentation", "Alimentation", "Se sert-elle et mange-t-elle ?",
		"Couper la viande, remplir son verre, porter les aliments à la bouche. Pas la préparation du repas."},
	{"elimination", "Élimination", "Va-t-elle aux toilettes et assure-t-elle son hygiène ?",
		"Maîtriser les urines et les selles, utiliser les toilettes et s'essuyer (protections comprises)."},
	{"transferts", "Transferts", "Se lève-t-elle, se couche-t-elle et s'assoit-elle ?",
		"Passer du lit au fauteuil, se lever d'une chaise, se coucher."},
	{"deplacement_interieur", "Déplacements intérieurs", "Se déplace-t-elle dans son logement ?",
		"Avec ou sans canne ou déambulateur, fauteuil roulant compris."},
	{"deplacement_exterieur", "Déplacements extérieurs", "Sort-elle de chez elle et se déplace-t-elle dehors ?",
		"À partir de la porte d'entrée, à pied ou en fauteuil. Ne change pas le GIR."},
	{"alerter", "Alerter", "Peut-elle appeler à l'aide (téléphone, téléassistance) ?",
		"Utiliser un téléphone ou un bouton d'appel pour alerter en cas de besoin. Ne change pas le GIR."},
}

// The four adverbs of the 2008 filling guide, and the special answers of an AGGIR question.
const (
	advSpontaneously = "S"
	advTotally       = "T"
	advCorrectly     = "C"
	advHabitually    = "H"
	advNone          = "0" // does none of it
)

// adverbOptions are the choices of an AGGIR question (label, value).
var adverbOptions = [][2]string{
	{"Spontanément : sans qu'on le lui rappelle", advSpontaneously},
	{"Totalement : toute l'activité, pas une partie", advTotally},
	{"Correctement : bien fait, sans danger", advCorrectly},
	{"Habituellement : chaque fois qu'il le faut", advHabitually},
	{"Rien de tout cela : ne le fait pas", advNone},
	{"Je ne sais pas", valUnknown},
}

// adverbsModality turns the ticked adverbs into A, B or C (rules.Adverbs.Modality).
func adverbsModality(ticked []string) rules.Modality {
	return rules.Adverbs{
		Spontaneously: contains(ticked, advSpontaneously),
		Totally:       contains(ticked, advTotally),
		Correctly:     contains(ticked, advCorrectly),
		Habitually:    contains(ticked, advHabitually),
	}.Modality()
}

// validateAdverbs refuses an empty or contradictory answer.
func validateAdverbs(ticked []string) error {
	if len(ticked) == 0 {
		return fmt.Errorf("cochez au moins une case (espace), ou « Je ne sais pas »")
	}
	if contains(ticked, valUnknown) && len(ticked) > 1 {
		return fmt.Errorf("« Je ne sais pas » se coche seul")
	}
	if contains(ticked, advNone) && len(ticked) > 1 {
		return fmt.Errorf("« Rien de tout cela » se coche seul")
	}
	return nil
}

// setAGGIR stores the modality of one variable from the ticked adverbs; "Je ne sais pas"
// removes it.
func setAGGIR(s *rules.Situation, name string, ticked []string) {
	if contains(ticked, valUnknown) || len(ticked) == 0 {
		if s.Person.AGGIR != nil {
			delete(*s.Person.AGGIR, name)
			if len(*s.Person.AGGIR) == 0 {
				s.Person.AGGIR = nil
			}
		}
		return
	}
	if s.Person.AGGIR == nil || *s.Person.AGGIR == nil {
		a := rules.AGGIR{}
		s.Person.AGGIR = &a
	}
	m := rules.ModC
	if !contains(ticked, advNone) {
		m = adverbsModality(ticked)
	}
	(*s.Person.AGGIR)[name] = m.String()
}

// aggirTicked gives back the adverbs for a stored modality, so a question asked again starts
// from the answer already given: A ticks all four, C ticks "none"; B cannot be undone into
// adverbs and starts empty.
func aggirTicked(s *rules.Situation, name string) []string {
	if s.Person.AGGIR == nil {
		return nil
	}
	switch (*s.Person.AGGIR)[name] {
	case "A":
		return []string{advSpontaneously, advTotally, advCorrectly, advHabitually}
	case "C":
		return []string{advNone}
	}
	return nil
}

// aggirDisplay is the stored modality in words.
func aggirDisplay(s *rules.Situation, name string) string {
	if s.Person.AGGIR == nil {
		return "—"
	}
	switch (*s.Person.AGGIR)[name] {
	case "A":
		return "seule (A)"
	case "B":
		return "en partie (B)"
	case "C":
		return "ne le fait pas (C)"
	}
	return "—"
}

// girEstimateText says what the AGGIR answers give, as an estimate.
func girEstimateText(s *rules.Situation) string {
	if s.Person.AGGIR == nil {
		return "Estimation du GIR : aucune réponse."
	}
	r, ok := rules.EstimateGIR(*s.Person.AGGIR)
	if !ok {
		n := 0
		for _, v := range rules.AGGIRVariables[:8] {
			if _, ok := (*s.Person.AGGIR)[v]; !ok {
				n++
			}
		}
		return fmt.Sprintf("Estimation du GIR impossible : il manque %d réponse(s) sur les 8 qui comptent.", n)
	}
	t := "GIR estimé : " + strconv.Itoa(r.GIR) + " (estimation, à confirmer par l'équipe du département)."
	if s.Person.GIR != nil {
		t += " Le GIR connu (" + strconv.Itoa(*s.Person.GIR) + ") reste celui utilisé."
	}
	return t
}
