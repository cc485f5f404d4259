#!/usr/bin/env bash
# System packages the tests need, from Debian: Chromium for the browser test.
# Run by `npm test` (and so by .ci/run). Installs only what is missing; fails loudly when it cannot,
# because a test must never skip silently for want of a package.
set -euo pipefail

packages=()
command -v chromium >/dev/null 2>&1 || packages+=(chromium)

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
