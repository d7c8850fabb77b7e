#!/usr/bin/env bash
# Installs Debian's Chromium (the test browser) and the fonts the visual baselines are drawn with, when missing.
# Tools that download their own browser cannot work on these machines, so every browser test points at
# /usr/bin/chromium. Stories set DejaVu Sans (fonts-dejavu-core); Liberation (fonts-liberation) is what the
# `simple` theme falls back to, so both must be there for screenshots to match the committed baselines.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/liberation ] || missing+=(fonts-liberation)
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installing ${missing[*]} from Debian…"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
chromium --version
