# fivesafes: Five Safes RO-Crate tools. `make test` and `make demo` work on a fresh machine with only Swift.
SWIFT ?= swift
APT_PACKAGES := libarchive-dev libxml2-dev pkg-config
BIN := .build/debug/fivesafes
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

VENV := .venv-test

.PHONY: all deps test-deps build test reference demo demo-provenance demo-provenance-steps demo-disclosure demo-disclosure-steps screenshot docs generate record lint format bench fuzz fuzz-build ci clean

all: build

## deps: install the system libraries (libarchive, libxml2, pkg-config) when any is missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $(APT_PACKAGES); \
	fi

## test-deps: a test-only Python venv with the peers the interoperability tests call (jsonschema, rdflib),
## Graphviz `dot` (Debian graphviz) for the provenance export tests, and libxml2's `xmllint` (libxml2-utils) for JUnit
test-deps:
	@if ! $(VENV)/bin/python -c 'import jsonschema, rdflib, bagit' >/dev/null 2>&1; then \
		command -v python3 >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y python3 python3-venv; }; \
		[ -x $(VENV)/bin/python ] || python3 -m venv $(VENV) || { $(SUDO) apt-get install -y python3-venv && python3 -m venv $(VENV); }; \
		$(VENV)/bin/pip install --quiet --disable-pip-version-check jsonschema rdflib bagit; \
	fi
	@command -v dot >/dev/null || { echo "installing: graphviz"; $(SUDO) apt-get update && $(SUDO) apt-get install -y graphviz; }
	@command -v xmllint >/dev/null || { echo "installing: libxml2-utils"; $(SUDO) apt-get update && $(SUDO) apt-get install -y libxml2-utils; }
	@command -v openssl >/dev/null && command -v ssh-keygen >/dev/null || { echo "installing: openssl openssh-client (signature interop tests)"; $(SUDO) apt-get update && $(SUDO) apt-get install -y openssl openssh-client; }

## build: compile everything (debug)
build: deps
	$(SWIFT) build

## test: build and run every test
test: deps test-deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## fuzz: build the libFuzzer entry point with AddressSanitizer and run every target FUZZ_SECONDS (default 60) each;
## fails on any crash, leak, timeout or out-of-memory (inputs kept in .build-fuzz/artifacts/TARGET/)
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= json crate bagit zip signature table
FUZZ_BUILD := .build-fuzz
fuzz: fuzz-build
	python3 Fixtures/scripts/fuzz.py --binary $(FUZZ_BUILD)/release/fivesafes-fuzz --build $(FUZZ_BUILD) \
		--seconds $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# libFuzzer without its main (SwiftPM links executables with their own main, which enters libFuzzer's driver),
# with the coverage -sanitize=fuzzer would add (8-bit counters, PC table, comparison tracing) and AddressSanitizer.
FUZZER_LIB = $(firstword $(wildcard $(dir $(realpath $(shell command -v swiftc)))../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-$(shell uname -m).a))
fuzz-build: deps
	@test -n "$(FUZZER_LIB)" || { echo "libclang_rt.fuzzer_no_main not found beside swiftc"; exit 1; }
	$(SWIFT) build -c release --scratch-path $(FUZZ_BUILD) --product fivesafes-fuzz --sanitize address \
		-Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp -Xswiftc -DFUZZING \
		-Xlinker $(FUZZER_LIB) -Xlinker -lstdc++

## demo: validate the bundled crates, package one as a BagIt ZIP and validate the ZIP
DEMO_DIR := .build/demo
demo: build
	rm -rf $(DEMO_DIR) && mkdir -p $(DEMO_DIR)
	@echo "== fivesafes init: a folder of inputs becomes a request crate in $(DEMO_DIR)/sample =="
	mkdir -p $(DEMO_DIR)/sample && cp Fixtures/crates/valid/request/input1.txt $(DEMO_DIR)/sample/mutations.txt
	$(BIN) init $(DEMO_DIR)/sample --name "Mutation screening for TRE72 project 81" --license CC-BY-4.0 \
		--workflow "https://workflowhub.eu/workflows/289?version=1" --agent 0000-0002-1825-0097 --agent-name "Josiah Carberry" \
		--project project81 --tre tre72 --project-name "Protein stability of candidate mutations" \
		--organization https://ror.org/05gq02987 --organization-name "Brown University" --input-file mutation_list=mutations.txt --input fast_mode=true
	$(BIN) validate --level recommended $(DEMO_DIR)/sample
	$(BIN) inspect $(DEMO_DIR)/sample
	@echo
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
	SOURCE_DATE_EPOCH=1700000000 $(BIN) zip Fixtures/crates/valid/request -o $(DEMO_DIR)/request.zip \
		--external-identifier urn:uuid:9796155a-fe44-4614-89b8-71945f718ffb
	unzip -l $(DEMO_DIR)/request.zip
	$(BIN) validate --level recommended $(DEMO_DIR)/request.zip
	command -v ssh-keygen >/dev/null || { $(SUDO) apt-get update && $(SUDO) apt-get install -y openssh-client; }; ssh-keygen -q -t ed25519 -N "" -C demo-throwaway-key -f $(DEMO_DIR)/throwaway-key && $(BIN) sign $(DEMO_DIR)/request.zip --ssh-key $(DEMO_DIR)/throwaway-key
	echo "demo@example.org $$(cut -d' ' -f1,2 $(DEMO_DIR)/throwaway-key.pub)" > $(DEMO_DIR)/allowed_signers && $(BIN) sign --verify $(DEMO_DIR)/request.zip --allowed-signers $(DEMO_DIR)/allowed_signers
	@$(MAKE) --no-print-directory demo-provenance-steps
	@$(MAKE) --no-print-directory demo-disclosure-steps
	@echo
	@echo "== demo summary =="
	@echo "  init        a request crate from a folder of inputs: $(DEMO_DIR)/sample (validates clean at --level recommended)"
	@echo "  validate    the bundled request and result crates (valid) and the official 0.4 example (known defects, exit 1)"
	@echo "  zip         the request as a deterministic BagIt ZIP: $(DEMO_DIR)/request.zip (validated)"
	@echo "  sign        the ZIP signed with a throw-away SSH key and verified against $(DEMO_DIR)/allowed_signers"
	@echo "  provenance  every review phase recorded on a copy of the request: $(LIFECYCLE), its timeline shown,"
	@echo "              the result validated, and exports in $(DEMO_DIR)/lifecycle (Turtle, Mermaid, DOT, SVG when dot is installed)"
	@echo "  disclosure  a result crate's one disclosive cell found, recorded in $(DEMO_DIR)/disclosure/crate, shown by inspect,"
	@echo "              reported by validate, then released by a reviewer's exception (review page: $(DEMO_DIR)/disclosure/review.html)"

## demo-provenance: the TRE lifecycle on a copy of the request crate, phase by phase, then its timeline and exports
## (demo runs demo-provenance-steps after its own build, so nothing is built twice)
LIFECYCLE := $(DEMO_DIR)/lifecycle/crate
RESULT_FIXTURE := Fixtures/crates/valid/result
VALIDATOR := --agent https://tre72.example.com/\#crate-validator --agent-name "TRE72 crate validator" --agent-version 2.3.1
TRE := --tre https://tre72.example.com/ --tre-name "TRE72 Trusted Research Environment"
REVIEWER := --agent https://tre72.example.com/people/rosalind-okafor --agent-name "Rosalind Okafor"
demo-provenance: build
	@$(MAKE) --no-print-directory demo-provenance-steps

demo-provenance-steps:
	@echo
	@echo "== fivesafes provenance: every review phase on a copy of the request, in $(LIFECYCLE) =="
	rm -rf $(DEMO_DIR)/lifecycle && mkdir -p $(DEMO_DIR)/lifecycle && cp -R Fixtures/crates/valid/request $(LIFECYCLE)
	$(BIN) provenance add check $(LIFECYCLE) $(VALIDATOR) $(TRE) --start 2026-11-23T09:00:05Z --end 2026-11-23T09:00:07Z
	$(BIN) provenance add validate $(LIFECYCLE) $(VALIDATOR) --start 2026-11-23T09:00:08Z --end 2026-11-23T09:00:12Z
	cp -R $(RESULT_FIXTURE)/workflow $(LIFECYCLE)/workflow
	$(BIN) provenance add retrieve $(LIFECYCLE) --agent https://tre72.example.com/\#workflow-proxy --agent-name "TRE72 workflow download proxy" \
		--agent-version 1.4.0 $(TRE) --start 2026-11-23T09:01:00Z --end 2026-11-23T09:01:04Z --result workflow/289
	@echo "-- disclosure before sign-off is refused (exit 1 expected):"
	-$(BIN) provenance add disclose $(LIFECYCLE) $(REVIEWER)
	$(BIN) provenance add sign-off $(LIFECYCLE) $(REVIEWER) $(TRE) --instrument https://tre72.example.com/agreement-policy/81 \
		--instrument-name "TRE72 agreement policy for project 81" --start 2026-11-24T14:00:00Z --end 2026-11-24T14:20:00Z
	$(BIN) provenance add execute $(LIFECYCLE) --status active --start 2026-11-24T15:00:00Z
	cp -R $(RESULT_FIXTURE)/outputs $(LIFECYCLE)/outputs
	$(BIN) provenance add execute $(LIFECYCLE) --end 2026-11-24T15:42:10Z --result outputs/qa.csv outputs/summary.txt
	$(BIN) provenance add disclose $(LIFECYCLE) $(REVIEWER) --status potential --start 2026-11-25T10:00:00Z --note "estimate: 1 day"
	$(BIN) provenance add disclose $(LIFECYCLE) --end 2026-11-25T11:30:00Z
	$(BIN) provenance add publish $(LIFECYCLE) $(VALIDATOR) $(TRE) --start 2026-11-25T12:00:00Z
	@echo
	$(BIN) provenance show $(LIFECYCLE)
	$(BIN) validate --level recommended --phase result $(LIFECYCLE)
	$(BIN) provenance export $(LIFECYCLE) --format turtle > $(DEMO_DIR)/lifecycle/lifecycle.ttl
	$(BIN) provenance export $(LIFECYCLE) --format mermaid > $(DEMO_DIR)/lifecycle/lifecycle.mmd
	$(BIN) provenance export $(LIFECYCLE) --format dot > $(DEMO_DIR)/lifecycle/lifecycle.dot
	if command -v dot >/dev/null; then dot -Tsvg $(DEMO_DIR)/lifecycle/lifecycle.dot -o $(DEMO_DIR)/lifecycle/lifecycle.svg; fi
	@ls $(DEMO_DIR)/lifecycle

## demo-disclosure: a result crate with one disclosive cell (Fixtures/disclosure/result-crate): the cell found, the
## verdicts recorded in the crate, shown by inspect and validate, then released by a reviewer's exception
## (demo runs demo-disclosure-steps after its own build, so nothing is built twice)
DISCLOSED := $(DEMO_DIR)/disclosure/crate
demo-disclosure: build
	@$(MAKE) --no-print-directory demo-disclosure-steps

demo-disclosure-steps:
	@echo
	@echo "== fivesafes disclosure: one disclosive cell found, recorded and shown, in $(DISCLOSED) =="
	rm -rf $(DEMO_DIR)/disclosure && mkdir -p $(DEMO_DIR)/disclosure && cp -R Fixtures/disclosure/result-crate $(DISCLOSED)
	@echo "-- the check finds the cell (exit 1 expected):"
	-$(BIN) disclosure check $(DISCLOSED)
	-$(BIN) disclosure check --format html -o $(DEMO_DIR)/disclosure/review.html $(DISCLOSED)
	$(BIN) disclosure record $(DISCLOSED) --tool-url https://tre72.example.com/tools/fivesafes $(TRE)
	$(BIN) inspect $(DISCLOSED)
	@echo "-- validate reports the failing output (exit 1 expected):"
	-$(BIN) validate --phase result $(DISCLOSED)
	@echo "-- a reviewer's independent vote releases it with a reason; the check then exits 0:"
	$(BIN) disclosure record $(DISCLOSED) --vote $(REVIEWER) $(TRE) --check-type hybrid \
		--exception outputs/admissions.csv="South is one hospital whose admissions NHS Digital publishes"
	$(BIN) disclosure check $(DISCLOSED)

## screenshot: the inspect page of the result fixture, rendered by headless Chromium (Debian package) into .build/screenshots/
screenshot: build
	@command -v chromium >/dev/null || { echo "installing: chromium"; $(SUDO) apt-get update && $(SUDO) apt-get install -y chromium; }
	mkdir -p .build/screenshots
	$(BIN) inspect --format html --force -o .build/screenshots/inspect-result.html $(RESULT_FIXTURE)
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1500 \
		--screenshot=.build/screenshots/inspect-result.png .build/screenshots/inspect-result.html 2>/dev/null
	@echo "screenshot: .build/screenshots/inspect-result.png"

## generate: embed Schemas/ (contexts, profiles) into Swift sources; a test fails when this is stale
generate:
	$(SWIFT) run fivesafes-embed-schemas .

## reference: refresh the in-repo copy of the requirements catalogue (tests read the copy, never ../shared)
reference:
	@test -f ../shared/spec/requirements.md || { echo "../shared/spec/requirements.md not found: the copy in Fixtures/reference stays"; exit 1; }
	cp ../shared/spec/requirements.md Fixtures/reference/requirements.md

## docs: regenerate RULES.md and the generated tables of README.md from Schemas/ and bench/RESULTS.md
docs:
	python3 Schemas/render_docs.py

## record: rewrite golden expected.json files (the run fails on purpose; review the diff)
record:
	FIVESAFES_RECORD=1 $(SWIFT) test || true
	git status --short Fixtures

## lint / format: the toolchain's swift-format with the committed .swift-format, on every Swift file but the generated
## ones (Sources/*/Generated, written by `make generate`); `make test` runs lint first
SWIFT_FILES = Package.swift $(shell find Sources Tests -name '*.swift' -not -path '*/Generated/*' | sort)
lint:
	@$(SWIFT) format lint --strict --parallel $(SWIFT_FILES) && echo "lint: clean"

format:
	@$(SWIFT) format --in-place --parallel $(SWIFT_FILES)

## bench: performance against baselines run in the same script (not a test)
bench: deps test-deps
	$(SWIFT) build -c release
	bash bench/run.sh

ci: deps build test

clean:
	rm -rf .build
