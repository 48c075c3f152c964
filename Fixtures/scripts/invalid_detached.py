"""Invalid fixtures for the detached-crate rules (RC-DET-01..03).

A detached crate is metadata without its payload, stored as `<prefix>-ro-crate-metadata.json`. The fixture
runner validates the file named by `metadataFile` in fixture.json instead of the folder.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fixturelib  # noqa: E402


def detached(name, file_name, meta):
    target = os.path.join(fixturelib.INVALID, name)
    os.makedirs(target, exist_ok=True)
    for stale in os.listdir(target):
        if stale not in ("expected.json",):
            os.remove(os.path.join(target, stale))
    with open(os.path.join(target, file_name), "w", encoding="utf-8") as handle:
        handle.write(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    with open(os.path.join(target, "fixture.json"), "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"metadataFile": file_name}, indent=2) + "\n")


# Relative data entity ids (input1.txt) in a detached crate, whose root is still ./ (RC-DET-01 and -02).
detached("RC-DET-01-relative-data-entity", "request-ro-crate-metadata.json", fixturelib.load("request"))

# Root ./ in a detached crate whose data entities are already absolute (RC-DET-02 only).
meta = fixturelib.load("request")
for item in meta["@graph"]:
    for key, value in list(item.items()):
        if value == {"@id": "input1.txt"}:
            item[key] = {"@id": "https://tre72.example.com/requests/81/input1.txt"}
        elif isinstance(value, list):
            item[key] = [{"@id": "https://tre72.example.com/requests/81/input1.txt"} if v == {"@id": "input1.txt"} else v for v in value]
    if item.get("@id") == "input1.txt":
        item["@id"] = "https://tre72.example.com/requests/81/input1.txt"
        item["sdDatePublished"] = "2026-11-20T10:00:00Z"
detached("RC-DET-02-root-not-absolute", "request-ro-crate-metadata.json", meta)

# A detached metadata file not named <prefix>-ro-crate-metadata.json (RC-DET-03).
detached("RC-DET-03-file-name", "request-metadata.json", meta)
