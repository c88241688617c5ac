# Two commands on a fresh machine: `make run` and `make test` (see README.md).
# Both are idempotent: the virtual environment is created once and reinstalled only when
# pyproject.toml changes (the stamp files below).

PYTHON ?= python3
VENV   := .venv
PY     := $(CURDIR)/$(VENV)/bin/python
FLASK  := $(PY) -m flask --app wsgi
HOST   ?= 127.0.0.1
PORT   ?= 5000

FRONTEND := app/web/frontend
BUNDLE   := app/web/static/dist/app.js

.PHONY: run test test-postgres setup setup-dev db bank bench bundle clean

# The server starts at once; a first `bank sync` (about a minute: every expected output is computed
# by the reference in the sandbox) runs beside it and each problem is served as soon as it is
# written. Later runs find the bank unchanged in about a second. Ctrl-C stops both.
run: setup db bundle
	@$(FLASK) bank sync & sync=$$!; \
	trap 'kill $$sync 2>/dev/null' EXIT; \
	$(FLASK) run --host $(HOST) --port $(PORT) --no-reload

# The suite on SQLite; then, in CI (or with TEST_POSTGRES_URL set), every test that touches a
# database once more on PostgreSQL.
test: setup-dev bundle
	$(PY) -m pytest $(PYTEST_ARGS)
	@if [ "$$CI" = "true" ] || [ -n "$$TEST_POSTGRES_URL" ]; then $(MAKE) --no-print-directory test-postgres; fi

test-postgres: setup-dev
	TEST_DATABASE=postgresql $(PY) -m pytest $(PYTEST_ARGS)

setup: $(VENV)/.stamp-run
setup-dev: $(VENV)/.stamp-dev

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.stamp-run: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-dev: pyproject.toml | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.stamp-run

db: setup
	$(FLASK) db upgrade

bank: setup db
	$(FLASK) bank sync

# The browser bundle (CodeMirror 6 + htmx + our modules), built from npm's registry by esbuild,
# rebuilt when its sources change. Without npm the pages still work, with a plain textarea editor.
bundle: $(BUNDLE)

$(BUNDLE): $(FRONTEND)/package.json $(FRONTEND)/package-lock.json $(wildcard $(FRONTEND)/src/*.js)
	@if command -v npm >/dev/null 2>&1; then \
	  cd $(FRONTEND) && npm ci --no-audit --no-fund --loglevel=error && npm run --silent build; \
	else \
	  echo "npm is not installed: the pages use a plain textarea instead of the editor (install Node.js, then make bundle)"; \
	fi

bench: setup-dev
	$(PY) bench/judge.py

clean:
	rm -rf $(VENV) instance .pytest_cache $(FRONTEND)/node_modules app/web/static/dist test-artifacts
