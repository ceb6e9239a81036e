# The two set-up commands of the README. Each creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium

.PHONY: graph test browser lint clean

$(BIN)/kg: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/kg

graph: $(BIN)/kg  ## build graphs/ from the bundled ImmunoGen corpus: the graph, its analysis and explorer
	$(BIN)/kg build
	$(BIN)/kg analyze
	$(BIN)/kg explore

# The explorer test drives a real browser: Debian's chromium (needs root or sudo the first time).
browser:
	@test -x $(CHROMIUM) || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; } \
	  || { echo "Error: the explorer test needs Debian's chromium at $(CHROMIUM) (apt-get install chromium)"; exit 1; }

lint: $(BIN)/kg
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks
	$(BIN)/mypy

test: $(BIN)/kg browser lint  ## lint, type-check and run the whole test suite
	$(BIN)/pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
