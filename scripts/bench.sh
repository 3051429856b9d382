#!/usr/bin/env bash
# Realistic benchmark, side by side: samverkan, Hugo and a cmark-gfm floor on the same archive.
#
#   scripts/bench.sh [N ...]        default N = 1000 10000 50000 meetings
#   BENCH_RUNS=3                    runs per measurement; each cell is the median
#   BENCH_QUICK=1                   only N = 1000 (overrides the N given)
#   BENCH_SERVE=0                   leave out the `samverkan serve` timings
#   BENCH_HUGO=0                    leave out Hugo (left out by itself when it would not fit in memory:
#                                   it needs about 0.4 MB per meeting; BENCH_HUGO_FORCE=1 runs it anyway)
#                                   Pagefind likewise (about 0.45 MB per meeting; BENCH_PAGEFIND_FORCE=1)
#   SAMVERKAN=path                  the binary (default .build/release/samverkan; `make bench` builds it)
#
# For each N, bench/generate.py writes a deterministic archive of N meetings (about 10 KB of
# Markdown each, 2001–2025, six bodies, twelve topics) into a tmpfs folder, and bench/hugo_site.py
# writes the same Markdown as a Hugo site. Then, timed with /usr/bin/time (user + sys CPU, max RSS:
# for a command that runs a child, the larger of the two) and date +%s%N (wall): Hugo's clean build
# of the twin, the floor (bench/floor.c: cmark-gfm alone on every meeting, all cores, no templates),
# a clean `samverkan build --no-search` into an empty folder, `samverkan check`, a rebuild with
# nothing changed, a clean build with the Pagefind index, Pagefind alone on the built site, and a
# rebuild after one meeting changed. `samverkan serve` is timed from start to the first page and from saving an
# edit to the page showing it (bench/serve_edit.py, one session, median of five edits).
# Prints one Markdown table, the largest HTML page we write and the machine.
# Installs Debian's hugo (and time) with apt-get when missing; compiles the floor with cc.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bin=${SAMVERKAN:-$root/.build/release/samverkan}
templates=$root/templates
pagefind=${PAGEFIND:-$root/.venv/bin/pagefind}
runs=${BENCH_RUNS:-3}
today=2026-11-24
if [ "${BENCH_QUICK:-0}" = 1 ]; then sizes=(1000)
elif [ $# -gt 0 ]; then sizes=("$@")
else sizes=(1000 10000 50000); fi
for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "bench: N must be a positive whole number, not '$n'" >&2; exit 2; }
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench: BENCH_RUNS must be a positive whole number" >&2; exit 2; }
[ -x "$bin" ] || { echo "bench: $bin is missing; run 'make build' first (make bench does)" >&2; exit 1; }

# ---- what the benchmark needs -------------------------------------------------------------------
sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
apt_install() {
  echo "bench: installerar $* med apt-get …" >&2
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v hugo >/dev/null 2>&1 || apt_install hugo
[ -x /usr/bin/time ] || apt_install time
if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then
  apt_install pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
fi
if [ ! -x "$pagefind" ]; then
  pagefind=$(command -v pagefind || true)
  [ -n "$pagefind" ] || echo "bench: Pagefind saknas (make venv); sökindexet mäts inte" >&2
fi

base=/dev/shm; [ -d "$base" ] && [ -w "$base" ] || base=${TMPDIR:-/tmp}
work=$(mktemp -d "$base/samverkan-bench-XXXXXX")
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
mkdir -p "$work/tmp"
export TMPDIR=$work/tmp          # samverkan's Pagefind staging goes to tmpfs too

cc -O2 -o "$work/floor" bench/floor.c $(pkg-config --cflags --libs libcmark-gfm) -lcmark-gfm-extensions -lpthread
results=$work/results.tsv
: >"$results"
notes=$work/notes.txt
: >"$notes"

# ---- timing --------------------------------------------------------------------------------------
# measure N KEY PREP COUNT CMD...: BENCH_RUNS times, PREP RUN (untimed), then CMD under /usr/bin/time;
# COUNT is a function printing the pages the run wrote (or '-'). One line per run in $results.
# A failed run stops the benchmark, unless optional=1: then it is noted and the measurement left out.
optional=0
measure() {
  local n=$1 key=$2 prep=$3 count=$4; shift 4
  local r t0 t1 wall user sys rss
  for ((r = 1; r <= runs; r++)); do
    "$prep" "$r"
    t0=$(date +%s%N)
    if ! /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/log" 2>&1; then
      echo "bench: N=$n $key misslyckades: $*" >&2
      tail -n 20 "$work/log" >&2
      if [ "$optional" = 1 ]; then
        echo "N=$n: $key failed ($(head -n 1 "$work/time")) and is left out" >>"$notes"
        sed -i "/^$n\t$key\t/d" "$results"
        return 0
      fi
      exit 1
    fi
    t1=$(date +%s%N)
    read -r wall user sys rss <"$work/time"
    wall=$(awk -v ns="$((t1 - t0))" 'BEGIN { printf "%.4f", ns / 1e9 }')   # time's %e has 10 ms steps
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$key" "$r" "$wall" "$user" "$sys" "$rss" "$("$count")" >>"$results"
    awk -v k="$key" -v r="$r" -v t="$runs" -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" \
      'BEGIN { printf "  %-14s run %d/%d: %7.2f s wall, %7.2f s CPU, %6.0f MB\n", k, r, t, w, u + s, m / 1024 }' >&2
  done
}
html_count() { find "$1" -name '*.html' | wc -l; }
none() { :; }
dash() { echo -; }
available_kib() { awk '/^MemAvailable/ { print $2 }' /proc/meminfo; }

for n in "${sizes[@]}"; do
  dir=$work/n$n
  content=$dir/content
  echo "== N = $n: genererar innehållet …" >&2
  python3 bench/generate.py "$content" "$n" 2>&1 | sed 's/ -> .*//' >>"$notes"

  # Hugo first, while the tmpfs holds the least. Hugo 0.111 keeps the whole site in memory: about
  # 0.4 MB per meeting here (800 MB at 2000), so it is left out when it would not fit.
  need=$((n * 420 + 300000))
  if [ "${BENCH_HUGO:-1}" = 0 ]; then
    echo "N=$n: Hugo left out (BENCH_HUGO=0)" >>"$notes"
  elif [ "$need" -gt "$(available_kib)" ] && [ "${BENCH_HUGO_FORCE:-0}" != 1 ]; then
    echo "N=$n: Hugo left out: it would need about $((need / 1048576)) GiB, $(($(available_kib) / 1048576)) GiB available (BENCH_HUGO_FORCE=1 runs it anyway)" >>"$notes"
  else
    python3 bench/hugo_site.py "$content" "$dir/hugo" 2>/dev/null
    prep_hugo() { rm -rf "$dir/hugo-out"; }
    count_hugo() { html_count "$dir/hugo-out"; }
    optional=1
    measure "$n" hugo prep_hugo count_hugo hugo --source "$dir/hugo" --destination "$dir/hugo-out" --quiet
    # Pagefind over Hugo's output: what "Hugo + Pagefind" costs, against which our build with search is set.
    if [ -n "$pagefind" ] && [ -d "$dir/hugo-out" ] && [ "$((n * 460))" -le "$(available_kib)" ]; then
      prep_hugo_bundle() { rm -rf "$dir/hugo-out/pagefind"; }
      measure "$n" hugo-pagefind prep_hugo_bundle dash "$pagefind" --site "$dir/hugo-out" --silent
    fi
    optional=0
    rm -rf "$dir/hugo" "$dir/hugo-out"
  fi

  prep_floor() { rm -rf "$dir/floor-out"; }
  count_floor() { echo "$n"; }
  measure "$n" floor prep_floor count_floor "$work/floor" -l "$content" "$dir/floor-out"
  rm -rf "$dir/floor-out"

  out=$dir/site
  sv=(--content "$content" --templates "$templates" --today "$today")
  prep_clean() { rm -rf "$out"; }
  count_out() { html_count "$out"; }
  measure "$n" build prep_clean count_out "$bin" build --no-search --output "$out" "${sv[@]}"
  measure "$n" check none dash "$bin" check "${sv[@]}"
  measure "$n" rebuild-none none count_out "$bin" build --no-search --output "$out" "${sv[@]}"
  largest=$(find "$out" -name '*.html' -printf '%s %p\n' | sort -n | tail -n 1)
  echo "N=$n: largest HTML page we write: ${largest%% *} bytes, ${largest#* $out/} (of $(html_count "$out") pages, $(du -sm "$out" | cut -f1) MB in all)" >>"$notes"

  # Pagefind needs about 0.45 MB per meeting (4.3 GB at 10 000): left out when it would not fit.
  pagefind_need=$((n * 460))
  if [ -n "$pagefind" ] && [ "$pagefind_need" -gt "$(available_kib)" ] && [ "${BENCH_PAGEFIND_FORCE:-0}" != 1 ]; then
    echo "N=$n: Pagefind left out: it would need about $((pagefind_need / 1048576)) GiB, $(($(available_kib) / 1048576)) GiB available (BENCH_PAGEFIND_FORCE=1 runs it anyway)" >>"$notes"
  elif [ -n "$pagefind" ]; then
    prep_search() { rm -rf "$dir/site-search"; }
    count_search() { html_count "$dir/site-search"; }
    measure "$n" build-search prep_search count_search "$bin" build --pagefind "$pagefind" --output "$dir/site-search" "${sv[@]}"
    # one meeting changed, with search: the pages and the one search shard the meeting is in
    edited_search=$(find "$content/meetings" -name '*.md' | sort | sed -n "$(((n + 3) / 4))p")
    prep_edit_search() { printf '\nÄndring %s för mätningen av ett inkrementellt bygge med sök.\n' "$1" >>"$edited_search"; }
    measure "$n" rebuild-one-search prep_edit_search count_search "$bin" build --pagefind "$pagefind" --output "$dir/site-search" "${sv[@]}"
    if [ -f bench/search_latency.py ] && [ -x "$root/.venv/bin/python" ] && command -v chromedriver >/dev/null 2>&1; then
      echo "  search latency (Chromium) …" >&2
      latency=$("$root/.venv/bin/python" bench/search_latency.py "$dir/site-search" 2>>"$notes") || latency=""
      printf '%s\n' "$latency" | grep -v '^common=' | sed "s/^/N=$n: /" >>"$notes"
      for field in $latency; do   # common=<ms> rare=<ms> filter=<ms>
        case $field in
          common=*|rare=*|filter=*)
            printf '%s\tsearch-%s\t1\t%s\t-\t-\t-\t-\n' "$n" "${field%%=*}" "$(python3 -c "print(${field#*=} / 1000)")" >>"$results" ;;
        esac
      done
    fi
    rm -rf "$dir/site-search"
    prep_bundle() { rm -rf "$dir/pagefind-bundle"; }
    measure "$n" pagefind prep_bundle dash "$pagefind" --site "$out" --output-path "$dir/pagefind-bundle" --silent
    rm -rf "$dir/pagefind-bundle"
  fi

  # one meeting changed: a new line at the end of the middle meeting before each run
  edited=$(find "$content/meetings" -name '*.md' | sort | sed -n "$(((n + 1) / 2))p")
  prep_edit() { printf '\nÄndring %s för mätningen av ett inkrementellt bygge.\n' "$1" >>"$edited"; }
  measure "$n" rebuild-one prep_edit count_out "$bin" build --no-search --output "$out" "${sv[@]}"
  rm -rf "$out"

  if [ "${BENCH_SERVE:-1}" != 0 ]; then
    echo "  serve          (start, then 5 edits) …" >&2
    line=$(python3 bench/serve_edit.py "$bin" "$content" "$templates" "$dir/serve-site" --today "$today" \
           --edits 5 --log "$dir/serve.log") || { tail -n 20 "$dir/serve.log" >&2; line=""; echo "N=$n: serve failed" >>"$notes"; }
    start=- edit_median=- edit_min=- edit_max=- peak_rss_kib=- idle_cpu_percent=-
    for field in $line; do   # start=… edit_median=… edit_min=… edit_max=… peak_rss_kib=…
      case $field in
        start=*) start=${field#*=} ;; edit_median=*) edit_median=${field#*=} ;;
        edit_min=*) edit_min=${field#*=} ;; edit_max=*) edit_max=${field#*=} ;;
        peak_rss_kib=*) peak_rss_kib=${field#*=} ;;
        idle_cpu_percent=*) idle_cpu_percent=${field#*=} ;;
      esac
    done
    if [ -n "$line" ]; then
      printf '%s\tserve-start\t1\t%s\t-\t-\t%s\t-\n' "$n" "$start" "$peak_rss_kib" >>"$results"
      printf '%s\tserve-edit\t1\t%s\t-\t-\t-\t-\n' "$n" "$edit_median" >>"$results"
      [ "$idle_cpu_percent" = - ] || printf '%s\tserve-idle\t1\t%s\t-\t-\t-\t-\n' "$n" "$idle_cpu_percent" >>"$results"
      echo "N=$n: serve, edit to visible: median $edit_median s, min $edit_min s, max $edit_max s (5 edits); idle: $idle_cpu_percent % of one core over 10 s" >>"$notes"
    fi
  fi
  rm -rf "$dir"
done

# ---- report --------------------------------------------------------------------------------------
echo
echo "### samverkan, Hugo and the cmark-gfm floor (median of $runs runs; serve: one session)"
echo
python3 bench/report.py "$results"
echo
sed 's/^/- /' "$notes"
model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
echo "- Machine: $(nproc) cores, ${model:-unknown CPU}, $mem RAM; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "- samverkan $(git log -1 --format='%h %cs' 2>/dev/null || echo '?') ($bin, $(date -r "$bin" '+%Y-%m-%d %H:%M')); $(hugo version | cut -d' ' -f1-2); cmark-gfm $(pkg-config --modversion libcmark-gfm)${pagefind:+; $("$pagefind" --version)}"
echo "- Output on $base (tmpfs); pages = HTML files written; the floor writes one HTML fragment per meeting and its inline pass is serialised as samverkan's must be with cmark-gfm 0.29."
