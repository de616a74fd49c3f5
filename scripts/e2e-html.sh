#!/usr/bin/env bash
# End-to-end check of the printable export (issue 6): exports the HTML plan of a sample
# situation, renders it in headless Chromium to a PDF (A4) and a PNG of page 1, checks the
# page count and the page size, and copies the results to e2e-out/ for a person to look at.
# Installs Debian's chromium and poppler-utils when missing (needs root). Exits non-zero on
# any failure. Called by scripts/e2e.sh; runs on its own too.
#
#   AIDANTS=./aidants   the binary to use (built with `go build` when absent)
#   E2E_OUT=e2e-out     where the PDF and the PNGs go
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${AIDANTS:-./aidants}
OUT=${E2E_OUT:-e2e-out}

fail() { echo "e2e-html : ÉCHEC : $*" >&2; exit 1; }
say() { echo "e2e-html : $*"; }

if [ ! -x "$BIN" ]; then
	say "construction de $BIN"
	go build -o "$BIN" . || fail "go build"
fi

work=$(mktemp -d)
profile=$(mktemp -d)
trap 'rm -rf "$work" "$profile"' EXIT

# --- tools ----------------------------------------------------------------------------
apt_install() {
	[ "$(id -u)" -eq 0 ] || fail "$1 absent ; installez-le (apt-get install -y $1) ou lancez ce script en root"
	say "installation de $1"
	if [ -z "${APT_UPDATED:-}" ]; then
		apt-get update -qq || fail "apt-get update"
		APT_UPDATED=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null || fail "apt-get install $1"
}

CHROME=""
for c in chromium chromium-browser; do
	if command -v "$c" >/dev/null 2>&1; then CHROME=$(command -v "$c"); break; fi
done
if [ -z "$CHROME" ]; then
	apt_install chromium
	CHROME=$(command -v chromium) || fail "chromium introuvable après installation"
fi
if ! command -v pdfinfo >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1; then
	apt_install poppler-utils
fi

# --- the export -------------------------------------------------------------------------
# GIR 2 at home in the Creuse, an employed child caregiver: local contacts, amounts, and
# three letter templates (APA appeal, congé de proche aidant, congé de solidarité familiale).
cat >"$work/situation.json" <<'EOF'
{
  "person": {"age": 84, "department": "23", "residence": "home", "gir": 2,
             "monthly_resources": 1400, "couple": false, "housing": "owner",
             "pension_scheme": "agricultural"},
  "caregiver": {"relationship": "child", "lives_with_person": false,
                "employment": "employee", "exhausted": true},
  "needs": ["respite", "household_help"]
}
EOF
html="$work/plan.html"
"$BIN" exporter --profil "$work/situation.json" --format html --sortie "$html" \
	--date 2026-06-01 --libelle "Exemple e2e" >/dev/null || fail "aidants exporter"

mode=$(stat -c %a "$html")
[ "$mode" = 600 ] || fail "droits du fichier exporté : $mode (attendu 600)"
# self-contained: nothing to fetch, nothing to run
if grep -Eiq '<script|<link|<img|<iframe|<object|<embed|@import|url\(|@font-face|src=' "$html"; then
	fail "le HTML charge une ressource ou contient un script"
fi
grep -q '@page' "$html" || fail "pas de feuille de style d'impression (@page)"
letters=$(grep -c '<section class="letter">' "$html" || true)
items=$(grep -c '<article class="item' "$html" || true)
[ "$items" -gt 0 ] || fail "aucune aide dans le HTML"

# --- rendering ----------------------------------------------------------------------------
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
	--disable-background-networking --disable-component-update --disable-sync
	--disable-extensions --disable-breakpad --hide-scrollbars --user-data-dir="$profile"
	--host-resolver-rules="MAP * ~NOTFOUND")
url="file://$(cd "$work" && pwd)/plan.html"
# Chromium keeps its crash reports and caches in the temporary profile, not in the user's home
chrome() {
	HOME="$profile" XDG_CONFIG_HOME="$profile/config" XDG_CACHE_HOME="$profile/cache" \
		timeout 180 "$CHROME" "${flags[@]}" "$@"
}

chrome --no-pdf-header-footer --print-to-pdf="$work/plan.pdf" "$url" \
	>"$work/chromium-pdf.log" 2>&1 || { cat "$work/chromium-pdf.log" >&2; fail "impression en PDF"; }
[ -s "$work/plan.pdf" ] || fail "PDF vide"
# A4 at 96 dpi: 210 mm × 297 mm = 794 × 1123 pixels
chrome --window-size=794,1123 --screenshot="$work/plan.png" "$url" \
	>"$work/chromium-png.log" 2>&1 || { cat "$work/chromium-png.log" >&2; fail "capture PNG"; }
[ -s "$work/plan.png" ] || fail "PNG vide"

# --- checks ---------------------------------------------------------------------------------
info=$(pdfinfo "$work/plan.pdf") || fail "pdfinfo ne lit pas le PDF"
pages=$(awk '/^Pages:/ {print $2}' <<<"$info")
size=$(awk -F': *' '/^Page size:/ {print $2}' <<<"$info")
[[ "$size" =~ ^59[456](\.[0-9]+)?\ x\ 84[12](\.[0-9]+)? ]] || fail "format de page : $size (attendu A4, 595 x 842 points)"
# Each letter starts on a page of its own and fills at least one; the plan before them
# takes at least two pages (this sample has some thirty aids). A page per aid or more
# would mean the page-break rules went wrong.
min=$((2 + letters))
max=$((items + 2 * letters + 4))
if [ "$pages" -lt "$min" ] || [ "$pages" -gt "$max" ]; then
	fail "$pages pages (attendu entre $min et $max pour $items aides et $letters lettres)"
fi
# the first page shows the header and the situation, as text (not an image)
page1=$(pdftotext -f 1 -l 1 "$work/plan.pdf" - 2>/dev/null) || fail "pdftotext"
grep -q "Plan d'aide" <<<"$page1" || fail "page 1 sans titre « Plan d'aide »"
grep -q "Situation" <<<"$page1" || fail "page 1 sans la situation"
# every letter starts at the top of a page
found=0
for n in $(seq 1 "$pages"); do
	text=$(pdftotext -f "$n" -l "$n" "$work/plan.pdf" - 2>/dev/null || true)
	if grep -v '^[[:space:]]*$' <<<"$text" | head -n 4 | grep -q "^Modèle de lettre"; then
		found=$((found + 1))
	fi
done
[ "$found" -eq "$letters" ] || fail "$found lettres en haut de page sur $letters"

mkdir -p "$OUT"
rm -f "$OUT"/plan-pdf-p*.png
cp "$work/plan.pdf" "$OUT/plan.pdf"
cp "$work/plan.png" "$OUT/plan-page1.png"
cp "$html" "$OUT/plan.html"
chmod 600 "$OUT/plan.html"
# the printed page 1, and a page in the middle of the plan, as a person would see them
pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/plan.pdf" "$OUT/plan-pdf-p1"
mid=$(((pages - letters) / 2 + 1))
pdftoppm -png -r 70 -f "$mid" -l "$mid" -singlefile "$work/plan.pdf" "$OUT/plan-pdf-p$mid"
say "OK : $pages pages A4 ($items aides, $letters lettres) ; voir $OUT/plan.pdf, $OUT/plan-page1.png et $OUT/plan-pdf-p*.png"
