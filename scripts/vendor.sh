#!/usr/bin/env bash
# Rebuild the patched copies of third_party/ from the pinned upstream versions in the Go
# module cache, and re-apply their patches (go.mod replaces the modules by these copies):
#   glamour    third_party/glamour.patch: code blocks without chroma, HTML without
#              bluemonday (their package init was most of the start-up time)
#   bubbletea  third_party/bubbletea.patch: a frame is drawn as soon as the model changed
#              after a pause, instead of at the next tick of the 120 FPS ticker (up to
#              8.3 ms after a key)
#
#   scripts/vendor.sh          rewrite the copies
#   scripts/vendor.sh --check  fail if a committed copy differs from a rebuild
# To move to a new upstream version: change it below and in go.mod's require, run the
# script, fix the patch if it no longer applies (then regenerate it with diff -ru), run
# `go mod tidy` and `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[ "${1:-}" = --check ] && check=true
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
status=0

vendor() { # module version name
  local mod=$1 version=$2 name=$3 src out dest=third_party/$3
  src=$(GOFLAGS=-mod=mod go mod download -json "$mod@$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
  [ -d "$src" ] || { echo "$mod $version not found in the module cache" >&2; exit 1; }
  out="$work/$name"
  mkdir -p "$out"
  # the library only: no tests, golden files, pictures, CI or generators
  (cd "$src" && find . -type f \( -name '*.go' ! -name '*_test.go' ! -path './internal/generate-style-json/*' \
      -o -name go.mod -o -name LICENSE -o -name README.md \) ! -path './styles/*/*' ! -path './testdata/*' \
      ! -path './examples/*' ! -path './tutorials/*' -print) |
    sort | while read -r f; do
      mkdir -p "$out/$(dirname "$f")"
      cp "$src/$f" "$out/$f"
    done
  chmod -R u+w "$out"
  printf '%s %s from the Go module cache, patched with ../%s.patch by scripts/vendor.sh.\nDo not edit: change the patch and rerun the script.\n' "$mod" "$version" "$name" > "$out/UPSTREAM"
  patch -s -p1 -d "$out" < "third_party/$name.patch"
  if $check; then
    if diff -r "$out" "$dest"; then
      echo "$dest matches $mod $version + $name.patch"
    else
      status=1
    fi
    return
  fi
  rm -rf "$dest"
  cp -r "$out" "$dest"
  echo "$dest rebuilt from $mod $version"
}

vendor charm.land/glamour/v2 v2.0.1 glamour
vendor charm.land/bubbletea/v2 v2.1.1 bubbletea
exit $status
