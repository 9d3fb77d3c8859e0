#!/usr/bin/env bash
# Installs Debian's Chromium for the portal's browser tests (npm run test:e2e), plus CJK fonts so
# the screenshots show Chinese text. Idempotent: does nothing when both are there. Needs root (CI runs as root).
set -euo pipefail
# (No `cmd | grep -q` here: with pipefail, grep closing the pipe early fails the test.)
if dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1; then
  echo "chromium and CJK fonts are installed: $(dpkg-query -W -f='${Version}' chromium)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk
dpkg-query -W -f='chromium ${Version}\n' chromium
