#!/usr/bin/env bash
# e2e-commune.sh — the place question in the interactive guide, in tmux at 80x24: a caller
# types a commune (« Saint-Martin » first: the guide asks which; then « Villeurbanne »), and the
# local contacts (Métropole de Lyon, France services of Villeurbanne) appear in the plan, the
# detail of the APA and the read-aloud summary.
#
#   scripts/e2e-commune.sh [BINAIRE]        (default ./aidants; make build first)
#
# Runs at 80x24 with NO_COLOR=1 and a fixed date (2026-06-01), in a private tmux server.
# Exit status: 0 when every check passes, 1 otherwise, 2 when tmux or the binary is missing.
set -uo pipefail

BIN=${1:-./aidants}
DATE=2026-06-01
if [ ! -x "$BIN" ]; then
	echo "e2e-commune : binaire $BIN introuvable (make build d'abord)" >&2
	exit 2
fi
if ! command -v tmux >/dev/null 2>&1; then
	echo "e2e-commune : tmux manquant (apt-get install tmux)" >&2
	exit 2
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/aidants-e2e-commune.XXXXXX")
SOCK="aidants-e2e-$$"
T() { tmux -L "$SOCK" "$@"; }
cleanup() {
	T kill-server >/dev/null 2>&1
	rm -rf "$WORK"
}
trap cleanup EXIT

FAILS=0
CHECKS=0
ok() { CHECKS=$((CHECKS + 1)); printf '  ✓ %s\n' "$1"; }
ko() {
	CHECKS=$((CHECKS + 1))
	FAILS=$((FAILS + 1))
	printf '  ✗ %s\n' "$1"
}

screen() { T capture-pane -p -t e2e 2>/dev/null; }

# rule N: a line of N box-drawing dashes
rule() {
	local i
	for ((i = 0; i < $1; i++)); do printf '─'; done
}

# show TITLE: prints the current screen in a frame
show() {
	local w h title
	w=$(T display -p -t e2e '#{window_width}' 2>/dev/null || echo 80)
	h=$(T display -p -t e2e '#{window_height}' 2>/dev/null || echo 24)
	title="$1 (${w}x${h})"
	printf '\n┌─ %s ' "$title"
	rule $((w - ${#title} - 3 > 3 ? w - ${#title} - 3 : 3))
	printf '\n'
	screen | sed 's/^/│ /'
	printf '└'
	rule "$((w + 1))"
	printf '\n'
}

# wait_for TEXT [SECONDS]: waits until the screen shows TEXT
wait_for() {
	local limit=${2:-5} i=0
	while [ "$i" -lt $((limit * 50)) ]; do
		if screen | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.02
		i=$((i + 1))
	done
	return 1
}

# expect TEXT...: checks the current screen shows each text
expect() {
	local s
	s=$(screen)
	for x in "$@"; do
		if grep -qF -- "$x" <<<"$s"; then ok "« $x »"; else ko "« $x » manque à l'écran"; fi
	done
}

# expect_line TEXT WORD: the line holding TEXT ends with WORD
expect_line() {
	local l
	l=$(screen | grep -F -- "$1" | head -n1 | sed 's/[[:space:]]*$//')
	case "$l" in
	*"$2") ok "$1 → $2" ;;
	*) ko "$1 → $2 attendu, ligne : « $l »" ;;
	esac
}

# keys K...: sends keys, a short pause after each (an agent types fast, not instantly)
keys() {
	for k in "$@"; do
		T send-keys -t e2e "$k"
		sleep 0.05
	done
}
# typ TEXT: types literal text
typ() {
	T send-keys -t e2e -l "$1"
	sleep 0.05
}

# start W H [ENV...]: starts the guide in a fresh tmux session; the shell around it records
# the exit status and whether the terminal settings came back as they were
start() {
	T kill-server >/dev/null 2>&1
	sleep 0.1
	local w=$1 h=$2
	shift 2
	cat >"$WORK/run.sh" <<EOF
cd "$WORK"
stty -g > "$WORK/stty.before"
env NO_COLOR=1 TERM=xterm-256color AIDANTS_CONFIG="$WORK/config" $* "$BIN" --date $DATE 2> "$WORK/stderr"
echo "FIN \$?" > "$WORK/status"
stty -g > "$WORK/stty.after"
echo "FIN DU GUIDE"
cat "$WORK/stderr"
sleep 600
EOF
	rm -f "$WORK/status"
	T new-session -d -s e2e -x "$w" -y "$h" "bash $WORK/run.sh"
}

# answer FACT-TEXT KEYS...: waits for a question, then answers it
answer() {
	local q=$1
	shift
	if ! wait_for "$q"; then
		ko "question « $q » attendue"
		show "écran au lieu de « $q »"
		return 1
	fi
	keys "$@"
}

# select_line TEXT: moves the selection (▸) down the list to the line holding TEXT
select_line() {
	local i
	for ((i = 0; i < 60; i++)); do
		if screen | grep -F "▸" | grep -qF -- "$1"; then
			return 0
		fi
		keys Down
		sleep 0.03
	done
	ko "« $1 » introuvable dans la liste"
	return 1
}

echo "e2e-commune : $BIN, date $DATE"
echo
echo "=== 80x24 : la commune, telle que la personne la dit ==="
start 80 24
wait_for "une femme ou un homme" 5 || ko "le premier écran n'apparaît pas"
keys 1 Enter
answer "Qui êtes-vous pour elle" 7 Enter
answer "Quel âge a" 8 4 Enter
if ! wait_for "Dans quelle commune" 5; then
	ko "la question de la commune n'apparaît pas"
	show "au lieu de la commune"
fi
show "la question de la commune"
expect "Dans quelle commune vit-elle ?"
typ "Saint-Martin"
keys Enter
wait_for "laquelle" 5
show "« Saint-Martin » : plusieurs communes"
expect "Plusieurs communes correspondent" "(32300 Gers, 32)" "(54450 Meurthe-et-Moselle, 54)" "par exemple « Saint-Martin"
# erase what was typed, then the commune of the caller, without accents
keys C-u
for ((i = 0; i < 14; i++)); do keys BSpace; done
typ "villeurbanne"
keys Enter
if wait_for "Métropole de Lyon" 5; then ok "« villeurbanne » reconnue"; else ko "« villeurbanne » refusée"; fi
show "après « villeurbanne »"
# a few more answers (a GIR 3 at home), then the plan: the rest can stay unknown
answer "Où vit" 1 Enter
answer "propriétaire ou locataire" 2 Enter
keys Escape
wait_for "Plan d'aide" 5
show "plan"
expect "Plan d'aide" "vit à Villeurbanne (Métropole de Lyon)"
select_line "Allocation personnalisée d'autonomie (APA) à domicile"
keys Enter
wait_for "Conditions"
for ((i = 0; i < 12; i++)); do
	if screen | grep -qF "Métropole de Lyon – service"; then break; fi
	keys Space
	sleep 0.05
done
show "détail de l'APA : les contacts"
expect "Métropole de Lyon – service de l'autonomie"
keys Escape
wait_for "Plan d'aide"

keys s
wait_for "Qui appeler" 5 || { for ((i = 0; i < 12; i++)); do screen | grep -qF "Qui appeler" && break; keys Space; sleep 0.05; done; }
for ((i = 0; i < 12; i++)); do
	if screen | grep -qF "France services"; then break; fi
	keys Space
	sleep 0.05
done
show "résumé à lire"
expect "Qui appeler" "1. Métropole de Lyon" "2. France services Pimms Médiation de Villeurbanne : 06 15 44 30 00"
keys C-c
sleep 0.3
keys C-c

echo
if [ "$FAILS" -eq 0 ]; then
	echo "e2e-commune : $CHECKS vérifications, toutes réussies"
	exit 0
fi
echo "e2e-commune : $FAILS échec(s) sur $CHECKS vérifications"
exit 1
