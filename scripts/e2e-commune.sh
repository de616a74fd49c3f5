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
E2E_NAME=e2e-commune
# shellcheck source=scripts/tmux-harness.sh
. "$(dirname "$0")/tmux-harness.sh"

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
page_until "Métropole de Lyon – service" || true
show "détail de l'APA : les contacts"
expect "Métropole de Lyon – service de l'autonomie"
keys Escape
wait_for "Plan d'aide"

keys s
wait_for "Qui appeler" 5 || page_until "Qui appeler" || true
page_until "France services" || true
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
