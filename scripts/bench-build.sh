#!/usr/bin/env bash
# Build a revision of aidants exactly as `make build` does (CGO off, -trimpath, stripped),
# for side-by-side measurements:   scripts/bench-build.sh REV OUT
#   scripts/bench-build.sh main /tmp/aidants-old && make build
#   scripts/bench_ab.py --old /tmp/aidants-old --new ./aidants
set -euo pipefail
rev=${1:?revision}; out=${2:?output binary}
case $out in /*) ;; *) out=$PWD/$out ;; esac   # absolute: the build runs in another directory
cd "$(dirname "$0")/.."
src=$(mktemp -d); trap 'rm -rf "$src"' EXIT
git archive "$rev" | tar -x -C "$src"
(cd "$src" && CGO_ENABLED=0 go build -trimpath -ldflags "-s -w -X main.version=$rev" -o "$out" .)
echo "built $rev into $out"
