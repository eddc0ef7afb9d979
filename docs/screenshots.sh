#!/usr/bin/env bash
# Remake the README's screenshots from the real tool: docs/report.png (the HTML report of
# samples/, as headless Chromium renders it) and docs/show.png (`extract --show` of the seed
# article, its colours recorded by Rich as SVG, then rendered by Chromium). Needs `chromium`.
# Usage: docs/screenshots.sh [path/to/extract]
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRACT=${1:-extract}
PYTHON=$(dirname "$(command -v "$EXTRACT")")/python
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

shoot() {  # shoot URL PNG WIDTH HEIGHT
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$work/profile" --screenshot="$2" \
    --window-size="$3,$4" "$1" 2>/dev/null
}

"$EXTRACT" --format html --date 2019-12-27 samples/ > "$work/report.html"
shoot "file://$work/report.html" docs/report.png 1280 1500

# The terminal output as a 24-bit colour terminal would get it, replayed into a recording
# console 100 columns wide (the width `extract` uses off a terminal).
FORCE_COLOR=1 COLORTERM=truecolor "$EXTRACT" --show --date 2019-12-27 \
  samples/interfaks-cybercrime.txt > "$work/show.ansi"
size=$("$PYTHON" - "$work/show.ansi" "$work/show.svg" <<'PY'
import re
import sys

from rich.console import Console
from rich.text import Text

ansi = open(sys.argv[1], encoding="utf-8").read()
console = Console(record=True, width=100, force_terminal=True, color_system="truecolor",
                  file=open("/dev/null", "w"))
console.print(Text.from_ansi(ansi), end="")
console.save_svg(sys.argv[2], title="extract --show samples/interfaks-cybercrime.txt")
svg = open(sys.argv[2], encoding="utf-8").read()
width, height = re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups()
print(round(float(width)), round(float(height)))
PY
)
read -r width height <<< "$size"
printf '<!DOCTYPE html><style>body{margin:0;background:#fff}</style><img src="show.svg">' \
  > "$work/show.html"
shoot "file://$work/show.html" docs/show.png "$width" "$height"
echo "docs/report.png, docs/show.png (${width}x${height})"
