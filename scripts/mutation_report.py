#!/usr/bin/env python3
"""Summarise a gremlins JSON report (make mutation writes mutation-rules.json).

Prints the totals, the share of all mutants killed (not covered ones count as not killed),
then every mutant that was not killed with its source line, by file, for TESTING.md.
Run: python3 scripts/mutation_report.py [mutation-rules.json]
"""
import collections, json, os, sys

path = sys.argv[1] if len(sys.argv) > 1 else "mutation-rules.json"
with open(path, encoding="utf-8") as f:
    rep = json.load(f)
root = os.path.dirname(os.path.abspath(path))
count = collections.Counter()
rest = collections.defaultdict(list)
for fl in rep["files"]:
    for m in fl["mutations"]:
        count[m["status"]] += 1
        if m["status"] != "KILLED":
            rest[fl["file_name"]].append(m)
total = sum(count.values())
killed = count["KILLED"]
print("mutants: %d; %s" % (total, ", ".join("%s %d" % kv for kv in sorted(count.items()))))
print("efficacy (killed / killed+lived): %.2f %%; mutant coverage: %.2f %%" % (rep["test_efficacy"], rep["mutations_coverage"]))
print("killed among all mutants: %.1f %%" % (100.0 * killed / total if total else 0))
for name in sorted(rest):
    lines = None
    for cand in (os.path.join(root, "rules", name), os.path.join(root, name)):
        if os.path.exists(cand):
            with open(cand, encoding="utf-8") as f:
                lines = f.read().split("\n")
            break
    print("\n## %s" % name)
    for m in sorted(rest[name], key=lambda m: (m["line"], m["column"])):
        src = lines[m["line"] - 1].strip() if lines and m["line"] <= len(lines) else ""
        print("%-12s %-22s %4d:%-3d %s" % (m["status"], m["type"], m["line"], m["column"], src[:110]))
