# The two commands of the README: `make run` and `make test`. `make help` lists the rest.
SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py

# A Python 3.12+ interpreter: $(PYTHON) if given, else the first suitable one found on PATH or
# under pyenv's versions folder.
define FIND_PYTHON
for candidate in "$(PYTHON)" python3.13 python3.12 python3 \
	$$HOME/.pyenv/versions/3.13*/bin/python $$HOME/.pyenv/versions/3.12*/bin/python; do \
	[ -n "$$candidate" ] || continue; \
	command -v "$$candidate" >/dev/null 2>&1 || continue; \
	"$$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1 || continue; \
	echo "$$candidate"; exit 0; \
done; exit 1
endef

.PHONY: help run test lint check install node catalogs messages superuser clean bench lighthouse screenshots

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

# The development environment: what the site runs on (requirements.txt) and the tests and tooling
# (requirements-dev.txt, which includes it). A production install needs only
# `pip install -r requirements.txt`.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	@python=$$($(FIND_PYTHON)) || { \
		echo "No Python 3.12 or newer found. Install one, or run: make PYTHON=/path/to/python3.12 ..." >&2; \
		exit 1; }; \
	echo "Using $$python ($$($$python --version))"; \
	[ -x $(PY) ] || $$python -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv
	$(VENV)/bin/uv pip install --quiet --python $(PY) -r requirements-dev.txt
	@touch $@

install: $(VENV)/.installed ## Create .venv and install the pinned requirements, tests and tooling too

# The browser tests' judges and Lighthouse: the Nu Html Checker (run with Java) and Lighthouse,
# at the versions package-lock.json pins. The browser is Debian's chromium (apt-get install chromium).
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { echo "npm is missing: apt-get install nodejs npm" >&2; exit 1; }
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

node: node_modules/.installed ## Install the npm packages the browser tests use (vnu-jar, lighthouse)

.env:
	@echo "Creating .env for local development (DEBUG on, a fresh SECRET_KEY, an admin password)"
	@{ echo "DEBUG=1"; \
	   echo "SECRET_KEY=$$(openssl rand -hex 32 2>/dev/null || head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')"; \
	   echo "ALLOWED_HOSTS=localhost,127.0.0.1"; \
	   echo "DEV_ADMIN_PASSWORD=$$(openssl rand -hex 8 2>/dev/null || head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n')"; \
	} > .env

# The interface catalogs (README, "Interface translations"): locale/<language>/LC_MESSAGES/
# django.po, written by hand; `catalogs` compiles the .mo files the site reads (only those older
# than their .po), `messages` brings the .po files up to date with the code. Neither walks into
# the environment or the npm packages (their own catalogs are not ours); GNU gettext's msgfmt and
# xgettext do the work (apt-get install gettext).
CATALOG_LANGUAGES := $(notdir $(wildcard locale/*))
I18N_IGNORE := --ignore=.venv --ignore=node_modules --ignore=staticfiles --ignore=tests

catalogs: install ## Compile the interface catalogs (locale/*/LC_MESSAGES/django.po)
	@command -v msgfmt >/dev/null || { echo "msgfmt is missing: apt-get install gettext" >&2; exit 1; }
	SECRET_KEY=$${SECRET_KEY:-catalogs-only} $(MANAGE) compilemessages $(I18N_IGNORE) --verbosity 0

messages: install ## Update the catalogs from the code's strings (then translate the new entries)
	SECRET_KEY=$${SECRET_KEY:-catalogs-only} $(MANAGE) makemessages $(addprefix -l ,$(CATALOG_LANGUAGES)) \
		$(I18N_IGNORE) --no-obsolete

# The port `make run` serves on: PORT=8001 make run (or make run PORT=8001).
PORT ?= 8000

# The background tasks' worker (db_worker: publications' covers and texts) runs beside the server,
# without reloading (a reloading worker's child would outlive it); the trap stops it when the
# server stops, however it stops.
run: install .env catalogs ## From nothing to the site on http://127.0.0.1:$PORT, 8000 by default (reference data, demo content, the tasks' worker)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_reference_data
	$(MANAGE) import_redirects seed/data/old_addresses.csv
	$(MANAGE) load_demo_content
	$(MANAGE) createinitialrevisions
	$(MANAGE) create_roles
	PORT=$(PORT) $(MANAGE) create_dev_admin
	$(MANAGE) process_publication_files
	@echo "The site: http://127.0.0.1:$(PORT)/ and its admin: http://127.0.0.1:$(PORT)/admin/"
	@echo "(passkeys work at http://localhost:$(PORT)/admin/, the address they are made for)"
	@echo "(the background tasks' worker runs beside the server, and stops with it)"
	$(MANAGE) db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; trap 'exit 130' INT TERM HUP; \
	WEBAUTHN_ORIGINS=$${WEBAUTHN_ORIGINS:-http://localhost:$(PORT)} $(MANAGE) runserver 127.0.0.1:$(PORT)

# The tests in two runs, both always made: the suite in parallel (pytest-xdist, one worker per
# core, each with a test database of its own; WORKERS=0 runs it in one process), then the browser
# tests (marker e2e) in one process. Either run failing fails the target; one that PYTEST_ARGS
# leaves with no test (pytest's exit status 5) does not, unless the other has none either.
WORKERS ?= auto

test: install node catalogs ## Run every test, browser tests included (SQLite, or PostgreSQL with DATABASE_URL)
	@status=0; empty=0; \
	$(VENV)/bin/pytest -n $(WORKERS) -m "not e2e" $(PYTEST_ARGS) || { rc=$$?; \
		[ $$rc -eq 5 ] && empty=$$((empty + 1)) || status=$$rc; }; \
	$(VENV)/bin/pytest -m e2e $(PYTEST_ARGS) || { rc=$$?; \
		[ $$rc -eq 5 ] && empty=$$((empty + 1)) || status=$$rc; }; \
	[ $$empty -lt 2 ] || { echo "make test: PYTEST_ARGS selects no test" >&2; status=5; }; \
	exit $$status

lint: install ## ruff, import layers, template-free checks, migrations up to date
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	SECRET_KEY=lint-only $(MANAGE) check
	SECRET_KEY=lint-only $(MANAGE) makemigrations --check --dry-run

bench: install ## Time the newsroom on PostgreSQL at 1,000 and 100,000 releases (bench/README.md)
	$(PY) -m bench.bench $(BENCH_ARGS)

lighthouse: install node ## Lighthouse scores of the main pages (lighthouse/README.md)
	lighthouse/run

screenshots: install ## Every page type at desktop and phone widths, as PNG files in screenshots/
	$(MANAGE) screenshots $(SCREENSHOTS_ARGS)

superuser: install .env ## Create another admin account interactively
	$(MANAGE) createsuperuser

clean: ## Remove the virtual environment and caches (keeps db.sqlite3, media/ and .env)
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache .import_linter_cache staticfiles
