package guide

import (
	"encoding/json"
	"testing"

	"aidants/rules"

	"pgregory.net/rapid"
)

// Whatever is known of a situation, the plan JSON keeps the contract of DESIGN: every
// catalogue id once, statuses and results from their enumerations, a legal basis on every
// condition, amounts in cents that are never negative, dates as AAAA-MM-JJ.
func TestPlanJSONContractProperty(t *testing.T) {
	g := testGuide(t)
	pick := func(t *rapid.T, name string, xs []string) any {
		if rapid.Bool().Draw(t, name+"?") {
			return rapid.SampledFrom(xs).Draw(t, name)
		}
		return nil
	}
	rapid.Check(t, func(t *rapid.T) {
		person := map[string]any{}
		caregiver := map[string]any{}
		set := func(m map[string]any, k string, v any) {
			if v != nil {
				m[k] = v
			}
		}
		if rapid.Bool().Draw(t, "age?") {
			person["age"] = rapid.IntRange(0, 125).Draw(t, "age")
		}
		if rapid.Bool().Draw(t, "gir?") {
			person["gir"] = rapid.IntRange(1, 6).Draw(t, "gir")
		}
		if rapid.Bool().Draw(t, "res?") {
			person["monthly_resources"] = float64(rapid.IntRange(0, 1000000).Draw(t, "res")) / 100
		}
		if rapid.Bool().Draw(t, "plan?") {
			person["apa_plan_amount"] = float64(rapid.IntRange(0, 500000).Draw(t, "plan")) / 100
		}
		if rapid.Bool().Draw(t, "dis?") {
			person["disability_rate"] = rapid.IntRange(0, 100).Draw(t, "dis")
		}
		set(person, "department", pick(t, "dep", []string{"01", "23", "2A", "75", "93", "974"}))
		set(person, "residence", pick(t, "residence", rules.Residences))
		set(person, "housing", pick(t, "housing", rules.Housings))
		set(person, "pension_scheme", pick(t, "scheme", rules.PensionSchemes))
		for _, k := range []string{"couple", "receives_apa", "end_of_life", "memory_disorders", "urgent", "recent_hospitalisation", "receives_aspa", "receives_pch", "disability_before_60"} {
			if rapid.Bool().Draw(t, k+"?") {
				person[k] = rapid.Bool().Draw(t, k)
			}
		}
		set(caregiver, "relationship", pick(t, "rel", rules.Relationships))
		set(caregiver, "employment", pick(t, "emp", rules.Employments))
		for _, k := range []string{"lives_with_person", "exhausted", "hospitalisation_planned", "hosts_person"} {
			if rapid.Bool().Draw(t, k+"?") {
				caregiver[k] = rapid.Bool().Draw(t, k)
			}
		}
		in := map[string]any{"person": person, "caregiver": caregiver}
		if rapid.Bool().Draw(t, "needs?") {
			in["needs"] = rapid.SliceOfNDistinct(rapid.SampledFrom(rules.NeedsList), 0, 6, rapid.ID[string]).Draw(t, "needs")
		}
		b, _ := json.Marshal(in)
		s, err := ParseSituation(b)
		if err != nil {
			t.Fatalf("valid situation refused: %v (%s)", err, b)
		}
		out, _ := g.Evaluate(s, testDay).JSON()
		var plan struct {
			Date  string `json:"date"`
			Items []struct {
				ID         string `json:"id"`
				Status     string `json:"status"`
				Fiche      string `json:"fiche"`
				Conditions []struct {
					Label, Seen, Result, Basis string
				} `json:"conditions"`
				Missing []string `json:"missing"`
				Amounts []struct {
					Label      string `json:"label"`
					Cents      *int64 `json:"cents"`
					AsOf       string `json:"as_of"`
					Confidence string `json:"confidence"`
				} `json:"amounts"`
				Steps []struct {
					Order int    `json:"order"`
					Text  string `json:"text"`
				} `json:"steps"`
			} `json:"items"`
			Missing []string `json:"missing"`
		}
		if err := json.Unmarshal(out, &plan); err != nil {
			t.Fatal(err)
		}
		if plan.Date != "2026-06-01" || len(plan.Items) != len(rules.Catalogue) || plan.Missing == nil {
			t.Fatalf("date %q, %d items, missing %v", plan.Date, len(plan.Items), plan.Missing)
		}
		seen := map[string]bool{}
		for _, it := range plan.Items {
			if seen[it.ID] || rules.CatalogueIndex(it.ID) < 0 || it.Fiche != it.ID {
				t.Fatalf("item %q repeated, unknown or without its fiche", it.ID)
			}
			seen[it.ID] = true
			switch it.Status {
			case "eligible", "to_check", "not_eligible", "info":
			default:
				t.Fatalf("%s: status %q", it.ID, it.Status)
			}
			if it.Status == "to_check" && it.Missing == nil {
				t.Fatalf("%s: missing must be a list", it.ID)
			}
			for _, c := range it.Conditions {
				if c.Label == "" || c.Basis == "" || c.Seen == "" || (c.Result != "yes" && c.Result != "no" && c.Result != "unknown") {
					t.Fatalf("%s: condition %+v", it.ID, c)
				}
			}
			for _, a := range it.Amounts {
				if a.Cents != nil && *a.Cents < 0 || a.Label == "" || a.Confidence == "" {
					t.Fatalf("%s: amount %+v", it.ID, a)
				}
				if a.AsOf != "" {
					if _, err := parseDate(a.AsOf); err != nil {
						t.Fatalf("%s: as_of %q", it.ID, a.AsOf)
					}
				}
			}
			for i, st := range it.Steps {
				if st.Order != i+1 || st.Text == "" {
					t.Fatalf("%s: step %d %+v", it.ID, i, st)
				}
			}
		}
	})
}
