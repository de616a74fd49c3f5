package rules

import "strings"

// Relevance, declared. An item is put forward in the plan (read to the family among the
// first, before the items they said they do not need) when one of its signals holds: a
// need the family expressed, a fact of the situation. Signals are data on the entry
// (Entry.Relevant), evaluated by the engine and printed by the rule book; no rule writes
// an item's relevance. For a service (Entry.Service), the relevance is also its need
// condition: without a signal that holds, the service is information.

// Signal is one declared reason to put an item forward in the plan.
type Signal struct {
	// Label is plain French, lower case, as the rule book reads it after « Mis en avant
	// dans le plan quand : »: « la famille a dit avoir besoin d'aide à domicile… ».
	Label string
	Facts []FactID // the situation fields it reads
	eval  func(*facts) Tri
	// seen says what the plan saw when the signal holds (« aide à domicile demandée »,
	// « GIR 4 »); nil: a yes/no fact's short name, else « oui ».
	seen func(*facts) string
}

// seenBy says what was seen of the first of the entry's signals that holds, for the need
// condition of a service (« vu : GIR 4 », « vu : aide à domicile demandée »).
func (e *Entry) seenBy(f *facts) string {
	for _, s := range e.Relevant {
		if s.eval(f) != Yes {
			continue
		}
		if s.seen != nil {
			return s.seen(f)
		}
		if len(s.Facts) == 1 {
			if fd := FieldOf(s.Facts[0]); fd != nil && fd.Kind == FieldBool && fd.Short != "" {
				return strings.ToLower(fd.Short[:1]) + fd.Short[1:] // « aidant épuisé »
			}
		}
		break
	}
	return "oui"
}

// relevance is the Or of the entry's signals: yes when one holds, no when every one is
// known not to, unknown otherwise (and unknown for an item without signals).
func (e *Entry) relevance(f *facts) Tri {
	if len(e.Relevant) == 0 {
		return Unknown
	}
	t := No
	for _, s := range e.Relevant {
		switch s.eval(f) {
		case Yes:
			return Yes
		case Unknown:
			t = Unknown
		}
	}
	return t
}

// needSignal: the family named this need (yes), answered the needs question without it
// (no), or was not asked (unknown). Its words are the need's row of the fact table
// (FactNeeds): the answer as the question offers it, and what the plan says it saw.
func needSignal(need string) *Signal {
	c := FieldOf(FactNeeds).Choice(need)
	if c == nil || c.Seen == "" {
		panic("rules: no need " + need + " in the fact table")
	}
	return &Signal{Label: "la famille a choisi « " + c.Label + " » parmi ses besoins", Facts: []FactID{FactNeeds},
		eval: func(f *facts) Tri { return f.need(need) }, seen: func(*facts) string { return c.Seen }}
}

// boolSignal: a yes/no answer of the situation is yes.
func boolSignal(label string, fact FactID) *Signal {
	fd := FieldOf(fact)
	return &Signal{Label: label, Facts: []FactID{fact}, eval: func(f *facts) Tri { return triOf(fd.Bool(f.s)) }}
}

// Signals shared by several items.
var (
	householdHelpSignal  = needSignal("household_help")
	mealsSignal          = needSignal("meals")
	alarmSignal          = needSignal("alarm")
	homeAdaptationSignal = needSignal("home_adaptation")
	respiteSignal        = needSignal("respite")
	legalProtectionNeed  = needSignal("legal_protection")

	memorySignal          = boolSignal("des troubles de la mémoire ou du comportement ont été remarqués chez la personne", FactMemoryDisorders)
	exhaustedSignal       = boolSignal("l'aidant se sent épuisé, à bout", FactExhausted)
	hospitalSignal        = boolSignal("la personne sort d'une hospitalisation, ou va bientôt sortir", FactRecentHospitalisation)
	caregiverHospitalised = boolSignal("l'aidant doit être hospitalisé prochainement", FactHospitalisationPlanned)

	institutionSignal = &Signal{Label: "la personne vit en établissement (EHPAD, USLD)", Facts: []FactID{FactResidence},
		eval: func(f *facts) Tri { return f.inInstitution() }}
	gir1to4Signal = &Signal{Label: "la personne est en GIR 1 à 4 (GIR donné, ou estimé avec la grille AGGIR)", Facts: []FactID{FactGIR},
		eval: func(f *facts) Tri { return f.girIn(1, 4) }, seen: (*facts).girSeen}
	gir1to2Signal = &Signal{Label: "la personne est en GIR 1 ou 2 (GIR donné, ou estimé avec la grille AGGIR)", Facts: []FactID{FactGIR},
		eval: func(f *facts) Tri { return f.girIn(1, 2) }, seen: (*facts).girSeen}
	// Code civil art. 205 and 206: children, and sons- and daughters-in-law, owe support
	childOrInLawSignal = &Signal{Label: "l'aidant est son enfant, ou de sa belle-famille (gendre, belle-fille…)", Facts: []FactID{FactRelationship},
		eval: func(f *facts) Tri { return f.relIn("child", "in_law") }}
	caregiverKnownSignal = &Signal{Label: "un proche l'aide (le lien de l'aidant avec la personne est indiqué)", Facts: []FactID{FactRelationship},
		eval: func(f *facts) Tri { return f.relIn(Relationships...) }}
)

// respiteSignals: the caregiver needs respite, said by the family or by their exhaustion.
var respiteSignals = []*Signal{respiteSignal, exhaustedSignal}

// legalSignals: the family wants to protect the person, or memory troubles were noticed.
var legalSignals = []*Signal{legalProtectionNeed, memorySignal}

// Urgency, declared the same way: an item is urgent (« Prioritaire », read first) when one
// of its urgency signals holds for sure; an unknown answer does not make it urgent.

// urgency reports whether one of the entry's urgency signals holds.
func (e *Entry) urgency(f *facts) bool {
	for _, s := range e.Urgent {
		if s.eval(f) == Yes {
			return true
		}
	}
	return false
}

// Urgency signals.
var (
	urgentSignal    = boolSignal("la situation est urgente (urgence médicale ou sociale)", FactUrgent)
	endOfLifeSignal = boolSignal("la personne est en fin de vie", FactEndOfLife)
	// the ARDH is asked before leaving hospital: urgent unless an answer already rules it
	// out (another pension scheme, a return to an establishment, a GIR 1 to 4)
	ardhUrgentSignal = &Signal{Label: "la personne sort d'une hospitalisation, et aucune réponse n'écarte l'aide (régime général ou régime pas dit, retour à domicile ou lieu de vie pas dit, GIR 5 ou 6 ou GIR pas dit)",
		Facts: []FactID{FactRecentHospitalisation, FactPensionScheme, FactResidence, FactGIR},
		eval: func(f *facts) Tri {
			return Bool(isTrue(f.s.Person.RecentHospitalisation) && f.generalScheme().r != No && f.atHome() != No && ardhGIR.decide(f).r != No)
		}}
)
