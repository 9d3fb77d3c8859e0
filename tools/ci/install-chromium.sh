#!/usr/bin/env bash
# Installs Debian's Chromium for the portal's browser tests (npm run test:e2e), plus CJK fonts so
# the screenshots show Chinese text. Idempotent: does nothing when both are there. Needs root (CI runs as root).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  echo "chromium: $(chromium --version 2>/dev/null || echo present); CJK fonts present"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-noto-cjk
chromium --version || true
