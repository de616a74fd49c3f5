#!/usr/bin/env python3
"""Refresh rules/testdata/legi_articles.tsv from the consolidated codes of @socialgouv/legi-data.

The file holds facts only (no text of the law): for every article of the Code du travail
and of the Code de la sécurité sociale in a family the guide cites (same letter and first
number, e.g. every D241-x when D241-5 is cited), its number, state (VIGUEUR, ABROGE_DIFF…),
dates and Légifrance ids; a cited article the code does not contain is written ABSENT.
It also checks the claims of scripts/legi_claims.tsv: for a parameter whose figure is
fixed by an article, the articles whose text states it ("claim" lines). The Go test
content/citations_test.go checks every citation against this file.

Usage (the package is not a dependency of the project; fetch it into a temporary folder):
    mkdir -p /tmp/legi && cd /tmp/legi && npm pack @socialgouv/legi-data && tar xzf socialgouv-legi-data-*.tgz
    python3 scripts/legi_articles.py /tmp/legi/package/data
"""
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "rules", "testdata", "legi_articles.tsv")
CLAIMS = os.path.join(ROOT, "scripts", "legi_claims.tsv")

CODES = {  # short name used in the guide -> Légifrance id of the code
    "CT": "LEGITEXT000006072050",  # Code du travail
    "CSS": "LEGITEXT000006073189",  # Code de la sécurité sociale
}

# The citation grammar, mirrored in content/citations_test.go (keep the two in step):
# a code's name opens a span that runs to the next code's name, a ';' or the end of the
# line; the article numbers of a CT or CSS span are its L/R/D numbers. "… du code du
# travail" after numbers cites them too.
MARKER = re.compile(r"\b(CSS|Code de la sécurité sociale|[Cc]ode du travail|CASF|Code de l'action sociale et des familles|CGI|[Cc]ode civil|CCH|CGFP|Code général de la fonction publique|[Cc]ode rural|CSP|[Cc]ode de la santé publique|LFSS|[Dd]écret|[Ll]oi|[Aa]rrêté|[Cc]irculaire)\b")
ARTICLE = re.compile(r"\b([LRD])\.? ?(\d+(?:-\d+)+)\b")
TRAILING = re.compile(r"((?:\b[LRD]\.? ?\d+(?:-\d+)+\b[^.;:\n]{0,30}?)+)\s+du [Cc]ode (du travail|de la sécurité sociale)")


def code_of(marker):
    m = marker.lower()
    if m in ("css", "code de la sécurité sociale"):
        return "CSS"
    if m == "code du travail":
        return "CT"
    return None


def citations(text):
    """Yield (code, number) for every CT or CSS article cited in text."""
    for line in text.split("\n"):
        ms = list(MARKER.finditer(line))
        for i, m in enumerate(ms):
            code = code_of(m.group(1))
            if code is None:
                continue
            end = ms[i + 1].start() if i + 1 < len(ms) else len(line)
            span = line[m.end():end].split(";")[0]
            for a in ARTICLE.finditer(span):
                yield code, a.group(1) + a.group(2)
        for m in TRAILING.finditer(line):
            code = "CT" if m.group(2) == "du travail" else "CSS"
            for a in ARTICLE.finditer(m.group(1)):
                yield code, a.group(1) + a.group(2)


def cited_files():
    pats = ["rules/*.go", "content/parametres/*.yaml", "content/fiches/*.md", "content/lettres/*.md"]
    for p in pats:
        for f in sorted(glob.glob(os.path.join(ROOT, p))):
            if not f.endswith("_test.go"):
                yield f


def day(ms):
    if ms is None:
        return ""
    return (datetime.datetime(1970, 1, 1) + datetime.timedelta(milliseconds=ms)).strftime("%Y-%m-%d")


def articles(tree):
    stack = [tree]
    while stack:
        n = stack.pop()
        if n.get("type") == "article":
            yield n["data"]
        stack.extend(reversed(n.get("children") or []))


def family(num):
    return num.split("-")[0]


def norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u00a0", " ")).strip()


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data = sys.argv[1]
    cited = set()
    for f in cited_files():
        with open(f, encoding="utf-8") as fh:
            cited.update(citations(fh.read()))
    claims = []
    with open(CLAIMS, encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                param, code, phrase = line.rstrip("\n").split("\t")
                claims.append((param, code, phrase))
    rows, found, claim_rows, versions = [], set(), [], {}
    for code, textid in CODES.items():
        with open(os.path.join(data, textid + ".json"), encoding="utf-8") as fh:
            tree = json.load(fh)
        versions[code] = tree["data"].get("dateDebutVersion", "")
        fams = {family(n) for c, n in cited if c == code}
        for a in articles(tree):
            num = a.get("num") or ""
            if family(num) in fams:
                rows.append((code, num, a.get("etat") or "", day(a.get("dateDebut")), day(a.get("dateFin")), a.get("id") or "", a.get("cid") or ""))
                found.add((code, num))
            text = norm(a.get("texte"))
            for param, ccode, phrase in claims:
                if ccode == code and norm(phrase) in text:
                    claim_rows.append(("claim", param, code, num))
    for code, num in sorted(cited - found):
        rows.append((code, num, "ABSENT", "", "", "", ""))
    rows.sort(key=lambda r: (r[0], r[1], r[3]))
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Generated by scripts/legi_articles.py from @socialgouv/legi-data (facts, no text of the law).\n")
        out.write("# versions: " + " ".join(f"{c}={v}" for c, v in sorted(versions.items())) + "\n")
        out.write("# code\tnumber\tstate\tfrom\tto\tLEGIARTI (version)\tLEGIARTI (article)\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
        out.write("# claim\tparameter\tcode\tnumber: the article's text states the parameter's figure (scripts/legi_claims.tsv)\n")
        for r in sorted(set(claim_rows)):
            out.write("\t".join(r) + "\n")
    print(f"{len(rows)} articles, {len(set(claim_rows))} claims -> {os.path.relpath(OUT, ROOT)}")


if __name__ == "__main__":
    main()
