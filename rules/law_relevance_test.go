package rules_test

// Relevance: when an item is put forward in the plan (its declared signals, printed by
// aidants regles under « Mis en avant dans le plan quand »). One case per kind of signal on
// each side: the answer says yes, says no, is not given. For a service the relevance is
// also its need condition: « Droit probable » only when a signal holds, « Information »
// otherwise. Urgency (« Prioritaire ») is declared the same way.

import "testing"

var lawRelevance = law("relevance", []lawCase{
	// a need the family names (the needs question): named, asked but not named, not asked
	{name: "besoin exprimé : téléassistance demandée", id: "teleassistance", sit: person().home().needs("alarm"), status: eligible, relevant: yes},
	{name: "besoin non exprimé : autre besoin seulement", id: "teleassistance", sit: person().home().needs("meals"), status: info, relevant: no},
	{name: "besoins pas demandés", id: "teleassistance", sit: person().home(), status: info, relevant: unknown},
	{name: "besoin d'adapter le logement exprimé", id: "maprimeadapt", sit: person().needs("home_adaptation"), relevant: yes},
	{name: "besoin d'adapter le logement non exprimé", id: "maprimeadapt", sit: person().needs("household_help"), relevant: no},
	{name: "besoin de répit exprimé", id: "relayage", sit: person().home().needs("respite").exhausted(false), relevant: yes},
	{name: "ni besoin de répit ni épuisement", id: "relayage", sit: person().home().needs("alarm").exhausted(false), status: info, relevant: no},
	{name: "besoin de répit pas demandé, épuisement pas dit", id: "relayage", sit: person().home(), status: info, relevant: unknown},

	// a yes/no answer of the situation
	{name: "troubles de la mémoire remarqués", id: "consultation-memoire", sit: person().memory(true), relevant: yes},
	{name: "pas de troubles de la mémoire", id: "consultation-memoire", sit: person().memory(false), status: info, relevant: no},
	{name: "troubles de la mémoire : pas de réponse", id: "consultation-memoire", sit: person(), status: info, relevant: unknown},
	{name: "sortie d'hôpital", id: "forfait-journalier-hospitalier", sit: person().hospital(true), status: info, relevant: yes},
	{name: "pas de sortie d'hôpital", id: "forfait-journalier-hospitalier", sit: person().hospital(false), status: info, relevant: no},
	{name: "sortie d'hôpital : pas de réponse", id: "forfait-journalier-hospitalier", sit: person(), status: info, relevant: unknown},

	// where the person lives
	{name: "en établissement : le coût de l'EHPAD en avant", id: "reste-a-charge-ehpad", sit: person().ehpad(), relevant: yes},
	{name: "à domicile", id: "reste-a-charge-ehpad", sit: person().home(), relevant: no},
	{name: "lieu de vie pas dit", id: "reste-a-charge-ehpad", sit: person(), relevant: unknown},

	// the GIR, on both sides of its bound
	{name: "GIR 2 à domicile : l'EHPAD en avant", id: "ehpad", sit: person().age(80).home().gir(2), status: info, relevant: yes},
	{name: "GIR 3 à domicile", id: "ehpad", sit: person().age(80).home().gir(3), status: info, relevant: no},
	{name: "GIR pas dit, à domicile", id: "ehpad", sit: person().age(80).home(), status: info, relevant: unknown},
	{name: "GIR 4 sans besoin exprimé : le SAD en avant", id: "services-autonomie-domicile", sit: person().home().gir(4).needs(), status: eligible, relevant: yes},
	{name: "GIR 5 sans besoin exprimé", id: "services-autonomie-domicile", sit: person().home().gir(5).needs(), status: info, relevant: no},
	{name: "GIR pas dit, sans besoin exprimé", id: "services-autonomie-domicile", sit: person().home().needs(), status: info, relevant: unknown},

	// the caregiver's relationship (Code civil art. 205 et 206)
	{name: "aidant enfant : obligé alimentaire", id: "obligation-alimentaire", sit: person().home().rel("child"), relevant: yes},
	{name: "aidant petit-enfant, à domicile", id: "obligation-alimentaire", sit: person().home().rel("grandchild"), relevant: no},
	{name: "lien de l'aidant pas dit, à domicile", id: "obligation-alimentaire", sit: person().home(), relevant: unknown},

	// several signals: one that holds is enough; unknown while one is not answered
	{name: "seule l'hospitalisation de l'aidant", id: "hebergement-temporaire", sit: person().home().needs().exhausted(false).hospital(false).hospPlanned(true), status: eligible, relevant: yes},
	{name: "aucun des quatre", id: "hebergement-temporaire", sit: person().home().needs().exhausted(false).hospital(false).hospPlanned(false), status: info, relevant: no},
	{name: "trois non, l'hospitalisation de l'aidant pas dite", id: "hebergement-temporaire", sit: person().home().needs().exhausted(false).hospital(false), status: info, relevant: unknown},

	// an item without signals is never pushed down, whatever the family said
	{name: "ASPA : aucun signal, la liste des besoins n'y change rien", id: "aspa", sit: person().age(70).needs(), relevant: unknown, urgent: isFalse},

	// urgency: only an answer that says yes makes an item urgent
	{name: "situation urgente : l'APA en urgence d'abord (L232-12)", id: "apa-domicile", sit: person().age(80).home().urgent(true), urgent: isTrue},
	{name: "situation pas urgente", id: "apa-domicile", sit: person().age(80).home().urgent(false), urgent: isFalse},
	{name: "urgence pas dite", id: "apa-domicile", sit: person().age(80).home(), urgent: isFalse},
	{name: "fin de vie : le congé de solidarité familiale est urgent", id: "conge-solidarite-familiale", sit: person().endOfLife(true).job("employee"), urgent: isTrue},
	{name: "pas en fin de vie", id: "conge-solidarite-familiale", sit: person().endOfLife(false).job("employee"), urgent: isFalse},
	{name: "hospitalisation de l'aidant prévue : le relais est urgent", id: "relais-hospitalisation-aidant", sit: person().hospPlanned(true), urgent: isTrue},
	{name: "hospitalisation de l'aidant pas prévue", id: "relais-hospitalisation-aidant", sit: person().hospPlanned(false), urgent: isFalse},
	{name: "ARDH : sortie d'hôpital, régime général, domicile, GIR 5", id: "ardh", sit: person().hospital(true).scheme("general").home().gir(5), urgent: isTrue},
	{name: "ARDH : sortie d'hôpital, rien d'autre dit", id: "ardh", sit: person().hospital(true), urgent: isTrue},
	{name: "ARDH : régime agricole", id: "ardh", sit: person().hospital(true).scheme("agricultural").home().gir(5), urgent: isFalse},
	{name: "ARDH : GIR 4, c'est l'APA", id: "ardh", sit: person().hospital(true).scheme("general").home().gir(4), urgent: isFalse},
	{name: "ARDH : retour en établissement", id: "ardh", sit: person().hospital(true).scheme("general").ehpad().gir(5), urgent: isFalse},
	{name: "ARDH : pas de sortie d'hôpital", id: "ardh", sit: person().hospital(false).scheme("general").home().gir(5), urgent: isFalse},
})

func TestLawRelevance(t *testing.T) { runLaw(t, lawRelevance) }
