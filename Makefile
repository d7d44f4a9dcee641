# Everything a user or CI needs, from a fresh clone: `make demo`, `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed"'
	@$(PYTHON) -m venv $(VENV) 2>/dev/null || { \
		echo "python3 -m venv failed; installing Debian's python3-venv"; \
		apt-get update -qq && apt-get install -y -qq python3-venv && $(PYTHON) -m venv $(VENV); }
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

demo: install
	$(BIN)/eventatlas demo

test: install
	$(BIN)/ruff check eventatlas tests benchmarks
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check eventatlas tests benchmarks
	$(BIN)/ruff format --check eventatlas tests benchmarks

bench: install
	$(BIN)/python -m pip install -q -e '.[test,bench]'
	$(BIN)/python benchmarks/language.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/stories.py
	$(BIN)/python benchmarks/events.py
	$(BIN)/python benchmarks/merge.py
	$(BIN)/python benchmarks/case2021.py
	$(BIN)/python benchmarks/timelines.py

clean:
	rm -rf $(VENV) *.egg-info eventatlas-demo.db* .pytest_cache .ruff_cache
