# fivesafes: Five Safes RO-Crate tools. `make test` and `make demo` work on a fresh machine with only Swift.
SWIFT ?= swift
APT_PACKAGES := libarchive-dev libxml2-dev pkg-config
BIN := .build/debug/fivesafes
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

VENV := .venv-test

.PHONY: all deps test-deps build test demo docs generate record lint format bench ci clean

all: build

## deps: install the system libraries (libarchive, libxml2, pkg-config) when any is missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $(APT_PACKAGES); \
	fi

## test-deps: a test-only Python venv with the peers the interoperability tests call (jsonschema)
test-deps:
	@if ! $(VENV)/bin/python -c 'import jsonschema' >/dev/null 2>&1; then \
		command -v python3 >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3 python3-venv; }; \
		python3 -m venv $(VENV) || { $(SUDO) apt-get install -y python3-venv && python3 -m venv $(VENV); }; \
		$(VENV)/bin/pip install --quiet --disable-pip-version-check jsonschema; \
	fi

## build: compile everything (debug)
build: deps
	$(SWIFT) build

## test: build and run every test
test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## demo: validate the bundled crates, package one as a BagIt ZIP and validate the ZIP
DEMO_DIR := .build/demo
demo: build
	@echo "== fivesafes validate Fixtures/crates/valid/request (a valid request crate) =="
	$(BIN) validate --level recommended Fixtures/crates/valid/request
	@echo
	@echo "== fivesafes validate Fixtures/crates/valid/result (a result crate with every review phase) =="
	$(BIN) validate --level recommended Fixtures/crates/valid/result
	@echo
	@echo "== the official 0.4 example request has known defects (exit 1 expected) =="
	-$(BIN) validate Fixtures/official/0.4/example-request.bagit.zip
	@echo
	@echo "== the same as a JSON report (first lines) =="
	-$(BIN) validate --format json Fixtures/official/0.4/example-request.bagit.zip | head -30
	@echo
	@echo "== fivesafes zip: the request as a BagIt bag in a ZIP, then validate the ZIP =="
	rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	SOURCE_DATE_EPOCH=1700000000 $(BIN) zip Fixtures/crates/valid/request -o $(DEMO_DIR)/request.zip \
		--external-identifier urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb
	unzip -l $(DEMO_DIR)/request.zip
	$(BIN) validate --level recommended $(DEMO_DIR)/request.zip

## generate: embed Schemas/ (contexts, profiles) into Swift sources; a test fails when this is stale
generate:
	$(SWIFT) run fivesafes-embed-schemas .

## docs: regenerate RULES.md and the generated tables of README.md from Schemas/ and bench/RESULTS.md
docs:
	python3 Schemas/render_docs.py

## record: rewrite golden expected.json files (the run fails on purpose; review the diff)
record:
	FIVESAFES_RECORD=1 $(SWIFT) test || true
	git status --short Fixtures

## lint / format: the toolchain's swift-format with the committed .swift-format
lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

## bench: performance against baselines run in the same script (not a test)
bench: deps
	$(SWIFT) build -c release
	bash bench/run.sh

ci: deps build test

clean:
	rm -rf .build
