#!/usr/bin/env bash
# `make bench`: performance of `fivesafes validate` against baselines measured in the same run.
# Not a test: it prints ratios and writes bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 bench/run.py "$@"
