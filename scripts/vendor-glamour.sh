#!/usr/bin/env bash
# Rebuild third_party/glamour from the pinned upstream glamour in the Go module cache and
# re-apply third_party/glamour.patch (code blocks use glamour's own plain fallback, so that
# chroma, whose package init was most of the start-up time, is no longer linked).
#   scripts/vendor-glamour.sh          rewrite third_party/glamour
#   scripts/vendor-glamour.sh --check  fail if the committed copy differs from a rebuild
# To move to a new glamour: change VERSION, run the script, fix the patch if it no longer
# applies (then regenerate it with diff -ru), run `go mod tidy` and `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=v2.0.1
MOD=charm.land/glamour/v2
dest=third_party/glamour
check=false
[ "${1:-}" = --check ] && check=true

src=$(GOFLAGS=-mod=mod go mod download -json "$MOD@$VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
[ -d "$src" ] || { echo "glamour $VERSION not found in the module cache" >&2; exit 1; }

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
out="$work/glamour"
mkdir -p "$out"
# the library only: no tests, golden files, pictures, CI or style JSON
(cd "$src" && find . -type f \( -name '*.go' ! -name '*_test.go' ! -path './internal/generate-style-json/*' \
    -o -name go.mod -o -name LICENSE -o -name README.md \) ! -path './styles/*/*' -print) |
  sort | while read -r f; do
    mkdir -p "$out/$(dirname "$f")"
    cp "$src/$f" "$out/$f"
  done
chmod -R u+w "$out"
printf '%s %s from the Go module cache, patched with ../glamour.patch by scripts/vendor-glamour.sh.\nDo not edit: change the patch and rerun the script.\n' "$MOD" "$VERSION" > "$out/UPSTREAM"
patch -s -p1 -d "$out" < third_party/glamour.patch

if $check; then
  diff -r "$out" "$dest" && echo "third_party/glamour matches $MOD $VERSION + glamour.patch"
  exit
fi
rm -rf "$dest"
cp -r "$out" "$dest"
echo "third_party/glamour rebuilt from $MOD $VERSION"
