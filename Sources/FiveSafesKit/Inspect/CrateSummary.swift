public import FiveSafesDiagnostics
public import ROCrate

/// What a TRE reviewer wants to see of a crate at a glance, as plain values: made by ``CrateInspector`` and
/// rendered as text, JSON (`Schemas/inspect.schema.json`) or an HTML page.
public struct CrateSummary: Sendable, Equatable {
    /// The path inspected, as given.
    public var input: String
    /// What the input was.
    public var inputKind: InputKind
    /// The profile the crate declares (or plain RO-Crate).
    public var profile: Profile
    /// The RO-Crate version of the descriptor (`1.2`), if declared.
    public var roCrateVersion: String?
    /// The phase the crate is in (as `validate --phase auto` decides).
    public var phase: RequestResultPhase
    /// The root's `name`.
    public var name: String?
    /// The root's `description`.
    public var description: String?
    /// The root's `datePublished`.
    public var datePublished: String?
    /// The root's licence (IRI and name).
    public var license: Party?
    /// The requesting person (the run's agent).
    public var requester: Requester?
    /// The responsible project (the root's `sourceOrganization`).
    public var project: Project?
    /// The organisations involved (affiliations, project members, publisher).
    public var organizations: [Party]
    /// The workflow to run (the root's `mainEntity`).
    public var workflow: Workflow?
    /// Five Safes 0.5: the execution's classification and context, when the root declares `executionType`.
    public var execution: Execution? = nil
    /// Five Safes 1.0 Working Draft: the activity record, when the root has `dct:isVersionOf`.
    public var record: Record? = nil
    /// The run's inputs (`object`).
    public var inputs: [Input]
    /// The requested workflow run.
    public var run: Run?
    /// Every recorded review phase, in lifecycle order.
    public var timeline: [Step]
    /// Gaps and anomalies in the timeline.
    public var flags: [Flag]
    /// The run's outputs (`result`).
    public var outputs: [Output]
    /// Payload statistics (nil for metadata read without a payload).
    public var payload: Payload?
    /// Bag and ZIP status.
    public var package: Package
    /// Signature files found in the bag's `signatures/` folder.
    public var signatures: [Signature]

    /// What was inspected; the raw values are the JSON report's spellings.
    public enum InputKind: String, Sendable, CaseIterable {
        /// A crate folder.
        case directory
        /// A metadata file, or standard input.
        case metadata
        /// A BagIt bag folder.
        case bag
        /// A bag in a ZIP.
        case zip
    }

    /// The profile: catalogue id, version and IRI.
    public struct Profile: Sendable, Equatable {
        /// `five-safes-crate` or `ro-crate`.
        public var id: String
        /// `0.4`, `0.5-DRAFT`, `1.2`, … when known.
        public var version: String?
        /// The profile IRI the root declares.
        public var iri: String?
    }

    /// An entity referred to: its `@id` and `name`.
    public struct Party: Sendable, Equatable {
        /// The `@id`.
        public var id: String
        /// The `name`, when described.
        public var name: String?
    }

    /// The requester.
    public struct Requester: Sendable, Equatable {
        /// The `@id` (an ORCID IRI, normally).
        public var id: String
        /// The name.
        public var name: String?
        /// The ORCID iD, when the `@id` is one.
        public var orcid: String?
        /// `affiliation`s.
        public var affiliations: [Party]
        /// `memberOf` projects.
        public var memberOf: [Party]
        /// Five Safes 0.5: `hasCredential` entities.
        public var credentials: [Party] = []
    }

    /// The responsible project.
    public struct Project: Sendable, Equatable {
        /// The `@id`.
        public var id: String
        /// The name.
        public var name: String?
        /// Identifiers (`value` of identifier `PropertyValue`s, or the strings given).
        public var identifiers: [String]
        /// `funding` grants.
        public var funding: [Party]
        /// `member` organisations.
        public var members: [Party]
    }

    /// The workflow.
    public struct Workflow: Sendable, Equatable {
        /// The `@id` (e.g. a WorkflowHub IRI).
        public var id: String
        /// The name.
        public var name: String?
        /// `version`, or the IRI's `?version=`.
        public var version: String?
        /// `conformsTo` IRIs.
        public var conformsTo: [String]
        /// The `distribution` download IRI.
        public var download: String?
        /// A local copy in the crate (a retrieved `Dataset` whose `sameAs` is the workflow).
        public var localCopy: String?
    }

    /// Five Safes 0.5's execution: the root's `executionType` and the execution context (its `mainEntity`).
    public struct Execution: Sendable, Equatable {
        /// `executionType` as written (workflow, script, notebook, query, interactive, container, custom).
        public var type: String
        /// The execution context's `@id`.
        public var context: String?
        /// Its `@type`s.
        public var contextTypes: [String]
        /// Its `programmingLanguage` (name, else `@id`).
        public var language: String?
    }

    /// The 1.0 Working Draft's activity record: which record, and which representation of it this crate is.
    public struct Record: Sendable, Equatable {
        /// `dct:isVersionOf`: the record across all its representations.
        public var record: String
        /// `identifier`: this representation's canonical identifier.
        public var identifier: String?
        /// `working record` (no `version`) or `snapshot`.
        public var state: String
        /// The snapshot's `version`, when it is an integer.
        public var version: Int?
        /// `pav:previousVersion`.
        public var previousVersion: String?
        /// A federated record's node provenance RO-Crates (``ROCrate/Crate/nodeCrateReferences``), in graph order.
        public var nodes: [Node] = []
        /// The processes the root mentions (1.0, Processes), in the order listed.
        public var processes: [Process] = []

        /// One node provenance RO-Crate a federated record references, as the reference describes it.
        public struct Node: Sendable, Equatable {
            /// The `@id`: the node crate's canonical identifier.
            public var id: String
            /// The `name`.
            public var name: String?
            /// The `version`, as written.
            public var version: String?
            /// The `datePublished`.
            public var datePublished: String?
            /// The `publisher`: its `name` when described, else its `@id`.
            public var publisher: String?
            /// The `about` IRIs.
            public var about: [String]
        }
    }

    /// One process of a 1.0 activity record: a request, a decision, an execution attempt, a check, an exchange.
    public struct Process: Sendable, Equatable {
        /// Its kind: the first `@type` besides `prov:Activity` (`AskAction`, `AuthorizeAction`, `RejectAction`, …).
        public var kind: String
        /// The `@id`.
        public var id: String
        /// The name.
        public var name: String?
        /// `active`, `completed`, `failed` (or `potential`, which 1.0 forbids), nil when missing.
        public var status: String?
        /// Its agents.
        public var agents: [Party]
        /// `endTime`.
        public var end: String?
    }

    /// One input of the run.
    public struct Input: Sendable, Equatable {
        /// The `@id`.
        public var id: String
        /// What the input is.
        public var kind: Kind
        /// The name.
        public var name: String?
        /// A value's `value`.
        public var value: String?
        /// The formal parameter's name (`exampleOfWork`).
        public var parameter: String?
        /// A file's media type.
        public var encodingFormat: String?
        /// A file's size, as written.
        public var contentSize: String?

        /// The kinds of input; the raw values are the JSON report's spellings.
        public enum Kind: String, Sendable, CaseIterable {
            /// A file of the crate.
            case file
            /// A `PropertyValue`.
            case value
            /// Anything else (or an entity that is not described).
            case other
        }
    }

    /// The requested run.
    public struct Run: Sendable, Equatable {
        /// The `@id`.
        public var id: String
        /// The name.
        public var name: String?
        /// `potential`, `active`, `completed`, `failed`, or nil when missing.
        public var status: String?
        /// `startTime`.
        public var start: String?
        /// `endTime`.
        public var end: String?
    }

    /// One recorded action of the review timeline.
    public struct Step: Sendable, Equatable {
        /// The phase.
        public var phase: LifecyclePhase
        /// Its title (`Sign-off`).
        public var title: String
        /// The action's `@id`.
        public var id: String
        /// The action's name.
        public var name: String?
        /// Its status, short form.
        public var status: String?
        /// Its agents.
        public var agents: [Party]
        /// `startTime`.
        public var start: String?
        /// `endTime`.
        public var end: String?
        /// `description`.
        public var note: String?
    }

    /// A gap or anomaly of the timeline.
    public struct Flag: Sendable, Equatable {
        /// A gap or an anomaly.
        public var kind: LifecycleTimeline.Flag.Kind
        /// The rule involved.
        public var rule: String?
        /// What is wrong.
        public var message: String
    }

    /// One output of the run.
    public struct Output: Sendable, Equatable {
        /// The `@id`.
        public var id: String
        /// The `@type`s.
        public var types: [String]
        /// The name.
        public var name: String?
        /// The media type.
        public var encodingFormat: String?
        /// The size, as written.
        public var contentSize: String?
        /// The recorded disclosure verdict (`fail (SDC-THRESHOLD)`, `pass`, a conflict between checkers), if any.
        public var disclosure: String? = nil
        /// The findings behind a verdict other than pass (`1 finding: SDC-THRESHOLD at row 3 column 3: …`).
        public var disclosureFindings: String? = nil
    }

    /// Payload statistics.
    public struct Payload: Sendable, Equatable {
        /// Number of files.
        public var files: Int
        /// Total bytes.
        public var bytes: Int64
        /// Files and bytes by media type, most bytes first.
        public var byMediaType: [MediaTypeCount]
    }

    /// Files and bytes of one media type.
    public struct MediaTypeCount: Sendable, Equatable {
        /// The media type.
        public var mediaType: String
        /// Number of files.
        public var files: Int
        /// Total bytes.
        public var bytes: Int64
    }

    /// Bag and ZIP status.
    public struct Package: Sendable, Equatable {
        /// How the crate is packaged.
        public var kind: Kind
        /// Whether the package has problems.
        public var status: Status
        /// Findings about the bag or ZIP.
        public var problems: [Problem]

        /// How a crate is packaged; the raw values are the JSON report's spellings.
        public enum Kind: String, Sendable, CaseIterable {
            /// A BagIt bag folder.
            case bag
            /// A bag in a ZIP.
            case zip
            /// Not packaged: a plain folder or file.
            case none
        }

        /// The package's state; the raw values are the JSON report's spellings.
        public enum Status: String, Sendable, CaseIterable {
            /// No findings.
            case ok
            /// At least one finding.
            case problems
            /// Not a bag or ZIP.
            case notPackaged = "not packaged"
        }
    }

    /// A finding about the package.
    public struct Problem: Sendable, Equatable {
        /// The rule id.
        public var rule: String
        /// How serious it is.
        public var severity: Severity
        /// The message.
        public var message: String
        /// The file concerned.
        public var file: String?
    }

    /// A signature file.
    public struct Signature: Sendable, Equatable {
        /// Its path in the bag (`signatures/…`).
        public var file: String
        /// The signature format, from the file name.
        public var format: Format
        /// Size in bytes.
        public var bytes: Int64
        /// Integrity only (no trust decided).
        public var status: Status

        /// Signature formats, by file extension; the raw values are the JSON report's spellings.
        public enum Format: String, Sendable, CaseIterable {
            /// `.p7s`: CMS.
            case cms
            /// `.sig`: an SSH signature.
            case ssh
            /// Any other name.
            case unknown
        }

        /// A signature's integrity; the raw values are the JSON report's spellings.
        public enum Status: String, Sendable, CaseIterable {
            /// It still matches the tag manifest.
            case intact
            /// The bag or the signature changed after signing.
            case invalidated
            /// It cannot be read.
            case unreadable
        }
    }
}
