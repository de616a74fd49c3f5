#!/usr/bin/env bash
# e2e-calls.sh — replays the five calls of issue 16 and the PCH after 60 call (handicap-naissance) in the built guide, under tmux at
# 80x24, as a helpdesk agent types them, and checks that the case recorded (the
# « dossier » export) is exactly what the caller said (scripts/calls/NAME.json).
#
#   scripts/e2e-calls.sh [BINAIRE] [APPEL...]     (default ./aidants, every call)
#
# Each call is played four ways, and each must record the same dossier:
#   1. colour, waiting for every question, with an extra Entrée after every answer;
#   2. NO_COLOR=1, every key sent at once (digits typed before their question is drawn);
#   3. --accessible on a pipe (yes/no answered in words: « oui », « non »);
#   4. colour again, after a wrong answer taken back with Maj+Tab;
#   5. colour at 120x40 (the live plan beside the question), waiting for every question.
# A call file (scripts/calls/NAME.call) has one line per question: a fragment of the
# question's text, a tab, and what the agent types (TAB: « je ne sais pas »).
# Screens are printed as they are looked at: read them, a confusing screen is a bug.
# Exit: 0 when every check passes, 1 otherwise, 2 when tmux or the binary is missing.
set -uo pipefail

BIN=${1:-./aidants}
shift || true
DATE=2026-06-01
ROOT=$(cd "$(dirname "$0")/.." && pwd)
CALLS=("$@")
[ ${#CALLS[@]} -gt 0 ] || CALLS=(creuse finistere paris-ehpad villeurbanne benevole handicap-naissance)
if [ ! -x "$BIN" ]; then
	echo "e2e-calls : binaire $BIN introuvable (make build d'abord)" >&2
	exit 2
fi
command -v tmux >/dev/null 2>&1 || { echo "e2e-calls : tmux manquant" >&2; exit 2; }
command -v jq >/dev/null 2>&1 || { echo "e2e-calls : jq manquant" >&2; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/aidants-e2e-calls.XXXXXX")
SOCK="aidants-calls-$$"
T() { tmux -L "$SOCK" "$@"; }
trap 'T kill-server >/dev/null 2>&1; rm -rf "$WORK"' EXIT

FAILS=0
CHECKS=0
ok() { CHECKS=$((CHECKS + 1)); printf '  ✓ %s\n' "$1"; }
ko() { CHECKS=$((CHECKS + 1)); FAILS=$((FAILS + 1)); printf '  ✗ %s\n' "$1"; }
screen() { T capture-pane -p -t c 2>/dev/null; }
show() {
	printf '\n┌─ %s\n' "$1"
	screen | sed 's/^/│ /'
	printf '└────\n'
}
wait_for() {
	local i=0
	while [ "$i" -lt $((${2:-5} * 50)) ]; do
		screen | grep -qF -- "$1" && return 0
		sleep 0.02
		i=$((i + 1))
	done
	return 1
}
# send WHAT: types an answer (literal text) then Entrée, or Tab for TAB
send() {
	if [ "$1" = TAB ]; then T send-keys -t c Tab; else T send-keys -t c -l "$1" && T send-keys -t c Enter; fi
}

start() { # start DIR ENV...
	local dir=$1
	shift
	T kill-server >/dev/null 2>&1
	sleep 0.1
	mkdir -p "$dir"
	cat >"$dir/run.sh" <<EOF
cd "$dir"
env TERM=xterm-256color AIDANTS_CONFIG="$dir/config" AIDANTS_THEME=sombre $* "$BIN" --date $DATE 2> "$dir/stderr"
echo "FIN \$?" > "$dir/status"
sleep 600
EOF
	T new-session -d -s c -x "${COLS:-80}" -y "${ROWS:-24}" "bash $dir/run.sh"
	wait_for "une femme ou un homme" 10 || { ko "le guide ne démarre pas"; show "écran"; }
}

# export_dossier DIR: exports the dossier from the plan, then quits
export_dossier() {
	local dir=$1
	wait_for "Plan d'aide" 10 || { ko "le plan n'apparaît pas"; show "écran"; return 1; }
	T send-keys -t c e
	wait_for "Dans quel format" || { ko "export : pas de choix du format"; show "écran"; return 1; }
	T send-keys -t c Down Down Down Down Enter
	wait_for "Nom du fichier" || { ko "export : pas de nom"; show "écran"; return 1; }
	T send-keys -t c Enter
	wait_for "Plan enregistré dans" || { ko "export : pas écrit"; show "écran"; return 1; }
	T send-keys -t c Enter q
	wait_for "Quitter le guide" && T send-keys -t c o
	local i=0
	while [ ! -f "$dir/status" ] && [ $i -lt 100 ]; do sleep 0.05; i=$((i + 1)); done
}

# question SCREEN: the lines of the question (at 120 columns and more, the live plan is
# beside it, after « │ »)
question() { sed -n '2,7p' <<<"$1" | sed 's/ │ .*//'; }

# play CALL DIR: answers whatever question is on screen from the call file, waiting for
# each; an extra Entrée after every answer; the keys sent go to DIR/keys
play() {
	local call=$1 dir=$2 n s frag what found
	: >"$dir/keys"
	for ((n = 0; n < 60; n++)); do
		s=$(screen)
		if head -n1 <<<"$s" | grep -qF "Plan d'aide"; then return 0; fi
		found=0
		while IFS=$'\t' read -r frag what; do
			[ -z "$frag" ] && continue
			if grep -qF -- "$frag" <<<"$(question "$s")"; then
				found=1
				break
			fi
		done <"$ROOT/scripts/calls/$call.call"
		if [ $found = 0 ]; then
			ko "$call : question inattendue"
			show "question sans réponse prévue"
			return 1
		fi
		printf '%s\t%s\n' "$frag" "$what" >>"$dir/keys"
		send "$what"
		T send-keys -t c Enter # the extra Entrée: it must record nothing
		local i=0
		while [ $i -lt 150 ]; do
			local now
			now=$(question "$(screen)")
			if ! grep -qF -- "$frag" <<<"$now" || screen | head -n1 | grep -qF "Plan d'aide"; then break; fi
			sleep 0.02
			i=$((i + 1))
		done
		if [ $i -ge 150 ]; then
			ko "$call : « $frag » ← « $what » refusé"
			show "réponse refusée"
			return 1
		fi
	done
	ko "$call : le questionnaire ne finit pas"
	return 1
}

# check CALL DIR HOW: the dossier equals the expected one
check() {
	local call=$1 dir=$2 how=$3 got="$2/plan-aidants-$DATE.json" want="$ROOT/scripts/calls/$1.json"
	if [ ! -f "$got" ]; then
		ko "$call ($how) : pas de dossier exporté"
		return
	fi
	if [ "${UPDATE:-}" = 1 ] && [ "$how" = "couleur, en attendant chaque question" ]; then
		jq -S . "$got" >"$want"
		echo "  (dossier attendu écrit : $want — relisez-le)"
	fi
	if diff <(jq -S . "$want") <(jq -S . "$got") >"$dir/diff"; then
		ok "$call ($how) : dossier = ce qui a été dit"
	else
		ko "$call ($how) : dossier différent de ce qui a été dit"
		sed 's/^/      /' "$dir/diff"
	fi
}

echo "e2e-calls : $BIN, date $DATE, dossier de travail $WORK"
for call in "${CALLS[@]}"; do
	echo
	echo "=== $call ==="
	# 1. colour, waiting for each question, an extra Entrée after each answer
	d="$WORK/$call-1"
	start "$d"
	show "$call : première question"
	play "$call" "$d"
	show "$call : le plan après le questionnaire"
	export_dossier "$d"
	check "$call" "$d" "couleur, en attendant chaque question"

	# 2. NO_COLOR, every key at once: digits typed before their question is on screen
	d2="$WORK/$call-2"
	start "$d2" NO_COLOR=1
	while IFS=$'\t' read -r frag what; do send "$what"; T send-keys -t c Enter; done <"$d/keys"
	export_dossier "$d2"
	check "$call" "$d2" "NO_COLOR, toutes les touches d'un coup"

	# 3. accessible, on a pipe; yes and no in words
	d3="$WORK/$call-3"
	mkdir -p "$d3"
	{
		while IFS=$'\t' read -r frag what; do
			case "$what" in
			TAB) echo "?" ;;
			*) echo "$what" ;;
			esac
		done <"$d/keys"
		# menu: Exporter (11), format 5 (dossier), default name, Quitter (13), yes
		printf '11\n5\n\n13\n1\n'
	} >"$d3/in"
	(cd "$d3" && NO_COLOR=1 AIDANTS_CONFIG="$d3/config" "$BIN" --accessible --date "$DATE" <"$d3/in" >"$d3/out" 2>&1)
	if grep -qF "Au revoir." "$d3/out"; then ok "$call (accessible) : fin par le menu"; else ko "$call (accessible) : pas de « Au revoir. »"; tail -20 "$d3/out"; fi
	grep -F "Noté :" "$d3/out" | head -n 4 | sed 's/^/│ /'
	check "$call" "$d3" "accessible"

	# 4. a wrong answer, taken back with Maj+Tab, then the call as said
	d4="$WORK/$call-4"
	start "$d4"
	T send-keys -t c 2 Enter # wrong: « un homme » / « une femme » swapped below
	wait_for "Maj+Tab pour corriger"
	T send-keys -t c BTab
	wait_for "réponse reprise" || ko "$call : Maj+Tab ne reprend pas la réponse"
	show "$call : la première réponse reprise (Maj+Tab)"
	while IFS=$'\t' read -r frag what; do send "$what"; done <"$d/keys"
	export_dossier "$d4"
	check "$call" "$d4" "après une réponse reprise"

	# 5. 120x40, the live plan beside the question, waiting for each question
	d5="$WORK/$call-5"
	COLS=120 ROWS=40 start "$d5"
	show "$call : première question en 120×40"
	play "$call" "$d5"
	show "$call : le plan en 120×40"
	export_dossier "$d5"
	check "$call" "$d5" "120×40, en attendant chaque question"
done

echo
if [ "$FAILS" -gt 0 ]; then
	echo "e2e-calls : $FAILS vérification(s) sur $CHECKS en échec"
	exit 1
fi
echo "e2e-calls : $CHECKS vérifications, toutes réussies"
