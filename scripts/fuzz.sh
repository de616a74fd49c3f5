#!/usr/bin/env bash
# Runs every fuzz target for a while (default 30s each), one after the other:
#   ./scripts/fuzz.sh 60s            all targets
#   ./scripts/fuzz.sh 60s FuzzParseLetter FuzzParseDirectory   some of them
# Prints, for each target, the executions go test reports in that time. Fails on any
# crash; a crash leaves its input in the package's testdata/fuzz folder, to commit with
# the fix. The seed corpus is in each package's testdata/fuzz/<target>/ (run by go test).
#
# -fuzzminimizetime: go test minimises every new interesting input for up to 60 s by
# default, which is the whole run for a slow parser (FuzzParseLetter made 9 executions in
# 60 s, FuzzParseDirectory 904). 1 s is enough for inputs this small; a crash is still
# minimised (-fuzzminimizetime applies to it too) and kept whole if it is not.
set -euo pipefail
cd "$(dirname "$0")/.."
t=${1:-30s}
shift || true
minimize=${FUZZMINIMIZETIME:-1s}
fail=0
while read -r pkg name; do
  if [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; then continue; fi
  out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$t" -fuzzminimizetime "$minimize" "$pkg" 2>&1) || { echo "$out" | tail -30; fail=1; }
  execs=$(echo "$out" | grep -oE 'execs: [0-9]+' | tail -1 | grep -oE '[0-9]+' || true)
  echo "$pkg $name: ${execs:-?} exécutions en $t"
done <<'LIST'
./rules FuzzParseAGGIR
./guide FuzzParseSituation
./guide FuzzFastDecoder
./guide FuzzBatchLines
./content FuzzSanitize
./content FuzzParseFiche
./content FuzzParseDirectory
./content FuzzParseParams
./content FuzzParseLetter
./content FuzzGeoQueries
./content FuzzParseGeo
LIST
exit $fail
