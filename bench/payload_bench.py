#!/usr/bin/env python3
"""Issue #15 rows: `fivesafes validate` and `fivesafes zip` (default flags) on payload crates, each against
baselines run in the same script on the same files.

Crates (bench/generate_crate.py --payload-bytes): pseudo-random bytes, so nothing compresses and every file is
binary, in 200 files of 1,000,000 bytes and in one file of 1 GiB; and 200 files of 1,000,000 bytes of application
log text (--text), which deflates to about a fifth and is scanned for secrets. Baselines: `sha512sum` over the payload files
(GNU coreutils, one process, single-threaded) and Info-ZIP `zip -r` (deflate) of the crate folder. Targets
(issue #15): validate ≤ 1.5× sha512sum; zip ≤ 1.5× sha512sum and faster than `zip -r`. Page cache warm: one
warm-up run, then the median of BENCH_RUNS runs (default 3). Appends a section to bench/RESULTS.md.
Environment: BENCH_PAYLOAD_SCALE (default 1; 0.1 for a quick run); BENCH_PAYLOAD_CRATES (comma-separated crate
names out of p200, p1g, t200; default all).
"""
import os
import subprocess
import sys

from zip_bench import timed  # median of BENCH_RUNS runs after a warm-up; exit 0 or 1 accepted

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, "bench", "work", "payload")
BINARY = os.environ.get("FIVESAFES_BINARY", os.path.join(ROOT, ".build", "release", "fivesafes"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
SCALE = float(os.environ.get("BENCH_PAYLOAD_SCALE", "1"))
CRATES = os.environ.get("BENCH_PAYLOAD_CRATES", "p200,p1g,t200").split(",")


def crate(name, count, size, text=False):
    folder = os.path.join(WORK, name)
    marker = os.path.join(folder, ".complete")
    if not os.path.exists(marker):
        subprocess.run(["rm", "-rf", folder], check=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "generate_crate.py"), folder, str(count),
                        "--payload-bytes", str(size), *(["--text"] if text else [])], check=True)
        open(marker, "w").close()
    return folder


def main():
    if not os.access(BINARY, os.X_OK):
        sys.exit("build first: swift build -c release")
    os.makedirs(WORK, exist_ok=True)
    out = os.path.join(WORK, "out.zip")

    def remove_out():
        if os.path.exists(out):
            os.remove(out)

    def size_of_out():
        return os.path.getsize(out) if os.path.exists(out) else 0

    rows = []
    for label, name, count, size, text in [
        ("200 × 1,000,000 bytes, random", "p200", max(1, int(200 * SCALE)), 1_000_000, False),
        ("1 × 1 GiB, random", "p1g", 1, max(1 << 20, int((1 << 30) * SCALE)), False),
        ("200 × 1,000,000 bytes, log text", "t200", max(1, int(200 * SCALE)), 1_000_000, True),
    ]:
        if name not in CRATES:
            continue
        folder = crate(name, count, size, text)
        files = sorted(os.path.join("outputs", f) for f in os.listdir(os.path.join(folder, "outputs")))
        sha = timed(["sha512sum", *files], cwd=folder)
        validate = timed([BINARY, "validate", folder])
        zipped = timed([BINARY, "zip", "-q", folder, "-o", out], setup=remove_out)
        zipped_size = size_of_out()
        info_zip = timed(["zip", "-q", "-r", out, "."], cwd=folder, setup=remove_out)
        info_zip_size = size_of_out()
        remove_out()
        rows.append((label, sha, validate, zipped, info_zip, zipped_size, info_zip_size))
        print(f"{label:32} sha512sum {sha:6.2f}s  validate {validate:6.2f}s = {validate / sha:.2f}×  "
              f"zip {zipped:6.2f}s = {zipped / sha:.2f}× sha512sum, {zipped / info_zip:.2f}× zip -r ({info_zip:.2f}s); "
              f"size {zipped_size / 1e6:.1f} MB vs zip -r {info_zip_size / 1e6:.1f} MB", flush=True)
    with open(os.path.join(ROOT, "bench", "RESULTS.md"), "a") as results:
        results.write("\n### Payload crates (issue #15)\n\n")
        results.write("`fivesafes validate` and `fivesafes zip` with default flags (validation, `--compression auto`) on\n")
        results.write("generated crates of pseudo-random payload (binary, incompressible) and of log text, page cache\n")
        results.write(f"warm, median of {RUNS} runs after a warm-up. `sha512sum`: one single-threaded process over the\n")
        results.write("payload files; `zip -r`: Info-ZIP 3.0, deflate at its default level 6, over the crate folder.\n")
        results.write("Targets: validate ≤ 1.5× sha512sum, zip ≤ 1.5× sha512sum (incompressible payload) and below\n")
        results.write("1.0× `zip -r` (every payload). Sizes: the ZIP each tool wrote.\n\n")
        results.write("| payload | sha512sum | validate | ÷ sha512sum | zip | ÷ sha512sum | zip -r | zip ÷ zip -r "
                      "| zip size | zip -r size |\n")
        results.write("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
        for label, sha, validate, zipped, info_zip, zipped_size, info_zip_size in rows:
            results.write(f"| {label} | {sha:.2f} s | {validate:.2f} s | {validate / sha:.2f}× | {zipped:.2f} s | "
                          f"{zipped / sha:.2f}× | {info_zip:.2f} s | {zipped / info_zip:.2f}× | "
                          f"{zipped_size / 1e6:.1f} MB | {info_zip_size / 1e6:.1f} MB |\n")


if __name__ == "__main__":
    main()
