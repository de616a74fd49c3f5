package rules

import (
	"strconv"
	"time"
)

// Evaluate evaluates every catalogue item for a situation at day d, in catalogue order.
// It never fails: unknown facts give unknown conditions.
func Evaluate(s *Situation, p *Params, d time.Time) []ItemResult {
	var ev Evaluator
	return ev.Evaluate(s, p, d)
}

// Evaluator evaluates situations one after the other reusing its memory: the results of
// a call are valid until the next call. A batch worker keeps one; it is not safe for
// concurrent use.
type Evaluator struct {
	f       facts
	out     []ItemResult
	conds   []Condition
	amounts []*Quantity
	notes   []string
	missing []string
}

// Evaluate is rules.Evaluate with reused memory.
func (ev *Evaluator) Evaluate(s *Situation, p *Params, d time.Time) []ItemResult {
	ev.f = facts{s: s, p: p, d: d}
	ev.f.init()
	f := &ev.f
	if ev.out == nil {
		ev.out = make([]ItemResult, len(Catalogue))
		// one backing array for all conditions, amounts and notes of the plan: each item
		// appends into the free tail, then its slice is capped so the next item cannot
		// overwrite it
		ev.conds = make([]Condition, 0, 2*len(Catalogue)+16)
		ev.amounts = make([]*Quantity, 0, len(Catalogue)+16)
		ev.notes = make([]string, 0, len(Catalogue)/2)
		ev.missing = make([]string, 0, 2*len(Catalogue))
	}
	out := ev.out
	conds, amounts, notes, missing := ev.conds[:0], ev.amounts[:0], ev.notes[:0], ev.missing[:0]
	for i, e := range Catalogue {
		r := &out[i]
		*r = ItemResult{Entry: e, Relevant: Unknown}
		r.Conditions, r.Amounts, r.Notes, r.Missing = conds[len(conds):], amounts[len(amounts):], notes[len(notes):], missing[len(missing):]
		e.rule(f, r)
		r.finish(f)
		conds = advance(conds, r.Conditions)
		amounts = advance(amounts, r.Amounts)
		notes = advance(notes, r.Notes)
		missing = advance(missing, r.Missing)
		r.Conditions = capped(r.Conditions)
		r.Amounts = capped(r.Amounts)
		r.Notes = capped(r.Notes)
		r.Missing = capped(r.Missing)
	}
	return out
}

// capped caps a slice at its length (nil when empty) so that appending to it never writes
// into memory that belongs to another item.
func capped[T any](xs []T) []T {
	if len(xs) == 0 {
		return nil
	}
	return xs[:len(xs):len(xs)]
}

// advance moves the free tail of a slab past what an item appended, when the item's slice
// still lives in the slab, and caps the item's slice so nothing else writes into it.
func advance[T any](slab, used []T) []T {
	if cap(used) == cap(slab)-len(slab) { // same backing array, not reallocated
		return slab[:len(slab)+len(used)]
	}
	return slab
}

// EffectiveGIR returns the GIR the rules use, whether it was estimated from the AGGIR
// answers, and the AGGIR result when it was.
func EffectiveGIR(s *Situation) (gir int, estimated bool, res GIRResult) {
	f := newFacts(s, nil, time.Time{})
	return f.gir, f.girEstimated, f.girResult
}

// finish sets the status from the conditions and collects the missing facts.
func (r *ItemResult) finish(f *facts) {
	if r.Entry.Service {
		r.add(f.needCond(r.Entry, r.Relevant))
	}
	status := StatusEligible
	for i, c := range r.Conditions {
		if c.Result == No {
			status = StatusNotEligible
			if r.Entry.Service && i == len(r.Conditions)-1 {
				status = StatusInfo // not needed: information, not a refusal
				if r.Entry.NeedLabel == "" {
					r.note("La famille n'en a pas exprimé le besoin : à proposer si la situation change.")
				}
			}
			break
		}
		if c.Result == Unknown {
			status = StatusToCheck
		}
	}
	if r.Entry.Info {
		status = StatusInfo
	}
	if r.Entry.Service && status == StatusToCheck && r.Conditions[len(r.Conditions)-1].Result == Unknown {
		// a service nobody has asked about yet is information, not a check: the plan's
		// checks stay the real ones, and the needs question still comes up (missing facts)
		status = StatusInfo
	}
	r.Status = status
	if status == StatusNotEligible || status == StatusEligible {
		return
	}
	for _, c := range r.Conditions {
		if c.Result != Unknown {
			continue
		}
		for _, fact := range c.Facts {
			if f.known(fact) {
				continue // an alternative settled by another, still unknown, fact
			}
			dup := false
			for _, m := range r.Missing {
				dup = dup || m == fact
			}
			if !dup {
				r.Missing = append(r.Missing, fact)
			}
		}
	}
}

func (r *ItemResult) add(cs ...Condition) { r.Conditions = append(r.Conditions, cs...) }
func (r *ItemResult) note(s string)       { r.Notes = append(r.Notes, s) }
func (r *ItemResult) amount(q ...*Quantity) {
	r.Amounts = append(r.Amounts, q...)
}

// anyCond merges alternatives into one condition: met if one is met.
func anyCond(label, basis string, cs ...Condition) Condition {
	var tsa [8]Tri
	ts := tsa[:0]
	var facts []string
	seen := ""
	for _, c := range cs {
		ts = append(ts, c.Result)
		if c.Result == Unknown {
			facts = append(facts, c.Facts...)
		}
		if c.Seen != unknownSeen && c.Seen != "" {
			if seen != "" {
				seen += " ; "
			}
			seen += c.Seen
		}
	}
	if seen == "" {
		seen = unknownSeen
	}
	return cond(label, basis, Or(ts...), seen, facts...)
}

// --- APA -----------------------------------------------------------------------------

func (f *facts) apaHomeConditions() []Condition {
	return []Condition{
		f.ageAtLeast(60, "CASF art. L232-1 et R232-1"),
		f.girCond(1, 4, "La personne est en GIR 1 à 4 (perte d'autonomie évaluée avec la grille AGGIR)", "CASF art. L232-2 et R232-4"),
		f.homeCond("La personne vit à domicile (chez elle, chez un proche, en accueil familial ou en résidence autonomie)", "CASF art. L232-5"),
	}
}

func ruleAPADomicile(f *facts, r *ItemResult) {
	p := f.s.Person
	if p.ReceivesAPA != nil && *p.ReceivesAPA {
		r.add(cond("La personne reçoit déjà l'APA", "CASF art. L232-2", Yes, "oui"))
		r.add(f.homeCond("La personne vit à domicile (chez elle, chez un proche, en accueil familial ou en résidence autonomie)", "CASF art. L232-5"))
		// the APA implies a GIR 1 to 4; a GIR 5 or 6 now means the APA stops at the next review
		g := f.girCond(1, 4, "La personne est en GIR 1 à 4", "CASF art. L232-2 et R232-4")
		if f.gir == 0 {
			g.Result, g.Seen, g.Facts = Yes, "GIR 1 à 4 (l'APA est accordée)", nil
		}
		r.add(g)
		if f.atHome() != No {
			r.note("L'APA est déjà accordée : si l'état de santé s'aggrave ou si l'aidant s'épuise, demandez une révision du plan d'aide au département.")
		}
	} else {
		r.add(f.apaHomeConditions()...)
	}
	if p.ReceivesPCH != nil && *p.ReceivesPCH {
		r.add(cond("La personne ne touche pas la PCH (l'APA et la PCH ne se cumulent pas)", "CASF art. L232-23", No, "elle touche la PCH : elle peut la garder ou choisir l'APA, comparez avec le département", "person.receives_pch"))
	}
	if f.girEstimated {
		r.note("GIR estimé à partir des réponses à la grille AGGIR : seule l'équipe médico-sociale du département fixe le GIR.")
	}
	switch {
	case f.gir >= 1 && f.gir <= 4:
		r.amount(f.amount("apa.plafond.gir" + strconv.Itoa(f.gir)))
	case f.gir == 0:
		for g := 1; g <= 4; g++ {
			r.amount(f.amount("apa.plafond.gir" + strconv.Itoa(g)))
		}
	}
	res, ok := f.resources()
	if f.gir >= 1 && f.gir <= 4 && ok && p.APAPlanAmount != nil {
		in := APAInput{GIR: f.gir, Plan: Cents(*p.APAPlanAmount), Resources: res,
			Couple: p.Couple != nil && *p.Couple, ReceivesASPA: p.ReceivesASPA != nil && *p.ReceivesASPA}
		if out, err := f.p.ComputeAPA(in, f.d); err == nil {
			r.amount(
				&Quantity{ID: "apa.participation", Label: "Participation estimée de la personne, par mois", Unit: UnitEuros, Num: out.Participation, Found: true, AsOf: out.AsOf, Confidence: out.Confidence, Source: "CASF art. R232-11"},
				&Quantity{ID: "apa.montant", Label: "APA estimée, par mois", Unit: UnitEuros, Num: out.APA, Found: true, AsOf: out.AsOf, Confidence: out.Confidence, Source: "CASF art. R232-10 et R232-11"},
			)
			if out.BelowMinimum {
				r.note("Le montant calculé est sous le minimum versé (" + out.Minimum.Format() + " par mois) : l'APA ne serait pas versée (CASF art. D232-31).")
			}
			if in.Plan > out.PlanRetained {
				r.note("Le plan indiqué dépasse le plafond du GIR : le calcul retient le plafond.")
			}
		}
	} else if f.gir >= 1 && f.gir <= 4 && ok {
		// no plan yet: what the APA would be if the plan reaches the ceiling of the GIR
		in := APAInput{GIR: f.gir, Plan: MaxEuros, Resources: res,
			Couple: p.Couple != nil && *p.Couple, ReceivesASPA: p.ReceivesASPA != nil && *p.ReceivesASPA}
		if out, err := f.p.ComputeAPA(in, f.d); err == nil {
			r.amount(
				&Quantity{ID: "apa.participation_plafond", Label: "Participation de la personne si le plan atteint le plafond, par mois", Unit: UnitEuros, Num: out.Participation, Found: true, AsOf: out.AsOf, Confidence: out.Confidence, Source: "CASF art. R232-11"},
				&Quantity{ID: "apa.montant_plafond", Label: "APA au plus (plan au plafond), par mois", Unit: UnitEuros, Num: out.APA, Found: true, AsOf: out.AsOf, Confidence: out.Confidence, Source: "CASF art. R232-10 et R232-11"},
			)
		}
		r.note("Estimation au plafond : le plan d'aide réel est souvent plus bas. Avec le montant du plan proposé par le département, le calcul devient exact.")
	} else if f.gir >= 1 && f.gir <= 4 {
		r.note("Pour estimer l'APA, indiquez les ressources mensuelles de la personne (et le montant du plan d'aide s'il est connu).")
	}
	r.amount(f.amount("apa.seuil_sans_participation"))
	// the two beliefs that keep families from asking (non-recours): say it every time
	r.note("L'APA n'est jamais reprise sur l'héritage et on ne demande rien aux enfants (CASF art. L232-19 et L232-24). Elle n'a pas de condition de ressources : les revenus changent seulement la part payée par la personne.")
	if f.s.Person.Urgent != nil && *f.s.Person.Urgent {
		r.Urgent = true
	}
}

func ruleAPAUrgence(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(cond("La situation est urgente (urgence médicale ou sociale)", "CASF art. L232-12", triOf(p.Urgent), boolSeen(p.Urgent, "oui", "non"), "person.urgent"))
	r.add(cond("La personne ne reçoit pas encore l'APA", "CASF art. L232-12", Not(triOf(p.ReceivesAPA)), boolSeen(p.ReceivesAPA, "elle la reçoit", "pas encore"), "person.receives_apa"))
	r.add(f.ageAtLeast(60, "CASF art. L232-1"))
	// the emergency APA exists at home and in an establishment (R232-29), except where the
	// département no longer pays the APA in an establishment (2025-2026 experiment)
	t, seen := f.atHome(), f.residenceSeen()
	if t == No {
		t, seen = f.fusionPaysAPA()
		seen = f.residenceSeen() + ", " + seen
	}
	fs := []string{"person.residence"}
	if f.atHome() == No {
		fs = []string{"person.department"}
	}
	r.add(cond("La personne vit à domicile, ou en établissement dans un département qui y verse l'APA", "CASF art. L232-12 et R232-29", t, seen, fs...))
	switch f.atHome() {
	case Yes:
		r.amount(f.amount("apa.urgence"))
	case No:
		r.amount(f.amount("apa.etablissement.urgence_taux"))
	default:
		r.amount(f.amount("apa.urgence"), f.amount("apa.etablissement.urgence_taux"))
	}
	r.Urgent = p.Urgent != nil && *p.Urgent
}

// fusionPaysAPA reports whether the person's département pays the APA in an establishment
// at the evaluation date: not in the départements of the 2025-2026 experiment where the
// assurance maladie pays for dependency care in EHPAD (LFSS 2024 art. 79).
func (f *facts) fusionPaysAPA() (Tri, string) {
	if f.d.Before(fusionStart) || f.d.After(fusionEnd) {
		return Yes, "hors période de l'expérimentation"
	}
	dep := f.department()
	switch {
	case dep == "69":
		return Unknown, "Rhône : dépend de la commune (Métropole de Lyon ou non)"
	case dep == "":
		return Unknown, unknownSeen
	case fusionDepartments[dep]:
		return No, "département " + dep + " (expérimentation : financement par l'assurance maladie)"
	}
	return Yes, "département " + dep
}

// fusionDepartments are the départements of the 2025-2026 experiment where EHPAD
// dependency care is financed by the assurance maladie, not the APA in an establishment
// (LFSS 2024 art. 79, décrets du 20/02/2025 et du 8/9/2025). "69" is ambiguous: the
// Métropole de Lyon takes part, the rest of the Rhône does not.
var fusionDepartments = map[string]bool{"11": true, "15": true, "17": true, "19": true, "22": true,
	"23": true, "29": true, "31": true, "40": true, "46": true, "47": true, "49": true, "52": true,
	"53": true, "56": true, "58": true, "62": true, "66": true, "73": true, "93": true, "973": true, "974": true}

var fusionEnd = time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC)
var fusionStart = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)

func ruleAPAEtablissement(f *facts, r *ItemResult) {
	r.add(f.ageAtLeast(60, "CASF art. L232-1"))
	r.add(f.girCond(1, 4, "La personne est en GIR 1 à 4", "CASF art. L232-2"))
	r.add(cond("La personne vit en établissement (EHPAD, USLD)", "CASF art. L232-8", f.inInstitution(), f.residenceSeen(), "person.residence"))
	inPeriod := !f.d.Before(fusionStart) && !f.d.After(fusionEnd)
	if inPeriod {
		t, seen := f.fusionPaysAPA()
		r.add(cond("Le département finance la dépendance en EHPAD par l'APA (hors expérimentation 2025-2026)", "LFSS 2024 art. 79", t, seen, "person.department"))
		if t == No {
			r.note("Dans ce département, jusqu'au 31 décembre 2026, la dépendance en EHPAD est payée par l'assurance maladie : il n'y a pas de demande d'APA en établissement à faire. Le reste à payer par le résident est à confirmer auprès de l'établissement.")
		}
	}
	r.amount(f.amount("apa.etablissement.seuil_bas"), f.amount("apa.etablissement.seuil_haut"))
}

// --- ASPA, aide sociale --------------------------------------------------------------

func (f *facts) aspaCeiling() *Quantity {
	if c := f.s.Person.Couple; c != nil && *c {
		return f.amount("aspa.couple")
	}
	return f.amount("aspa.seul")
}

func (f *facts) resourcesUnder(q *Quantity) Tri {
	res, ok := f.resources()
	if !ok || !q.Found {
		return Unknown
	}
	if f.s.Person.Couple == nil {
		// single or couple changes the ceiling: decide only when both agree
		s, c := f.amount("aspa.seul"), f.amount("aspa.couple")
		if s.Found && c.Found && (res <= s.Num) == (res <= c.Num) {
			return Bool(res <= s.Num)
		}
		return Unknown
	}
	return Bool(res <= q.Num)
}

func ruleASPA(f *facts, r *ItemResult) {
	p := f.s.Person
	if p.ReceivesASPA != nil && *p.ReceivesASPA {
		r.add(cond("La personne reçoit déjà l'ASPA", "CSS art. L815-1", Yes, "oui"))
		r.amount(f.aspaCeiling())
		return
	}
	age65 := f.ageAtLeast(65, "CSS art. L815-1 et R815-1")
	// from 62 with an incapacity of at least 50 % or an unfitness for work (inaptitude),
	// which the guide does not ask: a lower rate does not settle it
	dis50 := f.disability(func(d int) bool { return d >= 50 })
	age62 := cond("Ou : 62 ans ou plus avec une incapacité d'au moins 50 % (ou une inaptitude au travail)", "CSS art. L815-1",
		And(f.age(func(a int) bool { return a >= 62 }), Or(dis50, Unknown)),
		f.ageSeen()+", incapacité "+f.disabilitySeen(), "person.age", "person.disability_rate")
	if age62.Result == Unknown && dis50 == No && f.age(func(a int) bool { return a >= 62 }) == Yes {
		age62.Seen += " : possible avec une inaptitude au travail reconnue"
		age62.Facts = nil
	}
	if age65.Result == Yes {
		r.add(age65)
	} else {
		c := anyCond("La personne a 65 ans ou plus (62 ans en cas d'inaptitude ou d'incapacité d'au moins 50 %)", "CSS art. L815-1 et R815-1", age65, age62)
		if age65.Result == No {
			c.Seen = age62.Seen // the age is already in it
		}
		r.add(c)
	}
	ceil := f.aspaCeiling()
	r.add(cond("Les ressources sont sous le plafond de l'ASPA ("+ceil.Format()+" par mois)", "CSS art. L815-9", f.resourcesUnder(ceil), f.resourcesSeen(), "person.monthly_resources", "person.couple"))
	r.amount(ceil)
	if res, ok := f.resources(); ok && ceil.Found && res < ceil.Num && p.Couple != nil {
		r.amount(&Quantity{ID: "aspa.estimation", Label: "ASPA estimée (plafond moins ressources), par mois", Unit: UnitEuros, Num: ceil.Num - res, Found: true, AsOf: ceil.AsOf, Confidence: Computed, Source: "CSS art. L815-9 (allocation différentielle) ; la caisse compte toutes les ressources"})
	}
	r.note("L'ASPA peut être récupérée sur la succession, au-delà d'un certain montant.")
}

func ruleAideMenagere(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(f.age65or60Unfit())
	// The APA is the relevant aid when the GIR is 1 to 4 (L232-23: no cumulation).
	apa := f.girIn(1, 4)
	if p.ReceivesAPA != nil && *p.ReceivesAPA {
		apa = Yes
	}
	seen := f.girSeen()
	if p.ReceivesAPA != nil && *p.ReceivesAPA {
		seen = "reçoit l'APA"
	}
	r.add(cond("La personne ne relève pas de l'APA (GIR 5 ou 6, pas d'APA)", "CASF art. L232-23", Not(apa), seen, "person.gir"))
	ceil := f.aspaCeiling()
	r.add(cond("Les ressources ne dépassent pas le plafond de l'ASPA ("+ceil.Format()+" par mois)", "CASF art. L231-1 et R231-2", f.resourcesUnder(ceil), f.resourcesSeen(), "person.monthly_resources", "person.couple"))
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L231-1"))
	r.amount(f.amount("aide_menagere.heures_max"))
	r.Relevant = f.need("household_help")
	r.note("Le département fixe une petite participation par heure. Pas d'obligation alimentaire pour cette aide ; récupération possible sur la succession au-delà de " + f.amount("recuperation.seuil_actif").Format() + ".")
}

func ruleOSCAR(f *facts, r *ItemResult) {
	p := f.s.Person
	g := f.girCond(5, 6, "La personne est en GIR 5 ou 6 (elle ne relève pas de l'APA)", "Action sociale de l'Assurance retraite (circulaire Cnav du 23/12/2023)")
	if p.ReceivesAPA != nil && *p.ReceivesAPA && f.gir == 0 {
		g.Result, g.Seen, g.Facts = No, "reçoit l'APA (GIR 1 à 4)", nil
	}
	r.add(g)
	r.add(f.generalSchemeCond("La personne est retraitée du régime général (Assurance retraite, Carsat)"))
	r.add(f.homeCond("La personne vit à domicile", "Action sociale de l'Assurance retraite"))
	r.amount(f.amount("oscar.heures_max"), f.amount("oscar.forfait_prevention"), f.amount("oscar.tarif_horaire"))
	r.Relevant = f.need("household_help")
}

// generalSchemeCond is the condition of the Assurance retraite's own aids (OSCAR, ARDH).
// When the person belongs to another scheme, it says where to ask instead: a refusal shows
// only its failing conditions, so the pointer must be in what was seen.
func (f *facts) generalSchemeCond(label string) Condition {
	p := f.s.Person
	t, seen := Unknown, unknownSeen
	if p.PensionScheme != nil {
		t, seen = Bool(*p.PensionScheme == "general"), pensionWords[*p.PensionScheme]
		if t == No {
			seen += " : demandez à sa caisse de retraite principale son aide équivalente"
		}
	}
	return cond(label, "Action sociale de l'Assurance retraite", t, seen, "person.pension_scheme")
}

var pensionWords = map[string]string{
	"general":       "régime général",
	"agricultural":  "régime agricole (MSA)",
	"mines":         "régime minier",
	"public":        "fonction publique",
	"self_employed": "indépendants",
	"other":         "autre régime",
}

func ruleARDH(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(cond("La personne sort d'une hospitalisation", "Action sociale de l'Assurance retraite (ARDH)", triOf(p.RecentHospitalisation), boolSeen(p.RecentHospitalisation, "oui", "non"), "person.recent_hospitalisation"))
	sc := f.generalSchemeCond("La personne est retraitée du régime général")
	scheme := sc.Result
	r.add(sc)
	r.add(cond("La personne ne reçoit pas l'APA", "Action sociale de l'Assurance retraite", Not(triOf(p.ReceivesAPA)), boolSeen(p.ReceivesAPA, "elle la reçoit", "non"), "person.receives_apa"))
	r.add(f.ageAtLeast(55, "Action sociale de l'Assurance retraite (ARDH)"))
	r.add(f.homeCond("La personne rentre vivre à domicile (pas en établissement)", "Action sociale de l'Assurance retraite (ARDH)"))
	r.amount(f.amount("ardh.plafond"), f.amount("ardh.duree_mois"))
	r.Urgent = p.RecentHospitalisation != nil && *p.RecentHospitalisation && scheme != No && f.atHome() != No
	r.note("À demander avant la sortie, avec le service social de l'hôpital.")
}

// --- home services -----------------------------------------------------------------

func ruleSAD(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L313-1-3"))
	r.amount(f.amount("sad.tarif_plancher"))
	r.Relevant = Or(f.need("household_help"), f.girIn(1, 4))
}

func ruleCESU(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "Code du travail art. L1271-1 (CESU)"))
	r.Relevant = f.need("household_help")
}

func ruleCreditImpotServices(f *facts, r *ItemResult) {
	r.add(f.homeCond("Les services sont rendus au domicile de la personne", "CGI art. 199 sexdecies"))
	r.Relevant = Or(f.need("household_help"), f.need("alarm"), f.need("meals"))
	r.amount(f.amount("credit_impot_services.taux"))
	base := f.amount("credit_impot_services.plafond")
	maj := f.amount("credit_impot_services.majoration")
	maxq := f.amount("credit_impot_services.plafond_max")
	inval := f.amount("credit_impot_services.plafond_invalidite")
	switch {
	case f.disability(func(d int) bool { return d >= 80 }) == Yes && inval.Found:
		q := *inval
		q.Label = "Plafond annuel de dépenses (membre du foyer invalide, carte à 80 %)"
		r.amount(&q)
	case f.age(func(a int) bool { return a > 65 }) == Yes && base.Found && maj.Found && maxq.Found:
		r.amount(&Quantity{ID: "credit_impot_services.plafond_estime", Label: "Plafond annuel de dépenses estimé (personne de plus de 65 ans)", Unit: UnitEuros,
			Num: min(base.Num+maj.Num, maxq.Num), Found: true, AsOf: base.AsOf, Confidence: Weakest(base.Confidence, maj.Confidence), Source: "CGI art. 199 sexdecies"})
	default:
		r.amount(base)
	}
	r.note("Le crédit d'impôt est versé même si la personne ne paie pas d'impôt. L'avance immédiate (Urssaf) évite d'attendre l'année suivante.")
}

func ruleExoneration(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(f.homeCond("La personne emploie quelqu'un chez elle", "CSS art. L241-10"))
	age70 := f.ageAtLeast(70, "CSS art. L241-10 I a")
	// the 70-year limit is per household (foyer): a spouse of 70 or more opens it too
	spouse := Unknown
	if c := p.Couple; c != nil && !*c {
		spouse = No
	}
	spouse70 := cond("Ou : son conjoint a 70 ans ou plus", "CSS art. L241-10 I a (par foyer)", spouse, boolSeen(p.Couple, "en couple : âge du conjoint inconnu", "seule"), "person.couple")
	apa := cond("Ou : elle reçoit l'APA", "CSS art. L241-10 I e", triOf(p.ReceivesAPA), boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA"), "person.receives_apa")
	if p.ReceivesPCH != nil && *p.ReceivesPCH {
		// c) the PCH opens it too (asked only when an incapacity of 50 % or more is known)
		apa = cond("Ou : elle reçoit la PCH", "CSS art. L241-10 I c", Yes, "reçoit la PCH")
	}
	// e) the loss of autonomy of the APA (GIR 1 to 4) is enough, even without the APA
	dep := f.girIn(1, 4)
	if dep == Yes && f.girEstimated {
		dep = Unknown // to be recognised by an evaluation
	}
	gir := cond("Ou : sa perte d'autonomie est reconnue (GIR 1 à 4)", "CSS art. L241-10 I e", dep, f.girSeen(), "person.gir")
	c := anyCond("La personne (ou son conjoint) a 70 ans ou plus, ou elle reçoit l'APA ou est en GIR 1 à 4", "CSS art. L241-10 I", age70, spouse70, apa, gir)
	if c.Result == No {
		// c) the PCH and the MTP open it too; the guide does not ask about them
		c.Seen += " : possible aussi avec la PCH ou une majoration pour tierce personne (MTP), à vérifier sur ses décisions"
	}
	r.add(c)
	if apa.Result == Yes || gir.Result == Yes {
		r.note("Avec l'APA ou une perte d'autonomie reconnue, l'exonération n'a pas de plafond.")
	} else {
		r.amount(f.amount("exoneration.plafond_mensuel"))
	}
	r.Relevant = f.need("household_help")
}

func ruleTeleassistance(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L232-3 (plan d'aide APA)"))
	r.Relevant = f.need("alarm")
	r.note("Peut être payée par le plan d'aide APA, ou par la caisse de retraite pour les GIR 5 et 6 ; ouvre droit au crédit d'impôt de 50 %.")
}

func rulePortageRepas(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L232-3 (plan d'aide APA)"))
	r.Relevant = f.need("meals")
}

// --- housing adaptation --------------------------------------------------------------

var ileDeFrance = map[string]bool{"75": true, "77": true, "78": true, "91": true, "92": true, "93": true, "94": true, "95": true}

func ruleMaPrimeAdapt(f *facts, r *ItemResult) {
	p := f.s.Person
	h, seen := Unknown, unknownSeen
	if p.Housing != nil {
		h = Bool(*p.Housing == "owner" || *p.Housing == "private_tenant")
		seen = housingWords[*p.Housing]
	}
	if f.inInstitution() == Yes {
		// the prime adapts the home one lives in: a resident no longer occupies one
		h, seen = No, f.residenceSeen()
	}
	r.add(cond("La personne est propriétaire occupante ou locataire du parc privé", "Anah, règlement de MaPrimeAdapt'", h, seen, "person.housing"))
	age70 := f.ageAtLeast(70, "Anah, règlement de MaPrimeAdapt'")
	age60gir := cond("Ou : 60 à 69 ans avec un GIR évalué (1 à 6)", "Anah, règlement de MaPrimeAdapt'",
		And(f.age(func(a int) bool { return a >= 60 && a < 70 }), Bool(f.gir != 0 && !f.girEstimated)), f.ageSeen()+", "+f.girSeen(), "person.age", "person.gir")
	if f.gir == 0 || f.girEstimated {
		// a GIR estimated from the AGGIR answers is not an evaluation, but one can be asked for
		age60gir.Result = And(f.age(func(a int) bool { return a >= 60 && a < 70 }), Unknown)
		if f.girEstimated {
			age60gir.Seen += " : à faire évaluer"
		}
	}
	dis := cond("Ou : un taux d'incapacité d'au moins 50 %", "Anah, règlement de MaPrimeAdapt'", f.disability(func(d int) bool { return d >= 50 }), f.disabilitySeen(), "person.disability_rate")
	r.add(anyCond("La personne a 70 ans ou plus, ou 60 à 69 ans avec un GIR, ou une incapacité d'au moins 50 %", "Anah, règlement de MaPrimeAdapt'", age70, age60gir, dis))
	r.add(cond("Le revenu fiscal de référence du foyer est sous les plafonds de l'Anah (ménages modestes ou très modestes)", "Anah, barème de revenus", Unknown, "à vérifier sur l'avis d'impôt", "person.monthly_resources"))
	r.amount(f.amount("maprimeadapt.taux_tres_modeste"), f.amount("maprimeadapt.taux_modeste"), f.amount("maprimeadapt.plafond_travaux"))
	zone := "rfr"
	if ileDeFrance[f.department()] {
		zone = "rfr_idf"
	}
	size := "1" // persons in the tax household: a couple is two
	if c := p.Couple; c != nil && *c {
		size = "2"
	}
	r.amount(f.amount("maprimeadapt."+zone+".tres_modeste."+size), f.amount("maprimeadapt."+zone+".modeste."+size))
	r.Relevant = f.need("home_adaptation")
}

var housingWords = map[string]string{
	"owner":          "propriétaire",
	"private_tenant": "locataire du parc privé",
	"social_tenant":  "locataire d'un logement social",
	"hosted":         "hébergée",
}

func ruleCreditImpotAdaptation(f *facts, r *ItemResult) {
	end := f.amount("credit_impot_adaptation.fin_depenses")
	var endDate time.Time
	if end.Found {
		endDate, _ = time.Parse("2006-01-02", end.Text)
	}
	period := Unknown
	seen := "après le " + end.Format() + " : prolongation non confirmée"
	if !endDate.IsZero() && !f.d.After(endDate) {
		period, seen = Yes, "dépenses payées jusqu'au "+end.Format()
	}
	r.add(cond("Les dépenses sont payées pendant la période couverte par la loi", "CGI art. 200 quater A", period, seen))
	r.add(anyCond("La personne est en perte d'autonomie (60 ans ou plus, GIR 1 à 4) ou handicapée", "CGI art. 200 quater A",
		cond("60 ans ou plus et GIR 1 à 4", "CGI art. 200 quater A", And(f.age(func(a int) bool { return a >= 60 }), f.girIn(1, 4)), f.ageSeen()+", "+f.girSeen(), "person.age", "person.gir"),
		cond("Incapacité d'au moins 50 %", "CGI art. 200 quater A", f.disability(func(d int) bool { return d >= 50 }), f.disabilitySeen(), "person.disability_rate")))
	// since 2024, only between a floor (above the MaPrimeAdapt' ceilings, so the two do not
	// add up) and a ceiling of income
	r.add(cond("Les revenus du foyer sont au-dessus des plafonds de MaPrimeAdapt' et sous le plafond du crédit d'impôt", "CGI art. 200 quater A (loi de finances 2024)", Unknown, "à vérifier sur l'avis d'impôt", "person.monthly_resources"))
	r.amount(f.amount("credit_impot_adaptation.taux"), f.amount("credit_impot_adaptation.plafond_seul"), f.amount("credit_impot_adaptation.plafond_couple"))
	if period == Unknown {
		r.note("La loi prévoyait ce crédit d'impôt pour les dépenses payées jusqu'au 31 décembre 2025 ; sa prolongation n'est pas confirmée. Vérifiez auprès des impôts avant d'engager des frais.")
	}
	r.Relevant = f.need("home_adaptation")
}

// --- places to live, respite ---------------------------------------------------------

func (f *facts) respiteRelevance() Tri {
	return Or(f.need("respite"), triOf(f.s.Caregiver.Exhausted))
}

func ruleAccueilDeJour(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L312-1 (accueil de jour)"))
	r.Relevant = Or(f.respiteRelevance(), triOf(f.s.Person.MemoryDisorders))
	r.note("Peut être payé par le plan d'aide APA, y compris par la majoration pour le répit de l'aidant.")
}

func ruleHebergementTemporaire(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L312-1 (hébergement temporaire)"))
	c := f.s.Caregiver
	r.Relevant = Or(f.respiteRelevance(), triOf(c.HospitalisationPlanned), triOf(f.s.Person.RecentHospitalisation))
	if f.s.Person.RecentHospitalisation != nil && *f.s.Person.RecentHospitalisation {
		r.note("En sortie d'hospitalisation, un hébergement temporaire en EHPAD est possible jusqu'à " + f.amount("hebergement_temporaire.sortie_hospitalisation_jours").Format() + ", avec un reste à charge ramené au forfait journalier hospitalier.")
	}
	if c.Exhausted != nil && *c.Exhausted {
		r.Urgent = true
	}
}

func ruleRelayage(f *facts, r *ItemResult) {
	r.add(f.homeCond("La personne vit à domicile", "Loi du 15 novembre 2024 (relayage)"))
	r.amount(f.amount("relayage.jours_consecutifs"))
	r.Relevant = f.respiteRelevance()
	r.note("Le service n'existe pas partout : demandez au point d'information local ou à la plateforme de répit.")
}

func ruleSoutienAidants(f *facts, r *ItemResult) {
	r.Relevant = Or(f.respiteRelevance(), f.relIn(Relationships...))
	if f.s.Caregiver.Exhausted != nil && *f.s.Caregiver.Exhausted {
		r.Urgent = true
	}
}

func ruleConsultationMemoire(f *facts, r *ItemResult) {
	r.Relevant = triOf(f.s.Person.MemoryDisorders)
	r.note("Le médecin traitant adresse la personne à la consultation mémoire.")
}

func ruleAccueilFamilial(f *facts, r *ItemResult) {
	r.add(f.ageAtLeast(60, "CASF art. L441-1"))
	r.amount(f.amount("accueil_familial.remuneration_jour"))
}

func ruleEHPAD(f *facts, r *ItemResult) {
	r.add(f.ageAtLeast(60, "CASF art. L312-1 6° (dérogation possible avant 60 ans)"))
	r.Relevant = Or(f.inInstitution(), f.girIn(1, 2))
}

func ruleASH(f *facts, r *ItemResult) {
	r.add(f.age65or60Unfit())
	// placement in an establishment or with a host family (L231-4); the host family's
	// agrément is an habilitation to receive aid beneficiaries unless it says otherwise
	// (L441-1); a résidence autonomie must be habilitée
	place, seen := f.inInstitution(), f.residenceSeen()
	if res := f.s.Person.Residence; res != nil {
		switch *res {
		case "host_family":
			place, seen = Yes, seen+" (agrément valant habilitation, sauf mention contraire)"
		case "residence_autonomie":
			place, seen = Unknown, seen+" : si la résidence est habilitée à l'aide sociale"
		case "home", "relative_home":
			seen += " : à demander à l'entrée en établissement ou en accueil familial"
		}
	}
	r.add(cond("La personne vit ou va vivre en établissement (ou chez un accueillant familial) habilité à l'aide sociale", "CASF art. L231-4 et L441-1", place, seen, "person.residence"))
	r.add(cond("Ses ressources ne suffisent pas à payer l'hébergement", "CASF art. L132-1", Unknown, "à comparer au prix de journée", "person.monthly_resources"))
	r.amount(f.amount("ash.reste_a_vivre"))
	r.note("L'ASH est récupérable sur la succession dès le premier euro. Les enfants sont sollicités au titre de l'obligation alimentaire (pas les petits-enfants depuis le 10 avril 2024).")
}

func ruleAidesLogement(f *facts, r *ItemResult) {
	p := f.s.Person
	t, seen := Unknown, unknownSeen
	switch {
	case p.Residence != nil && (*p.Residence == "institution" || *p.Residence == "residence_autonomie"):
		t, seen = Yes, f.residenceSeen()
	case p.Residence != nil && *p.Residence == "host_family":
		// the contract with the accueillant familial includes a rent for the room (D442-2)
		t, seen = Yes, f.residenceSeen()+" (loyer de la pièce)"
	case p.Housing != nil:
		t = Bool(*p.Housing == "private_tenant" || *p.Housing == "social_tenant")
		seen = housingWords[*p.Housing]
	}
	r.add(cond("La personne paie un loyer ou un hébergement (locataire, EHPAD, résidence autonomie ou accueil familial)", "CCH art. L821-1 et CSS (APL, ALS)", t, seen, "person.housing", "person.residence"))
	r.add(cond("Ses ressources sont assez basses (la CAF ou la MSA calcule)", "CCH art. L822-1", Unknown, "calcul de la CAF", "person.monthly_resources"))
	r.note("Pas d'aide au logement pendant un hébergement temporaire.")
}

// --- caregiver -----------------------------------------------------------------------

// apaDecisionCond is D3142-8 3° to 5°: a copy of the APA decision (4°), of a decision
// founded on an incapacity of at least 80 % (3°), or of a majoration pour tierce personne
// (MTP, PCRTP… 5°), which the guide does not ask. A GIR evaluated without an APA decision
// is not enough.
func (f *facts) apaDecisionCond() Condition {
	p := f.s.Person
	apa := triOf(p.ReceivesAPA)
	seen := boolSeen(p.ReceivesAPA, "l'APA est accordée", "pas d'APA")
	facts := []string{"person.receives_apa"}
	if apa == No && f.girIn(1, 4) != No {
		if pays, _ := f.fusionPaysAPA(); f.inInstitution() == Yes && pays == No {
			// no APA in an establishment in this département: nothing to ask for
			seen = "pas d'APA en établissement dans ce département (expérimentation 2025-2026) : il faut une autre pièce"
		} else {
			// the APA can still be asked for: the leave becomes possible once it is granted
			apa = Unknown
			seen = "pas encore d'APA : demandez-la d'abord"
			if f.gir != 0 {
				seen = "pas encore d'APA (" + f.girSeen() + ") : demandez-la d'abord"
			}
			facts = []string{"person.gir"}
		}
	}
	dis := f.disability(func(d int) bool { return d >= 80 })
	c := cond("La personne aidée a une décision d'APA (ou une incapacité d'au moins 80 %, ou une majoration pour tierce personne)", "Code du travail art. D3142-8 (3° à 5°)",
		Or(apa, dis), seen, append(facts, "person.disability_rate")...)
	switch c.Result {
	case Yes:
		if dis == Yes {
			c.Seen = "incapacité " + f.disabilitySeen()
		}
	case No:
		c.Seen += " : possible aussi avec une majoration pour tierce personne (MTP, PCRTP), à vérifier sur ses décisions"
	}
	return c
}

func (f *facts) relationCond(basis string) Condition {
	t := Unknown
	if f.relationship() != "" {
		t = Yes // every relationship qualifies, a friend or neighbour if the help is regular and close
	}
	return cond("L'aidant est un proche (famille, conjoint, ou personne aidée régulièrement et de près)", basis, t, f.relationshipSeen(), "caregiver.relationship")
}

func ruleCongeProcheAidant(f *facts, r *ItemResult) {
	r.add(cond("L'aidant est salarié ou agent public", "Code du travail art. L3142-16", f.empIn("employee", "public_servant"), f.employmentSeen(), "caregiver.employment"))
	r.add(f.relationCond("Code du travail art. L3142-16"))
	r.add(f.apaDecisionCond())
	r.note("Pas de condition d'ancienneté depuis le 1er janvier 2020. L'employeur ne peut pas refuser si les conditions et le délai de prévenance sont respectés.")
}

func ruleAJPA(f *facts, r *ItemResult) {
	e := f.empIn("employee", "public_servant", "self_employed", "jobseeker")
	c := cond("L'aidant arrête ou réduit son activité : salarié, agent public, indépendant, ou demandeur d'emploi indemnisé", "CSS art. L168-8", e, f.employmentSeen(), "caregiver.employment")
	if f.employment() == "jobseeker" {
		c.Result, c.Seen = Unknown, "demandeur d'emploi : seulement s'il est indemnisé (l'allocation chômage est alors suspendue)"
		c.Facts = []string{"caregiver.employment"}
	}
	if f.employment() == "retired" {
		c.Seen = "retraité sans activité : pas d'AJPA"
	}
	r.add(c)
	r.add(f.relationCond("CSS art. L168-8"))
	r.add(f.apaDecisionCond())
	r.amount(f.amount("ajpa.jour"), f.amount("ajpa.demi_jour"), f.amount("ajpa.max_mois"), f.amount("ajpa.max_personne"), f.amount("ajpa.max_carriere"))
	if f.relIn("child", "grandchild", "other_family", "in_law", "sibling", "friend_neighbour") == Yes {
		r.note("On ne peut pas toucher l'AJPA pour les jours où l'on est payé comme salarié de la personne aidée avec l'APA.")
	}
}

func ruleCongeSolidarite(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(cond("La personne aidée est en fin de vie (maladie grave en phase avancée ou terminale)", "Code du travail art. L3142-6", triOf(p.EndOfLife), boolSeen(p.EndOfLife, "oui", "non"), "person.end_of_life"))
	r.add(cond("L'aidant est salarié ou agent public", "Code du travail art. L3142-6", f.empIn("employee", "public_servant"), f.employmentSeen(), "caregiver.employment"))
	r.add(f.endOfLifeRelCond("Code du travail art. L3142-6"))
	r.Urgent = p.EndOfLife != nil && *p.EndOfLife
}

// endOfLifeRelCond is who may accompany a person at the end of life: an ascendant, a
// descendant, a brother or sister, someone who shares the home, or the personne de
// confiance (Code du travail L3142-6 for the leave; CSS L168-1 for the AJAP, which
// names the same people).
func (f *facts) endOfLifeRelCond(basis string) Condition {
	c := f.s.Caregiver
	rel := f.relIn("child", "grandchild", "sibling")
	seen := f.relationshipSeen()
	if rel != Yes && c.LivesWithPerson != nil && *c.LivesWithPerson {
		rel, seen = Yes, seen+", vit avec la personne"
	} else if rel == No {
		rel = Unknown // could still be the personne de confiance
		seen += " : possible si l'aidant vit avec elle ou est sa personne de confiance"
	}
	return cond("L'aidant est un ascendant, un descendant, un frère ou une sœur, vit avec la personne, ou est sa personne de confiance", basis, rel, seen, "caregiver.relationship", "caregiver.lives_with_person")
}

func ruleAJAP(f *facts, r *ItemResult) {
	p := f.s.Person
	r.add(cond("La personne aidée est en fin de vie", "CSS art. L168-1", triOf(p.EndOfLife), boolSeen(p.EndOfLife, "oui", "non"), "person.end_of_life"))
	e := f.empIn("employee", "public_servant", "self_employed", "jobseeker")
	c := cond("L'aidant suspend ou réduit son activité (salarié, agent public, indépendant, demandeur d'emploi indemnisé)", "CSS art. L168-1", e, f.employmentSeen(), "caregiver.employment")
	if f.employment() == "jobseeker" {
		c.Result, c.Seen, c.Facts = Unknown, "demandeur d'emploi : seulement s'il est indemnisé", []string{"caregiver.employment"}
	}
	r.add(c)
	r.add(f.endOfLifeRelCond("CSS art. L168-1"))
	r.add(cond("L'accompagnement a lieu à domicile (chez la personne, chez l'aidant, chez un tiers ou en EHPAD), pas à l'hôpital", "CSS art. L168-1", Yes, "domicile au sens large"))
	r.amount(f.amount("ajap.jour"), f.amount("ajap.demi_jour"), f.amount("ajap.nombre_jours"), f.amount("ajap.nombre_demi_jours"))
	r.Urgent = p.EndOfLife != nil && *p.EndOfLife
}

func (f *facts) apaAtHomeCond(basis string) Condition {
	p := f.s.Person
	t := And(triOf(p.ReceivesAPA), f.atHome())
	seen := boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA")
	if p.ReceivesAPA != nil && !*p.ReceivesAPA && f.girIn(1, 4) != No && f.atHome() != No {
		t, seen = Unknown, "pas encore d'APA : demandez-la d'abord"
	}
	return cond("La personne aidée reçoit l'APA à domicile", basis, t, seen+", "+f.residenceSeen(), "person.receives_apa", "person.residence")
}

func ruleRepit(f *facts, r *ItemResult) {
	r.add(f.apaAtHomeCond("CASF art. L232-3-2"))
	r.add(f.relationCond("CASF art. L232-3-2"))
	r.amount(f.amount("apa.repit"))
	r.note("L'équipe médico-sociale vérifie que l'aidant ne peut pas être remplacé par un autre proche et évalue son besoin de répit.")
	r.Relevant = f.respiteRelevance()
	if f.s.Caregiver.Exhausted != nil && *f.s.Caregiver.Exhausted {
		r.Urgent = true
	}
}

func ruleRelaisHospitalisation(f *facts, r *ItemResult) {
	c := f.s.Caregiver
	r.add(cond("L'aidant doit être hospitalisé", "CASF art. L232-3-3", triOf(c.HospitalisationPlanned), boolSeen(c.HospitalisationPlanned, "oui", "non"), "caregiver.hospitalisation_planned"))
	r.add(f.apaAtHomeCond("CASF art. L232-3-3"))
	r.add(f.relationCond("CASF art. L232-3-3"))
	r.amount(f.amount("apa.hospitalisation_aidant"))
	r.Urgent = c.HospitalisationPlanned != nil && *c.HospitalisationPlanned
}

func ruleAidantSalarie(f *facts, r *ItemResult) {
	p := f.s.Person
	t := triOf(p.ReceivesAPA)
	seen := boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA")
	if t == No && f.girIn(1, 4) != No {
		t, seen = Unknown, "pas encore d'APA : demandez-la d'abord"
	}
	r.add(cond("La personne aidée reçoit l'APA", "CASF art. L232-7", t, seen, "person.receives_apa"))
	r.add(cond("L'aidant n'est pas son conjoint, concubin ou partenaire de PACS", "CASF art. L232-7", Not(f.relIn("spouse")), f.relationshipSeen(), "caregiver.relationship"))
	r.add(f.homeCond("La personne vit à domicile", "CASF art. L232-6"))
	r.note("L'emploi d'un membre de la famille se déclare au département dans le mois ; le salaire suit au moins le SMIC et la convention des particuliers employeurs.")
}

func ruleObligationAlimentaire(f *facts, r *ItemResult) {
	r.Relevant = Or(f.inInstitution(), f.relIn("child", "in_law"))
}

func ruleDeductionAscendant(f *facts, r *ItemResult) {
	c := f.s.Caregiver
	desc := cond("L'aidant est un enfant, petit-enfant, gendre ou belle-fille de la personne", "CGI art. 156 II 2° ; Code civil art. 205 et 206", f.relIn("child", "grandchild", "in_law"), f.relationshipSeen(), "caregiver.relationship")
	if f.relationship() == "in_law" {
		// only sons- and daughters-in-law owe maintenance to their parents-in-law (art. 206),
		// not brothers- or sisters-in-law: the answer does not say which
		desc.Result, desc.Seen = Unknown, "belle-famille : oui pour un gendre ou une belle-fille, non pour un beau-frère ou une belle-sœur"
	}
	hosted := cond("Ou : il héberge chez lui une personne de plus de 75 ans aux revenus modestes", "CGI art. 156 II 2° ter",
		And(triOf(c.HostsPerson), f.age(func(a int) bool { return a > 75 }), f.resourcesUnder(f.amount("aspa.seul"))),
		boolSeen(c.HostsPerson, "l'héberge", "ne l'héberge pas")+", "+f.ageSeen(), "caregiver.hosts_person", "person.age", "person.monthly_resources")
	r.add(anyCond("L'aidant aide un parent (ou héberge une personne âgée de plus de 75 ans)", "CGI art. 156", desc, hosted))
	if c.HostsPerson != nil && *c.HostsPerson {
		r.amount(f.amount("deduction_ascendant.forfait"))
	} else {
		r.note("Une pension versée à un parent dans le besoin se déduit sur justificatifs ; si le parent vit chez l'aidant, une déduction forfaitaire sans justificatif est admise.")
	}
}

func ruleLegalInfo(f *facts, r *ItemResult) {
	r.Relevant = Or(f.need("legal_protection"), triOf(f.s.Person.MemoryDisorders))
}

func ruleHabilitationFamiliale(f *facts, r *ItemResult) {
	r.add(cond("La personne ne peut plus exprimer sa volonté ni gérer ses intérêts (certificat d'un médecin inscrit)", "Code civil art. 494-1", Unknown, "à faire constater par un médecin inscrit", "person.memory_disorders"))
	// the judge chooses among the ascendants, descendants, brothers and sisters and the
	// spouse: a caregiver outside that circle cannot be habilité, but another relative can
	rel, seen := f.relIn("spouse", "child", "grandchild", "sibling"), f.relationshipSeen()
	if rel == No {
		rel, seen = Unknown, seen+" : seul un enfant, petit-enfant, parent, frère, sœur ou le conjoint de la personne peut être habilité"
	}
	r.add(cond("Un proche parent peut être habilité (enfant, petit-enfant, conjoint, frère ou sœur)", "Code civil art. 494-1", rel, seen, "caregiver.relationship"))
	r.Relevant = Or(f.need("legal_protection"), triOf(f.s.Person.MemoryDisorders))
}

func ruleTutelle(f *facts, r *ItemResult) {
	r.add(cond("Les facultés de la personne sont altérées (certificat d'un médecin inscrit)", "Code civil art. 425 et 440", Unknown, "à faire constater par un médecin inscrit", "person.memory_disorders"))
	r.Relevant = Or(f.need("legal_protection"), triOf(f.s.Person.MemoryDisorders))
}

func ruleMines(f *facts, r *ItemResult) {
	p := f.s.Person
	t, seen := Unknown, unknownSeen
	if p.PensionScheme != nil {
		t, seen = Bool(*p.PensionScheme == "mines"), pensionWords[*p.PensionScheme]
	}
	r.add(cond("La personne aidée relève du régime minier", "Action sanitaire et sociale de l'ANGDM et de la CANSSM", t, seen, "person.pension_scheme"))
}

func ruleServiceSocial(f *facts, r *ItemResult) {
	r.Relevant = Or(triOf(f.s.Caregiver.Exhausted), triOf(f.s.Person.RecentHospitalisation))
}

func ruleEcoute(f *facts, r *ItemResult) {
	ex := f.s.Caregiver.Exhausted
	r.Relevant = triOf(ex)
	r.Urgent = ex != nil && *ex
}

func ruleCMI(f *facts, r *ItemResult) {
	p := f.s.Person
	apaGIR12 := cond("Elle reçoit l'APA en GIR 1 ou 2", "CASF art. L241-3 et R241-12 III",
		And(triOf(p.ReceivesAPA), f.girIn(1, 2)), boolSeen(p.ReceivesAPA, "reçoit l'APA", "pas d'APA")+", "+f.girSeen(), "person.receives_apa", "person.gir")
	if apaGIR12.Result == No && p.ReceivesAPA != nil && !*p.ReceivesAPA && f.girIn(1, 2) != No {
		apaGIR12.Result, apaGIR12.Facts = Unknown, []string{"person.gir"}
	}
	dis := cond("Ou : une incapacité d'au moins 80 % (demande à la MDPH)", "CASF art. L241-3", f.disability(func(d int) bool { return d >= 80 }), f.disabilitySeen(), "person.disability_rate")
	r.add(anyCond("La personne reçoit l'APA en GIR 1 ou 2, ou a une incapacité d'au moins 80 %", "CASF art. L241-3", apaGIR12, dis))
	r.amount(f.amount("cmi.fin_anciennes_cartes"))
}

func ruleNothing(*facts, *ItemResult) {}
