#!/usr/bin/env bash
# e2e-hostile.sh — the built binary against hostile files and signals (issue 15):
#  1. a pack whose key or label holds escape sequences (clear screen, OSC 52 clipboard,
#     OSC 8 link, window title, U+202E), a user directory file whose key and file name do,
#     an edited installed paquet.json: nothing of it may reach the terminal;
#  2. export to a device node or a FIFO is refused, --sortie - writes to standard output;
#  3. in tmux: SIGHUP and SIGQUIT under « sh -c », Ctrl+Z then « fg » under bash: the
#     terminal is left restored (alternate screen off, cursor shown, cooked mode), no Go
#     stack is printed, and the guide comes back after fg.
# Run from the repository root after make build (scripts/e2e.sh calls it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$PWD/aidants
[ -x "$BIN" ] || { echo "e2e-hostile : construisez d'abord (make build)" >&2; exit 2; }
work=$(mktemp -d)
SOCK0="aidants-hostile-$$"; SOCK=$SOCK0 # one tmux server per case: $SOCK-HUP, $SOCK-QUIT, $SOCK-TSTP
# the guide this script started, by its process id
guide_pid() { pgrep -f -n "^$BIN --date" || true; }
cleanup() {
	local pid; pid=$(guide_pid)
	[ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
	for s in HUP QUIT TSTP; do tmux -L "$SOCK0-$s" kill-server 2>/dev/null || true; done
	rm -rf "$work"
}
trap cleanup EXIT
fail=0
bad() { echo "ÉCHEC : $*" >&2; fail=1; }
# any control character but the newline, a C1 control, a line separator or a bidi control
dirty() { LC_ALL=C grep -qP '[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]' "$1"; }
H=$'\e[2J\e]52;c;SGFja2Vk\a\e]8;;https://exemple.invalid\alien\e]8;;\a\e]0;PWN\a\u202e\u2066'
Hj='\u001b[2J\u001b]52;c;SGFja2Vk\u0007\u001b]0;PWN\u0007\u202e'
export AIDANTS_CONFIG="$work/config"
mkdir -p "$AIDANTS_CONFIG/annuaire"

echo "-- 1. fichiers hostiles"
check() { # check LABEL COMMAND...: stdout and stderr carry no control character
	local label=$1; shift
	"$@" > "$work/out" 2> "$work/err" < "${STDIN:-/dev/null}" || true
	for f in out err; do
		if dirty "$work/$f"; then bad "$label : caractère de contrôle sur $f : $(od -c "$work/$f" | head -5)"; fi
	done
}
printf 'AIDANTS-PAQUET-1\n{"format":1,"label":"%s","key":"%s"}\n%s\nxx' "$Hj" "$Hj" "$(head -c 64 /dev/zero | base64 -w0)" > "$work/cle.paquet"
check "paquet à clé hostile" "$BIN" contenu installer "$work/cle.paquet"
printf '"%s": 1\n' "$Hj" > "$AIDANTS_CONFIG/annuaire/cle.yaml"
printf 'department: "75"\nname: [x]\n' > "$AIDANTS_CONFIG/annuaire/${H//\//}.yaml"
echo '{"person":{"age":84}}' > "$work/sit.json"
STDIN="$work/sit.json" check "annuaire hostile (evaluer)" "$BIN" evaluer --format texte
check "annuaire hostile (contenu verifier)" "$BIN" contenu verifier
check "annuaire hostile (fiches)" "$BIN" fiches
STDIN="$work/sit.json" check "--annuaire hostile" "$BIN" evaluer --annuaire "$work/${H//\//}.yaml"
STDIN="$work/sit.json" check "--libelle hostile" "$BIN" evaluer --format markdown --libelle "$H"
printf '{"%s":1}\n{"person":{"residence":"%s"}}\n' "$Hj" "$Hj" > "$work/lot.jsonl"
STDIN="$work/lot.jsonl" check "lot hostile" "$BIN" lot
check "argument hostile" "$BIN" "$H"
check "fiche hostile" "$BIN" fiche "$H"
mkdir -p "$AIDANTS_CONFIG/paquet"
printf '{"format":1,"label":"%s","key":"%s","files":[]}' "$Hj" "$Hj" > "$AIDANTS_CONFIG/paquet/paquet.json"
echo AAAA > "$AIDANTS_CONFIG/paquet/paquet.sig"
check "paquet.json modifié (version)" "$BIN" version
check "paquet.json modifié (contenu)" "$BIN" contenu
rm -rf "$AIDANTS_CONFIG/paquet" "$AIDANTS_CONFIG/annuaire"
[ $fail = 0 ] && echo "ok : rien d'hostile n'atteint le terminal"

echo "-- 2. destinations d'export"
mkfifo "$work/tube"
ln -s "$work/tube" "$work/lien"
for target in "$work/tube" "$work/lien" "$work"; do
	if "$BIN" exporter --profil "$work/sit.json" --format texte --sortie "$target" --force 2> "$work/err"; then
		bad "export vers $target accepté"
	elif ! grep -q "pas un fichier ordinaire\|est un dossier" "$work/err"; then
		bad "export vers $target : message inattendu : $(cat "$work/err")"
	fi
done
[ -p "$work/tube" ] || bad "le tube a été remplacé"
(cd "$work" && "$BIN" exporter --profil sit.json --format markdown --sortie - > plan.md) || bad "--sortie - a échoué"
[ -e "$work/-" ] && bad "--sortie - a créé un fichier « - »"
grep -q '^# ' "$work/plan.md" || bad "--sortie - n'a pas écrit le plan"
[ $fail = 0 ] && echo "ok : export refusé vers un tube, un lien et un dossier ; --sortie - sur la sortie standard"

echo "-- 3. signaux (tmux)"
if ! command -v tmux >/dev/null 2>&1; then
	echo "tmux manquant : signaux non vérifiés" >&2; exit 2
fi
T() { tmux -L "$SOCK" "$@"; }
wait_for() { # wait_for DESCRIPTION COMMAND...: up to 10 s
	local what=$1; shift
	for _ in $(seq 100); do "$@" && return 0; sleep 0.1; done
	bad "$what"; return 1
}
alt() { [ "$(T display -p -t h '#{alternate_on}')" = "$1" ]; }
cursor() { [ "$(T display -p -t h '#{cursor_flag}')" = "$1" ]; }
screen() { T capture-pane -p -t h; }
shows() { screen | grep -q "$1"; }
cooked() { local s; s=$(stty -a < "$(T display -p -t h '#{pane_tty}')"); [[ " $s " != *" -icanon "* && " $s " != *" -echo "* ]]; }
env_guide="AIDANTS_THEME=sombre AIDANTS_CONFIG=$work/config TERM=xterm-256color"
for sig in HUP QUIT; do
	SOCK="$SOCK0-$sig"
	T new-session -d -s h -x 100 -y 30 "sh -c 'env $env_guide $BIN --date 2026-06-01; echo FIN-\$?; sleep 60'"
	wait_for "$sig : le guide n'a pas démarré" alt 1 || continue
	sleep 0.5
	kill -s "$sig" "$(guide_pid)"
	wait_for "SIG$sig : le guide ne s'est pas arrêté" shows "FIN-" || continue
	alt 0 || bad "SIG$sig : écran alternatif toujours actif"
	cursor 1 || bad "SIG$sig : curseur caché"
	cooked || bad "SIG$sig : terminal laissé en mode brut"
	shows "goroutine" && bad "SIG$sig : pile Go affichée"
	[ $fail = 0 ] && echo "ok : SIG$sig sous sh -c : terminal rétabli ($(screen | grep -o 'FIN-[0-9]*'))"
done
T kill-server 2>/dev/null || true
SOCK="$SOCK0-TSTP"
T new-session -d -s h -x 100 -y 30 "env -i PATH=$PATH HOME=$work HISTFILE= TERM=xterm-256color PS1='invite\$ ' bash --norc --noprofile --noediting -i"
sleep 0.5
T send-keys -t h "env $env_guide $BIN --date 2026-06-01" Enter
if wait_for "Ctrl+Z : le guide n'a pas démarré" alt 1; then
	sleep 0.5
	T send-keys -t h C-z
	wait_for "Ctrl+Z : le guide ne s'est pas suspendu" alt 0 &&
		{ cursor 1 || bad "Ctrl+Z : curseur caché"; }
	sleep 0.3
	cooked || bad "Ctrl+Z : terminal laissé en mode brut"
	screen | grep -v '^$' | tail -2 | grep -q 'invite\$' || bad "Ctrl+Z : pas d'invite du shell sur l'écran normal"
	T send-keys -t h "fg" Enter
	wait_for "fg : le guide n'a pas repris l'écran" alt 1 && sleep 0.5 && { cooked && bad "fg : terminal pas en mode brut"; true; }
	shows "aidants\|Aidants\|aide" || bad "fg : écran du guide vide"
	kill -s TERM "$(guide_pid)"
	wait_for "fg puis SIGTERM : le guide ne s'est pas arrêté" alt 0
	[ $fail = 0 ] && echo "ok : Ctrl+Z rend le terminal au shell, fg rend l'écran au guide"
fi
exit $fail
