#!/usr/bin/env python3
"""Times `samverkan serve`: from start to the first page, and from saving an edit to seeing it.

    bench/serve_edit.py SAMVERKAN CONTENT TEMPLATES OUTPUT [--today D] [--edits K] [--port P]

Starts `SAMVERKAN serve --no-search` on 127.0.0.1 (a free port unless --port), polls one meeting's
page every 20 ms until it is served (the start time), then K times appends a unique line to that
meeting's Markdown and polls until the page contains it (edit to visible). The meeting file is
restored and the server stopped at the end. Prints one line, in seconds and KiB:

    start=<s> edit_median=<s> edit_min=<s> edit_max=<s> peak_rss_kib=<VmHWM of the server>
    idle_cpu_percent=<share of one core used over 10 s while nothing changes, after the first page>

Python 3.11 standard library only.
"""
from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

POLL = 0.02
TIMEOUT = 900.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def wait_for(url: str, needle: str | None, server: subprocess.Popen, deadline: float) -> float:
    while True:
        page = fetch(url)
        if page is not None and (needle is None or needle in page):
            return time.monotonic()
        if server.poll() is not None:
            raise SystemExit(f"serve_edit: samverkan serve exited with status {server.returncode}")
        if time.monotonic() > deadline:
            raise SystemExit(f"serve_edit: {url} did not show {needle!r} in {TIMEOUT:.0f} s")
        time.sleep(POLL)


def peak_rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_seconds(pid: int) -> float:
    """User and system time the process has used so far (from /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


def idle_cpu_percent(pid: int, seconds: float = 10.0) -> float:
    """The share of one core the server uses while nothing changes, over `seconds`."""
    time.sleep(2.0)  # let the first build's background work settle
    before, started = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    return 100.0 * (cpu_seconds(pid) - before) / (time.monotonic() - started)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("samverkan")
    parser.add_argument("content", type=Path)
    parser.add_argument("templates", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--today", default="2026-11-24")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--log", type=Path, default=None, help="where the server's output goes")
    args = parser.parse_args()

    meetings = sorted(args.content.glob("meetings/*/*.md"))
    if not meetings:
        raise SystemExit("serve_edit: no meetings in " + str(args.content))
    meeting = meetings[len(meetings) // 2]
    port = args.port or free_port()
    url = f"http://127.0.0.1:{port}/moten/{meeting.parent.name}/{meeting.stem}/"
    original = meeting.read_bytes()
    log = open(args.log, "wb") if args.log else subprocess.DEVNULL

    started = time.monotonic()
    server = subprocess.Popen(
        [args.samverkan, "serve", "--no-search", "--port", str(port), "--host", "127.0.0.1",
         "--content", str(args.content), "--templates", str(args.templates), "--output", str(args.output),
         "--today", args.today],
        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
    try:
        ready = wait_for(url, None, server, started + TIMEOUT)
        start_seconds = ready - started
        idle = idle_cpu_percent(server.pid)
        edits = []
        for k in range(args.edits):
            token = f"Bänkmärke{k}x{os.getpid()}x{int(time.time() * 1000) % 100000}"
            # the watcher may compare modification times at whole-second resolution
            time.sleep(1.1)
            saved = time.monotonic()
            with open(meeting, "ab") as f:
                f.write(f"\nÄndring för mätningen: {token}.\n".encode())
            seen = wait_for(url, token, server, saved + TIMEOUT)
            edits.append(seen - saved)
        rss = peak_rss_kib(server.pid)
    finally:
        meeting.write_bytes(original)
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        if log is not subprocess.DEVNULL:
            log.close()
    print(f"start={start_seconds:.3f} edit_median={statistics.median(edits):.3f} edit_min={min(edits):.3f} "
          f"edit_max={max(edits):.3f} peak_rss_kib={rss} idle_cpu_percent={idle:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
