"""Invalid fixtures for the review-process rules (catalogue 2.10-2.19): 5S-REV, 5S-TIME, 5S-CHK, 5S-VAL,
5S-DL, 5S-SIGN, 5S-EXEC, 5S-DISC, 5S-PUB and 5S-SEC.

Run from the repository root: python3 Fixtures/scripts/invalid_review.py
Most fixtures mutate the valid `result` crate (every review phase) and validate it as a result crate.
"""
from fixturelib import load, entity, remove_entity, write

CHECK = "#check-62903c76-62b3-4396-b85b-e60ac71c0d8f"
VALID = "#validate-73dc5ed4-c1cd-4de7-bed6-1e7713832712"
DOWNLOAD = "#download-c6836a75-7f31-4e02-983f-a5d62663ba92"
SIGNOFF = "#signoff-69274947-c77f-4ad7-b71c-9b4039770481"
DISCLOSURE = "#disclosure-831393e7-9373-491f-af2f-0cd9b738ca5d"
BAGIT = "#bagit-e4d12aff-6be3-4884-93d2-40f43135f7b3"
RUN = "#query-9272027a-f6b2-4f30-835b-50b40ce7e7f7"
PROJECT = "#project-064a5635-5f98-4372-a46f-370fec9728b0"
WORKFLOW = "https://workflowhub.eu/workflows/289?version=1"
VALIDATOR = "https://tre72.example.com/#crate-validator"
PROXY = "https://tre72.example.com/#workflow-proxy"
REVIEWER = "https://tre72.example.com/people/rosalind-okafor"
POLICY = "https://tre72.example.com/agreement-policy/81"
SHA512 = "https://www.iana.org/assignments/named-information#sha-512"
SHP = "https://w3id.org/shp#"
RESULT = {"phase": "result"}
REQUEST = {"phase": "request"}


def result(name, mutate, files=None, remove=()):
    """Writes a fixture from the result crate after `mutate(meta)`."""
    meta = load("result")
    mutate(meta)
    write(name, meta, base="result", files=files, remove=remove, settings=RESULT)


def request(name, mutate, files=None):
    meta = load("request")
    mutate(meta)
    write(name, meta, base="request", files=files, settings=REQUEST)


def root(meta):
    return entity(meta, "./")


def unmention(meta, entity_id):
    root(meta)["mentions"] = [m for m in root(meta)["mentions"] if m["@id"] != entity_id]


def drop(entity_id, *keys):
    def mutate(meta):
        for key in keys:
            del entity(meta, entity_id)[key]
    return mutate


def put(entity_id, **values):
    def mutate(meta):
        entity(meta, entity_id).update(values)
    return mutate


def remove_action(entity_id):
    def mutate(meta):
        remove_entity(meta, entity_id)
        unmention(meta, entity_id)
    return mutate


def add_scan(**changes):
    """Adds a further TRE assessment (a re-check of the checksums after an internal transfer) that none of
    the four phase rows targets, then applies `changes` (a value of None deletes the key)."""
    def mutate(meta):
        scan = {
            "@id": "#recheck-5b0e8f43-0c55-4d7e-a1a8-2f0d5c1e7a90",
            "@type": "AssessAction",
            "additionalType": {"@id": SHP + "GenerateCheckValue"},
            "name": "Re-check of BagIt checksums after transfer to the execution zone: OK",
            "actionStatus": "http://schema.org/CompletedActionStatus",
            "object": {"@id": "./"},
            "instrument": {"@id": SHA512},
            "agent": {"@id": VALIDATOR},
            "startTime": "2026-11-24T14:30:00Z",
            "endTime": "2026-11-24T14:30:02Z",
        }
        for key, value in changes.items():
            if value is None:
                del scan[key]
            else:
                scan[key] = value
        meta["@graph"].append(scan)
        root(meta)["mentions"].append({"@id": scan["@id"]})
    return mutate


def failed_disclosure(meta):
    entity(meta, DISCLOSURE).update({
        "name": "Disclosure check of workflow results: rejected (small cell counts)",
        "actionStatus": "http://schema.org/FailedActionStatus",
    })


# 2.10 Review process
result("5S-REV-01-update-action-not-mentioned", lambda m: unmention(m, BAGIT))
result("5S-REV-02-validation-ends-after-sign-off-began", put(VALID, endTime="2026-11-24T14:10:00Z"))
result("5S-REV-04-assessment-without-status", add_scan(actionStatus=None))
result("5S-REV-05-assessment-object-without-root", add_scan(object={"@id": "input1.txt"}))
result("5S-REV-06-additional-type-plain-string", put(CHECK, additionalType=SHP + "CheckValue"))
result("5S-REV-07-assessment-without-name", add_scan(name=None))
result("5S-REV-08-assessment-without-end-time", add_scan(endTime=None))
result("5S-REV-10-agent-is-a-service", put(PROXY, **{"@type": "Service"}))
result("5S-REV-11-software-agent-without-provider", drop(VALIDATOR, "provider"))
result("5S-REV-12-agent-without-name", drop(REVIEWER, "name"))
result("5S-TIME-01-end-time-without-zone", put(CHECK, endTime="2026-11-23T09:00:07"))
result("5S-TIME-01-impossible-month", put(VALID, startTime="2026-13-23T09:00:08Z"))

# 2.11 Check phase
result("5S-CHK-01-check-ends-after-validation-began", put(CHECK, endTime="2026-11-23T09:00:10Z"))
result("5S-CHK-02-typed-action", put(CHECK, **{"@type": "Action"}))
result("5S-CHK-03-without-name", drop(CHECK, "name"))
result("5S-CHK-04-status-as-id-object", put(CHECK, actionStatus={"@id": "http://schema.org/CompletedActionStatus"}))
result("5S-CHK-05-without-status", drop(CHECK, "actionStatus"))
result("5S-CHK-06-no-check-value", remove_action(CHECK))
result("5S-CHK-07-object-without-root", put(CHECK, object={"@id": "input1.txt"}))
result("5S-CHK-08-instrument-not-defined-term", put(CHECK, instrument={"@id": POLICY}))
result("5S-CHK-09-without-agent", drop(CHECK, "agent"))
result("5S-CHK-10-without-end-time", drop(CHECK, "endTime"))
result("5S-CHK-11-without-start-time", drop(CHECK, "startTime"))

# 2.12 Validation phase
result("5S-VAL-01-no-validation-check", remove_action(VALID))
result("5S-VAL-02-typed-action", put(VALID, **{"@type": "Action"}))
result("5S-VAL-03-without-name", drop(VALID, "name"))
result("5S-VAL-04-instrument-not-profile", put(VALID, instrument={"@id": "https://w3id.org/ro/wfrun/provenance/0.2"}))
result("5S-VAL-05-object-without-root", put(VALID, object={"@id": "input1.txt"}))
result("5S-VAL-06-without-status", drop(VALID, "actionStatus"))
result("5S-VAL-07-without-end-time", drop(VALID, "endTime"))
result("5S-VAL-08-without-start-time", drop(VALID, "startTime"))

# 2.13 Workflow retrieval phase
result("5S-DL-01-no-download-action", remove_action(DOWNLOAD))
result("5S-DL-01-download-ends-after-run-began", put(DOWNLOAD, endTime="2026-11-24T15:05:00Z"))
result("5S-DL-02-not-mentioned", lambda m: unmention(m, DOWNLOAD))
result("5S-DL-03-object-is-workflow-not-distribution", put(DOWNLOAD, object={"@id": WORKFLOW}))
result("5S-DL-04-without-name", drop(DOWNLOAD, "name"))
result("5S-DL-05-status-not-allowed", put(DOWNLOAD, actionStatus="Completed"))
result("5S-DL-06-without-status", drop(DOWNLOAD, "actionStatus"))
result("5S-DL-07-without-end-time", drop(DOWNLOAD, "endTime"))
result("5S-DL-08-without-start-time", drop(DOWNLOAD, "startTime"))
result("5S-DL-09-without-result", drop(DOWNLOAD, "result"))
result("5S-DL-10-without-same-as", drop("workflow/289/", "sameAs"))
result("5S-DL-11-without-distribution", drop("workflow/289/", "distribution"))

# 2.14 Sign-off phase
result("5S-SIGN-01-no-sign-off", remove_action(SIGNOFF))
result("5S-SIGN-01-sign-off-ends-after-run-began", put(SIGNOFF, endTime="2026-11-24T15:30:00Z"))
result("5S-SIGN-03-without-name", drop(SIGNOFF, "name"))
result("5S-SIGN-04-typed-action", put(SIGNOFF, **{"@type": "Action"}))
result("5S-SIGN-05-status-not-allowed", put(SIGNOFF, actionStatus="approved"))
result("5S-SIGN-06-without-status", drop(SIGNOFF, "actionStatus"))
result("5S-SIGN-07-without-agent", drop(SIGNOFF, "agent"))
result("5S-SIGN-08-instrument-not-creative-work", put(SIGNOFF, instrument={"@id": SHA512}))
result("5S-SIGN-09-policy-without-name", drop(POLICY, "name"))
result("5S-SIGN-10-object-without-workflow", put(SIGNOFF, object=[{"@id": "./"}, {"@id": PROJECT}]))
result("5S-SIGN-11-object-without-project", put(SIGNOFF, object=[{"@id": "./"}, {"@id": WORKFLOW}]))
result("5S-SIGN-12-object-without-root", put(SIGNOFF, object=[{"@id": WORKFLOW}, {"@id": PROJECT}]))
result("5S-SIGN-13-without-end-time", drop(SIGNOFF, "endTime"))
result("5S-SIGN-14-without-start-time", drop(SIGNOFF, "startTime"))


# 2.15 Workflow execution phase
def no_provenance(meta):
    root(meta)["conformsTo"] = {"@id": "https://w3id.org/5s-crate/0.4"}
    remove_entity(meta, "https://w3id.org/ro/wfrun/provenance/0.2")


result("5S-EXEC-03-no-provenance-profile", no_provenance)
result("5S-EXEC-04-without-end-time", drop(RUN, "endTime"))
result("5S-EXEC-05-without-start-time", drop(RUN, "startTime"))

# 2.16 Disclosure phase
result("5S-DISC-01-no-disclosure-check", remove_action(DISCLOSURE))
result("5S-DISC-01-disclosure-began-before-run-ended", put(DISCLOSURE, startTime="2026-11-24T15:30:00Z"))
result("5S-DISC-02-typed-action", put(DISCLOSURE, **{"@type": "Action"}))
result("5S-DISC-03-without-name", drop(DISCLOSURE, "name"))
result("5S-DISC-04-status-not-allowed", put(DISCLOSURE, actionStatus="http://schema.org/CompleteActionStatus"))
result("5S-DISC-05-without-status", drop(DISCLOSURE, "actionStatus"))
result("5S-DISC-06-without-end-time", drop(DISCLOSURE, "endTime"))
result("5S-DISC-07-without-start-time", drop(DISCLOSURE, "startTime"))
result("5S-DISC-08-failed-with-results", failed_disclosure)


def failed_run_kept(meta):
    """Failed disclosure: outputs deleted from bag and metadata, but the run action is still described."""
    failed_disclosure(meta)
    for output in ("outputs/qa.csv", "outputs/summary.txt"):
        remove_entity(meta, output)
    root(meta)["hasPart"] = [p for p in root(meta)["hasPart"] if not p["@id"].startswith("outputs/")]
    del entity(meta, RUN)["result"]
    for parameter in ("#param-qa-table", "#param-summary"):
        remove_entity(meta, parameter)


result("5S-DISC-09-failed-run-still-described", failed_run_kept,
       remove=("outputs/qa.csv", "outputs/summary.txt"))


def disclosure_verdicts(*verdicts):
    """Per-output disclosure evidence (fivesafes `disclosure record`) on the disclosure action:
    (output, status, rules, exception) each."""
    def mutate(meta):
        results = []
        for number, (output, status, rules, exception) in enumerate(verdicts, start=1):
            verdict = {"@id": f"#disclosure-result-{number}", "@type": "CreativeWork",
                       "name": f"Disclosure check of {output}: {status}", "about": {"@id": output},
                       "creativeWorkStatus": status, "description": f"{status} (written for this fixture)"}
            if rules:
                verdict["keywords"] = rules
            if exception:
                verdict["conditionsOfAccess"] = exception
            meta["@graph"].append(verdict)
            results.append({"@id": verdict["@id"]})
        entity(meta, DISCLOSURE)["result"] = results[0] if len(results) == 1 else results
    return mutate


result("5S-DISC-11-failing-output-without-exception",
       disclosure_verdicts(("outputs/qa.csv", "fail", "SDC-THRESHOLD", None),
                           ("outputs/summary.txt", "not-checked", "SDC-UNCHECKED", "read by the output checker, aggregate counts only")))
result("5S-DISC-12-output-without-evidence",
       disclosure_verdicts(("outputs/qa.csv", "fail", "SDC-ZERO", "zero is structural (no mutations on chain C), agreed with the TRE")))

# 2.17 Publishing phase
result("5S-PUB-01-date-published-not-updated", put("./", datePublished="2026-11-20T10:00:00Z"))
result("5S-PUB-02-publisher-left-from-request", put("./", publisher={"@id": "https://ror.org/05gq02987"}))
result("5S-PUB-03-sign-off-not-mentioned", lambda m: unmention(m, SIGNOFF))


def sensitive_result(meta):
    document = "urn:uuid:2f1c7d0e-9a3b-5c4d-8e6f-0a1b2c3d4e5f"
    meta["@graph"] += [
        {"@id": document, "@type": "DigitalDocument", "name": "Row-level model table (held in the TRE)",
         "hasDigitalDocumentPermission": {"@id": "#permission-read-project81"}},
        {"@id": "#permission-read-project81", "@type": "DigitalDocumentPermission",
         "name": "Read access for project 81", "permissionType": "http://schema.org/ReadPermission",
         "grantee": {"@id": PROJECT}},
    ]
    entity(meta, RUN)["result"].append({"@id": document})


result("5S-PUB-04-document-result-not-in-has-part", sensitive_result)


def licence_spelling(meta):
    item = root(meta)
    keys = list(item)
    value = item.pop("license")
    rebuilt = {("licence" if key == "license" else key): (value if key == "license" else item[key]) for key in keys}
    item.clear()
    item.update(rebuilt)


result("5S-PUB-05-licence-spelling", licence_spelling)
result("5S-PUB-07-no-manifest-update", remove_action(BAGIT))


# 2.19 Security considerations
def absolute_input_path(meta):
    path = "/home/jcarberry/mutations/input1.txt"
    entity(meta, "input1.txt")["@id"] = path
    root(meta)["hasPart"] = [{"@id": path} if p["@id"] == "input1.txt" else p for p in root(meta)["hasPart"]]
    run = next(e for e in meta["@graph"] if e.get("@type") == "CreateAction")
    run["object"] = [{"@id": path} if o["@id"] == "input1.txt" else o for o in run["object"]]


request("5S-SEC-04-absolute-path-id", absolute_input_path)


def client_sign_off(meta):
    meta["@graph"].append({
        "@id": "#signoff-0d6f3e55-2c1b-4b8e-9d77-1a2b3c4d5e6f",
        "@type": "AssessAction",
        "additionalType": {"@id": SHP + "SignOff"},
        "name": "Sign-off of execution: approved",
        "actionStatus": "http://schema.org/CompletedActionStatus",
        "object": {"@id": "./"},
        "agent": {"@id": "https://orcid.org/0000-0002-1825-0097"},
        "endTime": "2026-11-20T10:05:00Z",
    })
    mentions = root(meta)["mentions"]
    root(meta)["mentions"] = (mentions if isinstance(mentions, list) else [mentions]) + [
        {"@id": "#signoff-0d6f3e55-2c1b-4b8e-9d77-1a2b3c4d5e6f"}]


request("5S-SEC-05-client-supplied-sign-off", client_sign_off)


def password_input(meta):
    run = next(e for e in meta["@graph"] if e.get("@type") == "CreateAction")
    run["object"].append({"@id": "#input_db_password"})
    meta["@graph"] += [
        {"@id": "#input_db_password", "@type": "PropertyValue", "name": "db_password",
         "value": "test-only-not-a-password", "exampleOfWork": {"@id": "#param-db-password"}},
        {"@id": "#param-db-password", "@type": "FormalParameter", "name": "db_password",
         "description": "Password of the cohort database.",
         "conformsTo": {"@id": "https://bioschemas.org/profiles/FormalParameter/1.0-RELEASE"}},
    ]


request("5S-SEC-07-password-input-value", password_input)

LOG = ("2026-11-24T15:00:01Z starting workflow 289\n"
       "2026-11-24T15:00:02Z staging key for the cohort store:\n"
       "-----BEGIN RSA PRIVATE KEY-----\n"
       "TEST-ONLY-THIS-IS-NOT-A-REAL-KEY\n"
       "-----END RSA PRIVATE KEY-----\n")


def log_with_key(meta):
    meta["@graph"].append({
        "@id": "outputs/run.log", "@type": "File", "name": "Workflow engine log",
        "description": "Log written by the workflow engine during the run.", "encodingFormat": "text/plain",
        "contentSize": str(len(LOG.encode("utf-8"))),
    })
    root(meta)["hasPart"].append({"@id": "outputs/run.log"})


result("5S-SEC-07-private-key-in-log", log_with_key, files={"outputs/run.log": LOG})
