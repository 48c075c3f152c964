#!/usr/bin/env python3
"""Writes a Five Safes result crate with N output data entities, for benchmarks.

Usage: generate_crate.py OUT_DIR N [--payload] [--payload-bytes SIZE [--text]] [--rocrate 1.1|1.2] [--defect]
With --payload every output File also exists as a small file under OUT_DIR/outputs/. --payload-bytes SIZE
makes every output a file of SIZE pseudo-random bytes instead (incompressible, binary: the issue #15 shapes
are 200 × 1,000,000 bytes and 1 × 1 GiB), written 1 MiB at a time. With --text the files are SIZE bytes of
application log lines instead (timestamps, levels, threads, query steps with varying counts and timings), which
deflate to about a fifth, like real logs, rather than to nothing (random) or to almost nothing (one line repeated).
--rocrate picks the RO-Crate version of the context and descriptor (default 1.2; 1.1 for peers that
only know RO-Crate 1.1). --defect leaves the root Data Entity without a `license` (a MUST of
RO-Crate 1.1 and 1.2), so every validator should call the crate invalid.
The crate is valid apart from what scale makes noisy; the same N always gives the same bytes.
"""
import json
import os
import sys
from random import Random


def main():
    out, count = sys.argv[1], int(sys.argv[2])
    flags = sys.argv[3:]
    payload = "--payload" in flags
    version = flags[flags.index("--rocrate") + 1] if "--rocrate" in flags else "1.2"
    defect = "--defect" in flags
    size = int(flags[flags.index("--payload-bytes") + 1]) if "--payload-bytes" in flags else None
    payload = payload or size is not None
    text = "--text" in flags
    suffix, media = (".bin", "application/octet-stream") if size is not None else (".csv", "text/csv")
    if text and size is not None:
        suffix, media = (".log", "text/plain")
    os.makedirs(out, exist_ok=True)
    run_id = "#query-00000000-0000-4000-8000-000000000001"
    outputs = [f"outputs/part-{i:06d}{suffix}" for i in range(count)]
    graph = [
        {"@id": "ro-crate-metadata.json", "@type": "CreativeWork", "about": {"@id": "./"},
         "conformsTo": {"@id": f"https://w3id.org/ro/crate/{version}"}},
        {"@id": "./", "@type": "Dataset", "name": "Generated result crate", "description": "Benchmark crate",
         "license": {"@id": "https://spdx.org/licenses/CC-BY-4.0"}, "datePublished": "2026-11-20",
         "conformsTo": {"@id": "https://w3id.org/5s-crate/0.4"},
         "mainEntity": {"@id": "https://workflowhub.eu/workflows/289?version=1"},
         "sourceOrganization": {"@id": "#project-1"}, "mentions": {"@id": run_id},
         "hasPart": [{"@id": "https://workflowhub.eu/workflows/289?version=1"}] + [{"@id": p} for p in outputs]},
        {"@id": "https://spdx.org/licenses/CC-BY-4.0", "@type": "CreativeWork", "name": "CC BY 4.0",
         "description": "Creative Commons Attribution 4.0"},
        {"@id": "https://w3id.org/5s-crate/0.4", "@type": ["CreativeWork", "Profile"], "name": "Five Safes RO-Crate profile"},
        {"@id": "https://workflowhub.eu/workflows/289?version=1", "@type": "Dataset", "name": "Workflow",
         "conformsTo": {"@id": "https://w3id.org/workflowhub/workflow-ro-crate/1.0"},
         "distribution": {"@id": "https://workflowhub.eu/workflows/289/ro_crate?version=1"}},
        {"@id": "https://workflowhub.eu/workflows/289/ro_crate?version=1", "@type": "DataDownload",
         "name": "Workflow crate", "encodingFormat": "application/zip", "conformsTo": {"@id": "https://w3id.org/ro/crate"}},
        {"@id": run_id, "@type": "CreateAction", "name": "Execute query 1 on workflow 289",
         "actionStatus": "http://schema.org/CompletedActionStatus", "agent": {"@id": "https://orcid.org/0000-0002-1825-0097"},
         "instrument": {"@id": "https://workflowhub.eu/workflows/289?version=1"},
         "startTime": "2026-11-20T10:00:00Z", "endTime": "2026-11-20T11:00:00Z",
         "result": [{"@id": p} for p in outputs]},
        {"@id": "https://orcid.org/0000-0002-1825-0097", "@type": "Person", "name": "Josiah Carberry",
         "affiliation": {"@id": "https://ror.org/05gq02987"}, "memberOf": {"@id": "#project-1"}},
        {"@id": "https://ror.org/05gq02987", "@type": "Organization", "name": "Brown University",
         "url": "https://www.brown.edu/"},
        {"@id": "#project-1", "@type": "Project", "name": "Project 1", "member": {"@id": "https://ror.org/05gq02987"}},
    ]
    if version == "1.1":
        graph[3]["@type"] = "CreativeWork"  # `Profile` is a term of the 1.2 context only
    if defect:
        del graph[1]["license"]
    body = b"id,value\n1,2\n"
    random = Random(count)
    for path in outputs:
        graph.append({"@id": path, "@type": "File", "name": os.path.basename(path),
                      "description": "A generated output table", "encodingFormat": media,
                      "contentSize": str(len(body) if size is None else size)})
        if payload:
            target = os.path.join(out, path)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as handle:
                if size is None:
                    handle.write(body)
                elif text:
                    handle.write(log_text(random, size))
                for start in range(0, 0 if text else size or 0, 1 << 20):
                    handle.write(random.randbytes(min(1 << 20, size - start)))
    with open(os.path.join(out, "ro-crate-metadata.json"), "w") as handle:
        json.dump({"@context": f"https://w3id.org/ro/crate/{version}/context", "@graph": graph}, handle, indent=2)


LEVELS = ["INFO", "INFO", "INFO", "INFO", "DEBUG", "DEBUG", "WARN", "ERROR"]
STEPS = ["scan", "filter", "join", "aggregate", "suppress", "round", "export", "checkpoint"]
TABLES = ["cohort_2024", "admissions", "prescriptions", "gp_events", "deaths_register", "lab_results"]
MESSAGES = [
    "query {q} step={step} table={table} rows={rows} elapsed_ms={ms}",
    "query {q} step={step} read {rows} rows from {table} in {ms} ms ({mb} MB)",
    "worker pool: {rows} tasks queued, {ms} ms mean wait, {mb} MB resident",
    "query {q} cell counts below threshold suppressed: {small} of {rows}",
    "retrying fetch of {table} partition {small} after {ms} ms (attempt {attempt})",
    "GC pause {ms} ms, heap {mb} MB",
]


def log_text(random, size):
    """`size` bytes of log lines, the same for the same `random` state."""
    lines, total, second = [], 0, 1_795_000_000
    while total < size:
        second += random.randint(0, 2)
        template = random.choice(MESSAGES)
        message = template.format(
            q=random.randint(1, 400), step=random.choice(STEPS), table=random.choice(TABLES),
            rows=random.randint(0, 5_000_000), ms=random.randint(1, 90_000), mb=random.randint(1, 4096),
            small=random.randint(0, 99), attempt=random.randint(1, 5))
        stamp = f"2026-11-20T{second // 3600 % 24:02d}:{second // 60 % 60:02d}:{second % 60:02d}.{random.randint(0, 999):03d}Z"
        line = f"{stamp} {random.choice(LEVELS):5} [worker-{random.randint(1, 16)}] {message}\n"
        lines.append(line)
        total += len(line)
    return "".join(lines).encode()[:size]


if __name__ == "__main__":
    main()
