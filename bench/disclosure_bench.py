#!/usr/bin/env python3
"""Benchmarks `fivesafes disclosure check` on one large CSV against `wc -l` on the same file, in the same run.

The table (BENCH_DISCLOSURE_MB, default 1024 MiB) has a label column and four count columns; one row in
100,000 holds a count below the threshold, so the check finds (and counts) disclosive cells all the way
through. `wc -l` (GNU coreutils) is the floor for one streaming pass over the bytes. Medians of BENCH_RUNS
runs after one warm-up run, page cache warm; peak RSS from wait4. Appends a section to bench/RESULTS.md.
"""
import os
import random
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "work", "disclosure")
BINARY = os.path.join(ROOT, ".build", "release", "fivesafes")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
MEBIBYTES = int(os.environ.get("BENCH_DISCLOSURE_MB", "1024"))


def crate():
    folder = os.path.join(WORK, f"crate-{MEBIBYTES}")
    table = os.path.join(folder, "outputs", "big.csv")
    marker = os.path.join(folder, ".complete")
    if os.path.exists(marker):
        return folder, table
    os.makedirs(os.path.join(folder, "outputs"), exist_ok=True)
    with open(os.path.join(folder, "ro-crate-metadata.json"), "w") as handle:
        handle.write('{"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": []}\n')
    generator = random.Random(18)
    limit = MEBIBYTES << 20
    written = 0
    with open(table, "w") as handle:
        handle.write("region,patients,admissions,readmissions,deaths\n")
        row = 0
        while written < limit:
            lines = []
            for _ in range(10_000):
                row += 1
                small = row % 100_000 == 0
                lines.append(f"area-{row},{generator.randint(10, 99999)},{3 if small else generator.randint(10, 9999)},"
                             f"{generator.randint(10, 999)},{generator.randint(10, 99)}\n")
            chunk = "".join(lines)
            handle.write(chunk)
            written += len(chunk)
    open(marker, "w").close()
    return folder, table


def timed(command, accept=(0, 1)):
    times, peak = [], 0
    for run in range(RUNS + 1):
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in accept:
            sys.exit("%s exited %d" % (" ".join(command[:4]), code))
        if run > 0:
            times.append(elapsed)
            peak = max(peak, usage.ru_maxrss)
    return statistics.median(times), peak / 1024


def main():
    if not os.path.exists(BINARY):
        sys.exit("build the release binary first: swift build -c release")
    folder, table = crate()
    size = os.path.getsize(table) / (1 << 20)
    wc_time, wc_rss = timed(["wc", "-l", table], accept=(0,))
    ours_time, ours_rss = timed([BINARY, "disclosure", "check", "--format", "json", folder])
    with open(os.path.join(ROOT, "bench", "RESULTS.md"), "a") as out:
        out.write("\n### `fivesafes disclosure check` on one large CSV, against `wc -l`\n\n")
        out.write("One CSV table (a label and four count columns, one disclosive cell in 100,000 rows) checked in one\n")
        out.write(f"streaming pass; `wc -l` on the same file is the floor. Medians of {RUNS} runs after a warm-up, page cache warm.\n\n")
        out.write("| table | wc -l | fivesafes disclosure check | ratio | throughput | peak RSS (wc / fivesafes) |\n")
        out.write("|---:|---:|---:|---:|---:|---:|\n")
        out.write(f"| {size:,.0f} MiB | {wc_time:.2f} s | {ours_time:.2f} s | {ours_time / wc_time:.1f}× | "
                  f"{size / ours_time:,.0f} MiB/s | {wc_rss:.0f} / {ours_rss:.0f} MiB |\n")
    print(f"disclosure: {size:.0f} MiB, wc -l {wc_time:.2f} s, fivesafes {ours_time:.2f} s, RSS {ours_rss:.0f} MiB")


if __name__ == "__main__":
    main()
