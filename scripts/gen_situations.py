#!/usr/bin/env python3
"""Deterministic random situations, one JSON per line, for `aidants lot` measurements.
Usage: gen_situations.py N > situations.jsonl"""
import json, random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
rng = random.Random(42)
def maybe(p=0.8):
    return rng.random() < p
out = sys.stdout
for i in range(n):
    p, c = {}, {}
    if maybe(): p["age"] = rng.randint(55, 100)
    if maybe(): p["department"] = rng.choice(["23", "33", "75", "93", "2A", "974", "59", "13"])
    if maybe(): p["residence"] = rng.choice(["home", "home", "home", "relative_home", "institution", "residence_autonomie"])
    if maybe(0.6): p["gir"] = rng.randint(1, 6)
    if maybe(): p["monthly_resources"] = round(rng.uniform(600, 4500), 2)
    if maybe(): p["couple"] = maybe(0.4)
    if maybe(): p["receives_apa"] = maybe(0.3)
    if maybe(0.4): p["apa_plan_amount"] = round(rng.uniform(200, 1800), 2)
    if maybe(0.5): p["housing"] = rng.choice(["owner", "private_tenant", "social_tenant", "hosted"])
    if maybe(0.5): p["pension_scheme"] = rng.choice(["general", "agricultural", "mines", "public", "other"])
    for k in ["urgent", "memory_disorders", "end_of_life", "recent_hospitalisation"]:
        if maybe(0.5): p[k] = maybe(0.2)
    if maybe(): c["relationship"] = rng.choice(["spouse", "child", "grandchild", "sibling", "friend_neighbour"])
    if maybe(): c["employment"] = rng.choice(["employee", "public_servant", "self_employed", "jobseeker", "retired", "not_working"])
    if maybe(0.5): c["exhausted"] = maybe(0.3)
    s = {"person": p, "caregiver": c}
    if maybe(0.5): s["needs"] = rng.sample(["home_adaptation", "household_help", "respite", "legal_protection", "meals", "alarm"], rng.randint(0, 3))
    out.write(json.dumps(s, separators=(",", ":")) + "\n")
