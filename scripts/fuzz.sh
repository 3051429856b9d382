#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each for a given time,
# one after the other, at the lowest priority:
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET]        default 60; 0 runs the seeds and regressions once
#   FUZZ_TARGETS="FuzzMarkdown" scripts/fuzz.sh 600
#   FUZZ_CONFIG=release scripts/fuzz.sh 1200     about 1.5x the executions; builds in ~3 min, not ~1.5
#   FUZZ_DETECT_LEAKS=1 scripts/fuzz.sh 300      also LeakSanitizer on every input (slow)
#
# Seeds: Fuzz/corpus/<target>/ (committed, read only) and Tests/SamverkanKitTests/Fixtures/
# fuzz-regressions/<target>/. New inputs go to .fuzz-work/corpus/<target>/, crash, timeout and
# out-of-memory inputs to .fuzz-work/crashes/<target>/, logs to .fuzz-work/logs/. Prints one line
# per target (executions, coverage, findings) and exits 1 when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET="${1:-60}"
TARGETS="${FUZZ_TARGETS:-FuzzFrontMatter FuzzMarkdown FuzzSiteBuild}"
SWIFT="${SWIFT:-swift}"
SCRATCH=.build-fuzz
CONFIG="${FUZZ_CONFIG:-debug}"
WORK=.fuzz-work
# -sanitize=fuzzer,address for Swift; the C of dependencies built from source (Yams' libyaml)
# gets the same instrumentation; -parse-as-library because each target's entry is an @main type.
BUILD_FLAGS=(-c "$CONFIG" --scratch-path "$SCRATCH"
             -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
             -Xcc -fsanitize=fuzzer-no-link,address)

max_len() {
    case "$1" in
        FuzzFrontMatter) echo 16384 ;;
        FuzzMarkdown) echo 32768 ;;
        FuzzSiteBuild) echo 32768 ;;
        *) echo 16384 ;;
    esac
}

dictionary() {
    case "$1" in
        FuzzFrontMatter) echo Fuzz/dictionaries/front-matter.dict ;;
        FuzzMarkdown) echo Fuzz/dictionaries/markdown.dict ;;
        FuzzSiteBuild) echo Fuzz/dictionaries/site-build.dict ;;
    esac
}

export SAMVERKAN_FUZZ=1
# The Swift runtime's own crash handler would fight ASan's; libFuzzer reports the crash.
export SWIFT_BACKTRACE=enable=no
# Leak checks are off unless FUZZ_DETECT_LEAKS=1: the Swift runtime and Dispatch allocate on the
# first use of a cache or a thread, so libFuzzer suspects a leak on most inputs and stops the world
# to scan the heap each time — a several-fold slowdown. Turn them on now and then (none found so far).
DETECT_LEAKS="${FUZZ_DETECT_LEAKS:-0}"

started=$(date +%s)
mkdir -p "$WORK/logs"
for target in $TARGETS; do
    # ld.gold warns about every ASan helper symbol ("Cannot export local symbol"): harmless, left out.
    if ! nice -n 19 "$SWIFT" build "${BUILD_FLAGS[@]}" --product "$target" >"$WORK/logs/build.log" 2>&1; then
        grep -v "Cannot export local symbol" "$WORK/logs/build.log" | grep -E -A3 "error" >&2 || true
        echo "fuzz: $target did not build (see $WORK/logs/build.log)" >&2
        exit 2
    fi
done
echo "fuzz: built in $(( $(date +%s) - started )) s"

status=0
summary=()
for target in $TARGETS; do
    corpus="$WORK/corpus/$target"
    crashes="$WORK/crashes/$target"
    regressions="Tests/SamverkanKitTests/Fixtures/fuzz-regressions/$target"
    mkdir -p "$corpus" "$crashes"
    seeds=("Fuzz/corpus/$target")
    [ -d "$regressions" ] && seeds+=("$regressions")
    log="$WORK/logs/$target-$(date -u +%Y%m%dT%H%M%SZ).log"
    before=$(find "$crashes" -type f | wc -l)
    if [ "$SECONDS_PER_TARGET" -gt 0 ]; then
        limit=(-max_total_time="$SECONDS_PER_TARGET")
    else
        limit=(-runs=0)
    fi
    echo "fuzz: $target for ${SECONDS_PER_TARGET} s (log $log)"
    set +e
    nice -n 19 "$SCRATCH/$CONFIG/$target" "${limit[@]}" \
        -rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=30 -detect_leaks="$DETECT_LEAKS" -max_len="$(max_len "$target")" \
        -dict="$(dictionary "$target")" -artifact_prefix="$crashes/" -print_final_stats=1 \
        "$corpus" "${seeds[@]}" >"$log" 2>&1
    code=$?
    set -e
    after=$(find "$crashes" -type f | wc -l)
    runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1 || true)
    coverage=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
    initial=$(grep -E 'INITED' "$log" | grep -oE 'cov: [0-9]+' | head -1 || true)
    added=$(grep -oE 'stat::new_units_added: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1 || true)
    finding=none
    if [ "$code" -ne 0 ] || [ "$after" -gt "$before" ]; then
        status=1
        finding="exit $code, $((after - before)) new in $crashes/: $(grep -m1 -oE 'ERROR: [A-Za-z]+: [a-z-]+|fuzz invariant broken: .*|ERROR: libFuzzer: [a-z-]+' "$log" || echo see log)"
    fi
    summary+=("$target: ${runs:-?} runs, ${initial:-cov: ?} at start, ${coverage:-cov: ?} at end, ${added:-0} new inputs; findings: $finding")
done

echo
echo "fuzz summary (${SECONDS_PER_TARGET} s per target):"
printf '  %s\n' "${summary[@]}"
exit "$status"
