#!/usr/bin/env python3
"""Writes Fixtures/disclosure/result-crate: the result fixture (crates/valid/result, written for this project)
before its disclosure check, with one more output table holding one disclosive cell (7 admissions < 10).

The disclosure AssessAction and the publishing UpdateAction are removed (the check has not
happened yet); outputs/admissions.csv is added, described, listed in the root's hasPart and the run's result.
Run from the repository root: python3 Fixtures/scripts/make_disclosure_crate.py
"""
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


if __name__ == "__main__":
    main()
