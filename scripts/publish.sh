#!/bin/sh
# Copies a built site to the web server's folder, as docs/publishing.md's recipes do: rsync (installed
# with apt-get when missing), every changed file swapped in at the end (--delay-updates), files the
# site no longer has removed, and samverkan's own marker (.samverkan, which tells the next build that
# the folder is its output) never copied to the web root.
#   scripts/publish.sh SITE TARGET     TARGET: a folder, or user@host:folder over ssh
set -eu
site=${1:?usage: scripts/publish.sh SITE TARGET}
target=${2:?usage: scripts/publish.sh SITE TARGET}
[ -f "$site/index.html" ] || { echo "$site/index.html saknas: bygg webbplatsen först (make site)" >&2; exit 1; }
if ! command -v rsync >/dev/null 2>&1; then
  echo "Installerar rsync …"
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rsync
fi
rsync -a --delete --delay-updates --exclude='/.samverkan*' "$site/" "$target"
echo "Publicerade $site/ till $target"
