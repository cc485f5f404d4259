#!/usr/bin/env bash
# System packages the tests need, from Debian: Chromium for the browser test; LibreOffice, poppler
# and Liberation Serif 2 (Vietnamese glyphs, Times New Roman's metrics) for the document check;
# PostgreSQL's server binaries, for the throwaway server the vitest globalSetup starts.
# Run by `npm test` (and so by .ci/run). Installs only what is missing; fails loudly when it cannot,
# because a test must never skip silently for want of a package.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)
command -v soffice >/dev/null 2>&1 || packages+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
[ -d /usr/share/fonts/truetype/liberation2 ] || packages+=(fonts-liberation2)
command -v fc-match >/dev/null 2>&1 || packages+=(fontconfig)
# Debian puts initdb under /usr/lib/postgresql/<version>/bin, off PATH; look there first.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null 2>&1 || packages+=(postgresql)

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing system packages for the tests: ${packages[*]}"
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "error: need root (or sudo) to install: ${packages[*]}" >&2
    exit 1
  fi
else
  SUDO=""
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
