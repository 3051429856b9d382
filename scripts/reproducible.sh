#!/bin/sh
# Builds the site twice, in two processes (so Swift's per-process hash seeds differ) from two
# working folders, with the same SOURCE_DATE_EPOCH, and fails unless the two sites are byte-identical.
# The search index is made by the project's Pagefind (.venv/bin/pagefind) and must be in both, but
# is left out of the byte comparison: Pagefind 1.5.2 writes its filter files in hash-map order, so
# two runs over the same pages differ there (see docs/decisions.md).
set -eu
binary="$(pwd)/${1:-.build/release/samverkan}"
content="$(pwd)/${CONTENT:-content}"
templates="$(pwd)/${TEMPLATES:-templates}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1764000000}"
pagefind="$(pwd)/.venv/bin/pagefind"
[ -x "$pagefind" ] || { echo "reproducible.sh: $pagefind saknas; kör make venv" >&2; exit 1; }
mkdir "$work/a" "$work/b"
(cd "$work/a" && "$binary" build --content "$content" --templates "$templates" --output "$work/a/site" --pagefind "$pagefind" >/dev/null 2>&1)
(cd "$work/b" && "$binary" build --content "$content" --templates "$templates" --output "$work/b/site" --pagefind "$pagefind" >/dev/null 2>&1)
for side in a b; do
  [ -s "$work/$side/site/pagefind/pagefind-ui.js" ] || { echo "Bygget ($side) gav inget sökindex." >&2; exit 1; }
done
if diff -r -x pagefind "$work/a/site" "$work/b/site" >"$work/diff"; then
  echo "Reproducerbart: två byggen gav byte för byte samma webbplats ($(find "$work/a/site" -path "$work/a/site/pagefind" -prune -o -type f -print | wc -l) filer utom sökindexet)."
else
  echo "Inte reproducerbart: två byggen av samma innehåll skiljer sig:" >&2
  head -40 "$work/diff" >&2
  exit 1
fi
