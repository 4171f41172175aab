# Two entry points for a fresh machine with Python 3.11, pip and make:
#   make build   run the main job on the bundled corpus (results in build/)
#   make test    run the whole test suite
# Each creates or reuses .venv and installs what it needs.

PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
# torch's CPU build, installed before the `mt` extra so that argostranslate never pulls CUDA packages
TORCH_CPU = torch==2.13.0

.PHONY: build test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install -q $(TORCH_CPU)
	$(BIN)/python -m pip install -q -e '.[test,mt]'
	$(PYTHON) tests/setup_clients.py
	touch $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

build: install
	$(BIN)/yakugo build corpus/ --out build/
	@echo "Results: $(CURDIR)/build/ (glossary.json, glossary.tbx, glossary.utf8, glossary.csv, glossary.po, memory.tmx)"

test: install-test
	$(BIN)/python -m pytest

clean:
	rm -rf build/ $(VENV)
