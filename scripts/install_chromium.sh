#!/usr/bin/env bash
# Install Debian's headless Chromium (and its driver) for the web page tests, when missing.  Run as root (CI does).
# Playwright drives this browser; its own browser download is never used.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >&2
fi
chromium --version >&2
