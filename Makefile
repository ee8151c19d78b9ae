# KKR Desk: the two commands of the README, and a few helpers.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
DEMO   ?= .demo/kkrdesk-demo.sqlite

.PHONY: run test test-pg soak demo screenshots bench check clean pdfa-check dist dist-check translations

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

## run: open the app on the demo database (made on first run)
run: $(STAMP) $(DEMO)
	$(PY) -m compileall -q kkrdesk
	$(PY) -m kkrdesk --db $(DEMO)

$(DEMO): | $(STAMP)
	mkdir -p $(dir $(DEMO))
	$(PY) -m kkrdesk demo $(DEMO)

demo: $(DEMO)

## test: the layering contracts (import-linter), then the whole suite, offscreen
test: $(STAMP)
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

## test-pg: the tests of the store, the services, search and copy once more on PostgreSQL: a
## throw-away server (initdb + pg_ctl on a Unix socket in a temporary folder, no TCP) that
## the tests start and remove; skipped with a reason when PostgreSQL is not installed
PG_TESTS := tests/server \
  tests/core/test_reference_and_demo.py \
  tests/core/test_search_index.py \
  tests/core/test_store.py \
  tests/agenda/test_agenda_import_service.py \
  tests/agenda/test_agenda_service.py \
  tests/agenda/test_meeting_rows.py \
  tests/agenda/test_bilag_names.py \
  tests/agenda/test_export_docx_referat.py \
  tests/agenda/test_export_docx_template.py \
  tests/agenda/test_minutes_service.py \
  tests/agenda/test_referat_faithful.py \
  tests/participants/test_import_participants_bombs.py \
  tests/participants/test_participants_attendance.py \
  tests/participants/test_participants_memberships.py \
  tests/participants/test_participants_services.py \
  tests/sor/test_sor_rules.py \
  tests/sor/test_sor_services.py \
  tests/sor/test_sor_summary_issue21.py \
  tests/projects/test_projects_services.py \
  tests/projects/test_projects_timeline.py \
  tests/projects/test_timeline_labels.py \
  tests/overview/test_overview_meetings.py \
  tests/overview/test_overview_xlsx_properties.py \
  tests/overview/test_workbook_print.py
test-pg: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --backend=postgresql -p no:cacheprovider $(PG_TESTS)

## soak: tests/reliability many more times (SOAK=n times the usual kills and hostile-text
## cases; SEED picks other random moments); the figures add up in .soak-tally.json
SOAK ?= 20
SEED ?= 7
soak: $(STAMP)
	rm -f .soak-tally.json
	QT_QPA_PLATFORM=offscreen KKRDESK_SOAK=$(SOAK) KKRDESK_SEED=$(SEED) \
	  KKRDESK_RELIABILITY_TALLY=$(CURDIR)/.soak-tally.json $(PY) -m pytest tests/reliability
	cat .soak-tally.json

## screenshots: the README pictures
screenshots: $(STAMP)
	rm -f .demo/shots.sqlite* && mkdir -p .demo
	$(PY) -m kkrdesk demo .demo/shots.sqlite
	QT_QPA_PLATFORM=offscreen $(PY) -m kkrdesk --screenshot docs/screenshots --db .demo/shots.sqlite
	QT_QPA_PLATFORM=offscreen $(PY) -m kkrdesk --screenshot docs/screenshots/en --db .demo/shots.sqlite --lang en

## translations: the window's English (pyside6-lupdate into resources/translations/
## kkrdesk_en.ts, whose new texts are then translated, and pyside6-lrelease into the .qm
## the app loads; tests/app/test_translations.py fails while one is missing or stale)
translations: $(STAMP)
	$(PY) packaging/translations.py update

## bench: benchmarks against the floors in ../shared/bench
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

## pdfa-check: the demo's agenda and referat as PDF, validated by veraPDF (PDF/A-1b) when a
## `verapdf` command is on PATH (veraPDF needs Java 11+ and is installed from verapdf.org;
## VERAPDF=/path/to/verapdf picks another); without it, says so and stops with exit 2
VERAPDF ?= verapdf
pdfa-check: $(STAMP) $(DEMO)
	@command -v $(VERAPDF) >/dev/null 2>&1 || { echo "veraPDF er ikke installeret ($(VERAPDF) findes ikke); se README, Dokumenter"; exit 2; }
	mkdir -p .demo/pdfa
	$(PY) -m kkrdesk export agenda --db $(DEMO) --meeting 2025-06-18 -o .demo/pdfa/dagsorden.pdf
	$(PY) -m kkrdesk export minutes --db $(DEMO) --meeting 2025-06-18 -o .demo/pdfa/referat.pdf
	$(VERAPDF) --flavour 1b --format text .demo/pdfa/dagsorden.pdf .demo/pdfa/referat.pdf

## dist: the one-folder laptop build in dist/kkrdesk/ (PyInstaller from build.spec, for the
## system it runs on), then its size
BUILD_STAMP := $(VENV)/.installed-build
$(BUILD_STAMP): $(STAMP) pyproject.toml
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[build]'
	touch $(BUILD_STAMP)

dist: $(BUILD_STAMP)
	rm -rf build/pyinstaller dist/kkrdesk
	$(VENV)/bin/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
	  --distpath dist build.spec
	du -sh dist/kkrdesk

## dist-check: the frozen build (made first if missing) copied to a temporary folder and run
## there offscreen: first start, demo, window, exports opened again, agenda imports, an old
## database upgraded, nothing written into the bundle, size at most DIST_MAX_MB MiB
DIST_MAX_MB ?= 150
dist-check: $(BUILD_STAMP)
	test -x dist/kkrdesk/kkrdesk || $(MAKE) dist
	$(PY) packaging/dist_check.py dist/kkrdesk --max-mb $(DIST_MAX_MB)

clean:
	rm -rf $(VENV) .demo build dist *.egg-info
