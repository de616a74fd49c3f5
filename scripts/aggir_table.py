#!/usr/bin/env python3
"""Independent AGGIR table for the exhaustive Go test.

Reads the reference transcription of CASF annexe 2-2 (rules/testdata/aggir_reference.json,
a copy of the project's shared/reference/aggir.json kept in the repository so the script
runs from a clean clone), not the Go code, and writes every combination of the eight
weighted variables with its rank, deciding group and GIR. Run:

    python3 scripts/aggir_table.py [aggir.json] > rules/testdata/aggir_expected.csv
"""
import itertools, json, os, sys

here = os.path.dirname(os.path.abspath(__file__))
path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "rules", "testdata", "aggir_reference.json")
with open(path, encoding="utf-8") as f:
    ref = json.load(f)
order = ref["variable_order"][:8]
groups = "ABCDEFGH"
print("vector,gir,rank,group")
for combo in itertools.product("ABC", repeat=8):
    rank = group = None
    for g in groups:
        w = ref["groups"][g]["weights"]
        s = sum(w[v][m] for v, m in zip(order, combo) if m != "A")
        for t in ref["groups"][g]["ranks"]:
            if s >= t["min_score_inclusive"]:
                rank, group = t["rank"], g
                break
        if rank:
            break
    if rank is None:
        rank, group = 13, "H"
    print("%s,%d,%d,%s" % ("".join(combo), ref["rank_to_gir"][str(rank)], rank, group))
