#!/usr/bin/env python3
"""Writes the committed seed corpus Fuzz/corpus/<Target>/ from the real content and a set of
hand-made hostile inputs. Run from the repository root after the content changes a lot;
libFuzzer's own findings go to .fuzz-work/, never here."""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "corpus"

MEETING = b"""---
body: sro
date: 2024-10-03
title: M\xc3\xb6tesanteckning SRO
start: "13:00"
end: "15:00"
location: Vasagatan 1, G\xc3\xb6teborg
format: fysiskt
status: held
topics: [halso-och-sjukvardsavtal]
participants:
  - group: Kommunpolitiker
    members:
      - { name: Anna Andersson, party: S, org: GR, role: ordf\xc3\xb6rande }
      - { name: Bo Berg, party: M, absent: true, replaced_by: Cia Carlsson }
secretary: Dan Dahl
attachments:
  - title: Presentation
    href: files/presentation.pdf
decisions:
  - item: 2
    kind: noterar
    text: SRO noterar informationen.
  - item: 3 a
    kind: beslutar
    text: SRO beslutar enligt f\xc3\xb6rslaget.
    topics: [halso-och-sjukvardsavtal]
---
## 1. M\xc3\xb6tets \xc3\xb6ppnande
### a. N\xc3\xa4rvaro
## 2. Information
Se [avtalet](/amnen/halso-och-sjukvardsavtal/) och [f\xc3\xb6rra m\xc3\xb6tet](meetings/2019/2019-08-29-sro.md#punkt-3).
## 3. Beslut
### 3 a. F\xc3\xb6rslag
| A | B |
|---|---|
| 1 | 2 |
"""

# Hostile front matter and file shapes: each one a whole file.
FRONT_MATTER_SEEDS = {
    "crlf": MEETING.replace(b"\n", b"\r\n"),
    "bom": b"\xef\xbb\xbf" + MEETING,
    "bom-crlf": b"\xef\xbb\xbf" + MEETING.replace(b"\n", b"\r\n"),
    "lone-cr": MEETING.replace(b"\n", b"\r"),
    "nul-in-yaml": MEETING.replace(b"title: M", b"title: M\x00"),
    "nul-in-body": MEETING + b"\x00\x00text efter NUL\n",
    "invalid-utf8": MEETING.replace(b"Dan Dahl", b"Dan \xff\xfe Dahl"),
    "overlong-utf8": MEETING.replace(b"Dan Dahl", b"Dan \xc0\xaf Dahl"),
    "tabs": MEETING.replace(b"  - group", b"\t- group").replace(b"    members", b"\t\tmembers"),
    "anchor-alias": b"---\nbody: &b sro\ndate: 2024-10-03\ntitle: *b\ntopics: &t [a, b]\ndecisions:\n  - {item: 1, kind: noterar, text: x, topics: *t}\n---\ntext\n",
    "alias-bomb": b"---\n" + b"a0: &a0 [x, x, x, x, x, x, x, x, x]\n"
    + b"".join(b"a%d: &a%d [%s]\n" % (i, i, b", ".join([b"*a%d" % (i - 1)] * 9)) for i in range(1, 9))
    + b"body: sro\ndate: 2024-10-03\n---\n",
    "merge-key": b"---\nbase: &base {body: sro, date: 2024-10-03}\n<<: *base\n---\n",
    "duplicate-keys": b"---\nbody: sro\nbody: sro\ndate: 2024-10-03\ndate: 2024-10-04\n---\n",
    "deep-flow": b"---\nbody: sro\ndate: 2024-10-03\ntopics: " + b"[" * 300 + b"]" * 300 + b"\n---\n",
    "deep-block": b"---\n" + b"".join(b"  " * i + b"k%d:\n" % i for i in range(120)) + b"---\n",
    "deep-map-flow": b"---\ntitle: " + b"{a: " * 200 + b"x" + b"}" * 200 + b"\n---\n",
    "long-line": b"---\nbody: sro\ndate: 2024-10-03\ntitle: " + b"\xc3\xa5" * 4000 + b"\n---\n" + b"x" * 8000 + b"\n",
    "many-keys": b"---\n" + b"".join(b"f%d: %d\n" % (i, i) for i in range(1500)) + b"---\n",
    "multi-document": b"---\nbody: sro\n---\n---\ndate: 2024-10-03\n---\n",
    "document-end-marker": b"---\nbody: sro\ndate: 2024-10-03\n...\nbody text\n",
    "only-dashes": b"---\n---\n",
    "dashes-trailing-space": b"--- \t\nbody: sro\n---   \n",
    "unclosed": b"---\nbody: sro\ndate: 2024-10-03\n",
    "no-front-matter": b"## 1. Bara text\n",
    "empty-yaml-null": b"---\n~\n---\n",
    "yaml-scalar-root": b"---\njust a string\n---\n",
    "yaml-sequence-root": b"---\n- a\n- b\n---\n",
    "quoted-escapes": b'---\nbody: "s\\x01ro"\ndate: "2024-10-03"\ntitle: "a\\u2028b\\rc\\0d\\ud800"\nlocation: \'it\'\'s\'\n---\n',
    "block-scalars": b"---\nbody: sro\ndate: 2024-10-03\ntitle: |\n  rad 1\n  rad 2\nlocation: >-\n  folded\n  text\nsecretary: |+\n\n\n---\n",
    "tags": b"---\nbody: !!str sro\ndate: !!timestamp 2024-10-03\ntitle: !!binary aGVq\nx: !custom { a: 1 }\n? [complex, key]\n: value\n---\n",
    "directives": b"---\n%YAML 1.2\n%TAG ! tag:example.com,2000:\n---\nbody: sro\n---\n",
    "wrong-types": b"---\nbody: [sro]\ndate: {y: 2024}\nstart: 25:61\nend: -1\nstatus: 7\nformat: null\ntopics: sro\nparticipants: {group: x}\nattachments: [[]]\ndecisions: [1, 2, {item: [], kind: {}, text: []}]\n---\n",
    "dates": b"---\nbody: sro\ndate: 2024-02-30\nstart: \"24:00\"\nend: \"00:00\"\n---\n",
    "unicode-keys": b"---\nb\xc3\xb6dy: sro\n\xf0\x9f\x98\x80: x\n\"body\\u0000\": y\n---\n",
    "body-file": b"---\nname: Styrgrupp\nshort: SRO\nkind: politisk\nparties: [S, M]\norder: 1\n---\nBeskrivning.\n",
    "topic-file": b"---\ntitle: \xc3\x84mne\n---\nBeskrivning av \xc3\xa4mnet.\n",
    "page-file": b"---\ntitle: Om\ndescription: Om webbplatsen\norder: 2\n---\n## Om\nText.\n",
}

# Hostile Markdown: each one a meeting's text (what follows the front matter).
MARKDOWN_SEEDS = {
    "agenda": b"## 1. \xc3\x96ppnande\n### a. N\xc3\xa4rvaro\n### 1 b) Val\n## 1. Igen\n## 12) Tolv\n## 1234. F\xc3\xb6r l\xc3\xa5ngt\n## 8.\n### A. Stor\n",
    "reserved-headings": b"# Innehall\n## Dagordning\n## Deltagare\n## Beslut\n## Beslut-1\n## Bilagor\n## beslut-1\n## Rubrik\n## \n## !!!\n",
    "duplicate-headings": b"".join(b"## Samma rubrik\n" for _ in range(50)) + b"## Samma rubrik-2\n",
    "links": b"[a](/organ/sro/) [b](/moten/2024/2024-10-03-sro/#punkt-5) [c](meetings/2024/2024-10-03-sro.md)\n"
    b"[d](#punkt-1) [e](../x.md) [f](/../../etc/passwd) [g](javascript:alert(1)) [h](JaVaScRiPt:x)\n"
    b"[i](data:text/html,x) [j](vbscript:x) [k](file:///etc) [l](//evil.example) [m](%2e%2e/%2e%2e/)\n"
    b"[n](/files/a%20b.pdf) [o](<> \"t\") [p]( ) ![img](files/x.png) [q](/organ/sro/index.html?x=1#y)\n"
    b"[r]: /amnen/millennium/\n[r] [s](topics/millennium.md#) [t](pages/om.md) [u](bodies/sro.md#organ-ledamoter)\n"
    b"<https://example.com> www.example.com mailto:a@b.se [v](\\x) [w](/%ff%fe/) [x](#\xc3\xa5\xc3\xa4\xc3\xb6)\n",
    "raw-html": b"<script>alert(1)</script>\n<div onclick=x>\n\n<iframe src=x></iframe> <img src=x onerror=y>\n<!-- c -->\n<style>x</style><SCRIPT>y</SCRIPT>\n",
    "tables": b"| a | b |\n|:--|--:|\n| 1 | 2 |\n| <b> | [l](/x/) |\n\n| x |\n|---|\n" + b"| c " * 300 + b"|\n",
    "footnotes": b"Text[^1] och[^a] och[^1].\n\n[^1]: Fotnot.\n[^a]: Annan [l](/organ/sro/).\n[^]: tom\n",
    "tasks-strike": b"- [ ] g\xc3\xb6ra\n- [x] gjort\n~~struken~~ ~enkel~\n* a\n  * b\n    * c\n",
    "deep-quote": b">" * 2000 + b" djupt\n",
    "deep-list": b"".join(b"  " * i + b"- x\n" for i in range(100)),
    "emphasis": b"*a **b ***c" * 500 + b"\n" + b"_" * 3000 + b"\n" + b"[" * 3000 + b"\n",
    "nested-links": b"[" * 500 + b"a" + b"](/x/)" * 500 + b"\n",
    "code": b"```swift\nlet x = \"<script>\"\n```\n    indented <b>\n`inline <i>`\n~~~\nunclosed\n",
    "nul-cr": b"rad\x00ett\rrad tv\xc3\xa5\r\nrad tre\n## 1. Rubrik\x00\r### a. Under\r",
    "long-line": b"## 1. " + b"\xc3\xb6" * 4000 + b"\n" + b"x" * 16000 + b"\n",
    "setext": b"1. Rubrik\n===\na. Under\n---\n",
    "entities": b"## 1. &amp; &#0; &#x110000; &lt;script&gt; &copy\n[l](&#x6a;avascript:x)\n",
    "unicode": b"## 1. \xe2\x80\x8b\xe2\x80\x8e\xef\xbb\xbf Rubrik \xf0\x9f\x98\x80\n## \xcc\x81\xcc\x81\n## \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a\n",
}


def front_matter_split(data: bytes) -> bytes:
    lines = data.split(b"\n")
    if not lines or lines[0].rstrip(b"\r \t") != b"---":
        return data
    for index in range(1, len(lines)):
        if lines[index].rstrip(b"\r \t") in (b"---", b"..."):
            return b"\n".join(lines[index + 1:])
    return data


def write(target: str, name: str, data: bytes) -> None:
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def main() -> None:
    content = ROOT / "content"
    real = sorted(p for p in content.rglob("*.md") if p.name != "README.md")
    for path in real:
        data = path.read_bytes()
        name = "real-" + re.sub(r"[^a-z0-9-]", "-", str(path.relative_to(content)).removesuffix(".md"))
        write("FuzzFrontMatter", name, data)
        write("FuzzMarkdown", name, front_matter_split(data))
        if path.parts[-3] == "meetings":
            write("FuzzSiteBuild", name, data)
    for name, data in FRONT_MATTER_SEEDS.items():
        write("FuzzFrontMatter", "seed-" + name, data)
        write("FuzzSiteBuild", "seed-" + name, data)
    write("FuzzFrontMatter", "seed-meeting", MEETING)
    write("FuzzSiteBuild", "seed-meeting", MEETING)
    for name, data in MARKDOWN_SEEDS.items():
        write("FuzzMarkdown", "seed-" + name, data)
        if len(data) <= 8192:
            write("FuzzSiteBuild", "seed-md-" + name, MEETING + data)
    total = sum(p.stat().st_size for p in CORPUS.rglob("*") if p.is_file())
    print(f"corpus: {sum(1 for p in CORPUS.rglob('*') if p.is_file())} files, {total} bytes")


if __name__ == "__main__":
    main()
