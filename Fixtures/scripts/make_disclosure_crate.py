#!/usr/bin/env python3
"""Writes Fixtures/disclosure/result-crate and Fixtures/disclosure/acro.

Fixtures/disclosure/result-crate: the result fixture (crates/valid/result, written for this project)
before its disclosure check, with one more output table holding one disclosive cell (7 admissions < 10).

The disclosure AssessAction and the publishing UpdateAction are removed (the check has not
happened yet); outputs/admissions.csv is added, described, listed in the root's hasPart and the run's result.
Fixtures/disclosure/acro is an ACRO output folder for two of those outputs, written for this project in the
shape ACRO (https://github.com/AI-SDC/ACRO) writes: results.json (per output uid: status pass/fail/review,
type, files with their SDC summary, summary text, exception), config.json (its default.yaml thresholds) and
checksums/<file>.txt (SHA-256 of each file).

Run from the repository root: python3 Fixtures/scripts/make_disclosure_crate.py
"""
import hashlib
import json
import os
import shutil

SOURCE = "Fixtures/crates/valid/result"
TARGET = "Fixtures/disclosure/result-crate"
TABLE = "region,patients,admissions\nNorth,120,45\nSouth,87,7\nEast,210,61\nWest,154,38\n"


def main():
    shutil.rmtree(TARGET, ignore_errors=True)
    shutil.copytree(SOURCE, TARGET)
    with open(os.path.join(TARGET, "outputs/admissions.csv"), "w") as table:
        table.write(TABLE)
    path = os.path.join(TARGET, "ro-crate-metadata.json")
    with open(path) as handle:
        document = json.load(handle)
    dropped = {e["@id"] for e in document["@graph"] if e["@id"].startswith(("#disclosure-", "#bagit-"))}
    graph = [e for e in document["@graph"] if e["@id"] not in dropped]
    for entity in graph:
        if entity["@id"] == "./":
            entity["mentions"] = [m for m in entity["mentions"] if m["@id"] not in dropped]
            entity["hasPart"].append({"@id": "outputs/admissions.csv"})
            entity["name"] = "Admissions by region for TRE72 project 81 (before disclosure control)"
        if entity.get("@type") == "CreateAction" and entity["@id"].startswith("#query-"):
            entity["result"].append({"@id": "outputs/admissions.csv"})
    graph.append({"@id": "outputs/admissions.csv", "@type": "File", "name": "Admissions by region",
                  "description": "Patients and admissions per region, written by the workflow.",
                  "encodingFormat": "text/csv", "contentSize": str(len(TABLE))})
    document["@graph"] = graph
    with open(path, "w") as handle:
        json.dump(document, handle, indent=2, ensure_ascii=False)
        handle.write("\n")


def acro():
    folder = "Fixtures/disclosure/acro"
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder + "/checksums")
    for name in ("admissions.csv", "qa.csv"):
        shutil.copy(os.path.join(TARGET, "outputs", name), os.path.join(folder, name))
        with open(os.path.join(folder, name), "rb") as handle:
            digest = hashlib.sha256(handle.read()).hexdigest()
        with open(os.path.join(folder, "checksums", name + ".txt"), "w") as handle:
            handle.write(digest + "\n")
    sdc = {"summary": {"suppressed": False, "negative": 0, "missing": 0, "threshold": 1, "p-ratio": 0, "nk-rule": 0,
                       "all-values-are-same": 0},
           "cells": {"negative": [], "missing": [], "threshold": [[1, 1]], "p-ratio": [], "nk-rule": []}}
    clean = {"summary": {"suppressed": False, "negative": 0, "missing": 0, "threshold": 0, "p-ratio": 0, "nk-rule": 0,
                         "all-values-are-same": 0},
             "cells": {"negative": [], "missing": [], "threshold": [], "p-ratio": [], "nk-rule": []}}
    results = {
        "version": "0.4.8",
        "results": {
            "output_0": {"uid": "output_0", "status": "fail", "type": "table", "properties": {"method": "crosstab"},
                         "files": [{"name": "admissions.csv", "sdc": sdc}],
                         "outcome": {"admissions": {"South": "threshold; "}},
                         "command": "acro.crosstab(df.region, df.admitted)",
                         "summary": "fail; threshold: 1 cells may need suppressing; ",
                         "comments": ["admissions by region"],
                         "exception": "South is one hospital whose admissions are published by the NHS anyway",
                         "timestamp": "2026-11-25T09:40:12"},
            "output_1": {"uid": "output_1", "status": "pass", "type": "table", "properties": {"method": "custom"},
                         "files": [{"name": "qa.csv", "sdc": clean}], "outcome": {}, "command": "custom_output('qa.csv')",
                         "summary": "pass", "comments": [], "exception": "", "timestamp": "2026-11-25T09:41:03"},
        },
    }
    config = {"safe_threshold": 10, "safe_dof_threshold": 10, "safe_nk_n": 2, "safe_nk_k": 0.9, "safe_pratio_p": 0.1,
              "check_missing_values": False, "zeros_are_disclosive": True}
    for name, value in (("results.json", results), ("config.json", config)):
        with open(os.path.join(folder, name), "w") as handle:
            json.dump(value, handle, indent=2)
            handle.write("\n")


if __name__ == "__main__":
    main()
    acro()
