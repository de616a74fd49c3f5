package guide

import (
	"slices"
	"testing"
)

// The question of the disability before 60 (CASF L245-1 II 1°) is asked only where it
// settles the PCH after 60: past 60, without the PCH already, with an incapacity of 50 %
// or more recognised; not in the other calls.
func TestDisabilityBefore60AskedOnlyWhenItMatters(t *testing.T) {
	g := testGuide(t)
	const fact = "person.disability_before_60"
	base := map[string]string{"person.sex": "male", "caregiver.relationship": "child", "person.residence": "home"}
	with := func(kv ...string) map[string]string {
		m := map[string]string{}
		for k, v := range base {
			m[k] = v
		}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	for _, c := range []struct {
		name string
		said map[string]string
		want bool
	}{
		{"68 ans, 80 %, sans PCH", with("person.age", "68", "person.disability_rate", "80", "person.receives_pch", "no"), true},
		{"60 ans, 50 %, sans PCH", with("person.age", "60", "person.disability_rate", "50", "person.receives_pch", "no"), true},
		{"68 ans, 80 %, PCH inconnue", with("person.age", "68", "person.disability_rate", "80"), true},
		{"59 ans, 80 %, sans PCH : la PCH se demande avant 60 ans", with("person.age", "59", "person.disability_rate", "80", "person.receives_pch", "no"), false},
		{"68 ans, 80 %, touche la PCH", with("person.age", "68", "person.disability_rate", "80", "person.receives_pch", "yes"), false},
		{"68 ans, 49 %", with("person.age", "68", "person.disability_rate", "49"), false},
		{"68 ans, taux inconnu", with("person.age", "68"), false},
	} {
		asked := play(t, g.NewCase(nil, testDay), c.said)
		if got := slices.Contains(asked, fact); got != c.want {
			t.Errorf("%s : posée %v, attendu %v (%v)", c.name, got, c.want, asked)
		}
	}
	for name, said := range CallScripts {
		asked := play(t, g.NewCase(nil, testDay), said)
		if got, want := slices.Contains(asked, fact), name == "handicap-naissance"; got != want {
			t.Errorf("appel %s : posée %v, attendu %v", name, got, want)
		}
	}
}
