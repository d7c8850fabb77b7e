#!/usr/bin/env bash
# Installs Debian's Chromium (the test browser) when it is missing. Tools that download their own browser
# cannot work on these machines, so every browser test points at /usr/bin/chromium.
set -euo pipefail
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Installing Debian's chromium…"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
chromium --version
