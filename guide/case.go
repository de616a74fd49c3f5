package guide

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"aidants/rules"
)

// Case is one call: the situation as said, which questions were asked, the plan it gives,
// and what the last answer changed. It has no user interface: the full-screen guide and
// the accessible guide are two views of it, so they ask the same questions in the same
// words, record the same answers and export the same files.
type Case struct {
	g       *Guide
	date    time.Time
	sit     *rules.Situation
	asked   map[string]bool
	plan    *Plan
	changes []Change
	undo    []snapshot
	dirty   bool
	// estimating: the AGGIR questions come next (the GIR was not known)
	estimating bool
}

// Change is an item whose status (or urgency) changed with the last answer.
type Change struct {
	ID, Title, From, To string
}

// snapshot is the case before one answer, for Undo.
type snapshot struct {
	fact       string
	sit        []byte
	asked      map[string]bool
	estimating bool
}

// NewCase opens a case at day d: empty when s is nil, or a reopened dossier.
func (g *Guide) NewCase(s *rules.Situation, d time.Time) *Case {
	c := &Case{g: g, date: time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)}
	c.reset(s)
	return c
}

func (c *Case) reset(s *rules.Situation) {
	c.sit, c.asked, c.changes, c.undo, c.dirty, c.estimating = &rules.Situation{}, map[string]bool{}, nil, nil, false, false
	if s != nil {
		c.sit = s
		for _, q := range AllQuestions() {
			if Known(s, q.Fact) {
				c.asked[q.Fact] = true
			}
		}
		c.dirty = true
	}
	c.plan = c.g.Evaluate(c.sit, c.date)
}

// New forgets every answer: a new case.
func (c *Case) New() { c.reset(nil) }

// Guide is the guide the case evaluates with.
func (c *Case) Guide() *Guide { return c.g }

// Date is the day the plan is computed for.
func (c *Case) Date() time.Time { return c.date }

// Situation is what was said. Views read it; they change it through the case only.
func (c *Case) Situation() *rules.Situation { return c.sit }

// Plan is the plan for what was said.
func (c *Case) Plan() *Plan { return c.plan }

// Changes lists the items the last answer changed.
func (c *Case) Changes() []Change { return c.changes }

// Asked reports whether a question was asked ("je ne sais pas" included).
func (c *Case) Asked(fact string) bool { return c.asked[fact] }

// Open reports whether anything was answered since the last export or new case.
func (c *Case) Open() bool { return len(c.asked) > 0 || c.dirty }

// Dirty reports whether answers changed since the last export.
func (c *Case) Dirty() bool { return c.dirty }

// Answer records the answer to a question, as typed or chosen (see SetAnswer; for a
// multiple choice, values separated by commas). It is checked first: a refused answer
// changes nothing and the error says why, in French.
func (c *Case) Answer(fact, raw string) error {
	q, ok := QuestionFor(fact)
	if !ok {
		return fmt.Errorf("question inconnue : %s", fact)
	}
	if fact == "person.gir" && raw == Estimate {
		c.push(fact)
		ClearFact(c.sit, fact)
		c.asked[fact] = true
		c.StartEstimate()
		c.recompute()
		return nil
	}
	// checked on an empty situation first: a value's validity does not depend on the others
	if err := setAny(&rules.Situation{}, q, raw); err != nil {
		return err
	}
	c.push(fact)
	_ = setAny(c.sit, q, raw)
	c.asked[fact] = true
	c.recompute()
	return nil
}

// Skip records « je ne sais pas »: the question was asked, the fact stays unknown.
func (c *Case) Skip(fact string) { _ = c.Answer(fact, Unknown) }

func setAny(s *rules.Situation, q Question, raw string) error {
	if q.Kind == KindMulti {
		var vals []string
		for _, v := range strings.Split(raw, ",") {
			if v = strings.TrimSpace(v); v != "" {
				vals = append(vals, v)
			}
		}
		for _, v := range vals {
			if v != Unknown && v != NoneOfThese && !containsStr(optionValues(q), v) {
				return fmt.Errorf("réponse inconnue : %s", v)
			}
		}
		return SetMulti(s, q, vals)
	}
	return SetAnswer(s, q, raw)
}

func optionValues(q Question) []string {
	out := make([]string, len(q.Options))
	for i, o := range q.Options {
		out[i] = o.Value
	}
	return out
}

// Undo takes back the last answer: the situation is as it was before it. It returns the
// question whose answer was taken back.
func (c *Case) Undo() (fact string, ok bool) {
	n := len(c.undo)
	if n == 0 {
		return "", false
	}
	u := c.undo[n-1]
	c.undo = c.undo[:n-1]
	var s rules.Situation
	if err := json.Unmarshal(u.sit, &s); err != nil {
		return "", false
	}
	c.sit, c.asked = &s, u.asked
	c.estimating = u.estimating
	c.recompute()
	return u.fact, true
}

// CanUndo reports whether there is an answer to take back.
func (c *Case) CanUndo() bool { return len(c.undo) > 0 }

func (c *Case) push(fact string) {
	b, _ := json.Marshal(c.sit)
	a := make(map[string]bool, len(c.asked))
	for k, v := range c.asked {
		a[k] = v
	}
	c.undo = append(c.undo, snapshot{fact: fact, sit: b, asked: a, estimating: c.estimating})
	if len(c.undo) > 200 {
		c.undo = c.undo[1:]
	}
}

func (c *Case) recompute() {
	old := c.plan
	c.plan = c.g.Evaluate(c.sit, c.date)
	c.dirty = true
	c.changes = c.changes[:0]
	prev := make(map[string]Item, len(old.Items))
	for _, it := range old.Items {
		prev[it.ID] = it
	}
	for _, it := range c.plan.Items {
		if p, ok := prev[it.ID]; ok && (p.Status != it.Status || p.Urgent != it.Urgent) {
			c.changes = append(c.changes, Change{ID: it.ID, Title: it.Title, From: StatusWord(p), To: StatusWord(it)})
		}
	}
}

// StatusWord is the status in plain French, with the urgency: « Droit probable (urgent) ».
func StatusWord(it Item) string {
	if it.Urgent {
		return StatusLabel(it.Status) + " (urgent)"
	}
	return StatusLabel(it.Status)
}

// Exported notes that the case was written to a file.
func (c *Case) Exported() { c.dirty = false }

// Export renders the case in a format.
func (c *Case) Export(f ExportChoice) []byte { return c.g.ExportSituation(c.sit, c.date, f) }

// ExportSituation renders a situation at day d in an export format (what Case.Export
// does, for a copy taken off the user interface's loop).
func (g *Guide) ExportSituation(s *rules.Situation, d time.Time, f ExportChoice) []byte {
	return g.Export(g.Evaluate(s, d), f.Format, ExportOptions{Short: f.Short})
}

// ExportChoice is one of the export formats offered to the agent.
type ExportChoice struct {
	ID     string // html, html-court, markdown, texte, dossier
	Label  string
	Ext    string
	Format ExportFormat
	Short  bool
}

// ExportChoices are the formats both guides offer, in this order.
var ExportChoices = []ExportChoice{
	{"html", "HTML (pour imprimer)", ".html", FormatHTML, false},
	{"html-court", "HTML court, pour la famille (sans les détails)", ".html", FormatHTML, true},
	{"markdown", "Markdown (à coller dans un courriel)", ".md", FormatMarkdown, false},
	{"texte", "Texte (courriel, SMS)", ".txt", FormatText, false},
	{"dossier", "Dossier (reprendre l'appel plus tard avec aidants --profil)", ".json", FormatCase, false},
}

// ExportChoiceByID finds an export format by its id.
func ExportChoiceByID(id string) (ExportChoice, bool) {
	for _, e := range ExportChoices {
		if e.ID == id {
			return e, true
		}
	}
	return ExportChoice{}, false
}

// DefaultExportName is the file name proposed for an export.
func (c *Case) DefaultExportName(f ExportChoice) string {
	return "plan-aidants-" + c.date.Format(DateFormat) + f.Ext
}

// Next is the next question worth asking, in the questionnaire's order: shown for what is
// known, not asked yet, and able to change the plan. ok is false when none is left.
func (c *Case) Next() (Question, bool) {
	if c.estimating {
		for _, q := range AGGIRQuestions {
			if !c.asked[q.Fact] {
				return q, true
			}
		}
		c.estimating = false
	}
	for _, q := range Questions {
		if c.asked[q.Fact] || Known(c.sit, q.Fact) {
			continue
		}
		if c.Worth(q) {
			return q, true
		}
	}
	return Question{}, false
}

// StartEstimate puts the ten AGGIR questions next (again, when asked from the menu).
func (c *Case) StartEstimate() {
	for _, q := range AGGIRQuestions {
		delete(c.asked, q.Fact)
	}
	c.estimating = true
}

// Estimating reports whether the AGGIR questions are being asked.
func (c *Case) Estimating() bool { return c.estimating }

// Remaining counts the questions Next would still ask, this one included.
func (c *Case) Remaining() int {
	n := 0
	for _, q := range Questions {
		if !c.asked[q.Fact] && !Known(c.sit, q.Fact) && c.Worth(q) {
			n++
		}
	}
	return n
}

// alwaysAsked are asked whatever the plan: the words of the questions and the contacts
// depend on them.
var alwaysAsked = map[string]bool{"person.sex": true, "caregiver.relationship": true, "caregiver.sex": true, "person.department": true}

// Worth reports whether a question can still change the plan: shown for what is known,
// and either named by an open item as a missing fact (rules.ItemResult.Missing), or,
// tried with each of its possible answers, changing some item's status or amount. An
// answer that can change nothing is not asked: an EHPAD resident is not asked the APA
// plan at home, a fact whose items are all settled is not asked.
func (c *Case) Worth(q Question) bool {
	if q.Shown != nil && !q.Shown(c.sit) {
		return false
	}
	if alwaysAsked[q.Fact] {
		return true
	}
	if q.Fact == "person.receives_aspa" && c.status("aspa") == rules.StatusNotEligible {
		return false // her resources or age already rule the ASPA out: she does not get it
	}
	for _, it := range c.plan.Items {
		if containsStr(it.Missing, q.Fact) {
			return true
		}
	}
	base := c.fingerprint(c.sit)
	for _, v := range probes(q) {
		s := cloneSit(c.sit)
		if setAny(s, q, v) != nil {
			continue
		}
		if c.fingerprint(s) != base {
			return true
		}
	}
	return false
}

func (c *Case) status(id string) rules.Status {
	for _, it := range c.plan.Items {
		if it.ID == id {
			return it.Status
		}
	}
	return ""
}

// fingerprintEvaluators are reused by fingerprint: Worth evaluates the situation once per
// probe of every question left, at every answer. The words are not needed.
var fingerprintEvaluators = sync.Pool{New: func() any { return &rules.Evaluator{NoWords: true} }}

// fingerprint is what a family would see change: every item's status, urgency and figures.
func (c *Case) fingerprint(s *rules.Situation) string {
	ev := fingerprintEvaluators.Get().(*rules.Evaluator)
	defer fingerprintEvaluators.Put(ev)
	var b strings.Builder
	for _, r := range ev.Evaluate(s, c.g.Content.Params, c.date) {
		b.WriteString(string(r.Status))
		if r.Urgent {
			b.WriteByte('!')
		}
		for _, a := range r.Amounts {
			b.WriteString(strconv.FormatInt(a.Num, 10))
			b.WriteByte(',')
		}
		b.WriteByte(';')
	}
	return b.String()
}

// probes are the answers tried to see whether a question can change the plan: every
// option, and for numbers the values around the thresholds of the rules.
func probes(q Question) []string {
	switch q.Kind {
	case KindBool:
		return []string{Yes, No}
	case KindChoice:
		return optionValues(q)
	case KindMulti:
		return append(optionValues(q), NoneOfThese)
	case KindEuros:
		return []string{"0", "500", "800", "1000", "1100", "1300", "1600", "2000", "2500", "3000", "4000", "6000"}
	case KindInt:
		if q.Fact == "person.age" {
			return []string{"20", "55", "59", "60", "62", "65", "67", "70", "75", "85", "95"}
		}
		return []string{"0", "49", "50", "79", "80", "100"}
	}
	return nil
}

func cloneSit(s *rules.Situation) *rules.Situation {
	b, _ := json.Marshal(s)
	var out rules.Situation
	_ = json.Unmarshal(b, &out)
	return &out
}

// Male reports whether the person helped is known to be a man (the words say « il »).
func (c *Case) Male() bool { return is(c.sit.Person.Sex, "male") }

// Who names the person helped from the caller's side once the relationship and sex are
// known (« votre mère »), "" otherwise.
func (c *Case) Who() string {
	p := c.sit.Person.Sex
	if p == nil || c.sit.Caregiver.Relationship == nil {
		return ""
	}
	f := *p == "female"
	pick := func(fem, masc string) string {
		if f {
			return fem
		}
		return masc
	}
	switch *c.sit.Caregiver.Relationship {
	case "spouse":
		return pick("votre femme", "votre mari")
	case "child":
		return pick("votre mère", "votre père")
	case "grandchild":
		return pick("votre grand-mère", "votre grand-père")
	case "sibling":
		return pick("votre sœur", "votre frère")
	case "in_law":
		return pick("votre belle-mère", "votre beau-père")
	}
	return ""
}

// Text is a question in the words for this person: « il » for a man, « votre père » once
// the relationship is known.
func (c *Case) Text(q Question) string {
	if q.Fact == "caregiver.sex" {
		if f, m := caregiverNouns(c.sit.Caregiver.Relationship); f != "" {
			return "L'aidant est-il " + m + " ou " + f + " ?"
		}
	}
	if w := c.Who(); w != "" && q.Who != "" {
		return strings.ReplaceAll(q.Who, "{qui}", w)
	}
	return Pronoun(q.Text, c.Male())
}

// Words is any text about the person helped in the words for this person.
func (c *Case) Words(s string) string { return Pronoun(s, c.Male()) }

var (
	reLui    = regexp.MustCompile(`\b([Cc]hez|[Aa]vec|[Pp]our) elle\b`)
	reQuElle = regexp.MustCompile(`\b([Qq]u)'elle\b`)
	reElle   = regexp.MustCompile(`\belle\b`)
	reEllUp  = regexp.MustCompile(`\bElle\b`)
)

// Pronoun turns a text written for a woman (« elle ») into one for a man when male is set.
func Pronoun(s string, male bool) string {
	if rules.HasForms(s) {
		sex := rules.SexFemale
		if male {
			sex = rules.SexMale
		}
		s = rules.Words(s, sex, rules.SexUnknown)
	}
	if !male {
		return s
	}
	s = reLui.ReplaceAllString(s, "$1 lui")
	s = reQuElle.ReplaceAllString(s, "$1'il")
	s = reElle.ReplaceAllString(s, "il")
	s = reEllUp.ReplaceAllString(s, "Il")
	s = strings.ReplaceAll(s, "Hébergée", "Hébergé")
	return s
}

// Feedback says what was recorded, and every item it changed, in a sentence read back to
// the agent: « Logement : propriétaire ✓. APA à domicile → Droit probable. »
func (c *Case) Feedback(fact string) string {
	q, ok := QuestionFor(fact)
	if !ok {
		return ""
	}
	s := ShortLabel(q) + " : " + c.Words(DisplayAnswer(c.sit, q, c.asked[fact])) + " ✓."
	switch n := len(c.changes); {
	case n == 0:
		s += " Le plan ne change pas."
	case n <= 2:
		parts := make([]string, n)
		for i, ch := range c.changes {
			parts[i] = ch.Title + " → " + ch.To
		}
		s += " " + strings.Join(parts, " ; ") + "."
	default:
		// counted by new status first (it fits on a screen line), then every item
		var order []string
		count := map[string]int{}
		for _, ch := range c.changes {
			if count[ch.To] == 0 {
				order = append(order, ch.To)
			}
			count[ch.To]++
		}
		counts := make([]string, len(order))
		for i, to := range order {
			counts[i] = "→ " + to + " : " + strconv.Itoa(count[to])
		}
		parts := make([]string, n)
		for i, ch := range c.changes {
			parts[i] = ch.Title + " → " + ch.To
		}
		s += " " + strconv.Itoa(n) + " aides changent (" + strings.Join(counts, ", ") + ") : " + strings.Join(parts, " ; ") + "."
	}
	return s
}

// Display is the recorded answer of a question in words.
func (c *Case) Display(q Question) string {
	return c.Words(DisplayAnswer(c.sit, q, c.asked[q.Fact]))
}

// Choices are the answers of a choice or yes/no question as the guides list them, « Je ne
// sais pas » last (and, for the GIR, the AGGIR estimate before it).
func (c *Case) Choices(q Question) []Option {
	var out []Option
	switch q.Kind {
	case KindBool:
		out = []Option{{Yes, "Oui"}, {No, "Non"}}
	case KindChoice, KindMulti:
		for _, o := range q.Options {
			out = append(out, Option{o.Value, c.Words(o.Label)})
		}
		if q.Fact == "caregiver.sex" {
			if f, m := caregiverNouns(c.sit.Caregiver.Relationship); f != "" {
				out[0].Label, out[1].Label = upperFirst(f), upperFirst(m)
			}
		}
		if q.Kind == KindMulti {
			out = append(out, Option{NoneOfThese, "Aucun de ces besoins"})
		}
	default:
		return nil
	}
	if q.Fact == "person.gir" {
		out = append(out, Option{Estimate, "Je ne sais pas : l'estimer (10 questions courtes)"})
	}
	return append(out, Option{Unknown, "Je ne sais pas"})
}

// ClearEstimate forgets the AGGIR answers (one step for Undo).
func (c *Case) ClearEstimate() {
	c.push("person.aggir")
	c.sit.Person.AGGIR = nil
	for _, q := range AGGIRQuestions {
		delete(c.asked, q.Fact)
	}
	c.recompute()
}

// ParseChoice reads what was typed for a choice, yes/no or multiple-choice question: the
// number of an answer (« 2 »; « 1 3 » for several), or its words (« oui », « non »,
// « je ne sais pas », a label). It returns the value to give Answer. Both guides read
// choices with it, so they accept the same things.
func (c *Case) ParseChoice(q Question, typed string) (string, error) {
	choices := c.Choices(q)
	t := strings.TrimSpace(typed)
	n := len(choices)
	bad := fmt.Errorf("« %s » n'est pas une réponse ici : tapez le numéro d'une réponse (1 à %d)", clipTyped(t), n)
	if t == "" {
		return "", fmt.Errorf("rien n'est choisi : tapez le numéro d'une réponse (1 à %d)", n)
	}
	word := fold(t)
	switch word {
	case "?", "nsp", "je ne sais pas", "ne sait pas", "sais pas":
		return Unknown, nil
	}
	if q.Kind == KindBool {
		switch word {
		case "o", "oui":
			return Yes, nil
		case "n", "non":
			return No, nil
		}
	}
	for _, ch := range choices {
		if fold(ch.Label) == word {
			return ch.Value, nil
		}
	}
	fields := strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == ',' || r == ';' })
	if q.Kind != KindMulti && len(fields) != 1 {
		return "", bad
	}
	var vals []string
	for _, f := range fields {
		k, err := strconv.Atoi(f)
		if err != nil || k < 1 || k > n {
			return "", bad
		}
		v := choices[k-1].Value
		if !containsStr(vals, v) {
			vals = append(vals, v)
		}
	}
	if len(vals) > 1 && (containsStr(vals, Unknown) || containsStr(vals, NoneOfThese)) {
		return "", fmt.Errorf("« je ne sais pas » et « aucun » se donnent seuls")
	}
	return strings.Join(vals, ","), nil
}

// Chosen is the set of answer numbers (1-based) a typed choice names, for the screen to
// show them ticked while typing; nil when it names none.
func (c *Case) Chosen(q Question, typed string) map[int]bool {
	v, err := c.ParseChoice(q, typed)
	if err != nil {
		return nil
	}
	out := map[int]bool{}
	for i, ch := range c.Choices(q) {
		for _, x := range strings.Split(v, ",") {
			if x == ch.Value {
				out[i+1] = true
			}
		}
	}
	return out
}

// Typed is the current answer as one types it again: the number(s) of a choice, the text
// of a number; "" when unknown.
func (c *Case) Typed(q Question) string {
	if !Known(c.sit, q.Fact) {
		return ""
	}
	switch q.Kind {
	case KindBool, KindChoice, KindMulti:
		var cur []string
		if q.Kind == KindMulti {
			cur = MultiAnswer(c.sit, q)
		} else {
			cur = []string{RawAnswer(c.sit, q)}
		}
		var nums []string
		for i, ch := range c.Choices(q) {
			if containsStr(cur, ch.Value) {
				nums = append(nums, strconv.Itoa(i+1))
			}
		}
		return strings.Join(nums, " ")
	}
	return RawAnswer(c.sit, q)
}

func clipTyped(s string) string {
	if r := []rune(s); len(r) > 20 {
		return string(r[:20]) + "…"
	}
	return s
}

// fold lowercases and drops the accents, for comparing words typed on the phone.
func fold(s string) string {
	r := strings.NewReplacer("é", "e", "è", "e", "ê", "e", "à", "a", "â", "a", "ô", "o", "î", "i", "ï", "i", "ç", "c", "û", "u", "ù", "u", "’", "'")
	return strings.Join(strings.Fields(r.Replace(strings.ToLower(s))), " ")
}
