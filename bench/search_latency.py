#!/usr/bin/env python3
"""Search latency of a built site in headless Chromium: how long the search page takes to show
results for a common word, a rare word and a filter, and whether a sub-result's link to an agenda
item lands on its anchor.

Usage: .venv/bin/python bench/search_latency.py SITE_DIR [--common beslut] [--rare WORD]
                                                [--body NAME] [--runs 3]

Serves SITE_DIR with `python3 -m http.server` on 127.0.0.1 (a free port), drives Chromium through
Selenium as Tests/Browser/check_site.py does, and prints one line per measure, medians of --runs,
each with the browser's cache emptied first (the first search a reader makes):
  - a word (common, rare): milliseconds from the start of loading /sok/?q=WORD until Pagefind's
    interface shows results (or says there are none);
  - the filter: with the common word's results shown, milliseconds from ticking the body's box
    under the filter "Organ" until the results shown change.
Exits 1 when a search shows nothing or the sub-result's anchor is missing. Needs chromium and
chromedriver (Tests/Browser/setup.sh installs them) and the project venv's selenium (make venv).
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request

# Set before the page's own scripts run: the time (performance.now(), ms from the start of the
# navigation) at which Pagefind's interface first shows a result with its title and link (not
# only the placeholder it shows while the result loads), or says there are none.
OBSERVER_JS = """
window.__searchShownAt = null;
new MutationObserver(function () {
  if (window.__searchShownAt !== null) { return; }
  const message = (document.querySelector('.pagefind-ui__message') || {}).textContent || '';
  if (document.querySelector('.pagefind-ui__result-link') || /^(inga|no results)/i.test(message.trim())) {
    window.__searchShownAt = performance.now();
  }
}).observe(document, {childList: true, subtree: true, characterData: true});
"""

# Ticks the filter box for `body` under "Organ" and resolves with the ms until the results change.
FILTER_JS = """
const [body, done] = [arguments[0], arguments[arguments.length - 1]];
const boxes = Array.from(document.querySelectorAll('.pagefind-ui__filter-checkbox'));
const box = boxes.find(b => b.value === body || (b.id || '').endsWith(body));
if (!box) { done({error: 'no filter box for ' + body + ' among ' + boxes.map(b => b.value).slice(0, 20).join(', ')}); return; }
const message = () => (document.querySelector('.pagefind-ui__message') || {}).textContent || '';
const before = message();
const started = performance.now();
box.click();
(function wait() {
  const now = message();
  if (now !== before && document.querySelector('.pagefind-ui__result-link') && !document.querySelector('.pagefind-ui__loading')) {
    done({ms: performance.now() - started, message: now});
    return;
  }
  if (performance.now() - started > 60000) { done({error: 'the results did not change within 60 s'}); return; }
  requestAnimationFrame(wait);
})();
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(site: str):
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", site],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    for _ in range(100):
        try:
            urllib.request.urlopen(base, timeout=1).close()
            return server, base
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("search_latency: the HTTP server did not start")


def open_browser(chromium: str, chromedriver: str):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                 "--lang=sv-SE", "--no-first-run", "--disable-extensions", "--disable-background-networking",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_page_load_timeout(60)
    driver.set_script_timeout(90)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": OBSERVER_JS})
    return driver


def search(driver, base: str, word: str, timeout: float = 60) -> tuple[float, str]:
    """Loads /sok/?q=WORD with an empty cache; (ms until results are shown, what the interface
    says of them: "1234 resultat för …")."""
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.get(base + "sok/?q=" + urllib.parse.quote(word))
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        shown = driver.execute_script("return window.__searchShownAt")
        if shown is not None:
            return shown, driver.execute_script(
                "return ((document.querySelector('.pagefind-ui__message') || {}).textContent || '').trim()")
        time.sleep(0.01)
    raise RuntimeError(f"no results for {word!r} within {timeout:.0f} s")


def sub_result_anchor(driver, base: str, timeout: float = 20) -> str | None:
    """Follows the first sub-result link to a meeting's agenda item on the page shown (waiting for
    the sub-results to load); None when the anchor it names is on the meeting's page."""
    deadline = time.monotonic() + timeout
    href = None
    while href is None and time.monotonic() < deadline:
        href = driver.execute_script(
            "const a = document.querySelector('.pagefind-ui__result-nested a[href*=\"/moten/\"][href*=\"#\"]'); return a ? a.href : null")
        time.sleep(0.1)
    if href is None:
        return "no sub-result links to an agenda item of a meeting"
    driver.get(href)
    fragment = urllib.parse.unquote(urllib.parse.urlparse(href).fragment)
    if not driver.execute_script("return document.getElementById(arguments[0]) !== null", fragment):
        return f"{href}: the anchor #{fragment} is not on the page"
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description="Search latency of a built site in headless Chromium.")
    parser.add_argument("site", help="the built site's folder, with its Pagefind index")
    parser.add_argument("--common", default="beslut", help="a word most meetings have (default: beslut)")
    parser.add_argument("--rare", default="läkemedelsförsörjning",
                        help="a word few pages have (default: läkemedelsförsörjning, in about 2 %% of bench/generate.py's "
                             "meetings; its archive has no word in one meeting only)")
    parser.add_argument("--body", default="SRO", help="the value of the filter Organ to tick (default: SRO)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--chromedriver", default=shutil.which("chromedriver") or "/usr/bin/chromedriver")
    args = parser.parse_args()
    if not os.path.isfile(os.path.join(args.site, "sok", "index.html")):
        print(f"search_latency: {args.site} has no sok/index.html", file=sys.stderr)
        return 2

    server, base = serve(args.site)
    driver = open_browser(args.chromium, args.chromedriver)
    failed = False
    measured = {}
    try:
        for label, word in (("common word", args.common), ("rare word", args.rare)):
            runs = [search(driver, base, word) for _ in range(args.runs)]
            ms = statistics.median(r[0] for r in runs)
            measured[label.split()[0]] = ms
            print(f"search latency, {label} {word!r}: {ms:.0f} ms (median of {args.runs}, cold cache; "
                  f"the page says: {runs[-1][1] or '(nothing)'})")
            if not driver.execute_script("return document.querySelector('.pagefind-ui__result-link') !== null"):
                failed = True
        filtered = []
        for _ in range(args.runs):
            search(driver, base, args.common)
            result = driver.execute_async_script(FILTER_JS, args.body)
            if "error" in result:
                print(f"search latency, filter Organ={args.body}: {result['error']}", file=sys.stderr)
                failed = True
                break
            filtered.append(result["ms"])
        if filtered:
            print(f"search latency, filter Organ={args.body} on {args.common!r}: {statistics.median(filtered):.0f} ms "
                  f"(median of {len(filtered)}, from the click)")
        for word in (args.rare, args.common):
            search(driver, base, word)
            problem = sub_result_anchor(driver, base)
            if problem is None:
                break
        print("sub-result link to an agenda item: " + ("ok (" + driver.current_url.replace(base, "/") + ")" if problem is None else problem))
        # One line for scripts/bench.sh: the three medians in milliseconds.
        print(f"common={measured['common']:.0f} rare={measured['rare']:.0f} filter={statistics.median(filtered) if filtered else float('nan'):.0f}")
        failed = failed or problem is not None
    finally:
        driver.quit()
        server.terminate()
        server.wait()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
