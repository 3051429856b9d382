#!/usr/bin/env bash
# Installs what Tests/Browser/check_site.py needs, and only what is missing (quiet when all is there):
#   - Debian's chromium and chromium-driver (apt-get; sudo when not root),
#   - the project venv .venv at the repository root (scripts/venv.sh: Debian's Python, the pinned
#     packages of requirements.txt, axe-core's axe.min.js in .venv/share/axe-core/).
# Then run the checks with .venv/bin/python (run.sh does).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

say() { echo "setup.sh: $*" >&2; }

# --- Chromium and its WebDriver from Debian ---------------------------------------------------
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  say "installerar chromium och chromium-driver (apt-get) …"
  $SUDO apt-get update -qq >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# --- The project venv -------------------------------------------------------------------------
"$ROOT/scripts/venv.sh"
