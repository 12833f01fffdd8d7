# Everything a fresh machine needs is installed by these targets: `make run`, `make test`.
# Two installs from one tree (docs/deployment.md): `make run` installs the desktop app only;
# `make test` (and `make setup`) add the central service's extra and the dev tools.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DESKTOP := $(VENV)/.installed-desktop
STAMP := $(VENV)/.installed
QM := $(patsubst %.ts,%.qm,$(wildcard resources/translations/*.ts))
# The supervisor pages' gettext catalogues (Babel; app/central/web/translations).
WEB_MO := $(patsubst %.po,%.mo,$(wildcard app/central/web/translations/*/LC_MESSAGES/*.po))

.PHONY: run test setup desktop lint format translations web-translations web-messages bench bundle clean system-deps demo-service

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(DESKTOP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(DESKTOP)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[central,dev]'
	touch $(STAMP) $(DESKTOP)

# Written beside and renamed: a running ASA maps the old file, and rewriting it in place
# turned its interface English until the next start.
resources/translations/%.qm: resources/translations/%.ts | $(DESKTOP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@.tmp && mv $@.tmp $@

app/central/web/translations/%.mo: app/central/web/translations/%.po | $(STAMP)
	$(BIN)/pybabel -q compile -i $< -o $@

translations: $(QM)

# The pages' catalogues need Babel, which only the central extra brings.
web-translations: $(WEB_MO)

# After changing the pages' texts: new msgids into the .po files (then translate them).
web-messages: setup
	mkdir -p .tmp
	$(BIN)/pybabel -q extract -F app/central/web/babel.cfg --no-location --sort-output \
		-o .tmp/web-messages.pot app/central/web
	$(BIN)/pybabel -q update -i .tmp/web-messages.pot -d app/central/web/translations \
		--no-fuzzy-matching

desktop: $(DESKTOP) translations

setup: $(STAMP) translations web-translations

# Bytecode as an installed app has it (also where PYTHONDONTWRITEBYTECODE is set): start-up.
run: desktop
	@sh installer/system-deps.sh run $(BIN)/python
	@$(BIN)/python -m compileall -q app
	$(BIN)/asa

# Debian packages the suite needs (PostgreSQL, poppler, minisign, Xvfb, the libraries of
# Qt's xcb plugin); a no-op when present.
system-deps:
	@sh installer/system-deps.sh test $(BIN)/python

test: setup system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# A demo service for the supervisor pages (asa central demo): PostgreSQL, the service, demo
# transcripts; prints the address, a user name and a password. Ctrl+C ends it.
demo-service: setup system-deps
	$(BIN)/asa central demo

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

# The desktop app as a PyInstaller one-folder bundle, archived, with SHA256SUMS; signed when
# ASA_SIGNING_KEY names a minisign secret key (docs/deployment.md). Output in dist/.
bundle: setup
	$(BIN)/python installer/build.py

format: setup
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info .import_linter_cache resources/translations/*.qm \
		app/central/web/translations/*/LC_MESSAGES/*.mo tests/screenshots
