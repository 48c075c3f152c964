#!/usr/bin/env python3
"""Fixtures for levels that depend on the RO-Crate version, on the case, or on `--levels reference` (issue 17).

Invalid fixtures (with goldens) and their valid counterparts (clean at recommended):
- RC-MD-09 in an RO-Crate 1.1 crate: a string reference is a SHOULD finding; the root's license as a URI string
  is no finding (valid/ro-crate-1.1).
- RC-DE-02 in a 1.1 crate: a local part of another type is a SHOULD finding (1.1: "SHOULD be of @type CreativeWork").
- RC-CE-06: a ComputerLanguage (the workflow's programmingLanguage) without a version is a MUST finding; the TRE's
  software agent without one is a SHOULD finding (RC-CE-06-software-without-version, written by invalid_entities.py).
- --levels reference: a run name under 10 characters is 5S-RUN-08 for the reference validator only
  (valid/request-short-run-name is the same crate under the spec's levels).

Run from the repository root: python3 Fixtures/scripts/version_levels.py
"""
from fixturelib import entity, load, write

PERSON = "https://orcid.org/0000-0002-1825-0097"
PROFILE_5S = "https://w3id.org/5s-crate/0.4"
LICENSE = "https://spdx.org/licenses/CC-BY-4.0"
RO_CRATE_ONLY = {"profile": "ro-crate"}
WORKFLOW_LANGUAGE = "https://w3id.org/workflowhub/workflow-ro-crate#cwl"


def as_ro_crate_11(meta):
    """The request crate declared as RO-Crate 1.1 with the 1.1 context (which lacks a few 1.2 terms)."""
    meta["@context"] = "https://w3id.org/ro/crate/1.1/context"
    entity(meta, "ro-crate-metadata.json")["conformsTo"] = {"@id": "https://w3id.org/ro/crate/1.1"}
    entity(meta, PROFILE_5S)["@type"] = "CreativeWork"  # the 1.1 context has no `Profile` term


def main_entity(meta):
    return entity(meta, entity(meta, "./")["mainEntity"]["@id"])


# Valid: a 1.1 crate whose root license is a URI string with no contextual entity (1.1: "MAY have a URI") and
# whose file has no description (RO-Crate 1.2's RC-DE-05 does not apply to 1.1).
meta = load()
as_ro_crate_11(meta)
entity(meta, "./")["license"] = LICENSE
meta["@graph"].remove(entity(meta, LICENSE))
del entity(meta, "input1.txt")["description"]
write("ro-crate-1.1", meta, settings=RO_CRATE_ONLY, valid=True)

# RC-MD-09 in 1.1: the author as a string equal to the Person's @id is a SHOULD finding there.
meta = load()
as_ro_crate_11(meta)
entity(meta, "./")["author"] = PERSON
write("RC-MD-09-string-reference-ro-crate-1.1", meta, settings=RO_CRATE_ONLY)

# RC-DE-02 in 1.1: a local part typed CreativeWork is a SHOULD finding there (a MUST in 1.2: RC-DE-02-part-not-file).
NOTES = "Reviewer notes typed as a plain creative work.\n"
meta = load()
as_ro_crate_11(meta)
entity(meta, "./")["hasPart"].append({"@id": "notes.txt"})
meta["@graph"].append({"@id": "notes.txt", "@type": "CreativeWork", "name": "Notes",
                       "description": "Free-text notes of the requester."})
write("RC-DE-02-part-other-type-ro-crate-1.1", meta, files={"notes.txt": NOTES}, settings=RO_CRATE_ONLY)

# RC-CE-06: the workflow's programming language, described without a version, is a MUST finding.
meta = load()
main_entity(meta)["programmingLanguage"] = {"@id": WORKFLOW_LANGUAGE}
meta["@graph"].append({"@id": WORKFLOW_LANGUAGE, "@type": "ComputerLanguage", "name": "Common Workflow Language",
                       "url": {"@id": "https://www.commonwl.org/"}})
write("RC-CE-06-language-without-version", meta)

# Valid: the same language with its version.
entity(meta, WORKFLOW_LANGUAGE)["version"] = "v1.2"
write("request-programming-language", meta, valid=True)

# --levels reference: a run name under 10 characters (the reference validator's floor, catalogue D3).
meta = load()
entity(meta, "./")  # the run is the CreateAction the root mentions
run = next(item for item in meta["@graph"] if item.get("@type") == "CreateAction")
run["name"] = "MD run"
write("5S-RUN-08-short-name-reference-levels", meta, settings={"levels": "reference"})
write("request-short-run-name", meta, valid=True)
