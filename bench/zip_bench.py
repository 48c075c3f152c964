#!/usr/bin/env python3
"""Benchmarks `fivesafes zip` and `fivesafes validate ZIP` against baselines run in the same script.

Payloads (random bytes, so compression cannot flatter anyone): 1 GiB in 1,000 files, and 20,000 files of
4 KiB. Baselines on the same files: `sha512sum` (GNU coreutils, one process, single-threaded hashing) and
Python `bagit` make-bag (SHA-512, one process) followed by `zip -r`. Medians of BENCH_RUNS runs after one
warm-up run, page cache warm. Appends a section to bench/RESULTS.md.
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "work", "zip")
BINARY = os.path.join(ROOT, ".build", "release", "fivesafes")
VENV = os.path.join(ROOT, ".venv-test")
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SCALE = float(os.environ.get("BENCH_ZIP_SCALE", "1"))  # 0.1 for a quick run


def payload(name, count, size):
    folder = os.path.join(WORK, name)
    marker = os.path.join(folder, ".complete")
    if os.path.exists(marker):
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "outputs"))
    for index in range(count):
        with open(os.path.join(folder, "outputs", "part-%05d.bin" % index), "wb") as handle:
            handle.write(os.urandom(size))
    with open(os.path.join(folder, "ro-crate-metadata.json"), "w") as handle:
        handle.write('{"@context": "https://w3id.org/ro/crate/1.2/context", "@graph": []}\n')
    open(marker, "w").close()
    return folder


def timed(command, setup=None, cwd=None):
    times = []
    for run in range(RUNS + 1):
        if setup:
            setup()
        started = time.perf_counter()
        code = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        if code not in (0, 1):  # 1 is "findings" (the bench crate's metadata is minimal); 2 would be a failure
            sys.exit("%s exited %d" % (" ".join(command[:4]), code))
        if run > 0:
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def python_bagit():
    python = os.path.join(VENV, "bin", "python")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    if subprocess.run([python, "-c", "import bagit"], capture_output=True).returncode != 0:
        subprocess.run([python, "-m", "pip", "install", "--quiet", "bagit"], check=True)
    return python


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit("build first: swift build -c release")
    python = python_bagit()
    rows = []
    for label, count, size in [("1 GiB in 1,000 files", int(1000 * SCALE), 1 << 20),
                               ("20,000 files of 4 KiB", int(20000 * SCALE), 4096)]:
        folder = payload("p-%d-%d" % (count, size), count, size)
        files = sorted(os.path.join(folder, "outputs", name) for name in os.listdir(os.path.join(folder, "outputs")))
        out = os.path.join(WORK, "out.zip")
        bag_copy = os.path.join(WORK, "bagit-copy")

        def reset_copy():
            shutil.rmtree(bag_copy, ignore_errors=True)
            shutil.copytree(folder, bag_copy)

        def remove_out():
            if os.path.exists(out):
                os.remove(out)

        sha = timed(["sha512sum"] + files if len(files) < 5000 else ["sh", "-c", "find outputs -type f -print0 | xargs -0 -n 100000 sha512sum"], cwd=folder)
        store = timed([BINARY, "zip", "--no-validate", "--compression", "store", "-q", folder, "-o", out], setup=remove_out)
        deflate = timed([BINARY, "zip", "--no-validate", "--compression", "deflate", "-q", folder, "-o", out], setup=remove_out)
        remove_out()
        subprocess.run([BINARY, "zip", "--no-validate", "--compression", "store", "-q", folder, "-o", out], check=True)
        validate = timed([BINARY, "validate", "--profile", "ro-crate", out])
        # Python bagit makes the bag in place (so each run gets a fresh copy; the copy is not timed), then zip -r.
        bag_times = []
        for run in range(RUNS + 1):
            reset_copy()
            if os.path.exists(os.path.join(WORK, "bagit.zip")):
                os.remove(os.path.join(WORK, "bagit.zip"))
            started = time.perf_counter()
            subprocess.run([python, "-m", "bagit", "--sha512", "--processes", "1", bag_copy], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            subprocess.run(["zip", "-q", "-r", os.path.join(WORK, "bagit.zip"), "bagit-copy"], check=True, cwd=WORK)
            if run > 0:
                bag_times.append(time.perf_counter() - started)
        bagit_zip = statistics.median(bag_times)
        rows.append((label, sha, store, deflate, bagit_zip, validate))
        print("%-24s sha512sum %6.2fs  zip(store) %6.2fs = %.2f×  zip(deflate) %6.2fs  bagit+zip %6.2fs = %.1f× slower  validate zip %6.2fs = %.2f×"
              % (label, sha, store, store / sha, deflate, bagit_zip, bagit_zip / store, validate, validate / sha))
    with open(os.path.join(ROOT, "bench", "RESULTS.md"), "a") as out:
        out.write("\n### `fivesafes zip` and `validate ZIP`\n\n")
        out.write("Random payload (incompressible), page cache warm, median of %d runs after a warm-up. `sha512sum` is one\n" % RUNS)
        out.write("single-threaded process over the same files; Python `bagit` (SHA-512, one process) makes the bag in place,\n")
        out.write("then `zip -r` (deflate). Ratios: `zip ÷ sha512sum` (target ≤ 1.0), `bagit+zip ÷ fivesafes zip` (target ≥ 3),\n")
        out.write("`validate ZIP ÷ sha512sum` (target ≤ 1.2).\n\n")
        out.write("| payload | sha512sum | zip (store) | ÷ sha512sum | zip (deflate) | bagit + zip -r | bagit+zip ÷ zip(store) | validate ZIP | ÷ sha512sum |\n")
        out.write("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n")
        for label, sha, store, deflate, bagit_zip, validate in rows:
            out.write("| %s | %.2f s | %.2f s | %.2f | %.2f s | %.2f s | %.1f× | %.2f s | %.2f |\n"
                      % (label, sha, store, store / sha, deflate, bagit_zip, bagit_zip / store, validate, validate / sha))


if __name__ == "__main__":
    main()
