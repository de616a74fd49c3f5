package guide

// CallScripts are the five calls of issue 16 and the call of the PCH after 60, as the caller says them (fact → answer as an
// agent types it). The guides' tests and scripts/e2e-tui.sh replay them.
var CallScripts = map[string]map[string]string{
	// a daughter for her mother in the Creuse, just home from hospital
	"creuse": {"person.sex": "female", "caregiver.relationship": "child", "caregiver.sex": "female", "person.age": "86", "person.department": "23",
		"person.residence": "home", "person.housing": "owner", "person.urgent": "yes", "person.recent_hospitalisation": "yes",
		"person.end_of_life": "no", "person.memory_disorders": "no", "person.gir": "4", "person.receives_apa": "no",
		"person.monthly_resources": "1 300 €", "person.couple": "no", "person.pension_scheme": "agricultural",
		"caregiver.employment": "employee", "caregiver.lives_with_person": "no", "caregiver.hosts_person": "no",
		"caregiver.exhausted": "no", "caregiver.hospitalisation_planned": "no", "needs": "household_help,meals"},
	// a husband for his wife with Alzheimer's in the Finistère
	"finistere": {"person.sex": "female", "caregiver.relationship": "spouse", "caregiver.sex": "male", "person.age": "79", "person.department": "29",
		"person.residence": "home", "person.housing": "owner", "person.urgent": "no", "person.recent_hospitalisation": "no",
		"person.end_of_life": "no", "person.memory_disorders": "yes", "person.gir": "3", "person.receives_apa": "no",
		"person.monthly_resources": "2400", "person.couple": "yes", "person.pension_scheme": "general",
		"caregiver.employment": "retired", "caregiver.lives_with_person": "yes", "caregiver.exhausted": "yes",
		"caregiver.hospitalisation_planned": "no", "needs": "respite,household_help"},
	// a son for his father in an EHPAD in Paris
	"paris-ehpad": {"person.sex": "male", "caregiver.relationship": "child", "caregiver.sex": "male", "person.age": "91", "person.department": "75",
		"person.residence": "institution", "person.urgent": "no", "person.end_of_life": "no", "person.memory_disorders": "yes",
		"person.gir": "2", "person.receives_apa": "yes", "person.monthly_resources": "1800", "person.couple": "no",
		"person.pension_scheme": "public", "caregiver.employment": "employee", "caregiver.exhausted": "no", "needs": "legal_protection"},
	// a neighbour in Villeurbanne
	"villeurbanne": {"person.sex": "female", "caregiver.relationship": "friend_neighbour", "caregiver.sex": "female", "person.age": "77", "person.department": "69",
		"person.residence": "home", "person.housing": "social_tenant", "person.urgent": "no", "person.recent_hospitalisation": "no",
		"person.end_of_life": "no", "person.memory_disorders": "no", "person.gir": "aggir",
		"aggir.coherence": "A", "aggir.orientation": "A", "aggir.toilette": "B", "aggir.habillage": "B", "aggir.alimentation": "A",
		"aggir.elimination": "A", "aggir.transferts": "A", "aggir.deplacement_interieur": "B", "aggir.deplacement_exterieur": "B", "aggir.alerter": "A",
		"person.receives_apa": "no", "person.monthly_resources": "950", "person.couple": "no", "person.pension_scheme": "general",
		"caregiver.employment": "retired", "caregiver.lives_with_person": "no", "caregiver.exhausted": "no", "needs": "alarm,meals"},
	// a daughter for her father, 68, disabled since birth: his disability already met the
	// PCH's criteria before 60 (CASF L245-1 II 1°), the PCH stays open after 60
	"handicap-naissance": {"person.sex": "male", "caregiver.relationship": "child", "caregiver.sex": "female", "person.age": "68", "person.department": "23",
		"person.residence": "home", "person.housing": "owner", "person.urgent": "no", "person.recent_hospitalisation": "no",
		"person.end_of_life": "no", "person.memory_disorders": "no", "person.gir": "3", "person.receives_apa": "no",
		"person.disability_rate": "80", "person.receives_pch": "no", "person.disability_before_60": "yes",
		"person.monthly_resources": "1100", "person.couple": "no", "person.receives_aspa": "no", "person.pension_scheme": "general",
		"caregiver.employment": "employee", "caregiver.lives_with_person": "no", "caregiver.hosts_person": "no",
		"caregiver.pays_support": "no", "caregiver.exhausted": "yes", "caregiver.hospitalisation_planned": "no",
		"person.employs_home_help": "no", "needs": "household_help,respite"},
	// a volunteer printing the plan: a man at home, few answers known
	"benevole": {"person.sex": "male", "caregiver.relationship": "other_family", "caregiver.sex": "male", "person.age": "83", "person.department": "59",
		"person.residence": "home", "person.housing": "private_tenant", "person.urgent": "no", "person.gir": "5",
		"person.monthly_resources": "1100", "person.couple": "no", "caregiver.employment": "not_working", "needs": "none"},
}
