"""Invalid fixtures for the RO-Crate base rules of catalogue sections 4.1-4.3 (RC-MD, RC-DESC, RC-ROOT, RC-PROF).

Run from the repository root: python3 Fixtures/scripts/invalid_metadata.py
Each fixture is a valid crate with one mutation; see the comment above each write().
"""
import json

from fixturelib import copy, entity, load, remove_entity, write

ROOT = "./"
PERSON = "https://orcid.org/0000-0002-1825-0097"
ORG = "https://ror.org/05gq02987"
PROFILE_5S = "https://w3id.org/5s-crate/0.4"
RO_CRATE_ONLY = {"profile": "ro-crate"}


def root(meta):
    return entity(meta, ROOT)


def descriptor(meta):
    return entity(meta, "ro-crate-metadata.json")


def rename_root(meta, new_id):
    """Gives the root another @id and points the descriptor's about at it."""
    root(meta)["@id"] = new_id
    descriptor(meta)["about"] = {"@id": new_id}


def as_ro_crate_11(meta):
    """The request crate declared as RO-Crate 1.1 with the 1.1 context (which lacks a few 1.2 terms)."""
    meta["@context"] = "https://w3id.org/ro/crate/1.1/context"
    descriptor(meta)["conformsTo"] = {"@id": "https://w3id.org/ro/crate/1.1"}
    entity(meta, PROFILE_5S)["@type"] = "CreativeWork"  # the 1.1 context has no `Profile` term


# --- 4.1 Metadata document -------------------------------------------------------------------

# RC-MD-01: the metadata file exists but is empty.
write("RC-MD-01-empty-metadata", None, raw=b"")

# RC-MD-02: not JSON (truncated after the first entity).
text = json.dumps(load(), indent=2)
write("RC-MD-02-invalid-json", None, raw=text[: text.index('"@id": "./"')])

# RC-MD-03: no @context at all.
meta = load()
del meta["@context"]
write("RC-MD-03-context-missing", meta)

# RC-MD-03: a 1.2 crate that references only the 1.1 context.
meta = load()
meta["@context"] = "https://w3id.org/ro/crate/1.1/context"
write("RC-MD-03-context-version-mismatch", meta, settings=RO_CRATE_ONLY)

# RC-MD-03: an extra context that fivesafes does not have offline.
meta = load()
meta["@context"] = ["https://w3id.org/ro/crate/1.2/context", "https://example.org/terms/context.jsonld"]
write("RC-MD-03-context-not-available", meta)

# RC-MD-04: no @graph (load stage, fatal).
meta = load()
meta["graph"] = meta.pop("@graph")
write("RC-MD-04-graph-missing", meta)

# RC-MD-04: the publisher described inline instead of referenced.
meta = load()
organization = copy.deepcopy(entity(meta, ORG))
root(meta)["publisher"] = organization
write("RC-MD-04-nested-entity", meta)

# RC-MD-04: a string item in @graph.
meta = load()
meta["@graph"].append("https://example.org/stray")
write("RC-MD-04-non-object-graph-item", meta)

# RC-MD-05: "type" instead of "@type" on the project (as in the official examples' actions).
meta = load()
project = entity(meta, "#project-064a5635-5f98-4372-a46f-370fec9728b0")
project["type"] = project.pop("@type")
write("RC-MD-05-type-instead-of-at-type", meta)

# RC-MD-05: a full-IRI key and the "licence" spelling on the root.
meta = load()
root(meta)["http://schema.org/keywords"] = "mutations"
root(meta)["licence"] = {"@id": "https://spdx.org/licenses/CC-BY-4.0"}
write("RC-MD-05-undefined-keys", meta)

# RC-MD-05: a @type value that is not a term of the context.
meta = load()
entity(meta, "#grant-d8b86537-d387-445c-9411-25306dd3f604")["@type"] = "ResearchGrant"
write("RC-MD-05-undefined-type", meta)

# RC-MD-06: the grant has no @id (the project still references it).
meta = load()
del entity(meta, "#grant-d8b86537-d387-445c-9411-25306dd3f604")["@id"]
write("RC-MD-06-entity-without-id", meta)

# RC-MD-07: the grant has no @type.
meta = load()
del entity(meta, "#grant-d8b86537-d387-445c-9411-25306dd3f604")["@type"]
write("RC-MD-07-entity-without-type", meta)

# RC-MD-08: the organization described twice.
meta = load()
meta["@graph"].append({"@id": ORG, "@type": "Organization", "name": "Brown University (again)"})
write("RC-MD-08-duplicate-id", meta)

# FS-JSON-001: the run action repeats actionStatus (Potential, then Completed: Python would read Completed).
text = json.dumps(load(), indent=2, ensure_ascii=False) + "\n"
potential = '"actionStatus": "http://schema.org/PotentialActionStatus",'
text = text.replace(potential, potential + '\n      "actionStatus": "http://schema.org/CompletedActionStatus",', 1)
write("FS-JSON-001-repeated-key", None, raw=text)

# RC-MD-09: the author given as a string equal to the Person's @id.
meta = load()
root(meta)["author"] = PERSON
write("RC-MD-09-string-reference", meta)

# RC-MD-10: a single-element array.
meta = load()
root(meta)["author"] = [{"@id": PERSON}]
write("RC-MD-10-single-element-array", meta)

# --- 4.2 Descriptor and root --------------------------------------------------------------------

# RC-DESC-01: no metadata descriptor.
meta = load()
remove_entity(meta, "ro-crate-metadata.json")
write("RC-DESC-01-descriptor-missing", meta)

# RC-DESC-01: the descriptor typed Dataset.
meta = load()
descriptor(meta)["@type"] = "Dataset"
write("RC-DESC-01-descriptor-not-creativework", meta)

# RC-DESC-02: the descriptor is about an entity that is not described.
meta = load()
descriptor(meta)["about"] = {"@id": "#crate"}
write("RC-DESC-02-about-undescribed", meta)

# RC-DESC-03: no conformsTo on the descriptor (RO-Crate profile; the 5s profile replaces it with 5S-MD-02).
meta = load()
del descriptor(meta)["conformsTo"]
write("RC-DESC-03-conformsto-missing", meta, settings=RO_CRATE_ONLY)

# RC-ROOT-01: the root typed CreativeWork.
meta = load()
root(meta)["@type"] = "CreativeWork"
write("RC-ROOT-01-root-not-dataset", meta)

# RC-ROOT-02: a relative root @id in a 1.2 crate.
meta = load()
rename_root(meta, "crate")
write("RC-ROOT-02-root-id-relative", meta)

# RC-ROOT-03: a 1.1 crate whose root @id ends with "/" but is not "./".
meta = load()
as_ro_crate_11(meta)
rename_root(meta, "crate/")
write("RC-ROOT-03-root-id-not-dot-slash", meta, settings=RO_CRATE_ONLY)

# RC-ROOT-04: no name on the root.
meta = load()
del root(meta)["name"]
write("RC-ROOT-04-name-missing", meta)

# RC-ROOT-05: no description on the root.
meta = load()
del root(meta)["description"]
write("RC-ROOT-05-description-missing", meta)

# RC-ROOT-06: datePublished not in ISO 8601.
meta = load()
root(meta)["datePublished"] = "20 November 2026"
write("RC-ROOT-06-date-not-iso-8601", meta)

# RC-ROOT-05: a JSON-LD value object is a valid description (crates/valid/request-value-objects), but its
# @value must still be a string.
meta = load()
root(meta)["description"] = {"@value": 42}
write("RC-ROOT-05-description-value-not-string", meta)

# RC-ROOT-06: a value object's @value is read as the date, and reported once.
meta = load()
root(meta)["datePublished"] = {"@value": "20 November 2026"}
write("RC-ROOT-06-date-value-object-not-iso-8601", meta)

# RC-ROOT-06: a space instead of "T" between date and time.
meta = load()
root(meta)["datePublished"] = "2026-11-20 10:00:00"
write("RC-ROOT-06-date-space-separator", meta)

# RC-ROOT-07: no license (the licence entity goes too, so nothing else changes).
meta = load()
del root(meta)["license"]
remove_entity(meta, "https://spdx.org/licenses/CC-BY-4.0")
write("RC-ROOT-07-license-missing", meta)

# RC-ROOT-08: the publisher is a Project.
meta = load()
root(meta)["publisher"] = {"@id": "#project-064a5635-5f98-4372-a46f-370fec9728b0"}
write("RC-ROOT-08-publisher-not-organization", meta)

# RC-ROOT-09: the root's identifier is a PropertyValue without value.
meta = load()
root(meta)["identifier"] = {"@id": "#doi"}
meta["@graph"].append({"@id": "#doi", "@type": "PropertyValue", "name": "DOI of this request",
                       "propertyID": "https://registry.identifiers.org/registry/doi"})
write("RC-ROOT-09-identifier-without-value", meta)

# RC-ROOT-10: no author on the root (optional hint).
meta = load()
del root(meta)["author"]
write("RC-ROOT-10-author-missing", meta)

# --- 4.3 Profiles -------------------------------------------------------------------------------

# RC-PROF-02: the 5s profile in the root's conformsTo is not described.
meta = load()
remove_entity(meta, PROFILE_5S)
write("RC-PROF-02-profile-not-described", meta)

# RC-PROF-03: the version-less RO-Crate IRI in the root's conformsTo.
meta = load()
root(meta)["conformsTo"] = [{"@id": PROFILE_5S}, {"@id": "https://w3id.org/ro/crate"}]
write("RC-PROF-03-generic-ro-crate-profile", meta)
