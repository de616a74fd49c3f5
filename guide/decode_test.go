package guide

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
)

// agree checks the fast path against ParseSituation on one input: whatever the fast path
// accepts, ParseSituation accepts with the same situation. It reports whether the fast
// path took the input.
func agree(t *testing.T, in string) bool {
	t.Helper()
	var d situationDecoder
	fast := d.decode([]byte(in))
	ref, err := ParseSituation([]byte(in))
	if fast == nil {
		return false
	}
	if err != nil {
		if fast.Validate() == nil {
			t.Errorf("fast path accepts %q, ParseSituation refuses it: %v", in, err)
		}
		return true
	}
	if !reflect.DeepEqual(fast, ref) {
		t.Errorf("%q:\nfast %+v\nref  %+v", in, fast, ref)
	}
	got, err := d.parseSituation([]byte(in))
	if err != nil || !reflect.DeepEqual(got, ref) {
		t.Errorf("parseSituation(%q) = %+v, %v", in, got, err)
	}
	return true
}

func TestFastDecoderAgreesWithParseSituation(t *testing.T) {
	fast := []string{
		`{}`,
		` {"person":{}, "caregiver":{}} `,
		`{"person":{"age":82,"department":"2A","residence":"home","gir":2,"monthly_resources":1400,"couple":false,"receives_apa":true,"apa_plan_amount":1200.5},"caregiver":{"relationship":"child","employment":"employee"},"needs":["respite","household_help"]}`,
		`{"needs":[]}`,
		`{"person":{"monthly_resources":0.05,"apa_plan_amount":10.1}}`,
		`{"person":{"monthly_resources":999999.99}}`,
		`{"person":{"aggir":{}}}`,
		`{"person":{"aggir":{"coherence":"A","orientation":"B"}}}`,
		`{"person":{"department":"é"}}`,
		"{\t\"person\" :\r\n{ \"age\" : 90 } }",
		`{"person":{"disability_rate":80,"end_of_life":true,"memory_disorders":true,"urgent":false,"recent_hospitalisation":true,"housing":"owner","pension_scheme":"mines","receives_aspa":false,"receives_pch":true}}`,
		`{"person":{"age":68,"disability_rate":80,"receives_pch":false,"disability_before_60":true}}`,
		`{"caregiver":{"lives_with_person":true,"exhausted":true,"hospitalisation_planned":false,"hosts_person":true}}`,
		// refused by the rules (Validate), so left to ParseSituation for the message
		`{"person":{"age":300}}`,
		`{"person":{"residence":"lune"}}`,
		`{"person":{"monthly_resources":-3}}`,
		`{"needs":["respite","respite"]}`,
		`{"person":{"aggir":{"x":"A"}}}`,
	}
	for _, in := range fast {
		if !agree(t, in) {
			t.Errorf("fast path should take %q", in)
		}
	}
	slow := []string{
		``, ` `, `null`, `[]`, `{`, `{}x`, `{}{}`, `{"person":null}`, `{"Person":{}}`,
		`{"person":{"AGE":82}}`, `{"person":{},"person":{}}`, `{"person":{"age":1,"age":2}}`,
		`{"person":{"age":82.0}}`, `{"person":{"age":1e2}}`, `{"person":{"age":082}}`,
		`{"person":{"age":"82"}}`, `{"person":{"age":-}}`, `{"person":{"couple":truex}}`,
		`{"person":{"couple":null}}`, `{"person":{"department":"7\u0035"}}`,
		`{"person":{"department":"a\"b"}}`, "{\"person\":{\"department\":\"a\x01\"}}",
		"{\"person\":{\"department\":\"\xff\"}}", `{"person":{"monthly_resources":1500.005}}`,
		`{"person":{"monthly_resources":1e3}}`, `{"person":{"monthly_resources":1.}}`,
		`{"person":{"monthly_resources":.5}}`, `{"person":{"monthly_resources":01}}`,
		`{"person":{"monthly_resources":1234567890123}}`, `{"needs":"respite"}`,
		`{"needs":[1]}`, `{"needs":[],"needs":[]}`, `{"needs":["a",]}`, `{"person":{,}}`,
		`{"person":{"aggir":{"a":"A","a":"B"}}}`, `{"person":{"aggir":{"a":1}}}`,
		`{"other":1}`, "\uFEFF{}", `{"person":{"age":82},}`, `{"person":{"age":82}`,
	}
	for _, in := range slow {
		if agree(t, in) {
			t.Errorf("fast path should leave %q to ParseSituation", in)
		}
	}
}

// Random situations of every field, written with random spacing and number forms: the
// fast path takes those of the common shape and agrees with ParseSituation on each.
func TestFastDecoderRandomSituations(t *testing.T) {
	rng := rand.New(rand.NewSource(18))
	took := 0
	for i := 0; i < 3000; i++ {
		in := randomSituation(rng)
		if agree(t, in) {
			took++
		}
	}
	if took < 500 {
		t.Errorf("the fast path took only %d of 3000 situations", took)
	}
}

func randomSituation(rng *rand.Rand) string {
	sp := func() string { return []string{"", "", " ", "\t", "\r\n "}[rng.Intn(5)] }
	pick := func(xs ...string) string { return xs[rng.Intn(len(xs))] }
	num := func() string {
		return pick("0", "7", "82", "125", "-1", "3.5", "1e1", "082", fmt.Sprint(rng.Intn(130)))
	}
	euros := func() string {
		return pick("0", "1400", "1400.5", "1400.55", "1400.555", "0.05", "-2", "1e3", "2000000",
			fmt.Sprintf("%d.%02d", rng.Intn(5000), rng.Intn(100)))
	}
	str := func(xs ...string) string { return `"` + pick(xs...) + `"` }
	boolean := func() string { return pick("true", "false", "true", "false", "null") }
	var p, c []string
	add := func(to *[]string, prob float64, key, val string) {
		if rng.Float64() < prob {
			*to = append(*to, sp()+`"`+key+`"`+sp()+":"+sp()+val+sp())
		}
	}
	add(&p, .8, "age", num())
	add(&p, .7, "department", str("23", "2A", "974", "75", "99", "", "é"))
	add(&p, .7, "residence", str("home", "institution", "relative_home", "host_family", "mars"))
	add(&p, .5, "gir", pick("1", "2", "6", "7", "0"))
	add(&p, .2, "aggir", pick(`{}`, `{"coherence":"A","orientation":"C"}`, `{"x":"A"}`, `{"coherence":"Z"}`))
	add(&p, .7, "monthly_resources", euros())
	add(&p, .5, "couple", boolean())
	add(&p, .5, "receives_apa", boolean())
	add(&p, .4, "apa_plan_amount", euros())
	add(&p, .3, "disability_rate", pick("0", "50", "80", "100", "101"))
	for _, k := range []string{"end_of_life", "memory_disorders", "urgent", "recent_hospitalisation", "receives_aspa", "receives_pch", "disability_before_60"} {
		add(&p, .3, k, boolean())
	}
	add(&p, .4, "housing", str("owner", "private_tenant", "social_tenant", "hosted", "castle"))
	add(&p, .4, "pension_scheme", str("general", "agricultural", "mines", "public", "self_employed", "other"))
	add(&c, .7, "relationship", str("spouse", "child", "grandchild", "friend_neighbour", "cousin"))
	add(&c, .7, "employment", str("employee", "public_servant", "retired", "astronaut"))
	for _, k := range []string{"lives_with_person", "exhausted", "hospitalisation_planned", "hosts_person"} {
		add(&c, .3, k, boolean())
	}
	if rng.Float64() < .05 && len(p) > 0 {
		p = append(p, p[0]) // a key twice
	}
	var top []string
	top = append(top, `"person":{`+strings.Join(p, ",")+`}`)
	if rng.Float64() < .9 {
		top = append(top, `"caregiver":{`+strings.Join(c, ",")+`}`)
	}
	if rng.Float64() < .5 {
		var n []string
		for _, x := range rng.Perm(7)[:rng.Intn(4)] {
			n = append(n, `"`+[]string{"home_adaptation", "household_help", "respite", "legal_protection", "meals", "alarm", "respite"}[x]+`"`)
		}
		top = append(top, `"needs":`+sp()+"["+strings.Join(n, ","+sp())+"]")
	}
	rng.Shuffle(len(top), func(i, j int) { top[i], top[j] = top[j], top[i] })
	return sp() + "{" + strings.Join(top, ","+sp()) + "}" + sp()
}

func FuzzFastDecoder(f *testing.F) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20; i++ {
		f.Add(randomSituation(rng))
	}
	f.Fuzz(func(t *testing.T, in string) { agree(t, in) })
}

func BenchmarkDecodeSituation(b *testing.B) {
	line := []byte(`{"person":{"age":57,"department":"33","gir":5,"monthly_resources":3051.7,"receives_apa":true,"apa_plan_amount":1258.02,"end_of_life":false},"caregiver":{"relationship":"grandchild","employment":"self_employed"},"needs":["respite","meals"]}`)
	b.Run("fast", func(b *testing.B) {
		var d situationDecoder
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := d.parseSituation(line); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := ParseSituation(line); err != nil {
				b.Fatal(err)
			}
		}
	})
}
