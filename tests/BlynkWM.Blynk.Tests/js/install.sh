#!/usr/bin/env bash
# Installs the official Blynk JavaScript client (package-lock.json pins blynk-library 0.5.4) into node_modules here.
# Idempotent: runs `npm ci` only when node_modules is missing or older than the lock file.
set -euo pipefail
cd "$(dirname "$0")"
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
   && [ -f node_modules/blynk-library/blynk.js ]; then
  exit 0
fi
npm ci --no-audit --no-fund >&2
