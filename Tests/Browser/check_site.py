#!/usr/bin/env python3
"""Checks a built samverkan site the way a browser, a feed reader and a calendar see it.

Usage: check_site.py SITE_DIR [--checks files,axe,structure,reflow,feed,calendar,links,data]
                              [--pages REL,…] [--all-pages] [--allow-missing]
                              [--chromium PATH] [--chromedriver PATH] [--base-url URL]

Runs with the project venv .venv that scripts/venv.sh makes (Python >= 3.11, selenium, icalendar,
lxml, and axe-core 4.10's axe.min.js in .venv/share/axe-core/). Serves SITE_DIR on a free loopback
port (http.server in a thread) and checks:

  files      every page kind and file the site is meant to have exists (a missing one is reported
             by name; --allow-missing turns that into a note); sitemap.xml only when the site has
             a base_url (seen as canonical links), as without one none is written
  axe        axe-core, tags wcag2a, wcag2aa, wcag21a, wcag21aa, on every page kind (--all-pages:
             every page) in headless Chromium at 1280 px and at 320 px wide: zero violations; the search
             page is also opened with a query, and Pagefind must show results
  structure  exactly one h1, the h1 is the first heading, heading levels never skip, <html lang="sv">:
             in the browser on every page kind, and in the HTML of every page of the site
  reflow     no horizontal page scroll at 320 px (WCAG 1.4.10) and at 640 px (200 % zoom of 1280 px),
             and no overflow-x: hidden/clip on html or body that would hide such scroll
  feed       every feed (feed.xml, uppdrag/feed.xml, organ/*/feed.xml, amnen/*/feed.xml): well-formed, valid against RFC 4287's RELAX NG schema (atom.rng), and the
             rules RELAX NG cannot express (ids, dates, links, author)
  calendar   every calendar (kalender.ics, organ/*/kalender.ics): CRLF line ends, lines <= 75 octets, parsed by icalendar; VERSION, PRODID,
             VTIMEZONE Europe/Stockholm, per VEVENT a unique UID, DTSTAMP, DTSTART, SUMMARY
  links      every href/src/srcset of every HTML page, the feeds' links and the calendars' URLs
             that point inside the site resolve to a file, and every #fragment to an id on it;
             pages link relatively and name the file (…/index.html), as the README promises, so the
             site works from the file system and a sub-path; a #fragment stays on its page even
             under <base href> (external http(s) links are not fetched)
  data       data/*.json parse and their site paths resolve; sitemap.xml and robots.txt when present

Prints one "ok:" line per passing check (one per page for the browser checks) and a report per
failing one; exits 1 on any failure.
The functions are used one by one by test_checks_fail_when_broken.py.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import http.server
import json
import os
import posixpath
import re
import shutil
import sys
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

HERE = os.path.dirname(os.path.abspath(__file__))
ATOM_RNG = os.path.join(HERE, "atom.rng")
ATOM_NS = "http://www.w3.org/2005/Atom"
A = "{%s}" % ATOM_NS
XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDE, NARROW, ZOOM_200 = 1280, 320, 640
STOCKHOLM = "Europe/Stockholm"
# A stand-in origin for resolving links: every page is http://site.invalid/<path in SITE_DIR>.
ORIGIN = "http://site.invalid/"

# Page kinds: (label, path in the site); None = found in the site by find_page_kinds.
PAGE_KINDS = [
    ("start page", "index.html"),
    ("timeline", "tidslinje/index.html"),
    ("bodies", "organ/index.html"),
    ("a body", "organ/sro/index.html"),
    ("a body's year", "organ/sro/2024/index.html"),
    ("a year of the timeline", "tidslinje/2024/index.html"),
    ("a year of decisions", "beslut/2024/index.html"),
    ("a topic's year", "amnen/halso-och-sjukvardsavtal/2024/index.html"),
    ("a held meeting", "moten/2024/2024-10-03-sro/index.html"),
    ("a planned meeting", None),
    ("decisions", "beslut/index.html"),
    ("topics", "amnen/index.html"),
    ("a topic", None),
    ("upcoming meetings", "kommande/index.html"),
    ("assignments", "uppdrag/index.html"),
    ("an assignment", None),
    ("follow the work", "folj/index.html"),
    ("elected members", "personer/index.html"),
    ("an elected member", None),
    ("about", "om/index.html"),
    ("accessibility statement", "tillganglighet/index.html"),
    ("search", "sok/index.html"),
    ("not found (404)", "404.html"),
]
SEARCH_QUERY = "sro"  # a word every real site has many hits for: results, sub-results and filters
OTHER_FILES = [
    "feed.xml",
    "kalender.ics",
    "data/meetings.json",
    "data/decisions.json",
    "data/assignments.json",
    "data/people.json",
    "uppdrag/feed.xml",
    "sitemap.xml",
    "robots.txt",
]


# ----------------------------------------------------------------------------------------------
# Pages and files
# ----------------------------------------------------------------------------------------------

def html_files(site: str) -> list[str]:
    """Every HTML page of the site, as paths relative to it (pagefind's own files left out)."""
    found = []
    for directory, dirs, files in os.walk(site):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (directory == site and d == "pagefind"))
        for name in sorted(files):
            if name.endswith(".html"):
                found.append(os.path.relpath(os.path.join(directory, name), site).replace(os.sep, "/"))
    return found


def _meeting_pages(site: str, css_class: str) -> list[str]:
    """Meeting pages whose <article> carries css_class (is-planned, is-cancelled), oldest first."""
    pages = []
    for rel in html_files(site):
        if rel.startswith("moten/"):
            doc = parse_html(os.path.join(site, rel))
            if doc is not None and doc.xpath(f'//article[contains(concat(" ", normalize-space(@class), " "), " {css_class} ")]'):
                pages.append(rel)
    return pages


def _planned_meeting(site: str) -> str | None:
    """The latest planned meeting: from data/meetings.json when it exists, else from the pages."""
    try:
        with open(os.path.join(site, "data/meetings.json"), encoding="utf-8") as f:
            meetings = json.load(f)["meetings"]
        planned = sorted((m for m in meetings if m.get("status") == "planned"), key=lambda m: m.get("date", ""))
        for meeting in reversed(planned):
            rel = site_path_to_file(site, meeting.get("path", ""))
            if rel:
                return rel
    except (OSError, ValueError, KeyError, TypeError):
        pass
    pages = _meeting_pages(site, "is-planned")
    return pages[-1] if pages else None


def _a_person(site: str) -> str | None:
    """The person page with the most to show (the largest: most bodies and meetings)."""
    people = [p for p in html_files(site) if re.fullmatch(r"personer/[^/]+/index\.html", p)]
    return max(people, key=lambda p: os.path.getsize(os.path.join(site, p)), default=None)


def _a_topic(site: str) -> str | None:
    topics = [p for p in html_files(site) if re.fullmatch(r"amnen/[^/]+/index\.html", p)]
    # The topic with the most to show (largest page) exercises the template best.
    return max(topics, key=lambda p: os.path.getsize(os.path.join(site, p)), default=None)


def _an_assignment(site: str) -> str | None:
    """The assignment with the most report-backs (its path shows most), from data/assignments.json,
    else the largest page under uppdrag/."""
    try:
        with open(os.path.join(site, "data/assignments.json"), encoding="utf-8") as f:
            assignments = json.load(f)["assignments"]
        for assignment in sorted(assignments, key=lambda a: -len(a.get("reports", []))):
            rel = site_path_to_file(site, assignment.get("path", ""))
            if rel:
                return rel
    except (OSError, ValueError, KeyError, TypeError):
        pass
    pages = [p for p in html_files(site) if re.fullmatch(r"uppdrag/[^/]+/index\.html", p)]
    return max(pages, key=lambda p: os.path.getsize(os.path.join(site, p)), default=None)


def feed_files(site: str) -> list[str]:
    """Every Atom feed: the site's, the assignments', each body's and each topic's."""
    found = [rel for rel in ("feed.xml", "uppdrag/feed.xml", "rattelser.xml") if os.path.isfile(os.path.join(site, rel))]
    for folder in ("organ", "amnen", "personer"):
        top = os.path.join(site, folder)
        if os.path.isdir(top):
            found += [f"{folder}/{d}/feed.xml" for d in sorted(os.listdir(top))
                      if os.path.isfile(os.path.join(top, d, "feed.xml"))]
    return found


def calendar_files(site: str) -> list[str]:
    """Every iCalendar file: the site's and each body's."""
    found = ["kalender.ics"] if os.path.isfile(os.path.join(site, "kalender.ics")) else []
    top = os.path.join(site, "organ")
    if os.path.isdir(top):
        found += [f"organ/{d}/kalender.ics" for d in sorted(os.listdir(top))
                  if os.path.isfile(os.path.join(top, d, "kalender.ics"))]
    return found


def find_page_kinds(site: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(label, path) of every page kind that exists, and a description of each one that does not."""
    pages, missing = [], []
    for label, rel in PAGE_KINDS:
        if rel is None:
            finder = {"a planned meeting": _planned_meeting, "an assignment": _an_assignment,
                      "an elected member": _a_person}.get(label, _a_topic)
            rel = finder(site)
            if rel is None:
                missing.append(f"{label}: no such page in the site")
                continue
        if os.path.isfile(os.path.join(site, rel)):
            pages.append((label, rel))
        else:
            missing.append(f"{label}: /{rel} does not exist")
    # Optional kinds: only when the site has them.
    cancelled = _meeting_pages(site, "is-cancelled")
    if cancelled:
        pages.append(("a cancelled meeting", cancelled[-1]))
    if os.path.isfile(os.path.join(site, "sok/index.html")) and os.path.isdir(os.path.join(site, "pagefind")):
        pages.append(("search results (Pagefind)", "sok/index.html?q=" + SEARCH_QUERY))
    return pages, missing


def check_files(site: str, site_base: str | None = None) -> list[str]:
    """Every page kind and file the site is meant to have exists. sitemap.xml only when the site
    knows its address (base_url, seen as canonical links): the sitemap protocol needs absolute
    URLs, so without one none is written (docs/decisions.md)."""
    site_base = site_base or guess_site_base(site)
    _, missing = find_page_kinds(site)
    for rel in OTHER_FILES:
        if rel == "sitemap.xml" and not site_base:
            continue
        if not os.path.isfile(os.path.join(site, rel)):
            missing.append(f"/{rel} does not exist")
    return missing


def site_path_to_file(site: str, path: str) -> str | None:
    """'/organ/sro/' or 'organ/sro/index.html' -> 'organ/sro/index.html' when that file exists."""
    path = urllib.parse.unquote(urllib.parse.urldefrag(path)[0]).lstrip("/")
    if path == "" or path.endswith("/"):
        path += "index.html"
    return path if os.path.isfile(os.path.join(site, path)) else None


@functools.lru_cache(maxsize=4096)
def _parse_html_cached(path: str, mtime: float):
    with open(path, "rb") as f:
        return lxml_html.document_fromstring(f.read())


def parse_html(path: str):
    try:
        return _parse_html_cached(path, os.path.getmtime(path))
    except (OSError, etree.ParserError):
        return None


# ----------------------------------------------------------------------------------------------
# Structure of every page, from its HTML
# ----------------------------------------------------------------------------------------------

def heading_problems(headings: list[tuple[int, str]], lang: str | None) -> list[str]:
    """Rules shared by the static and the browser check. headings: (level, text) in document order."""
    problems = []
    h1s = [text for level, text in headings if level == 1]
    if len(h1s) != 1:
        shown = ", ".join(repr(t[:60]) for t in h1s) or "none"
        problems.append(f"{len(h1s)} h1 elements, expected exactly one ({shown})")
    if headings and headings[0][0] != 1:
        problems.append(f"the first heading is h{headings[0][0]} {headings[0][1][:60]!r}, not the page's h1")
    previous = None
    for level, text in headings:
        if previous is not None and level > previous + 1:
            problems.append(f"heading level skips from h{previous} to h{level} at {text[:60]!r}")
        previous = level
    if lang != "sv":
        problems.append(f'<html lang> is {lang!r}, expected "sv"')
    return problems


def _hidden(element) -> bool:
    for node in element.iterancestors():
        if node.get("hidden") is not None or node.get("aria-hidden") == "true":
            return True
    return element.get("hidden") is not None or element.get("aria-hidden") == "true"


def static_structure_problems(path: str) -> list[str]:
    doc = parse_html(path)
    if doc is None:
        return ["cannot be parsed as HTML"]
    headings = []
    for element in doc.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        if not _hidden(element):
            headings.append((int(element.tag[1]), " ".join(element.text_content().split())))
    return heading_problems(headings, doc.get("lang"))


def check_structure_static(site: str) -> list[str]:
    """One h1 first, no skipped levels, lang=sv on every HTML page of the site."""
    problems = []
    for rel in html_files(site):
        problems += [f"/{rel}: {p}" for p in static_structure_problems(os.path.join(site, rel))]
    return problems


# ----------------------------------------------------------------------------------------------
# The browser: serve the site, open pages in headless Chromium
# ----------------------------------------------------------------------------------------------

class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".js": "text/javascript", ".mjs": "text/javascript",
                      ".ics": "text/calendar", ".xml": "application/xml", ".json": "application/json",
                      ".pf_meta": "application/octet-stream"}

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: str):
    """Serves site on 127.0.0.1 at a free port; yields its base URL ('http://127.0.0.1:PORT/')."""
    handler = functools.partial(_QuietHandler, directory=os.path.abspath(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def default_chromium() -> str:
    return shutil.which("chromium") or "/usr/bin/chromium"


def default_chromedriver() -> str:
    return shutil.which("chromedriver") or "/usr/bin/chromedriver"


def open_browser(chromium: str | None = None, chromedriver: str | None = None):
    """Headless Chromium through Selenium, with the browser and driver paths given explicitly."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = chromium or default_chromium()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--force-device-scale-factor=1", f"--window-size={WIDE},900", "--lang=sv-SE",
                 "--no-first-run", "--disable-extensions", "--disable-background-networking",
                 # Only the local server: a page that names another host (a 404 page with base_url)
                 # must not make the browser reach out to it.
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver or default_chromedriver()), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(90)
    return driver


def set_width(driver, width: int, height: int = 900) -> None:
    """Makes the layout viewport exactly width CSS px wide (a window cannot be made that narrow)."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


_SETTLE_JS = """
const done = arguments[arguments.length - 1];
let timer = null;
const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(finish, 300); });
function finish() { observer.disconnect(); done(true); }
observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
timer = setTimeout(finish, 300);
setTimeout(finish, 5000);
"""


def load(driver, url: str) -> None:
    """Opens url and waits until its scripts have stopped changing the DOM (at most 5 s)."""
    driver.get(url)
    driver.execute_async_script(_SETTLE_JS)


def wait_for_search_results(driver, seconds: float = 15) -> bool:
    """Waits until Pagefind's UI shows results for the query in the URL; False if it never does."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if driver.execute_script("return document.querySelectorAll('.pagefind-ui__result').length > 0"):
            driver.execute_async_script(_SETTLE_JS)
            return True
        time.sleep(0.2)
    return False


# axe-core's axe.min.js (4.10.2, pinned on requirements.txt's "# axe:" line), which scripts/venv.sh
# takes out of the axe-selenium-python wheel into the venv: that package needs Python >= 3.12, so it
# is not installed, and the script is injected into the page here. SAMVERKAN_AXE_JS names another file.
AXE_JS = os.environ.get("SAMVERKAN_AXE_JS") or os.path.join(sys.prefix, "share", "axe-core", "axe.min.js")


@functools.cache
def _axe_script() -> str:
    try:
        with open(AXE_JS, encoding="utf-8") as f:
            return f.read()
    except FileNotFoundError:
        raise RuntimeError(f"{AXE_JS} is missing: run scripts/venv.sh (make venv) and use .venv/bin/python") from None


_AXE_RUN_JS = """
const done = arguments[arguments.length - 1];
axe.run(document, %s).then(r => done({violations: r.violations, version: axe.version}))
                     .catch(e => done({error: String(e)}));
"""


def run_axe(driver) -> tuple[str, list[dict]]:
    """Runs axe-core with the WCAG 2.1 A/AA tags on the open page: (axe version, violations)."""
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(_axe_script())
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    result = driver.execute_async_script(_AXE_RUN_JS % json.dumps(options))
    if "error" in result:
        raise RuntimeError(f"axe.run failed: {result['error']}")
    return result["version"], result["violations"]


def format_violation(v: dict) -> str:
    lines = [f"{v['id']} ({v.get('impact') or '?'}): {v['help']} — {v.get('helpUrl', '')}"]
    for node in v["nodes"][:10]:
        target = " ".join(" >> ".join(t) if isinstance(t, list) else t for t in node["target"])
        summary = " ".join((node.get("failureSummary") or "").split())
        lines.append(f"    target {target}" + (f"  [{summary[:320]}]" if summary else ""))
    if len(v["nodes"]) > 10:
        lines.append(f"    … and {len(v['nodes']) - 10} more elements")
    return "\n".join(lines)


_HEADINGS_JS = """
const visible = e => !e.closest('[hidden], [aria-hidden="true"]')
  && (!e.checkVisibility || e.checkVisibility({visibilityProperty: true}));
const out = [];
for (const e of document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')) {
  if (!visible(e)) continue;
  let level = /^H[1-6]$/.test(e.tagName) ? +e.tagName[1] : 2;
  if (e.getAttribute('role') === 'heading') level = +(e.getAttribute('aria-level') || 2);
  out.push([level, e.textContent.replace(/\\s+/g, ' ').trim()]);
}
return {headings: out, lang: document.documentElement.getAttribute('lang')};
"""

_REFLOW_JS = """
const de = document.documentElement, body = document.body;
const cw = de.clientWidth;
const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
  + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
const wide = [];
for (const e of body.querySelectorAll('*')) {
  const r = e.getBoundingClientRect();
  if (r.width > 1 && r.right > cw + 1) {
    let scroller = false;
    for (let p = e.parentElement; p && p !== body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o !== 'visible') { scroller = true; break; }
    }
    if (!scroller) wide.push(describe(e) + ' (right edge ' + Math.round(r.right) + ' px)');
  }
}
return {scrollWidth: de.scrollWidth, clientWidth: cw, innerWidth: window.innerWidth,
        htmlOverflowX: getComputedStyle(de).overflowX, bodyOverflowX: getComputedStyle(body).overflowX,
        wide: wide.slice(0, 5)};
"""


def reflow_problems(driver, width: int) -> list[str]:
    m = driver.execute_script(_REFLOW_JS)
    problems = []
    if m["innerWidth"] != width:
        problems.append(f"the window is {m['innerWidth']} px wide, not {width} px: cannot check reflow")
    if m["scrollWidth"] > m["clientWidth"] or m["scrollWidth"] > width:
        culprits = "; widest: " + ", ".join(m["wide"]) if m["wide"] else ""
        problems.append(f"horizontal scroll at {width} px: document.documentElement.scrollWidth is "
                        f"{m['scrollWidth']} px > {min(width, m['clientWidth'])} px{culprits}")
    for element in ("html", "body"):
        value = m[f"{element}OverflowX"]
        if value in ("hidden", "clip"):
            problems.append(f"{element} has overflow-x: {value} at {width} px, which hides content "
                            f"instead of reflowing it")
    return problems


@dataclass
class PageResult:
    label: str
    rel: str
    axe: list[str] = field(default_factory=list)        # one formatted violation per item
    structure: list[str] = field(default_factory=list)
    reflow: list[str] = field(default_factory=list)
    search: list[str] = field(default_factory=list)     # pages opened with ?q=: Pagefind shows results
    axe_version: str = ""


def check_page_in_browser(driver, base_url: str, label: str, rel: str,
                          checks: set[str] = frozenset({"axe", "structure", "reflow"})) -> PageResult:
    """axe at 1280 and 320 px, structure (rendered DOM), reflow at 320 and 640 px, for one page."""
    result = PageResult(label, rel)
    url = base_url + rel
    try:
        set_width(driver, WIDE)
        load(driver, url)
        if "?q=" in rel and not wait_for_search_results(driver):
            result.search.append(f"the search for {rel.split('?q=', 1)[1]!r} shows no results "
                                 f"(is the Pagefind index there? make site builds it)")
        if "axe" in checks:
            result.axe_version, violations = run_axe(driver)
            result.axe += [f"at {WIDE} px: {format_violation(v)}" for v in violations]
        if "structure" in checks:
            r = driver.execute_script(_HEADINGS_JS)
            result.structure += heading_problems([(int(l), t) for l, t in r["headings"]], r["lang"])
        if "reflow" in checks:
            set_width(driver, ZOOM_200)
            result.reflow += reflow_problems(driver, ZOOM_200)
        if "reflow" in checks or "axe" in checks:
            set_width(driver, NARROW)
        if "reflow" in checks:
            result.reflow += reflow_problems(driver, NARROW)
        if "axe" in checks:
            _, violations = run_axe(driver)
            result.axe += [f"at {NARROW} px: {format_violation(v)}" for v in violations]
    finally:
        set_width(driver, WIDE)
    return result


# ----------------------------------------------------------------------------------------------
# Atom
# ----------------------------------------------------------------------------------------------

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def rfc3339_problem(value: str) -> str | None:
    if not RFC3339.match(value or ""):
        return f"{value!r} is not an RFC 3339 date-time (YYYY-MM-DDThh:mm:ss with Z or ±hh:mm)"
    try:
        dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        return f"{value!r} is not a valid date-time: {error}"
    return None


def _xml_base(element, document_url: str) -> str:
    """The base URL in effect for element (xml:base on it and its ancestors, then the document)."""
    bases = [e.get(XML_BASE) for e in [element, *element.iterancestors()] if e.get(XML_BASE) is not None]
    base = document_url
    for b in reversed(bases):
        base = urllib.parse.urljoin(base, b)
    return base


def feed_links(feed_root, document_url: str) -> list[tuple[str, str, str, str | None]]:
    """(where, resolved URL, rel, type) for every atom:link in the feed, resolved with xml:base."""
    links = []
    for link in feed_root.iter(A + "link"):
        parent = link.getparent()
        where = "feed" if parent is feed_root else f"entry {parent.findtext(A + 'id') or '?'}"
        href = link.get("href")
        if href is None:
            continue
        links.append((where, urllib.parse.urljoin(_xml_base(link, document_url), href), link.get("rel", "alternate"),
                      link.get("type")))
    return links


def check_feed(site: str, site_base: str | None = None, rel: str = "feed.xml") -> list[str]:
    """A feed (feed.xml by default): well-formed, valid against RFC 4287's RELAX NG schema, plus the other rules."""
    site_base = site_base or guess_site_base(site)
    path = os.path.join(site, rel)
    if not os.path.isfile(path):
        return [f"/{rel} does not exist"]
    try:
        doc = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        return [f"{rel} is not well-formed XML: {error}"]
    problems = []
    schema = etree.RelaxNG(etree.parse(ATOM_RNG))
    if not schema.validate(doc):
        for e in schema.error_log:
            problems.append(f"RELAX NG (RFC 4287): line {e.line}: {e.message}")
    root = doc.getroot()
    if root.tag != A + "feed":
        return problems + [f"the root element is {root.tag}, not atom:feed"]

    def text(element, name):
        child = element.find(A + name)
        return None if child is None else "".join(child.itertext()).strip()

    for name in ("id", "title", "updated"):
        if not text(root, name):
            problems.append(f"the feed has no (or an empty) atom:{name}")
    if root.find(A + "author") is None:
        problems.append("the feed has no atom:author")
    elif not text(root.find(A + "author"), "name"):
        problems.append("the feed's atom:author has no name")

    ids = {}
    feed_id = text(root, "id")
    if feed_id and not ABSOLUTE_IRI.match(feed_id):
        problems.append(f"the feed's atom:id {feed_id!r} is not an absolute IRI")
    if text(root, "updated") and (p := rfc3339_problem(text(root, "updated"))):
        problems.append(f"the feed's atom:updated: {p}")

    entries = root.findall(A + "entry")
    for index, entry in enumerate(entries, 1):
        entry_id = text(entry, "id")
        label = f"entry {index} ({entry_id or 'no id'})"
        if not entry_id:
            problems.append(f"{label}: no atom:id")
        else:
            if not ABSOLUTE_IRI.match(entry_id):
                problems.append(f"{label}: atom:id is not an absolute IRI")
            if entry_id in ids:
                problems.append(f"{label}: atom:id is the same as entry {ids[entry_id]}'s")
            elif entry_id == feed_id:
                problems.append(f"{label}: atom:id is the feed's own id")
            ids.setdefault(entry_id, index)
        if not text(entry, "title"):
            problems.append(f"{label}: no (or an empty) atom:title")
        updated = text(entry, "updated")
        if not updated:
            problems.append(f"{label}: no atom:updated")
        elif (p := rfc3339_problem(updated)):
            problems.append(f"{label}: atom:updated {p}")
        published = text(entry, "published")
        if published and (p := rfc3339_problem(published)):
            problems.append(f"{label}: atom:published {p}")
        alternates = [l for l in entry.findall(A + "link") if l.get("rel", "alternate") == "alternate"]
        if not alternates:
            problems.append(f"{label}: no atom:link with rel=\"alternate\"")
        seen = set()
        for link in alternates:
            key = (link.get("type"), link.get("hreflang"))
            if key in seen:
                problems.append(f"{label}: two alternate links with the same type and hreflang {key}")
            seen.add(key)
    # Alternate links of type text/html must lead to a page, not to the feed itself.
    feed_url = ORIGIN + rel
    for where, url, link_rel, type_ in feed_links(root, feed_url):
        if link_rel == "alternate" and (type_ in (None, "text/html")) and _is_internal(url, site_base):
            rel_path, _ = _internal_path(url, site_base)
            if rel_path is not None and not (rel_path.endswith(".html") or rel_path.endswith("/") or rel_path == ""):
                problems.append(f"{where}: the alternate (text/html) link resolves to /{rel_path}, not to an HTML page")
    return problems


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------

def check_calendar(site: str, rel: str = "kalender.ics") -> list[str]:
    """A calendar (kalender.ics by default): RFC 5545 line rules on the bytes, then the content as icalendar parses it."""
    import icalendar

    path = os.path.join(site, rel)
    if not os.path.isfile(path):
        return [f"/{rel} does not exist"]
    with open(path, "rb") as f:
        data = f.read()
    problems = []
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end with CRLF")
    lines = data.split(b"\r\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    bad_ends, long_lines = [], []
    for number, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            bad_ends.append(number)
        if len(line) > 75:
            long_lines.append(f"{number} ({len(line)} octets)")
    if bad_ends:
        problems.append(f"a line ends with a bare LF or CR, not CRLF, after line(s) {', '.join(map(str, bad_ends[:10]))}")
    if long_lines:
        problems.append(f"line(s) longer than 75 octets (fold them): {', '.join(long_lines[:10])}")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        problems.append(f"not UTF-8: {error}")
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # icalendar raises ValueError and others on broken input
        return problems + [f"icalendar cannot parse it: {error}"]
    if calendar.name != "VCALENDAR":
        return problems + [f"the top component is {calendar.name}, not VCALENDAR"]
    for component in calendar.walk():
        for prop, error in getattr(component, "errors", []) or []:
            problems.append(f"{component.name}: icalendar could not read {prop}: {error}")
    if str(calendar.get("VERSION", "")) != "2.0":
        problems.append(f"VCALENDAR has VERSION {calendar.get('VERSION')!r}, expected 2.0")
    if not str(calendar.get("PRODID", "")).strip():
        problems.append("VCALENDAR has no PRODID")
    timezones = {str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")}
    if STOCKHOLM not in timezones:
        problems.append(f"no VTIMEZONE with TZID {STOCKHOLM}")
    uids = {}
    events = calendar.walk("VEVENT")
    for index, event in enumerate(events, 1):
        uid = str(event.get("UID", "")).strip()
        label = f"VEVENT {index} ({uid or 'no UID'}, {event.get('SUMMARY', '')})"
        if not uid:
            problems.append(f"{label}: no UID")
        elif uid in uids:
            problems.append(f"{label}: UID is the same as VEVENT {uids[uid]}'s")
        uids.setdefault(uid, index)
        stamp = event.get("DTSTAMP")
        if stamp is None:
            problems.append(f"{label}: no DTSTAMP")
        elif not isinstance(stamp.dt, dt.datetime) or stamp.dt.utcoffset() != dt.timedelta(0):
            problems.append(f"{label}: DTSTAMP {stamp.to_ical().decode()} is not a UTC date-time")
        start = event.get("DTSTART")
        if start is None:
            problems.append(f"{label}: no DTSTART")
        else:
            problems += _date_property_problems(label, "DTSTART", start, timezones)
        end = event.get("DTEND")
        if end is not None:
            problems += _date_property_problems(label, "DTEND", end, timezones)
            if start is not None and type(end.dt) is type(start.dt):
                try:
                    if end.dt <= start.dt:
                        problems.append(f"{label}: DTEND is not after DTSTART")
                except TypeError:
                    pass
            elif start is not None:
                problems.append(f"{label}: DTSTART and DTEND are not of the same kind (DATE / DATE-TIME)")
        if not str(event.get("SUMMARY", "")).strip():
            problems.append(f"{label}: no SUMMARY")
    return problems


def _date_property_problems(label: str, name: str, prop, timezones: set[str]) -> list[str]:
    value, tzid = prop.dt, prop.params.get("TZID")
    if isinstance(value, dt.datetime):
        if tzid != STOCKHOLM:
            return [f"{label}: {name} {prop.to_ical().decode()} is a date-time without TZID={STOCKHOLM}"]
        if tzid not in timezones:
            return [f"{label}: {name} uses TZID {tzid} but the calendar has no VTIMEZONE for it"]
    elif isinstance(value, dt.date):
        if prop.params.get("VALUE", "DATE") != "DATE":
            return [f"{label}: {name} is a date but has VALUE={prop.params.get('VALUE')}"]
    else:
        return [f"{label}: {name} is neither a DATE nor a DATE-TIME"]
    return []


# ----------------------------------------------------------------------------------------------
# Links
# ----------------------------------------------------------------------------------------------

URL_ATTRIBUTES = {
    "a": ["href"], "area": ["href"], "link": ["href"], "img": ["src", "srcset"], "script": ["src"],
    "iframe": ["src"], "source": ["src", "srcset"], "audio": ["src"], "video": ["src", "poster"],
    "track": ["src"], "embed": ["src"], "object": ["data"], "input": ["src"], "form": ["action"],
}
SKIPPED_SCHEMES = {"mailto", "tel", "data", "javascript", "webcal", "sms", "geo", "urn"}


def _is_internal(url: str, site_base: str | None) -> bool:
    if url.startswith(ORIGIN):
        return True
    return bool(site_base) and url.startswith(site_base)


def _internal_path(url: str, site_base: str | None) -> tuple[str | None, str]:
    """(path inside the site or None when it climbs out of it, fragment) of an internal URL."""
    url, fragment = urllib.parse.urldefrag(url)
    prefix = ORIGIN if url.startswith(ORIGIN) else site_base
    rest = url[len(prefix):]
    path = urllib.parse.unquote(urllib.parse.urlsplit("http://x/" + rest).path)[1:]
    normalized = posixpath.normpath("/" + path)[1:] if path else ""
    if path.endswith("/") and normalized:
        normalized += "/"
    return normalized, urllib.parse.unquote(fragment)


@functools.lru_cache(maxsize=4096)
def _ids_cached(path: str, mtime: float) -> frozenset[str]:
    doc = parse_html(path)
    if doc is None:
        return frozenset()
    return frozenset(doc.xpath("//@id") + doc.xpath("//a/@name"))


def ids_of(site: str, rel: str) -> frozenset[str]:
    path = os.path.join(site, rel)
    return _ids_cached(path, os.path.getmtime(path))


def _shown(url: str) -> str:
    """A resolved URL as the report shows it: a path in the site, or the URL as it is."""
    return "/" + url[len(ORIGIN):] if url.startswith(ORIGIN) else url


def resolve_target(site: str, url: str, site_base: str | None, folders_ok: bool) -> str | None:
    """None when an internal URL resolves, else what is wrong with it."""
    rel, fragment = _internal_path(url, site_base)
    shown = _shown(url)
    if rel is None or rel.startswith("../") or rel == "..":
        return f"{shown}: points outside the site"
    target = rel
    if rel == "" or rel.endswith("/"):
        if not folders_ok:
            return (f"{shown}: points to a folder; the site's links name the file (…/index.html) "
                    f"so that it works from the file system")
        target = rel + "index.html"
    full = os.path.join(site, target)
    if os.path.isdir(full):
        return f"{shown}: points to a folder without a trailing slash"
    if not os.path.isfile(full):
        return f"{shown}: /{target} does not exist"
    if fragment and fragment != "top":
        if not target.endswith(".html"):
            return f"{shown}: has a #fragment but /{target} is not an HTML page"
        if fragment not in ids_of(site, target):
            return f"{shown}: /{target} has no element with id {fragment!r}"
    return None


def page_links(site: str, rel: str) -> list[tuple[str, str, str, str, str]]:
    """(raw value, resolved URL, tag, page URL, base URL) of every URL in one HTML page, resolved as
    a browser would (with the page's <base href>)."""
    doc = parse_html(os.path.join(site, rel))
    if doc is None:
        return []
    page_url = ORIGIN + urllib.parse.quote(rel)
    bases = doc.xpath("//head/base/@href")
    base_url = urllib.parse.urljoin(page_url, bases[0].strip()) if bases else page_url
    found = []
    for element in doc.iter(*URL_ATTRIBUTES):
        for attribute in URL_ATTRIBUTES[element.tag]:
            value = element.get(attribute)
            if value is None:
                continue
            values = ([part.strip().split()[0] for part in value.split(",") if part.strip()]
                      if attribute == "srcset" else [value.strip()])
            for raw in values:
                found.append((raw, urllib.parse.urljoin(base_url, raw), element.tag, page_url, base_url))
    return found


def _relative_link_problem(page_rel: str, raw: str) -> str | None:
    """The site's links are relative so that it works from the file system and under a sub-path
    (README): a link written from the server's root, or one that climbs above the site's root
    (harmless on a server, which stops at its root, broken from the file system), is a problem."""
    if urllib.parse.urlsplit(raw).scheme or raw.startswith("//"):
        return None
    path = urllib.parse.urlsplit(raw).path
    if path.startswith("/"):
        return "is written from the server's root; the site's links are relative (file system, sub-path)"
    stack = [part for part in page_rel.split("/")[:-1] if part]
    for part in path.split("/"):
        if part == "..":
            if not stack:
                return "climbs above the site's root with '..'"
            stack.pop()
        elif part not in ("", "."):
            stack.append(part)
    return None


def check_links(site: str, site_base: str | None = None) -> list[str]:
    """Every internal href/src in every HTML page, the feed's links and the calendar's URLs resolve."""
    site_base = site_base or guess_site_base(site)
    problems = []
    for rel in html_files(site):
        for raw, url, tag, page_url, base_url in page_links(site, rel):
            scheme = urllib.parse.urlsplit(url).scheme.lower()
            if scheme in SKIPPED_SCHEMES or not _is_internal(url, site_base):
                continue
            # 404.html is served at any address, so its links are written from the root.
            if base_url == page_url and rel != "404.html" and (problem := _relative_link_problem(rel, raw)):
                problems.append(f"/{rel}: <{tag}> {raw!r} {problem}")
                continue
            if raw.startswith("#") and base_url != page_url:
                problems.append(f"/{rel}: <{tag}> {raw!r} leads to {_shown(urllib.parse.urldefrag(url)[0])}, "
                                f"another page, because of "
                                f"<base href>; a same-page link must stay on the page")
                continue
            # Relative links name the file (file system); absolute ones (canonical …) are for servers.
            absolute = bool(urllib.parse.urlsplit(raw).scheme)
            problem = resolve_target(site, url, site_base, folders_ok=absolute)
            if problem:
                problems.append(f"/{rel}: <{tag}> {raw!r} -> {problem}")
    for feed_rel in feed_files(site):
        try:
            root = etree.parse(os.path.join(site, feed_rel),
                               etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
            for where, url, rel, _ in feed_links(root, ORIGIN + feed_rel):
                if _is_internal(url, site_base):
                    problem = resolve_target(site, url, site_base, folders_ok=True)
                    if problem:
                        problems.append(f"/{feed_rel} ({where}, rel={rel}): {problem}")
        except etree.XMLSyntaxError:
            pass  # reported by check_feed
    for calendar_rel in calendar_files(site):
        try:
            import icalendar
            with open(os.path.join(site, calendar_rel), "rb") as f:
                cal = icalendar.Calendar.from_ical(f.read())
            for event in cal.walk("VEVENT"):
                if event.get("URL"):
                    url = urllib.parse.urljoin(ORIGIN + calendar_rel, str(event.get("URL")))
                    if _is_internal(url, site_base):
                        problem = resolve_target(site, url, site_base, folders_ok=True)
                        if problem:
                            problems.append(f"/{calendar_rel} (UID {event.get('UID')}): URL {problem}")
        except Exception:
            pass  # reported by check_calendar
    return problems


# ----------------------------------------------------------------------------------------------
# Data files, sitemap.xml, robots.txt
# ----------------------------------------------------------------------------------------------

def _walk_json(value, key=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk_json(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from _walk_json(v, key)
    elif isinstance(value, str):
        yield key, value


DCAT = "http://www.w3.org/ns/dcat#"
DCT = "http://purl.org/dc/terms/"
VCARD = "http://www.w3.org/2006/vcard/ns#"
FOAF = "http://xmlns.com/foaf/0.1/"


def check_data_catalogue(site: str) -> list[str]:
    """data/katalog.jsonld read as RDF (rdflib's JSON-LD parser): a dcat:Catalog with title,
    description, publisher and licence; every dcat:Dataset with title, description, publisher, a
    vcard:Organization contact point with name and e-mail, and a distribution with an access URL and
    a format. Only when the file exists (it needs base_url)."""
    path = os.path.join(site, "data/katalog.jsonld")
    if not os.path.isfile(path):
        return []
    import rdflib
    from rdflib.namespace import RDF

    graph = rdflib.Graph()
    try:
        graph.parse(path, format="json-ld")
    except Exception as error:  # rdflib raises many kinds on broken input
        return [f"/data/katalog.jsonld cannot be read as JSON-LD: {error}"]
    d, t, v, f = (rdflib.Namespace(ns) for ns in (DCAT, DCT, VCARD, FOAF))
    problems = []

    def need(subject, predicate, label):
        if graph.value(subject, predicate) is None:
            problems.append(f"/data/katalog.jsonld: {label} has no {graph.qname(predicate)}")
        return graph.value(subject, predicate)

    catalogs = list(graph.subjects(RDF.type, d.Catalog))
    if len(catalogs) != 1:
        return problems + [f"/data/katalog.jsonld: {len(catalogs)} dcat:Catalog, expected 1"]
    catalog = catalogs[0]
    for predicate in (t.title, t.description, t.publisher, t.license):
        need(catalog, predicate, "the catalogue")
    datasets = list(graph.objects(catalog, d.dataset))
    if not datasets:
        problems.append("/data/katalog.jsonld: the catalogue lists no dcat:dataset")
    for dataset in datasets:
        label = f"dataset {dataset}"
        if (dataset, RDF.type, d.Dataset) not in graph:
            problems.append(f"/data/katalog.jsonld: {label} is not a dcat:Dataset")
        for predicate in (t.title, t.description, t.publisher):
            need(dataset, predicate, label)
        publisher = graph.value(dataset, t.publisher)
        if publisher is not None:
            need(publisher, f.name, f"{label}'s publisher")
        contact = need(dataset, d.contactPoint, label)
        if contact is not None:
            if (contact, RDF.type, v.Organization) not in graph:
                problems.append(f"/data/katalog.jsonld: {label}'s contact point is not a vcard:Organization")
            need(contact, v.fn, f"{label}'s contact point")
            email = need(contact, v.hasEmail, f"{label}'s contact point")
            if email is not None and not str(email).startswith("mailto:"):
                problems.append(f"/data/katalog.jsonld: {label}'s vcard:hasEmail {email} is not a mailto: address")
        distribution = need(dataset, d.distribution, label)
        if distribution is not None:
            access = need(distribution, d.accessURL, f"{label}'s distribution")
            if graph.value(distribution, d.mediaType) is None and graph.value(distribution, t.format) is None:
                problems.append(f"/data/katalog.jsonld: {label}'s distribution has no format")
            if access is not None and not str(access).startswith("http"):
                problems.append(f"/data/katalog.jsonld: {label}'s access URL {access} is not absolute")
    return problems


def check_data(site: str, site_base: str | None = None) -> list[str]:
    site_base = site_base or guess_site_base(site)
    problems = []
    for rel in ("data/meetings.json", "data/decisions.json", "data/assignments.json", "data/people.json"):
        path = os.path.join(site, rel)
        if not os.path.isfile(path):
            continue
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except ValueError as error:
            problems.append(f"/{rel}: not valid JSON: {error}")
            continue
        for key, value in _walk_json(data):
            if key in ("path", "href", "url") and (value.startswith("/") or _is_internal(value, site_base)):
                url = urllib.parse.urljoin(ORIGIN, value) if value.startswith("/") else value
                problem = resolve_target(site, url, site_base, folders_ok=True)
                if problem:
                    problems.append(f"/{rel}: {key} {value!r} -> {problem}")
    sitemap = os.path.join(site, "sitemap.xml")
    if os.path.isfile(sitemap):
        try:
            root = etree.parse(sitemap, etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
        except etree.XMLSyntaxError as error:
            problems.append(f"/sitemap.xml is not well-formed XML: {error}")
        else:
            if root.tag != f"{{{SITEMAP_NS}}}urlset":
                problems.append(f"/sitemap.xml: the root element is {root.tag}, not urlset in {SITEMAP_NS}")
            locs = [(loc.text or "").strip() for loc in root.iter(f"{{{SITEMAP_NS}}}loc")]
            if not locs:
                problems.append("/sitemap.xml lists no <loc>")
            base = site_base or (min(locs, key=len) if locs else None)
            for loc in locs:
                if not re.match(r"^https?://", loc):
                    problems.append(f"/sitemap.xml: <loc> {loc!r} is not an absolute http(s) URL")
                elif base and loc.startswith(base):
                    problem = resolve_target(site, loc, base, folders_ok=True)
                    if problem:
                        problems.append(f"/sitemap.xml: <loc> {problem}")
                else:
                    problems.append(f"/sitemap.xml: <loc> {loc!r} is not under the site's address {base!r}")
    robots = os.path.join(site, "robots.txt")
    if os.path.isfile(robots):
        with open(robots, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                name, sep, value = line.partition(":")
                if not sep:
                    problems.append(f"/robots.txt line {number}: {line!r} is not a 'Field: value' line")
                elif name.strip().lower() == "sitemap":
                    value = value.strip()
                    if not re.match(r"^https?://", value):
                        problems.append(f"/robots.txt line {number}: Sitemap must be an absolute URL, got {value!r}")
                    elif site_base and value.startswith(site_base):
                        problem = resolve_target(site, value, site_base, folders_ok=False)
                        if problem:
                            problems.append(f"/robots.txt line {number}: Sitemap {problem}")
    return problems


def guess_site_base(site: str) -> str | None:
    """The site's public address, from the start page's <link rel=canonical>, when it has one."""
    doc = parse_html(os.path.join(site, "index.html"))
    if doc is None:
        return None
    for href in doc.xpath('//head/link[@rel="canonical"]/@href'):
        if re.match(r"^https?://", href):
            base = urllib.parse.urljoin(href, "./")
            return base
    return None


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------

ALL_CHECKS = ["files", "axe", "structure", "reflow", "feed", "calendar", "links", "data"]


class Report:
    def __init__(self):
        self.failures = 0

    def ok(self, text: str) -> None:
        print(f"ok: {text}", flush=True)

    def note(self, text: str) -> None:
        print(f"note: {text}", flush=True)

    def result(self, name: str, problems: list[str], ok_text: str | None = None) -> None:
        if problems:
            self.failures += 1
            print(f"FAIL: {name}: {len(problems)} problem(s)", flush=True)
            for problem in problems:
                print("  - " + problem.replace("\n", "\n    "), flush=True)
        else:
            self.ok(ok_text or name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="the built site's folder")
    parser.add_argument("--checks", default=",".join(ALL_CHECKS), help="comma-separated: " + ",".join(ALL_CHECKS))
    parser.add_argument("--pages", help="comma-separated paths in the site to open in the browser instead of the page kinds")
    parser.add_argument("--all-pages", action="store_true", help="open every HTML page in the browser, not only one per kind")
    parser.add_argument("--allow-missing", action="store_true", help="a missing page kind or file is a note, not a failure")
    parser.add_argument("--chromium", default=default_chromium())
    parser.add_argument("--chromedriver", default=default_chromedriver())
    parser.add_argument("--base-url", help="the site's public address (default: from index.html's canonical link)")
    args = parser.parse_args(argv)

    site = os.path.abspath(args.site)
    if not os.path.isfile(os.path.join(site, "index.html")):
        print(f"FAIL: {site} is not a built site (no index.html)")
        return 1
    checks = {c.strip() for c in args.checks.split(",") if c.strip()}
    unknown = checks - set(ALL_CHECKS)
    if unknown:
        parser.error(f"unknown checks: {', '.join(sorted(unknown))}")
    site_base = args.base_url or guess_site_base(site)
    report = Report()
    started = time.time()

    if "files" in checks:
        missing = check_files(site, site_base)
        if missing and args.allow_missing:
            for m in missing:
                report.note(f"missing (allowed by --allow-missing): {m}")
        else:
            report.result("every page kind and file exists", missing)

    if args.pages:
        pages = [("page", p.strip().lstrip("/")) for p in args.pages.split(",") if p.strip()]
    else:
        pages, _ = find_page_kinds(site)
        if args.all_pages:
            known = {rel for _, rel in pages}
            pages += [("page", rel) for rel in html_files(site) if rel not in known]
    browser_checks = checks & {"axe", "structure", "reflow"}
    if browser_checks and pages:
        driver = open_browser(args.chromium, args.chromedriver)
        try:
            with serve(site) as base_url:
                for label, rel in pages:
                    shown = "/" + (rel[:-len("index.html")] if rel.endswith("index.html") else rel)
                    try:
                        r = check_page_in_browser(driver, base_url, label, rel, browser_checks)
                    except Exception as error:  # a page that cannot be checked is a failure
                        report.result(f"{shown} ({label}) in Chromium", [f"{type(error).__name__}: {error}"])
                        continue
                    parts = []  # (name, problems, what passing means)
                    if "?q=" in rel:
                        parts.append(("search", r.search, "Pagefind shows results"))
                    if "axe" in browser_checks:
                        parts.append(("axe", r.axe, f"axe-core {r.axe_version}: 0 violations at {WIDE} and {NARROW} px"))
                    if "structure" in browser_checks:
                        parts.append(("structure", r.structure, 'one h1 first, no skipped heading level, lang="sv"'))
                    if "reflow" in browser_checks:
                        parts.append(("reflow", r.reflow, f"no horizontal scroll at {NARROW} and {ZOOM_200} px"))
                    if all(not problems for _, problems, _ in parts):
                        report.ok(f"{shown} ({label}): " + "; ".join(text for _, _, text in parts))
                    else:
                        for name, problems, text in parts:
                            report.result(f"{name} {shown} ({label})", problems, f"{name} {shown}: {text}")
        finally:
            driver.quit()

    if "structure" in checks:
        n = len(html_files(site))
        report.result("structure of every page's HTML", check_structure_static(site),
                      f"structure of all {n} HTML pages: one h1 first, no skipped heading level, lang=\"sv\"")
    if "feed" in checks:
        if os.path.isfile(os.path.join(site, "feed.xml")):
            feeds = feed_files(site)
            problems = [f"/{rel}: {p}" if rel != "feed.xml" else p for rel in feeds for p in check_feed(site, site_base, rel)]
            report.result("feeds (Atom)", problems,
                          f"{len(feeds)} feeds (feed.xml, uppdrag/, every body and topic): valid RFC 4287 (RELAX NG) "
                          "with unique entry ids, RFC 3339 dates, alternate links, feed id/title/updated/author")
        elif args.allow_missing:
            report.note("feed.xml is not there: Atom check skipped")
        else:
            report.result("feed.xml (Atom)", ["/feed.xml does not exist"])
    if "calendar" in checks:
        if os.path.isfile(os.path.join(site, "kalender.ics")):
            calendars = calendar_files(site)
            problems = [f"/{rel}: {p}" if rel != "kalender.ics" else p for rel in calendars for p in check_calendar(site, rel)]
            report.result("calendars (iCalendar)", problems,
                          f"{len(calendars)} calendars (kalender.ics and every body's): CRLF, lines <= 75 octets, "
                          "parsed by icalendar; VERSION 2.0, PRODID, "
                          "VTIMEZONE Europe/Stockholm, every VEVENT with a unique UID, DTSTAMP, DTSTART, SUMMARY")
        elif args.allow_missing:
            report.note("kalender.ics is not there: iCalendar check skipped")
        else:
            report.result("kalender.ics (iCalendar)", ["/kalender.ics does not exist"])
    if "links" in checks:
        report.result("links", check_links(site, site_base),
                      "links: every internal href/src/srcset in the HTML, the feed and the calendar resolves, "
                      "with its #fragment")
    if "data" in checks:
        present = [f for f in ("data/meetings.json", "data/decisions.json", "data/assignments.json", "sitemap.xml", "robots.txt")
                   if os.path.isfile(os.path.join(site, f))]
        report.result("data files", check_data(site, site_base) + check_data_catalogue(site),
                      f"data files ({', '.join(present) or 'none present'}): parse, and their site paths resolve")

    took = time.time() - started
    if report.failures:
        print(f"check_site.py: {report.failures} check(s) FAILED ({took:.0f} s)")
        return 1
    print(f"check_site.py: all checks passed ({took:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
