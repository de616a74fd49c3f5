#!/usr/bin/env bash
# Runs every fuzz target for a while (default 30s each): ./scripts/fuzz.sh 5s
# Prints, for each target, the executions and time go test reports. Fails on any crash;
# a crash leaves its input in the package's testdata/fuzz folder, to commit with the fix.
set -euo pipefail
cd "$(dirname "$0")/.."
t=${1:-30s}
fail=0
while read -r pkg name; do
  out=$(go test -run '^$' -fuzz "^${name}\$" -fuzztime "$t" "$pkg" 2>&1) || { echo "$out" | tail -30; fail=1; }
  execs=$(echo "$out" | grep -oE 'execs: [0-9]+' | tail -1)
  echo "$pkg $name: ${execs:-?} in $t"
done <<'LIST'
./rules FuzzParseAGGIR
./guide FuzzParseSituation
./guide FuzzBatchLines
./content FuzzSanitize
./content FuzzParseFiche
./content FuzzParseDirectory
./content FuzzParseParams
./content FuzzParseLetter
LIST
exit $fail
