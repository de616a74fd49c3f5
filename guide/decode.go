package guide

import (
	"unicode/utf8"
	"unsafe"

	"aidants/rules"
)

// situationDecoder is the fast path of `aidants lot`: it reads the common shape of a
// situation (known keys written exactly, each once, no null, plain strings without escapes,
// integers written as integers, euros with at most two decimals) without reflection and
// with three allocations. Anything else — an error, an escape, an unusual number — is left
// to ParseSituation, which stays the reference for what is accepted and for every message:
// the fast path only ever accepts what ParseSituation accepts, with the same result
// (TestFastDecoderAgreesWithParseSituation, FuzzFastDecoder).
//
// A batch worker keeps one decoder: the situation it returns lives in the decoder and its
// strings in the line, so it is valid until the next call and as long as the line is not
// modified (the lines of a batch are copied once and never written again).
type situationDecoder struct {
	s  string // the line: decoded strings are substrings of it
	i  int
	sl situationSlab
}

// situationSlab holds a situation and every value its pointers point to: one allocation.
type situationSlab struct {
	s                                      rules.Situation
	age, gir, disability                   int
	department, residence, housing, scheme string
	resources, plan                        rules.Euros
	couple, apa, endOfLife, memory         bool
	urgent, hospital, aspa, pch, before60  bool
	relationship, employment               string
	lives, exhausted, planned, hosts       bool
	needs                                  []string
	needsBuf                               [6]string
	aggir                                  rules.AGGIR
}

// parseSituation decodes one line of a batch: the fast path, else ParseSituation.
func (d *situationDecoder) parseSituation(b []byte) (*rules.Situation, error) {
	if s := d.decode(b); s != nil && s.Validate() == nil && DerivePlace(s) == nil {
		return s, nil
	}
	return ParseSituation(b)
}

// decode returns the situation, or nil when the line is not of the common shape.
func (d *situationDecoder) decode(b []byte) *rules.Situation {
	if len(b) > MaxInput {
		return nil
	}
	d.s, d.i = unsafe.String(unsafe.SliceData(b), len(b)), 0 // read only, see situationDecoder
	d.sl = situationSlab{}
	sl := &d.sl
	var person, caregiver bool
	ok := d.object(func(key string) bool {
		switch key {
		case "person":
			if person {
				return false
			}
			person = true
			return d.person(sl)
		case "caregiver":
			if caregiver {
				return false
			}
			caregiver = true
			return d.caregiver(sl)
		case "needs":
			if sl.s.Needs != nil {
				return false
			}
			sl.needs = sl.needsBuf[:0]
			if !d.strings(&sl.needs) {
				return false
			}
			sl.s.Needs = &sl.needs
			return true
		}
		return false
	})
	d.ws()
	if !ok || d.i != len(d.s) {
		return nil
	}
	return &sl.s
}

func (d *situationDecoder) person(sl *situationSlab) bool {
	p := &sl.s.Person
	return d.object(func(key string) bool {
		switch key {
		case "age":
			return d.intField(&p.Age, &sl.age)
		case "department":
			return d.stringField(&p.Department, &sl.department)
		case "residence":
			return d.stringField(&p.Residence, &sl.residence)
		case "gir":
			return d.intField(&p.GIR, &sl.gir)
		case "aggir":
			if p.AGGIR != nil {
				return false
			}
			sl.aggir = rules.AGGIR{}
			p.AGGIR = &sl.aggir
			return d.object(func(k string) bool {
				if _, dup := sl.aggir[k]; dup {
					return false
				}
				v, ok := d.str()
				sl.aggir[k] = v
				return ok
			})
		case "monthly_resources":
			return d.eurosField(&p.MonthlyResources, &sl.resources)
		case "couple":
			return d.boolField(&p.Couple, &sl.couple)
		case "receives_apa":
			return d.boolField(&p.ReceivesAPA, &sl.apa)
		case "apa_plan_amount":
			return d.eurosField(&p.APAPlanAmount, &sl.plan)
		case "disability_rate":
			return d.intField(&p.DisabilityRate, &sl.disability)
		case "end_of_life":
			return d.boolField(&p.EndOfLife, &sl.endOfLife)
		case "memory_disorders":
			return d.boolField(&p.MemoryDisorders, &sl.memory)
		case "urgent":
			return d.boolField(&p.Urgent, &sl.urgent)
		case "recent_hospitalisation":
			return d.boolField(&p.RecentHospitalisation, &sl.hospital)
		case "housing":
			return d.stringField(&p.Housing, &sl.housing)
		case "pension_scheme":
			return d.stringField(&p.PensionScheme, &sl.scheme)
		case "receives_aspa":
			return d.boolField(&p.ReceivesASPA, &sl.aspa)
		case "receives_pch":
			return d.boolField(&p.ReceivesPCH, &sl.pch)
		case "disability_before_60":
			return d.boolField(&p.DisabilityBefore60, &sl.before60)
		}
		return false
	})
}

func (d *situationDecoder) caregiver(sl *situationSlab) bool {
	c := &sl.s.Caregiver
	return d.object(func(key string) bool {
		switch key {
		case "relationship":
			return d.stringField(&c.Relationship, &sl.relationship)
		case "lives_with_person":
			return d.boolField(&c.LivesWithPerson, &sl.lives)
		case "employment":
			return d.stringField(&c.Employment, &sl.employment)
		case "exhausted":
			return d.boolField(&c.Exhausted, &sl.exhausted)
		case "hospitalisation_planned":
			return d.boolField(&c.HospitalisationPlanned, &sl.planned)
		case "hosts_person":
			return d.boolField(&c.HostsPerson, &sl.hosts)
		}
		return false
	})
}

// Each field setter fails on a second occurrence of its key (*p already set).

func (d *situationDecoder) intField(p **int, v *int) bool {
	if *p != nil {
		return false
	}
	n, ok := d.integer()
	*v, *p = n, v
	return ok
}

func (d *situationDecoder) stringField(p **string, v *string) bool {
	if *p != nil {
		return false
	}
	s, ok := d.str()
	*v, *p = s, v
	return ok
}

func (d *situationDecoder) boolField(p **bool, v *bool) bool {
	if *p != nil {
		return false
	}
	b, ok := d.boolean()
	*v, *p = b, v
	return ok
}

func (d *situationDecoder) eurosField(p **rules.Euros, v *rules.Euros) bool {
	if *p != nil {
		return false
	}
	e, ok := d.euros()
	*v, *p = e, v
	return ok
}

func (d *situationDecoder) ws() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// object reads {"key": value, …}, calling field with the decoder just before each value.
func (d *situationDecoder) object(field func(key string) bool) bool {
	d.ws()
	if d.i >= len(d.s) || d.s[d.i] != '{' {
		return false
	}
	d.i++
	d.ws()
	if d.i < len(d.s) && d.s[d.i] == '}' {
		d.i++
		return true
	}
	for {
		d.ws()
		key, ok := d.str()
		if !ok {
			return false
		}
		d.ws()
		if d.i >= len(d.s) || d.s[d.i] != ':' {
			return false
		}
		d.i++
		d.ws()
		if !field(key) {
			return false
		}
		d.ws()
		if d.i >= len(d.s) {
			return false
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case '}':
			d.i++
			return true
		default:
			return false
		}
	}
}

// strings reads an array of strings into *xs.
func (d *situationDecoder) strings(xs *[]string) bool {
	if d.i >= len(d.s) || d.s[d.i] != '[' {
		return false
	}
	d.i++
	d.ws()
	if d.i < len(d.s) && d.s[d.i] == ']' {
		d.i++
		return true
	}
	for {
		d.ws()
		s, ok := d.str()
		if !ok {
			return false
		}
		*xs = append(*xs, s)
		d.ws()
		if d.i >= len(d.s) {
			return false
		}
		switch d.s[d.i] {
		case ',':
			d.i++
		case ']':
			d.i++
			return true
		default:
			return false
		}
	}
}

// str reads a string without escapes or control characters, in valid UTF-8.
func (d *situationDecoder) str() (string, bool) {
	if d.i >= len(d.s) || d.s[d.i] != '"' {
		return "", false
	}
	start := d.i + 1
	ascii := true
	for j := start; j < len(d.s); j++ {
		c := d.s[j]
		switch {
		case c == '"':
			s := d.s[start:j]
			if !ascii && !utf8.ValidString(s) {
				return "", false
			}
			d.i = j + 1
			return s, true
		case c == '\\' || c < 0x20:
			return "", false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return "", false
}

func (d *situationDecoder) boolean() (bool, bool) {
	switch {
	case len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "true":
		d.i += 4
		return true, d.endOfLiteral()
	case len(d.s)-d.i >= 5 && d.s[d.i:d.i+5] == "false":
		d.i += 5
		return false, d.endOfLiteral()
	}
	return false, false
}

// endOfLiteral reports whether a literal or number ends here (truex, 12a are not JSON).
func (d *situationDecoder) endOfLiteral() bool {
	if d.i >= len(d.s) {
		return true
	}
	switch d.s[d.i] {
	case ' ', '\t', '\n', '\r', ',', '}', ']':
		return true
	}
	return false
}

// digits reads 0 or [1-9][0-9]* of at most max digits and returns its value.
func (d *situationDecoder) digits(max int) (int64, bool) {
	start := d.i
	var v int64
	for d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9' {
		v = v*10 + int64(d.s[d.i]-'0')
		d.i++
	}
	n := d.i - start
	if n == 0 || n > max || (n > 1 && d.s[start] == '0') {
		return 0, false
	}
	return v, true
}

// integer reads a JSON integer of at most 18 digits (no fraction, no exponent).
func (d *situationDecoder) integer() (int, bool) {
	neg := d.i < len(d.s) && d.s[d.i] == '-'
	if neg {
		d.i++
	}
	v, ok := d.digits(18)
	if !ok || !d.endOfLiteral() {
		return 0, false
	}
	if neg {
		v = -v
	}
	return int(v), true
}

// euros reads a number of euros with at most 12 digits before the point and 2 after,
// which rules.Euros turns into cents exactly.
func (d *situationDecoder) euros() (rules.Euros, bool) {
	neg := d.i < len(d.s) && d.s[d.i] == '-'
	if neg {
		d.i++
	}
	v, ok := d.digits(12)
	if !ok {
		return 0, false
	}
	v *= 100
	if d.i < len(d.s) && d.s[d.i] == '.' {
		d.i++
		n := 0
		for ; d.i < len(d.s) && d.s[d.i] >= '0' && d.s[d.i] <= '9'; d.i++ {
			n++
			if n > 2 {
				return 0, false
			}
			f := int64(d.s[d.i] - '0')
			if n == 1 {
				f *= 10
			}
			v += f
		}
		if n == 0 {
			return 0, false
		}
	}
	if !d.endOfLiteral() {
		return 0, false
	}
	if neg {
		v = -v
	}
	return rules.Euros(v), true
}
