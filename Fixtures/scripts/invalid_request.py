"""Invalid fixtures for the Five Safes request rules of catalogue sections 2.2-2.9 and 5S-PKG-13
(5S-MD, 5S-ROOT, 5S-WF, 5S-RUN, 5S-AGENT, 5S-PROJ, 5S-IN, 5S-OUT).

Run from the repository root: python3 Fixtures/scripts/invalid_request.py
Each fixture is a valid crate with one mutation; see the comment above each write().
Request rules use the `request` base crate; output rules the `result` base (a completed run with outputs).
"""
from fixturelib import entity, load, write

ROOT = "./"
RUN = "#query-9272027a-f6b2-4f30-835b-50b40ce7e7f7"
WORKFLOW = "https://workflowhub.eu/workflows/289?version=1"
DOWNLOAD = "https://workflowhub.eu/workflows/289/ro_crate?version=1"
PERSON = "https://orcid.org/0000-0002-1825-0097"
ORG = "https://ror.org/05gq02987"
PROJECT = "#project-064a5635-5f98-4372-a46f-370fec9728b0"
LOCAL_ID = "_:localid:tre72:project81"
GRANT = "#grant-d8b86537-d387-445c-9411-25306dd3f604"
COMPLETED = "http://schema.org/CompletedActionStatus"
RESULT = {"phase": "result"}


def ref(entity_id):
    return {"@id": entity_id}


def as_list(value):
    return value if isinstance(value, list) else [value]


def rename(meta, old, new):
    """Renames an entity and every {"@id"} reference to it."""
    def walk(node):
        if isinstance(node, dict):
            if node.get("@id") == old:
                node["@id"] = new
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
    walk(meta["@graph"])


# --- 2.1 Packaging (5S-PKG-13 only) ----------------------------------------------------------

# 5S-PKG-13: the root lists the BagIt tag file ../fetch.txt as a part of the crate.
meta = load()
entity(meta, ROOT)["hasPart"].append(ref("../fetch.txt"))
meta["@graph"].append({"@id": "../fetch.txt", "@type": "File", "name": "BagIt fetch list"})
write("5S-PKG-13-tag-file-reference", meta)

# 5S-PKG-13: an input's subjectOf reaches above the crate root (through a `..` chain).
meta = load()
entity(meta, "input1.txt")["subjectOf"] = ref("docs/../../../etc/passwd")
write("5S-PKG-13-path-escapes-root", meta)

# --- 2.2 Metadata file ------------------------------------------------------------------------

# 5S-MD-01: the @context is the RO-Crate 1.1 context.
meta = load()
meta["@context"] = "https://w3id.org/ro/crate/1.1/context"
write("5S-MD-01-context-1.1", meta)

# 5S-MD-02: the descriptor declares RO-Crate 1.1.
meta = load()
entity(meta, "ro-crate-metadata.json")["conformsTo"] = ref("https://w3id.org/ro/crate/1.1")
write("5S-MD-02-descriptor-1.1", meta)

# --- 2.3 Root data entity ---------------------------------------------------------------------

# 5S-ROOT-01: the root has an absolute URI as @id (allowed by RO-Crate, not by Five Safes).
meta = load()
rename(meta, ROOT, "https://tre72.example.com/crates/81/")
write("5S-ROOT-01-absolute-root-id", meta)

# 5S-ROOT-03: the root does not declare the profile (validated as five-safes-crate explicitly).
meta = load()
del entity(meta, ROOT)["conformsTo"]
write("5S-ROOT-03-no-profile-declared", meta, settings={"profile": "five-safes-crate"})

# 5S-ROOT-03: a crate declaring 0.4 validated as 0.5-DRAFT.
write("5S-ROOT-03-other-version", load(), settings={"profileVersion": "0.5-DRAFT"})

# 5S-ROOT-05: the root names no responsible project.
meta = load()
del entity(meta, ROOT)["sourceOrganization"]
write("5S-ROOT-05-no-source-organization", meta)

# 5S-ROOT-05: the root's sourceOrganization is the university, not a Project.
meta = load()
entity(meta, ROOT)["sourceOrganization"] = ref(ORG)
write("5S-ROOT-05-organization-not-project", meta)

# --- 2.4 Referencing the workflow crate -------------------------------------------------------

# 5S-WF-01: the root has no mainEntity.
meta = load()
del entity(meta, ROOT)["mainEntity"]
write("5S-WF-01-no-main-entity", meta)

# 5S-WF-01: the root names two workflows as mainEntity.
meta = load()
other = "https://workflowhub.eu/workflows/290?version=2"
entity(meta, ROOT)["mainEntity"] = [ref(WORKFLOW), ref(other)]
entity(meta, ROOT)["hasPart"].append(ref(other))
meta["@graph"].append({"@id": other, "@type": "Dataset", "name": "Second workflow",
                       "conformsTo": ref("https://w3id.org/workflowhub/workflow-ro-crate/1.0"),
                       "distribution": ref(DOWNLOAD)})
write("5S-WF-01-two-main-entities", meta)

# 5S-WF-02: the mainEntity is typed SoftwareSourceCode, not Dataset.
meta = load()
entity(meta, WORKFLOW)["@type"] = "SoftwareSourceCode"
write("5S-WF-02-not-dataset", meta)

# 5S-WF-02: the mainEntity is a plain string, not a reference.
meta = load()
entity(meta, ROOT)["mainEntity"] = WORKFLOW
write("5S-WF-02-string-main-entity", meta)

# 5S-WF-03: the workflow Dataset has no conformsTo.
meta = load()
del entity(meta, WORKFLOW)["conformsTo"]
write("5S-WF-03-no-conforms-to", meta)

# 5S-WF-04: the workflow Dataset conforms to plain RO-Crate, not Workflow RO-Crate.
meta = load()
entity(meta, WORKFLOW)["conformsTo"] = ref("https://w3id.org/ro/crate/1.1")
write("5S-WF-04-not-workflow-ro-crate", meta)

# 5S-WF-05: the workflow is identified by a urn:uuid, neither a URL nor a payload folder.
meta = load()
rename(meta, WORKFLOW, "urn:uuid:0c6f0e7b-1b5e-4f0e-9d1a-3c3c3a2f9e11")
write("5S-WF-05-urn-id", meta)

# 5S-WF-06: the workflow URL has no distribution.
meta = load()
del entity(meta, WORKFLOW)["distribution"]
write("5S-WF-06-no-distribution", meta)

# 5S-WF-07: the distribution is described as an HTML page, not a ZIP.
meta = load()
entity(meta, DOWNLOAD)["encodingFormat"] = "text/html"
write("5S-WF-07-distribution-not-zip", meta)

# --- 2.5 Requested workflow run ---------------------------------------------------------------

# 5S-RUN-01: the CreateAction is in the graph but the root does not mention it.
meta = load()
del entity(meta, ROOT)["mentions"]
write("5S-RUN-01-run-not-mentioned", meta)

# 5S-RUN-03: the run request's @id has no UUID.
meta = load()
rename(meta, RUN, "#query-81-0042")
write("5S-RUN-03-id-without-uuid", meta)

# 5S-RUN-04: the run request has no instrument.
meta = load()
del entity(meta, RUN)["instrument"]
write("5S-RUN-04-no-instrument", meta)

# 5S-RUN-05: the run request's instrument is another workflow than the mainEntity.
meta = load()
entity(meta, RUN)["instrument"] = ref("https://workflowhub.eu/workflows/290?version=2")
write("5S-RUN-05-instrument-not-main-entity", meta)

# 5S-RUN-06: an input is referenced but not described.
meta = load()
entity(meta, RUN)["object"].append(ref("#threshold"))
write("5S-RUN-06-undescribed-input", meta)

# 5S-RUN-06: an input is a plain string.
meta = load()
entity(meta, RUN)["object"].append("input2.txt")
write("5S-RUN-06-literal-input", meta)

# 5S-RUN-07: the run request lists no inputs.
meta = load()
del entity(meta, RUN)["object"]
write("5S-RUN-07-no-object", meta)

# 5S-RUN-08: the run request has no name.
meta = load()
del entity(meta, RUN)["name"]
write("5S-RUN-08-no-name", meta)

# 5S-RUN-08: the run request's name is white space.
meta = load()
entity(meta, RUN)["name"] = "   "
write("5S-RUN-08-blank-name", meta)

# 5S-RUN-09: the run request has no actionStatus.
meta = load()
del entity(meta, RUN)["actionStatus"]
write("5S-RUN-09-no-status", meta)

# 5S-RUN-09: the spec's own typo, CompletetedActionStatus.
meta = load()
entity(meta, RUN)["actionStatus"] = "http://schema.org/CompletetedActionStatus"
write("5S-RUN-09-unknown-status", meta)

# 5S-RUN-09: the status as an {"@id"} reference instead of the plain string.
meta = load()
entity(meta, RUN)["actionStatus"] = ref("http://schema.org/PotentialActionStatus")
write("5S-RUN-09-status-as-reference", meta)

# 5S-RUN-10: a crate validated as a request whose run already claims to be completed.
meta = load()
entity(meta, RUN)["actionStatus"] = COMPLETED
write("5S-RUN-10-completed-request", meta, settings={"phase": "request"})

# --- 2.6 Requesting agent ---------------------------------------------------------------------

# 5S-AGENT-01: the run request has no agent.
meta = load()
del entity(meta, RUN)["agent"]
write("5S-AGENT-01-no-agent", meta)

# 5S-AGENT-02: the agent is typed Organization, not Person.
meta = load()
entity(meta, PERSON)["@type"] = "Organization"
write("5S-AGENT-02-agent-not-person", meta)

# 5S-AGENT-03: the agent has no affiliation.
meta = load()
del entity(meta, PERSON)["affiliation"]
write("5S-AGENT-03-no-affiliation", meta)

# 5S-AGENT-04: a second affiliation is a Place, not an Organization.
meta = load()
entity(meta, PERSON)["affiliation"] = [ref(ORG), ref("#lab-42")]
meta["@graph"].append({"@id": "#lab-42", "@type": "Place", "name": "Laboratory 42"})
write("5S-AGENT-04-affiliation-not-organization", meta)

# 5S-AGENT-06: a memberOf value references nothing described.
meta = load()
entity(meta, PERSON)["memberOf"] = [ref(PROJECT), ref("#tre72-users")]
write("5S-AGENT-06-member-of-undescribed", meta)

# 5S-AGENT-07: the agent has no memberOf.
meta = load()
del entity(meta, PERSON)["memberOf"]
write("5S-AGENT-07-no-member-of", meta)

# 5S-AGENT-08: the agent is a member of another project than the responsible one.
meta = load()
entity(meta, PERSON)["memberOf"] = ref("#project-other")
meta["@graph"].append({"@id": "#project-other", "@type": "Project", "name": "Another study"})
write("5S-AGENT-08-other-project", meta)

# --- 2.7 Responsible project ------------------------------------------------------------------

# 5S-PROJ-03: the project has no funding (MAY: optional finding only).
meta = load()
del entity(meta, PROJECT)["funding"]
write("5S-PROJ-03-no-funding", meta)

# 5S-PROJ-04: the funding is described as a MonetaryAmount, not a Grant.
meta = load()
entity(meta, GRANT)["@type"] = "MonetaryAmount"
write("5S-PROJ-04-funding-not-grant", meta)

# 5S-PROJ-05: the project has no identifier.
meta = load()
del entity(meta, PROJECT)["identifier"]
write("5S-PROJ-05-no-identifier", meta)

# 5S-PROJ-06: the project's identifier is the bare TRE number.
meta = load()
entity(meta, PROJECT)["identifier"] = "81"
write("5S-PROJ-06-bare-number", meta)

# 5S-PROJ-06: the repository-specific PropertyValue has no value.
meta = load()
del entity(meta, LOCAL_ID)["value"]
write("5S-PROJ-06-property-value-without-value", meta)

# 5S-PROJ-07: the project lists no members (MAY: optional finding only).
meta = load()
del entity(meta, PROJECT)["member"]
write("5S-PROJ-07-no-member", meta)

# 5S-PROJ-08: a member of the project is the Grant.
meta = load()
entity(meta, PROJECT)["member"] = [ref(ORG), ref(GRANT)]
write("5S-PROJ-08-member-not-organization", meta)

# 5S-PROJ-09: the project's only member is another university than the agent's affiliation.
meta = load()
entity(meta, PROJECT)["member"] = ref("https://ror.org/01ee9ar58")
meta["@graph"].append({"@id": "https://ror.org/01ee9ar58", "@type": "Organization", "name": "University of Oslo"})
write("5S-PROJ-09-affiliation-not-member", meta)

# --- 2.8 Inputs -------------------------------------------------------------------------------

# 5S-IN-03: the input file does not link its FormalParameter.
meta = load()
del entity(meta, "input1.txt")["exampleOfWork"]
write("5S-IN-03-no-formal-parameter", meta)

# --- 2.9 Outputs (result crate) ---------------------------------------------------------------

# 5S-OUT-01: the completed run lists no result.
meta = load("result")
del entity(meta, RUN)["result"]
write("5S-OUT-01-completed-without-result", meta, base="result", settings=RESULT)

# 5S-OUT-02: a result is referenced but not described.
meta = load("result")
entity(meta, RUN)["result"].append(ref("outputs/run.log"))
write("5S-OUT-02-undescribed-result", meta, base="result", settings=RESULT)

# 5S-OUT-03: a result is typed CreativeWork.
meta = load("result")
entity(meta, "outputs/summary.txt")["@type"] = "CreativeWork"
write("5S-OUT-03-result-creative-work", meta, base="result", settings=RESULT)

# 5S-OUT-04: an output file sits at the crate root instead of outputs/.
meta = load("result")
rename(meta, "outputs/summary.txt", "summary.txt")
with open("Fixtures/crates/valid/result/outputs/summary.txt", "rb") as handle:
    summary = handle.read()
write("5S-OUT-04-result-outside-outputs", meta, base="result", settings=RESULT,
      files={"summary.txt": summary}, remove=["outputs/summary.txt"])

# 5S-OUT-05: a sensitive result typed DigitalDocument has no permission.
meta = load("result")
sensitive = "s3://tre72-results/81/patient-measurements.csv"
entity(meta, RUN)["result"].append(ref(sensitive))
entity(meta, ROOT)["hasPart"].append(ref(sensitive))
meta["@graph"].append({"@id": sensitive, "@type": "DigitalDocument", "name": "Patient measurements",
                       "encodingFormat": "text/csv"})
write("5S-OUT-05-digital-document-without-permission", meta, base="result", settings=RESULT)
