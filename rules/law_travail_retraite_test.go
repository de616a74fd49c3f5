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
	"time"

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
	{name: "fonction publique : agent, parent avec décision d'APA (L634-1)", id: "conges-aidants-fonction-publique", sit: person().gir(3).apa(true).rel("child").job("public_servant"), status: eligible, relevant: yes,
		amount: "fp.disponibilite_soins_ans", num: 3},
	{name: "fonction publique : salarié du privé", id: "conges-aidants-fonction-publique", sit: person().gir(3).apa(true).rel("child").job("employee"), status: notEligible, relevant: no},
	{name: "fonction publique : travail inconnu", id: "conges-aidants-fonction-publique", sit: person().gir(3).apa(true).rel("child"), status: toCheck},
	{name: "fonction publique : ascendant en GIR 4 sans APA, temps partiel de droit (L612-3 3°)", id: "conges-aidants-fonction-publique", sit: person().gir(4).apa(false).dis(0).endOfLife(false).rel("child").job("public_servant"), status: eligible,
		cond: "Un des motifs", result: rules.Yes},
	{name: "fonction publique : beau-parent en GIR 4 sans APA : pas un ascendant (L612-3 3°), le congé de proche aidant après l'APA", id: "conges-aidants-fonction-publique", sit: person().gir(4).apa(false).dis(0).endOfLife(false).rel("in_law").job("public_servant"), status: toCheck,
		cond: "Un des motifs", result: rules.Unknown},
	{name: "fonction publique : beau-parent en GIR 5, pas un ascendant (L612-3 3°) ni d'APA possible", id: "conges-aidants-fonction-publique", sit: person().gir(5).apa(false).dis(0).endOfLife(false).rel("in_law").job("public_servant"), status: notEligible},
	{name: "fonction publique : parent en GIR 5 : temps partiel de droit selon le certificat médical (maladie grave)", id: "conges-aidants-fonction-publique", sit: person().gir(5).apa(false).dis(0).endOfLife(false).rel("child").job("public_servant"), status: toCheck},
	{name: "fonction publique : ascendant, incapacité 80 % (besoin d'un tiers)", id: "conges-aidants-fonction-publique", sit: person().gir(5).apa(false).dis(80).endOfLife(false).rel("child").job("public_servant"), status: eligible},
	{name: "fonction publique : ascendant en GIR 5, incapacité 79 % : selon le certificat médical", id: "conges-aidants-fonction-publique", sit: person().gir(5).apa(false).dis(79).endOfLife(false).rel("child").job("public_servant"), status: toCheck},
	{name: "fonction publique : frère en fin de vie, congé de solidarité familiale (L633-1)", id: "conges-aidants-fonction-publique", sit: person().gir(5).apa(false).dis(0).endOfLife(true).rel("sibling").job("public_servant"), status: eligible},
	{name: "fonction publique : frère en GIR 5, ni APA ni fin de vie", id: "conges-aidants-fonction-publique", sit: person().gir(5).apa(false).dis(0).endOfLife(false).rel("sibling").job("public_servant"), status: notEligible},

	// Agirc-Arrco (règle de la caisse): 75 and over, at home, complementary pension
	{name: "Agirc-Arrco : 75 ans, régime général, à domicile", id: "action-sociale-agirc-arrco", sit: person().age(75).home().scheme("general"), status: eligible,
		amount: "agirc_arrco.sortir_plus_an", num: 45000},
	{name: "Agirc-Arrco : 74 ans", id: "action-sociale-agirc-arrco", sit: person().age(74).home().scheme("general"), status: notEligible,
		cond: "75 ans ou plus", result: rules.No},
	{name: "Agirc-Arrco : aide à domicile momentanée, 10 heures (circulaire 2011-15-DAS)", id: "action-sociale-agirc-arrco", sit: person().age(80).home().scheme("general"),
		amount: "agirc_arrco.aide_domicile_heures", num: 10},
	{name: "Agirc-Arrco : régime agricole, salariée ou exploitante ?", id: "action-sociale-agirc-arrco", sit: person().age(80).home().scheme("agricultural"), status: toCheck},
	{name: "Agirc-Arrco : fonction publique, seulement si elle a aussi été salariée du privé", id: "action-sociale-agirc-arrco", sit: person().age(80).home().scheme("public"), status: toCheck},
	{name: "Agirc-Arrco : en EHPAD", id: "action-sociale-agirc-arrco", sit: person().age(85).ehpad().scheme("general"), status: notEligible},

	// MSA (règle de la caisse): farm-sector retiree, GIR 5 or 6, at home
	{name: "MSA : retraitée agricole en GIR 5 à domicile", id: "action-sociale-msa", sit: person().age(80).home().gir(5).scheme("agricultural"), status: eligible},
	{name: "MSA : retraitée agricole en GIR 6", id: "action-sociale-msa", sit: person().age(80).home().gir(6).scheme("agricultural"), status: eligible},
	{name: "MSA : GIR 4, c'est l'APA", id: "action-sociale-msa", sit: person().age(80).home().gir(4).scheme("agricultural"), status: notEligible},
	{name: "MSA : régime général, c'est la Carsat", id: "action-sociale-msa", sit: person().age(80).home().gir(5).scheme("general"), status: notEligible},
	{name: "MSA : en EHPAD", id: "action-sociale-msa", sit: person().age(85).ehpad().gir(5).scheme("agricultural"), status: notEligible},
	{name: "MSA : régime inconnu", id: "action-sociale-msa", sit: person().age(80).home().gir(5), status: toCheck},

	// taxe foncière, CGI 1417-I: impositions of 2024 (revenus 2023), métropole
	{name: "taxe foncière : limite 1417-I de 2024, 12 455 € pour une part", id: "taxe-fonciere", sit: person().age(80).home().housing("owner"), date: day(2024, 6, 1),
		amount: "taxe_fonciere.limite_rfr_part", num: 1245500},
	{name: "taxe foncière : limite 1417-I de 2024, 3 326 € par demi-part", id: "taxe-fonciere", sit: person().age(80).home().housing("owner"), date: day(2024, 6, 1),
		amount: "taxe_fonciere.limite_rfr_demi_part", num: 332600},
	// impositions of 2025 (revenus 2024): + 1,8 % (loi de finances pour 2025); of 2026: + 0,9 % (LF 2026 art. 4)
	{name: "taxe foncière : limite 1417-I de 2025, 12 679 € pour une part", id: "taxe-fonciere", sit: person().age(80).home().housing("owner"), date: day(2025, 6, 1),
		amount: "taxe_fonciere.limite_rfr_part", num: 1267900},
	{name: "taxe foncière : limite 1417-I de 2025, 3 386 € par demi-part", id: "taxe-fonciere", sit: person().age(80).home().housing("owner"), date: day(2025, 6, 1),
		amount: "taxe_fonciere.limite_rfr_demi_part", num: 338600},
	{name: "taxe foncière : 31/12/2024, encore la limite de 2024", id: "taxe-fonciere", sit: person().age(80).home().housing("owner"), date: day(2024, 12, 31),
		amount: "taxe_fonciere.limite_rfr_part", num: 1245500},
	{name: "taxe foncière : limite 1417-I de 2026, 12 793 € pour une part", id: "taxe-fonciere", sit: person().age(80).home().housing("owner"), date: day(2026, 6, 1),
		amount: "taxe_fonciere.limite_rfr_part", num: 1279300},
	{name: "taxe foncière : limite 1417-I de 2026, 3 416 € par demi-part", id: "taxe-fonciere", sit: person().age(80).home().housing("owner"), date: day(2026, 6, 1),
		amount: "taxe_fonciere.limite_rfr_demi_part", num: 341600},
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

// The 1417-I limits of 2025 and 2026 are the article's own figures (OpenFisca's copy of
// 1417-I, with its references), not estimates: they must not read « calculé » or
// « non trouvé ».
func TestTaxeFonciereLimitConfidence(t *testing.T) {
	p := params(t)
	for d, want := range map[time.Time]string{day(2025, 6, 1): "officiel", day(2026, 6, 1): "officiel"} {
		for _, id := range []string{"taxe_fonciere.limite_rfr_part", "taxe_fonciere.limite_rfr_demi_part"} {
			q, ok := p.Amount(id, d)
			if !ok || !q.Found {
				t.Fatalf("%s at %v: not found", id, d)
			}
			if string(q.Confidence) != want {
				t.Errorf("%s at %v: confidence %q, want %q", id, d, q.Confidence, want)
			}
		}
	}
}
