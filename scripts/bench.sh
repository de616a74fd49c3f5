#!/usr/bin/env bash
# Whole-process measurements of the built binary (./aidants). Prints a Markdown table that
# BENCHMARKS.md reproduces. Installs hyperfine from Debian's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=./aidants
[ -x "$BIN" ] || { echo "build first: make build" >&2; exit 1; }
if ! command -v hyperfine >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq hyperfine) >/dev/null 2>&1 || echo "hyperfine unavailable: using a shell loop" >&2
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export AIDANTS_CONFIG="$tmp/config" NO_COLOR=1
cat > "$tmp/s.json" <<'JSON'
{"person":{"age":84,"residence":"home","gir":2,"receives_apa":true,"monthly_resources":1400,"couple":false,"department":"23","apa_plan_amount":1200},"caregiver":{"relationship":"child","employment":"employee"},"needs":["respite","household_help"]}
JSON
longest=$(cd content/fiches && wc -c *.md | sort -n | tail -2 | head -1 | awk '{print $2}' | sed 's/\.md$//')
mean_ms() { # command… → mean wall time in ms
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine -N --warmup 5 --runs 50 --export-json "$tmp/h.json" "$*" >/dev/null 2>&1
    python3 -c "import json;print('%.1f'%(json.load(open('$tmp/h.json'))['results'][0]['mean']*1000))"
  else
    local s e; s=$(date +%s%N); for _ in $(seq 50); do "$@" >/dev/null; done; e=$(date +%s%N)
    echo "scale=1; ($e-$s)/50/1000000" | bc
  fi
}
peak_kb() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}'; }

ev=$(mean_ms $BIN evaluer --profil "$tmp/s.json" --date 2026-06-01)
fi=$(mean_ms $BIN fiche "$longest" --largeur 80 --date 2026-06-01)
python3 scripts/gen_situations.py 100000 > "$tmp/lot.jsonl"
s=$(date +%s%N); $BIN lot --date 2026-06-01 < "$tmp/lot.jsonl" > "$tmp/out.jsonl"; e=$(date +%s%N)
lot_s=$(echo "scale=3; ($e-$s)/1000000000" | bc)
lot_rate=$(echo "100000 / $lot_s" | bc)
size=$(stat -c %s "$BIN")
mem=$(peak_kb $BIN evaluer --profil "$tmp/s.json" --date 2026-06-01)
lotmem=$(peak_kb $BIN lot --date 2026-06-01 < "$tmp/lot.jsonl")
echo "| measure | result | goal |"
echo "|---|---|---|"
echo "| \`aidants evaluer\`, whole process (mean of 50) | ${ev} ms | < 15 ms |"
echo "| \`aidants fiche $longest\` (longest), whole process | ${fi} ms | < 30 ms |"
echo "| \`aidants lot\`, 100 000 situations | ${lot_s} s = ${lot_rate} situations/s | > 50 000/s |"
ff=$(python3 scripts/tui-first-frame.py "$BIN" 20 2>/dev/null | sed 's/^first frame of the interactive guide: //' | head -1 || true)
echo "| first TUI frame (exec to first question, 80×24 pty, 20 runs) | ${ff:-not measured} | < 50 ms |"
echo "| binary size | $((size / 1024 / 1024)) MB ($size bytes) | < 25 MB |"
echo "| peak memory, \`evaluer\` | $((mem / 1024)) MB | < 40 MB |"
echo "| peak memory, \`lot\` 100 000 | $((lotmem / 1024)) MB | (streamed) |"
