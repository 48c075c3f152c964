#!/usr/bin/env python3
"""Fixtures for the Five Safes RO-Crate 0.5 rows (issue 19): execution contexts and credentials.

Source of the rules: the 0.5 draft as published in eScienceLab/Five-Safes-RO-Crate (copied to
shared/reference/5s-crate/0.5-escience/index.md); the catalogue is Fixtures/reference/requirements-0.5.md.

Valid fixtures (clean at recommended):
- request-0.5: the request crate declaring 0.5, its Workflow RO-Crate Dataset kept as the execution context
  (0.5 accepts it), executionType workflow (defined in an @context array, since the draft's term is in no
  published context), and the requester's credential.
- request-0.5-script: a SoftwareSourceCode execution context for executionType script.
- request-0.5-query: a SQL query context (programmingLanguage #sql).
- request-0.5-upgrade-path: the draft's Upgrade Path form, `#execution-context` with the permalink in sameAs.
Invalid fixtures: one per 0.5 row (5S-EXC-01..05, 5S-AGENT-10/11).

Run from the repository root: python3 Fixtures/scripts/profile_05.py
"""
import json

from fixturelib import entity, load, remove_entity, write

PROFILE_04 = "https://w3id.org/5s-crate/0.4"
PROFILE_05 = "https://w3id.org/5s-crate/0.5"
WORKFLOW = "https://workflowhub.eu/workflows/289?version=1"
PERSON = "https://orcid.org/0000-0002-1825-0097"
CREDENTIAL = "#safe-researcher-training"
CONTEXT_ID = "#execution-context"
EXECUTION_TYPE_IRI = "https://w3id.org/5s-crate/terms#executionType"
TRE = "https://tre72.example.com/"


def run_action(meta):
    return next(item for item in meta["@graph"] if item.get("@type") == "CreateAction")


def request_05(execution_type="workflow", credential=True):
    """The valid request declaring 0.5 (with executionType when given, and the requester's credential)."""
    meta = load()
    meta["@context"] = [meta["@context"], {"executionType": EXECUTION_TYPE_IRI}]
    root = entity(meta, "./")
    root["conformsTo"] = {"@id": PROFILE_05}
    if execution_type is not None:
        root["executionType"] = execution_type
    profile = entity(meta, PROFILE_04)
    profile.update({"@id": PROFILE_05, "name": "Five Safes RO-Crate profile 0.5", "version": "0.5"})
    if credential:
        entity(meta, PERSON)["hasCredential"] = {"@id": CREDENTIAL}
        meta["@graph"].append({"@id": CREDENTIAL, "@type": "EducationalOccupationalCredential",
                               "name": "Safe Researcher Training",
                               "description": "Accredited safe researcher training, passed 2026."})
    return meta


def use_context(meta, context, keep_download=False):
    """Makes `context` the execution context: mainEntity and the run's instrument, the workflow dropped (its
    Workflow RO-Crate download kept when the new context still distributes it)."""
    root = entity(meta, "./")
    root["mainEntity"] = {"@id": context["@id"]}
    parts = [part for part in root["hasPart"] if part["@id"] != WORKFLOW]
    root["hasPart"] = parts[0] if len(parts) == 1 else parts
    run_action(meta)["instrument"] = {"@id": context["@id"]}
    remove_entity(meta, WORKFLOW)
    if not keep_download:
        remove_entity(meta, "https://workflowhub.eu/workflows/289/ro_crate?version=1")
    meta["@graph"].append(context)


def script_context(types="SoftwareSourceCode"):
    return {"@id": CONTEXT_ID, "@type": types, "name": "Survival analysis script",
            "codeRepository": "https://github.com/example/analysis-scripts", "version": "1.2.0",
            "url": "https://github.com/example/analysis-scripts", "author": {"@id": PERSON}}


write("request-0.5", request_05(), valid=True)

meta = request_05("script")
use_context(meta, script_context())
write("request-0.5-script", meta, valid=True)

meta = request_05("query")
query = script_context()
query.update({"name": "Cohort extraction query", "programmingLanguage": {"@id": "#sql"},
              "text": "SELECT count(*) FROM cohort WHERE mutation IS NOT NULL"})
use_context(meta, query)
meta["@graph"].append({"@id": "#sql", "@type": "ComputerLanguage", "name": "SQL", "version": "ISO/IEC 9075:2023",
                       "url": {"@id": "https://www.iso.org/standard/76583.html"}})
write("request-0.5-query", meta, valid=True)

# The draft's Upgrade Path: a local #execution-context with the permalink in sameAs.
meta = request_05()
workflow = dict(entity(meta, WORKFLOW))
workflow.update({"@id": CONTEXT_ID, "sameAs": {"@id": WORKFLOW}})
del workflow["sdDatePublished"]
use_context(meta, workflow, keep_download=True)
write("request-0.5-upgrade-path", meta, valid=True)

# 5S-EXC-01: the mainEntity (and the run's instrument) name an execution context the graph does not describe.
meta = request_05("script")
use_context(meta, script_context())
remove_entity(meta, CONTEXT_ID)
write("5S-EXC-01-undescribed-context", meta)

# 5S-EXC-02: no executionType.
write("5S-EXC-02-no-execution-type", request_05(execution_type=None))

# 5S-EXC-03: a value outside the draft's table.
write("5S-EXC-03-unknown-execution-type", request_05("spreadsheet"))

# 5S-EXC-04: a container execution whose context is source code, not a SoftwareApplication.
meta = request_05("container")
use_context(meta, script_context())
write("5S-EXC-04-container-not-application", meta)

# 5S-EXC-04: a query whose language does not indicate SQL.
meta = request_05("query")
query = script_context()
query["programmingLanguage"] = {"@id": "https://www.r-project.org/"}
use_context(meta, query)
meta["@graph"].append({"@id": "https://www.r-project.org/", "@type": "ComputerLanguage", "name": "R",
                       "version": "4.4", "url": {"@id": "https://www.r-project.org/"}})
write("5S-EXC-04-query-not-sql", meta)

# 5S-EXC-05: a local workflow context with no permalink in @id or sameAs.
meta = request_05()
workflow = dict(entity(meta, WORKFLOW))
workflow["@id"] = CONTEXT_ID
del workflow["sdDatePublished"]
use_context(meta, workflow, keep_download=True)
write("5S-EXC-05-workflow-context-without-permalink", meta)

# 5S-AGENT-10: the requesting agent has no hasCredential.
write("5S-AGENT-10-no-credential", request_05(credential=False))

# 5S-AGENT-11: the credential is described, but not as an EducationalOccupationalCredential.
meta = request_05()
entity(meta, CREDENTIAL)["@type"] = "CreativeWork"
write("5S-AGENT-11-credential-not-typed", meta)


def result_05():
    """The valid result crate declaring 0.5 throughout (its validation phase checked 0.5), with executionType and
    the requester's credential."""
    meta = json.loads(json.dumps(load("result")).replace(PROFILE_04, PROFILE_05))
    meta["@context"] = [meta["@context"], {"executionType": EXECUTION_TYPE_IRI}]
    entity(meta, "./")["executionType"] = "workflow"
    profile = entity(meta, PROFILE_05)
    profile.update({"name": "Five Safes RO-Crate profile 0.5", "version": "0.5"})
    entity(meta, PERSON)["hasCredential"] = {"@id": CREDENTIAL}
    meta["@graph"].append({"@id": CREDENTIAL, "@type": "EducationalOccupationalCredential",
                           "name": "Safe Researcher Training",
                           "description": "Accredited safe researcher training, passed 2026."})
    # 0.5 Software Author Attribution (5S-SW-01): the TRE's own software names its author, the TRE.
    for software in meta["@graph"]:
        if software.get("@type") == "SoftwareApplication":
            software["author"] = {"@id": TRE}
    return meta


def with_review_comment(meta, **omit):
    """A Comment on the sign-off (0.5 Review Comments: author, dateCreated, text, about), minus the keys in `omit`."""
    sign_off = next(item for item in meta["@graph"]
                    if isinstance(item.get("additionalType"), dict) and item["additionalType"]["@id"].endswith("#SignOff"))
    comment = {"@id": "#comment-sign-off-1", "@type": "Comment", "name": "Reviewer note on the sign-off",
               "author": {"@id": sign_off["agent"]["@id"]}, "dateCreated": "2026-11-24T14:15:00Z",
               "text": "Input mutations checked against the approved list; no identifying data.",
               "about": {"@id": sign_off["@id"]}}
    for key in omit:
        del comment[key]
    sign_off["comment"] = {"@id": comment["@id"]}
    meta["@graph"].append(comment)
    return meta


write("result-0.5-review-comment", with_review_comment(result_05()), base="result", valid=True)

# 5S-REV-13: a review comment without its author and date.
write("5S-REV-13-comment-without-author-and-date", with_review_comment(result_05(), author=True, dateCreated=True),
      base="result")


# Issue 19 item 3: 5S-SW-01, 5S-DISC-13, 5S-DISC-14. The disclosure tool and its approval follow the 0.5 draft's
# Disclosure Check Details and Tool Approval Documentation examples (`#sdcTool-v2.1`, `#tool-approval-action`); the
# draft's undefined keys are defined in the crate's context under fivesafes' terms namespace (as `disclosure record`
# does for disclosureCheckType), so every key stays a term.
TOOL = "#sdcTool-v2.1"
APPROVAL = "#tool-approval-action"


def automated_disclosure(tool=True, approval=True):
    meta = result_05()
    meta["@context"][1].update({"disclosureCheckType": "https://w3id.org/5s-crate/terms#disclosureCheckType",
                                "approvalAction": "https://w3id.org/5s-crate/terms#approvalAction"})
    check = next(item for item in meta["@graph"]
                 if isinstance(item.get("additionalType"), dict) and item["additionalType"]["@id"].endswith("#DisclosureCheck"))
    check["disclosureCheckType"] = "automated"
    if tool:
        check["instrument"] = {"@id": TOOL}
        software = {"@id": TOOL, "@type": "SoftwareApplication", "name": "Statistical Disclosure Control Tool",
                    "version": "2.1", "url": "https://tre72.example.com/software/sdc", "author": {"@id": TRE}}
        if approval:
            software["approvalAction"] = {"@id": APPROVAL}
            meta["@graph"].append({"@id": APPROVAL, "@type": "AssessAction",
                                   "name": "Approval of SDC Tool for output checking", "agent": {"@id": TRE},
                                   "object": {"@id": TOOL}, "endTime": "2026-01-15T00:00:00Z",
                                   "actionStatus": "http://schema.org/CompletedActionStatus"})
        meta["@graph"].append(software)
    return meta


# The draft's own approval AssessAction is a review action to the 0.4 rows 0.5 keeps (every AssessAction of a
# result is a review phase: 5S-REV-05/06, 5S-PUB-03), so this crate, which satisfies 5S-DISC-13 and 5S-DISC-14,
# pins that conflict instead of being a valid fixture.
write("5S-REV-05-disclosure-tool-approval-is-no-review-phase", automated_disclosure(), base="result")
write("5S-DISC-13-automated-check-without-tool", automated_disclosure(tool=False), base="result")
write("5S-DISC-14-tool-without-approval", automated_disclosure(approval=False), base="result")
meta = result_05()
del next(item for item in meta["@graph"] if item["@id"] == "https://tre72.example.com/#crate-validator")["author"]
write("5S-SW-01-software-without-author", meta, base="result")
