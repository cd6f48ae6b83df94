#!/usr/bin/env bash
# Pictures of the workbook template as LibreOffice shows it: `dqtv init KIND --format xlsx`,
# turned into a PDF by LibreOffice headless (every sheet, one or more pages each, the guide sheet
# "Hướng dẫn" included), then into PNG pages by pdftoppm.
#
#   scripts/xlsx_screenshot.sh [OUT-FOLDER] [KIND] [DPI]
#
# OUT-FOLDER is /tmp/dqtv-xlsx-screenshot by default, KIND `province` (or `commune`), DPI 60.
# Writes mau.xlsx, mau.pdf and mau-N.png (one per PDF page) there and lists the pages, then two
# legible crops at 110 dpi, as docs/images holds them: template-sheet.png (the top of the first
# sheet: headers with their field codes, the date cell shown dd/mm/yyyy) and template-guide.png
# (the top of the "Hướng dẫn" sheet). A PDF
# shows no dropdowns (data validation lists): scripts/xlsx_inspect.py prints them, as openpyxl
# reads them, and the tests check them through it. Needs a built dqtv (`swift build --product
# dqtv`; release is used when it is there), soffice and pdftoppm.
set -euo pipefail

cd "$(dirname "$0")/.."
out="${1:-/tmp/dqtv-xlsx-screenshot}"
kind="${2:-province}"
dpi="${3:-60}"

dqtv=.build/release/dqtv
[ -x "$dqtv" ] || dqtv=.build/debug/dqtv
[ -x "$dqtv" ] || { echo "no dqtv built: swift build --product dqtv" >&2; exit 1; }

mkdir -p "$out"
rm -f "$out"/mau.xlsx "$out"/mau.pdf "$out"/mau-*.png
"$dqtv" init "$kind" --format xlsx -o "$out/mau.xlsx"

# A profile of its own, so that a LibreOffice already open elsewhere does not take the job.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice --headless "-env:UserInstallation=file://$profile" --convert-to pdf --outdir "$out" "$out/mau.xlsx" \
  >/dev/null

pdftoppm -r "$dpi" -png "$out/mau.pdf" "$out/mau"
ls -1 "$out"/mau-*.png

# The guide's page: the first whose text has the guide's own headers.
pages=$(pdfinfo "$out/mau.pdf" | sed -n 's/^Pages: *//p')
guide=""
for ((p = 1; p <= pages; p++)); do
  if pdftotext -f "$p" -l "$p" "$out/mau.pdf" - | grep "Mã trường" >/dev/null; then
    guide=$p
    break
  fi
done
pdftoppm -r 110 -f 1 -l 1 -x 60 -y 70 -W 1080 -H 60 -singlefile -png "$out/mau.pdf" "$out/template-sheet"
ls -1 "$out/template-sheet.png"
if [ -n "$guide" ]; then
  pdftoppm -r 110 -f "$guide" -l "$guide" -x 60 -y 60 -W 1180 -H 330 -singlefile -png "$out/mau.pdf" \
    "$out/template-guide"
  ls -1 "$out/template-guide.png"
fi
