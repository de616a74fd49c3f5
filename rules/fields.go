package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// The fact table: every field of a Situation is declared here once, with its id (the JSON
// path of the input contract), its kind and bounds, its choices and their French words,
// and how to read, set, clear and know it. Validate, the rules (known facts, "seen"
// words), the questions, the answers list and the summaries all read it.
//
// Adding a field: the struct field in situation.go, one row in Fields below (and a FactID
// constant), optionally one question in guide/questions.go. TestFactTable checks that
// every struct field has its row.

// FactID names a situation field by its JSON path ("person.age"). It is what conditions
// list as missing facts and what questions ask.
type FactID string

// The situation's facts.
const (
	FactAge                    FactID = "person.age"
	FactSex                    FactID = "person.sex"
	FactCommune                FactID = "person.commune"
	FactDepartment             FactID = "person.department"
	FactResidence              FactID = "person.residence"
	FactGIR                    FactID = "person.gir"
	FactAGGIR                  FactID = "person.aggir"
	FactMonthlyResources       FactID = "person.monthly_resources"
	FactCouple                 FactID = "person.couple"
	FactReceivesAPA            FactID = "person.receives_apa"
	FactAPAPlanAmount          FactID = "person.apa_plan_amount"
	FactDisabilityRate         FactID = "person.disability_rate"
	FactEndOfLife              FactID = "person.end_of_life"
	FactMemoryDisorders        FactID = "person.memory_disorders"
	FactUrgent                 FactID = "person.urgent"
	FactRecentHospitalisation  FactID = "person.recent_hospitalisation"
	FactHousing                FactID = "person.housing"
	FactPensionScheme          FactID = "person.pension_scheme"
	FactReceivesASPA           FactID = "person.receives_aspa"
	FactReceivesPCH            FactID = "person.receives_pch"
	FactDisabilityBefore60     FactID = "person.disability_before_60"
	FactEHPADAccommodation     FactID = "person.ehpad_accommodation_daily"
	FactEHPADDependency        FactID = "person.ehpad_dependency_daily"
	FactEHPADDependency56      FactID = "person.ehpad_dependency_gir56_daily"
	FactEmploysHomeHelp        FactID = "person.employs_home_help"
	FactRelationship           FactID = "caregiver.relationship"
	FactCaregiverSex           FactID = "caregiver.sex"
	FactLivesWithPerson        FactID = "caregiver.lives_with_person"
	FactEmployment             FactID = "caregiver.employment"
	FactExhausted              FactID = "caregiver.exhausted"
	FactHospitalisationPlanned FactID = "caregiver.hospitalisation_planned"
	FactHostsPerson            FactID = "caregiver.hosts_person"
	FactPaysSupport            FactID = "caregiver.pays_support"
	FactNeeds                  FactID = "needs"
)

// FieldKind is the type of a field's value.
type FieldKind string

// Kinds of fields.
const (
	FieldInt    FieldKind = "int"    // whole number within Min..Max (may offer Choices, like the GIR)
	FieldEuros  FieldKind = "euros"  // an amount of money per month, 0..MaxEuros
	FieldBool   FieldKind = "bool"   // yes or no; Choices "yes" and "no" carry the summary words
	FieldEnum   FieldKind = "enum"   // one value among Choices
	FieldSet    FieldKind = "set"    // several distinct values among Choices
	FieldAGGIR  FieldKind = "aggir"  // the AGGIR grid's answers
	FieldString FieldKind = "string" // free text checked by a function (département)
)

// Choice is one possible value of a field, with its French words.
type Choice struct {
	Value string // the contract's value: "home"
	Label string // as the question offers it, and in the answers list: "Chez elle"
	// Seen is the value as a condition's "vu" says it in the plan: "à son domicile".
	Seen string
	// Summary is the value in the one-line summary of the situation ("vit chez elle",
	// "reçoit l'APA"); empty: not mentioned.
	Summary string
}

// Field is one row of the fact table.
type Field struct {
	ID    FactID
	Kind  FieldKind
	Short string // a few words naming it in the answers list: "Âge"
	// Min and Max bound a FieldInt; Unit follows the number when it is said ("ans", "%";
	// for FieldEuros "par jour", "par mois" when empty).
	Min, Max int
	Unit     string
	// What names the expected value in error messages: "un âge en années".
	What string
	// Expected lists the accepted texts of a FieldString, for its error message.
	Expected string
	Choices  []Choice
	valid    func(string) bool // FieldString: accepted values
	at       func(*Situation) any
}

// Fields is the fact table, in the order of the Situation struct (Validate reports the
// first error in this order).
var Fields = []*Field{
	{ID: FactAge, Kind: FieldInt, Short: "Âge", Min: 0, Max: 125, Unit: "ans", What: "un âge en années",
		at: func(s *Situation) any { return &s.Person.Age }},
	// the words only (« elle », « il »): no rule reads it
	{ID: FactSex, Kind: FieldEnum, Short: "Femme ou homme", Choices: []Choice{
		{"female", "Une femme", "une femme", ""}, {"male", "Un homme", "un homme", ""}},
		at: func(s *Situation) any { return &s.Person.Sex }},
	{ID: FactCommune, Kind: FieldString, Short: "Commune", What: "un code de commune",
		Expected: "le code INSEE à 5 caractères, par exemple 23096 pour Guéret", valid: ValidCommuneCode,
		at: func(s *Situation) any { return &s.Person.Commune }},
	{ID: FactDepartment, Kind: FieldString, Short: "Commune ou département", What: "un numéro de département",
		Expected: "01 à 95, 2A, 2B ou 971 à 976", valid: ValidDepartment,
		at: func(s *Situation) any { return &s.Person.Department }},
	{ID: FactResidence, Kind: FieldEnum, Short: "Lieu de vie", Choices: []Choice{
		{"home", "Chez elle", "à son domicile", "{chez elle|chez lui}"},
		{"relative_home", "Chez un proche", "chez un proche", "chez un proche"},
		{"host_family", "Chez un accueillant familial", "chez un accueillant familial", "chez un accueillant familial"},
		{"residence_autonomie", "En résidence autonomie", "en résidence autonomie", "en résidence autonomie"},
		{"institution", "En établissement (EHPAD, USLD)", "en établissement (EHPAD, USLD)", "en établissement"}},
		at: func(s *Situation) any { return &s.Person.Residence }},
	{ID: FactGIR, Kind: FieldInt, Short: "GIR", Min: 1, Max: 6, What: "un GIR", Choices: []Choice{
		{"1", "GIR 1", "GIR 1", "GIR 1"}, {"2", "GIR 2", "GIR 2", "GIR 2"}, {"3", "GIR 3", "GIR 3", "GIR 3"},
		{"4", "GIR 4", "GIR 4", "GIR 4"}, {"5", "GIR 5", "GIR 5", "GIR 5"}, {"6", "GIR 6", "GIR 6", "GIR 6"}},
		at: func(s *Situation) any { return &s.Person.GIR }},
	{ID: FactAGGIR, Kind: FieldAGGIR, Short: "Grille AGGIR",
		at: func(s *Situation) any { return &s.Person.AGGIR }},
	{ID: FactMonthlyResources, Kind: FieldEuros, Short: "Ressources",
		at: func(s *Situation) any { return &s.Person.MonthlyResources }},
	{ID: FactCouple, Kind: FieldBool, Short: "En couple", Choices: yesNo("en couple", "{seule|seul}"),
		at: func(s *Situation) any { return &s.Person.Couple }},
	{ID: FactReceivesAPA, Kind: FieldBool, Short: "Reçoit l'APA", Choices: yesNo("reçoit l'APA", "ne reçoit pas l'APA"),
		at: func(s *Situation) any { return &s.Person.ReceivesAPA }},
	{ID: FactAPAPlanAmount, Kind: FieldEuros, Short: "Plan d'aide APA",
		at: func(s *Situation) any { return &s.Person.APAPlanAmount }},
	{ID: FactDisabilityRate, Kind: FieldInt, Short: "Taux d'incapacité", Min: 0, Max: 100, Unit: "%", What: "un taux en %",
		at: func(s *Situation) any { return &s.Person.DisabilityRate }},
	{ID: FactEndOfLife, Kind: FieldBool, Short: "Fin de vie", Choices: yesNo("fin de vie", ""),
		at: func(s *Situation) any { return &s.Person.EndOfLife }},
	{ID: FactMemoryDisorders, Kind: FieldBool, Short: "Troubles de la mémoire", Choices: yesNo("troubles de la mémoire", ""),
		at: func(s *Situation) any { return &s.Person.MemoryDisorders }},
	{ID: FactUrgent, Kind: FieldBool, Short: "Urgence", Choices: yesNo("situation urgente", ""),
		at: func(s *Situation) any { return &s.Person.Urgent }},
	{ID: FactRecentHospitalisation, Kind: FieldBool, Short: "Sortie d'hôpital", Choices: yesNo("", ""),
		at: func(s *Situation) any { return &s.Person.RecentHospitalisation }},
	{ID: FactHousing, Kind: FieldEnum, Short: "Logement", Choices: []Choice{
		{"owner", "Propriétaire", "propriétaire", ""},
		{"private_tenant", "Locataire d'un logement privé", "locataire du parc privé", ""},
		{"social_tenant", "Locataire d'un logement social (HLM)", "locataire d'un logement social", ""},
		{"hosted", "Hébergée (chez quelqu'un, à titre gratuit)", "{hébergée|hébergé}", ""}},
		at: func(s *Situation) any { return &s.Person.Housing }},
	{ID: FactPensionScheme, Kind: FieldEnum, Short: "Caisse de retraite", Choices: []Choice{
		{"general", "Régime général (Carsat)", "régime général", ""},
		{"agricultural", "Agricole (MSA)", "régime agricole (MSA)", ""},
		{"mines", "Mines", "régime minier", ""},
		{"public", "Fonction publique", "fonction publique", ""},
		{"self_employed", "Indépendants", "indépendants", ""},
		{"other", "Autre", "autre régime", ""}},
		at: func(s *Situation) any { return &s.Person.PensionScheme }},
	{ID: FactReceivesASPA, Kind: FieldBool, Short: "Minimum vieillesse (ASPA)", Choices: yesNo("", ""),
		at: func(s *Situation) any { return &s.Person.ReceivesASPA }},
	{ID: FactReceivesPCH, Kind: FieldBool, Short: "PCH", Choices: yesNo("", ""),
		at: func(s *Situation) any { return &s.Person.ReceivesPCH }},
	// the legal test of CASF L245-1 II 1°: the criteria met before 60, not only a disability
	{ID: FactDisabilityBefore60, Kind: FieldBool, Short: "Critères PCH remplis avant 60 ans", Choices: yesNo("", ""),
		at: func(s *Situation) any { return &s.Person.DisabilityBefore60 }},
	// the establishment's daily prices (euros per day), for the EHPAD estimate
	{ID: FactEHPADAccommodation, Kind: FieldEuros, Unit: "par jour", Short: "EHPAD : hébergement par jour",
		at: func(s *Situation) any { return &s.Person.EHPADAccommodationDaily }},
	{ID: FactEHPADDependency, Kind: FieldEuros, Unit: "par jour", Short: "EHPAD : dépendance du GIR par jour",
		at: func(s *Situation) any { return &s.Person.EHPADDependencyDaily }},
	{ID: FactEHPADDependency56, Kind: FieldEuros, Unit: "par jour", Short: "EHPAD : dépendance GIR 5-6 par jour",
		at: func(s *Situation) any { return &s.Person.EHPADDependency56Daily }},
	{ID: FactEmploysHomeHelp, Kind: FieldBool, Short: "Emploie quelqu'un à domicile", Choices: yesNo("emploie quelqu'un chez {elle|lui}", ""),
		at: func(s *Situation) any { return &s.Person.EmploysHomeHelp }},

	{ID: FactRelationship, Kind: FieldEnum, Short: "Lien de l'aidant", Choices: []Choice{
		{"spouse", "Son conjoint (mari, femme, concubin, PACS)", "conjoint, concubin ou partenaire de PACS", "son conjoint"},
		{"child", "Son enfant", "enfant", "son enfant"},
		{"grandchild", "Son petit-enfant", "petit-enfant", "son petit-enfant"},
		{"sibling", "Son frère ou sa sœur", "frère ou sœur", "son frère ou sa sœur"},
		{"other_family", "Autre membre de la famille", "autre membre de la famille", "un autre membre de sa famille"},
		{"in_law", "Belle-famille (gendre, belle-fille…)", "gendre, belle-fille ou autre membre de la belle-famille", "sa belle-famille"},
		{"friend_neighbour", "Ami ou voisin", "ami ou voisin", "un ami ou voisin"}},
		at: func(s *Situation) any { return &s.Caregiver.Relationship }},
	// the words only (« sa fille, salariée »): no rule reads it
	{ID: FactCaregiverSex, Kind: FieldEnum, Short: "Aidant", Choices: []Choice{
		{"female", "Une femme", "une femme", ""}, {"male", "Un homme", "un homme", ""}},
		at: func(s *Situation) any { return &s.Caregiver.Sex }},
	{ID: FactLivesWithPerson, Kind: FieldBool, Short: "L'aidant vit avec la personne", Choices: yesNo("vit avec la personne", ""),
		at: func(s *Situation) any { return &s.Caregiver.LivesWithPerson }},
	{ID: FactEmployment, Kind: FieldEnum, Short: "Travail de l'aidant", Choices: []Choice{
		{"employee", "Salarié", "{aidant:salariée|salarié}", "salarié"},
		{"public_servant", "Agent public", "{aidant:agente publique|agent public}", "agent public"},
		{"self_employed", "Indépendant", "{aidant:travailleuse indépendante|travailleur indépendant}", "indépendant"},
		{"jobseeker", "Demandeur d'emploi", "{aidant:demandeuse|demandeur} d'emploi", "demandeur d'emploi"},
		{"retired", "Retraité", "{aidant:retraitée|retraité}", "retraité"},
		{"not_working", "Sans activité", "sans activité professionnelle", "sans activité"}},
		at: func(s *Situation) any { return &s.Caregiver.Employment }},
	{ID: FactExhausted, Kind: FieldBool, Short: "Aidant épuisé", Choices: yesNo("épuisé", ""),
		at: func(s *Situation) any { return &s.Caregiver.Exhausted }},
	{ID: FactHospitalisationPlanned, Kind: FieldBool, Short: "Hospitalisation de l'aidant", Choices: yesNo("doit être hospitalisé", ""),
		at: func(s *Situation) any { return &s.Caregiver.HospitalisationPlanned }},
	{ID: FactHostsPerson, Kind: FieldBool, Short: "L'aidant l'héberge", Choices: yesNo("", ""),
		at: func(s *Situation) any { return &s.Caregiver.HostsPerson }},
	{ID: FactPaysSupport, Kind: FieldBool, Short: "L'aidant paie pour la personne", Choices: yesNo("", ""),
		at: func(s *Situation) any { return &s.Caregiver.PaysSupport }},

	{ID: FactNeeds, Kind: FieldSet, Short: "Besoins", Choices: []Choice{
		// Label is also the words of the need's signal in the rule book (« la famille a
		// choisi « Portage de repas » parmi ses besoins »), Seen what a service's need
		// condition saw
		{"household_help", "Aide à domicile (ménage, toilette, courses)", "aide à domicile demandée", "aide à domicile (ménage, toilette, courses)"},
		{"meals", "Portage de repas", "portage de repas demandé", "portage de repas"},
		{"alarm", "Téléassistance", "téléassistance demandée", "téléassistance"},
		{"home_adaptation", "Adapter le logement", "adaptation du logement demandée", "adapter le logement"},
		{"respite", "Du répit pour l'aidant", "répit demandé pour l'aidant", "du répit pour l'aidant"},
		{"legal_protection", "Protéger la personne (gestion, banque)", "protection de la personne demandée", "protéger la personne (gestion, banque)"}},
		at: func(s *Situation) any { return &s.Needs }},
}

// The yes and no values of a FieldBool, as the answers are stored by screens.
const (
	ValueYes = "yes"
	ValueNo  = "no"
)

func yesNo(summaryYes, summaryNo string) []Choice {
	return []Choice{{ValueYes, "Oui", "oui", summaryYes}, {ValueNo, "Non", "non", summaryNo}}
}

var fieldIndex = func() map[FactID]*Field {
	m := make(map[FactID]*Field, len(Fields))
	for _, f := range Fields {
		m[f.ID] = f
	}
	return m
}()

// fieldNames gives each fact its row in Fields, for the evaluation's hot path (fieldOf).
var fieldNames = func() *nameIndex {
	names := make([]string, len(Fields))
	for i, f := range Fields {
		names[i] = string(f.ID)
	}
	return newNameIndex(names)
}()

// fieldOf is FieldOf without a map lookup.
func fieldOf(id string) *Field {
	if i := fieldNames.find(id); i >= 0 {
		return Fields[i]
	}
	return nil
}

// FieldOf returns the row of a fact, or nil when no field has this id.
func FieldOf(id FactID) *Field { return fieldOf(string(id)) }

// Values are the contract values of the field's choices.
func (fd *Field) Values() []string {
	vs := make([]string, len(fd.Choices))
	for i, c := range fd.Choices {
		vs[i] = c.Value
	}
	return vs
}

// Choice returns the choice of a value, or nil.
func (fd *Field) Choice(v string) *Choice {
	for i := range fd.Choices {
		if fd.Choices[i].Value == v {
			return &fd.Choices[i]
		}
	}
	return nil
}

// ChoiceLabel is the label of a value, or the value itself when it is not a choice.
func (fd *Field) ChoiceLabel(v string) string {
	if c := fd.Choice(v); c != nil {
		return c.Label
	}
	return v
}

// SeenOf is the "seen" word of a field's value, "" when the value is not a choice.
func SeenOf(id FactID, v string) string {
	if fd := fieldOf(string(id)); fd != nil {
		if c := fd.Choice(v); c != nil {
			return c.Seen
		}
	}
	return ""
}

// SummaryOf is the summary word of a field's value ("" when the summary does not say it,
// the value itself when it is not one of the field's choices).
func SummaryOf(id FactID, v string) string {
	if fd := fieldIndex[id]; fd != nil {
		if c := fd.Choice(v); c != nil {
			return c.Summary
		}
	}
	return v
}

// BoolSummary is the summary word of a yes/no answer.
func BoolSummary(id FactID, b bool) string {
	if b {
		return SummaryOf(id, ValueYes)
	}
	return SummaryOf(id, ValueNo)
}

// Known reports whether the situation answers the field. The GIR is known when it is
// given (a decision or an evaluation); a GIR estimated from the AGGIR answers is not an
// answer to the GIR question (see EffectiveGIR).
func (fd *Field) Known(s *Situation) bool {
	switch p := fd.at(s).(type) {
	case **int:
		return *p != nil
	case **string:
		return *p != nil
	case **bool:
		return *p != nil
	case **Euros:
		return *p != nil
	case **[]string:
		return *p != nil
	case **AGGIR:
		return *p != nil
	}
	return false
}

// Clear makes the field unknown.
func (fd *Field) Clear(s *Situation) {
	switch p := fd.at(s).(type) {
	case **int:
		*p = nil
	case **string:
		*p = nil
	case **bool:
		*p = nil
	case **Euros:
		*p = nil
	case **[]string:
		*p = nil
	case **AGGIR:
		*p = nil
	}
}

// Int is the value of a FieldInt (nil when unknown or of another kind).
func (fd *Field) Int(s *Situation) *int {
	if p, ok := fd.at(s).(**int); ok {
		return *p
	}
	return nil
}

// String is the value of a FieldEnum or FieldString (nil when unknown or of another kind).
func (fd *Field) String(s *Situation) *string {
	if p, ok := fd.at(s).(**string); ok {
		return *p
	}
	return nil
}

// Bool is the value of a FieldBool (nil when unknown or of another kind).
func (fd *Field) Bool(s *Situation) *bool {
	if p, ok := fd.at(s).(**bool); ok {
		return *p
	}
	return nil
}

// Euros is the value of a FieldEuros (nil when unknown or of another kind).
func (fd *Field) Euros(s *Situation) *Euros {
	if p, ok := fd.at(s).(**Euros); ok {
		return *p
	}
	return nil
}

// Set is the value of a FieldSet (nil when unknown or of another kind).
func (fd *Field) Set(s *Situation) *[]string {
	if p, ok := fd.at(s).(**[]string); ok {
		return *p
	}
	return nil
}

// SetInt stores a FieldInt's value; false when the field is of another kind.
func (fd *Field) SetInt(s *Situation, v int) bool {
	p, ok := fd.at(s).(**int)
	if ok {
		*p = &v
	}
	return ok
}

// SetString stores a FieldEnum's or FieldString's value.
func (fd *Field) SetString(s *Situation, v string) bool {
	p, ok := fd.at(s).(**string)
	if ok {
		*p = &v
	}
	return ok
}

// SetBool stores a FieldBool's value.
func (fd *Field) SetBool(s *Situation, v bool) bool {
	p, ok := fd.at(s).(**bool)
	if ok {
		*p = &v
	}
	return ok
}

// SetEuros stores a FieldEuros's value.
func (fd *Field) SetEuros(s *Situation, v Euros) bool {
	p, ok := fd.at(s).(**Euros)
	if ok {
		*p = &v
	}
	return ok
}

// SetSet stores a FieldSet's values (a copy; empty means "none of these").
func (fd *Field) SetSet(s *Situation, vs []string) bool {
	p, ok := fd.at(s).(**[]string)
	if ok {
		c := append([]string{}, vs...)
		*p = &c
	}
	return ok
}

// Answer is the known answer in plain French, as the answers list shows it ("82 ans",
// "1 500 € par mois", "Chez elle", "oui"); "" when unknown.
func (fd *Field) Answer(s *Situation) string {
	switch fd.Kind {
	case FieldInt:
		v := fd.Int(s)
		if v == nil {
			return ""
		}
		t := strconv.Itoa(*v)
		if len(fd.Choices) > 0 {
			return fd.ChoiceLabel(t)
		}
		if fd.Unit != "" {
			t += " " + fd.Unit
		}
		return t
	case FieldEuros:
		if v := fd.Euros(s); v != nil {
			unit := "par mois"
			if fd.Unit != "" {
				unit = fd.Unit
			}
			return FormatEurosShort(Cents(*v)) + " " + unit
		}
	case FieldBool:
		if v := fd.Bool(s); v != nil {
			if *v {
				return "oui"
			}
			return "non"
		}
	case FieldEnum, FieldString:
		if v := fd.String(s); v != nil {
			return fd.ChoiceLabel(*v)
		}
	case FieldSet:
		if v := fd.Set(s); v != nil {
			if len(*v) == 0 {
				return "aucun de ces besoins"
			}
			labels := make([]string, len(*v))
			for i, x := range *v {
				labels[i] = fd.ChoiceLabel(x)
			}
			return strings.Join(labels, ", ")
		}
	case FieldAGGIR:
		if p, ok := fd.at(s).(**AGGIR); ok && *p != nil {
			return strconv.Itoa(len(**p)) + " réponses sur 10"
		}
	}
	return ""
}

// validate checks the field's value against its kind, bounds and choices.
func (fd *Field) validate(s *Situation) error {
	name := string(fd.ID)
	switch fd.Kind {
	case FieldInt:
		return inRange(name, fd.Int(s), fd.Min, fd.Max, fd.What)
	case FieldEuros:
		return euroRange(name, fd.Euros(s))
	case FieldEnum:
		v := fd.String(s)
		if v == nil || fd.Choice(*v) != nil {
			return nil // the common case, without building the list of values
		}
		return oneOf(name, v, fd.Values())
	case FieldString:
		if v := fd.String(s); v != nil && fd.valid != nil && !fd.valid(*v) {
			return &FieldError{name, fmt.Sprintf("%q n'est pas %s (attendu : %s)", clip(*v), fd.What, fd.Expected)}
		}
	case FieldAGGIR:
		if p, ok := fd.at(s).(**AGGIR); ok {
			return aggirCheck(*p)
		}
	case FieldSet:
		v := fd.Set(s)
		if v == nil {
			return nil
		}
		for i, n := range *v {
			if fd.Choice(n) == nil {
				return oneOf(fmt.Sprintf("%s[%d]", name, i), &n, fd.Values())
			}
			if slices.Contains((*v)[:i], n) {
				return &FieldError{fmt.Sprintf("%s[%d]", name, i), fmt.Sprintf("%q est en double", n)}
			}
		}
	}
	return nil
}
