#!/usr/bin/env python3
"""Fixtures for the Five Safes RO-Crate 1.0 Working Draft rows (issue 19): the activity record and its versions.

Source: the 1.0 Working Draft's Complete Example (shared/reference/5s-crate/1.0-WD/five-safes-profile.md, "Complete
Example"), adapted: the root is `./` (the draft allows it), single values are not wrapped in arrays (RC-MD-10), the
licence and the activity record IRI are described (RC-CE-01), and the files carry description and contentSize.

Valid (clean at recommended): record-1.0 (a working record), record-1.0-snapshot (a later snapshot, version 2),
record-1.0-review (a plan submitted, checked and approved; its first snapshot sent and received),
record-1.0-node-b (a first snapshot of another TRE's record: with record-1.0-snapshot, the two node provenance
RO-Crates of the federation fixtures), record-1.0-federated (the federated activity record referencing both, in
the shape of the draft's Node Provenance RO-Crates example and of what `fivesafes federate` writes).
Invalid: one per 1.0 row (5S-REC-01..10, 5S-VER-01..06, 5S-PROC-01..04, 5S-DEC-01..04, 5S-XCH-01..04, 5S-REF-01,
5S-FED-01/03).

Run from the repository root: python3 Fixtures/scripts/profile_10.py
"""
import copy
import json
import os

from fixturelib import VALID, entity, remove_entity, write

BASE = "record-1.0"
RECORD = "https://tre72.example.org/activities/A123"
RUN = "urn:uuid:6b1eaa63-25b0-4dd2-9c92-a35a3f5cd58a"
ORG = "https://ror.org/027m9bs27"
PERSON = "https://orcid.org/0000-0002-1825-0097"
CC0 = "https://creativecommons.org/publicdomain/zero/1.0/"

WORKING_RECORD = {
    "@context": ["https://w3id.org/ro/crate/1.3/context"],
    "@graph": [
        {"@type": "CreativeWork", "@id": "ro-crate-metadata.json", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.3"}},
        {"@id": "./", "@type": "Dataset", "conformsTo": {"@id": "https://w3id.org/5s-crate/1.0"},
         "identifier": {"@id": RECORD + "/current"}, "dct:isVersionOf": {"@id": RECORD},
         "name": "Feasibility enquiry A123 (TRE72)", "description": "Cohort feasibility counts for the A123 enquiry.",
         "dateCreated": "2027-03-13T09:00:00Z", "dateModified": "2027-03-14T09:20:31Z",
         "datePublished": "2027-03-13T09:01:00Z", "license": {"@id": CC0}, "publisher": {"@id": ORG},
         "hasPart": [{"@id": "query.sql"}, {"@id": "outputs/counts.csv"}], "mentions": {"@id": RUN}},
        {"@id": "https://w3id.org/5s-crate/1.0", "@type": ["CreativeWork", "Profile"],
         "name": "Five Safes RO-Crate profile", "version": "1.0"},
        {"@id": RECORD, "@type": "CreativeWork", "name": "Activity record A123",
         "description": "The feasibility enquiry A123 across all its representations."},
        {"@id": CC0, "@type": "CreativeWork", "name": "CC0 1.0 Universal", "description": "Public domain dedication."},
        {"@id": RUN, "@type": ["CreateAction", "prov:Activity"], "name": "Execute feasibility query",
         "agent": {"@id": PERSON}, "provider": {"@id": ORG}, "object": {"@id": "query.sql"},
         "result": {"@id": "outputs/counts.csv"}, "startTime": "2027-03-14T09:20:30Z",
         "endTime": "2027-03-14T09:20:31Z", "actionStatus": {"@id": "http://schema.org/CompletedActionStatus"}},
        {"@id": "query.sql", "@type": "File", "name": "Feasibility query", "description": "The SQL query counting the cohort.",
         "encodingFormat": "application/sql", "contentSize": "29"},
        {"@id": "outputs/counts.csv", "@type": "File", "name": "Feasibility counts", "description": "Counts per cohort.",
         "encodingFormat": "text/csv", "contentSize": "19"},
        {"@id": PERSON, "@type": "Person", "name": "Example analyst", "affiliation": {"@id": ORG}},
        {"@id": ORG, "@type": "Organization", "name": "TRE72"},
    ],
}

with open(os.path.join(VALID, BASE, "ro-crate-metadata.json"), "w", encoding="utf-8") as handle:
    handle.write(json.dumps(WORKING_RECORD, indent=2, ensure_ascii=False) + "\n")


def record():
    return copy.deepcopy(WORKING_RECORD)


def snapshot(version=2):
    """The draft's recipe: identifier of the snapshot, version, dateCreated, no dateModified, previousVersion."""
    meta = record()
    root = entity(meta, "./")
    root["identifier"] = {"@id": RECORD + "/versions/%d" % version}
    root["version"] = version
    root["dateCreated"] = "2027-03-15T10:00:00Z"
    root["datePublished"] = "2027-03-15T10:05:00Z"
    del root["dateModified"]
    if version > 1:
        previous = RECORD + "/versions/%d" % (version - 1)
        root["pav:previousVersion"] = {"@id": previous}
        # The draft leaves the predecessor undescribed; RC-CE-01 (SHOULD) asks for a description.
        meta["@graph"].append({"@id": previous, "@type": "CreativeWork",
                               "name": "Activity record A123, snapshot %d" % (version - 1)})
    return meta


write("record-1.0-snapshot", snapshot(), base=BASE, valid=True)

meta = record()
entity(meta, "ro-crate-metadata.json")["conformsTo"] = {"@id": "https://w3id.org/ro/crate/1.2"}
write("5S-REC-01-ro-crate-1.2", meta, base=BASE)

meta = record()
del entity(meta, "./")["conformsTo"]
meta["@graph"] = [item for item in meta["@graph"] if item["@id"] != "https://w3id.org/5s-crate/1.0"]
write("5S-REC-05-no-profile", meta, base=BASE, settings={"profile": "five-safes-crate", "profileVersion": "1.0-WD"})

meta = record()
del entity(meta, "./")["description"]
write("5S-REC-06-no-description", meta, base=BASE)

meta = record()
entity(meta, "./")["identifier"] = "A123-current"
write("5S-VER-01-identifier-string", meta, base=BASE)

meta = record()
del entity(meta, "./")["dct:isVersionOf"]
meta["@graph"] = [item for item in meta["@graph"] if item["@id"] != RECORD]
write("5S-VER-02-no-is-version-of", meta, base=BASE)

meta = record()
del entity(meta, "./")["dateCreated"]
write("5S-VER-03-no-date-created", meta, base=BASE)

meta = snapshot()
del entity(meta, "./")["pav:previousVersion"]
meta["@graph"] = [item for item in meta["@graph"] if item["@id"] != RECORD + "/versions/1"]
write("5S-VER-04-later-snapshot-without-previous", meta, base=BASE)

meta = snapshot(1)
entity(meta, "./")["version"] = "1"
write("5S-VER-04-version-string", meta, base=BASE)

meta = snapshot()
entity(meta, "./")["dateModified"] = "2027-03-16T08:00:00Z"
write("5S-VER-05-snapshot-date-modified", meta, base=BASE)

meta = record()
ask = {"@id": "urn:uuid:0f5e2c7a-9d41-4b8e-a3c6-1e2f3a4b5c6d", "@type": ["CreateAction", "prov:Activity"],
       "name": "Requested rerun of the feasibility query", "agent": {"@id": PERSON}, "object": {"@id": "query.sql"},
       "actionStatus": "http://schema.org/PotentialActionStatus"}
meta["@graph"].append(ask)
entity(meta, "./")["mentions"] = [{"@id": RUN}, {"@id": ask["@id"]}]
write("5S-DEC-01-potential-request", meta, base=BASE)


# Issue 19 item 3: the rows of processes, decisions and exchanges (5S-REC-02..10, 5S-VER-06, 5S-PROC-01..04,
# 5S-DEC-02..04, 5S-XCH-01..04). The review shapes follow the draft's fragments in Requests, Plans, and Execution,
# Decision Subjects and Provenance, and Exchange Processes (same IRIs), adapted as above.
PLAN = RECORD + "/plans/enquiry-3f2b"
ASK = RECORD + "/requests/enquiry-3f2b"
DECISION = RECORD + "/decisions/signoff-9c14"
CHECK = RECORD + "/checks/check-1"
SNAPSHOT = RECORD + "/versions/1"
SEND = RECORD + "/actions/send-snapshot-1"
RECEIVE = "https://tre-b.example.org/records/A123/actions/receive-snapshot-1"
NODE_B = "https://tre-b.example.org/node"
COMPLETED = {"@id": "http://schema.org/CompletedActionStatus"}


def review():
    """The working record with a plan submitted, checked, approved, and its first snapshot sent and received."""
    meta = record()
    root = entity(meta, "./")
    root["hasPart"].append({"@id": SNAPSHOT})
    root["mentions"] = [{"@id": RUN}, {"@id": ASK}, {"@id": CHECK}, {"@id": DECISION}, {"@id": SEND}, {"@id": RECEIVE}]
    meta["@graph"] += [
        {"@id": PLAN, "@type": ["CreativeWork", "prov:Plan"], "name": "Analysis plan for enquiry A123"},
        {"@id": ASK, "@type": ["AskAction", "prov:Activity"], "name": "Submit analysis plan",
         "agent": {"@id": PERSON}, "provider": {"@id": ORG}, "object": {"@id": PLAN}, "recipient": {"@id": ORG},
         "endTime": "2027-03-13T15:00:00Z", "actionStatus": COMPLETED},
        {"@id": CHECK, "@type": ["AssessAction", "prov:Activity"], "name": "Check of the plan against the agreement",
         "agent": {"@id": ORG}, "provider": {"@id": ORG}, "object": {"@id": PLAN},
         "endTime": "2027-03-13T15:30:00Z", "actionStatus": COMPLETED},
        {"@id": DECISION, "@type": ["AuthorizeAction", "prov:Activity"], "name": "Enquiry approved",
         "agent": {"@id": PERSON}, "provider": {"@id": ORG}, "object": {"@id": PLAN},
         "prov:wasInformedBy": [{"@id": ASK}, {"@id": CHECK}], "endTime": "2027-03-13T16:40:00Z",
         "actionStatus": COMPLETED},
        {"@id": SNAPSHOT, "@type": "Dataset", "name": "Submission snapshot for enquiry A123", "version": 1,
         "description": "The record as submitted.", "dct:isVersionOf": {"@id": RECORD},
         "datePublished": "2027-03-13T16:00:00Z", "conformsTo": {"@id": "https://w3id.org/ro/crate"}},
        {"@id": SEND, "@type": ["SendAction", "prov:Activity"], "name": "TRE72 sent snapshot 1 to node B",
         "agent": {"@id": ORG}, "provider": {"@id": ORG}, "recipient": {"@id": NODE_B}, "object": {"@id": SNAPSHOT},
         "startTime": "2027-03-13T17:00:00Z", "endTime": "2027-03-13T17:00:05Z", "actionStatus": COMPLETED},
        {"@id": RECEIVE, "@type": ["ReceiveAction", "prov:Activity"], "name": "Node B received snapshot 1",
         "agent": {"@id": NODE_B}, "provider": {"@id": NODE_B}, "sender": {"@id": ORG}, "object": {"@id": SNAPSHOT},
         "prov:wasInformedBy": {"@id": SEND}, "startTime": "2027-03-13T17:00:04Z", "endTime": "2027-03-13T17:00:06Z",
         "actionStatus": COMPLETED},
        {"@id": NODE_B, "@type": "Organization", "name": "TRE node B"},
    ]
    return meta


write("record-1.0-review", review(), base=BASE, valid=True)

meta = record()
meta["@context"] = "https://w3id.org/ro/crate/1.3/context"
write("5S-REC-02-context-string", meta, base=BASE)

meta = record()
entity(meta, RUN)["@id"] = "#run-1"
entity(meta, "./")["mentions"] = {"@id": "#run-1"}
write("5S-REC-03-local-id", meta, base=BASE)

meta = record()
entity(meta, "./")["@type"] = "CreativeWork"
write("5S-REC-04-root-not-dataset", meta, base=BASE)

meta = record()
del entity(meta, "./")["license"]
remove_entity(meta, CC0)
write("5S-REC-07-no-license", meta, base=BASE)

meta = record()
entity(meta, "./")["publisher"] = {"@id": PERSON}
write("5S-REC-08-publisher-person", meta, base=BASE)

meta = record()
del entity(meta, "./")["mentions"]
write("5S-REC-09-process-not-mentioned", meta, base=BASE)

meta = record()
entity(meta, "./")["hasPart"] = {"@id": "query.sql"}
write("5S-REC-10-output-not-in-has-part", meta, base=BASE)

meta = record()
PROJECT = "urn:uuid:b8e5f3a2-1c74-4d09-a6bf-53e92d78c410"
entity(meta, "./")["identifier"] = [{"@id": RECORD + "/current"}, {"@id": PROJECT}]
meta["@graph"].append({"@id": PROJECT, "@type": "PropertyValue", "name": "TRE 72 project reference",
                       "propertyID": "https://tre72.example.org/schemes/project-reference"})
write("5S-VER-06-identifier-without-value", meta, base=BASE)

meta = record()
entity(meta, RUN)["@type"] = "CreateAction"
write("5S-PROC-01-no-prov-activity", meta, base=BASE)

meta = record()
entity(meta, RUN)["agent"] = {"@id": "https://tre72.example.org/roles/analyst"}
write("5S-PROC-02-agent-not-described", meta, base=BASE)

meta = record()
entity(meta, RUN)["actionStatus"] = "http://schema.org/CompletedActionStatus"
write("5S-PROC-03-status-string", meta, base=BASE)

meta = record()
del entity(meta, RUN)["endTime"]
write("5S-PROC-04-completed-without-end-time", meta, base=BASE)

meta = review()
entity(meta, DECISION)["@type"] = ["AssessAction", "prov:Activity"]
entity(meta, DECISION)["additionalType"] = {"@id": "https://w3id.org/shp#SignOff"}
meta["@graph"].append({"@id": "https://w3id.org/shp#SignOff", "@type": "DefinedTerm", "name": "Sign-off"})
write("5S-DEC-02-sign-off-assessment", meta, base=BASE)

meta = review()
entity(meta, DECISION)["object"] = [{"@id": PLAN}, {"@id": "query.sql"}]
write("5S-DEC-03-answer-with-two-objects", meta, base=BASE)

meta = review()
del entity(meta, ASK)["recipient"]
write("5S-DEC-04-submission-without-recipient", meta, base=BASE)

meta = review()
del entity(meta, SEND)["recipient"]
write("5S-XCH-01-send-without-recipient", meta, base=BASE)

meta = review()
entity(meta, RECEIVE)["object"] = {"@id": "query.sql"}
write("5S-XCH-02-receive-relative-object", meta, base=BASE)

meta = review()
entity(meta, SNAPSHOT)["datePublished"] = "2027-03-13T18:00:00Z"
write("5S-XCH-03-snapshot-published-after-send", meta, base=BASE)

meta = review()
entity(meta, RECEIVE)["startTime"] = "2027-03-13T16:59:00Z"
entity(meta, RECEIVE)["endTime"] = "2027-03-13T16:59:30Z"
write("5S-XCH-04-receipt-before-dispatch", meta, base=BASE)

# The RO-Crate rows the Five Safes profile replaces for 0.4 apply to 1.0 crates again (a listed-rows version does
# not take the replacing 5S rows): RC-DESC-03 and RC-DE-07 on a working record.
meta = record()
entity(meta, "ro-crate-metadata.json")["conformsTo"] = [{"@id": "https://w3id.org/ro/crate/1.3"},
                                                        {"@id": "https://w3id.org/ro/crate/1.2"}]
write("RC-DESC-03-record-1.0-two-versions", meta, base=BASE)

meta = record()
entity(meta, "./")["hasPart"].append({"@id": "../secret.txt"})
meta["@graph"].append({"@id": "../secret.txt", "@type": "File", "name": "A file above the crate root",
                       "description": "Outside the crate.", "encodingFormat": "text/plain"})
write("RC-DE-07-record-1.0-climbs-out", meta, base=BASE)


# Federation (draft: Federation, Node Provenance RO-Crates, Referencing Another RO-Crate).
NODE_B_RECORD = "https://tre-b.example.org/activities/B7"
NODE_B_ORG = "https://ror.org/03h2bxq36"
FEDERATED = "https://federation.example.org/records/R"

meta = snapshot(1)
root = entity(meta, "./")
root["identifier"] = {"@id": NODE_B_RECORD + "/versions/1"}
root["dct:isVersionOf"] = {"@id": NODE_B_RECORD}
root["name"] = "Feasibility enquiry A123 at TRE B"
root["publisher"] = {"@id": NODE_B_ORG}
for item in meta["@graph"]:
    if item["@id"] == RECORD:
        item["@id"] = NODE_B_RECORD
        item["name"] = "Activity record B7"
    if item["@id"] == ORG:
        item["@id"] = NODE_B_ORG
        item["name"] = "TRE B"
    if item.get("provider") == {"@id": ORG}:
        item["provider"] = {"@id": NODE_B_ORG}
entity(meta, PERSON)["affiliation"] = {"@id": NODE_B_ORG}
write("record-1.0-node-b", meta, base=BASE, valid=True)


def node_reference(node_id, record, version, published, publisher, name):
    """A node provenance RO-Crate as the federated record references it (the draft's example, with `about` naming
    the federated activity record)."""
    return {"@id": node_id, "@type": "Dataset", "name": name, "conformsTo": {"@id": "https://w3id.org/ro/crate"},
            "about": {"@id": FEDERATED}, "datePublished": published, "publisher": {"@id": publisher},
            "version": version, "dct:isVersionOf": {"@id": record}}


NODE_A_ID = RECORD + "/versions/2"
NODE_B_ID = NODE_B_RECORD + "/versions/1"
FEDERATED_RECORD = {
    "@context": ["https://w3id.org/ro/crate/1.3/context"],
    "@graph": [
        {"@type": "CreativeWork", "@id": "ro-crate-metadata.json", "about": {"@id": "./"},
         "conformsTo": {"@id": "https://w3id.org/ro/crate/1.3"}},
        {"@id": "./", "@type": "Dataset", "conformsTo": {"@id": "https://w3id.org/5s-crate/1.0"},
         "identifier": {"@id": FEDERATED + "/current"}, "dct:isVersionOf": {"@id": FEDERATED},
         "name": "Federated feasibility enquiry R", "description": "Federated activity record of 2 node provenance RO-Crates.",
         "dateCreated": "2027-04-07T09:00:00Z", "datePublished": "2027-04-07T09:00:00Z", "license": {"@id": CC0},
         "publisher": {"@id": ORG}, "hasPart": [{"@id": NODE_A_ID}, {"@id": NODE_B_ID}]},
        {"@id": "https://w3id.org/5s-crate/1.0", "@type": ["CreativeWork", "Profile"],
         "name": "Five Safes RO-Crate profile", "version": "1.0"},
        {"@id": FEDERATED, "@type": "CreativeWork", "name": "Federated activity record",
         "description": "The federated work across all its representations."},
        {"@id": CC0, "@type": "CreativeWork", "name": "CC0 1.0 Universal", "description": "Public domain dedication."},
        node_reference(NODE_A_ID, RECORD, 2, "2027-03-15T10:05:00Z", ORG, "Feasibility enquiry A123 (TRE72)"),
        {"@id": RECORD, "@type": "CreativeWork", "name": "Activity record A123"},
        {"@id": ORG, "@type": "Organization", "name": "TRE72"},
        node_reference(NODE_B_ID, NODE_B_RECORD, 1, "2027-03-15T10:05:00Z", NODE_B_ORG, "Feasibility enquiry A123 at TRE B"),
        {"@id": NODE_B_RECORD, "@type": "CreativeWork", "name": "Activity record B7"},
        {"@id": NODE_B_ORG, "@type": "Organization", "name": "TRE B"},
    ],
}
NO_FILES = ("query.sql", "outputs/counts.csv")


def federated():
    return copy.deepcopy(FEDERATED_RECORD)


write("record-1.0-federated", federated(), base=BASE, remove=NO_FILES, valid=True)

meta = federated()
entity(meta, "./")["hasPart"] = {"@id": NODE_A_ID}
write("5S-REF-01-reference-not-in-has-part", meta, base=BASE, remove=NO_FILES)

meta = federated()
entity(meta, NODE_B_ID)["conformsTo"] = {"@id": "https://w3id.org/ro/crate/1.3"}
write("5S-REF-01-versioned-ro-crate", meta, base=BASE, remove=NO_FILES)

meta = federated()
del entity(meta, NODE_B_ID)["about"]
write("5S-FED-01-node-without-about", meta, base=BASE, remove=NO_FILES)

meta = federated()
del entity(meta, NODE_B_ID)["version"]
write("5S-FED-01-node-working-record", meta, base=BASE, remove=NO_FILES)

meta = federated()
del entity(meta, NODE_B_ID)["publisher"]
remove_entity(meta, NODE_B_ORG)
write("5S-FED-03-node-without-publisher", meta, base=BASE, remove=NO_FILES)
