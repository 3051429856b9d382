#!/usr/bin/env bash
# Makes the project's one Python environment .venv/ (`make venv`; `make site`, `validate` and
# `browser-test` run it first) and does only what is missing, quietly when all is there:
#   - the venv, made with Debian's /usr/bin/python3 when it exists (else python3 on PATH), so it does
#     not matter which python3 comes first on PATH (pyenv's or another); when `-m venv` fails because
#     Debian's python3-venv is missing, installs it with apt-get (sudo when not root);
#   - the pinned packages of requirements.txt (pip inside the venv; nothing goes into a system
#     Python), reinstalled only when requirements.txt changed;
#   - .venv/bin/pagefind, a link to the Pagefind binary of the pagefind_bin package, which is where
#     `samverkan build` and `serve` look for it;
#   - axe-core's axe.min.js for the browser checks, read out of the wheel named on requirements.txt's
#     "# axe:" line (downloaded, hash-checked, not installed) into .venv/share/axe-core/.
# Usage: scripts/venv.sh            (VENV=path to use another folder)
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENV="${VENV:-$ROOT/.venv}"
REQUIREMENTS="$ROOT/requirements.txt"
STAMP="$VENV/.requirements-installed"
AXE_JS="$VENV/share/axe-core/axe.min.js"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

say() { echo "venv.sh: $*" >&2; }

venv_ok() { [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; }

# Fast path: nothing to do.
if venv_ok && cmp -s "$REQUIREMENTS" "$STAMP" && [ -s "$AXE_JS" ] && [ -x "$VENV/bin/pagefind" ]; then exit 0; fi

started=$(date +%s%N)
if ! venv_ok; then
  if [ -x /usr/bin/python3 ]; then PYTHON=/usr/bin/python3; else PYTHON="$(command -v python3)" || { say "FEL: ingen python3"; exit 1; }; fi
  "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { say "FEL: $PYTHON är äldre än 3.11"; exit 1; }
  [ -e "$VENV" ] && say "skapar om $VENV (dess Python saknas eller fungerar inte)"
  rm -rf "$VENV"
  say "skapar $VENV med $PYTHON ($("$PYTHON" -c 'import platform; print(platform.python_version())')) …"
  if ! "$PYTHON" -m venv "$VENV" >/dev/null 2>&1; then
    # Debian ships venv's ensurepip separately, in python3-venv (python3.X-venv).
    rm -rf "$VENV"
    say "installerar Debians python3-venv (apt-get) …"
    $SUDO apt-get update -qq >&2
    minor="$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv "python$minor-venv" >/dev/null
    "$PYTHON" -m venv "$VENV"
  fi
fi

PIP=("$VENV/bin/python" -m pip -q --disable-pip-version-check --no-input)
if ! cmp -s "$REQUIREMENTS" "$STAMP" || [ ! -s "$AXE_JS" ] || [ ! -x "$VENV/bin/pagefind" ]; then
  rm -f "$STAMP"
  say "installerar de låsta paketen i requirements.txt …"
  "${PIP[@]}" install --use-pep517 -r "$REQUIREMENTS" >&2

  # axe-core: the wheel of the "# axe:" line, for any Python (it is pure Python and only its
  # JavaScript is used), checked against the line's hash, and axe.min.js out of it.
  spec="$(sed -n 's/^# axe: *//p' "$REQUIREMENTS")"
  [ -n "$spec" ] || { say "FEL: requirements.txt saknar raden \"# axe: …\""; exit 1; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  echo "$spec" >"$work/axe.txt"
  "${PIP[@]}" download --no-deps --only-binary=:all: --python-version 3.12 --implementation py \
    --abi none --platform any -d "$work/wheel" -r "$work/axe.txt" >&2
  mkdir -p "$(dirname "$AXE_JS")"
  "$VENV/bin/python" - "$work/wheel" "$AXE_JS" <<'PY'
import glob, os, sys, zipfile
wheels = glob.glob(os.path.join(sys.argv[1], "*.whl"))
assert len(wheels) == 1, wheels
with zipfile.ZipFile(wheels[0]) as wheel:
    names = [n for n in wheel.namelist() if n.endswith("/axe-core/axe.min.js")]
    assert len(names) == 1, f"{wheels[0]}: no single axe-core/axe.min.js ({names})"
    data = wheel.read(names[0])
with open(sys.argv[2] + ".tmp", "wb") as f:
    f.write(data)
os.replace(sys.argv[2] + ".tmp", sys.argv[2])
PY
  # pagefind_bin has the binary but no entry point of its own in bin/.
  binary="$("$VENV/bin/python" -c 'import os, pagefind_bin; print(os.path.join(os.path.dirname(pagefind_bin.__file__), "pagefind"))')"
  [ -x "$binary" ] || { say "FEL: Pagefinds program saknas i pagefind_bin ($binary)"; exit 1; }
  ln -sfn "$binary" "$VENV/bin/pagefind"
  cp "$REQUIREMENTS" "$STAMP"
  say "klart på $(( ($(date +%s%N) - started) / 1000000 )) ms"
fi
