package rules_test

// Issue 17, second half: the working caregiver's arrangements (Code du travail L1222-9 as
// amended by loi 2023-622, L3121-49, L3142-20; CGFP L634-2, décret 2016-151 art. 4 3°),
// the agents publics' leaves (CGFP L612-3 3°, L633-1, L634-1; disponibilité de droit,
// décrets 85-986 art. 47, 86-68 art. 24, 88-976 art. 34), and the social action of the
// Agirc-Arrco and of the MSA (scheme rules, not statute). Also the taxe foncière income
// limit of CGI 1417-I, dated.

import (
	"strings"
	"testing"

	"aidants/rules"
)

var lawTravailRetraite = law("travail-retraite", []lawCase{
	// aménagements (information): for a salarié or an agent public
	{name: "aménagements : salarié, enfant de la personne (L1222-9)", id: "amenagement-travail-aidant", sit: person().gir(3).rel("child").job("employee"), status: info,
		cond: "salarié ou agent public", result: rules.Yes, relevant: yes},
	{name: "aménagements : agent public (décret 2016-151 art. 4 3°)", id: "amenagement-travail-aidant", sit: person().gir(3).rel("child").job("public_servant"), status: info,
		cond: "salarié ou agent public", result: rules.Yes, relevant: yes, amount: "fp.teletravail_aidant_mois", num: 3},
	{name: "aménagements : aidant retraité, rien à aménager", id: "amenagement-travail-aidant", sit: person().gir(3).rel("child").job("retired"), status: info,
		cond: "salarié ou agent public", result: rules.No, relevant: no},
	{name: "aménagements : aidant indépendant (pas d'employeur)", id: "amenagement-travail-aidant", sit: person().gir(3).rel("child").job("self_employed"), status: info,
		cond: "salarié ou agent public", result: rules.No, relevant: no},
	{name: "aménagements : travail de l'aidant inconnu", id: "amenagement-travail-aidant", sit: person().gir(3).rel("child"), status: info,
		cond: "salarié ou agent public", result: rules.Unknown, relevant: unknown},
	// horaires individualisés (L3121-49): proches of a personne handicapée
	{name: "horaires individualisés : incapacité 50 % (L3121-49)", id: "amenagement-travail-aidant", sit: person().dis(50).rel("child").job("employee"),
		cond: "reconnue handicapée", result: rules.Yes},
	{name: "horaires individualisés : incapacité 49 %, le texte ne fixe pas de taux", id: "amenagement-travail-aidant", sit: person().dis(49).rel("child").job("employee"),
		cond: "reconnue handicapée", result: rules.Unknown},
	{name: "horaires individualisés : reçoit la PCH", id: "amenagement-travail-aidant", sit: person().pch(true).rel("child").job("employee"),
		cond: "reconnue handicapée", result: rules.Yes},

	// agents publics' leaves

	// Agirc-Arrco (règle de la caisse): 75 and over, at home, complementary pension

	// MSA (règle de la caisse): farm-sector retiree, GIR 5 or 6, at home

})

func TestLawTravailRetraite(t *testing.T) { runLaw(t, lawTravailRetraite) }

// The horaires individualisés of L3121-49 are the Code du travail's, for a salarié: the
// condition is not an agent public's (the CGFP's own arrangements apply).
func TestAmenagementHorairesSalarieOnly(t *testing.T) {
	p := params(t)
	for job, want := range map[string]bool{"employee": true, "public_servant": false} {
		s := person().dis(50).rel("child").job(job).s
		found := false
		for _, r := range rules.Evaluate(&s, p, lawDay) {
			if r.Entry.ID != "amenagement-travail-aidant" {
				continue
			}
			for _, c := range r.Conditions {
				found = found || strings.Contains(c.Label, "reconnue handicapée")
			}
		}
		if found != want {
			t.Errorf("%s: the L3121-49 condition shown %v, want %v", job, found, want)
		}
	}
}
