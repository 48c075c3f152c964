"""Helpers for the scripts that write invalid fixture crates from the valid ones.

Each invalid fixture is a copy of a valid crate (`Fixtures/crates/valid/<base>/`) with one
mutation, written to `Fixtures/crates/invalid/<RULE-ID>-<what>/`. The scripts are deterministic:
running one again rewrites the same files. Goldens (`expected.json`) are recorded by the Swift
tests (`make record`), not here.
"""
import copy
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)
VALID = os.path.join(FIXTURES, "crates", "valid")
INVALID = os.path.join(FIXTURES, "crates", "invalid")


def load(base="request"):
    """The metadata of a valid crate, as a fresh deep copy."""
    with open(os.path.join(VALID, base, "ro-crate-metadata.json"), encoding="utf-8") as handle:
        return json.load(handle)


def entity(meta, entity_id):
    """The entity with this @id in a loaded metadata document (raises if absent)."""
    for item in meta["@graph"]:
        if isinstance(item, dict) and item.get("@id") == entity_id:
            return item
    raise KeyError(entity_id)


def entities_of_type(meta, type_name):
    """Every entity whose @type is or contains type_name."""
    found = []
    for item in meta["@graph"]:
        types = item.get("@type") if isinstance(item, dict) else None
        if types == type_name or (isinstance(types, list) and type_name in types):
            found.append(item)
    return found


def with_additional_type(meta, shp_term):
    """Every entity whose additionalType is {"@id": "https://w3id.org/shp#<term>"}."""
    iri = "https://w3id.org/shp#" + shp_term
    return [item for item in meta["@graph"]
            if isinstance(item, dict) and isinstance(item.get("additionalType"), dict)
            and item["additionalType"].get("@id") == iri]


def remove_entity(meta, entity_id):
    """Drops an entity from @graph."""
    meta["@graph"] = [item for item in meta["@graph"]
                      if not (isinstance(item, dict) and item.get("@id") == entity_id)]


def write(name, meta, base="request", files=None, remove=(), settings=None, raw=None, valid=False):
    """Writes Fixtures/crates/invalid/<name>/ (crates/valid/<name>/ when `valid`) from a valid base crate.

    meta: the metadata to write (dict), or None when raw bytes are given in `raw`.
    files: {relative path: bytes or str} extra or replaced payload files.
    remove: payload paths (relative) not to copy from the base.
    settings: dict written as fixture.json (phase, profile, profileVersion, metadataOnly).
    """
    target = os.path.join(VALID if valid else INVALID, name)
    assert not (valid and name == base), "a valid fixture is never written over its own base"
    if os.path.isdir(target):
        shutil.rmtree(target, ignore_errors=False) if not os.path.exists(os.path.join(target, "expected.json")) else None
    source = os.path.join(VALID, base)
    os.makedirs(target, exist_ok=True)
    for folder, _, names in os.walk(source):
        for file_name in names:
            path = os.path.join(folder, file_name)
            relative = os.path.relpath(path, source)
            if relative == "ro-crate-metadata.json" or relative in remove:
                continue
            destination = os.path.join(target, relative)
            os.makedirs(os.path.dirname(destination), exist_ok=True)
            shutil.copyfile(path, destination)
    for relative in remove:
        stale = os.path.join(target, relative)
        if os.path.isfile(stale):
            os.remove(stale)
    for relative, content in (files or {}).items():
        destination = os.path.join(target, relative)
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        with open(destination, "wb") as handle:
            handle.write(content.encode("utf-8") if isinstance(content, str) else content)
    with open(os.path.join(target, "ro-crate-metadata.json"), "wb") as handle:
        if raw is not None:
            handle.write(raw if isinstance(raw, bytes) else raw.encode("utf-8"))
        else:
            handle.write((json.dumps(meta, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    settings_path = os.path.join(target, "fixture.json")
    if settings:
        with open(settings_path, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(settings, indent=2) + "\n")
    elif os.path.exists(settings_path):
        os.remove(settings_path)
    return target


__all__ = ["copy", "load", "entity", "entities_of_type", "with_additional_type", "remove_entity", "write"]
