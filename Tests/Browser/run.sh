#!/usr/bin/env bash
# The browser and feed checks of a built site:
#   Tests/Browser/run.sh SITE_DIR [check_site.py options, e.g. --allow-missing]
# 1. setup.sh installs what is missing (chromium, chromium-driver, the project venv .venv: scripts/venv.sh),
# 2. check_site.py checks SITE_DIR: axe-core, headings, lang, reflow in headless Chromium on every page
#    (--all-pages), feed.xml, kalender.ics, links, data files,
# 3. test_checks_fail_when_broken.py shows that each check fails when its property is broken.
# Runs 2 and 3 even when 2 fails, so one run shows everything; exits 1 when either failed.
# SITE_DIR is the site as published: for the search page, with Pagefind's index (make site builds it).
set -uo pipefail

if [ $# -lt 1 ] || [ ! -f "$1/index.html" ]; then
  echo "usage: $0 SITE_DIR [check_site.py options]   (SITE_DIR: a built site, with index.html)" >&2
  exit 2
fi
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
SITE="$(cd "$1" && pwd)"
shift

bash "$HERE/setup.sh" || exit 1
PY="$ROOT/.venv/bin/python"
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ in the work tree

status=0
echo "== check_site.py $SITE"
"$PY" "$HERE/check_site.py" "$SITE" --all-pages "$@" || status=1

echo "== test_checks_fail_when_broken.py"
for arg in "$@"; do
  [ "$arg" = "--allow-missing" ] && export SAMVERKAN_ALLOW_MISSING=1
done
SAMVERKAN_SITE="$SITE" "$PY" -m pytest -q -p no:cacheprovider "$HERE/test_checks_fail_when_broken.py" || status=1

exit $status
