# tmux-harness.sh — shared by the tmux walks (e2e-tui.sh, e2e-commune.sh): checks the binary
# and tmux, makes a private tmux server and work folder, and the helpers (keys, screen, waits,
# checks). Source it with E2E_NAME set to the script's name; $1 is the binary.

BIN=${1:-./aidants}
DATE=2026-06-01
if [ ! -x "$BIN" ]; then
	echo "${E2E_NAME} : binaire $BIN introuvable (make build d'abord)" >&2
	exit 2
fi
if ! command -v tmux >/dev/null 2>&1; then
	echo "${E2E_NAME} : tmux manquant (apt-get install tmux)" >&2
	exit 2
fi
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/aidants-${E2E_NAME}.XXXXXX")
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
# page_until TEXT: pages down (Espace) until TEXT is on screen, at most 12 pages.
page_until() {
	local i
	for ((i = 0; i < 12; i++)); do
		if screen | grep -qF "$1"; then return 0; fi
		keys Space
		sleep 0.05
	done
	screen | grep -qF "$1"
}

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
