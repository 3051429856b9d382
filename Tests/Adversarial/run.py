#!/usr/bin/env python3
"""Adversarial fixtures: hostile or broken content given to the real binary, one case at a time.

Each case starts from a copy of the project's content/ and templates/, changes it, runs
`samverkan build` (or check) and asserts the outcome a user must get: the exit status, the located
message, that no byte from outside the content folder reaches the site, that no script survives,
and a bound on wall time and peak memory. Standard library only (Debian's Python 3.11 will do).

Usage: Tests/Adversarial/run.py BINARY [CASE ...]
"""
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SECRET = "HEMLIGT-4711-UTANFÖR"
MEETING = "content/meetings/2024/2024-10-03-sro.md"
TODAY = "2026-12-05"


class Case:
    def __init__(self, name, setup, exit_status, messages=(), seconds=10, megabytes=400,
                 command="build", env=None, args=(), after=None):
        self.name, self.setup, self.exit_status = name, setup, exit_status
        self.messages, self.seconds, self.megabytes = messages, seconds, megabytes
        self.command, self.env, self.args, self.after = command, env or {}, args, after


def write(root, path, text, mode="w"):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, mode) as handle:
        handle.write(text)


def read(root, path):
    with open(os.path.join(root, path), encoding="utf-8") as handle:
        return handle.read()


def replace_in(root, path, old, new):
    text = read(root, path)
    assert old in text, f"{path} has no {old!r}"
    write(root, path, text.replace(old, new))


def meeting(root, front_matter, body="## 1. Mötets öppnande\n\nText.\n", name="2024-11-07-sro.md"):
    write(root, "content/meetings/2024/" + name, "---\nbody: sro\ndate: 2024-11-07\n" + front_matter + "---\n" + body)


def link(root, path, target):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    os.symlink(target, full)


def alias_bomb(levels):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels + 1):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def set_top_field(root, path, field, value):
    """Sets a top-level field written at the start of a line, keeping the old value under another name."""
    text = read(root, path)
    new, count = re.subn(rf"^{field}: ", f"{field}: {value}\nx_{field}: ", text, count=1, flags=re.M)
    assert count == 1, f"{path} has no top-level {field}"
    write(root, path, new)


def script_everywhere(root):
    payload = "'" + "<script>alert(1)</script>\"'&<img src=x onerror=alert(2)>".replace("'", "''") + "'"
    for field in ("title", "description", "organisation", "footer"):
        set_top_field(root, "content/site.yml", field, payload)
    for field in ("title", "location", "secretary"):
        set_top_field(root, MEETING, field, payload)
    set_top_field(root, "content/topics/halso-och-sjukvardsavtal.md", "title", payload)
    set_top_field(root, "content/bodies/sro.md", "name", payload)


def script_in_every_meeting_field(root):
    """A meeting whose every text field, in every list, holds markup and script."""
    p = "'" + "<script>alert(1)</script>\"'&<img src=x onerror=alert(2)>".replace("'", "''") + "'"
    meeting(root, f"""title: {p}
start: "13:00"
end: "15:00"
location: {p}
format: hybrid
status: held
topics: [halso-och-sjukvardsavtal]
participants:
  - group: {p}
    members:
      - name: {p}
        party: {p}
        org: {p}
        role: {p}
        absent: true
        replaced_by: {p}
secretary: {p}
attachments:
  - title: {p}
decisions:
  - item: 1
    kind: beslutar
    text: {p}
""", "## 1. <script>alert(1)</script> Punkt\n\nText *<img src=x onerror=alert(2)>*.\n")
    with open(os.path.join(root, "content/milestones.yml"), "a", encoding="utf-8") as handle:
        handle.write(f"- date: 2024-11-07\n  title: {p}\n  topic: halso-och-sjukvardsavtal\n  source: 2024-11-07-sro\n")


def no_script_in_site(site):
    if not os.path.isdir(site):
        return "no site was written"
    for folder, _, names in os.walk(site):
        for name in names:
            if name.endswith((".html", ".xml")):
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    text = handle.read()
                for marker in ("<script>alert", "<img src=x", "onerror=alert"):
                    if marker in text and not (marker == "onerror=alert" and "&lt;img" in text):
                        return f"{name} holds {marker!r} unescaped"
    return None


def feed_parses(site):
    if not os.path.isdir(site):
        return "no site was written"
    try:
        ElementTree.parse(os.path.join(site, "feed.xml"))
    except ElementTree.ParseError as error:
        return f"feed.xml is not well-formed: {error}"
    with open(os.path.join(site, "kalender.ics"), "rb") as handle:
        for line in handle.read().split(b"\r\n"):
            if b"\r" in line or b"\n" in line:
                return "kalender.ics has a bare line break"
            if line.startswith(b"X-INJECTED"):
                return "kalender.ics has an injected line"
    return None


def big_markdown(root, megabytes):
    item = ("Detta är en mening med **fet** text, *kursiv* text och en [länk](/organ/sro/). " * 30) + "\n\n- a\n- b\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    parts, size, number = [], 0, 0
    while size < megabytes * 1_000_000:
        number += 1
        part = f"## {number}. Punkt {number}\n\n{item}"
        parts.append(part)
        size += len(part)
    meeting(root, "", "".join(parts))


def git(root, *arguments, time=None):
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update({"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null"})
    if time:
        env.update({"GIT_AUTHOR_DATE": f"@{time} +0000", "GIT_COMMITTER_DATE": f"@{time} +0000"})
    return subprocess.run(["git", "-c", "user.name=T", "-c", "user.email=t@example.se", "-c", "commit.gpgsign=false", *arguments],
                          cwd=root, env=env, check=True, capture_output=True, text=True).stdout.strip()


def git_config_names_a_program(root):
    """A content repository whose .git/config checks signatures with a program of its own choosing,
    and a signed commit for it to check (as a folder received with its .git would have)."""
    marker = os.path.join(root, "gpg-ran")
    program = os.path.join(root, "gpg.sh")
    write(root, "gpg.sh", f"#!/bin/sh\ncat >/dev/null\ntouch '{marker}'\necho '[GNUPG:] GOODSIG 0 T'\n")
    os.chmod(program, 0o755)
    git(root, "init", "-q")
    git(root, "add", "content")
    git(root, "commit", "-q", "-m", "innehåll", time=1_700_000_000)
    replace_in(root, MEETING, "title: ", "title: Signerad ")
    git(root, "add", "content")
    tree, parent = git(root, "write-tree"), git(root, "rev-parse", "HEAD")
    commit = (f"tree {tree}\nparent {parent}\nauthor T <t@example.se> 1700100000 +0000\ncommitter T <t@example.se> 1700100000 +0000\n"
              "gpgsig -----BEGIN PGP SIGNATURE-----\n \n AAAA\n -----END PGP SIGNATURE-----\n\nsignerad\n")
    write(root, ".git/signed", commit)
    git(root, "update-ref", "HEAD", git(root, "hash-object", "-t", "commit", "-w", ".git/signed"))
    for key, value in (("log.showSignature", "true"), ("gpg.program", program), ("core.pager", program),
                       ("core.fsmonitor", program), ("diff.external", program)):
        git(root, "config", key, value)


def no_program_ran(site, _):
    if os.path.exists(os.path.join(os.path.dirname(site), "gpg-ran")):
        return "git ran the gpg.program named in the content repository's configuration"
    with open(os.path.join(site, "moten/2024/2024-10-03-sro/index.html"), encoding="utf-8") as handle:
        if "16 november 2023" not in handle.read():
            return "the meeting page does not show the signed commit's day (2023-11-16 UTC) as its last change"
    return None


def html_lang_and_feeds(expected):
    def check(site, _):
        with open(os.path.join(site, "index.html"), encoding="utf-8") as handle:
            if f'<html lang="{expected}"' not in handle.read():
                return f"index.html does not say lang=\"{expected}\""
        with open(os.path.join(site, "feed.xml"), encoding="utf-8") as handle:
            if "sv_SE" in handle.read():
                return "feed.xml carries sv_SE"
        return feed_parses(site)
    return check


def calendar_years_have_four_digits(site, _):
    problem = feed_parses(site)
    if problem:
        return problem
    with open(os.path.join(site, "kalender.ics"), encoding="utf-8") as handle:
        for line in handle.read().split("\r\n"):
            if line.startswith(("DTSTART", "DTEND")) and not re.search(r":\d{8}(T\d{6}Z?)?$", line):
                return f"kalender.ics has {line!r}"
    return None


def future_meeting(root, date):
    write(root, f"content/meetings/{date[:4]}/{date}-sro.md", f"---\nbody: sro\ndate: {date}\n---\n## 1. Punkt\n\nText.\n")


def mutual_approvals(root):
    write(root, "content/meetings/2024/2024-11-07-sro.md", "---\nbody: sro\ndate: 2024-11-07\ndecisions:\n  - kind: godkänner\n"
          "    text: Styrgruppens anteckningar godkänns.\n    approves: 2024-11-07-gemensam-styrgrupp\n---\nText.\n")
    write(root, "content/meetings/2024/2024-11-07-gemensam-styrgrupp.md", "---\nbody: gemensam-styrgrupp\ndate: 2024-11-07\n"
          "decisions:\n  - kind: godkänner\n    text: SRO:s anteckningar godkänns.\n    approves: 2024-11-07-sro\n---\nText.\n")


UNSAFE_LINKS = {
    "javascript": "[x](javascript:alert(1))",
    "javascript-mixed-case": "[x](JaVaScRiPt:alert(1))",
    "javascript-leading-space": "[x]( javascript:alert(1))",
    "javascript-entity": "[x](&#106;avascript:alert(1))",
    "javascript-percent": "[x](%6Aavascript:alert(1))",
    "javascript-tab": "[x](<java\tscript:alert(1)>)",
    "javascript-autolink": "<javascript:alert(1)>",
    "javascript-reference": "[x][r]\n\n[r]: javascript:alert(1)",
    "javascript-image": "![x](javascript:alert(1))",
    "data": "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "vbscript": "[x](VBScript:msgbox(1))",
}


def unsafe_link_case(name, markdown):
    def check(site, output):
        if not os.path.isdir(site):
            return None
        for folder, _, names in os.walk(site):
            for file_name in names:
                if file_name.endswith(".html"):
                    with open(os.path.join(folder, file_name), encoding="utf-8") as handle:
                        text = handle.read().lower()
                    for scheme in ("javascript:", "vbscript:", "data:text"):
                        if f'href="{scheme}' in text or f'src="{scheme}' in text:
                            return f"{file_name} links to {scheme}"
        return None
    # A link cmark does not read as a link (an entity, a tab) stays text: a build that succeeds is
    # fine as long as no page links to the scheme.
    return Case(f"unsafe-link-{name}", lambda root: meeting(root, "", f"## 1. Punkt\n\n{markdown}\n"),
                exit_status=None, after=check)


CASES = [
    Case("symlink-to-secret-file", lambda root: link(root, "content/files/shadow.txt", os.path.join(root, "secret.txt")),
         1, ["content/files/shadow.txt: error: symbolisk länk"]),
    Case("symlink-page-outside", lambda root: link(root, "content/pages/utanfor.md", os.path.join(root, "outside.md")),
         1, ["content/pages/utanfor.md: error: symbolisk länk"]),
    Case("symlink-folder-outside", lambda root: link(root, "content/meetings/2030", root),
         1, ["content/meetings/2030: error: symbolisk länk"]),
    Case("symlink-dangling", lambda root: link(root, "content/pages/borta.md", os.path.join(root, "finns-inte.md")),
         1, ["content/pages/borta.md: error: symbolisk länk"]),
    Case("symlink-loop", lambda root: link(root, "content/pages/slinga.md", "slinga.md"),
         1, ["content/pages/slinga.md: error: symbolisk länk"]),
    Case("symlink-template-asset", lambda root: link(root, "templates/assets/x.css", os.path.join(root, "secret.txt")),
         1, ["templates/assets/x.css: error: symbolisk länk"]),
    Case("fifo-in-content", lambda root: os.mkfifo(os.path.join(root, "content/pages/ror.md")),
         1, ["content/pages/ror.md: error: varken en vanlig fil"]),
    Case("yaml-alias-bomb", lambda root: meeting(root, alias_bomb(9)), 1,
         ["2024-11-07-sro.md:4:5: error: front matter är inte giltig YAML: YAML-ankare"], seconds=5, megabytes=300),
    Case("yaml-plain-alias", lambda root: meeting(root, "title: *t\n"), 1, ["2024-11-07-sro.md:4:8: error: front matter är inte giltig YAML: YAML-alias"]),
    Case("yaml-duplicate-key", lambda root: meeting(root, "body: sro\n"), 1,
         ["2024-11-07-sro.md:4:1: error: front matter är inte giltig YAML: fältet 'body' står två gånger"]),
    Case("yaml-deep-nesting", lambda root: meeting(root, "x: " + "[" * 5000 + "]" * 5000 + "\n"), 1,
         ["error: front matter är inte giltig YAML: listor och grupper i för många nivåer"]),
    Case("yaml-tab-indent", lambda root: meeting(root, "participants:\n\t- group: A\n"), 1, ["2024-11-07-sro.md"]),
    Case("yaml-control-escape", lambda root: meeting(root, "title: \"Möte\\r\\nX-INJECTED:1\"\n"), 1,
         ["värdet innehåller styrtecknet U+000D"]),
    Case("crlf-meeting", lambda root: write(root, MEETING, read(root, MEETING).replace("\n", "\r\n")), 0),
    Case("cr-meeting", lambda root: write(root, MEETING, read(root, MEETING).replace("\n", "\r")), 0),
    Case("crlf-everything", lambda root: [write(root, os.path.relpath(os.path.join(folder, name), root),
                                                read(root, os.path.relpath(os.path.join(folder, name), root)).replace("\n", "\r\n"))
                                          for folder, _, names in os.walk(os.path.join(root, "content"))
                                          for name in names if name.endswith((".md", ".yml"))], 0),
    Case("bom", lambda root: write(root, MEETING, "\ufeff" + read(root, MEETING)), 0),
    Case("formfeed-in-title", lambda root: meeting(root, "title: Möte\x0cSRO\x0bX-INJECTED:1\n"), 0,
         ["2024-11-07-sro.md:4:12: warning: styrtecknet U+000C"], after=lambda site, _: feed_parses(site)),
    Case("nul-in-text", lambda root: meeting(root, "", "## 1. Punkt\n\nText\x00mer.\n"), 0, ["styrtecknet U+0000"]),
    Case("invalid-utf8", lambda root: write(root, "content/meetings/2024/2024-11-07-sro.md",
                                             b"---\nbody: sro\ndate: 2024-11-07\ntitle: M\xf6te\n---\n", "wb"),
         1, ["2024-11-07-sro.md:4:9: error: filen är inte sparad som UTF-8"]),
    Case("base-url-line-break", lambda root: replace_in(root, "content/site.yml", "base_url: \"\"",
                                                         "base_url: \"https://example.se\\nDisallow: /\""),
         1, ["error: base_url får inte innehålla"]),
    Case("script-everywhere", script_everywhere, 0, after=lambda site, _: no_script_in_site(site) or feed_parses(site)),
    Case("script-in-every-meeting-field", script_in_every_meeting_field, 0,
         after=lambda site, _: no_script_in_site(site) or feed_parses(site)),
    Case("non-ascii-attachment-name", lambda root: write(root, "content/files/Bilaga 2 – underlag för ställningstagande å.txt", "bilaga\n"), 0,
         after=lambda site, _: None if os.path.isfile(os.path.join(site, "files/Bilaga 2 – underlag för ställningstagande å.txt"))
         else "the attachment was not published under its own name"),
    Case("impossible-date", lambda root: replace_in(root, MEETING, "date: 2024-10-03", "date: 2024-02-30"), 1, ["2024-10-03-sro.md:3:7: error:"]),
    Case("date-with-time-zone", lambda root: replace_in(root, MEETING, "date: 2024-10-03", "date: 2024-10-03T13:00:00+02:00"),
         1, ["2024-10-03-sro.md:3:7: error:"]),
    Case("time-with-time-zone", lambda root: replace_in(root, MEETING, "start: \"13:00\"", "start: \"13:00+02:00\""),
         1, ["2024-10-03-sro.md:"]),
    Case("windows-reserved-and-non-ascii-names", lambda root: [write(root, f"content/pages/{name}.md", "---\ntitle: Sida\n---\nText.\n")
                                                               for name in ("con", "aux", "nul", "möte", "a:b")], 1,
         [f"content/pages/{name}.md: error: ogiltigt filnamn" for name in ("con", "aux", "nul", "möte", "a:b")]),
    Case("markdown-50-mb", lambda root: big_markdown(root, 50), 0, seconds=45, megabytes=2200),
    Case("markdown-million-character-line", lambda root: meeting(root, "", "## 1. Punkt\n\n" + "ord " * 250_000 + "\n"), 0,
         seconds=10, megabytes=600),
    Case("markdown-deep-nesting", lambda root: meeting(root, "", "## 1. Punkt\n\n" + "> " * 50_000 + "djupt\n\n"
                                                      + "".join("  " * depth + "- x\n" for depth in range(3000))), 0,
         seconds=20, megabytes=1000),
    Case("markdown-raw-html", lambda root: meeting(root, "", "## 1. Punkt\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n"),
         0, ["2024-11-07-sro.md:7:1: warning: HTML i texten visas inte på webbplatsen"], after=lambda site, _: no_script_in_site(site)),
    Case("source-date-epoch-huge", lambda root: None, 1, ["SOURCE_DATE_EPOCH: error:"], env={"SOURCE_DATE_EPOCH": "999999999999"}, args=("--no-today",)),
    Case("source-date-epoch-negative", lambda root: None, 1, ["SOURCE_DATE_EPOCH: error:"], env={"SOURCE_DATE_EPOCH": "-93000000000"}, args=("--no-today",)),
    Case("today-invalid", lambda root: None, 1, ["--today: error: '2024-13-45' är inte ett datum"], args=("--today", "2024-13-45")),
    # Issue 21: dates, settings and references that once passed check and broke the output.
    Case("held-meeting-in-the-future", lambda root: future_meeting(root, "2027-03-01"), 0,
         ["2027-03-01-sro.md:3:7: warning: mötet 2027-03-01 är markerat som hållet men dagen har inte kommit än"],
         after=calendar_years_have_four_digits),
    Case("date-9999-12-31", lambda root: future_meeting(root, "9999-12-31"), 1,
         ["9999-12-31-sro.md:3:7: error: datumet '9999-12-31' i fältet 'date' ligger utanför det webbplatsen kan publicera"]),
    Case("year-before-1000", lambda root: future_meeting(root, "0001-01-01"), 1,
         ["0001-01-01-sro.md:3:7: error: datumet '0001-01-01' i fältet 'date' ligger utanför det webbplatsen kan publicera"]),
    Case("correction-9999-12-31", lambda root: replace_in(root, MEETING, "  - date: 2026-12-04", "  - date: 9999-12-31"), 1,
         ["2024-10-03-sro.md:198:11: error: datumet '9999-12-31' i fältet 'date' ligger utanför"]),
    Case("correction-in-the-future", lambda root: replace_in(root, MEETING, "  - date: 2026-12-04", "  - date: 2027-01-01"), 0,
         ["2024-10-03-sro.md:198:5: warning: rättelsen är daterad 2027-01-01, efter i dag"], after=lambda site, _: feed_parses(site)),
    Case("milestone-year-9999", lambda root: write(root, "content/milestones.yml", read(root, "content/milestones.yml")
                                                    + "- date: \"9999\"\n  title: Aldrig\n"), 1,
         ["content/milestones.yml:", "error: datumet '9999' i fältet 'date' ligger utanför"]),
    Case("language-posix-locale", lambda root: replace_in(root, "content/site.yml", "language: sv\n", "language: sv_SE\n"), 0,
         ["content/site.yml:3:11: warning: language 'sv_SE' är ingen språktagg; läses som 'sv-SE'"], after=html_lang_and_feeds("sv-SE")),
    Case("language-not-a-tag", lambda root: replace_in(root, "content/site.yml", "language: sv\n", "language: \"sv SE\"\n"), 1,
         ["content/site.yml:3:11: error: language 'sv SE' är ingen språktagg"]),
    Case("base-url-without-host", lambda root: replace_in(root, "content/site.yml", "base_url: \"\"", "base_url: \"https://\""), 1,
         ["content/site.yml:4:11: error: base_url 'https://' saknar ett värdnamn"]),
    Case("edit-url-fragment", lambda root: replace_in(root, "content/site.yml", "base_url: \"\"",
                                                       "base_url: \"\"\nedit_url: https://example.se/edit/main/content/#x"), 1,
         ["content/site.yml:5:11: error: edit_url 'https://example.se/edit/main/content/#x' får inte ha ett fragment"]),
    Case("decision-reports-its-own-assignment", lambda root: replace_in(root, "content/meetings/2026/2026-01-26-gemensam-styrgrupp.md",
                                                                         "      due: 2026-03-20\n", "      due: 2026-03-20\n    reports: fokusomraden-forslag\n"), 1,
         ["2026-01-26-gemensam-styrgrupp.md:101:14: error: ställningstagandet både ger och återrapporterar uppdraget 'fokusomraden-forslag'"]),
    Case("meetings-approving-each-other", mutual_approvals, 1,
         ["2024-11-07-sro.md:7:15: error: mötena 2024-11-07-sro och 2024-11-07-gemensam-styrgrupp godkänner varandras anteckningar"]),
    Case("item-named-twice", lambda root: replace_in(root, MEETING, "items:\n  - item: 4\n", "items:\n  - item: 5\n    topics: [millennium]\n  - item: 4\n"), 0,
         ["2024-10-03-sro.md:189:11: warning: punkt 5 står redan i items (rad 185); ämnena läggs ihop"]),
    Case("git-config-names-a-program", git_config_names_a_program, 0, after=no_program_ran),
    # Issue 18: a personal identity number is refused where it stands, and never printed.
    Case("personnummer-in-minutes", lambda root: meeting(root, "", "## 1. Punkt\n\nPatienten (19121212-1212) berördes.\n"), 1,
         ["2024-11-07-sro.md:7:12: error: här står ett personnummer; det får inte publiceras"],
         after=lambda site, output: "the number was printed" if "1212-1212" in output or "12121212" in output else None),
    Case("personnummer-wrong-check-digit", lambda root: meeting(root, "", "## 1. Punkt\n\nÄrende 19121212-1213 berördes.\n"), 0),
    Case("personnummer-in-text-attachment", lambda root: write(root, "content/files/lista.txt", "rad ett\nnamn 121212-1212\n"), 1,
         ["content/files/lista.txt:2:6: error: här står ett personnummer"]),
] + [unsafe_link_case(name, markdown) for name, markdown in UNSAFE_LINKS.items()]


def network_jail():
    """`unshare -n` where the system allows it: every case then runs with no network at all, which
    shows that a build needs none."""
    try:
        if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
            return ["unshare", "-n"]
    except OSError:
        pass
    return []


JAIL = network_jail()


def run_case(binary, case):
    work = tempfile.mkdtemp(prefix=f"samverkan-adv-{case.name}-")
    try:
        shutil.copytree(os.path.join(REPO, "content"), os.path.join(work, "content"))
        shutil.copytree(os.path.join(REPO, "templates"), os.path.join(work, "templates"))
        write(work, "secret.txt", SECRET + "\n")
        write(work, "outside.md", f"---\ntitle: {SECRET}\n---\n{SECRET}\n")
        case.setup(work)
        args = JAIL + [binary, case.command, "--content", "content", "--templates", "templates", "--output", "site"]
        if "--no-today" not in case.args:
            args += ["--today", TODAY] if "--today" not in case.args else []
        args += [arg for arg in case.args if arg != "--no-today"]
        env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
        env.update(case.env)
        started = time.monotonic()
        with tempfile.TemporaryFile() as out_file, tempfile.TemporaryFile() as err_file:
            process = subprocess.Popen(args, cwd=work, env=env, stdout=out_file, stderr=err_file)
            # wait4 gives this child's own peak memory (ru_maxrss), not the high-water mark of all.
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() - started > case.seconds:
                    process.kill()
                    os.wait4(process.pid, 0)
                    return f"took more than {case.seconds} s"
                time.sleep(0.01)
            process.returncode = os.waitstatus_to_exitcode(status)
            seconds = time.monotonic() - started
            peak_mb = usage.ru_maxrss / 1024
            out_file.seek(0)
            err_file.seek(0)
            out, err = out_file.read(), err_file.read()
        output = out.decode("utf-8", "replace") + err.decode("utf-8", "replace")
        problems = []
        if case.exit_status is not None and process.returncode != case.exit_status:
            problems.append(f"exit {process.returncode}, expected {case.exit_status}")
        if process.returncode < 0:
            problems.append(f"killed by signal {-process.returncode}")
        for message in case.messages:
            if message not in output:
                problems.append(f"no {message!r} in the output")
        site = os.path.join(work, "site")
        if process.returncode != 0 and os.path.exists(site):
            problems.append("a failed build wrote site/")
        for folder, _, names in os.walk(site):
            for name in names:
                with open(os.path.join(folder, name), "rb") as handle:
                    if SECRET.encode() in handle.read():
                        problems.append(f"{name} holds the secret from outside the content folder")
        if case.after:
            problem = case.after(site, output)
            if problem:
                problems.append(problem)
        if peak_mb > case.megabytes:
            problems.append(f"peak memory {peak_mb:.0f} MB over {case.megabytes} MB")
        detail = f"{seconds:.2f} s, {peak_mb:.0f} MB"
        if problems:
            first_lines = "\n      ".join(output.strip().splitlines()[:4])
            return "; ".join(problems) + f" ({detail})\n      {first_lines}"
        return None, detail
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    binary = os.path.abspath(sys.argv[1])
    chosen = set(sys.argv[2:])
    # The largest cases last, so a quick run with a few names stays quick.
    cases = sorted((case for case in CASES if not chosen or case.name in chosen), key=lambda case: case.megabytes)
    failed = 0
    print("Utan nätverk (unshare -n)." if JAIL else "unshare -n går inte här: fallen körs med nätverk.")
    for case in cases:
        result = run_case(binary, case)
        if isinstance(result, tuple):
            print(f"  ok    {case.name} ({result[1]})")
        else:
            failed += 1
            print(f"  FAIL  {case.name}: {result}")
    passed = len(cases) - failed
    print(f"Fientligt innehåll: {passed} av {len(cases)} fall gav väntat utfall.")
    print(f"adversarial: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    sys.exit(main())
