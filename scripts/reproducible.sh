#!/bin/sh
# Builds the site twice, in two processes (so Swift's per-process hash seeds differ) from two
# working folders, with the same SOURCE_DATE_EPOCH, and fails unless the two sites are byte-identical.
set -eu
binary="$(pwd)/${1:-.build/release/samverkan}"
content="$(pwd)/${CONTENT:-content}"
templates="$(pwd)/${TEMPLATES:-templates}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1764000000}"
mkdir "$work/a" "$work/b"
(cd "$work/a" && "$binary" build --content "$content" --templates "$templates" --output "$work/a/site" >/dev/null 2>&1)
(cd "$work/b" && "$binary" build --content "$content" --templates "$templates" --output "$work/b/site" >/dev/null 2>&1)
if diff -r "$work/a/site" "$work/b/site" >"$work/diff"; then
  echo "Reproducerbart: två byggen gav byte för byte samma webbplats ($(find "$work/a/site" -type f | wc -l) filer)."
else
  echo "Inte reproducerbart: två byggen av samma innehåll skiljer sig:" >&2
  head -40 "$work/diff" >&2
  exit 1
fi
