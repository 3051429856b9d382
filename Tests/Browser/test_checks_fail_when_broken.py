"""Each check of check_site.py fails when the property it guards is broken, and passes on the site
as built.

Every case copies the built site to a temporary folder, breaks one thing and asserts that the check
reports it (a problem that the unbroken copy does not have, naming what was broken).

Run: SAMVERKAN_SITE=/path/to/built/site .venv/bin/python -m pytest -q Tests/Browser/test_checks_fail_when_broken.py
(run.sh does this; without SAMVERKAN_SITE the repository's site/ is used when it holds a built site.)
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the work tree
import check_site as cs  # noqa: E402

PAGE = "om/index.html"                           # a plain page to break in the browser cases
MEETING = "moten/2024/2024-10-03-sro/index.html"  # a page with many ids and links


# ----------------------------------------------------------------------------------------------
# Fixtures and helpers
# ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="session")
def built_site() -> str:
    site = os.environ.get("SAMVERKAN_SITE") or os.path.join(ROOT, "site")
    if not os.path.isfile(os.path.join(site, "index.html")):
        pytest.fail(f"no built site at {site}: build one and set SAMVERKAN_SITE to its folder "
                    f"(Tests/Browser/run.sh SITE_DIR does)")
    return os.path.abspath(site)


@pytest.fixture
def site(built_site, tmp_path) -> str:
    """A fresh copy of the built site that a case may break."""
    copy = str(tmp_path / "site")
    shutil.copytree(built_site, copy)
    return copy


@pytest.fixture(scope="session")
def browser():
    driver = cs.open_browser()
    yield driver
    driver.quit()


def browser_check(driver, site: str, rel: str):
    with cs.serve(site) as base_url:
        return cs.check_page_in_browser(driver, base_url, "page", rel)


def edit(site: str, rel: str, old: str, new: str, regex: bool = False) -> None:
    path = os.path.join(site, rel)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    changed = re.sub(old, new, text, count=1) if regex else text.replace(old, new, 1)
    assert changed != text, f"{rel}: {old!r} not found, the case cannot break it"
    with open(path, "w", encoding="utf-8") as f:
        f.write(changed)


def add_to_main(site: str, rel: str, markup: str) -> None:
    edit(site, rel, "</main>", markup + "\n  </main>")


def edit_bytes(site: str, rel: str, old: bytes, new: bytes) -> None:
    path = os.path.join(site, rel)
    with open(path, "rb") as f:
        data = f.read()
    assert old in data, f"{rel}: {old!r} not found, the case cannot break it"
    with open(path, "wb") as f:
        f.write(data.replace(old, new, 1))


def edit_feed(site: str, change) -> None:
    path = os.path.join(site, "feed.xml")
    tree = etree.parse(path)
    change(tree.getroot())
    tree.write(path, xml_declaration=True, encoding="utf-8")


def entries(root):
    found = root.findall(cs.A + "entry")
    assert len(found) >= 2, "the feed needs two entries for these cases"
    return found


def new_problems(broken: list[str], baseline: list[str]) -> list[str]:
    return [p for p in broken if p not in baseline]


def assert_new_problem(broken: list[str], baseline: list[str], *needles: str) -> None:
    """A problem that the unbroken site does not have, mentioning every needle."""
    fresh = new_problems(broken, baseline)
    assert any(all(n in p for n in needles) for p in fresh), (
        f"expected a new problem mentioning {needles}; new problems: {fresh or 'none'}")


@pytest.fixture(scope="session")
def baseline(built_site, browser):
    """What every check says about the unbroken site (the cases compare with it)."""
    return {
        "files": cs.check_files(built_site),
        "structure": cs.check_structure_static(built_site),
        "feed": cs.check_feed(built_site),
        "calendar": cs.check_calendar(built_site),
        "links": cs.check_links(built_site),
        "data": cs.check_data(built_site),
        "page": browser_check(browser, built_site, PAGE),
    }


# ----------------------------------------------------------------------------------------------
# The unbroken site passes
# ----------------------------------------------------------------------------------------------

def test_unbroken_page_passes_in_browser(baseline):
    page = baseline["page"]
    assert page.axe == [] and page.structure == [] and page.reflow == [], (page.axe, page.structure, page.reflow)
    assert page.axe_version.startswith("4."), f"axe-core {page.axe_version}: expected a current 4.x"


@pytest.mark.parametrize("check", ["files", "structure", "feed", "calendar", "links", "data"])
def test_unbroken_site_passes(baseline, check):
    if check == "files" and os.environ.get("SAMVERKAN_ALLOW_MISSING") and baseline[check]:
        pytest.skip("missing files allowed (--allow-missing): " + "; ".join(baseline[check]))
    assert baseline[check] == [], "\n".join(baseline[check])


def test_command_line_exit_codes(site):
    script = os.path.join(HERE, "check_site.py")
    good = subprocess.run([sys.executable, script, site, "--checks", "calendar"], capture_output=True, text=True)
    assert good.returncode == 0 and "ok: " in good.stdout and "calendars (kalender.ics" in good.stdout, good.stdout + good.stderr
    add_to_main(site, PAGE, '<p><a href="../finns-inte/index.html">trasig</a></p>')
    bad = subprocess.run([sys.executable, script, site, "--checks", "links"], capture_output=True, text=True)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "FAIL: links" in bad.stdout and "finns-inte/index.html does not exist" in bad.stdout, bad.stdout


def test_a_broken_body_feed_or_calendar_fails_by_name(site):
    feeds = [rel for rel in cs.feed_files(site) if rel.startswith("organ/")]
    calendars = [rel for rel in cs.calendar_files(site) if rel.startswith("organ/")]
    assert feeds and calendars, "the site has no body feeds or calendars to break"
    with open(os.path.join(site, feeds[0]), "a", encoding="utf-8") as f:
        f.write("<trasig>")
    with open(os.path.join(site, calendars[0]), "ab") as f:
        f.write(b"BEGIN:VEVENT\nSUMMARY:utan CRLF\n")
    script = os.path.join(HERE, "check_site.py")
    bad = subprocess.run([sys.executable, script, site, "--checks", "feed,calendar"], capture_output=True, text=True)
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert f"{feeds[0]} is not well-formed XML" in bad.stdout, bad.stdout
    assert f"/{calendars[0]}: a line ends with a bare LF" in bad.stdout, bad.stdout


@pytest.fixture(scope="session")
def published_fixture(tmp_path_factory) -> str:
    """The fixture site built by the release binary with base_url set: it has a DCAT catalogue."""
    binary = os.path.join(ROOT, ".build", "release", "samverkan")
    if not os.access(binary, os.X_OK):
        pytest.fail(f"no {binary}: run `make build` (make browser-test does)")
    work = tmp_path_factory.mktemp("published")
    content = work / "content"
    shutil.copytree(os.path.join(ROOT, "Tests", "SamverkanKitTests", "Fixtures", "content"), content)
    with open(content / "site.yml", "a", encoding="utf-8") as f:
        f.write("base_url: https://samverkan.example.se\n")
    result = subprocess.run([binary, "build", "--content", str(content), "--templates", os.path.join(ROOT, "templates"),
                             "--output", str(work / "site"), "--today", "2024-11-01", "--no-search"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return str(work / "site")


def test_the_data_catalogue_reads_as_dcat(published_fixture, tmp_path):
    assert cs.check_data_catalogue(published_fixture) == []
    site = str(tmp_path / "site")
    shutil.copytree(published_fixture, site)
    path = os.path.join(site, "data", "katalog.jsonld")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace('"vcard:hasEmail"', '"vcard:note"', 1))
    problems = cs.check_data_catalogue(site)
    assert any("contact point has no vcard:hasEmail" in p for p in problems), problems
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace('"dcat:Catalog"', '"dcat:Katalog"'))
    assert any("0 dcat:Catalog" in p for p in cs.check_data_catalogue(site))


# ----------------------------------------------------------------------------------------------
# axe-core
# ----------------------------------------------------------------------------------------------

PIXEL = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


@pytest.mark.parametrize("markup, rule", [
    (f'<img src="{PIXEL}" width="40" height="40">', "image-alt"),
    ('<p><input type="text" name="namn"></p>', "label"),
    ('<p style="color:#b0b0b0; background:#ffffff">Ljusgrå text på vitt</p>', "color-contrast"),
    ('<p><a href="../index.html"></a></p>', "link-name"),
])
def test_axe_finds_violation(site, browser, markup, rule, baseline):
    add_to_main(site, PAGE, markup)
    result = browser_check(browser, site, PAGE)
    at_wide = [v for v in result.axe if v.startswith(f"at {cs.WIDE} px: {rule} ")]
    at_narrow = [v for v in result.axe if v.startswith(f"at {cs.NARROW} px: {rule} ")]
    assert at_wide and at_narrow, f"axe did not report {rule} at both widths: {result.axe}"
    assert "target " in at_wide[0], at_wide[0]  # the report names the element


def test_axe_finds_removed_alt(site, browser):
    """An image whose alt text is removed (the site's own images, or one added for the case)."""
    path = os.path.join(site, MEETING)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if re.search(r"<img\b[^>]*\balt=", text):
        edit(site, MEETING, r'(<img\b[^>]*?)\s+alt="[^"]*"', r"\1", regex=True)
    else:
        add_to_main(site, MEETING, f'<p><img src="{PIXEL}" alt="Karta" width="40" height="40"></p>')
        edit(site, MEETING, ' alt="Karta"', "")
    result = browser_check(browser, site, MEETING)
    assert any(" image-alt " in v for v in result.axe), result.axe


def test_search_without_index_shows_no_results(site, browser):
    if not os.path.isdir(os.path.join(site, "pagefind")):
        pytest.skip("the site has no Pagefind index (make site builds it)")
    rel = "sok/index.html?q=" + cs.SEARCH_QUERY
    assert browser_check(browser, site, rel).search == [], "the unbroken search shows results"
    # The index is in shards (pagefind/<shard>/): without any shard's word index nothing is found.
    folder = os.path.join(site, "pagefind")
    shards = [name for name in os.listdir(folder) if os.path.isdir(os.path.join(folder, name, "index"))]
    assert shards, "no shard has an index folder"
    for shard in shards:
        shutil.rmtree(os.path.join(folder, shard, "index"))
    result = browser_check(browser, site, rel)
    assert any("shows no results" in p for p in result.search), result.search


# ----------------------------------------------------------------------------------------------
# Structure: one h1, heading levels, lang
# ----------------------------------------------------------------------------------------------

def test_second_h1(site, browser, baseline):
    add_to_main(site, PAGE, "<h1>En andra huvudrubrik</h1>")
    assert_new_problem(cs.check_structure_static(site), baseline["structure"], f"/{PAGE}", "2 h1 elements")
    assert any("2 h1 elements" in p for p in browser_check(browser, site, PAGE).structure)


def test_no_h1(site, baseline):
    edit(site, PAGE, r"<h1>(.*?)</h1>", r"<h2>\1</h2>", regex=True)
    assert_new_problem(cs.check_structure_static(site), baseline["structure"], f"/{PAGE}", "0 h1 elements")


def test_skipped_heading_level(site, browser, baseline):
    add_to_main(site, PAGE, "<h2>Avsnitt</h2><h4>Underavsnitt som hoppar över h3</h4>")
    assert_new_problem(cs.check_structure_static(site), baseline["structure"], f"/{PAGE}", "skips from h2 to h4")
    assert any("skips from h2 to h4" in p for p in browser_check(browser, site, PAGE).structure)


def test_lang_removed(site, browser, baseline):
    edit(site, PAGE, '<html lang="sv">', "<html>")
    assert_new_problem(cs.check_structure_static(site), baseline["structure"], f"/{PAGE}", "<html lang> is None")
    assert any("<html lang>" in p for p in browser_check(browser, site, PAGE).structure)


def test_lang_wrong(site, baseline):
    edit(site, PAGE, '<html lang="sv">', '<html lang="en">')
    assert_new_problem(cs.check_structure_static(site), baseline["structure"], f"/{PAGE}", "'en'")


# ----------------------------------------------------------------------------------------------
# Reflow at 320 px and 640 px
# ----------------------------------------------------------------------------------------------

def test_wide_element_scrolls_at_320(site, browser):
    add_to_main(site, PAGE, '<div class="bred" style="width:30rem">Fast bredd</div>')
    result = browser_check(browser, site, PAGE)
    assert any("horizontal scroll at 320 px" in p and "div.bred" in p for p in result.reflow), result.reflow
    assert not any("at 640 px" in p for p in result.reflow), "30rem fits in 640 px"


def test_wide_element_scrolls_at_640(site, browser):
    add_to_main(site, PAGE, '<pre style="white-space:pre">' + "Lång rad utan radbrytning " * 8 + "</pre>")
    result = browser_check(browser, site, PAGE)
    assert any("horizontal scroll at 640 px" in p for p in result.reflow), result.reflow


def test_overflow_hidden_cannot_hide_scroll(site, browser):
    edit(site, PAGE, "</head>", "<style>body { overflow-x: hidden }</style></head>")
    result = browser_check(browser, site, PAGE)
    assert any("body has overflow-x: hidden" in p for p in result.reflow), result.reflow


# ----------------------------------------------------------------------------------------------
# Atom
# ----------------------------------------------------------------------------------------------

def test_feed_entry_without_id(site, baseline):
    edit_feed(site, lambda root: entries(root)[0].remove(entries(root)[0].find(cs.A + "id")))
    problems = cs.check_feed(site)
    assert_new_problem(problems, baseline["feed"], "RELAX NG")
    assert_new_problem(problems, baseline["feed"], "entry 1", "no atom:id")


def test_feed_duplicate_entry_ids(site, baseline):
    def duplicate(root):
        first, second = entries(root)[:2]
        second.find(cs.A + "id").text = first.find(cs.A + "id").text
    edit_feed(site, duplicate)
    assert_new_problem(cs.check_feed(site), baseline["feed"], "entry 2", "same as entry 1")


def test_feed_updated_not_rfc3339(site, baseline):
    edit_feed(site, lambda root: setattr(entries(root)[0].find(cs.A + "updated"), "text", "2024-10-03 13:00"))
    problems = cs.check_feed(site)
    assert_new_problem(problems, baseline["feed"], "entry 1", "RFC 3339")
    assert_new_problem(problems, baseline["feed"], "RELAX NG")  # xsd:dateTime


def test_feed_entry_without_alternate_link(site, baseline):
    def drop_links(root):
        entry = entries(root)[0]
        for link in entry.findall(cs.A + "link"):
            entry.remove(link)
    edit_feed(site, drop_links)
    assert_new_problem(cs.check_feed(site), baseline["feed"], "entry 1", 'rel="alternate"')


def test_feed_without_author(site, baseline):
    edit_feed(site, lambda root: root.remove(root.find(cs.A + "author")))
    assert_new_problem(cs.check_feed(site), baseline["feed"], "the feed has no atom:author")


def test_feed_not_well_formed(site, baseline):
    edit(site, "feed.xml", "</feed>", "</fed>")
    assert_new_problem(cs.check_feed(site), baseline["feed"], "not well-formed")


def test_feed_link_to_missing_page(site, baseline):
    def retarget(root):
        link = [l for l in entries(root)[0].findall(cs.A + "link") if l.get("rel", "alternate") == "alternate"][0]
        link.set("href", urljoin_feed(link.get("href"), "moten/1999/finns-inte/"))
    edit_feed(site, retarget)
    assert_new_problem(cs.check_links(site), baseline["links"], "/feed.xml", "does not exist")


def urljoin_feed(old: str, new_path: str) -> str:
    """Keeps the feed's way of writing links (absolute with the site's address, or relative)."""
    match = re.match(r"^(https?://[^/]+(?:/[^#]*?)?/)moten/", old or "")
    return (match.group(1) if match else "") + new_path


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------

def first_event_line(site: str, name: bytes) -> bytes:
    with open(os.path.join(site, "kalender.ics"), "rb") as f:
        data = f.read()
    event = data[data.index(b"BEGIN:VEVENT"):]
    match = re.search(rb"\r\n(" + name + rb"[;:][^\r\n]*)\r\n", event)
    assert match, f"no {name!r} line in the first VEVENT"
    return match.group(1)


def test_calendar_event_without_uid(site, baseline):
    edit_bytes(site, "kalender.ics", first_event_line(site, b"UID") + b"\r\n", b"")
    assert_new_problem(cs.check_calendar(site), baseline["calendar"], "VEVENT 1", "no UID")


def test_calendar_duplicate_uid(site, baseline):
    path = os.path.join(site, "kalender.ics")
    with open(path, "rb") as f:
        data = f.read()
    uids = re.findall(rb"\r\nUID:([^\r\n]*)\r\n", data)
    assert len(uids) >= 2, "the calendar needs two events for this case"
    edit_bytes(site, "kalender.ics", b"UID:" + uids[1] + b"\r\n", b"UID:" + uids[0] + b"\r\n")
    assert_new_problem(cs.check_calendar(site), baseline["calendar"], "VEVENT 2", "same as VEVENT 1")


def test_calendar_lf_only_line(site, baseline):
    line = first_event_line(site, b"SUMMARY")
    edit_bytes(site, "kalender.ics", line + b"\r\n", line + b"\n")
    assert_new_problem(cs.check_calendar(site), baseline["calendar"], "bare LF or CR")


def test_calendar_line_longer_than_75_octets(site, baseline):
    line = first_event_line(site, b"SUMMARY")
    edit_bytes(site, "kalender.ics", line + b"\r\n", b"SUMMARY:" + "Å".encode() * 40 + b"\r\n")
    assert_new_problem(cs.check_calendar(site), baseline["calendar"], "longer than 75 octets")


def test_calendar_floating_dtstart(site, baseline):
    path = os.path.join(site, "kalender.ics")
    with open(path, "rb") as f:
        data = f.read()
    match = re.search(rb"\r\nDTSTART;TZID=Europe/Stockholm:(\d{8}T\d{6})\r\n", data)
    assert match, "no DTSTART with TZID in the calendar"
    edit_bytes(site, "kalender.ics", match.group(0), b"\r\nDTSTART:" + match.group(1) + b"\r\n")
    assert_new_problem(cs.check_calendar(site), baseline["calendar"], "DTSTART", "without TZID=Europe/Stockholm")


def test_calendar_without_vtimezone(site, baseline):
    path = os.path.join(site, "kalender.ics")
    with open(path, "rb") as f:
        data = f.read()
    start, end = data.index(b"BEGIN:VTIMEZONE"), data.index(b"END:VTIMEZONE\r\n") + len(b"END:VTIMEZONE\r\n")
    edit_bytes(site, "kalender.ics", data[start:end], b"")
    assert_new_problem(cs.check_calendar(site), baseline["calendar"], "no VTIMEZONE with TZID Europe/Stockholm")


def test_calendar_event_without_summary(site, baseline):
    edit_bytes(site, "kalender.ics", first_event_line(site, b"SUMMARY") + b"\r\n", b"")
    assert_new_problem(cs.check_calendar(site), baseline["calendar"], "VEVENT 1", "no SUMMARY")


# ----------------------------------------------------------------------------------------------
# Links
# ----------------------------------------------------------------------------------------------

def test_link_to_missing_page(site, baseline):
    add_to_main(site, PAGE, '<p><a href="../moten/1999/1999-01-01-sro/index.html">saknas</a></p>')
    assert_new_problem(cs.check_links(site), baseline["links"], f"/{PAGE}",
                       "/moten/1999/1999-01-01-sro/index.html does not exist")


def test_link_to_missing_anchor(site, baseline):
    add_to_main(site, PAGE, '<p><a href="../moten/2024/2024-10-03-sro/index.html#punkt-99">saknas</a></p>')
    assert_new_problem(cs.check_links(site), baseline["links"], f"/{PAGE}", "no element with id 'punkt-99'")


def test_same_page_anchor_missing(site, baseline):
    add_to_main(site, PAGE, '<p><a href="#finns-inte">hit</a></p>')
    assert_new_problem(cs.check_links(site), baseline["links"], f"/{PAGE}", "no element with id 'finns-inte'")


def test_same_page_link_under_base_href(site, baseline):
    """With <base href> a "#id" link resolves against the base: it leaves the page (a skip link too)."""
    edit(site, PAGE, "<title>", '<base href="../index.html"><title>')
    assert_new_problem(cs.check_links(site), baseline["links"], f"/{PAGE}", "'#innehall'", "another page")


def test_missing_stylesheet(site, baseline):
    os.remove(os.path.join(site, "assets/style.css"))
    assert_new_problem(cs.check_links(site), baseline["links"], "<link>", "/assets/style.css does not exist")


def test_link_to_folder_without_index(site, baseline):
    add_to_main(site, PAGE, '<p><a href="../organ/">organ</a></p>')
    assert_new_problem(cs.check_links(site), baseline["links"], f"/{PAGE}", "points to a folder")


def test_link_above_the_site_root(site, baseline):
    add_to_main(site, PAGE, '<p><a href="../../index.html">ut</a></p>')
    assert_new_problem(cs.check_links(site), baseline["links"], f"/{PAGE}", "climbs above the site's root")


def test_link_from_the_server_root(site, baseline):
    add_to_main(site, PAGE, '<p><a href="/organ/index.html">organ</a></p>')
    assert_new_problem(cs.check_links(site), baseline["links"], f"/{PAGE}", "written from the server's root")


def test_data_path_to_missing_page(site, baseline):
    edit(site, "data/meetings.json", '"/moten/2024/2024-10-03-sro/"', '"/moten/2024/2024-10-03-finns-inte/"')
    assert_new_problem(cs.check_data(site), baseline["data"], "data/meetings.json", "does not exist")


def write_sitemap(site: str, locs: list[str]) -> None:
    with open(os.path.join(site, "sitemap.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="%s">\n' % cs.SITEMAP_NS)
        f.write("".join(f"  <url><loc>{loc}</loc></url>\n" for loc in locs) + "</urlset>\n")


def test_sitemap_loc_to_missing_page(site, baseline):
    write_sitemap(site, ["https://example.org/", "https://example.org/organ/", "https://example.org/finns-inte/"])
    problems = cs.check_data(site)
    assert_new_problem(problems, baseline["data"], "/sitemap.xml", "/finns-inte/index.html does not exist")
    assert not any("organ/" in p for p in new_problems(problems, baseline["data"])), problems


def test_sitemap_relative_loc(site, baseline):
    write_sitemap(site, ["https://example.org/", "organ/"])
    assert_new_problem(cs.check_data(site), baseline["data"], "/sitemap.xml", "not an absolute http(s) URL")


# ----------------------------------------------------------------------------------------------
# Files
# ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("rel", ["feed.xml", "kalender.ics", "data/meetings.json", "robots.txt",
                                 "kommande/index.html", "404.html"])
def test_missing_file(site, baseline, rel):
    os.remove(os.path.join(site, rel))
    assert_new_problem(cs.check_files(site), baseline["files"], f"/{rel} does not exist")


def test_missing_sitemap_when_the_site_has_an_address(site, baseline):
    if os.path.exists(os.path.join(site, "sitemap.xml")):
        os.remove(os.path.join(site, "sitemap.xml"))
    if not cs.guess_site_base(site):  # without base_url no sitemap.xml is written (docs/decisions.md)
        assert not any("sitemap" in p for p in cs.check_files(site))
    assert_new_problem(cs.check_files(site, "https://example.org/"), baseline["files"], "/sitemap.xml does not exist")
