#!/usr/bin/env python3
"""Makes the Word documents the import tests read: Word versions of the five seed minutes
(../shared/seeds/, text taken from Word and, for 2019, from a scanned PDF) in their layouts, and
messy ones. Each is written as HTML here and turned into .docx by pandoc, which writes real Word
tables, numbered and bulleted lists, line breaks and tracked changes.

    python3 Tests/SamverkanImportTests/Fixtures/make-word-documents.py

The .docx files are committed; the tests do not run this script.
"""
import html
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEEDS = ROOT.parent / "shared" / "seeds"
OUT = HERE / "word"


def inline(text):
    """The seeds' Markdown-like inline marks as HTML."""
    text = html.escape(text.replace("\\(", "(").replace("\\)", ")"), quote=False)
    text = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", lambda m: f'<a href="{m.group(2) if m.group(2) != "#" else "https://www.vgregion.se/"}">{m.group(1)}</a>', text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    return text


def cell_html(cell):
    """A table cell of seed 000: plain text, or HTML paragraphs with '•' lists."""
    if "<p>" not in cell and "<ul" not in cell:
        return f"<p>{inline(cell.strip())}</p>"
    out = []
    for part in re.split(r"(<ul[^>]*>.*?(?=<p>|$))", cell):
        if part.startswith("<ul"):
            items = [i.strip() for i in re.sub(r"<ul[^>]*>|</ul>", "", part).split("•") if i.strip()]
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
        else:
            for p in re.findall(r"<p>(.*?)</p>", part):
                out.append(f"<p>{html.escape(p)}</p>")
    return "".join(out)


def bullet_block(lines):
    """Consecutive '- ' lines (one leading space nests them) as nested lists."""
    out, depth = [], 0
    for line in lines:
        level = 1 if line.startswith(" ") else 0
        text = re.sub(r"^\s*(-|➤)\s*", "", line)
        while depth <= level:
            out.append("<ul>")
            depth += 1
        while depth > level + 1:
            out.append("</ul>")
            depth -= 1
        out.append(f"<li>{inline(text)}</li>")
    out.append("</ul>" * depth)
    return "".join(out)


def seed_to_html(text, absorb_into_table=False):
    lines = text.split("\n")
    out, i = [], 0
    is_bullet = lambda l: bool(re.match(r"^\s*(- |➤ )", l))
    is_row = lambda l: "\t" in l and not is_bullet(l)
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1
            continue
        if is_row(line):
            rows = []
            while i < len(lines):
                l = lines[i].rstrip("\n")
                if is_row(l):
                    rows.append([c for c in l.split("\t")])
                    i += 1
                elif not l.strip():
                    i += 1
                    if not any(is_row(x) for x in lines[i:i + 3]) and not absorb_into_table:
                        break
                elif absorb_into_table and rows:
                    block = []
                    while i < len(lines) and lines[i].strip() and not is_row(lines[i]):
                        block.append(lines[i])
                        i += 1
                    if all(is_bullet(b) for b in block):
                        rows[-1][-1] += "\x00" + bullet_block(block)
                    else:
                        rows[-1][-1] += "\x00" + "".join(f"<p>{inline(b)}</p>" for b in block)
                else:
                    break
            width = max(len(r) for r in rows)
            def cells(r, tag):
                r = r + [""] * (width - len(r))
                return "".join(f"<{tag}>" + "".join(cell_html(p) if not p.startswith("<ul><li>") and not p.startswith("<p>") or "\t" in p else p
                                                    for p in c.split("\x00")) + f"</{tag}>" for c in r)
            out.append("<table><thead><tr>" + cells(rows[0], "th") + "</tr></thead><tbody>"
                       + "".join("<tr>" + cells(r, "td") + "</tr>" for r in rows[1:]) + "</tbody></table>")
            continue
        heading = re.match(r"^(#+)\s+(.*)$", line)
        if heading:
            level = len(heading.group(1))
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
            i += 1
            continue
        if is_bullet(line):
            block = []
            while i < len(lines) and is_bullet(lines[i]):
                block.append(lines[i].replace("\t", "  "))
                i += 1
            out.append(bullet_block(block))
            continue
        numbered = re.match(r"^(\d+)\. (.*)$", line)
        if numbered and i + 1 < len(lines) and re.match(r"^\d+\. ", lines[i + 1]):
            start = int(numbered.group(1))
            items = []
            while i < len(lines) and re.match(r"^\d+\. ", lines[i]):
                items.append(re.sub(r"^\d+\. ", "", lines[i]))
                i += 1
            out.append(f'<ol start="{start}">' + "".join(f"<li>{inline(t)}</li>" for t in items) + "</ol>")
            continue
        out.append(f"<p>{inline(line)}</p>")
        i += 1
    return "\n".join(out)


def from_hand_made_2019():
    """The 2019 minutes exist only as a scan (seed 003, OCR). Their Word version is typed again in
    the scan's layout: participants one a line, 'Anmält förhinder:', the place, items numbered by
    hand, sub-items 'a.' as paragraphs, themes as bullets, and 'Ställningstagande:' on a line of its
    own above its text. The words are those of the hand-made content file."""
    source = (ROOT / "content/meetings/2019/2019-08-29-sro.md").read_text(encoding="utf-8")
    body = source.split("\n---\n", 1)[1]
    parts = [
        "<p>Minnesanteckning från uppstartsmöte för en förstärkt politisk dialog mellan kommunerna i Västra Götaland och Västra Götalandsregionen, 2019-08-29</p>",
    ]
    for line in ["Ann Söderström, hälso- och sjukvårdsdirektör, VGR", "Johan Flarup, avdelningschef",
                 "Jeanette Lammel, förbundsdirektör Fyrbodal", "Marie-Louise Gefvert, förvaltningschef",
                 "Thomas Jungbeck, VästKom", "Jan Eriksson, chef omställningen", "Ann-Charlotte Järnström, VästKom",
                 "Rose-Marie Nyborg, VGR, sekr", "Malin Emanuelsson, kommunikatör"]:
        parts.append(f"<p>{html.escape(line)}</p>")
    parts.append("<p>Anmält förhinder: Johnny Magnusson, VGR.</p>")
    parts.append("<p>Plats: Nya regionens hus, Göteborg, Bergslagsgatan 2, Stationshuset, lokal Kupén</p>")
    decisions = {
        "2": "Samrådsorganet ger Ann-Charlotte Järnström, VästKom, och Ann Söderström, VGR, ett gemensamt uppdrag om att utvärdera hälso- och sjukvårdsavtalet i syfte att fånga eventuella behov av anpassningar till dagens förutsättningar och därefter återkomma till SRO med förslag om hur gå vidare.",
        "3d": "SRO ställer sig bakom att förslag till Inriktningsdokument – organiserat integrerat arbete för personer med psykisk ohälsa, missbruk och beroende skickas på remiss.",
    }
    current = None
    def close(item):
        if item in decisions:
            parts.append("<p>Ställningstagande:</p>")
            parts.append(f"<p>{html.escape(decisions[item])}</p>")
    started = False
    for block in body.strip().split("\n\n"):
        block = block.strip()
        item = re.match(r"^## (\d+)\. (.*)$", block)
        sub = re.match(r"^### ([a-z])\. (.*)$", block)
        theme = re.match(r"^### (.*)$", block)
        if item:
            close(current)
            current = item.group(1)
            started = True
            parts.append(f"<p>{item.group(1)}. {html.escape(item.group(2))}</p>")
        elif sub:
            close(current)
            current = current.rstrip("abcdefgh") + sub.group(1)
            parts.append(f"<p>{sub.group(1)}. {html.escape(sub.group(2))}</p>")
        elif theme:
            parts.append(f"<ul><li>{html.escape(theme.group(1))}</li></ul>")
        elif not started:
            continue
        elif block.startswith("- "):
            parts.append(bullet_block(block.split("\n")))
        elif block.startswith("|"):
            parts.append(f"<p>{html.escape(block)}</p>")
        else:
            para = re.sub(r"\[([^\]]*)\]\(([^)]*)\)", r"\1", block.replace("\n", " "))
            parts.append(f"<p>{inline(para)}</p>")
    close(current)
    parts.append("<p>Vid anteckningarna</p><p>Rose-Marie Nyborg</p>")
    return "\n".join(parts)


MESSY = {
    # Items numbered by hand in different ways, empty paragraphs, line breaks inside an item's
    # title and text, a decision line in bold, and a participant list written on one line.
    "messy-manual-numbering": """
<p>Mötesanteckning</p><p></p><p></p>
<p>Datum: 12 mars 2025</p><p>Tid: kl. 9–11.30</p><p>Plats: Teams</p>
<p>Närvarande: Anna Andersson (S), Borås stad, ordförande; Bertil Berg, Västra Götalandsregionen; Cecilia Ceder</p>
<p>Frånvarande: David Dahl, Alingsås kommun</p>
<p></p>
<p>1) Mötets<br>öppnande</p>
<p>Ordföranden öppnar mötet.<br>Närvaron noteras.</p>
<p></p>
<p>§ 2 Dagordning</p>
<p><strong>Beslut:</strong> Styrgruppen godkänner dagordningen.</p>
<p>3 . Uppföljning</p>
<p>a) Ekonomi</p>
<p>Ställningstagande: Styrgruppen noterar informationen.</p>
<p>b) Bemanning</p>
<p>Ställningstagande: Styrgruppen ger arbetsgruppen i uppdrag att ta fram en plan till nästa möte.</p>
<p>Ställningstagande: Styrgruppen tycker till om saken.</p>
<p>4. Övrigt</p>
<p>Inga övriga frågor.</p>
<p>Vid anteckningarna: Erik Ek</p>
""",
    # Tracked changes: an inserted and a deleted word, and a deleted participant.
    "messy-tracked-changes": "markdown:" + """
Mötesanteckning

Datum: 2025-05-06

Tid: 13.00–14.00

Deltagare

Anna Andersson, VästKom

[Bertil Berg, Västra Götalandsregionen]{.deletion author="Sekreteraren" date="2025-05-07T10:00:00Z"}

Cecilia Ceder, Västra Götalandsregionen

1. Information [om läget]{.insertion author="Sekreteraren" date="2025-05-07T10:00:00Z"}

Gruppen fick information [i korthet]{.deletion author="Sekreteraren" date="2025-05-07T10:00:00Z"}.

Ställningstagande: Gruppen [noterar]{.insertion author="Sekreteraren" date="2025-05-07T10:00:00Z"} informationen.
""",
}


def pandoc(source, target, source_format="html"):
    subprocess.run(["pandoc", "--from", source_format, "--to", "docx", "--output", str(target)],
                   input=source.encode("utf-8"), check=True)


def main():
    OUT.mkdir(exist_ok=True)
    seeds = {
        "2024-08-20-arbetsgrupp-hos-avtal": ("000_eb70415a9da339e9.txt", True),
        "2026-01-26-gemensam-styrgrupp": ("001_7637f917046144de.txt", False),
        "2024-10-03-sro": ("002_32edf43f0b2f7e45.txt", False),
        "2024-12-04-politisk-referensgrupp": ("004_84b1ee2aac9d7330.txt", False),
    }
    for name, (seed, absorb) in seeds.items():
        text = (SEEDS / seed).read_text(encoding="utf-8")
        pandoc(seed_to_html(text, absorb_into_table=absorb), OUT / f"{name}.docx")
    pandoc(from_hand_made_2019(), OUT / "2019-08-29-sro.docx")
    for name, source in MESSY.items():
        if source.startswith("markdown:"):
            pandoc(source[len("markdown:"):], OUT / f"{name}.docx", source_format="markdown")
        else:
            pandoc(source, OUT / f"{name}.docx")
    print(f"wrote {len(seeds) + 1 + len(MESSY)} documents to {OUT}")


if __name__ == "__main__":
    sys.exit(main())
