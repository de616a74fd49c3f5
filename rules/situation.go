package rules

import (
	"fmt"
	"sort"
	"strings"
)

// Situation is what is known of the person helped and the caregiver. Every field is
// optional: nil means "not known yet".
type Situation struct {
	Person    Person    `json:"person"`
	Caregiver Caregiver `json:"caregiver"`
	Needs     *[]string `json:"needs,omitempty"`
}

// Person is the person helped (l'aidé).
type Person struct {
	Age *int `json:"age,omitempty"`
	// Sex is "female" or "male": it only chooses the words (« elle », « il »); no rule reads it.
	Sex                   *string `json:"sex,omitempty"`
	Commune               *string `json:"commune,omitempty"` // INSEE code (Code officiel géographique)
	Department            *string `json:"department,omitempty"`
	Residence             *string `json:"residence,omitempty"`
	GIR                   *int    `json:"gir,omitempty"`
	AGGIR                 *AGGIR  `json:"aggir,omitempty"`
	MonthlyResources      *Euros  `json:"monthly_resources,omitempty"`
	Couple                *bool   `json:"couple,omitempty"`
	ReceivesAPA           *bool   `json:"receives_apa,omitempty"`
	APAPlanAmount         *Euros  `json:"apa_plan_amount,omitempty"`
	DisabilityRate        *int    `json:"disability_rate,omitempty"`
	EndOfLife             *bool   `json:"end_of_life,omitempty"`
	MemoryDisorders       *bool   `json:"memory_disorders,omitempty"`
	Urgent                *bool   `json:"urgent,omitempty"`
	RecentHospitalisation *bool   `json:"recent_hospitalisation,omitempty"`
	Housing               *string `json:"housing,omitempty"`
	PensionScheme         *string `json:"pension_scheme,omitempty"`
	ReceivesASPA          *bool   `json:"receives_aspa,omitempty"`
	ReceivesPCH           *bool   `json:"receives_pch,omitempty"`
	// DisabilityBefore60: her disability already met the PCH's criteria (CASF D245-4,
	// annexe 2-5) before the age limit of 60, which keeps the PCH open at any age
	// (CASF L245-1 II 1°). Not "a disability began before 60": one that did not yet meet
	// the criteria does not count.
	DisabilityBefore60 *bool `json:"disability_before_60,omitempty"`
	// daily prices of the establishment (its price list), for the EHPAD estimate
	EHPADAccommodationDaily *Euros `json:"ehpad_accommodation_daily,omitempty"`
	EHPADDependencyDaily    *Euros `json:"ehpad_dependency_daily,omitempty"`
	EHPADDependency56Daily  *Euros `json:"ehpad_dependency_gir56_daily,omitempty"`
	// Territory is derived, never read from JSON and not a fact of the table: the code of
	// the collectivité that pays the APA where the person lives, filled by the guide from
	// the commune — the département code, or "69M" for the 58 communes of the Métropole de
	// Lyon, which has the powers of a département there (CGCT art. L3611-1). "" when the
	// commune is unknown.
	Territory string `json:"-"`
	// EmploysHomeHelp: she employs someone at home herself (directly, with the CESU, or
	// through a mandataire), which opens the employer exemption (CSS L241-10).
	EmploysHomeHelp *bool `json:"employs_home_help,omitempty"`
}

// Caregiver is the family caregiver (l'aidant).
type Caregiver struct {
	Relationship *string `json:"relationship,omitempty"`
	// Sex is "female" or "male": it only chooses the words of the summary (« sa fille,
	// salariée »); no rule reads it.
	Sex                    *string `json:"sex,omitempty"`
	LivesWithPerson        *bool   `json:"lives_with_person,omitempty"`
	Employment             *string `json:"employment,omitempty"`
	Exhausted              *bool   `json:"exhausted,omitempty"`
	HospitalisationPlanned *bool   `json:"hospitalisation_planned,omitempty"`
	HostsPerson            *bool   `json:"hosts_person,omitempty"`
	// PaysSupport: the caregiver pays her a pension or pays expenses for her (CGI 156 II 2°).
	PaysSupport *bool `json:"pays_support,omitempty"`
}

// AGGIR holds the modalities (A, B or C) of the ten discriminant variables, as known.
type AGGIR map[string]string

// Enumerations of the input contract, read from the fact table (fields.go).
var (
	Residences     = FieldOf(FactResidence).Values()
	Housings       = FieldOf(FactHousing).Values()
	PensionSchemes = FieldOf(FactPensionScheme).Values()
	Relationships  = FieldOf(FactRelationship).Values()
	Employments    = FieldOf(FactEmployment).Values()
	NeedsList      = FieldOf(FactNeeds).Values()
)

// FieldError is a bad input value, named by its JSON path, explained in French.
type FieldError struct {
	Field   string
	Message string
}

func (e *FieldError) Error() string { return e.Field + " : " + e.Message }

func oneOf(field string, v *string, allowed []string) error {
	if v == nil {
		return nil
	}
	for _, a := range allowed {
		if *v == a {
			return nil
		}
	}
	return &FieldError{field, fmt.Sprintf("valeur %q inconnue (attendu : %s)", clip(*v), strings.Join(allowed, ", "))}
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func inRange(field string, v *int, lo, hi int, what string) error {
	if v == nil || (*v >= lo && *v <= hi) {
		return nil
	}
	return &FieldError{field, fmt.Sprintf("%d n'est pas possible (attendu : %s entre %d et %d)", *v, what, lo, hi)}
}

// MaxEuros bounds money inputs: a month of resources or a plan above this is a typing error.
const MaxEuros Cents = 100_000_000 // 1 000 000,00 €

func euroRange(field string, v *Euros) error {
	if v == nil {
		return nil
	}
	if *v < 0 {
		return &FieldError{field, "un montant ne peut pas être négatif"}
	}
	if Cents(*v) > MaxEuros {
		return &FieldError{field, "montant trop grand (au plus 1 000 000 € par mois)"}
	}
	return nil
}

// Validate checks every field of the fact table against its kind, bounds and choices. The
// first error found, in the table's order, is returned, naming its field.
func (s *Situation) Validate() error {
	for _, fd := range Fields {
		if err := fd.validate(s); err != nil {
			return err
		}
	}
	return nil
}

// ValidCommuneCode reports whether code has the form of an INSEE commune code: five
// digits, or 2A/2B and three digits for Corsica. Whether the commune exists is checked by
// the guide, which has the list of communes.
func ValidCommuneCode(code string) bool {
	if len(code) != 5 {
		return false
	}
	start := 0
	if code[:2] == "2A" || code[:2] == "2B" {
		start = 2
	}
	for i := start; i < 5; i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	return true
}

// ValidDepartment reports whether code is a French département code.
func ValidDepartment(code string) bool {
	switch len(code) {
	case 2:
		if code == "2A" || code == "2B" {
			return true
		}
		if code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9' {
			return false
		}
		n := int(code[0]-'0')*10 + int(code[1]-'0')
		return n >= 1 && n <= 95 && n != 20
	case 3:
		return code >= "971" && code <= "976" && code != "975"
	}
	return false
}

// AGGIRVariables are the ten discriminant variables of the grid, in the annex's order.
var AGGIRVariables = []string{"coherence", "orientation", "toilette", "habillage", "alimentation",
	"elimination", "transferts", "deplacement_interieur", "deplacement_exterieur", "alerter"}

func aggirCheck(pa *AGGIR) error {
	if pa == nil || *pa == nil {
		return nil
	}
	a := *pa
	keys := make([]string, 0, len(a))
	for k := range a {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if aggirIndex(k) < 0 {
			return &FieldError{"person.aggir." + clip(k), "variable inconnue (attendu : " + strings.Join(AGGIRVariables, ", ") + ")"}
		}
		if v := a[k]; v != "A" && v != "B" && v != "C" {
			return &FieldError{"person.aggir." + k, fmt.Sprintf("modalité %q inconnue (attendu : A, B ou C)", clip(v))}
		}
	}
	return nil
}

func aggirIndex(name string) int {
	for i, v := range AGGIRVariables {
		if v == name {
			return i
		}
	}
	return -1
}
