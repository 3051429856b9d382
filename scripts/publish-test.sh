#!/bin/sh
# scripts/publish.sh on a small site: the pages arrive, a page the site no longer has is removed, and
# samverkan's marker file never reaches the web root (nor is a marker-like file there deleted).
set -eu
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
mkdir -p "$work/site/moten" "$work/web"
echo '<!DOCTYPE html><title>Start</title>' > "$work/site/index.html"
echo '<!DOCTYPE html><title>Möte</title>' > "$work/site/moten/index.html"
echo 'samverkan output' > "$work/site/.samverkan"
echo 'samverkan-sidor 1 0' > "$work/site/.samverkan.sidor"
echo 'old' > "$work/web/gammal.html"
scripts/publish.sh "$work/site" "$work/web" >/dev/null
fail() { echo "publish-test: $1" >&2; exit 1; }
[ -f "$work/web/index.html" ] && [ -f "$work/web/moten/index.html" ] || fail "the pages were not copied"
[ ! -e "$work/web/.samverkan" ] || fail "the marker file .samverkan reached the web root"
[ ! -e "$work/web/.samverkan.sidor" ] || fail "the page record .samverkan.sidor reached the web root"
[ ! -e "$work/web/gammal.html" ] || fail "a page the site no longer has was left on the server"
if scripts/publish.sh "$work/tom" "$work/web" 2>/dev/null; then fail "an unbuilt site was published"; fi
echo "publish-test: pages copied, a removed page deleted, .samverkan and .samverkan.sidor kept out of the web root, an unbuilt site refused"
