package rules

// Status is an item's verdict in the plan. Its values are the JSON contract's strings.
type Status string

// Statuses of an item.
const (
	StatusEligible    Status = "eligible"     // every condition is met
	StatusToCheck     Status = "to_check"     // none fails, one at least is unknown
	StatusNotEligible Status = "not_eligible" // a condition fails
	StatusInfo        Status = "info"         // information, or a service the family did not ask for
)

// Entry is one item of the catalogue: a stable id, a title, whom it is for, the items that
// must come before it, and the rule that evaluates it.
type Entry struct {
	ID    string
	Title string
	For   string   // person | caregiver | all
	After []string // items whose démarche comes first when they apply
	Info  bool     // informational: status is always "info"
	// Service: a service to arrange rather than a right to claim. It is "probable" only when
	// the family needs it (the need condition); when they said they do not, it is
	// information, not "not eligible".
	Service bool
	// NeedLabel, NeedBasis and NeedFact replace the generic need condition of a service.
	NeedLabel, NeedBasis, NeedFact string
	// checks are the item's declared conditions (see Check), evaluated in this order when
	// they apply; rule then adds the amounts, notes, relevance and urgency.
	checks []*Check
	// amounts are the dated amounts the item may show (parameter ids), printed by the rule
	// book at its date; TestDeclaredAmounts checks the rule shows no other.
	amounts []string
	rule    func(*facts, *ItemResult)
}

// ItemResult is one item evaluated for a situation.
type ItemResult struct {
	Entry      *Entry
	Status     Status
	Conditions []Condition
	Amounts    []*Quantity // shared figures: do not modify
	Notes      []string    // plain-French remarks specific to this situation
	Missing    []string    // situation fields that would settle a condition, most useful first
	Urgent     bool        // act first (emergency, caregiver at the end of their tether…)
	Relevant   Tri         // No when the family said they do not need it (pushes it down the plan)
}

// Catalogue lists every item in the order of the démarches when nothing else decides:
// the APA request before the caregiver's leave that needs the APA decision, the leave
// before the AJPA, and so on. guide sorts by urgency and status on top of this order.
var Catalogue = []*Entry{
	{ID: "apa-urgence", Title: "APA en urgence", For: "person", checks: apaUrgenceChecks, amounts: []string{"apa.urgence", "apa.etablissement.urgence_taux"}, rule: ruleAPAUrgence},
	{ID: "apa-domicile", Title: "Allocation personnalisée d'autonomie (APA) à domicile", For: "person", checks: apaDomicileChecks, amounts: []string{"apa.plafond.gir1", "apa.plafond.gir2", "apa.plafond.gir3", "apa.plafond.gir4", "apa.seuil_sans_participation"}, rule: ruleAPADomicile},
	{ID: "apa-etablissement", Title: "APA en établissement", For: "person", checks: apaEtablissementChecks, amounts: []string{"ehpad.experimentation.participation_jour", "apa.etablissement.seuil_bas", "apa.etablissement.seuil_haut"}, rule: ruleAPAEtablissement},
	{ID: "relais-hospitalisation-aidant", Title: "Relais de l'aidant pendant son hospitalisation (APA)", For: "caregiver", After: []string{"apa-domicile"}, checks: relaisHospitalisationChecks, amounts: []string{"apa.hospitalisation_aidant"}, rule: ruleRelaisHospitalisation},
	{ID: "repit-apa", Title: "Droit au répit de l'aidant (APA)", For: "caregiver", After: []string{"apa-domicile"}, checks: repitChecks, amounts: []string{"apa.repit"}, rule: ruleRepit},
	{ID: "conge-proche-aidant", Title: "Congé de proche aidant", For: "caregiver", After: []string{"apa-domicile"}, checks: congeProcheAidantChecks, rule: ruleCongeProcheAidant},
	{ID: "ajpa", Title: "Allocation journalière du proche aidant (AJPA)", For: "caregiver", After: []string{"conge-proche-aidant"}, checks: ajpaChecks, amounts: []string{"ajpa.jour", "ajpa.demi_jour", "ajpa.max_mois", "ajpa.max_personne", "ajpa.max_carriere"}, rule: ruleAJPA},
	{ID: "conge-solidarite-familiale", Title: "Congé de solidarité familiale (fin de vie)", For: "caregiver", checks: congeSolidariteChecks, rule: ruleCongeSolidarite},
	{ID: "ajap", Title: "Allocation journalière d'accompagnement d'une personne en fin de vie (AJAP)", For: "caregiver", After: []string{"conge-solidarite-familiale"}, checks: ajapChecks, amounts: []string{"ajap.jour", "ajap.demi_jour", "ajap.nombre_jours", "ajap.nombre_demi_jours"}, rule: ruleAJAP},
	{ID: "don-jours-repos", Title: "Don de jours de repos par des collègues", For: "caregiver", After: []string{"conge-proche-aidant"}, checks: donJoursReposChecks, rule: ruleDonJoursRepos},
	{ID: "aidant-salarie", Title: "Être salarié de la personne aidée (avec l'APA)", For: "caregiver", After: []string{"apa-domicile"}, checks: aidantSalarieChecks, rule: ruleAidantSalarie},
	{ID: "cmi", Title: "Carte mobilité inclusion (CMI)", For: "person", After: []string{"apa-domicile"}, checks: cmiChecks, amounts: []string{"cmi.fin_anciennes_cartes"}, rule: ruleCMI},
	{ID: "aspa", Title: "Allocation de solidarité aux personnes âgées (ASPA)", For: "person", checks: aspaChecks, amounts: []string{"aspa.couple", "aspa.seul"}, rule: ruleASPA},
	{ID: "aide-menagere-departement", Title: "Aide ménagère du département (aide sociale)", For: "person", checks: aideMenagereChecks, amounts: []string{"aide_menagere.heures_max"}, rule: ruleAideMenagere},
	{ID: "caisse-retraite-oscar", Title: "Aide à domicile de la caisse de retraite (OSCAR)", For: "person", checks: oscarChecks, amounts: []string{"oscar.heures_max", "oscar.forfait_prevention", "oscar.tarif_horaire"}, rule: ruleOSCAR},
	{ID: "ardh", Title: "Aide au retour à domicile après hospitalisation (ARDH)", For: "person", checks: ardhChecks, amounts: []string{"ardh.plafond", "ardh.duree_mois"}, rule: ruleARDH},
	{ID: "services-autonomie-domicile", Title: "Services autonomie à domicile (SAD)", For: "person", Service: true, checks: sadChecks, amounts: []string{"sad.tarif_plancher"}, rule: ruleSAD},
	{ID: "emploi-domicile-cesu", Title: "Employer quelqu'un à domicile (CESU)", For: "person", Service: true, checks: cesuChecks, rule: ruleCESU},
	// money rights with conditions in the law: never « information » for want of a stated need
	{ID: "credit-impot-services", Title: "Crédit d'impôt pour l'aide à domicile", For: "person", checks: creditImpotServicesChecks, amounts: []string{"credit_impot_services.taux", "credit_impot_services.plafond", "credit_impot_services.plafond_invalidite"}, rule: ruleCreditImpotServices},
	{ID: "exoneration-charges-employeur", Title: "Exonération de cotisations patronales (particulier employeur)", For: "person", After: []string{"emploi-domicile-cesu"}, checks: exonerationChecks, amounts: []string{"exoneration.plafond_mensuel"}, rule: ruleExoneration},
	{ID: "teleassistance", Title: "Téléassistance", For: "person", Service: true, checks: teleassistanceChecks, rule: ruleTeleassistance},
	{ID: "portage-repas", Title: "Portage de repas", For: "person", Service: true, checks: portageRepasChecks, rule: rulePortageRepas},
	{ID: "maprimeadapt", Title: "MaPrimeAdapt' (adapter le logement)", For: "person", Service: true, checks: maprimeadaptChecks, amounts: []string{"maprimeadapt.taux_tres_modeste", "maprimeadapt.taux_modeste", "maprimeadapt.plafond_travaux", "maprimeadapt.rfr.tres_modeste.2", "maprimeadapt.rfr.modeste.2", "maprimeadapt.rfr.tres_modeste.1", "maprimeadapt.rfr.modeste.1", "maprimeadapt.rfr_idf.tres_modeste.2", "maprimeadapt.rfr_idf.modeste.2", "maprimeadapt.rfr_idf.tres_modeste.1", "maprimeadapt.rfr_idf.modeste.1"}, rule: ruleMaPrimeAdapt},
	{ID: "credit-impot-adaptation", Title: "Crédit d'impôt pour équipements d'adaptation du logement", For: "person", After: []string{"maprimeadapt"}, Service: true, checks: creditImpotAdaptationChecks, amounts: []string{"credit_impot_adaptation.taux", "credit_impot_adaptation.plafond_seul", "credit_impot_adaptation.plafond_couple"}, rule: ruleCreditImpotAdaptation},
	{ID: "accueil-de-jour", Title: "Accueil de jour", For: "person", Service: true, checks: accueilDeJourChecks, rule: ruleAccueilDeJour},
	{ID: "hebergement-temporaire", Title: "Hébergement temporaire", For: "person", Service: true, checks: hebergementTemporaireChecks, rule: ruleHebergementTemporaire},
	{ID: "relayage", Title: "Relayage (baluchonnage) : un professionnel remplace l'aidant à domicile", For: "caregiver", Service: true, checks: relayageChecks, amounts: []string{"relayage.jours_consecutifs"}, rule: ruleRelayage},
	{ID: "soutien-aidants", Title: "Soutien des aidants : plateformes de répit, formations, groupes de parole", For: "caregiver", rule: ruleSoutienAidants},
	{ID: "consultation-memoire", Title: "Consultation mémoire", For: "person", Service: true,
		NeedLabel: "Des troubles de la mémoire ou du comportement ont été remarqués", NeedBasis: "Plan maladies neuro-dégénératives (consultations mémoire)", NeedFact: "person.memory_disorders", rule: ruleConsultationMemoire},
	{ID: "accueil-familial", Title: "Accueil familial", For: "person", Info: true, checks: accueilFamilialChecks, amounts: []string{"accueil_familial.remuneration_jour"}, rule: ruleAccueilFamilial},
	{ID: "ehpad", Title: "Entrer en EHPAD", For: "person", Info: true, checks: ehpadChecks, rule: ruleEHPAD},
	{ID: "reste-a-charge-ehpad", Title: "Ce que l'EHPAD coûtera chaque mois (estimation)", For: "person", After: []string{"ehpad"}, Info: true, checks: resteAChargeEHPADChecks, rule: ruleResteAChargeEHPAD},
	{ID: "aide-sociale-hebergement", Title: "Aide sociale à l'hébergement (ASH)", For: "person", After: []string{"ehpad"}, checks: ashChecks, amounts: []string{"ash.reste_a_vivre"}, rule: ruleASH},
	{ID: "aides-logement", Title: "Aides au logement (APL, ALS)", For: "person", checks: aidesLogementChecks, rule: ruleAidesLogement},
	{ID: "reduction-impot-ehpad", Title: "Réduction d'impôt pour les frais d'EHPAD", For: "person", After: []string{"ehpad"}, checks: reductionImpotEHPADChecks, amounts: []string{"reduction_ehpad.taux", "reduction_ehpad.plafond"}, rule: ruleReductionImpotEHPAD},
	{ID: "taxe-fonciere", Title: "Taxe foncière : exonération ou dégrèvement pour les personnes âgées", For: "person", checks: taxeFonciereChecks, amounts: []string{"taxe_fonciere.degrevement_65_75", "taxe_fonciere.limite_rfr_part"}, rule: ruleTaxeFonciere},
	{ID: "obligation-alimentaire", Title: "Obligation alimentaire des enfants", For: "caregiver", Info: true, rule: ruleObligationAlimentaire},
	{ID: "deduction-fiscale-ascendant", Title: "Déduire de ses impôts l'aide à un parent", For: "caregiver", checks: deductionAscendantChecks, amounts: []string{"deduction_ascendant.forfait"}, rule: ruleDeductionAscendant},
	{ID: "procuration", Title: "Procuration (banque, démarches)", For: "person", Info: true, rule: ruleLegalInfo},
	{ID: "mandat-protection-future", Title: "Mandat de protection future", For: "person", Info: true, rule: ruleLegalInfo},
	{ID: "habilitation-familiale", Title: "Habilitation familiale", For: "person", checks: habilitationFamilialeChecks, rule: ruleHabilitationFamiliale},
	{ID: "tutelle-curatelle", Title: "Tutelle, curatelle, sauvegarde de justice", For: "person", checks: tutelleChecks, rule: ruleTutelle},
	{ID: "carte-urgence-aide", Title: "Carte d'urgence de la personne aidée", For: "person", Info: true, rule: ruleNothing},
	{ID: "carte-urgence-aidant", Title: "Carte d'urgence de l'aidant", For: "caregiver", Info: true, rule: ruleNothing},
	{ID: "assurance-dependance", Title: "Contrats d'assurance dépendance et de prévoyance", For: "person", Info: true, rule: ruleNothing},
	{ID: "aide-aidants-mines", Title: "Aide aux aidants du régime minier (ANGDM)", For: "caregiver", checks: minesChecks, rule: ruleMines},
	{ID: "forfait-journalier-hospitalier", Title: "Forfait journalier et reste à charge à l'hôpital", For: "person", Info: true, amounts: []string{"forfait_journalier.hopital", "forfait_journalier.psychiatrie"}, rule: ruleForfaitJournalier},
	{ID: "ald-alzheimer", Title: "Affection de longue durée (ALD) pour la maladie d'Alzheimer ou une maladie apparentée", For: "person", After: []string{"consultation-memoire"}, checks: aldAlzheimerChecks, rule: ruleALDAlzheimer},
	{ID: "service-social-assurance-maladie", Title: "Service social de l'Assurance maladie", For: "caregiver", Info: true, rule: ruleServiceSocial},
	{ID: "ecoute-aidants", Title: "Lignes d'écoute pour les aidants", For: "caregiver", Info: true, rule: ruleEcoute},
	{ID: "point-information", Title: "Où se renseigner près de chez vous", For: "all", Info: true, rule: ruleNothing},
	{ID: "defenseur-des-droits", Title: "Défenseur des droits", For: "all", Info: true, rule: ruleNothing},
}

// Amounts are the dated amounts the item may show (parameter ids).
func (e *Entry) Amounts() []string { return e.amounts }

var catalogueIndex = func() map[string]int {
	m := make(map[string]int, len(Catalogue))
	for i, e := range Catalogue {
		m[e.ID] = i
	}
	return m
}()

// CatalogueIndex returns the position of an id in the catalogue, or -1.
func CatalogueIndex(id string) int {
	if i, ok := catalogueIndex[id]; ok {
		return i
	}
	return -1
}
