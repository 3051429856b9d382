#!/usr/bin/env python3
"""Writes a Hugo site equivalent to a samverkan content folder, for the side-by-side benchmark.

    bench/hugo_site.py CONTENT_DIR HUGO_DIR

From the same Markdown that bench/generate.py writes (any samverkan content folder works as long
as its front matter puts `body:`, `date:`, `title:` and `topics:` on lines of their own), HUGO_DIR
gets:

- content/moten/<yyyy>/<name>.md  each meeting, its YAML front matter kept as it is (Hugo reads
  YAML) plus `organ: [<body>]` and `amnen: [<topics>]` for the two taxonomies and a `title` when the
  meeting has none; content links `meetings/<yyyy>/<name>.md` become `/moten/<yyyy>/<name>/`,
  so every page keeps the URL it has in samverkan (/moten/<yyyy>/<name>/);
- content/moten/<yyyy>/_index.md  a year page listing all its meetings with their decisions
  (samverkan's /tidslinje/<yyyy>/ and /beslut/<yyyy>/), content/moten/_index.md a paginated list;
- content/organ/<id>/_index.md, content/amnen/<id>/_index.md  the bodies and topics as taxonomy term
  pages (per-body and per-topic lists, paginated), content/<slug>.md the free pages;
- hugo.yaml, layouts/ (baseof, home, single, list, year, taxonomy, term, a heading hook for the
  `#punkt-N` anchors of agenda items, a cached navigation partial) and static/style.css.

Python 3.11 standard library only. Hugo renders Markdown with goldmark (tables, strikethrough,
autolinks, task lists and footnotes on, as samverkan's cmark-gfm), in parallel on every core.
"""
from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december"]
CONTENT_LINK = re.compile(r"\]\(meetings/(\d{4})/([^)#\s]+)\.md(#[^)\s]*)?\)")

CONFIG = """\
baseURL: /
languageCode: sv
defaultContentLanguage: sv
title: {title}
relativeURLs: true
paginate: 50
rssLimit: 50
enableRobotsTXT: true
taxonomies:
  organ: organ
  amne: amnen
params:
  footer: {footer}
markup:
  goldmark:
    renderer:
      unsafe: false
    extensions:
      table: true
      strikethrough: true
      linkify: true
      taskList: true
      footnote: true
"""

LAYOUTS = {
    "_default/baseof.html": """\
<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} – {{ end }}{{ .Site.Title }}</title>
<link rel="stylesheet" href="{{ "style.css" | relURL }}">
{{ with .OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
</head>
<body>
<a class="skip" href="#innehall">Till innehållet</a>
<header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a>{{ partialCached "nav.html" . }}</header>
<main id="innehall">
{{ block "main" . }}{{ end }}
</main>
<footer><p>{{ .Site.Params.footer }}</p></footer>
</body>
</html>
""",
    "partials/nav.html": """\
<nav aria-label="Huvudmeny"><ul>
<li><a href="{{ "/moten/" | relURL }}">Möten</a></li>
<li><a href="{{ "/organ/" | relURL }}">Organ</a></li>
<li><a href="{{ "/amnen/" | relURL }}">Ämnen</a></li>
{{ range site.Taxonomies.organ }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Params.short | default .Page.Title }}</a></li>{{ end }}
</ul></nav>
""",
    "partials/meeting-entry.html": """\
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time>
{{ with .Params.location }}<span>{{ . }}</span>{{ end }}</li>
""",
    "_default/_markup/render-heading.html": """\
{{- $id := .Anchor -}}
{{- if eq .Level 2 -}}{{- with findRESubmatch `^(\\d+)\\.` .PlainText 1 -}}{{- $id = printf "punkt-%s" (index (index . 0) 1) -}}{{- end -}}{{- end -}}
<h{{ .Level }} id="{{ $id }}">{{ .Text | safeHTML }}</h{{ .Level }}>
""",
    "index.html": """\
{{ define "main" }}
<h1>{{ .Site.Title }}</h1>
<h2>Senaste mötena</h2>
<ul>{{ range first 20 (where site.RegularPages "Section" "moten").ByDate.Reverse }}{{ partial "meeting-entry.html" . }}{{ end }}</ul>
<h2>Organ</h2>
<ul>{{ range site.Taxonomies.organ }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }} möten)</li>{{ end }}</ul>
<h2>Ämnen</h2>
<ul>{{ range site.Taxonomies.amnen.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "_default/single.html": """\
{{ define "main" }}
<article>
<h1>{{ .Title }}</h1>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>
{{ with .Params.start }}kl. {{ . }}{{ end }}{{ with .Params.end }}–{{ . }}{{ end }}
{{ with .Params.location }}· {{ . }}{{ end }}{{ with .Params.format }} · {{ . }}{{ end }}</p>
{{ with .GetTerms "organ" }}<p>Organ: {{ range . }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</p>{{ end }}
{{ with .GetTerms "amnen" }}<p>Ämnen: {{ range . }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</p>{{ end }}
{{ with .Params.participants }}
<section><h2>Deltagare</h2>
{{ range . }}<h3>{{ .group }}</h3><ul>
{{ range .members }}<li>{{ .name }}{{ with .party }} ({{ . }}){{ end }}{{ with .org }}, {{ . }}{{ end }}{{ with .role }}, {{ . }}{{ end }}{{ if .absent }} – frånvarande{{ end }}</li>{{ end }}
</ul>{{ end }}
{{ with $.Params.secretary }}<p>Vid anteckningarna: {{ . }}</p>{{ end }}
</section>
{{ end }}
{{ with .Params.attachments }}<section><h2>Bilagor</h2><ul>{{ range . }}<li>{{ .title }}</li>{{ end }}</ul></section>{{ end }}
{{ with .Params.decisions }}
<section id="stallningstaganden"><h2>Ställningstaganden</h2><ul>
{{ range . }}<li>{{ with .item }}<a href="#punkt-{{ . }}">Punkt {{ . }}</a>: {{ end }}<strong>{{ .kind }}</strong> {{ .text }}</li>{{ end }}
</ul></section>
{{ end }}
{{ .Content }}
<nav aria-label="Bläddra">
{{ with .PrevInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
{{ with .NextInSection }}<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</nav>
</article>
{{ end }}
""",
    "_default/list.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ with .Sections }}<ul class="years">{{ range .ByTitle.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
{{ $pager := .Paginate .RegularPagesRecursive.ByDate.Reverse }}
<ul>{{ range $pager.Pages }}{{ partial "meeting-entry.html" . }}{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
""",
    "_default/year.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ range .RegularPages.ByDate.Reverse }}
<section><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time>{{ with .Params.location }} · {{ . }}{{ end }}</p>
{{ $page := . }}
{{ with .Params.decisions }}<ul>{{ range . }}<li>{{ with .item }}<a href="{{ $page.RelPermalink }}#punkt-{{ . }}">Punkt {{ . }}</a>: {{ end }}<strong>{{ .kind }}</strong> {{ .text }}</li>{{ end }}</ul>{{ end }}
</section>
{{ end }}
{{ end }}
""",
    "_default/taxonomy.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> ({{ .Count }})</li>{{ end }}</ul>
{{ end }}
""",
    "_default/term.html": """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ .Content }}
{{ $pager := .Paginate .Pages.ByDate.Reverse }}
<ul>{{ range $pager.Pages }}{{ partial "meeting-entry.html" . }}{{ end }}</ul>
{{ template "_internal/pagination.html" . }}
{{ end }}
""",
}

STYLE = """\
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1rem; }
table { border-collapse: collapse; } td, th { border: 1px solid #999; padding: .25rem .5rem; }
"""


def split_front_matter(text: str) -> tuple[list[str], str]:
    if not text.startswith("---\n"):
        return [], text
    end = text.find("\n---\n", 3)
    if end < 0:
        return [], text
    return text[4:end].split("\n"), text[end + 5:]


def field(lines: list[str], key: str) -> str | None:
    prefix = key + ":"
    for line in lines:
        if line.startswith(prefix):
            return line[len(prefix):].strip().strip('"')
    return None


def yaml_quote(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def rewrite_links(markdown: str) -> str:
    return CONTENT_LINK.sub(lambda m: f"](/moten/{m.group(1)}/{m.group(2)}/{m.group(3) or ''})", markdown)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def convert(content: Path, out: Path) -> int:
    if out.exists():
        shutil.rmtree(out)
    site_lines = (content / "site.yml").read_text(encoding="utf-8").split("\n")
    write(out / "hugo.yaml", CONFIG.format(title=yaml_quote(field(site_lines, "title") or "Vårdsamverkan"),
                                           footer=yaml_quote(field(site_lines, "footer") or "")))
    for name, text in LAYOUTS.items():
        write(out / "layouts" / name, text)
    write(out / "static" / "style.css", STYLE)

    shorts = {}
    for path in sorted((content / "bodies").glob("*.md")):
        lines, markdown = split_front_matter(path.read_text(encoding="utf-8"))
        name = field(lines, "name") or path.stem
        shorts[path.stem] = field(lines, "short") or name
        fm = ["---", f"title: {yaml_quote(name)}", f"short: {yaml_quote(shorts[path.stem])}",
              f"body_kind: {field(lines, 'kind') or ''}", f"weight: {field(lines, 'order') or 0}", "---"]
        write(out / "content" / "organ" / path.stem / "_index.md", "\n".join(fm) + "\n" + rewrite_links(markdown))
    write(out / "content" / "organ" / "_index.md", "---\ntitle: Organ\n---\n")

    for path in sorted((content / "topics").glob("*.md")):
        lines, markdown = split_front_matter(path.read_text(encoding="utf-8"))
        fm = ["---", f"title: {yaml_quote(field(lines, 'title') or path.stem)}", "---"]
        write(out / "content" / "amnen" / path.stem / "_index.md", "\n".join(fm) + "\n" + rewrite_links(markdown))
    write(out / "content" / "amnen" / "_index.md", "---\ntitle: Ämnen\n---\n")

    if (content / "pages").is_dir():
        for path in sorted((content / "pages").glob("*.md")):
            write(out / "content" / path.name, rewrite_links(path.read_text(encoding="utf-8")))

    count = 0
    years = set()
    write(out / "content" / "moten" / "_index.md", "---\ntitle: Möten\n---\n")
    for path in sorted((content / "meetings").glob("*/*.md")):
        lines, markdown = split_front_matter(path.read_text(encoding="utf-8"))
        body = field(lines, "body") or ""
        date = field(lines, "date") or ""
        extra = [f"organ: [{body}]"]
        topics = field(lines, "topics")
        if topics:
            extra.append(f"amnen: {topics}")
        if field(lines, "title") is None:
            year, month, day = (int(x) for x in date.split("-"))
            extra.append(f"title: {yaml_quote(f'{shorts.get(body, body)} {day} {MONTHS[month - 1]} {year}')}")
        year = path.parent.name
        years.add(year)
        text = "---\n" + "\n".join(lines + extra) + "\n---\n" + rewrite_links(markdown)
        target = out / "content" / "moten" / year / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        count += 1
    for year in years:
        write(out / "content" / "moten" / year / "_index.md", f"---\ntitle: \"{year}\"\nlayout: year\n---\n")
    return count


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    count = convert(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"Hugo-tvilling med {count} möten -> {sys.argv[2]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
