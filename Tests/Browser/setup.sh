#!/usr/bin/env bash
# Installs what Tests/Browser/check_site.py needs, and only what is missing (quiet when all is there):
#   - Debian's chromium and chromium-driver (apt-get; sudo when not root),
#   - a venv .venv-browser at the repository root, made with a Python >= 3.12 (pyenv's, else one on
#     PATH; axe-selenium-python 3, which bundles a current axe-core, needs 3.12), holding the pinned
#     packages of Tests/Browser/requirements.txt.
# Then run the checks with .venv-browser/bin/python (run.sh does).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VENV="$ROOT/.venv-browser"
REQUIREMENTS="$ROOT/Tests/Browser/requirements.txt"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

say() { echo "setup.sh: $*" >&2; }

# --- Chromium and its WebDriver from Debian ---------------------------------------------------
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  say "installerar chromium och chromium-driver (apt-get) …"
  $SUDO apt-get update -qq >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# --- A Python >= 3.12 -------------------------------------------------------------------------
python_ok() {
  [ -x "$1" ] && "$1" -c 'import sys, venv, ensurepip, ssl; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1
}

find_python() {
  local root candidate version
  root="${PYENV_ROOT:-$HOME/.pyenv}"
  # pyenv's plain CPython releases (not -dev, t = free-threaded …), lowest >= 3.12 first: the most
  # likely to have wheels for every pinned package.
  if [ -d "$root/versions" ]; then
    for version in $(ls "$root/versions" | grep -E '^3\.[0-9]+\.[0-9]+$' | sort -V); do
      candidate="$root/versions/$version/bin/python3"
      if python_ok "$candidate"; then echo "$candidate"; return 0; fi
    done
  fi
  for candidate in python3.12 python3.13 python3.14 python3; do
    candidate="$(command -v "$candidate" 2>/dev/null || true)"
    if [ -n "$candidate" ] && python_ok "$candidate"; then echo "$candidate"; return 0; fi
  done
  return 1
}

venv_ok() {
  python_ok "$VENV/bin/python"
}

if ! venv_ok; then
  if ! PYTHON="$(find_python)"; then
    if command -v pyenv >/dev/null 2>&1; then
      say "ingen Python >= 3.12 hittades; försöker pyenv install 3.12 …"
      pyenv install --skip-existing 3.12 >&2 || true
    fi
    PYTHON="$(find_python)" || {
      say "FEL: hittar ingen Python >= 3.12 (pyenv versions, python3.12/3.13 på PATH). axe-selenium-python 3 kräver den."
      exit 1
    }
  fi
  [ -e "$VENV" ] && say "skapar om $VENV (dess Python saknas eller är för gammal)" && rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
fi

# --- The pinned packages: reinstalled only when requirements.txt changed ---------------------
STAMP="$VENV/.requirements-installed"
if ! cmp -s "$REQUIREMENTS" "$STAMP"; then
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$REQUIREMENTS" >&2
  cp "$REQUIREMENTS" "$STAMP"
fi
