# The two commands: `make run` serves unioncase, `make test` runs the whole suite.
# Each creates or reuses .venv and installs what it needs; no root, Docker or server.

PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
# Without REDIS_URL the bundled Redis runs beside web, worker and beat.
PROCFILE := $(if $(REDIS_URL),Procfile,Procfile.embedded)

.PHONY: run test lint

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("unioncase needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

run: $(STAMP)
	$(BIN)/flask --app service.app db upgrade
	$(BIN)/flask --app service.app bootstrap --url http://127.0.0.1:$(PORT)
	PATH="$(abspath $(BIN)):$$PATH" $(BIN)/honcho start -f $(PROCFILE) -p $(PORT) web worker beat $(if $(REDIS_URL),,redis)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
