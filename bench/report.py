#!/usr/bin/env python3
"""Prints the benchmark's one Markdown table from the raw runs scripts/bench.sh recorded.

    bench/report.py RESULTS.tsv

RESULTS.tsv has one line per timed run: N, key, run, wall s, user s, sys s, max RSS KiB, pages.
Each cell is the median over the runs of that measurement (wall, CPU = user + sys, and peak
memory taken separately). Ratios: the clean builds against Hugo's clean build and against the
floor, Hugo against the floor. Python 3.11 standard library only.
"""
from __future__ import annotations

import statistics
import sys
from collections import defaultdict

ROWS = [
    ("build", "samverkan build --no-search, clean"),
    ("build-search", "samverkan build with Pagefind, clean"),
    ("pagefind", "search index alone: pagefind --site on the built site"),
    ("check", "samverkan check"),
    ("rebuild-none", "samverkan build again, nothing changed"),
    ("rebuild-one", "samverkan build again, one meeting changed"),
    ("rebuild-one-search", "samverkan build with Pagefind again, one meeting changed"),
    ("serve-start", "samverkan serve: start to first page"),
    ("serve-edit", "samverkan serve: save an edit to page shows it"),
    ("hugo", "Hugo, clean build of the twin site"),
    ("hugo-pagefind", "Pagefind over Hugo's output"),
    ("search-common", "search: a common word typed to results shown (Chromium)"),
    ("search-rare", "search: a rare word typed to results shown (Chromium)"),
    ("search-filter", "search: a filter chosen to results shown (Chromium)"),
    ("serve-idle", "samverkan serve: idle, % of one core over 10 s (in the wall column)"),
    ("floor", "floor: cmark-gfm on every meeting, all cores"),
]
PAGES_MEANINGFUL = {"build", "build-search", "hugo", "floor"}
VS_HUGO = {"build", "build-search"}
VS_FLOOR = {"build", "build-search", "hugo", "floor"}


def number(value: float, digits: int = 2) -> str:
    return f"{value:.{digits}f}"


def main() -> int:
    runs: dict[tuple[int, str], list[tuple[float, float, float, float]]] = defaultdict(list)
    pages: dict[tuple[int, str], int] = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 8:
            continue
        n, key, _run, wall, user, system, rss, page_count = fields
        cpu = float(user) + float(system) if user != "-" else float("nan")
        runs[(int(n), key)].append((float(wall), cpu, float(rss) / 1024 if rss != "-" else float("nan")))
        pages[(int(n), key)] = int(page_count) if page_count != "-" else 0

    sizes = sorted({n for n, _ in runs})
    print("| N | measurement | runs | wall s | CPU s | peak MB | pages | pages/s | × Hugo | × floor |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for n in sizes:
        median = {}
        for key, _ in ROWS:
            if (n, key) in runs:
                values = runs[(n, key)]
                median[key] = tuple(statistics.median(v[i] for v in values) for i in range(3))
        for key, label in ROWS:
            if key not in median:
                continue
            wall, cpu, peak = median[key]
            count = pages.get((n, key), 0)
            cells = [str(n), label, str(len(runs[(n, key)])), number(wall, 3 if wall < 1 else 2),
                     "–" if cpu != cpu else number(cpu), "–" if peak != peak else f"{peak:.0f}"]
            if key in PAGES_MEANINGFUL and count and wall > 0:
                cells += [str(count), f"{count / wall:,.0f}".replace(",", " ")]
            else:
                cells += ["–", "–"]
            cells.append(f"{wall / median['hugo'][0]:.2f}" if key in VS_HUGO and "hugo" in median else "–")
            cells.append(f"{wall / median['floor'][0]:.1f}" if key in VS_FLOOR and "floor" in median else "–")
            print("| " + " | ".join(cells) + " |")
    print()
    targets(runs, sizes)
    return 0


def targets(runs, sizes) -> None:
    """Issue 17's targets, each with the figure it is judged by: met or missed."""
    def med(n, key, field=0):
        values = runs.get((n, key))
        return statistics.median(v[field] for v in values) if values else None

    lines = []
    def judge(text, value, limit, unit=""):
        if value is None or limit is None:
            return
        lines.append(f"| {text} | {value:.2f}{unit} | {limit:.2f}{unit} | {'met' if value <= limit else '**missed**'} |")

    for n in sizes:
        build, hugo, floor = med(n, "build"), med(n, "hugo"), med(n, "floor")
        search, hugo_pagefind = med(n, "build-search"), med(n, "hugo-pagefind")
        judge(f"N={n}: build --no-search ÷ Hugo", build / hugo if build and hugo else None, 0.5)
        judge(f"N={n}: build --no-search ÷ floor", build / floor if build and floor else None, 6.0)
        if search and hugo and hugo_pagefind:
            judge(f"N={n}: build with search ÷ (Hugo + Pagefind over Hugo)", search / (hugo + hugo_pagefind), 1.25)
            judge(f"N={n}: peak memory of build with search, MB (limit: Hugo's + Pagefind's)",
                  med(n, "build-search", 2), med(n, "hugo", 2) + med(n, "hugo-pagefind", 2))
        one = med(n, "rebuild-one-search")
        judge(f"N={n}: one meeting changed, build with search ÷ clean build with search", one / search if one and search else None, 0.2)
        judge(f"N={n}: serve, edit to visible", med(n, "serve-edit"), 1.0, " s")
        judge(f"N={n}: serve, idle share of one core", med(n, "serve-idle"), 1.0, " %")
    if 10000 in sizes and 50000 in sizes:
        ten, fifty = med(10000, "build-search"), med(50000, "build-search")
        judge("build with search, 50 000 ÷ 10 000", fifty / ten if ten and fifty else None, 5.5)
        judge("build with search at 50 000, peak MB", med(50000, "build-search", 2), 6144.0)
    if lines:
        print("| target | measured | limit | |")
        print("| --- | ---: | ---: | --- |")
        print("\n".join(lines))


if __name__ == "__main__":
    sys.exit(main())
