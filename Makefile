# Everything a fresh machine needs is installed by these targets: `make run`, `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))

.PHONY: run test setup lint format translations bench clean system-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

setup: $(STAMP) translations

# Bytecode as an installed app has it (also where PYTHONDONTWRITEBYTECODE is set): start-up.
run: setup
	@sh installer/system-deps.sh run
	@$(BIN)/python -m compileall -q app
	$(BIN)/asa

# Debian packages the suite needs (PostgreSQL server binaries, poppler); a no-op when present.
system-deps:
	@sh installer/system-deps.sh test

test: setup system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info resources/translations/*.qm tests/screenshots
