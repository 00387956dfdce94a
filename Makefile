# The two commands of the README: `make demo` (the main job on the example minutes) and `make test`.
PYTHON ?= python3
VENV ?= .venv
INSTALL ?= -e
BIN := $(VENV)/bin
STORE ?= govkg-data
OUT ?= out
BODY ?= GR kommunchefsgrupp

.PHONY: setup demo test lint bench clean

setup: $(BIN)/.installed

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q $(INSTALL) '.[test]'
	touch $@

demo: setup
	$(BIN)/govkg extract examples/minutes --body "$(BODY)" --out $(OUT)/extraction
	$(BIN)/govkg build examples/minutes --body "$(BODY)" --store $(STORE)
	$(BIN)/govkg validate --store $(STORE)
	$(BIN)/govkg query run attendance-per-municipality --store $(STORE) --format table
	$(BIN)/govkg export graphml --store $(STORE) --out $(OUT)/network.graphml
	$(BIN)/govkg explore --store $(STORE) --out $(OUT)/explorer.html
	@echo "store: $(STORE)/  extraction JSON: $(OUT)/extraction/  GraphML: $(OUT)/network.graphml  explorer: $(OUT)/explorer.html"

test: setup
	$(BIN)/python -m pytest -q

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

bench: setup
	$(BIN)/python bench/run.py

clean:
	rm -rf $(STORE) $(OUT)
