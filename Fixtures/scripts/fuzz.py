#!/usr/bin/env python3
"""Runs the libFuzzer build of fivesafes-fuzz over each target for a set time (`make fuzz`).

Seeds come from Fixtures/fuzz/seeds.json plus Fixtures/fuzz/<target>/ (crash regressions). Each target runs in
its own corpus folder under the build folder, so new inputs never touch the repository. A crash, leak, timeout
or out-of-memory stops that target; the input is kept under <build>/artifacts/<target>/ and the run fails with
the command that reproduces it. A summary table (executions, speed, coverage) is printed and written to
<build>/fuzz-summary.md.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Fixtures"


def seed_files(target, spec):
    """Fixture files named by the target's seed rules, then the target's own folder."""
    for rule in spec.get(target, []):
        base = FIXTURES / rule["under"]
        for path in sorted(base.rglob("*")):
            if path.is_file() and not path.is_symlink() and path.stat().st_size <= rule["maxBytes"] \
                    and any(path.name.endswith(suffix) for suffix in rule["suffixes"]):
                yield path
    own = FIXTURES / "fuzz" / target
    if own.is_dir():
        yield from sorted(p for p in own.iterdir() if p.is_file())


def parse_stats(output):
    """The last status line's coverage and corpus, and the final execution count."""
    stats = {}
    for match in re.finditer(r"#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+) corp: (\d+)/(\S+)", output):
        stats.update(execs=int(match[1]), cov=int(match[2]), ft=int(match[3]), corpus=int(match[4]))
    for key, name in (("execs", "number_of_executed_units"), ("speed", "average_exec_per_sec"),
                      ("rss", "peak_rss_mb")):
        found = re.search(rf"stat::{name}:\s+(\d+)", output)
        if found:
            stats[key] = int(found[1])
    return stats


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--build", required=True, help="folder for corpora, artifacts and logs")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("targets", nargs="+")
    args = parser.parse_args()

    spec = json.loads((FIXTURES / "fuzz" / "seeds.json").read_text())
    build = Path(args.build)
    rows, failures = [], []
    for target in args.targets:
        corpus = build / "corpus" / target
        artifacts = build / "artifacts" / target
        corpus.mkdir(parents=True, exist_ok=True)
        artifacts.mkdir(parents=True, exist_ok=True)
        seeds = 0
        for path in seed_files(target, spec):
            seeds += 1
            shutil.copyfile(path, corpus / f"seed-{seeds:04d}-{path.name}")
        command = [args.binary, str(corpus), f"-max_total_time={args.seconds}", "-timeout=10",
                   "-rss_limit_mb=2048", "-max_len=65536", "-print_final_stats=1",
                   f"-artifact_prefix={artifacts}/"]
        if target in ("json", "crate"):
            command.append(f"-dict={FIXTURES / 'fuzz' / 'jsonld.dict'}")
        environment = dict(os.environ, FIVESAFES_FUZZ_TARGET=target, SWIFT_BACKTRACE="enable=no",
                           ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1")
        print(f"== fuzz {target}: {seeds} seeds, {args.seconds} s", flush=True)
        result = subprocess.run(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                errors="replace")
        (build / f"fuzz-{target}.log").write_text(result.stdout)
        stats = parse_stats(result.stdout)
        found = sorted(p.name for p in artifacts.iterdir())
        status = "ok" if result.returncode == 0 and not found else f"FAILED (exit {result.returncode})"
        rows.append((target, seeds, stats, status))
        print(f"   {status}: {stats}", flush=True)
        if status != "ok":
            tail = "\n".join(result.stdout.splitlines()[-40:])
            failures.append(f"{target}: {', '.join(found) or 'no artifact'}\n{tail}\n"
                            f"reproduce: swift run fivesafes-fuzz {target} {artifacts}/<artifact>")

    lines = ["| target | seeds | seconds | executions | execs/s | edges (cov) | features | corpus | peak RSS MB | result |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
    for target, seeds, stats, status in rows:
        cells = [stats.get(key, "–") for key in ("execs", "speed", "cov", "ft", "corpus", "rss")]
        lines.append(f"| {target} | {seeds} | {args.seconds} | " + " | ".join(str(c) for c in cells) + f" | {status} |")
    summary = "\n".join(lines) + "\n"
    (build / "fuzz-summary.md").write_text(summary)
    print(summary)
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
