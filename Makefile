PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint typecheck importlint pytest sysdeps forms screenshots bench bundle clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

sysdeps:
	@bash scripts/system-deps.sh

run: $(STAMP) sysdeps
	$(BIN)/custody-app

lint: $(STAMP)
	$(BIN)/ruff check custody_app tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

importlint: $(STAMP)
	$(BIN)/lint-imports

pytest: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q

test: $(STAMP) sysdeps lint typecheck importlint pytest

forms: $(STAMP)
	$(BIN)/python scripts/build_forms.py

screenshots: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/custody-app screenshots docs/screenshots

# the quick benchmarks; benchmarks/store.py and benchmarks/startup.py build a ten-year store (minutes)
bench: $(STAMP)
	$(BIN)/python benchmarks/audit.py
	$(BIN)/python benchmarks/reports.py

bundle: $(STAMP) sysdeps
	bash scripts/bundle.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
