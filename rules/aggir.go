package rules

import (
	"fmt"
	"strings"
)

// The AGGIR algorithm of CASF annexe 2-2 (art. R232-3): eight groups A–H; in each group a
// variable coded C or B adds its weight (A adds 0); the first group whose total reaches one
// of its thresholds gives the rank; the rank gives the GIR. The law's oddities are kept on
// purpose: negative weights of déplacement intérieur in group B, and transferts in group H
// worth more for B (2000) than for C (1000).

// aggirWeights[group][variable] = {weight if C, weight if B}, for the first eight
// discriminant variables (déplacement extérieur and alerter weigh 0 in every group).
var aggirWeights = [8][8][2]int16{
	// coherence, orientation, toilette, habillage, alimentation, elimination, transferts, dépl. int.
	{{2000, 0}, {1200, 0}, {40, 16}, {40, 16}, {60, 20}, {100, 16}, {800, 120}, {200, 32}},               // A
	{{1500, 320}, {1200, 120}, {40, 16}, {40, 16}, {60, 0}, {100, 16}, {800, 120}, {-80, -40}},           // B
	{{0, 0}, {0, 0}, {40, 16}, {40, 16}, {60, 20}, {160, 20}, {1000, 200}, {400, 40}},                    // C
	{{0, 0}, {0, 0}, {0, 0}, {0, 0}, {2000, 200}, {400, 200}, {2000, 200}, {200, 0}},                     // D
	{{400, 0}, {400, 0}, {400, 100}, {400, 100}, {400, 100}, {800, 100}, {800, 100}, {200, 0}},           // E
	{{200, 100}, {200, 100}, {500, 100}, {500, 100}, {500, 100}, {500, 100}, {500, 100}, {200, 0}},       // F
	{{150, 0}, {150, 0}, {300, 200}, {300, 200}, {500, 200}, {500, 200}, {400, 200}, {200, 100}},         // G
	{{0, 0}, {0, 0}, {3000, 2000}, {3000, 2000}, {3000, 2000}, {3000, 2000}, {1000, 2000}, {1000, 1000}}, // H
}

// aggirThresholds[group] lists (minimum score, rank) pairs, highest first.
var aggirThresholds = [8][]struct{ min, rank int }{
	{{4380, 1}, {4140, 2}, {3390, 3}},
	{{2016, 4}},
	{{1700, 5}, {1432, 6}},
	{{2400, 7}},
	{{1200, 8}},
	{{800, 9}},
	{{650, 10}},
	{{4000, 11}, {2000, 12}},
}

var groupNames = [8]string{"A", "B", "C", "D", "E", "F", "G", "H"}

// rankToGIR maps ranks 1–13 to GIR 1–6 (annexe 2-2).
var rankToGIR = [14]int{0, 1, 2, 2, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6}

// GIRResult is the outcome of the AGGIR algorithm.
type GIRResult struct {
	GIR   int    `json:"gir"`
	Rank  int    `json:"rank"`
	Group string `json:"group"` // the group whose threshold decided (A–H)
}

// Modality is an AGGIR coding: A (does alone, totally, habitually, correctly), B (partly),
// C (does not).
type Modality uint8

const (
	ModNone Modality = iota
	ModA
	ModB
	ModC
)

// ParseModality reads "A", "B" or "C" (case-insensitive).
func ParseModality(s string) (Modality, bool) {
	switch strings.ToUpper(strings.TrimSpace(s)) {
	case "A":
		return ModA, true
	case "B":
		return ModB, true
	case "C":
		return ModC, true
	}
	return ModNone, false
}

func (m Modality) String() string {
	switch m {
	case ModA:
		return "A"
	case ModB:
		return "B"
	case ModC:
		return "C"
	}
	return "?"
}

// ComputeGIR applies annexe 2-2 to the eight weighted variables (coherence, orientation,
// toilette, habillage, alimentation, elimination, transferts, deplacement_interieur),
// each ModA, ModB or ModC. It does not allocate.
func ComputeGIR(v [8]Modality) GIRResult {
	for g := 0; g < 8; g++ {
		s := 0
		for i, m := range v {
			switch m {
			case ModC:
				s += int(aggirWeights[g][i][0])
			case ModB:
				s += int(aggirWeights[g][i][1])
			}
		}
		for _, t := range aggirThresholds[g] {
			if s >= t.min {
				return GIRResult{GIR: rankToGIR[t.rank], Rank: t.rank, Group: groupNames[g]}
			}
		}
	}
	return GIRResult{GIR: 6, Rank: 13, Group: "H"}
}

// EstimateGIR estimates the GIR from a situation's AGGIR answers. ok is false when one of
// the eight weighted variables is missing.
func EstimateGIR(a AGGIR) (GIRResult, bool) {
	var v [8]Modality
	for i := 0; i < 8; i++ {
		m, ok := ParseModality(a[AGGIRVariables[i]])
		if !ok {
			return GIRResult{}, false
		}
		v[i] = m
	}
	return ComputeGIR(v), true
}

// ParseAGGIR reads "coherence=A,orientation=B,…". Every key must be a discriminant variable,
// given once, with A, B or C. The eight weighted variables must all be present; déplacement
// extérieur and alerter may be omitted (they weigh 0).
func ParseAGGIR(s string) (AGGIR, error) {
	out := AGGIR{}
	if strings.TrimSpace(s) == "" {
		return nil, &FieldError{"--aggir", "vide (attendu : coherence=A,orientation=B,…)"}
	}
	for _, part := range strings.Split(s, ",") {
		k, v, ok := strings.Cut(strings.TrimSpace(part), "=")
		k = strings.ToLower(strings.TrimSpace(k))
		if !ok {
			return nil, &FieldError{"--aggir", fmt.Sprintf("%q : il manque « = » (attendu : variable=A, B ou C)", clip(part))}
		}
		if aggirIndex(k) < 0 {
			return nil, &FieldError{"--aggir", fmt.Sprintf("variable %q inconnue (attendu : %s)", clip(k), strings.Join(AGGIRVariables, ", "))}
		}
		if _, dup := out[k]; dup {
			return nil, &FieldError{"--aggir", fmt.Sprintf("variable %q donnée deux fois", k)}
		}
		m, ok := ParseModality(v)
		if !ok {
			return nil, &FieldError{"--aggir", fmt.Sprintf("%s=%q : modalité inconnue (attendu : A, B ou C)", k, clip(v))}
		}
		out[k] = m.String()
	}
	var missing []string
	for _, k := range AGGIRVariables[:8] {
		if _, ok := out[k]; !ok {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return nil, &FieldError{"--aggir", "il manque : " + strings.Join(missing, ", ")}
	}
	return out, nil
}

// Adverbs are the four questions of the 2008 filling guide for one variable or
// sub-variable: does the person do it spontaneously, totally, correctly, habitually?
type Adverbs struct {
	Spontaneously, Totally, Correctly, Habitually bool
}

// Modality turns the four adverbs into A (all met), C (none met) or B (one to three not met).
func (a Adverbs) Modality() Modality {
	n := 0
	for _, b := range [4]bool{a.Spontaneously, a.Totally, a.Correctly, a.Habitually} {
		if b {
			n++
		}
	}
	switch n {
	case 4:
		return ModA
	case 0:
		return ModC
	}
	return ModB
}

// CombineToilette: haut, bas. CC = C ; AA = A ; others = B (guide in force before 2008).
func CombineToilette(haut, bas Modality) Modality {
	return combineAllSame(haut, bas)
}

// CombineHabillage: haut, moyen, bas. CCC = C ; AAA = A ; others = B.
func CombineHabillage(haut, moyen, bas Modality) Modality {
	return combineAllSame(haut, moyen, bas)
}

// CombineAlimentation: se servir, manger. CC, BC, CB = C ; AA = A ; others (AC and CA
// included) = B, as written in the guide in force before 2008.
func CombineAlimentation(seServir, manger Modality) Modality {
	switch {
	case seServir == ModA && manger == ModA:
		return ModA
	case seServir == ModC && manger != ModA, manger == ModC && seServir != ModA:
		return ModC
	}
	return ModB
}

// CombineElimination: urinaire, fécale. Any C = C ; AA = A ; others = B.
func CombineElimination(urinaire, fecale Modality) Modality {
	switch {
	case urinaire == ModC || fecale == ModC:
		return ModC
	case urinaire == ModA && fecale == ModA:
		return ModA
	}
	return ModB
}

// CombineCoherence (communication, comportement) and CombineOrientation (temps, espace):
// AA = A ; any C = C ; others = B. This combination is NOT verified against the 2008 guide
// (the reference could not read it): results built on it are estimates to confirm with the
// équipe médico-sociale. See SubVariableRuleVerified.
func CombineCoherence(communication, comportement Modality) Modality {
	return combineAnyC(communication, comportement)
}

// CombineOrientation: see CombineCoherence.
func CombineOrientation(temps, espace Modality) Modality {
	return combineAnyC(temps, espace)
}

// SubVariableRuleVerified says whether the combination rule of a variable's sub-variables
// was read in the law. Only cohérence and orientation are not.
func SubVariableRuleVerified(variable string) bool {
	return variable != "coherence" && variable != "orientation"
}

func combineAllSame(ms ...Modality) Modality {
	allA, allC := true, true
	for _, m := range ms {
		allA = allA && m == ModA
		allC = allC && m == ModC
	}
	switch {
	case allA:
		return ModA
	case allC:
		return ModC
	}
	return ModB
}

func combineAnyC(a, b Modality) Modality {
	switch {
	case a == ModC || b == ModC:
		return ModC
	case a == ModA && b == ModA:
		return ModA
	}
	return ModB
}
