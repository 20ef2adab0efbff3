# Two commands for a fresh machine: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test translations benchmark installer clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

translations: $(STAMP)
	$(PY) -m staan_desktop.gui.i18n_build

run: $(STAMP) translations
	$(PY) main.py $(FILE)

# The quality gates first (ruff, then mypy as configured in pyproject.toml), then the tests.
test: $(STAMP) translations
	bash scripts/system-deps.sh
	$(PY) -m ruff check .
	$(PY) -m mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n 2 $(ARGS)

# Timed comparisons against baselines measured in the same run (not part of `make test`).
benchmark: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks $(ARGS)

# The one-folder application with PyInstaller, then its own --selftest.
installer:
	bash scripts/build_installer.sh

clean:
	rm -rf $(VENV) build .pytest_cache .hypothesis
