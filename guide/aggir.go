package guide

import (
	"strconv"
	"strings"

	"aidants/rules"
)

// The AGGIR estimate: one question per discriminant variable (décret 2008-821, annexe
// 2-1), answered with one digit. A: she does it alone, entirely, correctly and every time
// it is needed; C: she does not do it at all; B: anything in between (the four adverbs of
// the filling guide, rules.Adverbs).
const aggirPrefix = "aggir."

var aggirText = []struct{ name, label, text, help string }{
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

// aggirShort names the AGGIR questions in lists.
var aggirShort = map[string]string{}

// AGGIRQuestions are the ten questions of the estimate, in the grid's order.
var AGGIRQuestions = func() []Question {
	out := make([]Question, len(aggirText))
	for i, v := range aggirText {
		out[i] = Question{Fact: aggirPrefix + v.name, Group: "Estimation du GIR", Text: v.text,
			Help: v.help, Kind: KindChoice, Options: []Option{
				{"A", "{Seule|Seul}, entièrement, correctement, chaque fois (A)"},
				{"B", "En partie, pas toujours, mal, ou s'il faut le lui rappeler (B)"},
				{"C", "Ne le fait pas (C)"}}}
		aggirShort[out[i].Fact] = "AGGIR, " + strings.ToLower(v.label[:1]) + v.label[1:]
	}
	return out
}()

// AllQuestions is the questionnaire and the AGGIR questions.
func AllQuestions() []Question {
	return append(append([]Question(nil), Questions...), AGGIRQuestions...)
}

func aggirName(fact string) (string, bool) {
	if !strings.HasPrefix(fact, aggirPrefix) {
		return "", false
	}
	return fact[len(aggirPrefix):], true
}

func aggirGet(s *rules.Situation, name string) string {
	if s.Person.AGGIR == nil {
		return ""
	}
	return (*s.Person.AGGIR)[name]
}

func aggirSet(s *rules.Situation, name, m string) {
	if m == "" {
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
	(*s.Person.AGGIR)[name] = m
}

// GIREstimateText says what the AGGIR answers give, as an estimate.
func GIREstimateText(s *rules.Situation) string {
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
		return "Estimation du GIR impossible : il manque " + strconv.Itoa(n) + " réponse(s) sur les 8 qui comptent."
	}
	t := "GIR estimé : " + strconv.Itoa(r.GIR) + " (estimation, à confirmer par l'équipe du département)."
	if s.Person.GIR != nil {
		t += " Le GIR connu (" + strconv.Itoa(*s.Person.GIR) + ") reste celui utilisé."
	}
	return t
}
