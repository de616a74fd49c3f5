#!/usr/bin/env bash
# End-to-end checks on the built binary, as a person would use it:
#  1. the interactive guide in tmux (scripts/e2e-tui.sh), and the five calls of issue 16
#     replayed at 80x24 and 120x40, checked against what was said (scripts/e2e-calls.sh),
#  2. nothing left behind: HOME and the XDG folders point at empty temporary folders
#     during the TUI run, evaluer and lot; they must still be empty afterwards,
#  3. the printable HTML export rendered by headless Chromium (scripts/e2e-html.sh),
#  4. hostile packs and directory files, export targets and signals (scripts/e2e-hostile.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x ./aidants ] || { echo "build first: make build" >&2; exit 1; }
# the Go tool, if a script calls it, keeps its own caches where they were
if command -v go >/dev/null 2>&1; then
  export GOPATH="$(go env GOPATH)" GOCACHE="$(go env GOCACHE)" GOMODCACHE="$(go env GOMODCACHE)"
fi
sandbox=$(mktemp -d)
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox/home" "$sandbox/config" "$sandbox/data" "$sandbox/cache" "$sandbox/state" "$sandbox/tmp" "$sandbox/bin"
# the Go tool (a script may build a test binary) runs with the real HOME and XDG folders:
# its caches and telemetry are not the guide's doing
if real_go=$(command -v go); then
  printf '#!/bin/sh\nHOME=%q XDG_CONFIG_HOME=%q XDG_CACHE_HOME=%q exec %q "$@"\n' \
    "$HOME" "${XDG_CONFIG_HOME:-$HOME/.config}" "${XDG_CACHE_HOME:-$HOME/.cache}" "$real_go" > "$sandbox/bin/go"
  chmod +x "$sandbox/bin/go"
  export PATH="$sandbox/bin:$PATH"
fi
export HOME="$sandbox/home" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data" \
       XDG_CACHE_HOME="$sandbox/cache" XDG_STATE_HOME="$sandbox/state"
unset AIDANTS_CONFIG

echo "== 1. Guide interactif (tmux)"
if [ -x scripts/e2e-tui.sh ]; then
  TMPDIR="$sandbox/tmp" scripts/e2e-tui.sh
else
  echo "scripts/e2e-tui.sh absent" >&2; exit 1
fi

echo "== 1 bis. Les cinq appels du ticket 16, à 80×24 et 120×40 (scripts/e2e-calls.sh)"
TMPDIR="$sandbox/tmp" scripts/e2e-calls.sh ./aidants

echo "== 2. Rien n'est laissé sur le disque"
sit='{"person":{"age":84,"residence":"home","gir":2,"receives_apa":true,"department":"23"},"caregiver":{"relationship":"child","employment":"employee"}}'
echo "$sit" | ./aidants evaluer --format texte > /dev/null
printf '%s\n%s\n' "$sit" '{"person":{"age":300}}' | ./aidants lot > /dev/null 2>&1
./aidants fiche apa-domicile > /dev/null
left=$(find "$sandbox/home" "$sandbox/config" "$sandbox/data" "$sandbox/cache" "$sandbox/state" -mindepth 1 2>/dev/null | head -20 || true)
if [ -n "$left" ]; then
  echo "ÉCHEC : fichiers laissés sans export :" >&2; echo "$left" >&2; exit 1
fi
echo "ok : HOME et dossiers XDG toujours vides après le guide, evaluer, lot et fiche"

echo "== 3. Export HTML imprimé par Chromium"
if [ -x scripts/e2e-html.sh ]; then
  scripts/e2e-html.sh
else
  echo "scripts/e2e-html.sh absent" >&2; exit 1
fi
echo "== 4. Fichiers hostiles, destinations d'export, signaux (tmux)"
TMPDIR="$sandbox/tmp" scripts/e2e-hostile.sh
echo "== e2e : tout est bon"
