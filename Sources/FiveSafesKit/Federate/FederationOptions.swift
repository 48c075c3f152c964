public import Foundation

extension CrateFederator {
    /// What `fivesafes federate` was asked to write, and how to validate the set.
    public struct Options: Sendable {
        /// The federated activity record's identity (`dct:isVersionOf`); nil: a fresh `urn:uuid:`.
        public var record: String?
        /// This representation's canonical identifier (`identifier`); nil: a fresh `urn:uuid:`.
        public var identifier: String?
        /// The root's `name`.
        public var name = "Federated activity record"
        /// The root's `description`; nil: one naming how many node crates the record references.
        public var description: String?
        /// The root's `license` IRI; nil: the licence every node crate declares, if they agree.
        public var license: String?
        /// The root's `publisher`, an `Organization` IRI (described as a node describes it, else named by its IRI).
        public var publisher: String?
        /// `dateCreated` and `datePublished` (default: now; the CLI passes `SOURCE_DATE_EPOCH` here).
        public var date: Date?
        /// Replace an existing record (the old one is kept as `.bak`).
        public var force = false
        /// How the record and every node crate are validated (level, limits, skipped rules).
        public var validation = ValidationOptions()

        /// Creates the defaults.
        public init() {}
    }
}
