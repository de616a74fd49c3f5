package content

import (
	"testing"

	"aidants/rules"
)

func MustLoadForTest(t testing.TB) *Set {
	t.Helper()
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func NewParamsForTest(ps []*rules.Param) (*rules.Params, error) {
	p, err := rules.NewParams(ps)
	if err == nil {
		for _, x := range p.All() {
			_ = x.StaleFrom()
		}
	}
	return p, err
}
