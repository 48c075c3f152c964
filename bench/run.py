#!/usr/bin/env python3
"""Benchmarks `fivesafes validate` against baselines run in the same script.

Baseline: parsing the same metadata file with Python's json module (`json.load`), the floor any
validator that reads the file has to pay. Each command runs in a fresh process, several times;
the median wall time and the peak resident memory (from wait4) are reported. Writes bench/RESULTS.md.
"""
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "work")
BINARY = os.path.join(ROOT, ".build", "release", "fivesafes")
RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def measure(command):
    """Median wall seconds and max peak RSS (MiB) over RUNS fresh processes."""
    times, peaks = [], []
    for _ in range(RUNS):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"{' '.join(command)} exited {code}")
    return statistics.median(times), max(peaks)


def crate(entities, payload):
    folder = os.path.join(WORK, f"crate-{entities}{'-payload' if payload else ''}")
    if not os.path.exists(os.path.join(folder, "ro-crate-metadata.json")):
        shutil.rmtree(folder, ignore_errors=True)
        args = [sys.executable, os.path.join(ROOT, "bench", "generate_crate.py"), folder, str(entities)]
        subprocess.run(args + (["--payload"] if payload else []), check=True)
    return folder


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            names = [line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")]
            cpu = f"{names[0]} ({len(names)} cores)" if names else cpu
    except OSError:
        pass
    return f"{platform.system()} {platform.machine()}, {cpu}, Python {platform.python_version()}"


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit("build first: swift build -c release")
    os.makedirs(WORK, exist_ok=True)
    rows = []
    for entities, payload in [(1_000, False), (10_000, False), (100_000, False), (10_000, True)]:
        folder = crate(entities, payload)
        metadata = os.path.join(folder, "ro-crate-metadata.json")
        size = os.path.getsize(metadata) / 1_048_576
        parse_time, parse_rss = measure([sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1]))", metadata])
        flags = ["--level", "optional"] + ([] if payload else ["--metadata-only"])
        ours_time, ours_rss = measure([BINARY, "validate", *flags, folder])
        rows.append((entities, payload, size, parse_time, ours_time, ours_rss))
        print(f"{entities:>7} entities{' + payload' if payload else '':10} {size:7.1f} MiB  "
              f"json.load {parse_time*1000:8.1f} ms  fivesafes {ours_time*1000:8.1f} ms  "
              f"ratio {ours_time/parse_time:5.2f}x  peak {ours_rss:6.1f} MiB ({ours_rss/size:4.1f}x metadata)")
    with open(os.path.join(ROOT, "bench", "RESULTS.md"), "w") as out:
        out.write("# Benchmark results\n\n")
        out.write(f"Machine: {machine()}. Median of {RUNS} runs per command, each in a fresh process.\n")
        out.write("Baseline: `python3 -c 'import json,sys; json.load(open(sys.argv[1]))'` on the same metadata file,\n")
        out.write("run in the same script. `fivesafes validate --level optional` evaluates every rule; payload rows\n")
        out.write("also list and check the payload files.\n\n")
        out.write("| data entities | payload files | metadata | json.load | fivesafes validate | ratio | peak RSS | RSS / metadata |\n")
        out.write("|---:|---:|---:|---:|---:|---:|---:|---:|\n")
        for entities, payload, size, parse_time, ours_time, rss in rows:
            out.write(f"| {entities:,} | {entities if payload else 0:,} | {size:.1f} MiB | {parse_time*1000:.0f} ms | "
                      f"{ours_time*1000:.0f} ms | {ours_time/parse_time:.2f}× | {rss:.0f} MiB | {rss/size:.1f}× |\n")
    print("wrote bench/RESULTS.md")


if __name__ == "__main__":
    main()
