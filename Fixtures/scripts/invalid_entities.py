#!/usr/bin/env python3
"""Invalid fixtures for the RO-Crate data entity, contextual entity, preview and payload rules.

Catalogue sections 4.4-4.6 (RC-DE-*, RC-CE-*, RC-PREV-*) and FS-PAYLOAD-001/002/003. Each fixture is a
valid crate with one mutation. The detached-crate rules (RC-DET-*) need a metadata file with another
name, which the directory fixtures cannot express; they are unit tests
(Tests/ProfileEngineTests/ContextualEntity/DetachedCrateTests.swift).

Run from the repository root: python3 Fixtures/scripts/invalid_entities.py
"""
import os

from fixturelib import entities_of_type, entity, load, write

NOTES = "Reviewer notes that nobody described.\n"


def root(meta):
    return entity(meta, "./")


def add_part(meta, part_id):
    parts = root(meta).setdefault("hasPart", [])
    if isinstance(parts, dict):
        parts = [parts]
        root(meta)["hasPart"] = parts
    parts.append({"@id": part_id})


def text_file(file_id, content, **extra):
    item = {"@id": file_id, "@type": "File", "name": "Notes", "description": "Free-text notes of the requester.",
            "encodingFormat": "text/plain", "contentSize": str(len(content.encode("utf-8")))}
    item.update(extra)
    return item


def preview(title, doctype=True, script=False):
    head = "<!DOCTYPE html>\n" if doctype else "\n\n"
    embedded = '<script type="application/ld+json">{"@graph": []}</script>' if script else ""
    body = "<h1>%s</h1>" % title if title else "<p>Loading the crate…</p>"
    return "%s<html><head><meta charset=\"utf-8\"><title>Crate</title>%s</head><body>%s</body></html>\n" % (
        head, embedded, body)


def data_entities():
    meta = load("request")
    meta["@graph"].append(text_file("notes.txt", NOTES))
    write("RC-DE-01-file-not-in-haspart", meta, files={"notes.txt": NOTES})

    meta = load("request")
    add_part(meta, "notes.txt")
    meta["@graph"].append({"@id": "notes.txt", "@type": "CreativeWork", "name": "Notes"})
    write("RC-DE-02-part-not-file", meta, files={"notes.txt": NOTES})

    meta = load("request")
    write("RC-DE-03-file-missing", meta, remove=["input1.txt"])

    meta = load("request")
    add_part(meta, "outputs/")
    meta["@graph"].append({"@id": "outputs/", "@type": "Dataset", "name": "Outputs",
                           "description": "Folder for the outputs of the run.", "hasPart": []})
    write("RC-DE-04-dataset-not-directory", meta)

    meta = load("request")
    add_part(meta, "docs")
    meta["@graph"].append(text_file("docs", NOTES, name="Documentation"))
    write("RC-DE-04-file-is-directory", meta, files={"docs/notes.txt": NOTES})

    meta = load("request")
    del entity(meta, "input1.txt")["encodingFormat"]
    del entity(meta, "input1.txt")["description"]
    write("RC-DE-05-file-without-format", meta)

    meta = load("request")
    add_part(meta, "https://example.org/reference/mutations.csv")
    meta["@graph"].append({"@id": "https://example.org/reference/mutations.csv", "@type": "File",
                           "name": "Reference mutations", "description": "Published list of known mutations.",
                           "encodingFormat": "text/csv"})
    write("RC-DE-06-web-file-without-size", meta)

    meta = load("request")
    add_part(meta, "../fetch.txt")
    meta["@graph"].append(text_file("../fetch.txt", NOTES, name="BagIt fetch list"))
    write("RC-DE-07-parent-path", meta, settings={"profile": "ro-crate"})

    meta = load("request")
    add_part(meta, "my notes.txt")
    meta["@graph"].append(text_file("my notes.txt", NOTES))
    write("RC-DE-08-space-in-id", meta, files={"my notes.txt": NOTES})

    meta = load("request")
    add_part(meta, "https://example.org/datasets/cohort/")
    meta["@graph"].append({"@id": "https://example.org/datasets/cohort/", "@type": "Dataset",
                           "name": "Cohort listing", "description": "Web folder with the cohort files."})
    write("RC-DE-09-web-dataset-without-listing", meta)

    meta = load("request")
    html = preview(root(meta)["name"])
    add_part(meta, "ro-crate-preview.html")
    meta["@graph"].append({"@id": "ro-crate-preview.html", "@type": "File", "name": "RO-Crate Website",
                           "description": "Human-readable view of the metadata.", "encodingFormat": "text/html",
                           "contentSize": str(len(html.encode("utf-8")))})
    write("RC-DE-10-preview-in-haspart", meta, files={"ro-crate-preview.html": html})


def contextual_entities():
    meta = load("request")
    root(meta)["license"] = {"@id": "http://spdx.org/licenses/CC-BY-4.0"}
    write("RC-CE-01-dangling-license", meta)

    meta = load("request")
    root(meta)["contributor"] = {"@id": "alice"}
    meta["@graph"].append({"@id": "alice", "@type": "Person", "name": "Alice Smith"})
    write("RC-CE-02-relative-person-id", meta)

    meta = load("request")
    root(meta)["contributor"] = {"@id": "#carol"}
    meta["@graph"].append({"@id": "#carol", "@type": "Person", "name": "Carol Jones",
                           "affiliation": "Brown University"})
    write("RC-CE-03-string-affiliation", meta)

    meta = load("request")
    root(meta)["publisher"] = {"@id": "https://orcid.org/0000-0002-1825-0097"}
    write("RC-CE-03-person-publisher", meta)

    meta = load("request")
    del entity(meta, "https://spdx.org/licenses/CC-BY-4.0")["description"]
    write("RC-CE-04-license-without-description", meta)

    meta = load("request")
    root(meta)["keywords"] = ["protein stability", 42]
    write("RC-CE-05-keyword-not-text", meta)

    meta = load("request")
    root(meta)["citation"] = {"@id": "#methods-paper"}
    meta["@graph"].append({"@id": "#methods-paper", "@type": "ScholarlyArticle",
                           "name": "Protein MD setup with mutations"})
    write("RC-CE-05-citation-without-url", meta)

    meta = load("result")
    del entity(meta, "https://tre72.example.com/#crate-validator")["version"]
    write("RC-CE-06-software-without-version", meta, base="result", settings={"phase": "result"})

    meta = load("result")
    root(meta)["mentions"].append({"@id": "#update-metadata"})
    meta["@graph"].append({"@id": "#update-metadata", "@type": "UpdateAction",
                           "name": "Corrected the description of the outputs",
                           "actionStatus": "http://schema.org/CompletedActionStatus",
                           "object": {"@id": "./"},
                           "agent": {"@id": "https://tre72.example.com/people/rosalind-okafor"},
                           "startTime": "2026-11-25T11:40:00Z"})
    write("RC-CE-07-curation-without-endtime", meta, base="result", settings={"phase": "result"})


def preview_rules():
    meta = load("request")
    write("RC-PREV-02-no-doctype", meta,
          files={"ro-crate-preview.html": preview(root(meta)["name"], doctype=False)})

    meta = load("request")
    meta["@context"] = "https://w3id.org/ro/crate/1.1/context"
    entity(meta, "ro-crate-metadata.json")["conformsTo"] = {"@id": "https://w3id.org/ro/crate/1.1"}
    entity(meta, "https://w3id.org/5s-crate/0.4")["@type"] = "CreativeWork"  # `Profile` is not a 1.1 term
    write("RC-PREV-03-no-embedded-metadata", meta,
          files={"ro-crate-preview.html": preview(root(meta)["name"])}, settings={"profile": "ro-crate"})

    meta = load("request")
    write("RC-PREV-04-root-name-not-shown", meta, files={"ro-crate-preview.html": preview(None)})


def payload_rules():
    meta = load("request")
    entity(meta, "input1.txt")["contentSize"] = "99"
    write("FS-PAYLOAD-001-content-size-mismatch", meta)

    meta = load("request")
    write("FS-PAYLOAD-002-undescribed-file", meta, files={"notes.txt": NOTES})

    # A described file that is a symbolic link (to a file inside the crate: the target does not matter, the link does).
    meta = load("request")
    root(meta)["hasPart"].append({"@id": "linked.txt"})
    meta["@graph"].append({"@id": "linked.txt", "@type": "File", "name": "A link to the input list"})
    target = write("FS-PAYLOAD-003-symbolic-link", meta)
    link = os.path.join(target, "linked.txt")
    if os.path.lexists(link):
        os.remove(link)
    os.symlink("input1.txt", link)


if __name__ == "__main__":
    data_entities()
    contextual_entities()
    preview_rules()
    payload_rules()
