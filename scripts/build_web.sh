#!/usr/bin/env bash
# Rebuild the web page into dateline/web/static from the npm packages pinned in web/package-lock.json.
# Only needed after changing web/src or the pinned packages; the built files are committed.
set -euo pipefail
cd "$(dirname "$0")/../web"
npm ci --no-audit --no-fund
npm run build
