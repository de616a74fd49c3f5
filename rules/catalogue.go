package rules

// The catalogue: every item of the plan, in the order of the démarches.
//
// To add an item:
//  1. in the family file of its rule (rules/items_<family>.go, a new one for a new family),
//     declare its entry beside its checks and its rule:
//     var entryMyItem = &Entry{ID: "my-item", Title: "…", For: "person", checks: myItemChecks, rule: ruleMyItem}
//     (After: the items whose démarche comes first; amounts: the parameter ids it may show;
//     Relevant: the signals that put it forward in the plan, from rules/relevance.go, needed
//     by a Service; Urgent: the signals that make it urgent; rule: only for amounts and
//     notes — it never writes Relevant nor Urgent);
//  2. add one line `entryMyItem,` to Catalogue below, at its place in the order of the
//     démarches (after every item of its After list), and its id at the same place in
//     catalogueOrder in rules/catalogue_test.go;
//  3. write its fiche content/fiches/my-item.md (aidants contenu verifier checks it);
//  4. add its law cases (rules/law_*_test.go, both sides of each threshold):
//     TestLawCoversCatalogue fails for an id without one.

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
	// Relevant are the signals that put the item forward in the plan (see Signal): its
	// relevance is yes when one holds, no when none can; for a service, it is also the
	// need condition. No signals: relevance unknown.
	Relevant []*Signal
	// Refines are facts that change what the item says (who pays, which amounts) without
	// deciding it: while unknown, an item eligible or to check lists them among its missing
	// facts, after those of its conditions, so the plan asks them.
	Refines []FactID
	// Urgent are the signals that make the item urgent (« Prioritaire »): when one holds
	// for sure. Unknown answers never make an item urgent.
	Urgent []*Signal
	// checks are the item's declared conditions (see Check), evaluated in this order when
	// they apply; rule, when there is one, then adds the amounts and notes.
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
	noText     bool        // evaluated without the words (Evaluator.Compact): notes are not kept
}

// Catalogue lists every item in the order of the démarches when nothing else decides:
// the APA request before the caregiver's leave that needs the APA decision, the leave
// before the AJPA, and so on. guide sorts by urgency and status on top of this order.
// Each line names an entry declared in the family file of its rule (items_<family>.go).
var Catalogue = []*Entry{
	entryAPAUrgence,
	entryAPADomicile,
	entryAPAEtablissement,
	entryPCHApres60,
	entryRelaisHospitalisationAidant,
	entryRepitAPA,
	entryCongeProcheAidant,
	entryAJPA,
	entryCongeSolidariteFamiliale,
	entryAJAP,
	entryDonJoursRepos,
	entryAmenagementTravailAidant,
	entryCongesAidantsFonctionPublique,
	entryAidantSalarie,
	entryCMI,
	entryASPA,
	entryComplementaireSanteSolidaire,
	entryAideMenagereDepartement,
	entryCaisseRetraiteOSCAR,
	entryARDH,
	entryAssuranceVieillesseAidants,
	entryTrimestresRetraiteAidant,
	entryActionSocialeAgircArrco,
	entryActionSocialeMSA,
	entryServicesAutonomieDomicile,
	entryEmploiDomicileCESU,
	entryCreditImpotServices,
	entryExonerationChargesEmployeur,
	entryTeleassistance,
	entryPortageRepas,
	entryMaPrimeAdapt,
	entryCreditImpotAdaptation,
	entryAccueilDeJour,
	entryHebergementTemporaire,
	entryRelayage,
	entrySoutienAidants,
	entryConsultationMemoire,
	entryAccueilFamilial,
	entryEHPAD,
	entryResteAChargeEHPAD,
	entryAideSocialeHebergement,
	entryAidesLogement,
	entryReductionImpotEHPAD,
	entryTaxeFonciere,
	entryObligationAlimentaire,
	entryDeductionFiscaleAscendant,
	entryProcuration,
	entryMandatProtectionFuture,
	entryHabilitationFamiliale,
	entryTutelleCuratelle,
	entryCarteUrgenceAide,
	entryCarteUrgenceAidant,
	entryAssuranceDependance,
	entryAideAidantsMines,
	entryForfaitJournalierHospitalier,
	entryALDAlzheimer,
	entryServiceSocialAssuranceMaladie,
	entryEcouteAidants,
	entryPointInformation,
	entryDefenseurDesDroits,
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

// refine adds the unknown facts of Entry.Refines to the missing facts.
func (r *ItemResult) refine(f *facts) {
	for _, fact := range r.Entry.Refines {
		if f.known(string(fact)) {
			continue
		}
		dup := false
		for _, m := range r.Missing {
			dup = dup || m == string(fact)
		}
		if !dup {
			r.Missing = append(r.Missing, string(fact))
		}
	}
}
