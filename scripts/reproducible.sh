#!/bin/sh
# Builds the site twice, in two processes (so Swift's per-process hash seeds differ) from two
# working folders, with the same SOURCE_DATE_EPOCH, and fails unless the two sites are byte-identical.
# The search index is made by the project's Pagefind (.venv/bin/pagefind), in shards (pagefind/<year>/,
# pagefind/sidor/), and must be in both, but is left out of that comparison: Pagefind 1.5.2 writes
# its filter files in hash-map order, so two runs over the same pages differ there, and no option
# makes it stable (see docs/decisions.md). What holds instead is checked after it: a rebuild with
# nothing changed keeps every byte of pagefind/, and an edit of one meeting rewrites only the files
# of that meeting's year.
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
  [ -s "$work/$side/site/pagefind/samverkan-shards.js" ] || { echo "Bygget ($side) gav ingen lista över sökindexets delar." >&2; exit 1; }
done
if diff -r -x pagefind "$work/a/site" "$work/b/site" >"$work/diff"; then
  echo "Reproducerbart: två byggen gav byte för byte samma webbplats ($(find "$work/a/site" -path "$work/a/site/pagefind" -prune -o -type f -print | wc -l) filer utom sökindexet)."
else
  echo "Inte reproducerbart: två byggen av samma innehåll skiljer sig:" >&2
  head -40 "$work/diff" >&2
  exit 1
fi

# The index: a rebuild with nothing changed keeps every byte; an edit rewrites only its own shard.
sums() { (cd "$work/c/site" && find pagefind -type f -exec cksum {} + | sort -k3); }
cp -R "$content" "$work/content"
mkdir "$work/c"
build_c() { (cd "$work/c" && "$binary" build --content "$work/content" --templates "$templates" --output "$work/c/site" --pagefind "$pagefind" >/dev/null 2>&1); }
build_c
sums >"$work/sums1"
build_c
sums >"$work/sums2"
if ! cmp -s "$work/sums1" "$work/sums2"; then
  echo "Inte reproducerbart: en ombyggnad utan ändringar skrev om sökindexet:" >&2
  diff "$work/sums1" "$work/sums2" | head -20 >&2
  exit 1
fi
meeting="$(cd "$work/content" && find meetings -name '*.md' | sort | head -1)"
year="$(basename "$(dirname "$meeting")")"
printf '\nEtt tillagt stycke om reproducerbarhet.\n' >>"$work/content/$meeting"
build_c
sums >"$work/sums3"
others="$(diff "$work/sums2" "$work/sums3" | grep '^[<>]' | awk '{print $4}' | grep -v "^pagefind/$year/" | sort -u || true)"
if [ -n "$others" ]; then
  echo "Inte reproducerbart: en ändring i $meeting skrev om sökindexet utanför pagefind/$year/:" >&2
  echo "$others" | head -20 >&2
  exit 1
fi
changed="$(diff "$work/sums2" "$work/sums3" | grep -c '^>' || true)"
echo "Sökindexet: en ombyggnad utan ändringar behöll varje byte; en ändring i ett möte skrev om $changed filer, alla i pagefind/$year/."
