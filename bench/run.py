#!/usr/bin/env python3
"""Benchmarks `fivesafes validate` against baselines run in the same script, on the same machine.

1. Scale: generated Five Safes result crates of 1,000 / 10,000 / 100,000 data entities, metadata only and with
   payload files, against parsing the same metadata file with Python's `json.load` (the floor any validator that
   reads the file has to pay).
2. Peer: `rocrate-validator validate` (PyPI `roc-validator`, installed by this script into the test venv
   `.venv-test` that `make test-deps` makes, run `--offline` after that venv's python filled its HTTP cache with
   `../shared/tools/warm-rocrate-validator-cache.py`; the rows are left out with a message when that script is
   missing) against `fivesafes validate` on generated RO-Crate 1.1 crates of 100, 1,000 and 5,000 payload files,
   both with the RO-Crate 1.1 profile (the release has no five-safes-crate profile) at severity REQUIRED, on a
   valid crate and on the same crate without a root `license` (a MUST); the verdicts (exit status 0 = valid)
   must agree. One more row: the real-shaped result crate of Fixtures/crates/valid/result (RO-Crate 1.2, every
   review phase recorded), where the two verdicts are reported as they come (the peer knows RO-Crate 1.1 only).

Each command runs in a fresh process; wall time is the median of the runs and peak resident memory (from wait4)
the maximum. Writes bench/RESULTS.md. Environment: BENCH_RUNS (default 5), BENCH_PEER_RUNS (default 1),
BENCH_SKIP_PEER=1 to leave the peer out, FIVESAFES_BINARY (default .build/release/fivesafes).
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
BINARY = os.environ.get("FIVESAFES_BINARY", os.path.join(ROOT, ".build", "release", "fivesafes"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
PEER_RUNS = int(os.environ.get("BENCH_PEER_RUNS", "1"))
VENV = os.path.join(ROOT, ".venv-test")
PEER_PACKAGE = "roc-validator==0.13.0"
WARM_CACHE = os.path.join(ROOT, "..", "shared", "tools", "warm-rocrate-validator-cache.py")
SCALE = [(1_000, False), (10_000, False), (100_000, False), (1_000, True), (10_000, True), (100_000, True)]
PEER_SIZES = [100, 1_000, 5_000]


def measure(command, runs=RUNS, accept=(0, 1)):
    """Median wall seconds, max peak RSS (MiB) and the exit status over `runs` fresh processes."""
    times, peaks, codes = [], [], set()
    for _ in range(runs):
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=WORK)
        _, status, usage = os.wait4(process.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in accept:
            sys.exit(f"{' '.join(command)} exited {code}")
        codes.add(code)
    if len(codes) != 1:
        sys.exit(f"{' '.join(command)} gave different exit statuses {sorted(codes)}")
    return statistics.median(times), max(peaks), codes.pop()


def crate(name, entities, *flags):
    folder = os.path.join(WORK, name)
    if not os.path.exists(os.path.join(folder, "ro-crate-metadata.json")):
        shutil.rmtree(folder, ignore_errors=True)
        args = [sys.executable, os.path.join(ROOT, "bench", "generate_crate.py"), folder, str(entities), *flags]
        subprocess.run(args, check=True)
    return folder


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            names = [line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")]
            cpu = f"{names[0]} ({len(names)} cores)" if names else cpu
    except OSError:
        pass
    memory = ""
    try:
        with open("/proc/meminfo") as handle:
            total = next(line for line in handle if line.startswith("MemTotal"))
            memory = f", {int(total.split()[1]) / 1_048_576:.0f} GiB RAM"
    except (OSError, StopIteration):
        pass
    load = f", load average {os.getloadavg()[0]:.1f} when the run started" if hasattr(os, "getloadavg") else ""
    return f"{platform.system()} {platform.release()} {platform.machine()}, {cpu}{memory}, Python {platform.python_version()}{load}"


def scale_rows():
    rows = []
    for entities, payload in SCALE:
        folder = crate(f"crate-{entities}{'-payload' if payload else ''}", entities, *(["--payload"] if payload else []))
        metadata = os.path.join(folder, "ro-crate-metadata.json")
        size = os.path.getsize(metadata) / 1_048_576
        parse_time, _, _ = measure([sys.executable, "-c", "import json,sys; json.load(open(sys.argv[1]))", metadata])
        flags = ["--level", "optional"] + ([] if payload else ["--metadata-only"])
        ours_time, ours_rss, _ = measure([BINARY, "validate", *flags, folder])
        rows.append((entities, payload, size, parse_time, ours_time, ours_rss))
        print(f"{entities:>7} entities{' + payload' if payload else '':10} {size:7.1f} MiB  "
              f"json.load {parse_time*1000:8.1f} ms  fivesafes {ours_time*1000:8.1f} ms  "
              f"ratio {ours_time/parse_time:5.2f}x  peak {ours_rss:6.1f} MiB ({ours_rss/size:4.1f}x metadata)", flush=True)
    return rows


def peer_setup():
    """The rocrate-validator command, its version, or (None, reason) when it cannot be installed or run offline."""
    python = os.path.join(VENV, "bin", "python")
    tool = os.path.join(VENV, "bin", "rocrate-validator")
    if not os.access(tool, os.X_OK):
        print(f"installing {PEER_PACKAGE} into .venv-test", flush=True)
        if not os.access(python, os.X_OK):
            made = subprocess.run([sys.executable, "-m", "venv", VENV], capture_output=True, text=True)
            if made.returncode != 0:
                return None, f"`python3 -m venv .venv-test` failed: {made.stderr.strip()[-300:]}"
        pip = subprocess.run([python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PEER_PACKAGE],
                             capture_output=True, text=True)
        if pip.returncode != 0:
            return None, f"`pip install {PEER_PACKAGE}` failed: {pip.stderr.strip()[-300:]}"
    if not os.path.exists(WARM_CACHE):
        return None, f"the cache-warming script {os.path.relpath(WARM_CACHE, ROOT)} is missing, so --offline cannot run"
    warm = subprocess.run([python, WARM_CACHE], capture_output=True, text=True)
    if warm.returncode != 0:
        return None, f"warming the rocrate-validator cache failed: {warm.stderr.strip()[-300:]}"
    version = subprocess.run([python, "-c", "import importlib.metadata as m; print(m.version('roc-validator'))"],
                             capture_output=True, text=True).stdout.strip()
    return [tool, "validate", "--offline", "--no-paging", "-p", "ro-crate-1.1", "-l", "required"], version


def peer_rows(command):
    rows = []
    for files in PEER_SIZES:
        for defect in (False, True):
            name = f"rocrate11-{files}{'-defect' if defect else ''}"
            folder = crate(name, files, "--payload", "--rocrate", "1.1", *(["--defect"] if defect else []))
            peer_time, peer_rss, peer_code = measure(command + [folder], runs=PEER_RUNS)
            ours_time, ours_rss, ours_code = measure([BINARY, "validate", "--profile", "ro-crate", folder])
            rows.append((files, defect, peer_time, peer_rss, peer_code, ours_time, ours_rss, ours_code))
            verdict = lambda code: "valid" if code == 0 else "invalid"
            print(f"{files:>5} files{' (no license)' if defect else '':13} rocrate-validator {peer_time:7.2f} s "
                  f"{verdict(peer_code):7}  fivesafes {ours_time*1000:7.1f} ms {verdict(ours_code):7}  "
                  f"ratio {peer_time/ours_time:6.0f}x  agree {peer_code == ours_code}", flush=True)
    real = os.path.join(ROOT, "Fixtures", "crates", "valid", "result")
    peer_time, peer_rss, peer_code = measure(command + [real], runs=PEER_RUNS)
    ours_time, ours_rss, ours_code = measure([BINARY, "validate", "--profile", "ro-crate", real])
    rows.append(("real", False, peer_time, peer_rss, peer_code, ours_time, ours_rss, ours_code))
    print(f"real-shaped result crate  rocrate-validator {peer_time:7.2f} s  fivesafes {ours_time*1000:7.1f} ms  "
          f"ratio {peer_time/ours_time:6.0f}x", flush=True)
    return rows


def write(scale, peer, peer_note):
    verdict = lambda code: "valid" if code == 0 else "invalid"
    with open(os.path.join(ROOT, "bench", "RESULTS.md"), "w") as out:
        out.write("# Benchmark results\n\n")
        out.write(f"Machine: {machine()}. Written by `make bench` (`bench/run.py`), every row measured in the same\n")
        out.write(f"run: median wall time of {RUNS} runs per `fivesafes` command, each in a fresh process, peak RSS from\n")
        out.write("`wait4` (the maximum over the runs).\n\n")
        out.write("### Against rocrate-validator\n\n")
        if peer is None:
            out.write(f"Not measured: {peer_note}\n\n")
        else:
            out.write(f"`rocrate-validator validate --offline -p ro-crate-1.1 -l required` (roc-validator {peer_note}, its\n")
            out.write("HTTP cache filled by `shared/tools/warm-rocrate-validator-cache.py`; the release has no\n")
            out.write("five-safes-crate profile) against `fivesafes validate --profile ro-crate` (RO-Crate 1.1 rules,\n")
            out.write("severity required) on generated RO-Crate 1.1 crates with N payload files, valid and with the\n")
            out.write(f"root `license` removed. rocrate-validator: {PEER_RUNS} run(s) per crate; verdict = exit status.\n\n")
            out.write("| payload files | crate | rocrate-validator | verdict | fivesafes validate | verdict | speed-up | peak RSS (peer / fivesafes) |\n")
            out.write("|---:|---|---:|---|---:|---|---:|---:|\n")
            for files, defect, peer_time, peer_rss, peer_code, ours_time, ours_rss, ours_code in peer:
                agree = "" if peer_code == ours_code else " **(disagree)**"
                if files == "real":
                    real = os.path.join(ROOT, "Fixtures", "crates", "valid", "result")
                    count = sum(len(names) for _, _, names in os.walk(real)) - 1  # not the metadata file
                    out.write(f"| {count} | real-shaped result (Fixtures/crates/valid/result, RO-Crate 1.2) | {peer_time:.2f} s | "
                              f"{verdict(peer_code)} | {ours_time*1000:.0f} ms | {verdict(ours_code)} | "
                              f"{peer_time/ours_time:,.0f}× | {peer_rss:.0f} / {ours_rss:.0f} MiB |\n")
                    continue
                out.write(f"| {files:,} | {'no root license' if defect else 'valid'} | {peer_time:.2f} s | "
                          f"{verdict(peer_code)} | {ours_time*1000:.0f} ms | {verdict(ours_code)}{agree} | "
                          f"{peer_time/ours_time:,.0f}× | {peer_rss:.0f} / {ours_rss:.0f} MiB |\n")
            out.write("\n")
        out.write("### Scale, against the JSON parse floor\n\n")
        out.write("Baseline: `python3 -c 'import json,sys; json.load(open(sys.argv[1]))'` on the same metadata file,\n")
        out.write("run in the same script. `fivesafes validate --level optional` evaluates every rule of the Five Safes\n")
        out.write("profile; rows without payload add `--metadata-only`, payload rows also list, stat and check every\n")
        out.write("payload file.\n\n")
        out.write("| data entities | payload files | metadata | json.load | fivesafes validate | ratio | peak RSS | RSS / metadata |\n")
        out.write("|---:|---:|---:|---:|---:|---:|---:|---:|\n")
        for entities, payload, size, parse_time, ours_time, rss in scale:
            out.write(f"| {entities:,} | {entities if payload else 0:,} | {size:.1f} MiB | {parse_time*1000:.0f} ms | "
                      f"{ours_time*1000:.0f} ms | {ours_time/parse_time:.2f}× | {rss:.0f} MiB | {rss/size:.1f}× |\n")
    print("wrote bench/RESULTS.md")


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit("build first: swift build -c release")
    os.makedirs(WORK, exist_ok=True)
    peer, note = None, "left out (BENCH_SKIP_PEER=1)"
    if os.environ.get("BENCH_SKIP_PEER") != "1":
        command, note = peer_setup()
        if command is None:
            print(f"rocrate-validator not measured: {note}", flush=True)
        else:
            peer = peer_rows(command)
    scale = scale_rows()
    write(scale, peer, note)


if __name__ == "__main__":
    main()
