# Everything a user or CI needs, from a fresh clone: `make demo`, `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

WEB := eventatlas/web
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)
BUNDLE := $(WEB)/static/dist/app.js

.PHONY: install web browser demo test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		echo "python3 -m venv failed; installing Debian's python3-venv"; \
		apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

# The web app's bundle, from npm packages pinned in package-lock.json (nothing from a CDN).
web: $(BUNDLE)

$(BUNDLE): $(WEB)/package.json $(WEB)/package-lock.json $(wildcard $(WEB)/src/*) $(WEB)/build.mjs
	@command -v npm >/dev/null || { echo "npm not found; installing Debian's nodejs and npm"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm; }
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error && npm run build

# The browser tests drive Debian's Chromium (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null || { echo "chromium not found; installing Debian's"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium; } || \
		echo "warning: could not install chromium; the browser tests will be skipped"

demo: install web
	$(BIN)/eventatlas demo

test: install web browser
	$(BIN)/ruff check eventatlas tests benchmarks
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check eventatlas tests benchmarks
	$(BIN)/ruff format --check eventatlas tests benchmarks

bench: install web browser
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python benchmarks/language.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/real.py
	$(BIN)/python benchmarks/stories.py
	$(BIN)/python benchmarks/events.py
	$(BIN)/python benchmarks/merge.py
	$(BIN)/python benchmarks/case2021.py
	$(BIN)/python benchmarks/timelines.py
	$(BIN)/python benchmarks/api.py
	$(BIN)/python benchmarks/startup.py

clean:
	rm -rf $(VENV) *.egg-info eventatlas-demo.db* .pytest_cache .ruff_cache \
		$(WEB)/node_modules $(WEB)/static/dist
