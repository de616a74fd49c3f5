#!/usr/bin/env bash
# Builds the release binaries into dist/: static (CGO_ENABLED=0), -trimpath, version and
# commit stamped, for every platform the volunteers use, then dist/SHA256SUMS.
# Nothing is downloaded or uploaded: it only needs Go and the module cache.
#
#   make dist                      (VERSION, COMMIT and LDFLAGS come from the Makefile)
#   scripts/dist.sh                (same defaults, computed here)
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
VERSION=${VERSION:-$(git describe --tags --always --dirty 2>/dev/null || echo dev)}
COMMIT=${COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo inconnu)}
LDFLAGS=${LDFLAGS:-"-s -w -X main.version=$VERSION -X main.commit=$COMMIT"}
DIST=${DIST:-dist}
TARGETS=${TARGETS:-"linux/amd64 linux/arm64 windows/amd64 darwin/amd64 darwin/arm64"}

rm -rf "$DIST"
mkdir -p "$DIST"
for t in $TARGETS; do
	os=${t%/*}
	arch=${t#*/}
	out="$DIST/aidants-$os-$arch"
	[ "$os" = windows ] && out="$out.exe"
	echo "construction de $out"
	CGO_ENABLED=0 GOOS=$os GOARCH=$arch GOFLAGS=${GOFLAGS:-} \
		"$GO" build -trimpath -ldflags "$LDFLAGS" -o "$out" .
	# every binary must be static and stamped
	info=$("$GO" version -m "$out")
	grep -q $'\tbuild\tCGO_ENABLED=0' <<<"$info" || { echo "$out : construit avec cgo" >&2; exit 1; }
	grep -q $'\tbuild\tGOOS='"$os" <<<"$info" || { echo "$out : mauvais système" >&2; exit 1; }
	grep -q $'\tbuild\t-trimpath=true' <<<"$info" || { echo "$out : sans -trimpath" >&2; exit 1; }
done

# The Windows binary cannot be run here: check it is a PE executable for amd64.
# DOS header "MZ"; at offset 0x3c, the little-endian offset of "PE\0\0", followed by the
# COFF machine type 0x8664 (amd64).
win="$DIST/aidants-windows-amd64.exe"
if [ -f "$win" ]; then
	[ "$(head -c 2 "$win")" = MZ ] || { echo "$win : en-tête MZ absent" >&2; exit 1; }
	peoff=$(od -An -t u4 -j 60 -N 4 "$win" | tr -d ' ')
	sig=$(od -An -c -j "$peoff" -N 4 "$win" | tr -d ' ')
	[ "$sig" = 'PE\0\0' ] || { echo "$win : signature PE absente (trouvé « $sig » à $peoff)" >&2; exit 1; }
	machine=$(od -An -t x2 -j $((peoff + 4)) -N 2 "$win" | tr -d ' ')
	[ "$machine" = 8664 ] || { echo "$win : machine $machine, attendu 8664 (amd64)" >&2; exit 1; }
	echo "$win : exécutable PE amd64, sans cgo"
fi

(
	cd "$DIST"
	if command -v sha256sum >/dev/null; then
		sha256sum aidants-* >SHA256SUMS
	else
		shasum -a 256 aidants-* >SHA256SUMS
	fi
)
echo
ls -l "$DIST"
