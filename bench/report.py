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
    ("serve-start", "samverkan serve: start to first page"),
    ("serve-edit", "samverkan serve: save an edit to page shows it"),
    ("hugo", "Hugo, clean build of the twin site"),
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
