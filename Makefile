# Point B developer commands. `make run` and `make test` create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-test
DEMO := workshops/demo.pointb

.PHONY: run demo test lint pytest screenshots bench package clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

# `make run` opens the demo workshop and keeps what you changed in it: the demo is written
# only when it is missing. `make demo` writes a fresh one (your changes to it are replaced).
run: $(STAMP)
	@test -e $(DEMO) || $(BIN)/pointb demo $(DEMO)
	$(BIN)/pointb $(DEMO)

demo: $(STAMP)
	$(BIN)/pointb demo $(DEMO) --force

lint: $(STAMP)
	$(BIN)/ruff check app tests
	$(BIN)/mypy app
	$(BIN)/lint-imports

# Every test, on every core. worksteal: a worker that runs out of tests takes some of the
# other's queue, so the long ones (marked `slow`) never leave one core working alone at the
# end. docs/testing.md
pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -n auto --dist worksteal

test: lint pytest

# Refresh resources/i18n/pointb_ru.ts from app/ui (pyside6-lupdate plus translate-wrapper
# strings) and compile pointb_ru.qm (pyside6-lrelease); then merge the texts of exports and
# explanations into resources/locale/*/LC_MESSAGES/pointb.po and compile each pointb.mo.
# New strings come in untranslated: translate them (pyside6-linguist, any .po editor), run
# again; `python -m app.ui.i18n check` lists them. docs/translating.md
translations: $(STAMP)
	$(BIN)/python -m app.ui.i18n update

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.ui.screenshots docs/img
	$(BIN)/python -m tests.export.make_doc_images docs/img
	# The Russian console, presenter and laptop shots; the other pictures stay in English.
	tmp=$$(mktemp -d) && QT_QPA_PLATFORM=offscreen $(BIN)/python -m app.ui.screenshots $$tmp --lang ru \
	  && cp $$tmp/console-ru.png $$tmp/presenter-ru.png $$tmp/join-projector-ru.png \
	     $$tmp/laptop-ru-*.png docs/img/ \
	  && rm -rf $$tmp

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks

# The Linux bundle dist/pointb/, dist/pointb-<version>-linux-<machine>.tar.gz, and the frozen
# test (selftest and PDF export from the bundle). Not part of `make test`. docs/packaging.md
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[package]"
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/python packaging/build.py

clean:
	rm -rf $(VENV) build dist *.egg-info
