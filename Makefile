# ShopTeam — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM     := resources/i18n/shopteam_zh_CN.qm

.PHONY: setup run test lint bench translations package clean

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock -e ".[dev,package]"
	touch $(STAMP)

# Compiled translations are build outputs: made from the .ts files kept in the repository.
$(QM): resources/i18n/shopteam_zh_CN.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent resources/i18n/shopteam_zh_CN.ts -qm $(QM)

run: setup
	@$(BIN)/python -m shopteam.qtcheck
	$(BIN)/shopteam

lint: setup
	$(BIN)/lint-imports
	$(BIN)/ruff check .

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 tests

# Re-extract the strings of the UI into the .ts file (translators then fill them in).
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find shopteam -name '*.py' | sort) -ts resources/i18n/shopteam_zh_CN.ts -no-obsolete

bench: setup
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_filter.py

package: setup
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build packaging/shopteam.spec

clean:
	rm -rf build dist $(QM)
