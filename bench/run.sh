#!/usr/bin/env bash
# `make bench`: performance of `fivesafes validate`, `zip` and `disclosure check` against baselines measured in the same
# run (json.load, rocrate-validator, sha512sum, Python bagit + zip -r, wc -l). Not a test: it prints ratios and writes
# bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 bench/run.py "$@"
python3 bench/zip_bench.py
python3 bench/payload_bench.py
python3 bench/disclosure_bench.py
python3 Schemas/render_docs.py
