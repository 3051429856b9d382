#!/usr/bin/env bash
# Fault test of publishing with real processes: builds killed with SIGKILL at random moments, and
# two builds into one output folder at once, must always leave exactly one whole site (A or B) and
# no staging or generation folders. Usage: scripts/fault-test.sh BINARY (a release build is fastest).
# KILLS and RACES change the number of rounds (25 and 10).
set -euo pipefail
binary="$(realpath "${1:?användning: scripts/fault-test.sh BINÄR}")"
cd "$(dirname "$0")/.."
kills=${KILLS:-25}
races=${RACES:-10}
# tmpfs by default: on a disk shared with other builds the same run takes several times longer.
# FAULT_TMPDIR=/tmp runs it on the disk instead.
base=${FAULT_TMPDIR:-$( [ -d /dev/shm ] && [ -w /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}" )}
work="$(mktemp -d -p "$base" samverkan-fault.XXXXXX)"
cleanup() {
  # Only this script's own background builds that are still running.
  for pid in $(jobs -pr); do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
started=$(date +%s%N)
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# Two content folders: the repository's content plus 400 synthetic meetings and 2000 small
# attachments (cheap to build but written like pages, so that a good part of each build is spent
# publishing). B drops A's first 40 meetings and 200 attachments, adds as many after A's last, and
# changes every third one.
make_content() {  # folder first last variant
  cp -r content "$1"
  python3 - "$@" <<'PY'
import os, sys, datetime
root, first, last, variant = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
start = datetime.date(2000, 1, 3)
os.makedirs(os.path.join(root, "files", "arkiv"), exist_ok=True)
for n in range(first * 5, last * 5):
    with open(os.path.join(root, "files", "arkiv", f"{n}.txt"), "w") as f:
        f.write(f"Bilaga {n} ({'B' if variant == 'B' and n % 3 == 0 else 'A'}).\n" * 8)
for n in range(first, last):
    day = start + datetime.timedelta(days=n)
    folder = os.path.join(root, "meetings", str(day.year))
    os.makedirs(folder, exist_ok=True)
    place = "Regionens hus, Göteborg" if variant == "A" or n % 3 else "Kommunhuset, Borås"
    with open(os.path.join(folder, f"{day}-sro-{n % 7 + 2}.md"), "w") as f:
        f.write(f"""---
body: sro
date: {day}
start: "13:00"
end: "15:00"
location: {place}
topics: [halso-och-sjukvardsavtal]
participants:
  - group: Kommunpolitiker
    members:
      - {{ name: Marina Johansson, party: S, org: Göteborgsregionen, role: vice ordförande }}
decisions:
  - item: 2
    kind: noterar
    text: SRO noterar informationen, möte {n}.
---
## 1. Mötets öppnande

Ordföranden öppnar mötet. Se [organet](/organ/sro/).

## 2. Information

Text om **avtalet**, möte {n} ({variant}).
""")
PY
}
make_content "$work/A" 0 400 A
make_content "$work/B" 40 440 B

build() {  # content output
  "$binary" build --content "$1" --templates templates --output "$2" --today 2026-11-25 --no-search >/dev/null 2>>"$work/log"
}
mkdir "$work/refA" "$work/refB"
for name in A B; do
  build "$work/$name" "$work/ref$name/site" || { echo "Feltest: referensbygget av $name misslyckades:" >&2; cat "$work/log" >&2; exit 1; }
done
refA="$work/refA/site" refB="$work/refB/site"
if diff -rq "$refA" "$refB" >/dev/null; then echo "Feltest: A och B blev samma webbplats" >&2; exit 1; fi

failures=0
fail() { echo "FEL: $*" >&2; failures=$((failures + 1)); }
same_as() { diff -r "$1" "$2" >/dev/null 2>&1; }
is_a_or_b() { [ -d "$1" ] && { same_as "$1" "$refA" || same_as "$1" "$refB"; }; }
differences() {  # how far the output is from A and from B
  if [ -d "$1" ]; then echo "$(diff -rq "$1" "$refA" | wc -l) skillnader mot A, $(diff -rq "$1" "$refB" | wc -l) mot B"
  else echo "utmappen finns inte"; fi
}
# Staging folders inside the output and generations beside it; the lock file is meant to stay.
debris() {
  find "$1/out" -name '.samverkan-*' 2>/dev/null
  find "$1" -maxdepth 1 -name '.out.samverkan-*' ! -name '.out.samverkan-lock'
}
reset() {  # folder [site to start from]
  rm -rf "$1" && mkdir -p "$1"
  if [ $# -gt 1 ]; then cp -a "$2" "$1/out"; fi
}

# How long a build of B over A takes, to spread the kills over all of it.
reset "$work/run" "$refA"
t0=$(now_ms); build "$work/B" "$work/run/out"; duration=$(( $(now_ms) - t0 ))
[ "$duration" -gt 0 ] || duration=1
# The names in the output folder and beside it: when they change, the build has begun to write.
shopt -s dotglob nullglob
names() { local all=("$work/run"/* "$work/run/out"/*); current="${all[*]}"; }  # no subshell: polled in a loop

# 1. Killed builds: the output holds A or B, and the next build gives B and clears up.
for ((i = 0; i < kills; i++)); do
  reset "$work/run" "$refA"
  # Even rounds: a delay in a slice of their own of the whole build. Odd rounds: the build's writing
  # is short, so wait until it begins (a name appears in or beside the output), then 0-49 ms more.
  names; before=$current
  "$binary" build --content "$work/B" --templates templates --output "$work/run/out" --today 2026-11-25 --no-search >/dev/null 2>&1 &
  pid=$!
  t0=$(now_ms)
  if ((i % 2)); then
    while names && [ "$current" = "$before" ] && kill -0 "$pid" 2>/dev/null; do :; done
    extra=$((RANDOM % 50))
    sleep "0.0$(printf '%02d' "$extra")"
  else
    slice=$(( (i / 2 * 1000 + RANDOM % 1000) * duration / ((kills + 1) / 2 * 1000) ))
    sleep "$(printf '%d.%03d' $((slice / 1000)) $((slice % 1000)))"
  fi
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  delay=$(( $(now_ms) - t0 ))
  is_a_or_b "$work/run/out" || fail "dödat efter $delay ms: utmappen är varken A eller B ($(differences "$work/run/out"))"
  if build "$work/B" "$work/run/out"; then
    same_as "$work/run/out" "$refB" || fail "dödat efter $delay ms: nästa bygge gav inte B"
    [ -z "$(debris "$work/run")" ] || fail "dödat efter $delay ms: kvar efter nästa bygge: $(debris "$work/run" | xargs -n1 basename | sort -u | tr '\n' ' ')"
  else
    fail "dödat efter $delay ms: nästa bygge misslyckades"
  fi
done

# 2. Two builds into one folder at the same moment: both succeed (or one reports the lock), and
#    the output is A or B.
for ((i = 0; i < races; i++)); do
  if ((i % 2)); then reset "$work/run" "$refA"; else reset "$work/run"; fi
  "$binary" build --content "$work/A" --templates templates --output "$work/run/out" --today 2026-11-25 --no-search >/dev/null 2>"$work/run/a.err" &
  a=$!
  "$binary" build --content "$work/B" --templates templates --output "$work/run/out" --today 2026-11-25 --no-search >/dev/null 2>"$work/run/b.err" &
  b=$!
  status_a=0; wait "$a" || status_a=$?
  status_b=0; wait "$b" || status_b=$?
  for pair in "A:$status_a" "B:$status_b"; do
    name=${pair%%:*} status=${pair#*:}
    if [ "$status" -ne 0 ] && ! grep -q "ett annat bygge skriver just nu" "$work/run/${name,,}.err"; then
      fail "samtidiga byggen, varv $i: bygget av $name slutade med $status: $(grep -m1 error "$work/run/${name,,}.err" || true)"
    fi
  done
  is_a_or_b "$work/run/out" || fail "samtidiga byggen, varv $i: utmappen är varken A eller B ($(differences "$work/run/out"))"
  [ -z "$(debris "$work/run")" ] || fail "samtidiga byggen, varv $i: skräp kvar: $(debris "$work/run" | xargs -n1 basename | sort -u | tr '\n' ' ')"
done

seconds=$(( ($(date +%s%N) - started) / 1000000000 ))
if [ "$failures" -eq 0 ]; then
  echo "Feltest klart: $kills dödade byggen (hälften spridda över ${duration} ms, hälften medan de skrev) och $races par samtidiga byggen gav alltid exakt A eller B och inget skräp ($seconds s, i $base)."
else
  echo "Feltest misslyckades: $failures fel i $kills dödade byggen och $races par samtidiga byggen ($seconds s)." >&2
  exit 1
fi
