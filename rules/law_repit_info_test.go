package rules_test

// Respite and places to live, legal protection, cards and contacts (CASF art. L312-1,
// L441-1, D442-2, L241-3, R241-12; loi du 15 novembre 2024 (relayage); Code civil art. 425,
// 440, 477, 494-1; reference §11, §12, §13, §16).

import (
	"testing"

	"aidants/rules"
)

var lawRepitInfo = law("repit-info", []lawCase{
	// accueil de jour, hébergement temporaire, relayage (L312-1; loi du 15/11/2024)
	{name: "accueil de jour, répit demandé (L312-1)", id: "accueil-de-jour", sit: person().home().needs("respite"), status: eligible},
	{name: "accueil de jour, troubles de la mémoire", id: "accueil-de-jour", sit: person().home().memory(true), status: eligible},
	{name: "accueil de jour, aidant épuisé", id: "accueil-de-jour", sit: person().home().exhausted(true), status: eligible},
	{name: "accueil de jour, aucun besoin", id: "accueil-de-jour", sit: person().home().needs().memory(false).exhausted(false), status: info},
	{name: "accueil de jour en EHPAD (L312-1)", id: "accueil-de-jour", sit: person().ehpad().needs("respite"), status: notEligible},
	{name: "hébergement temporaire, aidant hospitalisé", id: "hebergement-temporaire", sit: person().home().needs().hospPlanned(true), status: eligible},
	{name: "hébergement temporaire, sortie d'hôpital", id: "hebergement-temporaire", sit: person().home().needs().hospital(true), status: eligible},
	{name: "hébergement temporaire, aidant épuisé : urgent", id: "hebergement-temporaire", sit: person().home().exhausted(true), status: eligible, urgent: isTrue},
	{name: "hébergement temporaire, aucun besoin", id: "hebergement-temporaire", sit: person().home().needs().hospPlanned(false).hospital(false).exhausted(false), status: info, urgent: isFalse},
	{name: "relayage, aidant épuisé (loi du 15/11/2024)", id: "relayage", sit: person().home().exhausted(true), status: eligible, amount: "relayage.jours_consecutifs", num: 6},
	{name: "relayage, répit demandé", id: "relayage", sit: person().home().needs("respite"), status: eligible},
	{name: "relayage, aucun besoin", id: "relayage", sit: person().home().needs().exhausted(false), status: info},
	{name: "relayage en EHPAD", id: "relayage", sit: person().ehpad().needs("respite"), status: notEligible},

	// accueil familial (L441-1): 60 years; rémunération of 2,5 SMIC horaire a day (D442-2)
	{name: "59 ans (L441-1)", id: "accueil-familial", sit: person().age(59), status: info, cond: "60 ans ou plus", result: rules.No},
	{name: "60 ans (L441-1)", id: "accueil-familial", sit: person().age(60), status: info, cond: "60 ans ou plus", result: rules.Yes},
	{name: "61 ans (L441-1)", id: "accueil-familial", sit: person().age(61), status: info, cond: "60 ans ou plus", result: rules.Yes},
	{name: "30,78 € par jour depuis le 1/6/2026 (D442-2 : 2,5 × 12,31 €)", id: "accueil-familial", sit: person().age(80), amount: "accueil_familial.remuneration_jour", num: 3078},
	{name: "30,05 € par jour le 31/5/2026 (D442-2 : 2,5 × 12,02 €)", id: "accueil-familial", sit: person().age(80), date: day(2026, 5, 31), amount: "accueil_familial.remuneration_jour", num: 3005},

	// EHPAD (L312-1 6°): 60 years, dérogation possible before
	{name: "59 ans (L312-1 6°)", id: "ehpad", sit: person().age(59), status: info, cond: "60 ans ou plus", result: rules.No},
	{name: "60 ans (L312-1 6°)", id: "ehpad", sit: person().age(60), status: info, cond: "60 ans ou plus", result: rules.Yes},
	{name: "GIR 2 à domicile : à envisager", id: "ehpad", sit: person().age(85).gir(2).home(), relevant: yes},
	{name: "GIR 1 à domicile : à envisager", id: "ehpad", sit: person().age(85).gir(1).home(), relevant: yes},
	{name: "GIR 3 à domicile", id: "ehpad", sit: person().age(85).gir(3).home(), relevant: no},
	{name: "déjà en EHPAD", id: "ehpad", sit: person().age(85).gir(4).ehpad(), relevant: yes},

	// the cost of an EHPAD (information) and the tax reduction of CGI art. 199 quindecies:
	// 25 % of the dependency and accommodation costs, retained up to 10 000 € a year
	{name: "coût de l'EHPAD : utile pour une résidente", id: "reste-a-charge-ehpad", sit: person().age(88).gir(2).ehpad(), status: info, relevant: yes,
		cond: "prix de journée", result: rules.Unknown},
	{name: "coût de l'EHPAD : à domicile", id: "reste-a-charge-ehpad", sit: person().age(88).gir(2).home(), status: info, relevant: no},
	{name: "réduction d'impôt, en EHPAD : selon l'impôt payé (199 quindecies)", id: "reduction-impot-ehpad", sit: person().age(88).ehpad(), status: toCheck,
		cond: "accueillie en EHPAD", result: rules.Yes},
	{name: "réduction d'impôt, taux 25 % (199 quindecies)", id: "reduction-impot-ehpad", sit: person().age(88).ehpad(), amount: "reduction_ehpad.taux", num: 2500},
	{name: "réduction d'impôt, 10 000 € de frais au plus (199 quindecies)", id: "reduction-impot-ehpad", sit: person().age(88).ehpad(), amount: "reduction_ehpad.plafond", num: 1000000},
	{name: "réduction d'impôt, résidence autonomie : si frais de dépendance (199 quindecies)", id: "reduction-impot-ehpad", sit: person().age(88).lives("residence_autonomie"), status: toCheck,
		cond: "accueillie en EHPAD", result: rules.Unknown},
	{name: "réduction d'impôt, à domicile (199 quindecies)", id: "reduction-impot-ehpad", sit: person().age(88).home(), status: notEligible},

	// consultation mémoire: troubles remarked
	{name: "troubles de la mémoire", id: "consultation-memoire", sit: person().memory(true), status: eligible},
	{name: "pas de troubles", id: "consultation-memoire", sit: person().memory(false), status: info},
	{name: "pas demandé", id: "consultation-memoire", sit: person(), status: info},

	// legal protection (Code civil)
	{name: "procuration : protection demandée", id: "procuration", sit: person().needs("legal_protection"), status: info, relevant: yes},
	{name: "procuration : troubles de la mémoire", id: "procuration", sit: person().needs().memory(true), status: info, relevant: yes},
	{name: "procuration : ni l'un ni l'autre", id: "procuration", sit: person().needs().memory(false), status: info, relevant: no},
	{name: "mandat de protection future (art. 477) : protection demandée", id: "mandat-protection-future", sit: person().needs("legal_protection"), status: info, relevant: yes},
	{name: "mandat de protection future : ni l'un ni l'autre", id: "mandat-protection-future", sit: person().needs().memory(false), status: info, relevant: no},
	{name: "habilitation : l'enfant peut être habilité (494-1)", id: "habilitation-familiale", sit: person().rel("child").memory(true), status: toCheck,
		cond: "Un proche parent peut être habilité", result: rules.Yes, relevant: yes},
	{name: "habilitation : le conjoint (494-1)", id: "habilitation-familiale", sit: person().rel("spouse"), status: toCheck, cond: "Un proche parent peut être habilité", result: rules.Yes},
	{name: "habilitation : frère ou sœur (494-1)", id: "habilitation-familiale", sit: person().rel("sibling"), status: toCheck, cond: "Un proche parent peut être habilité", result: rules.Yes},
	{name: "habilitation : un voisin ne peut pas, un parent si (494-1)", id: "habilitation-familiale", sit: person().rel("friend_neighbour"), status: toCheck, cond: "Un proche parent peut être habilité", result: rules.Unknown},
	{name: "habilitation : ni besoin ni troubles", id: "habilitation-familiale", sit: person().needs().memory(false), relevant: no},
	{name: "tutelle : facultés altérées, certificat médical (art. 425, 440)", id: "tutelle-curatelle", sit: person().memory(true), status: toCheck, relevant: yes},
	{name: "tutelle : ni besoin ni troubles", id: "tutelle-curatelle", sit: person().needs().memory(false), status: toCheck, relevant: no},

	// CMI (L241-3, R241-12 III): APA in GIR 1 or 2, or an incapacity of 80 %
	{name: "APA en GIR 1 (R241-12 III)", id: "cmi", sit: person().age(85).apa(true).gir(1), status: eligible},
	{name: "APA en GIR 2 (R241-12 III)", id: "cmi", sit: person().age(85).apa(true).gir(2), status: eligible},
	{name: "APA en GIR 3, incapacité 0 % (R241-12 III)", id: "cmi", sit: person().age(85).apa(true).gir(3).dis(0), status: notEligible},
	{name: "incapacité 80 % (L241-3)", id: "cmi", sit: person().age(85).apa(false).dis(80), status: eligible},
	{name: "incapacité 79 %, GIR 5 sans APA (L241-3)", id: "cmi", sit: person().age(85).apa(false).gir(5).dis(79), status: notEligible},
	{name: "GIR 2 sans APA : l'APA d'abord (R241-12 III)", id: "cmi", sit: person().age(85).apa(false).gir(2).dis(0), status: toCheck},
	{name: "anciennes cartes plus valables à partir du 1/1/2027 (issue 13 point 12)", id: "cmi", sit: person(), amount: "cmi.fin_anciennes_cartes", text: "2027-01-01"},

	// information and contacts: no condition
	{name: "carte d'urgence de la personne aidée", id: "carte-urgence-aide", sit: person(), status: info},
	{name: "carte d'urgence de l'aidant", id: "carte-urgence-aidant", sit: person().exhausted(true), status: info},
	{name: "assurance dépendance", id: "assurance-dependance", sit: person().age(70), status: info},
	{name: "point d'information", id: "point-information", sit: person().dep("23"), status: info},
	{name: "Défenseur des droits", id: "defenseur-des-droits", sit: person(), status: info},
})

func TestLawRepitInfo(t *testing.T) { runLaw(t, lawRepitInfo) }
