# ShopTeam — the two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
QM     := resources/i18n/shopteam_zh_CN.qm

.PHONY: setup run test lint postgresql bench translations package smoke bundle-smoke clean

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

# The tests start their own throwaway PostgreSQL server (tests/pg_server.py): install Debian's server
# package when its binaries are missing (with sudo unless root).
postgresql:
	@command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  echo "installing PostgreSQL for the tests (apt-get install postgresql)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && $$SUDO apt-get install -y -q postgresql; }

test: lint postgresql
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 tests

# Re-extract the strings of the UI into the .ts file: list the error sentences for lupdate
# (ui/error_texts.py), run lupdate, then write in every translation tools/zh_CN_translations.py knows
# and name the texts still missing (add them there and run this again).
translations: $(STAMP)
	$(BIN)/python tools/collect_error_texts.py
	$(BIN)/pyside6-lupdate $$(find shopteam -name '*.py' | sort) -ts resources/i18n/shopteam_zh_CN.ts -no-obsolete
	$(BIN)/python tools/fill_translations.py

# The speed figures of the README (minutes; not part of CI). The bundle's needs `make package` first.
bench: setup
	$(BIN)/python benchmarks/bench_startup.py
	$(BIN)/python benchmarks/bench_filter.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_import.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_board.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_appraisal.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_payout.py
	$(BIN)/python benchmarks/bench_month_summary.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/bench_postgres.py

# The desktop bundle: dist/ShopTeam/ (one folder; ShopTeam.exe on Windows). See packaging/shopteam.spec.
BUNDLE := dist/ShopTeam/ShopTeam

package: setup
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build packaging/shopteam.spec
	@du -sh dist/ShopTeam

# --smoke-test from the source tree: every piece the app needs is there and works (offscreen).
smoke: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m shopteam --smoke-test

# The same for the built bundle (after `make package`), and its --version must be this version.
bundle-smoke:
	@test -x $(BUNDLE) || { echo "no bundle at $(BUNDLE): run 'make package' first" >&2; exit 1; }
	QT_QPA_PLATFORM=offscreen $(BUNDLE) --smoke-test
	@expected="ShopTeam $$(sed -n 's/^__version__ = "\(.*\)"/\1/p' shopteam/__init__.py)"; \
	got="$$(QT_QPA_PLATFORM=offscreen $(BUNDLE) --version)"; \
	if [ "$$got" != "$$expected" ]; then echo "bundle --version printed '$$got', expected '$$expected'" >&2; exit 1; fi; \
	echo "ok: bundle --version: $$got"

clean:
	rm -rf build dist $(QM)
