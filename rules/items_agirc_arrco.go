package rules

import "strconv"

// The complementary scheme's own social action (action-sociale-agirc-arrco): Sortir Plus,
// the aide à domicile momentanée, the support of caregivers. These are scheme rules, not
// statute: the basis says so.

const basisAgircArrco = "Action sociale de l'Agirc-Arrco, Sortir Plus et aide à domicile momentanée (règle de la caisse, pas une loi)"

var entryActionSocialeAgircArrco = &Entry{
	ID: "action-sociale-agirc-arrco", Title: "Aides de la retraite complémentaire Agirc-Arrco : Sortir Plus, aide à domicile momentanée", For: "person",
	checks:  agircArrcoChecks,
	amounts: []string{"agirc_arrco.sortir_plus_an", "agirc_arrco.aide_domicile_heures"},
	rule:    ruleAgircArrco,
}

var agircArrcoChecks = []*Check{
	{Label: "La personne touche une retraite complémentaire Agirc-Arrco (anciens salariés du privé)", Basis: basisAgircArrco,
		Facts: []FactID{FactPensionScheme},
		eval: func(f *facts) verdict {
			ps := f.s.Person.PensionScheme
			if ps == nil {
				return is(Unknown, unknownSeen)
			}
			switch *ps {
			case "general":
				return is(Yes, "régime général : en principe aussi l'Agirc-Arrco (à voir sur ses relevés de retraite)")
			case "agricultural":
				return verdict{r: Unknown, seen: "régime agricole : oui si {elle a été salariée agricole, pas si elle était exploitante|il a été salarié agricole, pas s'il était exploitant}", noFacts: true}
			}
			return verdict{r: Unknown, seen: f.seenOf(FactPensionScheme, *ps) + " : seulement si {elle a aussi été salariée|il a aussi été salarié} du privé", noFacts: true}
		}},
	{Label: "La personne a 75 ans ou plus", Basis: basisAgircArrco, Facts: []FactID{FactAge}, Params: []string{"agirc_arrco.age_services"},
		eval: func(f *facts) verdict { return f.ageFromParam("agirc_arrco.age_services", 75) }},
	homeCheck("La personne vit à domicile", basisAgircArrco),
}

// ageFromParam: the person is at least the age a scheme's dated parameter sets (def when
// the figure is missing); the label says the age in force when it is not def.
func (f *facts) ageFromParam(id string, def int) verdict {
	n := def
	if q := f.amount(id); q.Found {
		n = int(q.Num)
	}
	v := is(f.age(func(a int) bool { return a >= n }), f.ageSeen())
	if n != def {
		v.label = "La personne a " + strconv.Itoa(n) + " ans ou plus"
	}
	return v
}

func ruleAgircArrco(f *facts, r *ItemResult) {
	r.amount(f.amount("agirc_arrco.sortir_plus_an"), f.amount("agirc_arrco.aide_domicile_heures"))
	if isTrue(f.s.Person.ReceivesAPA) {
		r.note("Sortir Plus reste possible ; l'aide à domicile momentanée, elle, n'est pas donnée à qui reçoit déjà l'APA.")
	}
	if isTrue(f.s.Person.RecentHospitalisation) {
		r.note("Après une sortie d'hôpital, l'aide à domicile momentanée donne quelques heures d'aide gratuites ; demandez-la vite, elle est organisée en général sous 48 heures.")
	}
}
