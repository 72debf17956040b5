#!/usr/bin/env bash
# Install the non-Python tools the test suite uses, from Debian's packages, when they are missing.
set -euo pipefail
need=()
command -v rapper >/dev/null 2>&1 || need+=(raptor2-utils)
# headless Chromium for tests/test_viz.py, and a Chinese font so its screenshots are legible
command -v chromium >/dev/null 2>&1 || need+=(chromium)
{ fc-list :lang=zh 2>/dev/null | grep -q .; } || need+=(fonts-wqy-microhei)
# OCR for PDFs without a text layer (tests/test_read_pdf.py reads a scanned page through it)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
{ tesseract --list-langs 2>/dev/null | grep -qx chi_sim; } || need+=(tesseract-ocr-chi-sim)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
echo "installing ${need[*]} from Debian's packages" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
