#!/usr/bin/env bash
# e2e-tui.sh — drives the built binary of the interactive guide in tmux, as an agent on
# the phone would, prints every screen it looks at, and checks what they say.
#
#   scripts/e2e-tui.sh [BINAIRE]        (default ./aidants; make build first)
#
# Runs at 80x24 then 120x40, with NO_COLOR=1 and a fixed date (2026-06-01), in a private
# tmux server and a temporary folder (the export goes there). Also: the accessible mode
# on a pipe, and, when Go is available, a build with -tags paniccheck to check that a
# panic restores the terminal and ends with a French message.
# Exit status: 0 when every check passes, 1 otherwise, 2 when tmux or the binary is missing.
set -uo pipefail

BIN=${1:-./aidants}
DATE=2026-06-01
if [ ! -x "$BIN" ]; then
	echo "e2e-tui : binaire $BIN introuvable (make build d'abord)" >&2
	exit 2
fi
if ! command -v tmux >/dev/null 2>&1; then
	echo "e2e-tui : tmux manquant (apt-get install tmux)" >&2
	exit 2
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/aidants-e2e-tui.XXXXXX")
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

# questionnaire: the GIR 2 case from the second question on (the age is answered first)
questionnaire() {
	answer "Dans quel département" 2 3 Enter
	answer "Où vit-elle aujourd'hui" 1
	answer "propriétaire ou locataire" 1
	answer "une urgence en ce moment" 2
	answer "Sort-elle d'une hospitalisation" 2
	answer "Est-elle en fin de vie" 2
	answer "troubles de la mémoire" 2
	answer "Connaissez-vous son GIR" 2
	answer "Reçoit-elle déjà l'APA" 2
	answer "montant mensuel du plan d'aide" Enter
	answer "taux d'incapacité" 0 Enter
	answer "Combien touche-t-elle" 1 5 0 0 Enter
	answer "Vit-elle en couple" 2
	answer "minimum vieillesse" 2
	answer "caisse de retraite principale" 1
	answer "Quel est votre lien" 2
	answer "L'aidant travaille-t-il" 1
	answer "L'aidant vit-il avec" 2
	answer "L'aidant héberge-t-il" 2
	answer "L'aidant se sent-il épuisé" 1
	answer "L'aidant doit-il être hospitalisé" 2
	answer "De quoi la famille a-t-elle besoin" Space Down Space Enter
}

# wait_exit: waits for the guide to end; checks status and terminal
wait_exit() {
	local want=$1 i=0
	while [ ! -f "$WORK/status" ] && [ "$i" -lt 250 ]; do
		sleep 0.02
		i=$((i + 1))
	done
	sleep 0.1
	local st
	st=$(cat "$WORK/status" 2>/dev/null || echo "FIN ?")
	if [ "$st" = "FIN $want" ]; then ok "sortie avec le code $want"; else ko "code de sortie : $st, attendu $want"; fi
	if [ -f "$WORK/stty.after" ] && cmp -s "$WORK/stty.before" "$WORK/stty.after"; then
		ok "réglages du terminal rétablis (stty)"
	else
		ko "réglages du terminal différents après la sortie"
	fi
}

echo "e2e-tui : $BIN, date $DATE, dossier de travail $WORK"

# ---------------------------------------------------------------- 80x24, the whole call
echo
echo "=== 80x24 : un appel du début à la fin ==="
t0=$(date +%s%N)
start 80 24
if wait_for "Quel âge a la personne" 5; then
	t1=$(date +%s%N)
	ok "premier écran en $(((t1 - t0) / 1000000)) ms (tmux compris)"
else
	ko "le premier écran n'apparaît pas"
fi
show "premier écran"
expect "Nouveau dossier" "question 1 sur" "Quel âge a la personne que vous aidez ?" "je ne sais pas" "Plan en direct"

keys 8 2 Enter
wait_for "Dans quel département"
show "après la première réponse"
expect "Âge : 82 ans" "Dossier en cours"
keys Escape
wait_for "Plan d'aide"
keys c
questionnaire
wait_for "Droits probables" 5
show "plan après le questionnaire"
expect "Personne aidée : 82 ans" "GIR 2" "À faire en priorité" "Droits probables"
expect_line "Allocation personnalisée d'autonomie (APA) à domicile" "Droit probable"

select_line "Allocation personnalisée d'autonomie (APA) à domicile"
keys Enter
wait_for "Conditions"
show "détail de l'APA"
expect "Conditions" "vu : 82 ans" "CASF art." "Montants" "au 1er janvier 2026"
keys Space
show "détail de l'APA, page suivante"
expect "Démarches"

keys f
wait_for "Fiche « apa-domicile »" && wait_for "C'est quoi"
show "fiche de l'APA"
keys / G I R Enter
wait_for "« GIR » 1/"
show "fiche : recherche de « GIR »"
expect "« GIR » 1/"
keys n
wait_for "« GIR » 2/"
expect "« GIR » 2/"
keys q
wait_for "Détail"
expect "Démarches"
keys Escape
wait_for "Droits probables"

keys r
wait_for "Changez les réponses"
show "liste des réponses"
expect "82 ans" "Propriétaire" "GIR 2"
select_line "GIR"
keys Enter
wait_for "Connaissez-vous son GIR"
keys 5
wait_for "GIR 5"
show "réponses après le GIR changé en 5"
expect "GIR 5" "82 ans" "Propriétaire" "→ Non éligible"
keys Escape
wait_for "Droits probables"
keys G
show "plan avec le GIR 5, en bas de la liste"
expect_line "Allocation personnalisée d'autonomie (APA) à domicile" "Non éligible"
expect_line "Congé de proche aidant" "Non éligible"

keys g /
wait_for "Chercher dans les fiches"
typ "répit"
wait_for "fiches trouvées"
show "recherche dans toutes les fiches"
expect "fiches trouvées" "Droit au répit"
keys Escape l
wait_for "Filtrer"
typ "AJPA"
wait_for "Allocation journalière du proche aidant"
show "lexique des sigles"
expect "AJPA"
keys Escape s
wait_for "Je récapitule"
show "résumé à lire"
expect "Je récapitule" "Vous avez probablement droit à"
keys Escape '?'
wait_for "Touches de l'écran"
show "aide du plan"
expect "nouveau dossier" "exporter"
keys Escape

keys e
wait_for "Dans quel format"
show "export : format"
keys Enter
wait_for "Nom du fichier"
keys Enter
wait_for "Plan enregistré dans"
show "export : écrit"
expect "Plan enregistré dans" "plan-aidants-$DATE.html"
if [ -f "$WORK/plan-aidants-$DATE.html" ]; then
	ok "fichier exporté présent"
	perm=$(stat -c %a "$WORK/plan-aidants-$DATE.html" 2>/dev/null || stat -f %Lp "$WORK/plan-aidants-$DATE.html")
	if [ "$perm" = 600 ]; then ok "droits 600"; else ko "droits $perm, attendu 600"; fi
else
	ko "fichier exporté absent de $WORK"
fi
keys Enter e Enter
wait_for "Nom du fichier"
keys Enter
wait_for "existe déjà"
show "export : le fichier existe"
expect "Le remplacer ?"
keys n Escape

T resize-window -t e2e -x 30 -y 8 2>/dev/null
sleep 0.3
show "fenêtre réduite à 30x8"
expect "trop petite"
T resize-window -t e2e -x 80 -y 24 2>/dev/null
sleep 0.3
wait_for "Droits probables"
expect "Plan d'aide"

keys n
wait_for "Commencer un nouveau dossier"
show "nouveau dossier : confirmation"
keys o
wait_for "question 1 sur"
show "nouveau dossier"
expect "Nouveau dossier" "Quel âge a la personne"
if screen | grep -qF "82 ans"; then ko "l'ancien dossier est encore à l'écran"; else ok "plus rien de l'ancien dossier"; fi

keys 9 0 Enter
wait_for "Dans quel département"
keys Escape q
wait_for "Quitter le guide"
show "quitter : confirmation"
keys o
wait_exit 0
show "après la sortie"
expect "FIN DU GUIDE"

# ---------------------------------------------------------------- 120x40
echo
echo "=== 120x40 : questions et plan côte à côte ==="
start 120 40
wait_for "Quel âge a la personne"
questionnaire_120() {
	answer "Quel âge a la personne" 8 2 Enter
	answer "Dans quel département" 2 3 Enter
	answer "Où vit-elle aujourd'hui" 1
}
questionnaire_120
wait_for "propriétaire ou locataire"
show "question avec le plan en direct à droite"
expect "│ Plan en direct" "Changé par la dernière réponse"
keys Escape
wait_for "Plan d'aide"
show "plan à 120 colonnes"
expect "Droits probables" "À demander ensuite (u)"
keys u
wait_for "encore"
show "questions utiles en série"
keys Escape q o
wait_exit 0

# ---------------------------------------------------------------- accessible mode
echo
echo "=== mode accessible (ligne par ligne, sur un tuyau) ==="
printf '82\n23\n1\n1\n2\n2\n2\n2\n2\n2\n\n0\n1500\n2\n2\n1\n2\n1\n2\n2\n2\n2\n\n9\n12\n1\n' |
	(cd "$WORK" && NO_COLOR=1 "$BIN" --date "$DATE" >"$WORK/accessible.out" 2>&1)
st=$?
sed -n '1,12p' "$WORK/accessible.out" | sed 's/^/│ /'
echo "│ …"
grep -F -A3 "PLAN D'AIDE" "$WORK/accessible.out" | sed 's/^/│ /'
echo "│ …"
tail -n 5 "$WORK/accessible.out" | sed 's/^/│ /'
if [ "$st" = 0 ]; then ok "sortie 0"; else ko "sortie $st"; fi
for x in "Noté : Âge : 82 ans" "Allocation personnalisée d'autonomie (APA) à domicile : droit probable" "Je récapitule" "Au revoir."; do
	if grep -qF -- "$x" "$WORK/accessible.out"; then ok "« $x »"; else ko "« $x » manque"; fi
done
if grep -q $'\x1b' "$WORK/accessible.out"; then ko "séquences d'échappement dans le mode accessible"; else ok "aucune séquence d'échappement"; fi

# ---------------------------------------------------------------- panic
echo
echo "=== panique : terminal rétabli, message en français ==="
if command -v go >/dev/null 2>&1 && [ -f "$ROOT/go.mod" ]; then
	if (cd "$ROOT" && go build -tags paniccheck -o "$WORK/aidants-panic" .); then
		for k in F12 F11; do
			BIN_SAVED=$BIN
			BIN="$WORK/aidants-panic"
			start 80 24
			BIN=$BIN_SAVED
			wait_for "Quel âge a la personne"
			keys "$k"
			wait_exit 1
			show "après une panique ($k : $([ $k = F12 ] && echo 'dans Update' || echo 'dans une commande'))"
			expect "erreur interne inattendue" "terminal est rétabli"
			if screen | grep -qE "goroutine|panic:|Caught panic"; then ko "trace Go à l'écran"; else ok "pas de trace Go"; fi
		done
	else
		ko "construction avec -tags paniccheck"
	fi
else
	echo "  (Go absent : vérification de la panique sautée)"
fi

echo
if [ "$FAILS" -gt 0 ]; then
	echo "e2e-tui : $FAILS vérification(s) sur $CHECKS en échec"
	exit 1
fi
echo "e2e-tui : $CHECKS vérifications, toutes réussies"
